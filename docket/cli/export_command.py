"""`docket export`: the docket as json, or its hearings as a calendar (ics) or a spreadsheet (csv)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from docket.db.calendar import CalendarFilter
from docket.db.store import Store, StoreError

from . import options
from .exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE


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


def selection_from(args: argparse.Namespace) -> CalendarFilter:
    start, end = args.from_date, args.to_date
    if args.days is not None:
        start = start or args.today or dt.date.today()
        end = min(end, start + dt.timedelta(days=max(args.days, 1) - 1)) if end else None
        end = end or start + dt.timedelta(days=max(args.days, 1) - 1)
    return CalendarFilter(
        start=start,
        end=end,
        followed=args.followed,
        court=args.court,
        country=args.country,
        case_id=args.case_id,
    )


def export(args: argparse.Namespace) -> int:
    if args.from_date and args.to_date and args.to_date < args.from_date:
        print("docket: export: --to is before --from", file=sys.stderr)
        return EXIT_USAGE
    try:
        with Store.open(getattr(args, "db", None)) as store:
            data = store.export(args.format, selection=selection_from(args), excel=args.excel)
    except StoreError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            print(f"docket: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK
