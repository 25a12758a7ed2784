"""Docket: court-hearing reports in, a living docket out.

The public entry of the parser is `docket.parse.parse_file` / `parse_bytes`; the records it returns are in
`docket.records`. The parser's modules import neither the store (`docket.db`), the monitor
(`docket.monitor`) nor the dashboard (`docket.tui`); `docket.cli` is the command line.
"""

__version__ = "0.1.0"
