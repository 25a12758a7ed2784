"""The hearing filters of `docket export` (the parser only: nothing of the store is imported here)."""

from __future__ import annotations

import argparse

from . import options


def add_calendar_options(parser: argparse.ArgumentParser) -> None:
    """The hearing filters of a calendar; `docket serve` takes the same as query parameters."""
    parser.add_argument(
        "--from", dest="from_date", metavar="DATE", type=options.iso_date, help="hearings on or after DATE"
    )
    parser.add_argument(
        "--to", dest="to_date", metavar="DATE", type=options.iso_date, help="on or before DATE"
    )
    parser.add_argument(
        "--days", type=options.count, default=None, metavar="N", help="only the N days from --from (or today)"
    )
    parser.add_argument(
        "--today", metavar="DATE", type=options.iso_date, help="take DATE (YYYY-MM-DD) as today, for --days"
    )
    parser.add_argument("--followed", action="store_true", help="only the cases you follow")
    parser.add_argument("--court", help="only hearings before courts matching this text")
    parser.add_argument("--country", metavar="CC", help="only this country (ISO code, e.g. BJ)")
    parser.add_argument("--case", dest="case_id", type=int, metavar="ID", help="only this case")
