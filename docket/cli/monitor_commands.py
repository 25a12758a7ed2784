"""Handlers of `docket feeds`, `docket poll` and `docket watch`: the monitor, driven from the command line."""

from __future__ import annotations

import argparse
import re
import sys
import threading
from pathlib import Path
from typing import TextIO, cast

from docket.clock import utcnow
from docket.db.store import Store, StoreError
from docket.monitor.changes import Reporter
from docket.monitor.feeds import Fetcher
from docket.monitor.poll import poll_once, print_feed_table
from docket.monitor.watch import run_watch, stop_on_signals

from .exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .sanitise import CleanStream


def _streams() -> tuple[TextIO, TextIO]:
    """Standard output and error, cleaned: what the monitor prints comes from reports and feeds."""
    return cast(TextIO, CleanStream(sys.stdout)), cast(TextIO, CleanStream(sys.stderr))


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"docket: {message}", file=sys.stderr)
    return code


def feeds(args: argparse.Namespace) -> int:
    """`docket feeds add|list|remove`."""
    if args.action == "add" and not re.match(r"^https?://[^\s/]+", args.url):
        return _fail(f"not an http(s) URL: {args.url}", EXIT_USAGE)
    out, _err = _streams()
    try:
        with Store.open(args.db) as store:
            if args.action == "add":
                feed = store.add_feed(args.url, args.name, allow_private=args.allow_private)
                print(f"added feed #{feed.feed_id}: {feed.name or feed.url}", file=out)
                return EXIT_OK
            if args.action == "remove":
                if store.remove_feed(args.feed):
                    print(f"removed feed {args.feed}", file=out)
                    return EXIT_OK
                return _fail(f"no feed {args.feed!r} (give its id, name or URL)")
            print_feed_table(store.list_feeds(), utcnow(), out)
            return EXIT_OK
    except StoreError as exc:
        return _fail(str(exc))


def poll(args: argparse.Namespace) -> int:
    """`docket poll`: every feed once; non-zero when a feed failed (after doing the others)."""
    out, err = _streams()
    try:
        with Store.open(args.db) as store:
            if not store.list_feeds():
                print("no feeds to poll: add one with 'docket feeds add URL'", file=out)
                return EXIT_OK
            reporter = Reporter(store, args.days, args.notify_cmd, out, err)
            with _fetcher(args) as fetcher:
                healthy = poll_once(store, fetcher, reporter)
            return EXIT_OK if healthy else EXIT_FAILED
    except StoreError as exc:
        return _fail(str(exc))


def watch(args: argparse.Namespace) -> int:
    """`docket watch [DIR] [--feeds]`: until stopped, ingest the folder's new files and/or poll feeds."""
    if not args.folder and not args.feeds:
        return _fail("give a folder to watch, --feeds, or both", EXIT_USAGE)
    folder = Path(args.folder) if args.folder else None
    if folder is not None and not folder.is_dir():
        return _fail(f"not a folder: {folder}", EXIT_USAGE)
    out, err = _streams()
    stop = threading.Event()
    try:
        with Store.open(args.db) as store, stop_on_signals(stop):
            reporter = Reporter(store, args.days, args.notify_cmd, out, err)
            fetcher = _fetcher(args) if args.feeds else None
            try:
                run_watch(store, reporter, stop, folder, fetcher, args.every)
            finally:
                if fetcher is not None:
                    fetcher.close()
    except StoreError as exc:
        return _fail(str(exc))
    print("stopped", file=sys.stderr)
    return EXIT_OK


def _fetcher(args: argparse.Namespace) -> Fetcher:
    from docket.monitor.feeds import MAX_FEED_BYTES

    return Fetcher(timeout=args.timeout, max_feed_bytes=args.max_feed_size or MAX_FEED_BYTES)
