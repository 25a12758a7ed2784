"""Docket: court-hearing reports in, a living docket out.

The public entry of the parser is `docket.parse.parse_file` / `parse_bytes`; the records it returns are in
`docket.records`. This package imports neither the store (`db`) nor the dashboard (`tui`).
"""

__version__ = "0.1.0"
