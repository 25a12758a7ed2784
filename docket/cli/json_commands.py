"""`--format json|jsonl` of the reading commands (`hearings`, `cases`, `case`, `search`, `feeds list`).

With the default text format each command is its own handler's (store_commands, monitor_commands); with
json or jsonl it prints data instead, shaped as docket/schemas/NAME.schema.json says.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from docket.db.store import Store, StoreError

from . import jsonview
from .exit_codes import EXIT_FAILED, EXIT_OK


def _data(args: argparse.Namespace) -> bool:
    return getattr(args, "format", "text") in ("json", "jsonl")


def _emit(args: argparse.Namespace, value: object) -> int:
    jsonview.write(value, args.format, sys.stdout)
    return EXIT_OK


def _store(args: argparse.Namespace) -> Store:
    return Store.open(getattr(args, "db", None))


def _guarded(text_handler: str):  # type: ignore[no-untyped-def]
    """Text: the command's own handler; json/jsonl: the wrapped function, a StoreError as one line."""

    def decorate(function):  # type: ignore[no-untyped-def]
        def handler(args: argparse.Namespace) -> int:
            if not _data(args):
                from importlib import import_module

                module, _, name = text_handler.partition(":")
                return getattr(import_module(module), name)(args)
            try:
                return function(args)
            except StoreError as exc:
                print(f"docket: {exc}", file=sys.stderr)
                return EXIT_FAILED

        handler.__name__ = function.__name__
        return handler

    return decorate


@_guarded("docket.cli.store_commands:hearings")
def hearings(args: argparse.Namespace) -> int:
    start = args.from_date or dt.date.today()
    with _store(args) as store:
        rows = store.upcoming_hearings(
            start, days=args.days, court=args.court, country=args.country, limit=10**6
        )
    return _emit(args, jsonview.items(rows))


@_guarded("docket.cli.store_commands:cases")
def cases(args: argparse.Namespace) -> int:
    with _store(args) as store:
        if args.duplicates:
            pairs = store.possible_duplicates()
            value = [
                {"first": jsonview.plain(a), "second": jsonview.plain(b), "score": round(score, 3)}
                for a, b, score in pairs
            ]
            return _emit(args, value)
        summaries = store.list_cases(followed_only=args.followed, limit=10**6)
    return _emit(args, jsonview.items(summaries))


@_guarded("docket.cli.store_commands:case")
def case(args: argparse.Namespace) -> int:
    with _store(args) as store:
        detail = store.case_detail(args.case_id)
    return _emit(args, jsonview.plain(detail))


@_guarded("docket.cli.store_commands:search")
def search(args: argparse.Namespace) -> int:
    with _store(args) as store:
        hits = store.search(" ".join(args.query), limit=args.limit)
    return _emit(args, jsonview.items(hits))


@_guarded("docket.cli.monitor_commands:feeds")
def feeds(args: argparse.Namespace) -> int:
    if args.action != "list":
        from .monitor_commands import feeds as text_feeds

        return text_feeds(args)
    from docket.db.models import utcnow

    with _store(args) as store:
        now = utcnow()
        return _emit(args, [jsonview.feed(f, now) for f in store.list_feeds()])
