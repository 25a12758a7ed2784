"""A small in-memory stand-in for db.store.Store (same method names, db.views records).

Used where a test needs content the parser would never produce, such as markup and escape sequences in a
party name and an evidence sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from docket.db.store import StoreError
from docket.db.views import (
    CaseDetail,
    CaseSummary,
    ChangeCounts,
    ChangeSummary,
    EvidenceView,
    FeedView,
    HearingRow,
    IngestResult,
    PartyView,
    SearchHit,
    TimelineEntry,
)
from docket.records import ParsedSource


def entry(
    kind: str,
    record_id: int,
    date: dt.date,
    label: str,
    detail: str | None = None,
    party: str | None = None,
    evidence: EvidenceView | None = None,
) -> TimelineEntry:
    """A parsed timeline entry, briefly."""
    return TimelineEntry(
        kind, record_id, date, None, label, detail, party, "parsed", None, None, False, evidence
    )


class FakeStore:
    def __init__(self) -> None:
        self.version = 1
        self.cases: dict[int, CaseDetail] = {}
        self.texts: dict[int, str] = {}
        self._next_id = 1000

    # --- building ---
    def add_case(
        self,
        case_id: int,
        title: str,
        parties: Sequence[tuple[str, str]],
        timeline: Sequence[TimelineEntry],
        source_text: str = "",
        court: str = "Tribunal de première instance",
        country: str = "BJ",
    ) -> None:
        sources = ()
        if source_text:
            self.texts[case_id] = source_text
            sources = (EvidenceView(case_id, f"report-{case_id}.txt", title, None, 0, len(source_text), ""),)
        self.cases[case_id] = CaseDetail(
            case_id=case_id,
            title=title,
            court=court,
            court_text=court,
            court_abbr=None,
            chamber=None,
            country=country,
            parties=tuple(PartyView(i, name, role, None) for i, (name, role) in enumerate(parties)),
            charges=(),
            timeline=tuple(timeline),
            sources=sources,
            followed=False,
            follow_note=None,
            tags=(),
            follows_case=None,
        )

    def _changed(self) -> None:
        self.version += 1

    # --- contract ---
    def close(self) -> None:
        pass

    def data_version(self) -> int:
        return self.version

    def _summary(self, case: CaseDetail) -> CaseSummary:
        return CaseSummary(
            case.case_id,
            case.title,
            case.court,
            case.country,
            tuple(p.name for p in case.parties if p.role == "defendant"),
            None,
            None,
            case.followed,
            case.follow_note,
        )

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
    ) -> list[HearingRow]:
        rows = []
        for case in self.cases.values():
            for entry in case.timeline:
                if entry.kind != "hearing" or entry.date is None or entry.superseded:
                    continue
                if entry.date < start and not (include_past and entry.label == "scheduled"):
                    continue
                rows.append(
                    HearingRow(
                        entry.record_id,
                        case.case_id,
                        entry.date,
                        entry.label,
                        entry.detail,
                        case.title,
                        case.court,
                        case.country,
                        tuple(p.name for p in case.parties if p.role == "defendant"),
                        None,
                        entry.origin,
                    )
                )
        rows.sort(key=lambda row: (row.date, row.hearing_id))
        return rows[offset : offset + limit]

    def last_rulings_of(self, case_ids: Sequence[int]) -> dict[int, str]:
        found = {}
        for case_id in case_ids:
            rulings = [e for e in self.cases[case_id].timeline if e.kind == "ruling" and not e.superseded]
            if rulings:
                found[case_id] = rulings[-1].label
        return found

    def followed_case_ids(self) -> set[int]:
        return {case.case_id for case in self.cases.values() if case.followed}

    def upcoming_hearings_of(
        self, case_ids: Sequence[int], start: dt.date, today: dt.date | None = None, limit: int = 100
    ) -> list[HearingRow]:
        wanted = set(case_ids)
        return [row for row in self.upcoming_hearings(start, limit=10_000) if row.case_id in wanted][:limit]

    def hearing_counts(
        self,
        days: Sequence[dt.date],
        court: str | None = None,
        country: str | None = None,
        today: dt.date | None = None,
    ) -> dict[dt.date, int]:
        counts: dict[dt.date, int] = {}
        for row in self.upcoming_hearings(dt.date.min, include_past=True, limit=10_000):
            if row.date in days:
                counts[row.date] = counts.get(row.date, 0) + 1
        return counts

    def case_detail(self, case_id: int, today: dt.date | None = None) -> CaseDetail:
        if case_id not in self.cases:
            raise StoreError(f"no case {case_id}")
        return self.cases[case_id]

    def list_cases(
        self, followed_only: bool = False, limit: int = 200, offset: int = 0, today: dt.date | None = None
    ) -> list[CaseSummary]:
        cases = [c for c in self.cases.values() if c.followed or not followed_only]
        return [self._summary(c) for c in cases][offset : offset + limit]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        if query.count('"') % 2:
            raise StoreError("unbalanced quote in query")
        needle = query.lower()
        return [
            SearchHit(c.case_id, c.title, None, c.title, "report")
            for c in self.cases.values()
            if needle in c.title.lower()
        ][:limit]

    def search_total(self, query: str, cap: int = 10_000) -> tuple[int, bool]:
        count = len({hit.case_id for hit in self.search(query, limit=cap + 1)})
        return min(count, cap), count > cap

    def case_summaries(self, case_ids: Sequence[int], today: dt.date | None = None) -> list[CaseSummary]:
        return [self._summary(self.cases[i]) for i in case_ids if i in self.cases]

    def suggest_name(self, word: str, limit: int = 3) -> list[str]:
        return []

    def source_text(self, source_id: int) -> str:
        return self.texts[source_id]

    def changes_since(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeSummary:
        return ChangeSummary((), (), (), ())

    def change_counts(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeCounts:
        return ChangeCounts(0, 0, 0, 0)

    def list_feeds(self) -> list[FeedView]:
        return []

    def _add_entry(self, case_id: int, entry: TimelineEntry) -> int:
        case = self.case_detail(case_id)
        timeline = [
            replace(old, superseded=True) if entry.corrects_id == old.record_id else old
            for old in case.timeline
        ]
        self.cases[case_id] = replace(case, timeline=tuple([*timeline, entry]))
        self._changed()
        return entry.record_id

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
        self._next_id += 1
        entry = TimelineEntry(
            "ruling", self._next_id, date, None, kind, note, party, "manual", user, corrects, False, None
        )
        return self._add_entry(case_id, entry)

    def record_hearing(
        self,
        case_id: int,
        date: dt.date,
        purpose: str | None = None,
        user: str | None = None,
        corrects: int | None = None,
    ) -> int:
        self._next_id += 1
        entry = TimelineEntry(
            "hearing",
            self._next_id,
            date,
            None,
            "scheduled",
            purpose,
            None,
            "manual",
            user,
            corrects,
            False,
            None,
        )
        return self._add_entry(case_id, entry)

    def delete_manual(self, record_kind: str, record_id: int) -> None:
        for case_id, case in self.cases.items():
            kept = tuple(e for e in case.timeline if not (e.kind == record_kind and e.record_id == record_id))
            self.cases[case_id] = replace(case, timeline=kept)
        self._changed()

    def follow(self, case_id: int, note: str | None = None, tags: Sequence[str] = ()) -> None:
        self.cases[case_id] = replace(self.case_detail(case_id), followed=True, follow_note=note)
        self._changed()

    def unfollow(self, case_id: int) -> None:
        self.cases[case_id] = replace(self.case_detail(case_id), followed=False, follow_note=None)
        self._changed()

    def known_hashes(self) -> set[str]:
        return set()

    def has_source(self, sha256: str) -> bool:
        return False

    def ingest_parsed(self, parsed: ParsedSource, uri: str | None = None) -> IngestResult:
        return IngestResult(uri or parsed.source, "not_court")


def store_of_cases(count: int) -> FakeStore:
    """A docket of `count` cases, one hearing a day from 1 January 2026: more than a page of rows."""
    store = FakeStore()
    for n in range(count):
        hearing = entry("hearing", n, dt.date(2026, 1, 1) + dt.timedelta(days=n), "scheduled")
        store.add_case(n, f"Affaire {n}", [(f"Prévenu {n}", "defendant")], [hearing])
    return store
