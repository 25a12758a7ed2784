"""The parser's records: what a hearing report says, each fact with the span of text it came from.

These dataclasses are the contract between the parser (`docket.parse`), the store (`db/`) and the JSON
output of `docket parse` (documented in `docket/parse_output.schema.json`). Offsets are character offsets
into the *decoded* text of the source file, so evidence can always be shown in its report. Dates are
`datetime.date` here; they become ISO strings only in the JSON (`to_dict`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal[
    "defendant",
    "prosecutor",
    "defense_counsel",
    "civil_party",
    "civil_party_counsel",
    "judge",
    "victim",
    "witness",
    "plaintiff",
    "respondent",
]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]

RulingKind = Literal[
    "adjourned",
    "deliberation_reserved",
    "bail_denied",
    "bail_granted",
    "detention_ordered",
    "convicted",
    "acquitted",
    "dismissed",
    "declined_jurisdiction",
    "appeal_filed",
    "pardoned",
    "other",
]
RULING_KINDS: tuple[str, ...] = RulingKind.__args__  # type: ignore[attr-defined]

HearingStatus = Literal["held", "scheduled"]

# How much of a date the text gave: "le 20 octobre 2025" is a day, "en novembre 2024" a month.
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted sentence and where it stands in the decoded source text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Party:
    name: str
    role: Role
    role_text: str  # the words that gave the role ("avocat de la défense", "his lawyer")
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class Charge:
    label: str  # normalized: lower-cased first letter, no leading article
    text: str  # as written
    evidence: Evidence | None = None


@dataclass(slots=True)
class Ruling:
    kind: RulingKind
    date: dt.date | None  # None when the text gives no day
    date_text: str | None
    party: str | None = None  # the party it concerns, when named
    sentence: str | None = None  # "cinq ans de prison ferme"
    summary: str = ""
    evidence: Evidence | None = None


@dataclass(slots=True)
class Hearing:
    date: dt.date
    date_text: str
    status: HearingStatus
    purpose: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class NextHearing:
    date: dt.date
    date_text: str
    purpose: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Case:
    title: str
    court: str | None = None
    court_text: str | None = None  # the court as written
    court_abbr: str | None = None
    chamber: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    parties: list[Party] = field(default_factory=list)
    charges: list[Charge] = field(default_factory=list)
    rulings: list[Ruling] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)
    next_hearing: NextHearing | None = None

    @property
    def defendants(self) -> list[Party]:
        return [p for p in self.parties if p.role == "defendant"]


@dataclass(slots=True)
class Article:
    title: str
    start: int  # span of the article within the decoded source text
    end: int
    language: Literal["fr", "en"]
    published: dt.date | None  # the dateline's day
    published_text: str | None
    is_court_report: bool
    cases: list[Case] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """One article of `docket parse --format json`: its fields as JSON values, dates as ISO strings."""
        return asdict(self, dict_factory=_json_fields)


def _json_fields(fields: list[tuple[str, Any]]) -> dict[str, Any]:
    # every date of the records is a day: a datetime never reaches here
    return {name: value.isoformat() if isinstance(value, dt.date) else value for name, value in fields}


@dataclass(slots=True)
class ParsedSource:
    """Everything `docket parse` learned from one file (or one fetched page)."""

    source: str
    text: str  # the decoded text every offset refers to
    encoding: str
    sha256: str  # of the raw bytes
    articles: list[Article] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `docket parse --format json` (without the decoded text)."""
        return {"source": self.source, "articles": [a.to_dict() for a in self.articles]}


class UnreadableSource(Exception):
    """A file that cannot be read as a report: binary, empty, or undecodable. The message says why."""
