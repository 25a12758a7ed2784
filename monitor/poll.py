"""Polling news feeds: fetch every feed that is due, read its new items into the docket through the
pipeline, and record each feed's freshness (last success, last new item, errors, back-off).

HTTP runs in worker threads; every store call stays on the calling thread, so the store sees one writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TextIO

from babel.dates import format_date

from docket.clock import as_utc, utcnow
from docket.dateline import find_dateline
from docket.db.store import Store
from docket.db.views import FeedView, IngestResult
from docket.language import detect_language

from . import pipeline
from .changes import Reporter
from .feeds import FeedItem, Fetcher, FetchError, Page

DEFAULT_WORKERS = 16
# Items are remembered in batches of this many: one write each, and a poll stopped midway re-reads few.
REMEMBER_BATCH = 200
# A feed's new items are merged this many to a transaction (one commit, one wait for the disk).
INGEST_BATCH = 100
BACKOFF_BASE = dt.timedelta(minutes=5)
BACKOFF_MAX = dt.timedelta(hours=6)
STALE_AFTER = dt.timedelta(hours=24)
# Statuses of an ingest that mean "a court report went in" (as opposed to not_court / failed).
_COURT_STATUSES = frozenset(("new", "updated", "duplicate"))


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
    """A feed item as a plain-text report: headline, dateline in the report's language, then the text.
    The feed's date is the dateline only of a report without one of its own: a report republished later
    keeps its own date, which its hearings' dates are read against."""
    parts = [title] if title else []
    language = detect_language(f"{title}\n{body}")
    if published is not None and find_dateline(f"{title}\n\n{body}", language) is None:
        parts.append(format_date(published, format="long", locale=language))
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
        fetches = {
            pool.submit(fetcher.fetch_feed, f.url, f.etag, f.last_modified, f.allow_private): f for f in due
        }
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
                    page = pool.submit(fetcher.fetch_page, item.url, feed.allow_private)
                    pages.append(_PendingPage(page, outcome, item, sha))
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
    for document, result in zip(
        documents,
        pipeline.ingest(store, [pipeline.Document(d.uri, d.data) for d in documents], batch=INGEST_BATCH),
        strict=True,
    ):
        remembered.append(_record_item(document, result))
        if len(remembered) >= REMEMBER_BATCH:
            store.remember_items(remembered)
            remembered.clear()
    store.remember_items(remembered)
    for outcome in outcomes:
        if outcome.status in ("ok", "not_modified"):
            _record_success(store, outcome, now, validators.get(outcome.feed.feed_id))
    return outcomes


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


def poll_once(store: Store, fetcher: Fetcher, reporter: Reporter) -> bool:
    """One poll of every due feed with its report; True when every feed is healthy."""
    since = utcnow()
    outcomes = poll_feeds(store, fetcher, now=since)
    print_feed_outcomes(outcomes, reporter.out, reporter.err)
    results = [result for outcome in outcomes for result in outcome.results]
    reporter.changes(since, results, _failures(outcomes))
    return not any(outcome.failed for outcome in outcomes)
