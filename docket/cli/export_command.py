"""`docket export`: the docket as json, or its hearings as a calendar (ics) or a spreadsheet (csv)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from docket.clock import days_after
from docket.db.calendar import CalendarFilter
from docket.db.store import Store, StoreError

from .exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE


def selection_from(args: argparse.Namespace) -> CalendarFilter:
    start, end = args.from_date, args.to_date
    if args.days is not None:
        start = start or args.today or dt.date.today()
        end = min(end, days_after(start, max(args.days, 1) - 1)) if end else None
        end = end or days_after(start, max(args.days, 1) - 1)
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
