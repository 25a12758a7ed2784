"""The docket store: the only way the CLI, the monitor and the dashboard read or change the docket.

CONTRACT (stub written by the integrator; the store's owner implements it and may add methods, but the
signatures below are what the dashboard and the monitor are being built against). Every method opens
and closes its own session; every return value is a plain record from `db.views`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from db.views import (
    CaseDetail,
    CaseSummary,
    ChangeSummary,
    FeedView,
    HearingRow,
    IngestResult,
    SearchHit,
)


class StoreError(Exception):
    """A user-facing error: the message is shown as is (unknown case, bad date, malformed query…)."""


class Store:
    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (creating and upgrading the schema as needed) the docket at `url`; None = default SQLite."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- ingest ---
    def ingest_bytes(self, data: bytes, uri: str) -> IngestResult:
        """Parse and merge one source, in one transaction. Never raises for bad input: status 'failed'."""
        raise NotImplementedError

    # --- reading ---
    def data_version(self) -> int:
        """A number that changes whenever anything is written (by any process): the TUI polls it."""
        raise NotImplementedError

    def upcoming_hearings(
        self,
        start: dt.date,
        days: int | None = None,
        court: str | None = None,
        country: str | None = None,
        include_past: bool = False,
        limit: int = 200,
        offset: int = 0,
    ) -> list[HearingRow]:
        """Hearings from `start` on, soonest first; with include_past, earlier ones too (unconfirmed flagged)."""
        raise NotImplementedError

    def case_detail(self, case_id: int) -> CaseDetail:
        """Raises StoreError for an unknown case."""
        raise NotImplementedError

    def list_cases(self, followed_only: bool = False, limit: int = 200, offset: int = 0) -> list[CaseSummary]:
        raise NotImplementedError

    def possible_duplicates(self) -> list[tuple[CaseSummary, CaseSummary, float]]:
        raise NotImplementedError

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Fielded full-text search; raises StoreError with a clear message for a malformed query."""
        raise NotImplementedError

    def source_text(self, source_id: int) -> str:
        raise NotImplementedError

    def changes_since(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeSummary:
        raise NotImplementedError

    # --- recording (manual records; validated, StoreError on bad input) ---
    def record_ruling(
        self,
        case_id: int,
        date: dt.date,
        kind: str,
        party: str | None = None,
        sentence: str | None = None,
        note: str | None = None,
        user: str | None = None,
        corrects: int | None = None,
    ) -> int:
        raise NotImplementedError

    def record_hearing(
        self,
        case_id: int,
        date: dt.date,
        purpose: str | None = None,
        user: str | None = None,
        corrects: int | None = None,
    ) -> int:
        raise NotImplementedError

    def delete_manual(self, record_kind: str, record_id: int) -> None:
        """record_kind: 'ruling' or 'hearing'. Refuses (StoreError) to delete a parsed record."""
        raise NotImplementedError

    def follow(self, case_id: int, note: str | None = None, tags: Sequence[str] = ()) -> None:
        raise NotImplementedError

    def unfollow(self, case_id: int) -> None:
        raise NotImplementedError

    def merge_cases(self, keep_id: int, merge_id: int) -> None:
        raise NotImplementedError

    # --- exchange ---
    def export(self, fmt: str, days: int | None = None, today: dt.date | None = None) -> bytes:
        """fmt: ics / csv / json. Deterministic: the same docket gives byte-identical output."""
        raise NotImplementedError

    def import_json(self, data: bytes) -> dict[str, int]:
        raise NotImplementedError

    # --- feeds (for the monitor) ---
    def add_feed(self, url: str, name: str | None = None) -> FeedView:
        raise NotImplementedError

    def list_feeds(self) -> list[FeedView]:
        raise NotImplementedError

    def remove_feed(self, feed: str) -> bool:
        """feed: id, name or URL."""
        raise NotImplementedError

    def update_feed(self, feed_id: int, **fields: object) -> None:
        """Set FeedView fields (etag, last_modified, last_*_at, last_error, consecutive_failures…)."""
        raise NotImplementedError

    def item_seen(self, url: str | None, sha256: str | None) -> bool:
        raise NotImplementedError

    def remember_item(
        self, feed_id: int | None, url: str | None, sha256: str | None, is_court_report: bool
    ) -> None:
        raise NotImplementedError
