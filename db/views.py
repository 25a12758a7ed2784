"""Plain records the store hands to its callers (the CLI and the dashboard).

Callers never hold an ORM object or a session: the store's functions (`db.store`) return these frozen
dataclasses, so the TUI can keep them across refreshes and worker threads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class EvidenceView:
    source_id: int
    source_uri: str
    article_title: str | None
    article_published: dt.date | None
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class PartyView:
    party_id: int
    name: str
    role: str
    role_text: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HearingRow:
    """One line of the upcoming-hearings list."""

    hearing_id: int
    case_id: int
    date: dt.date
    status: str  # scheduled / held / postponed / unconfirmed
    purpose: str | None
    case_title: str
    court: str | None
    country: str | None
    defendants: tuple[str, ...]
    last_ruling: str | None  # kind of the latest ruling, for context
    origin: str  # parsed / manual


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A hearing or a ruling of a case, oldest first in a timeline."""

    kind: str  # "hearing" or "ruling"
    record_id: int
    date: dt.date | None
    date_text: str | None
    label: str  # hearing status / ruling kind
    detail: str | None  # purpose, sentence, note
    party: str | None
    origin: str  # parsed / manual
    recorded_by: str | None
    corrects_id: int | None  # a manual correction points at the parsed record it overrides
    superseded: bool  # a parsed record a person has corrected
    evidence: EvidenceView | None
    recorded_at: dt.datetime | None = None  # when it was written into the docket (UTC)
    # A ruling's parts, apart (detail joins them): a correction form must not take one for another.
    sentence: str | None = None  # the penalty pronounced
    note: str | None = None  # a person's note (manual records)
    summary: str | None = None  # the words a parsed ruling was read from


@dataclass(frozen=True, slots=True)
class CaseSummary:
    case_id: int
    title: str
    court: str | None
    country: str | None
    defendants: tuple[str, ...]
    next_hearing: dt.date | None
    last_report: dt.date | None
    followed: bool
    follow_note: str | None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    case_id: int
    title: str
    court: str | None
    court_text: str | None
    court_abbr: str | None
    chamber: str | None
    country: str | None
    parties: tuple[PartyView, ...]
    charges: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    sources: tuple[EvidenceView, ...]  # one per source article (start/end span the article)
    followed: bool
    follow_note: str | None
    tags: tuple[str, ...]
    follows_case: CaseSummary | None  # the case this one continues (first instance of an appeal)
    followed_by: tuple[CaseSummary, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: int | None
    case_title: str | None
    source_id: int | None
    snippet: str
    field: str  # what matched: report, party, court, charge, ruling


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one source did to the docket."""

    source: str
    status: str  # new / updated / duplicate / failed / not_court
    error: str | None = None
    new_cases: int = 0
    updated_cases: int = 0
    new_hearings: int = 0
    new_rulings: int = 0
    moved_hearings: int = 0


@dataclass(frozen=True, slots=True)
class FeedView:
    feed_id: int
    url: str
    name: str | None
    etag: str | None
    last_modified: str | None
    last_polled_at: dt.datetime | None
    last_success_at: dt.datetime | None
    last_new_item_at: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    consecutive_failures: int
    next_poll_after: dt.datetime | None
    allow_private: bool = False  # may reach private, loopback and link-local addresses


@dataclass(frozen=True, slots=True)
class ChangeCounts:
    """How many changes of each kind `ChangeSummary` would hold."""

    new_cases: int
    newly_scheduled: int
    moved: int
    new_rulings: int

    @property
    def empty(self) -> bool:
        return not (self.new_cases or self.newly_scheduled or self.moved or self.new_rulings)


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """What changed in the docket since a moment: the monitor's report and the TUI's "what's new"."""

    new_cases: tuple[CaseSummary, ...]
    newly_scheduled: tuple[HearingRow, ...]  # hearings added, dated within the next N days
    moved: tuple[tuple[HearingRow, dt.date], ...]  # (the new hearing, the date it replaced): a renvoi
    new_rulings: tuple[TimelineEntry, ...]

    @property
    def empty(self) -> bool:
        return not (self.new_cases or self.newly_scheduled or self.moved or self.new_rulings)
