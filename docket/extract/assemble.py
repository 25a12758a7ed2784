"""Case assembly: one case per court the article follows, its parties, charges, rulings and hearings."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from docket.extract.clauses import is_current
from docket.extract.courts import CourtMention, article_country
from docket.extract.mentions import Sentence
from docket.extract.patterns import compiled_patterns
from docket.extract.roles import Person
from docket.extract.rulings import FoundRuling
from docket.records import Case, Charge, Hearing, NextHearing, Party


def assemble_cases(
    sentences: list[Sentence],
    courts: list[CourtMention],
    persons: list[Person],
    charges: list[tuple[Charge, int]],
    rulings: list[FoundRuling],
    hearings: list[tuple[Hearing, int]],
    next_hearings: list[tuple[NextHearing, int]],
    text: str,
    start: int,
    end: int,
) -> list[Case]:
    court_by_key: dict[str, CourtMention] = {}
    for mention in courts:
        known = court_by_key.get(mention.key)
        if known is None or len(mention.name) > len(known.name):
            court_by_key[mention.key] = mention
    active = Counter(sentences[r.sentence].court_key for r in rulings)
    active.update(sentences[i].court_key for _, i in hearings)
    # "la Cour de cassation a rejeté mardi leur pourvoi … Le 12 mars 2013, la cour d'appel avait infligé …":
    # the court that acts in the report's own tense is the one reported on, the other its background
    acting: set[str | None] = set()
    if len({c.key for c in courts}) > 1:  # with one court named there is nothing to choose
        pats = compiled_patterns()
        acting = {s.court_key for s in sentences if s.court_acted(pats) and is_current(s.text, s.lowered)}
    primary_key = _primary_court(courts, active, acting)

    def case_key(sentence_index: int) -> str | None:
        key = sentences[sentence_index].court_key
        if key is None or key not in active:
            return primary_key
        return key

    keys: list[str | None] = [primary_key]
    for key in [case_key(r.sentence) for r in rulings] + [case_key(i) for _, i in hearings]:
        if key not in keys:
            keys.append(key)
    cases: dict[str | None, Case] = {}
    country = article_country(text[start:end], courts)
    for key in keys:
        mention = court_by_key.get(key) if key else None
        cases[key] = Case(
            title="",
            court=mention.name if mention else None,
            court_text=mention.text if mention else None,
            court_abbr=mention.abbr if mention else None,
            # the chamber is often named once, beside one of the court's mentions
            chamber=next((c.chamber for c in courts if c.key == key and c.chamber), None),
            country=(mention.country if mention and mention.country else None) or country,
        )
    primary = cases[primary_key]
    for person in persons:
        role = person.role()
        if role is None:
            continue
        party = Party(
            name=person.name,
            role=role,  # type: ignore[arg-type]
            role_text=person.role_text.get(role, ""),
            aliases=sorted(person.forms - {person.name}),
            evidence=sentences[person.first_sentence].evidence,
        )
        primary.parties.append(party)
        if role == "defendant":
            for key, case in cases.items():
                if key != primary_key and any(case_key(i) == key for i in person.sentences):
                    case.parties.append(party)
    for charge, _ in charges:
        primary.charges.append(charge)
    for r in rulings:
        cases[case_key(r.sentence)].rulings.append(r.ruling)
    for hearing, i in sorted(hearings, key=lambda h: h[0].date):
        cases[case_key(i)].hearings.append(hearing)
    for nxt, i in sorted(next_hearings, key=lambda n: n[0].date):
        case = cases[case_key(i)]
        if any(h.date == nxt.date and h.status == "scheduled" for h in case.hearings):
            continue  # the headline and the body announce the same date: one hearing, first evidence
        case.hearings.append(Hearing(nxt.date, nxt.date_text, "scheduled", nxt.purpose, nxt.evidence))
        if case.next_hearing is None:
            case.next_hearing = nxt
    for case in cases.values():
        # oldest first; a ruling whose day the report does not give comes last
        case.rulings.sort(key=lambda r: (r.date is None, r.date or dt.date.min))
        case.title = _title(case)
    return [c for c in cases.values() if c.parties or c.rulings or c.hearings or c.charges or c.court]


def _primary_court(
    courts: list[CourtMention], active: Counter[str | None], acting: set[str | None]
) -> str | None:
    if not courts:
        return None
    # "committed to the High Court by the Kitwe Magistrates Court": where the case goes is not who sat
    # (with no other, the court it goes to is the case's; not one the law reserves it to)
    mentions = Counter(c.key for c in courts if not c.destination) or Counter(
        c.key for c in courts if not c.reserved
    )
    if not mentions:
        return None  # "told to approach the High Court for bail", and no other court named
    return max(
        mentions,
        key=lambda k: (active.get(k, 0) > 0 or k in acting, mentions[k], -_first_index(courts, k)),
    )


def _first_index(courts: list[CourtMention], key: str) -> int:
    return next(i for i, c in enumerate(courts) if c.key == key)


def _title(case: Case) -> str:
    names = [p.name.split()[-1] for p in case.defendants][:3]
    court = case.court_abbr or case.court
    if names and court:
        return f"{', '.join(names)} — {court}"
    return ", ".join(names) or court or "Affaire sans nom"
