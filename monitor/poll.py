"""The monitor: keeps the docket current from news feeds and an inbox folder, and says what changed.

`docket poll` fetches every feed once; `docket watch DIR` ingests a folder and every file that appears in
it; `docket watch --feeds` polls in a loop. After each poll or batch of files, the change summary (new
cases, hearings newly scheduled soon, renvois, new rulings) is printed and, with --notify-cmd, handed to
a command as JSON on its standard input.

HTTP runs in worker threads; every store call stays on the calling thread, so the store sees one writer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import watchfiles
from babel.dates import format_date
from docket.db.store import Store, StoreError, parse_source
from docket.db.views import ChangeSummary, FeedView, IngestResult
from docket.monitor.feeds import FeedItem, Fetcher, FetchError, Page
from sqlalchemy.exc import SQLAlchemyError

from docket.language import detect_language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

DEFAULT_WORKERS = 16
# From this many new items on, parsing runs in other processes (start-up costs about a second).
PARALLEL_PARSE_MIN = 40
MAX_PARSE_WORKERS = 4
# Items are remembered in batches of this many: one write each, and a poll stopped midway re-reads few.
REMEMBER_BATCH = 200
BACKOFF_BASE = dt.timedelta(minutes=5)
BACKOFF_MAX = dt.timedelta(hours=6)
STALE_AFTER = dt.timedelta(hours=24)
NOTIFY_TIMEOUT_S = 60
MAX_SUMMARY_LINES = 40  # a first poll of many feeds changes hundreds of cases: the terminal gets a taste
# A file must keep the same size and mtime this long before it is read: writers copy in pieces.
SETTLE_S = 0.5
# Statuses of ingest_bytes that mean "a court report went in" (as opposed to not_court / failed).
_COURT_STATUSES = frozenset(("new", "updated", "duplicate"))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; a naive one is taken as UTC, as the store keeps its datetimes."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


# --- polling feeds ---------------------------------------------------------------------------------


@dataclass(slots=True)
class FeedOutcome:
    """What one feed did in one poll."""

    feed: FeedView
    status: str  # ok / not_modified / failed / backing_off
    error: str | None = None
    items: int = 0
    new_items: int = 0
    results: list[IngestResult] = field(default_factory=list)
    item_errors: list[str] = field(default_factory=list)
    warning: str | None = None

    @property
    def label(self) -> str:
        return self.feed.name or self.feed.url

    @property
    def described(self) -> str:
        """The feed's name and URL, or its URL alone when it has no name."""
        return f"{self.feed.name} ({self.feed.url})" if self.feed.name else self.feed.url

    @property
    def failed(self) -> bool:
        return self.status in ("failed", "backing_off")


def backoff_delay(consecutive_failures: int) -> dt.timedelta:
    """How long a feed rests after its n-th failure in a row: doubling from 5 minutes up to 6 hours."""
    exponent = max(0, consecutive_failures - 1)
    return min(BACKOFF_BASE * (2 ** min(exponent, 16)), BACKOFF_MAX)


def item_sha256(item: FeedItem) -> str:
    """The content hash items are deduplicated by: the same story in two feeds is fetched once."""
    return hashlib.sha256(f"{item.title}\n\n{item.text}".encode()).hexdigest()


def compose_document(title: str, published: dt.date | None, body: str) -> bytes:
    """A feed item as a plain-text report: headline, dateline in the report's language, then the text."""
    parts = [title] if title else []
    if published is not None:
        parts.append(format_date(published, format="long", locale=detect_language(f"{title}\n{body}")))
    parts.append(body)
    return ("\n\n".join(parts) + "\n").encode("utf-8")


@dataclass(slots=True)
class _PendingPage:
    future: Future[Page]
    outcome: FeedOutcome
    item: FeedItem
    sha256: str


@dataclass(frozen=True, slots=True)
class _Document:
    """A new item, composed as the report the store will read."""

    outcome: FeedOutcome
    item: FeedItem
    item_sha256: str
    data: bytes

    @property
    def uri(self) -> str:
        return self.item.url or self.item.guid or f"{self.outcome.feed.url}#{self.item_sha256[:16]}"


def poll_feeds(
    store: Store,
    fetcher: Fetcher,
    now: dt.datetime | None = None,
    workers: int = DEFAULT_WORKERS,
) -> list[FeedOutcome]:
    """Fetch every feed that is due, ingest its new items, and record each feed's freshness.

    A feed that fails is recorded (error, failure count, back-off) and the others carry on. A feed's new
    validators (ETag / Last-Modified) are saved only once all its new items are in, so an item whose
    page could not be fetched is tried again at the next poll instead of hiding behind a 304.
    """
    now = as_utc(now or utcnow())
    outcomes: list[FeedOutcome] = []
    due: list[FeedView] = []
    for feed in store.list_feeds():
        if feed.next_poll_after is not None and as_utc(feed.next_poll_after) > now:
            outcomes.append(FeedOutcome(feed, "backing_off", error=feed.last_error))
        else:
            due.append(feed)
    validators: dict[int, tuple[str | None, str | None]] = {}
    documents: list[_Document] = []
    pages: list[_PendingPage] = []
    claimed: set[str] = set()  # URLs and hashes of the new items met earlier in this poll
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="docket-fetch") as pool:
        fetches = {pool.submit(fetcher.fetch_feed, f.url, f.etag, f.last_modified): f for f in due}
        for future in as_completed(fetches):
            feed = fetches[future]
            outcome = FeedOutcome(feed, "ok")
            outcomes.append(outcome)
            try:
                fetched = future.result()
            except Exception as exc:  # noqa: BLE001 - whatever a feed sends, the other feeds carry on
                error = exc if isinstance(exc, FetchError) else FetchError(f"unexpected error: {exc!r}")
                outcome.status, outcome.error = "failed", str(error)
                _record_failure(store, feed, error, now)
                continue
            if fetched.status == "not_modified":
                outcome.status = "not_modified"
                continue
            outcome.items, outcome.warning = len(fetched.items), fetched.warning
            validators[feed.feed_id] = (fetched.etag, fetched.last_modified)
            identities = [item.url or item.guid for item in fetched.items]
            hashes = [item_sha256(item) for item in fetched.items]
            seen = store.seen_items(identities, hashes)
            for item, identity, sha in zip(fetched.items, identities, hashes, strict=True):
                if {identity, sha} & claimed or {identity, sha} & seen:
                    continue
                claimed.update(k for k in (identity, sha) if k)
                outcome.new_items += 1
                if item.is_teaser and item.url:
                    pages.append(_PendingPage(pool.submit(fetcher.fetch_page, item.url), outcome, item, sha))
                else:
                    documents.append(
                        _Document(outcome, item, sha, compose_document(item.title, item.published, item.text))
                    )
        for pending in pages:
            try:
                page = pending.future.result()
            except Exception as exc:  # noqa: BLE001 - one unreadable page must not stop the poll
                pending.outcome.item_errors.append(f"{pending.item.url}: {exc}")
                validators.pop(pending.outcome.feed.feed_id, None)
                continue
            title = pending.item.title or page.title or ""
            body = _without_heading(page.text, title)
            if len(body) < len(pending.item.text):
                body = pending.item.text  # a paywall or a cookie wall said less than the feed did
            documents.append(
                _Document(
                    pending.outcome,
                    pending.item,
                    pending.sha256,
                    compose_document(title, pending.item.published, body),
                )
            )
    remembered: list[tuple[int | None, str | None, str | None, bool]] = []
    for document, result in zip(documents, _ingested(store, documents), strict=True):
        remembered.append(_record_item(document, result))
        if len(remembered) >= REMEMBER_BATCH:
            store.remember_items(remembered)
            remembered.clear()
    store.remember_items(remembered)
    for outcome in outcomes:
        if outcome.status in ("ok", "not_modified"):
            _record_success(store, outcome, now, validators.get(outcome.feed.feed_id))
    return outcomes


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C reaches the whole process group: the parent decides what it means (watch finishes its round)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _ingested(store: Store, documents: list[_Document]) -> Iterator[IngestResult]:
    """Each document's ingest result, in order. A large batch is parsed in other processes while this one
    merges into the store, as `docket ingest` does: parsing and merging take about as long."""
    parse_workers = min(MAX_PARSE_WORKERS, (os.cpu_count() or 1) - 1)
    if len(documents) < PARALLEL_PARSE_MIN or parse_workers < 1:
        for document in documents:
            yield store.ingest_bytes(document.data, document.uri)
        return
    known = store.known_hashes()
    hashes = [hashlib.sha256(document.data).hexdigest() for document in documents]
    fresh = [(document, sha) for document, sha in zip(documents, hashes, strict=True) if sha not in known]
    # spawn, not fork: the children must not inherit this process's open database connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        parse_workers, mp_context=context, initializer=_leave_interrupts_to_parent
    ) as pool:
        parsed = pool.map(
            parse_source,
            [document.data for document, _ in fresh],
            [document.uri for document, _ in fresh],
            [sha for _, sha in fresh],
            chunksize=8,
        )
        for document, sha in zip(documents, hashes, strict=True):
            if sha in known:
                yield IngestResult(source=document.uri, status="duplicate")
                continue
            result = next(parsed)
            yield result if isinstance(result, IngestResult) else store.ingest_parsed(result, document.uri)


def _without_heading(text: str, title: str) -> str:
    """The page's text without its headline, which the document already starts with."""
    first, _, rest = text.partition("\n")
    return rest.lstrip() if title and " ".join(first.split()) == " ".join(title.split()) else text


def _record_item(
    document: _Document, result: IngestResult
) -> tuple[int | None, str | None, str | None, bool]:
    """Adds the result to its feed's outcome; returns the item as the store remembers it."""
    outcome = document.outcome
    outcome.results.append(result)
    if result.status == "failed":
        outcome.item_errors.append(f"{document.uri}: {result.error or 'could not be read'}")
    # A failed parse is remembered too: the same bytes would fail the same way at every poll.
    item = document.item
    return outcome.feed.feed_id, item.url or item.guid, document.item_sha256, result.status in _COURT_STATUSES


def _record_failure(store: Store, feed: FeedView, error: FetchError, now: dt.datetime) -> None:
    failures = feed.consecutive_failures + 1
    rest = backoff_delay(failures)
    if error.retry_after_s is not None:
        # The server said when to come back; a day at most, so a bad header cannot silence a feed.
        rest = max(rest, min(dt.timedelta(seconds=error.retry_after_s), dt.timedelta(days=1)))
    store.update_feed(
        feed.feed_id,
        last_polled_at=now,
        last_error=str(error),
        last_error_at=now,
        consecutive_failures=failures,
        next_poll_after=now + rest,
    )


def _record_success(
    store: Store, outcome: FeedOutcome, now: dt.datetime, validators: tuple[str | None, str | None] | None
) -> None:
    fields: dict[str, object] = {
        "last_polled_at": now,
        "last_success_at": now,
        "consecutive_failures": 0,
        "next_poll_after": None,
    }
    if outcome.new_items:
        fields["last_new_item_at"] = now
    if validators is not None:
        fields["etag"], fields["last_modified"] = validators
    if outcome.item_errors:
        fields["last_error"] = f"{len(outcome.item_errors)} item(s) failed; first: {outcome.item_errors[0]}"
        fields["last_error_at"] = now
    store.update_feed(outcome.feed.feed_id, **fields)


# --- watching a folder -----------------------------------------------------------------------------

_TEMP_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", ".swx", "~")
_IGNORED_DIRS = frozenset((".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"))


def is_report_candidate(path: Path) -> bool:
    """False for the names editors and downloaders give files they are still writing, and hidden files."""
    name = path.name
    if name.startswith((".", "~")) or name.lower().endswith(_TEMP_SUFFIXES):
        return False
    return not any(part in _IGNORED_DIRS for part in path.parts)


def _existing_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and is_report_candidate(p.relative_to(folder)))


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


@dataclass(slots=True)
class FileOutcome:
    path: Path
    result: IngestResult | None
    error: str | None  # the file could not be read (vanished, permission denied)


class FolderIngester:
    """Ingests files once they are complete: same size and mtime across a short pause, and not empty."""

    def __init__(self, store: Store, settle_s: float = SETTLE_S) -> None:
        self.store = store
        self.settle_s = settle_s
        self.pending: dict[Path, tuple[int, int] | None] = {}

    def offer(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self.pending[path] = _signature(path)

    def ingest_settled(self) -> list[FileOutcome]:
        """Ingest the offered files that stopped changing; keep the others for the next call."""
        if not self.pending:
            return []
        time.sleep(self.settle_s)
        outcomes: list[FileOutcome] = []
        for path, before in list(self.pending.items()):
            now = _signature(path)
            if now is not None and now != before:
                self.pending[path] = now  # still being written
                continue
            del self.pending[path]
            # Gone, not a regular file, or empty: nothing to read (writing into it raises a new event).
            if now is not None and now[0] > 0:
                outcomes.append(self._ingest(path))
        return outcomes

    def _ingest(self, path: Path) -> FileOutcome:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return FileOutcome(path, None, "vanished before it could be read")
        except OSError as exc:
            return FileOutcome(path, None, f"cannot read: {exc.strerror or exc}")
        try:
            return FileOutcome(path, self.store.ingest_bytes(data, str(path)), None)
        except (StoreError, SQLAlchemyError) as exc:
            # A busy or broken database must not end a watch that runs for weeks: say so, go on.
            return FileOutcome(path, None, f"database error: {exc}")


# --- saying what changed ---------------------------------------------------------------------------


def summary_payload(
    summary: ChangeSummary,
    since: dt.datetime,
    until: dt.datetime,
    days_ahead: int,
    results: Iterable[IngestResult] = (),
    failures: Iterable[dict[str, str]] = (),
) -> dict[str, Any]:
    """The change summary as the JSON object --notify-cmd receives (dates ISO 8601, times UTC)."""
    counts = Counter(result.status for result in results)
    return {
        "since": as_utc(since).isoformat(timespec="seconds"),
        "until": as_utc(until).isoformat(timespec="seconds"),
        "days_ahead": days_ahead,
        "sources": dict(sorted(counts.items())),
        "new_cases": [
            {
                "case_id": case.case_id,
                "title": case.title,
                "court": case.court,
                "country": case.country,
                "defendants": list(case.defendants),
                "next_hearing": _iso(case.next_hearing),
            }
            for case in summary.new_cases
        ],
        "newly_scheduled": [
            {
                "hearing_id": row.hearing_id,
                "case_id": row.case_id,
                "case_title": row.case_title,
                "date": row.date.isoformat(),
                "court": row.court,
                "purpose": row.purpose,
                "defendants": list(row.defendants),
            }
            for row in summary.newly_scheduled
        ],
        "moved": [
            {
                "hearing_id": row.hearing_id,
                "case_id": row.case_id,
                "case_title": row.case_title,
                "court": row.court,
                "from": previous.isoformat(),
                "to": row.date.isoformat(),
            }
            for row, previous in summary.moved
        ],
        "new_rulings": [
            {
                "ruling_id": entry.record_id,
                "date": _iso(entry.date),
                "date_text": entry.date_text,
                "kind": entry.label,
                "party": entry.party,
                "detail": entry.detail,
                # A timeline entry names no case: the report it came from gives the reader its context.
                "article_title": entry.evidence.article_title if entry.evidence else None,
                "source": entry.evidence.source_uri if entry.evidence else None,
            }
            for entry in summary.new_rulings
        ],
        "failures": list(failures),
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def summary_lines(payload: dict[str, Any]) -> list[str]:
    """The change summary for people, one line per change."""
    lines: list[str] = []
    for case in payload["new_cases"]:
        court = f" ({case['court']})" if case["court"] and case["court"] not in case["title"] else ""
        lines.append(f"  new case #{case['case_id']}: {case['title']}{court}")
    for row in payload["newly_scheduled"]:
        purpose = f": {row['purpose']}" if row["purpose"] else ""
        lines.append(f"  hearing {row['date']}: {row['case_title']} (case #{row['case_id']}){purpose}")
    for row in payload["moved"]:
        lines.append(f"  renvoi: {row['case_title']} (case #{row['case_id']}) {row['from']} -> {row['to']}")
    for ruling in payload["new_rulings"]:
        who = f" ({ruling['party']})" if ruling["party"] else ""
        detail = f": {ruling['detail']}" if ruling["detail"] else ""
        article = f" [{ruling['article_title']}]" if ruling["article_title"] else ""
        when = ruling["date"] or ruling["date_text"] or "undated"
        lines.append(f"  ruling {when}: {ruling['kind']}{who}{detail}{article}")
    return lines


def has_news(payload: dict[str, Any]) -> bool:
    return any(payload[key] for key in ("new_cases", "newly_scheduled", "moved", "new_rulings", "failures"))


def run_notify(command: str, payload: dict[str, Any]) -> str | None:
    """Run the user's notify command with the JSON on stdin; return why it failed, None if it did not.

    The command is the user's own shell line (like a git hook), so pipes and quoting work as they expect.
    """
    data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        completed = subprocess.run(
            command, shell=True, input=data, capture_output=True, timeout=NOTIFY_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return f"notify command timed out after {NOTIFY_TIMEOUT_S} s"
    except OSError as exc:
        return f"notify command could not start: {exc}"
    if completed.returncode != 0:
        detail = completed.stderr.decode("utf-8", errors="replace").strip().splitlines()
        return f"notify command exited with {completed.returncode}" + (f": {detail[-1]}" if detail else "")
    return None


class Reporter:
    """Prints each round's outcome and change summary, and hands the summary to --notify-cmd."""

    def __init__(self, store: Store, days: int, notify_cmd: str | None, out: TextIO, err: TextIO) -> None:
        self.store, self.days, self.notify_cmd, self.out, self.err = store, days, notify_cmd, out, err

    def changes(
        self,
        since: dt.datetime,
        results: Iterable[IngestResult] = (),
        failures: Iterable[dict[str, str]] = (),
    ) -> None:
        until = utcnow()
        summary = self.store.changes_since(since, self.days, dt.date.today())
        payload = summary_payload(summary, since, until, self.days, results, failures)
        lines = summary_lines(payload)
        if lines:
            print("what's new:", file=self.out)
            for line in lines[:MAX_SUMMARY_LINES]:
                print(line, file=self.out)
            if len(lines) > MAX_SUMMARY_LINES:
                hidden = len(lines) - MAX_SUMMARY_LINES
                print(f"  … and {hidden} more (all of them in the --notify-cmd JSON)", file=self.out)
        self.out.flush()
        if self.notify_cmd and has_news(payload):
            problem = run_notify(self.notify_cmd, payload)
            if problem:
                print(f"docket: {problem}", file=self.err)


_STATUS_WORDS = {
    "new": "new to the docket",
    "updated": "updating cases",
    "duplicate": "already in the docket",
    "not_court": "not court reports",
    "failed": "unreadable",
}


def print_feed_outcomes(outcomes: list[FeedOutcome], out: TextIO, err: TextIO) -> None:
    for outcome in sorted(outcomes, key=lambda o: o.label.lower()):
        if outcome.status == "failed":
            print(f"FAILED {outcome.described}: {outcome.error}", file=err)
        elif outcome.status == "backing_off":
            until = _local(outcome.feed.next_poll_after)
            print(
                f"FAILED {outcome.described}: skipped, resting until {until} after "
                f"{outcome.feed.consecutive_failures} failure(s); last error: {outcome.error}",
                file=err,
            )
        elif outcome.status == "not_modified":
            print(f"ok     {outcome.label}: unchanged", file=out)
        else:
            counts = Counter(result.status for result in outcome.results)
            detail = ", ".join(
                f"{counts[status]} {words}" for status, words in _STATUS_WORDS.items() if counts[status]
            )
            print(
                f"ok     {outcome.label}: {outcome.items} items, {outcome.new_items} new"
                + (f" ({detail})" if detail else ""),
                file=out,
            )
        if outcome.warning:
            print(f"       {outcome.label}: {outcome.warning}", file=err)
        for problem in outcome.item_errors:
            print(f"       {outcome.label}: item failed: {problem}", file=err)
    out.flush()


def _failures(outcomes: Iterable[FeedOutcome]) -> list[dict[str, str]]:
    return [
        {"feed": outcome.label, "url": outcome.feed.url, "error": outcome.error or "unknown error"}
        for outcome in outcomes
        if outcome.failed
    ]


def _local(moment: dt.datetime | None) -> str:
    if moment is None:
        return "never"
    return as_utc(moment).astimezone().strftime("%Y-%m-%d %H:%M")


def _age(moment: dt.datetime | None, now: dt.datetime) -> str:
    if moment is None:
        return "never"
    seconds = max(0, int((as_utc(now) - as_utc(moment)).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


# --- CLI handlers ----------------------------------------------------------------------------------


@contextmanager
def _opened_store(args: argparse.Namespace) -> Iterator[Store]:
    store = Store.open(args.db)
    try:
        yield store
    finally:
        store.close()


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


def feeds(args: argparse.Namespace) -> int:
    """`docket feeds add|list|remove`."""
    try:
        with _opened_store(args) as store:
            if args.action == "add":
                if not re.match(r"^https?://[^\s/]+", args.url):
                    print(f"docket: not an http(s) URL: {args.url}", file=sys.stderr)
                    return EXIT_USAGE
                feed = store.add_feed(args.url, args.name)
                print(f"added feed #{feed.feed_id}: {feed.name or feed.url}")
                return EXIT_OK
            if args.action == "remove":
                if store.remove_feed(args.feed):
                    print(f"removed feed {args.feed}")
                    return EXIT_OK
                print(f"docket: no feed {args.feed!r} (give its id, name or URL)", file=sys.stderr)
                return EXIT_FAILED
            print_feed_table(store.list_feeds(), utcnow(), sys.stdout)
            return EXIT_OK
    except StoreError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_FAILED


def is_stale(feed: FeedView, now: dt.datetime) -> bool:
    """No successful poll for more than 24 h: the feed went quiet, moved, or keeps failing."""
    return feed.last_success_at is not None and as_utc(now) - as_utc(feed.last_success_at) > STALE_AFTER


def feed_state(feed: FeedView, now: dt.datetime) -> str:
    flags = [f"FAILING x{feed.consecutive_failures}"] if feed.consecutive_failures else []
    if is_stale(feed, now):
        flags.append("STALE")
    if flags:
        return ", ".join(flags)
    return "never polled" if feed.last_polled_at is None else "ok"


def print_feed_table(feeds_: list[FeedView], now: dt.datetime, out: TextIO) -> None:
    """Name, URL, freshness and errors of every feed; a feed without success for 24 h is STALE."""
    if not feeds_:
        print("no feeds yet: add one with 'docket feeds add URL --name NAME'", file=out)
        return
    header = ("ID", "NAME", "STATE", "LAST SUCCESS", "LAST NEW ITEM", "URL")
    rows = [
        (
            str(feed.feed_id),
            _clip(feed.name or "-", 24),
            feed_state(feed, now),
            _age(feed.last_success_at, now),
            _age(feed.last_new_item_at, now),
            feed.url,
        )
        for feed in feeds_
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
    for row in (header, *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1],
            file=out,
        )
    for feed in feeds_:
        if feed.last_error:
            print(
                f"  #{feed.feed_id} last error {_age(feed.last_error_at, now)}: "
                f"{_clip(feed.last_error, 160)}",
                file=out,
            )
    stale = [feed for feed in feeds_ if is_stale(feed, now)]
    if stale:
        print(f"{len(stale)} feed(s) without a successful poll for more than 24 h", file=out)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _poll_once(store: Store, fetcher: Fetcher, reporter: Reporter) -> bool:
    """One poll of every due feed with its report; True when every feed is healthy."""
    since = utcnow()
    outcomes = poll_feeds(store, fetcher, now=since)
    print_feed_outcomes(outcomes, reporter.out, reporter.err)
    results = [result for outcome in outcomes for result in outcome.results]
    reporter.changes(since, results, _failures(outcomes))
    return not any(outcome.failed for outcome in outcomes)


def poll(args: argparse.Namespace) -> int:
    """`docket poll`: every feed once; non-zero when a feed failed (after doing the others)."""
    try:
        with _opened_store(args) as store:
            if not store.list_feeds():
                print("no feeds to poll: add one with 'docket feeds add URL'")
                return EXIT_OK
            reporter = Reporter(store, args.days, args.notify_cmd, sys.stdout, sys.stderr)
            with Fetcher(timeout=args.timeout) as fetcher:
                healthy = _poll_once(store, fetcher, reporter)
            return EXIT_OK if healthy else EXIT_FAILED
    except StoreError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _report_files(outcomes: list[FileOutcome], out: TextIO, err: TextIO) -> list[IngestResult]:
    """One line per file that changed the docket or failed; a count for files it already held."""
    results: list[IngestResult] = []
    known = 0
    for outcome in outcomes:
        if outcome.result is None:
            print(f"skipped {outcome.path}: {outcome.error}", file=err)
            continue
        results.append(outcome.result)
        result = outcome.result
        if result.status == "failed":
            print(f"failed  {outcome.path}: {result.error}", file=err)
        elif result.status == "duplicate":
            known += 1
        else:
            print(f"{result.status:<8}{outcome.path}", file=out)
    if known:
        print(f"{known} file(s) already in the docket, unchanged", file=out)
    out.flush()
    return results


def _file_failures(outcomes: list[FileOutcome]) -> list[dict[str, str]]:
    failures = []
    for outcome in outcomes:
        error = outcome.error or (
            outcome.result.error if outcome.result and outcome.result.status == "failed" else None
        )
        if error:
            failures.append({"file": str(outcome.path), "error": error})
    return failures


def _ingest_round(ingester: FolderIngester, reporter: Reporter) -> None:
    since = utcnow()
    outcomes = ingester.ingest_settled()
    if outcomes:
        results = _report_files(outcomes, reporter.out, reporter.err)
        reporter.changes(since, results, _file_failures(outcomes))


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
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


def watch(args: argparse.Namespace) -> int:
    """`docket watch [DIR] [--feeds]`: until stopped, ingest the folder's new files and/or poll feeds."""
    if not args.folder and not args.feeds:
        print("docket: give a folder to watch, --feeds, or both", file=sys.stderr)
        return EXIT_USAGE
    try:
        every = parse_interval(args.every)
    except ValueError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_USAGE
    folder = Path(args.folder) if args.folder else None
    if folder is not None and not folder.is_dir():
        print(f"docket: not a folder: {folder}", file=sys.stderr)
        return EXIT_USAGE
    stop = threading.Event()
    try:
        with _opened_store(args) as store, _stop_on_signals(stop):
            reporter = Reporter(store, args.days, args.notify_cmd, sys.stdout, sys.stderr)
            fetcher = Fetcher(timeout=args.timeout) if args.feeds else None
            try:
                run_watch(store, reporter, stop, folder, fetcher, every)
            finally:
                if fetcher is not None:
                    fetcher.close()
    except StoreError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print("stopped", file=sys.stderr)
    return EXIT_OK


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
                _poll_once(store, fetcher, reporter)
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
    scan_started = time.time()
    ingester.offer(_existing_files(folder))
    _ingest_round(ingester, reporter)
    print(f"watching {folder} (Ctrl-C to stop)", file=reporter.out, flush=True)
    caught_up = False
    for changes in _folder_changes(folder, stop):
        if not caught_up:
            # Files written between the first scan and the watcher's start raised no event.
            caught_up = True
            ingester.offer(p for p in _existing_files(folder) if _modified_since(p, scan_started - 1))
        ingester.offer(changes)
        _ingest_round(ingester, reporter)
        poll_if_due()


def _folder_changes(folder: Path, stop: threading.Event) -> Iterator[list[Path]]:
    """Batches of added or modified report files; an empty batch every second so the loop can poll."""

    def wanted(change: watchfiles.Change, path: str) -> bool:
        return change != watchfiles.Change.deleted and is_report_candidate(Path(path).relative_to(folder))

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
