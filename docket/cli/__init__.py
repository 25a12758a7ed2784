"""The `docket` command: the one place that wires the parser, the store, the monitor and the dashboard
together.

Every subcommand's handler is imported only when that subcommand runs, so `docket parse` never pays
for SQLAlchemy or Textual at start-up. Global options (`--db`, `--locale`, `--user`) may come before the
command or after it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from docket import __version__

from . import options
from .exit_codes import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

# subcommand -> "module:function"; each function takes the parsed arguments and returns an exit code.
HANDLERS: dict[str, str] = {
    "parse": "docket.cli.parse_command:run",
    "tui": "docket.cli.tui_command:run",
    "ingest": "docket.cli.store_commands:ingest",
    "hearings": "docket.cli.json_commands:hearings",
    "case": "docket.cli.json_commands:case",
    "cases": "docket.cli.json_commands:cases",
    "search": "docket.cli.json_commands:search",
    "record": "docket.cli.store_commands:record",
    "follow": "docket.cli.store_commands:follow",
    "unfollow": "docket.cli.store_commands:unfollow",
    "merge": "docket.cli.store_commands:merge",
    "export": "docket.cli.export_command:export",
    "import": "docket.cli.store_commands:import_",
    "db": "docket.cli.store_commands:db_admin",
    "watch": "docket.cli.monitor_commands:watch",
    "feeds": "docket.cli.json_commands:feeds",
    "poll": "docket.cli.monitor_commands:poll",
    "users": "docket.cli.users:run",
    "serve": "docket.cli.serve:run",
}


class _Parser(argparse.ArgumentParser):
    """A usage error is one line naming the option at fault and where the help is, not the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _store_options(parser: argparse.ArgumentParser, top: bool) -> None:
    """The options every store command takes; on a command they override the same given before it."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    environment = os.environ.get("DOCKET_DB")
    parser.add_argument(
        "--db",
        metavar="URL",
        type=options.database,
        # a string default goes through `type` as well: a bad $DOCKET_DB is a usage error, not a traceback
        default=default(environment or None),
        help="SQLAlchemy database URL or a SQLite file path "
        "(default: $DOCKET_DB, else a SQLite file in the user data directory)",
    )
    parser.add_argument(
        "--locale",
        type=options.locale_name,
        default=default(None),
        help="locale for dates and UI strings, e.g. fr_FR or en (default: from the environment)",
    )
    parser.add_argument(
        "--user",
        default=default(None),
        help="who records manual entries (default: your login name)",
    )


def _command_options() -> argparse.ArgumentParser:
    parent = _Parser(add_help=False)
    _store_options(parent, top=False)
    return parent


def _max_size(parser: argparse.ArgumentParser, what: str = "report file", default: str = "20MB") -> None:
    parser.add_argument(
        "--max-size",
        type=options.size,
        default=None,
        metavar="SIZE",
        help=f"the largest {what} read, e.g. 50MB (default {default}); larger ones are refused with a reason",
    )


def _add_parse(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "parse",
        help="read hearing reports and print what they say",
        description=(
            "Read news reports of court hearings (plain text, Markdown or HTML; one article or a feed "
            "dump of several) and print their cases, parties, charges, rulings and next hearing. "
            "Nothing is stored."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="report files to read")
    _max_size(p)
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="text: a summary for people (default); json: one indented object per file; "
        "jsonl: one object per line",
    )


def _add_tui(sub: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "tui",
        parents=[store],
        help="open the terminal dashboard (the default when no command is given)",
        description="Open the terminal dashboard on the docket.",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="open on a fresh temporary docket ingested from the bundled sample reports",
    )
    p.add_argument(
        "--today", metavar="DATE", type=options.iso_date, help="take DATE (YYYY-MM-DD) as today, for demos"
    )


def _format_option(parser: argparse.ArgumentParser, lines: bool) -> None:
    """--format of a reading command: its JSON shape is docket/schemas/COMMAND.schema.json."""
    choices = ("text", "json", "jsonl") if lines else ("text", "json")
    parser.add_argument(
        "--format",
        choices=choices,
        default="text",
        help="text: for people (default); json: data (schema in docket/schemas/)"
        + ("; jsonl: one object per line" if lines else ""),
    )


def _add_store_commands(sub: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "ingest",
        parents=[store],
        help="read reports into the docket",
        description="Parse report files, folders (recursively) or globs and merge them into the docket.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    _max_size(p)
    p.add_argument("--no-progress", action="store_true", help="do not show a progress bar")

    p = sub.add_parser("hearings", parents=[store], help="list upcoming hearings, soonest first")
    p.add_argument(
        "--from", dest="from_date", metavar="DATE", type=options.iso_date, help="first day (default: today)"
    )
    p.add_argument("--days", type=options.count, default=None, metavar="N", help="only the next N days")
    p.add_argument("--court", help="only hearings before courts matching this text")
    p.add_argument("--country", metavar="CC", help="only this country (ISO code, e.g. BJ)")
    _format_option(p, lines=True)

    p = sub.add_parser("case", parents=[store], help="show a case: parties, charges and its timeline")
    p.add_argument("case_id", type=int, metavar="ID")
    _format_option(p, lines=False)

    p = sub.add_parser("cases", parents=[store], help="list cases")
    p.add_argument("--followed", action="store_true", help="only the cases you follow")
    p.add_argument("--duplicates", action="store_true", help="list possible duplicate cases to merge")
    _format_option(p, lines=True)

    p = sub.add_parser(
        "search",
        parents=[store],
        help="search every report and record",
        description=(
            "Full-text search, accent- and case-insensitive. Fields: party: court: charge: ruling: "
            'after:DATE before:DATE. Quote phrases: party:"Coffi Amoussou".'
        ),
    )
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=options.positive, default=50)
    _format_option(p, lines=True)

    p = sub.add_parser("record", parents=[store], help="record a ruling or a hearing by hand")
    what = p.add_subparsers(dest="what", required=True, metavar="ruling|hearing")
    r = what.add_parser("ruling", parents=[store], help="record a ruling")
    r.add_argument("case_id", type=int, metavar="CASE")
    r.add_argument("--date", required=True, metavar="YYYY-MM-DD", type=options.iso_date)
    r.add_argument("--kind", required=True, help="adjourned, bail_denied, convicted, …")
    r.add_argument("--party", help="the party it concerns")
    r.add_argument("--sentence", help="the sentence pronounced, for a conviction")
    r.add_argument("--note", help="free text")
    h = what.add_parser("hearing", parents=[store], help="record a hearing")
    h.add_argument("case_id", type=int, metavar="CASE")
    h.add_argument("--date", required=True, metavar="YYYY-MM-DD", type=options.iso_date)
    h.add_argument("--purpose", help="what the hearing is for")
    h.add_argument("--time", metavar="HH:MM", type=options.hour, help="the hour, when known")
    h.add_argument(
        "--status", choices=("scheduled", "held", "postponed", "cancelled"), help="default: by the date"
    )
    h.add_argument(
        "--corrects", type=int, metavar="HEARING", help="the hearing this one corrects (moves or cancels)"
    )

    p = sub.add_parser("follow", parents=[store], help="follow a case, with a note on why")
    p.add_argument("case_id", type=int, metavar="CASE")
    p.add_argument("--note", help="why you follow it")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    p = sub.add_parser("unfollow", parents=[store], help="stop following a case")
    p.add_argument("case_id", type=int, metavar="CASE")

    p = sub.add_parser("merge", parents=[store], help="merge case B into case A")
    p.add_argument("case_a", type=int, metavar="A")
    p.add_argument("case_b", type=int, metavar="B")

    p = sub.add_parser(
        "export",
        parents=[store],
        help="export the docket (ics, csv or json)",
        description=(
            "json: the whole docket, for a backup or another docket (docket import). ics: a calendar of "
            "the hearings, one event per hearing that keeps its identity when the hearing moves; csv: the "
            "same as a spreadsheet. Every hearing unless the options below narrow them."
        ),
    )
    p.add_argument("--format", choices=("ics", "csv", "json"), default="json")
    from .calendar_options import add_calendar_options

    add_calendar_options(p)
    p.add_argument("--excel", action="store_true", help="csv: with a byte-order mark, for spreadsheets")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")

    p = sub.add_parser("import", parents=[store], help="import a docket exported as json")
    p.add_argument("file", metavar="FILE")
    _max_size(p, "file", "256MB")

    p = sub.add_parser("db", parents=[store], help="database administration")
    admin = p.add_subparsers(dest="action", required=True, metavar="upgrade|copy|check|reindex")
    admin.add_parser("upgrade", parents=[store], help="upgrade the database schema")
    c = admin.add_parser(
        "check",
        parents=[store],
        help="report the schema version, the database's integrity and the search index's coverage",
    )
    c.add_argument("--fix", action="store_true", help="rebuild the search index when it falls short")
    admin.add_parser("reindex", parents=[store], help="rebuild the search index from the records")
    c = admin.add_parser("copy", parents=[store], help="copy this docket into another database")
    c.add_argument("--to", required=True, metavar="URL", help="the target database URL")


def _change_options(p: argparse.ArgumentParser) -> None:
    """What `poll` and `watch` share: how far ahead to report, the notify command, the HTTP timeout."""
    p.add_argument(
        "--days", type=options.count, default=7, help="report hearings scheduled in the next N days"
    )
    p.add_argument("--notify-cmd", metavar="CMD", help="run CMD with each change summary as JSON on stdin")
    p.add_argument(
        "--timeout",
        type=options.seconds,
        default=20.0,
        metavar="SECONDS",
        help="HTTP timeout per request (default 20)",
    )
    p.add_argument(
        "--max-feed-size",
        type=options.size,
        default=None,
        metavar="SIZE",
        help="the largest feed read, e.g. 50MB (default 10MB); a larger one fails with that reason",
    )


def _add_monitor_commands(sub: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "watch",
        parents=[store],
        help="ingest a folder and every file that appears in it, and/or poll feeds, until stopped",
    )
    p.add_argument("folder", nargs="?", metavar="DIR")
    p.add_argument("--feeds", action="store_true", help="also poll the feeds in a loop")
    p.add_argument(
        "--every", type=options.interval, default=900.0, help="how often to poll feeds (e.g. 90s, 15m, 1h)"
    )
    _change_options(p)

    p = sub.add_parser("feeds", parents=[store], help="manage the news feeds Docket polls")
    action = p.add_subparsers(dest="action", required=True, metavar="add|list|remove")
    a = action.add_parser("add", parents=[store], help="add a feed")
    a.add_argument("url")
    a.add_argument("--name")
    a.add_argument(
        "--allow-private",
        action="store_true",
        help="let this feed (its redirects and its items' pages) reach private, loopback and link-local "
        "addresses, e.g. a feed on this machine or your own network; refused otherwise",
    )
    _format_option(
        action.add_parser("list", parents=[store], help="list feeds and their freshness"), lines=True
    )
    r = action.add_parser("remove", parents=[store], help="remove a feed")
    r.add_argument("feed", help="the feed's id, name or URL")

    p = sub.add_parser("poll", parents=[store], help="fetch every feed once (for cron or a timer)")
    _change_options(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="docket",
        description=(
            "Docket reads court-hearing reports (French and English) into a living docket of cases, "
            "parties, charges, rulings and next hearings. With no command it opens the dashboard."
        ),
        epilog="Run 'docket COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"docket {__version__}")
    _store_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    store = _command_options()
    _add_parse(sub)
    _add_tui(sub, store)
    _add_store_commands(sub, store)
    _add_monitor_commands(sub, store)
    from . import serve_options, users

    users.add_parser(sub, store)
    serve_options.add_parser(sub, store)
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    module_name, _, function_name = HANDLERS[command].partition(":")
    return getattr(importlib.import_module(module_name), function_name)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C: the command stops, its worker processes with it."""


@contextmanager
def _terminate_as_interrupt(whole_process: bool) -> Iterator[None]:
    """SIGTERM is handled as Ctrl-C. The first of them stops the command; any after it are ignored, so
    a second Ctrl-C cannot break into the shutdown (ending workers, closing the docket) with a traceback.
    (ignored, not handled: at its very end Python puts its own handlers back to the default, which a
    late Ctrl-C would end with SIGINT's death instead of exit code 130). One that lands in a garbage
    collector's callback, where Python drops it with "Exception ignored in", is sent again, so that it
    stops the command all the same. `whole_process`: the command is the process (not a call of main()
    in a test), so a stopped command leaves both signals ignored until the process ends."""
    stopping: int | None = None  # the signal the command is stopping on
    previous_hook = sys.unraisablehook

    def handle(signum: int, _frame: object) -> None:
        nonlocal stopping
        for ignored in previous:
            signal.signal(ignored, signal.SIG_IGN)
        stopping = signum
        raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    def dropped(unraisable: Any) -> None:
        nonlocal stopping
        if isinstance(unraisable.exc_value, KeyboardInterrupt) and stopping is not None:
            signum, stopping = stopping, None
            for again in previous:
                signal.signal(again, handle)
            # Sent again from another thread, a moment later: raised here, in the hook, it would be
            # dropped once more. The main thread handles it at its next safe point.
            resend = threading.Timer(0.01, os.kill, (os.getpid(), signum))
            resend.daemon = True
            resend.start()
            return
        previous_hook(unraisable)

    previous: dict[int, Any] = {}
    try:
        previous.update((signum, signal.signal(signum, handle)) for signum in (signal.SIGTERM, signal.SIGINT))
    except ValueError:  # not the main thread (a test runner's worker): leave signals alone
        yield
        return
    sys.unraisablehook = dropped
    try:
        yield
    except KeyboardInterrupt:
        if whole_process:
            # The process ends on this interrupt, whichever way it came (a Ctrl-C a garbage collector's
            # callback dropped leaves our handler armed and a re-send on its way): a later or re-sent SIGINT
            # must not kill it (exit -2) once "interrupted" is out, as it would with our handler reset to the
            # default at Python's finalization.
            for signum in previous:
                signal.signal(signum, signal.SIG_IGN)
            stopping = stopping or signal.SIGINT
        raise
    finally:
        if stopping is None or not whole_process:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            sys.unraisablehook = previous_hook


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Errors reach the user as one line each: SQLAlchemy's own log of a connection it could not close
    # (Ctrl-C inside the close) must not print a traceback through logging's last-resort handler.
    sqlalchemy_log = logging.getLogger("sqlalchemy")
    if not any(isinstance(h, logging.NullHandler) for h in sqlalchemy_log.handlers):
        sqlalchemy_log.addHandler(logging.NullHandler())
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # --help, --version, or a usage error (2), already explained
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if args.command is None:
        if not sys.stdout.isatty():
            print(
                "docket: the dashboard needs a terminal and standard output is not one; "
                "give a command (docket --help)",
                file=sys.stderr,
            )
            return EXIT_USAGE
        args = parser.parse_args([*args_list, "tui"])
    try:
        with _terminate_as_interrupt(whole_process=argv is None):
            return _handler(args.command)(args)
    except KeyboardInterrupt as interrupt:
        print("terminated" if isinstance(interrupt, Terminated) else "interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `docket parse … | head` closes the pipe early: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
