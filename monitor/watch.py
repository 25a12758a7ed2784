"""Watching a folder: ingest what is in it, then every file that appears or changes there, once it has
stopped growing. Which files are reports is `sources`' rule; reading them is the pipeline's.
"""

from __future__ import annotations

import re
import signal
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import watchfiles
from sqlalchemy.exc import SQLAlchemyError

from docket.clock import utcnow
from docket.db.store import Store, StoreError
from docket.db.views import IngestResult

from . import pipeline, sources
from .changes import Reporter
from .feeds import Fetcher
from .poll import poll_once

# A file must keep the same size and mtime this long before it is read: writers copy in pieces.
SETTLE_S = 0.5
# Left out without a word when they come and go in a watched folder: files being written, editors' and
# tools' own files. Any other file the rule leaves out is named once, with its reason.
_QUIET_REASONS = frozenset((sources.STILL_WRITING, sources.HIDDEN, sources.TOOL_FOLDER))


def _modified_since(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime >= moment
    except OSError:
        return False


def _signature(path: Path) -> tuple[int, int] | None:
    """Size and mtime of a regular file; None for anything else (gone, a folder, a FIFO that would block)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns) if stat.S_ISREG(info.st_mode) else None


class FolderIngester:
    """Ingests files once they are complete: same size and mtime across a short pause, and not empty."""

    def __init__(self, store: Store, settle_s: float = SETTLE_S) -> None:
        self.store = store
        self.settle_s = settle_s
        self.pending: dict[Path, tuple[int, int] | None] = {}
        # What this watch has read, as it was then: offered again unchanged (the catch-up scan after the
        # watcher starts, a late event), a file is not read again nor called "already in the docket".
        self.read: dict[Path, tuple[int, int] | None] = {}

    def offer(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self.pending[path] = _signature(path)

    def settled(self) -> list[Path]:
        """The offered files that stopped changing; the others are kept for the next call."""
        if not self.pending:
            return []
        time.sleep(self.settle_s)
        ready: list[Path] = []
        for path, before in list(self.pending.items()):
            now = _signature(path)
            if now is not None and now != before:
                self.pending[path] = now  # still being written
                continue
            del self.pending[path]
            # Gone, not a regular file, or empty: nothing to read (writing into it raises a new event).
            if now is not None and now[0] > 0 and self.read.get(path) != now:
                ready.append(path)
        return ready

    def ingest_settled(self) -> list[tuple[Path, IngestResult]]:
        """Ingest the offered files that stopped changing, through the pipeline."""
        ready = self.settled()
        done: list[tuple[Path, IngestResult]] = []
        try:
            signatures = {path: _signature(path) for path in ready}
            for path, result in zip(ready, pipeline.ingest(self.store, ready), strict=False):
                done.append((path, result))
                self.read[path] = signatures[path]
            return done
        except (StoreError, SQLAlchemyError) as exc:
            # A busy or broken database must not end a watch that runs for weeks: say so, go on (the
            # files not read are offered again at the next change).
            error = f"database error: {' '.join(str(exc).split())}"
            return done + [
                (path, IngestResult(str(path), "failed", error=error)) for path in ready[len(done) :]
            ]


def report_files(outcomes: list[tuple[Path, IngestResult]], out: TextIO, err: TextIO) -> list[IngestResult]:
    """One line per file that changed the docket or failed; a count for files it already held."""
    known = 0
    for path, result in outcomes:
        if result.status == "failed":
            print(f"failed  {path}: {result.error}", file=err)
        elif result.status == "duplicate":
            known += 1
        else:
            print(f"{result.status:<8}{path}", file=out)
    if known:
        print(f"{known} file(s) already in the docket, unchanged", file=out)
    out.flush()
    return [result for _path, result in outcomes]


def _file_failures(outcomes: list[tuple[Path, IngestResult]]) -> list[dict[str, str]]:
    return [
        {"file": str(path), "error": result.error or "could not be read"}
        for path, result in outcomes
        if result.status == "failed"
    ]


def _ingest_round(ingester: FolderIngester, reporter: Reporter) -> None:
    since = utcnow()
    outcomes = ingester.ingest_settled()
    if outcomes:
        results = report_files(outcomes, reporter.out, reporter.err)
        reporter.changes(since, results, _file_failures(outcomes))


_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """'90s', '15m', '1h', '1d' or a number of seconds. Raises ValueError with a readable message."""
    match = _INTERVAL.match(text)
    if not match:
        raise ValueError(f"invalid interval {text!r}: use e.g. 90s, 15m, 1h")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2) and match.group(2).lower()]
    if seconds < 1:
        raise ValueError(f"invalid interval {text!r}: at least 1 second")
    return seconds


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C or SIGTERM ends the loop cleanly after the current round; a second Ctrl-C interrupts it."""

    def handle(signum: int, _frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _Skips:
    """Says once per file why the rule left it out; files being written, hidden or tools' files quietly."""

    def __init__(self, folder: Path, err: TextIO) -> None:
        self.folder, self.err, self.said = folder, err, set[Path]()

    def say(self, skipped: Iterable[sources.Skipped], everything: bool = False) -> None:
        fresh = [
            s for s in skipped if s.path not in self.said and (everything or s.reason not in _QUIET_REASONS)
        ]
        self.said.update(s.path for s in fresh)
        for line in sources.skipped_lines(fresh):
            print(line, file=self.err)

    def reports(self, paths: Iterable[Path]) -> list[Path]:
        wanted, skipped = [], []
        for path in paths:
            reason = sources.skip_reason(path, path.relative_to(self.folder))
            if reason is None:
                wanted.append(path)
            else:
                skipped.append(sources.Skipped(path, reason))
        self.say(skipped)
        return wanted


def run_watch(
    store: Store,
    reporter: Reporter,
    stop: threading.Event,
    folder: Path | None,
    fetcher: Fetcher | None,
    every_s: float,
) -> None:
    """The watch loop, until `stop` is set: files as they settle, feeds every `every_s` seconds."""
    next_poll = time.monotonic()

    def poll_if_due() -> None:
        nonlocal next_poll
        if fetcher is not None and time.monotonic() >= next_poll and not stop.is_set():
            try:
                poll_once(store, fetcher, reporter)
            except (StoreError, SQLAlchemyError) as exc:
                print(
                    f"docket: poll stopped by a database error, next try in {every_s:g} s: {exc}",
                    file=reporter.err,
                )
            next_poll = time.monotonic() + every_s

    if folder is None:
        print(f"polling feeds every {every_s:g} s (Ctrl-C to stop)", file=reporter.out, flush=True)
        while not stop.is_set():
            poll_if_due()
            stop.wait(max(0.0, next_poll - time.monotonic()))
        return

    folder = folder.resolve()  # watchfiles reports absolute paths
    ingester = FolderIngester(store)
    skips = _Skips(folder, reporter.err)
    scan_started = time.time()
    first = sources.folder_reports(folder)
    skips.say(first.skipped, everything=True)
    ingester.offer(first.files)
    _ingest_round(ingester, reporter)
    print(f"watching {folder} (Ctrl-C to stop)", file=reporter.out, flush=True)
    caught_up = False
    for changes in _folder_changes(folder, stop):
        if not caught_up:
            # Files written between the first scan and the watcher's start raised no event.
            caught_up = True
            late = sources.folder_reports(folder).files
            ingester.offer(p for p in late if _modified_since(p, scan_started - 1))
        ingester.offer(skips.reports(changes))
        _ingest_round(ingester, reporter)
        poll_if_due()


def _folder_changes(folder: Path, stop: threading.Event) -> Iterator[list[Path]]:
    """Batches of added or modified files; an empty batch every second so the loop can poll."""

    def wanted(change: watchfiles.Change, path: str) -> bool:
        return change != watchfiles.Change.deleted and Path(path).is_file()

    for batch in watchfiles.watch(
        folder,
        watch_filter=wanted,
        debounce=400,
        step=50,
        rust_timeout=1000,
        yield_on_timeout=True,
        stop_event=stop,
        raise_interrupt=False,
    ):
        yield sorted({Path(path) for _change, path in batch})
