"""Shapes of court reporting the parser must read in any report: lists, reference dates, adjournments,
roles, every kind of decision. One test a rule, each on a short report written for it (names invented)."""

from __future__ import annotations

import textwrap

from docket.parse import parse_bytes
from docket.records import Case


def cases_of(report: str) -> list[Case]:
    parsed = parse_bytes(textwrap.dedent(report).encode("utf-8"), "test.txt")
    return [case for article in parsed.articles for case in article.cases]


def rulings(report: str) -> set[tuple[str | None, str]]:
    return {(r.date, r.kind) for case in cases_of(report) for r in case.rulings}


def roles(report: str) -> dict[str, str]:
    return {p.name: p.role for case in cases_of(report) for p in case.parties}


def held(report: str) -> set[str]:
    return {h.date for case in cases_of(report) for h in case.hearings if h.status == "held"}


def test_without_a_dateline_hier_stays_undated_but_a_year_less_date_takes_the_articles_year() -> None:
    report = """
        Procès des militants : la cour renvoie

        La cour d'appel de Ouagadougou a renvoyé hier le procès de Salif Ouédraogo au 12 mars prochain. Il
        avait été condamné le 3 février 2025 pour incitation à la révolte.
        """
    found = rulings(report)
    assert (None, "adjourned") in found
    assert not held(report)
    assert [c.next_hearing.date for c in cases_of(report) if c.next_hearing] == ["2025-03-12"]
