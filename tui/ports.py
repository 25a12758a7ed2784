"""What the dashboard needs of the store: `docket.db.store.Store` is one, the tests' FakeStore another.

The screens call nothing else; `tests/tui/test_ports.py` checks that both implement every method with
the same parameters. The import screen also hands the store to the monitor's pipeline, whose own needs
are `docket.monitor.pipeline.IngestTarget`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from docket.db.views import (
    CaseDetail,
    CaseSummary,
    ChangeCounts,
    ChangeSummary,
    FeedView,
    HearingRow,
    IngestResult,
    SearchHit,
)
from docket.records import ParsedSource


class DocketStore(Protocol):
    """The store as the dashboard sees it."""

    def data_version(self) -> int: ...

    def upcoming_hearings(
        self,
        start: dt.date,
        days: int | None = None,
        court: str | None = None,
        country: str | None = None,
        include_past: bool = False,
        limit: int = 200,
        offset: int = 0,
        today: dt.date | None = None,
    ) -> list[HearingRow]: ...

    def case_detail(self, case_id: int, today: dt.date | None = None) -> CaseDetail: ...

    def list_cases(
        self, followed_only: bool = False, limit: int = 200, offset: int = 0, today: dt.date | None = None
    ) -> list[CaseSummary]: ...

    def search(self, query: str, limit: int = 50) -> list[SearchHit]: ...

    def source_text(self, source_id: int) -> str: ...

    def changes_since(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeSummary: ...

    def change_counts(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeCounts: ...

    def list_feeds(self) -> list[FeedView]: ...

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
    ) -> int: ...

    def record_hearing(
        self,
        case_id: int,
        date: dt.date,
        purpose: str | None = None,
        user: str | None = None,
        corrects: int | None = None,
    ) -> int: ...

    def delete_manual(self, record_kind: str, record_id: int) -> None: ...

    def follow(self, case_id: int, note: str | None = None, tags: Sequence[str] = ()) -> None: ...

    def unfollow(self, case_id: int) -> None: ...

    # what the import screen's pipeline needs (docket.monitor.pipeline.IngestTarget)
    def known_hashes(self) -> set[str]: ...

    def has_source(self, sha256: str) -> bool: ...

    def ingest_parsed(self, parsed: ParsedSource, uri: str | None = None) -> IngestResult: ...
