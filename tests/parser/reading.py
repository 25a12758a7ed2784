"""What the rule tests read of a short report: its cases, and of them the rulings, roles, hearings held,
charges and courts; and its first article's publication date. Dates come back as ISO text, as the tests write
them."""

from __future__ import annotations

import datetime as dt
import textwrap

from docket.parse import parse_bytes
from docket.records import Case


def cases_of(report: str) -> list[Case]:
    parsed = parse_bytes(textwrap.dedent(report).encode("utf-8"), "test.txt")
    return [case for article in parsed.articles for case in article.cases]


def published(report: str) -> str | None:
    """The first article's publication date, as its dateline gives it."""
    return iso(parse_bytes(textwrap.dedent(report).encode("utf-8"), "test.txt").articles[0].published)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def rulings(report: str) -> set[tuple[str | None, str]]:
    return {(iso(r.date), r.kind) for case in cases_of(report) for r in case.rulings}


def roles(report: str) -> dict[str, str]:
    return {p.name: p.role for case in cases_of(report) for p in case.parties}


def held(report: str) -> set[str]:
    return {h.date.isoformat() for case in cases_of(report) for h in case.hearings if h.status == "held"}


def charges(report: str) -> list[str]:
    return [charge.label for case in cases_of(report) for charge in case.charges]


def courts(report: str) -> list[str | None]:
    return [case.court for case in cases_of(report)]


def next_hearings(report: str) -> list[str]:
    return [case.next_hearing.date.isoformat() for case in cases_of(report) if case.next_hearing]


def assert_roles(report: str, names: tuple[str, ...], role: str) -> None:
    """Each of `names` is a party of the report in `role` (the roles found are in the failure's message)."""
    found = roles(report)
    for name in names:
        assert found.get(name) == role, (name, found)
