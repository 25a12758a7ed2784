"""Export (ics, csv, json) and import (json) of the docket.

Exports are deterministic: rows are sorted, there is no export timestamp, and records refer to each other
by their position in the file ("key") rather than by database id, so the same docket gives the same
bytes and a docket imported into an empty database exports back byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from docket.records import ROLES, RULING_KINDS
from docket.text import fold_words

from . import models as m
from .events import fingerprint, sync_events
from .ingest import court_key, refresh_case

FORMAT_NAME = "docket"
FORMAT_VERSION = 1


class ExchangeError(ValueError):
    """A json file that is not a docket export; the message names what is wrong."""


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _stamp(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def export_json(session: Session) -> bytes:
    sources = session.scalars(select(m.Source).order_by(m.Source.id)).all()
    article_key: dict[int, int] = {}
    source_entries = []
    for source in sources:
        articles = []
        for article in sorted(source.articles, key=lambda a: a.id):
            article_key[article.id] = len(article_key)
            articles.append(
                {
                    "key": article_key[article.id],
                    "title": article.title,
                    "start": article.start,
                    "end": article.end,
                    "language": article.language,
                    "published": _date(article.published),
                    "published_text": article.published_text,
                    "is_court_report": article.is_court_report,
                }
            )
        source_entries.append(
            {
                "uri": source.uri,
                "sha256": source.sha256,
                "encoding": source.encoding,
                "ingested_at": _stamp(source.ingested_at),
                "text": source.text,
                "articles": articles,
            }
        )

    cases = session.scalars(select(m.Case).order_by(m.Case.id)).all()
    case_key = {case.id: index for index, case in enumerate(cases)}
    evidence_by: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for evidence in session.scalars(select(m.Evidence).order_by(m.Evidence.id)):
        for kind in ("hearing", "ruling", "charge", "case_party"):
            record_id = getattr(evidence, f"{kind}_id")
            if record_id is not None:
                evidence_by.setdefault((kind, record_id), []).append(
                    {
                        "article": article_key[evidence.article_id],
                        "start": evidence.start,
                        "end": evidence.end,
                        "text": evidence.text,
                        "claim": evidence.claim,
                    }
                )
    case_entries = []
    for case in cases:
        case_entries.append(_case_entry(session, case, case_key, article_key, evidence_by))
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "sources": source_entries,
        "cases": case_entries,
    }
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _case_entry(
    session: Session,
    case: m.Case,
    case_key: dict[int, int],
    article_key: dict[int, int],
    evidence_by: dict[tuple[str, int], list[dict[str, Any]]],
) -> dict[str, Any]:
    reports = sorted(
        article_key[a]
        for a in session.scalars(select(m.CaseReport.article_id).where(m.CaseReport.case_id == case.id))
    )
    parties = [
        {
            "name": party.name,
            "aliases": list(party.aliases or []),
            "role": link.role,
            "role_text": link.role_text,
            "origin": link.origin,
            "evidence": evidence_by.get(("case_party", link.id), []),
        }
        for link, party in session.execute(
            select(m.CaseParty, m.Party)
            .join(m.Party, m.Party.id == m.CaseParty.party_id)
            .where(m.CaseParty.case_id == case.id)
            .order_by(m.CaseParty.id)
        )
    ]
    charges = [
        {
            "label": c.label,
            "text": c.text,
            "origin": c.origin,
            "evidence": evidence_by.get(("charge", c.id), []),
        }
        for c in session.scalars(select(m.Charge).where(m.Charge.case_id == case.id).order_by(m.Charge.id))
    ]
    hearings = session.scalars(
        select(m.Hearing).where(m.Hearing.case_id == case.id).order_by(m.Hearing.id)
    ).all()
    hearing_key = {h.id: i for i, h in enumerate(hearings)}
    rulings = session.scalars(select(m.Ruling).where(m.Ruling.case_id == case.id).order_by(m.Ruling.id)).all()
    ruling_key = {r.id: i for i, r in enumerate(rulings)}
    return {
        "key": case_key[case.id],
        "title": case.title,
        "court": case.court,
        "court_text": case.court_text,
        "court_abbr": case.court_abbr,
        "chamber": case.chamber,
        "country": case.country,
        "origin": case.origin,
        "follows": case_key.get(case.follows_case_id) if case.follows_case_id else None,
        "followed": case.followed,
        "follow_note": case.follow_note,
        "tags": sorted(case.tags or []),
        "created_at": _stamp(case.created_at),
        "reports": reports,
        "parties": parties,
        "charges": charges,
        "hearings": [
            {
                "date": _date(h.date),
                "date_text": h.date_text,
                "precision": h.precision,
                "status": h.status,
                "purpose": h.purpose,
                "origin": h.origin,
                "recorded_by": h.recorded_by,
                # A correction or renvoi may point into another case after a merge: then it is dropped.
                "corrects": hearing_key.get(h.corrects_id) if h.corrects_id else None,
                "previous": hearing_key.get(h.previous_id) if h.previous_id else None,
                "created_at": _stamp(h.created_at),
                "time": h.time.isoformat("minutes") if h.time else None,
                "uid": h.uid,
                "sequence": h.sequence,
                "modified_at": _stamp(h.modified_at),
                "evidence": evidence_by.get(("hearing", h.id), []),
            }
            for h in hearings
        ],
        "rulings": [
            {
                "date": _date(r.date),
                "date_text": r.date_text,
                "precision": r.precision,
                "kind": r.kind,
                "party": r.party,
                "sentence": r.sentence,
                "summary": r.summary,
                "note": r.note,
                "origin": r.origin,
                "recorded_by": r.recorded_by,
                "corrects": ruling_key.get(r.corrects_id) if r.corrects_id else None,
                "created_at": _stamp(r.created_at),
                "evidence": evidence_by.get(("ruling", r.id), []),
            }
            for r in rulings
        ],
    }


# --- import ---


def _parse_date(value: Any, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ExchangeError(f"{what}: not a date: {value!r}") from None


def _parse_stamp(value: Any) -> dt.datetime:
    if value is None:
        return m.stored_now()
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ExchangeError(f"not a timestamp: {value!r}") from None


# The shape of an export, checked before anything is written: {field: type}, where a type is "str", "int"
# (0 or more), "bool", a nested shape (dict) or a list of one ([shape]); "?" before a field's type: it may
# be null; a field whose name starts with "*" is required. Other fields are ignored.
_EVIDENCE = {"*article": "int", "*start": "int", "*end": "int", "*text": "str", "claim": "?str"}
_RECORD = {
    "origin": "str",
    "recorded_by": "?str",
    "created_at": "?str",
    "date_text": "?str",
    "precision": "?str",
    "evidence": [_EVIDENCE],
}
_SHAPE = {
    "sources": [
        {
            "*uri": "str",
            "*sha256": "str",
            "encoding": "?str",
            "*text": "str",
            "ingested_at": "?str",
            "*articles": [
                {
                    "*key": "int",
                    "*title": "str",
                    "*start": "int",
                    "*end": "int",
                    "*language": "str",
                    "published": "?str",
                    "published_text": "?str",
                    "*is_court_report": "bool",
                }
            ],
        }
    ],
    "cases": [
        {
            "*key": "int",
            "*title": "str",
            "court": "?str",
            "court_text": "?str",
            "court_abbr": "?str",
            "chamber": "?str",
            "country": "?str",
            "origin": "str",
            "followed": "?bool",
            "follow_note": "?str",
            "tags": ["str"],
            "created_at": "?str",
            "follows": "?int",
            "reports": ["int"],
            "parties": [{"*role": "str", "*name": "str", "aliases": ["str"], "role_text": "?str", **_RECORD}],
            "charges": [{"*label": "str", "text": "?str", **_RECORD}],
            "hearings": [
                {
                    "status": "str",
                    "*date": "?str",
                    "purpose": "?str",
                    "corrects": "?int",
                    "previous": "?int",
                    **_RECORD,
                }
            ],
            "rulings": [
                {
                    "*kind": "str",
                    "date": "?str",
                    "party": "?str",
                    "sentence": "?str",
                    "summary": "?str",
                    "note": "?str",
                    "corrects": "?int",
                    **_RECORD,
                }
            ],
        }
    ],
}
_TYPES = {"str": (str, "text"), "int": (int, "a whole number"), "bool": (bool, "true or false")}


def _described(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    names = {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def check_shape(document: dict[str, Any]) -> None:
    """Raise ExchangeError naming the first field whose type is wrong (e.g. `cases[0].title`)."""
    pending: list[tuple[str, Any, Any]] = [("", document, _SHAPE)]
    while pending:
        where, value, shape = pending.pop()
        if isinstance(shape, list):
            if not isinstance(value, list):
                raise ExchangeError(f"{where}: expected a list, not {_described(value)}")
            # reversed: the stack pops them in document order, so the first wrong one is named
            pending.extend(reversed([(f"{where}[{i}]", item, shape[0]) for i, item in enumerate(value)]))
        elif isinstance(shape, dict):
            if not isinstance(value, dict):
                raise ExchangeError(f"{where}: expected an object, not {_described(value)}")
            for field, inner in reversed(shape.items()):
                name = field.lstrip("*")
                path = f"{where}.{name}" if where else name
                if name not in value:
                    if field.startswith("*"):
                        raise ExchangeError(f"{path}: missing")
                    continue
                if isinstance(inner, str) and inner.startswith("?"):
                    if value[name] is None:
                        continue
                    inner = inner[1:]
                pending.append((path, value[name], inner))
        else:
            expected, words = _TYPES[shape]
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise ExchangeError(f"{where}: expected {words}, not {_described(value)}")
            if expected is int and value < 0:
                raise ExchangeError(f"{where}: expected 0 or more, not {value}")


def _parse_time(value: Any) -> dt.time | None:
    if value is None:
        return None
    try:
        return dt.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ExchangeError(f"not an hour: {value!r}") from None


def _event_fields(entry: dict[str, Any]) -> dict[str, Any]:
    """A hearing's calendar event as exported: the same UID, revision and time, so calendars see no change."""
    fields: dict[str, Any] = {"time": _parse_time(entry.get("time"))}
    if entry.get("uid"):
        fields["uid"] = str(entry["uid"])[:36]
        fields["sequence"] = int(entry.get("sequence") or 0)
        if entry.get("modified_at"):
            fields["modified_at"] = _parse_stamp(entry["modified_at"])
    return fields


def _settle(hearing: m.Hearing) -> None:
    """An imported event is at the revision it was exported at (a new one when the file had none)."""
    if hearing.modified_at is not None:
        hearing.fingerprint = fingerprint(hearing)


def import_json(session: Session, data: bytes) -> dict[str, int]:
    """Add an exported docket to this one. Sources already here (same content) and the cases only they
    report are skipped, so importing the same file twice adds nothing."""
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(f"not JSON: {exc}") from None
    except RecursionError:
        raise ExchangeError("not a docket export: nested too deeply") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExchangeError('not a docket export (expected "format": "docket")')
    if document.get("version") != FORMAT_VERSION:
        raise ExchangeError(f"unsupported docket export version {document.get('version')!r}")
    check_shape(document)
    counts = {"sources": 0, "skipped_sources": 0, "cases": 0, "skipped_cases": 0, "hearings": 0, "rulings": 0}
    dangling = [0]
    try:
        article_ids, fresh_articles = _import_sources(session, document.get("sources", []), counts)
        _import_cases(session, document.get("cases", []), article_ids, fresh_articles, counts, dangling)
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        if isinstance(exc, ExchangeError):
            raise
        raise ExchangeError(f"malformed docket export: {exc!r}") from None
    if dangling[0]:
        # Said, not dropped in silence: evidence whose report is neither in the file nor in the docket.
        counts["evidence_left_out_pointing_to_no_report"] = dangling[0]
    return counts


def _import_sources(
    session: Session, entries: list[dict[str, Any]], counts: dict[str, int]
) -> tuple[dict[int, int], set[int]]:
    article_ids: dict[int, int] = {}
    fresh: set[int] = set()
    for entry in entries:
        existing = session.scalar(
            select(m.Source).where((m.Source.sha256 == entry["sha256"]) | (m.Source.uri == entry["uri"]))
        )
        if existing is not None:
            counts["skipped_sources"] += 1
            by_span = {(a.start, a.end): a.id for a in existing.articles}
            for article in entry["articles"]:
                if (article["start"], article["end"]) in by_span:
                    article_ids[article["key"]] = by_span[(article["start"], article["end"])]
            continue
        source = m.Source(
            uri=entry["uri"],
            sha256=entry["sha256"],
            encoding=entry.get("encoding"),
            text=entry["text"],
            ingested_at=_parse_stamp(entry.get("ingested_at")),
        )
        session.add(source)
        session.flush()
        counts["sources"] += 1
        for article in entry["articles"]:
            row = m.Article(
                source_id=source.id,
                title=article["title"],
                start=article["start"],
                end=article["end"],
                language=article["language"],
                published=_parse_date(article.get("published"), "article"),
                published_text=article.get("published_text"),
                is_court_report=bool(article["is_court_report"]),
            )
            session.add(row)
            session.flush()
            article_ids[article["key"]] = row.id
            fresh.add(article["key"])
    return article_ids, fresh


def _evidence_rows(
    session: Session,
    entries: list[dict[str, Any]],
    article_ids: dict[int, int],
    dangling: list[int],
    **target: int,
) -> list[m.Evidence]:
    rows = []
    for entry in entries:
        article_id = article_ids.get(entry["article"])
        if article_id is None:
            dangling[0] += 1
            continue
        article = session.get(m.Article, article_id)
        assert article is not None
        rows.append(
            m.Evidence(
                article_id=article_id,
                source_id=article.source_id,
                start=entry["start"],
                end=entry["end"],
                text=entry["text"],
                claim=entry.get("claim"),
                **target,
            )
        )
    return rows


def _import_cases(
    session: Session,
    entries: list[dict[str, Any]],
    article_ids: dict[int, int],
    fresh_articles: set[int],
    counts: dict[str, int],
    dangling: list[int],
) -> None:
    case_ids: dict[int, int] = {}
    follows: list[tuple[int, int]] = []
    for entry in entries:
        reports = entry.get("reports", [])
        if reports and not any(r in fresh_articles for r in reports):
            # Every report of this case is already here, so is the case: only a person's own records
            # and follow note are brought over to it.
            known = _known_case(session, entry, [article_ids[r] for r in reports if r in article_ids])
            if known is not None:
                case_ids[entry["key"]] = known.id
                _import_annotations(session, known, entry, counts)
                sync_events(session, [known.id])
            counts["skipped_cases"] += 1
            continue
        case = m.Case(
            title=entry["title"],
            court=entry.get("court"),
            court_text=entry.get("court_text"),
            court_abbr=entry.get("court_abbr"),
            chamber=entry.get("chamber"),
            country=entry.get("country"),
            origin=entry.get("origin", m.PARSED),
            followed=bool(entry.get("followed")),
            follow_note=entry.get("follow_note"),
            tags=list(entry.get("tags", [])),
            created_at=_parse_stamp(entry.get("created_at")),
        )
        case.court_key = court_key(case)
        session.add(case)
        session.flush()
        case_ids[entry["key"]] = case.id
        counts["cases"] += 1
        if entry.get("follows") is not None:
            follows.append((case.id, entry["follows"]))
        for report in reports:
            if report in article_ids:
                session.add(m.CaseReport(case_id=case.id, article_id=article_ids[report]))
        _import_case_records(session, case, entry, article_ids, counts, dangling)
        session.flush()
        refresh_case(session, case.id)
    for case_id, follows_key in follows:
        if follows_key in case_ids:
            session.get(m.Case, case_id).follows_case_id = case_ids[follows_key]  # type: ignore[union-attr]
    session.flush()


def _known_case(session: Session, entry: dict[str, Any], article_ids: list[int]) -> m.Case | None:
    if not article_ids:
        return None
    candidates = session.scalars(
        select(m.Case)
        .join(m.CaseReport, m.CaseReport.case_id == m.Case.id)
        .where(m.CaseReport.article_id.in_(article_ids))
        .order_by(m.Case.id)
    ).all()
    return next((c for c in candidates if c.title == entry["title"]), candidates[0] if candidates else None)


def _import_annotations(
    session: Session, case: m.Case, entry: dict[str, Any], counts: dict[str, int]
) -> None:
    if entry.get("followed"):
        case.followed = True
    case.follow_note = case.follow_note or entry.get("follow_note")
    case.tags = sorted({*(case.tags or []), *entry.get("tags", [])})
    have_hearings = set(
        session.execute(
            select(m.Hearing.date, m.Hearing.purpose).where(
                m.Hearing.case_id == case.id, m.Hearing.origin == m.MANUAL
            )
        ).all()
    )
    for hearing_entry in entry.get("hearings", []):
        if hearing_entry.get("origin") != m.MANUAL:
            continue
        date = _parse_date(hearing_entry["date"], "hearing")
        if (date, hearing_entry.get("purpose")) in have_hearings or date is None:
            continue
        hearing = m.Hearing(
            case_id=case.id,
            date=date,
            date_text=hearing_entry.get("date_text"),
            precision="day",
            status=hearing_entry.get("status", "scheduled"),
            purpose=hearing_entry.get("purpose"),
            origin=m.MANUAL,
            recorded_by=hearing_entry.get("recorded_by"),
            created_at=_parse_stamp(hearing_entry.get("created_at")),
            **_event_fields(hearing_entry),
        )
        _settle(hearing)
        session.add(hearing)
        counts["hearings"] += 1
    have_rulings = set(
        session.execute(
            select(m.Ruling.date, m.Ruling.kind).where(
                m.Ruling.case_id == case.id, m.Ruling.origin == m.MANUAL
            )
        ).all()
    )
    for ruling_entry in entry.get("rulings", []):
        if ruling_entry.get("origin") != m.MANUAL:
            continue
        date = _parse_date(ruling_entry.get("date"), "ruling")
        if (date, ruling_entry["kind"]) in have_rulings or ruling_entry["kind"] not in RULING_KINDS:
            continue
        session.add(
            m.Ruling(
                case_id=case.id,
                date=date,
                date_text=ruling_entry.get("date_text"),
                precision=ruling_entry.get("precision"),
                kind=ruling_entry["kind"],
                party=ruling_entry.get("party"),
                sentence=ruling_entry.get("sentence"),
                summary=ruling_entry.get("summary"),
                note=ruling_entry.get("note"),
                origin=m.MANUAL,
                recorded_by=ruling_entry.get("recorded_by"),
                created_at=_parse_stamp(ruling_entry.get("created_at")),
            )
        )
        counts["rulings"] += 1


def _import_case_records(
    session: Session,
    case: m.Case,
    entry: dict[str, Any],
    article_ids: dict[int, int],
    counts: dict[str, int],
    dangling: list[int],
) -> None:
    for party_entry in entry.get("parties", []):
        role = party_entry["role"]
        if role not in ROLES:
            raise ExchangeError(f"unknown role {role!r}")
        normalized = fold_words(party_entry["name"])[:300]
        party = session.scalar(select(m.Party).where(m.Party.normalized == normalized).limit(1))
        if party is None:
            party = m.Party(
                name=party_entry["name"], normalized=normalized, aliases=list(party_entry.get("aliases", []))
            )
            session.add(party)
            session.flush()
        link = m.CaseParty(
            case_id=case.id,
            party_id=party.id,
            role=role,
            role_text=party_entry.get("role_text"),
            origin=party_entry.get("origin", m.PARSED),
        )
        session.add(link)
        session.flush()
        session.add_all(
            _evidence_rows(
                session, party_entry.get("evidence", []), article_ids, dangling, case_party_id=link.id
            )
        )
    for charge_entry in entry.get("charges", []):
        charge = m.Charge(
            case_id=case.id,
            label=charge_entry["label"],
            text=charge_entry.get("text"),
            origin=charge_entry.get("origin", m.PARSED),
        )
        session.add(charge)
        session.flush()
        session.add_all(
            _evidence_rows(
                session, charge_entry.get("evidence", []), article_ids, dangling, charge_id=charge.id
            )
        )
    hearing_ids: list[int] = []
    links: list[tuple[m.Hearing, int | None, int | None]] = []
    for hearing_entry in entry.get("hearings", []):
        status = hearing_entry.get("status", "scheduled")
        if status not in m.HEARING_STATUSES:
            raise ExchangeError(f"unknown hearing status {status!r}")
        date = _parse_date(hearing_entry["date"], "hearing")
        if date is None:
            raise ExchangeError("a hearing without a date")
        hearing = m.Hearing(
            case_id=case.id,
            date=date,
            date_text=hearing_entry.get("date_text"),
            precision=hearing_entry.get("precision") or "day",
            status=status,
            purpose=hearing_entry.get("purpose"),
            origin=hearing_entry.get("origin", m.PARSED),
            recorded_by=hearing_entry.get("recorded_by"),
            created_at=_parse_stamp(hearing_entry.get("created_at")),
            **_event_fields(hearing_entry),
        )
        _settle(hearing)
        session.add(hearing)
        session.flush()
        hearing_ids.append(hearing.id)
        links.append((hearing, hearing_entry.get("corrects"), hearing_entry.get("previous")))
        session.add_all(
            _evidence_rows(
                session, hearing_entry.get("evidence", []), article_ids, dangling, hearing_id=hearing.id
            )
        )
        counts["hearings"] += 1
    for hearing, corrects, previous in links:
        hearing.corrects_id = hearing_ids[corrects] if corrects is not None else None
        hearing.previous_id = hearing_ids[previous] if previous is not None else None
    ruling_ids: list[int] = []
    ruling_links: list[tuple[m.Ruling, int | None]] = []
    for ruling_entry in entry.get("rulings", []):
        kind = ruling_entry["kind"]
        if kind not in RULING_KINDS:
            raise ExchangeError(f"unknown ruling kind {kind!r}")
        ruling = m.Ruling(
            case_id=case.id,
            date=_parse_date(ruling_entry.get("date"), "ruling"),
            date_text=ruling_entry.get("date_text"),
            precision=ruling_entry.get("precision"),
            kind=kind,
            party=ruling_entry.get("party"),
            sentence=ruling_entry.get("sentence"),
            summary=ruling_entry.get("summary"),
            note=ruling_entry.get("note"),
            origin=ruling_entry.get("origin", m.PARSED),
            recorded_by=ruling_entry.get("recorded_by"),
            created_at=_parse_stamp(ruling_entry.get("created_at")),
        )
        session.add(ruling)
        session.flush()
        ruling_ids.append(ruling.id)
        ruling_links.append((ruling, ruling_entry.get("corrects")))
        session.add_all(
            _evidence_rows(
                session, ruling_entry.get("evidence", []), article_ids, dangling, ruling_id=ruling.id
            )
        )
        counts["rulings"] += 1
    for ruling, corrects in ruling_links:
        ruling.corrects_id = ruling_ids[corrects] if corrects is not None else None
