"""Merging one parsed source into the docket, inside the caller's transaction.

A source is keyed by its URI: the same content again is a duplicate; a changed version first drops its
own earlier evidence, then is merged like a new one, then whatever parsed record is left with no evidence
goes. Cases are matched on folded defendant names, court and charges (see `_match`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from docket import records as r
from docket.text import fold_words

from . import models as m
from .events import sync_events
from .folding import is_appeal, name_tokens, names_match
from .search import SearchIndex
from .views import IngestResult

MERGE = "merge"
DUPLICATE = "duplicate"
FOLLOWS = "follows"
MAX_CANDIDATES = 50
RARE_TOKEN = 50  # a name word in at most this many cases identifies candidates
_RECORDS = "docket_new_records"  # session.info key of the ingest's _NewRecords


@dataclass
class _Counts:
    new_cases: set[int] = field(default_factory=set)
    updated_cases: set[int] = field(default_factory=set)
    new_hearings: int = 0
    new_rulings: int = 0
    moved_hearings: int = 0


def court_key(case: r.Case | m.Case) -> str | None:
    text = case.court or case.court_text or case.court_abbr
    return fold_words(text)[:300] if text else None


_NUMBERED = (m.Case, m.Party, m.CaseParty, m.Charge, m.Hearing, m.Ruling)
_Numbered = type[m.Case | m.Party | m.CaseParty | m.Charge | m.Hearing | m.Ruling]
_LARGEST_IDS = select(*(select(func.max(model.id)).scalar_subquery() for model in _NUMBERED))


class _NewRecords:
    """The records an ingest creates.

    On SQLite they get their ids up front and each table's new rows are written in one statement, past the
    unit of work: left to the database, SQLAlchemy must insert them one by one to learn their ids in order,
    and the unit of work costs more than the inserts. Safe because the ingest's transaction holds the write
    lock (BEGIN IMMEDIATE) and a new row id is the largest one plus one anyway. Elsewhere they go through
    the session and the database's sequences number them at flush time.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._direct = session.get_bind().dialect.name == "sqlite"
        self._last: dict[_Numbered, int] = {}
        self._staged: list[m.Party | m.CaseParty | m.Charge | m.Hearing | m.Ruling] = []

    def next_id(self, model: _Numbered) -> int | None:
        if not self._direct:
            return None
        if not self._last:
            # Every table's largest id in one query, and no autoflush: a flush per table would undo the gain.
            with self._session.no_autoflush:
                largest = self._session.connection().execute(_LARGEST_IDS).one()
            self._last = {t: last or 0 for t, last in zip(_NUMBERED, largest, strict=True)}
        self._last[model] += 1
        return self._last[model]

    def add(self, record: m.Party | m.CaseParty | m.Charge | m.Hearing | m.Ruling) -> None:
        if not self._direct:
            self._session.add(record)
            return
        record.id = self.next_id(type(record))
        self._staged.append(record)

    def write(self) -> None:
        """Write what is pending. A record written directly is not tracked afterwards: the ingest reads it
        back from the database (`_load_state`) before changing it."""
        self._session.flush()
        staged, self._staged = self._staged, []
        for model in _NUMBERED:  # parents first: parties before the links to them
            groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
            for record in staged:
                if type(record) is model:
                    # Only the attributes set: the columns' defaults fill the others, as at a flush.
                    values = vars(record)
                    row = {c.key: values[c.key] for c in model.__table__.columns if c.key in values}
                    groups.setdefault(tuple(row), []).append(row)
            for rows in groups.values():
                self._session.connection().execute(insert(model.__table__), rows)


def _records(session: Session) -> _NewRecords:
    return session.info[_RECORDS]


def ingest_parsed(session: Session, parsed: r.ParsedSource, uri: str, index: SearchIndex) -> IngestResult:
    session.info[_RECORDS] = _NewRecords(session)
    try:
        return _ingest(session, parsed, uri, index)
    finally:
        del session.info[_RECORDS]


def _ingest(session: Session, parsed: r.ParsedSource, uri: str, index: SearchIndex) -> IngestResult:
    # One query for both questions: is this URI known, and is this content known under any URI?
    known = (
        session.connection()
        .execute(
            select(m.Source.id, m.Source.uri, m.Source.sha256).where(
                or_(m.Source.uri == uri, m.Source.sha256 == parsed.sha256)
            )
        )
        .all()
    )
    same_uri = next((row for row in known if row.uri == uri), None)
    if same_uri is not None and same_uri.sha256 == parsed.sha256:
        return IngestResult(source=uri, status="duplicate")
    if same_uri is None and known:
        return IngestResult(source=uri, status="duplicate")
    existing = session.get(m.Source, same_uri.id) if same_uri is not None else None

    affected: set[int] = set()
    if existing is not None:
        affected = drop_extraction(session, existing, index)
        existing.sha256 = parsed.sha256
        existing.text = parsed.text
        existing.encoding = parsed.encoding
        existing.ingested_at = m.stored_now()
        source = existing
    else:
        source = m.Source(uri=uri, sha256=parsed.sha256, text=parsed.text, encoding=parsed.encoding)
        session.add(source)
    # The source and its articles get their ids in one flush.
    rows = []
    for parsed_article in parsed.articles:
        article = m.Article(
            source=source,
            title=parsed_article.title,
            start=parsed_article.start,
            end=parsed_article.end,
            language=parsed_article.language,
            published=parsed_article.published,
            published_text=parsed_article.published_text,
            is_court_report=parsed_article.is_court_report,
        )
        session.add(article)
        rows.append((parsed_article, article))
    session.flush()

    counts = _Counts()
    merged: set[int] = set()  # cases that existed before this report: recomputed from the database
    fresh: dict[int, tuple[m.Case, _CaseState]] = {}  # cases this report created: known in memory
    articles: list[tuple[m.Article, int | None]] = []
    any_court_report = False
    for parsed_article, article in rows:
        first_case: int | None = None
        if parsed_article.is_court_report:
            any_court_report = any_court_report or bool(parsed_article.cases)
            siblings: list[m.Case] = []
            # Cases with defendants first: a case the parser found with none may be one of them.
            for parsed_case in sorted(parsed_article.cases, key=lambda c: not _defendant_names(c)):
                case, state, created = _merge_case(
                    session, parsed_case, article, counts, existing_ids=affected, siblings=siblings
                )
                if created:
                    fresh[case.id] = (case, state)
                else:
                    # Known before, or just created and now merged into: recomputed from the database.
                    fresh.pop(case.id, None)
                    merged.add(case.id)
                siblings.append(case)
                first_case = case.id if first_case is None else min(first_case, case.id)
        articles.append((article, first_case))
    if affected:
        merged |= affected
        collect_orphans(session, merged)
    for case_id in sorted(merged):
        if session.get(m.Case, case_id) is not None:
            refresh_case(session, case_id)
    sync_events(session, fresh)
    for case, state in fresh.values():
        _index_fresh_case(session, index, case, state)
    index.index_articles(session, source, articles, fresh=existing is None)
    index.index_cases(session, merged)

    if existing is not None:
        status = "updated"
    else:
        status = "new" if any_court_report else "not_court"
    return IngestResult(
        source=uri,
        status=status,
        new_cases=len(counts.new_cases),
        updated_cases=len(counts.updated_cases - counts.new_cases),
        new_hearings=counts.new_hearings,
        new_rulings=counts.new_rulings,
        moved_hearings=counts.moved_hearings,
    )


def _index_fresh_case(session: Session, index: SearchIndex, case: m.Case, state: _CaseState) -> None:
    """A case first seen in this report: its search entry comes from memory, not queries."""
    parties = [
        spelling for link in state.links for spelling in (link.party.name, *(link.party.aliases or []))
    ]
    charges = [x for c in state.charges for x in (c.label, c.text or "")]
    rulings = [x or "" for r_ in state.rulings for x in (r_.kind, r_.party, r_.sentence, r_.summary, r_.note)]
    dates = [h.date for h in state.hearings.values()] + [r_.date for r_ in state.rulings if r_.date]
    index.index_new_case(session, case, parties, charges, rulings, max(dates) if dates else None)


def drop_extraction(session: Session, source: m.Source, index: SearchIndex) -> set[int]:
    """Remove what an earlier version of `source` said; returns the cases it had touched."""
    article_ids = list(session.scalars(select(m.Article.id).where(m.Article.source_id == source.id)))
    if not article_ids:
        return set()
    cases = set(session.scalars(select(m.CaseReport.case_id).where(m.CaseReport.article_id.in_(article_ids))))
    index.remove_articles(session, article_ids)
    session.execute(delete(m.Evidence).where(m.Evidence.article_id.in_(article_ids)))
    session.execute(delete(m.CaseReport).where(m.CaseReport.article_id.in_(article_ids)))
    session.execute(delete(m.Article).where(m.Article.id.in_(article_ids)))
    session.expire_all()
    return cases


def collect_orphans(session: Session, case_ids: Iterable[int]) -> None:
    """Delete parsed records no report states any more, and cases nobody reports, follows or annotated."""
    ids = list(case_ids)
    if not ids:
        return
    for model, column in (
        (m.Hearing, m.Evidence.hearing_id),
        (m.Ruling, m.Evidence.ruling_id),
        (m.Charge, m.Evidence.charge_id),
        (m.CaseParty, m.Evidence.case_party_id),
    ):
        session.execute(
            delete(model)
            .where(model.case_id.in_(ids), model.origin == m.PARSED)
            .where(~select(m.Evidence.id).where(column == model.id).exists())
            .execution_options(synchronize_session=False)
        )
    for case_id in ids:
        case = session.get(m.Case, case_id)
        if case is None or case.followed or case.origin == m.MANUAL:
            continue
        reported = session.scalar(select(m.CaseReport.article_id).where(m.CaseReport.case_id == case_id))
        manual = session.scalar(
            select(m.Hearing.id).where(m.Hearing.case_id == case_id, m.Hearing.origin == m.MANUAL)
        ) or session.scalar(
            select(m.Ruling.id).where(m.Ruling.case_id == case_id, m.Ruling.origin == m.MANUAL)
        )
        if reported is None and manual is None:
            session.delete(case)
    session.flush()


# --- case matching ---


@dataclass
class _Candidate:
    case: m.Case
    defendants: list[str]
    charges: list[str]


def _defendant_names(parsed_case: r.Case) -> list[str]:
    return [p.name for p in parsed_case.defendants if name_tokens(p.name)]


def _charges_relation(new: list[str], old: list[str]) -> str:
    if not new or not old:
        return "unknown"
    for a in new:
        for b in old:
            if fuzz.token_set_ratio(fold_words(a), fold_words(b)) >= 85:
                return "overlap"
    return "disjoint"


def _court_relation(parsed_case: r.Case, case: m.Case) -> str:
    new_key, old_key = court_key(parsed_case), case.court_key
    new_appeal = is_appeal(parsed_case.court, parsed_case.chamber)
    old_appeal = is_appeal(case.court, case.chamber)
    if new_appeal and not old_appeal and (new_key != old_key or parsed_case.chamber):
        return "appeal"
    if not new_key or not old_key:
        return "unknown"
    # One report names the court in full where another adds words after it ("… de Bamako a rendu …").
    same = (
        new_key == old_key
        or new_key.startswith(old_key + " ")
        or old_key.startswith(new_key + " ")
        or (
            parsed_case.court_abbr is not None
            and fold_words(parsed_case.court_abbr) == fold_words(case.court_abbr or "")
        )
    )
    if not same:
        return "different"
    if parsed_case.chamber and case.chamber and new_appeal != old_appeal:
        return "appeal"
    return "same"


def _score(parsed_case: r.Case, candidate: _Candidate) -> tuple[str | None, float]:
    new_names = _defendant_names(parsed_case)
    matched = [n for n in new_names if any(names_match(n, old) for old in candidate.defendants)]
    matched_old = [o for o in candidate.defendants if any(names_match(n, o) for n in new_names)]
    if not matched:
        return None, 0.0
    strong = len(matched) == len(new_names) or len(matched_old) == len(candidate.defendants)
    court = _court_relation(parsed_case, candidate.case)
    charges = _charges_relation([c.label for c in parsed_case.charges], candidate.charges)
    if strong and court == "appeal":
        return FOLLOWS, 0.8
    if strong and court == "same" and charges != "disjoint":
        return MERGE, 1.0 if charges == "overlap" else 0.9
    if strong and court == "unknown" and charges == "overlap":
        return MERGE, 0.85
    if strong and court in ("same", "unknown"):
        return DUPLICATE, 0.6
    if strong and court == "different" and charges == "overlap":
        return DUPLICATE, 0.5
    if court == "same" and charges == "overlap":
        return DUPLICATE, 0.4
    return None, 0.0


def _candidates(session: Session, parsed_case: r.Case) -> list[_Candidate]:
    names = [name_tokens(name) for name in _defendant_names(parsed_case)]
    tokens = set().union(*names) if names else set()
    if not tokens:
        return []
    # Look candidates up by the names' rare words (surnames, mostly): a first name shared by thousands
    # of cases would make every lookup slower as the docket grows. A name with only common words is
    # looked up by its rarest one.
    # Past the session (no autoflush, no ORM): nothing this ingest holds unwritten is read here.
    frequency = dict(
        session.connection()
        .execute(
            select(m.CaseNameKey.token, func.count())
            .where(m.CaseNameKey.token.in_(sorted(tokens)))
            .group_by(m.CaseNameKey.token)
        )
        .all()
    )
    chosen = {t for t in tokens if 0 < frequency.get(t, 0) <= RARE_TOKEN}
    for name in names:
        known = [t for t in name if frequency.get(t)]
        if known and not chosen & name:
            chosen.add(min(known, key=lambda t: (frequency[t], t)))
    if not chosen:
        return []
    latest = (
        select(m.CaseNameKey.case_id)
        .where(m.CaseNameKey.token.in_(sorted(chosen)))
        .distinct()
        .order_by(m.CaseNameKey.case_id.desc())
        .limit(MAX_CANDIDATES)
    )
    # The latest cases keyed by those words, with their defendants, in one query: a case without
    # defendants is no candidate anyway.
    defendants: dict[int, list[str]] = {}
    for case_id, name, aliases in session.connection().execute(
        select(m.CaseParty.case_id, m.Party.name, m.Party.aliases)
        .join(m.Party, m.Party.id == m.CaseParty.party_id)
        .where(m.CaseParty.case_id.in_(latest), m.CaseParty.role == "defendant")
    ):
        defendants.setdefault(case_id, []).extend([name, *(aliases or [])])
    new_names = _defendant_names(parsed_case)
    plausible = [
        i for i, olds in defendants.items() if any(names_match(n, o) for n in new_names for o in olds)
    ]
    if not plausible:
        return []
    charges: dict[int, list[str]] = {i: [] for i in plausible}
    for case_id, label in session.connection().execute(
        select(m.Charge.case_id, m.Charge.label).where(m.Charge.case_id.in_(plausible))
    ):
        charges[case_id].append(label)
    cases = session.scalars(select(m.Case).where(m.Case.id.in_(plausible))).all()
    return [_Candidate(c, defendants[c.id], charges[c.id]) for c in cases]


def _find_case(
    session: Session, parsed_case: r.Case, siblings: Sequence[m.Case]
) -> tuple[str | None, m.Case | None, float]:
    if not _defendant_names(parsed_case):
        # No defendant named: the article's case before the same court (or an unnamed one) is this one.
        compatible = [c for c in siblings if _court_relation(parsed_case, c) in ("same", "unknown")]
        if len(compatible) == 1:
            return MERGE, compatible[0], 0.7
    best: tuple[str | None, m.Case | None, float] = (None, None, 0.0)
    for candidate in _candidates(session, parsed_case):
        decision, score = _score(parsed_case, candidate)
        if decision is not None and score > best[2]:
            best = (decision, candidate.case, score)
    if best[0] is None and not _defendant_names(parsed_case):
        # No defendant to go by: the same title before the same court is the same case.
        key = court_key(parsed_case)
        title_match = session.scalar(
            select(m.Case).where(m.Case.title == parsed_case.title, m.Case.court_key == key).limit(1)
        )
        if title_match is not None:
            return MERGE, title_match, 0.7
    return best


def _new_case(session: Session, parsed_case: r.Case) -> m.Case:
    case = m.Case(
        id=_records(session).next_id(m.Case),
        title=parsed_case.title,
        court=parsed_case.court,
        court_text=parsed_case.court_text,
        court_abbr=parsed_case.court_abbr,
        court_key=court_key(parsed_case),
        chamber=parsed_case.chamber,
        country=parsed_case.country,
        tags=[],
    )
    session.add(case)
    session.flush()
    return case


def _merge_case(
    session: Session,
    parsed_case: r.Case,
    article: m.Article,
    counts: _Counts,
    existing_ids: set[int],
    siblings: Sequence[m.Case],
) -> tuple[m.Case, _CaseState, bool]:
    decision, match, score = _find_case(session, parsed_case, siblings)
    if decision == MERGE and match is not None:
        case = match
        for attr in ("court", "court_text", "court_abbr", "chamber", "country"):
            if getattr(case, attr) is None and getattr(parsed_case, attr) is not None:
                setattr(case, attr, getattr(parsed_case, attr))
        case.court_key = case.court_key or court_key(parsed_case)
        case.updated_at = m.stored_now()
        if case.id not in existing_ids:
            counts.updated_cases.add(case.id)
        state = _load_state(session, case)
    else:
        case = _new_case(session, parsed_case)
        counts.new_cases.add(case.id)
        if decision == FOLLOWS and match is not None:
            case.follows_case_id = match.id
        elif decision == DUPLICATE and match is not None:
            low, high = sorted((match.id, case.id))
            session.add(m.DuplicateCandidate(case_a_id=low, case_b_id=high, score=score))
        state = _CaseState()
    created = decision != MERGE or match is None
    if created or session.get(m.CaseReport, (case.id, article.id)) is None:
        session.connection().execute(
            insert(m.CaseReport.__table__), {"case_id": case.id, "article_id": article.id}
        )
    _add_facts(session, case, state, parsed_case, article, counts)
    if created:
        # Keyed at once, so a later article of the same source about the same people finds this case.
        tokens: set[str] = set()
        for link in state.links:
            if link.role == "defendant":
                for spelling in (link.party.name, *(link.party.aliases or [])):
                    tokens |= {t[:100] for t in name_tokens(spelling)}
        if tokens:
            session.connection().execute(
                insert(m.CaseNameKey.__table__), [{"case_id": case.id, "token": t} for t in sorted(tokens)]
            )
    return case, state, created


# --- facts ---


@dataclass
class _CaseState:
    """A case's parsed records, loaded once per report so matching happens in memory."""

    links: list[m.CaseParty] = field(default_factory=list)
    charges: list[m.Charge] = field(default_factory=list)
    hearings: dict[dt.date, m.Hearing] = field(default_factory=dict)
    rulings: list[m.Ruling] = field(default_factory=list)


def _load_state(session: Session, case: m.Case) -> _CaseState:
    links = session.scalars(
        select(m.CaseParty).options(joinedload(m.CaseParty.party)).where(m.CaseParty.case_id == case.id)
    ).all()
    charges = session.scalars(select(m.Charge).where(m.Charge.case_id == case.id)).all()
    hearings = session.scalars(
        select(m.Hearing).where(m.Hearing.case_id == case.id, m.Hearing.origin == m.PARSED)
    ).all()
    rulings = session.scalars(
        select(m.Ruling).where(m.Ruling.case_id == case.id, m.Ruling.origin == m.PARSED)
    ).all()
    return _CaseState(list(links), list(charges), {h.date: h for h in hearings}, list(rulings))


def _evidence(article: m.Article, evidence: r.Evidence | None, claim: str | None = None) -> dict[str, object]:
    if evidence is None:
        # The fact is in the article but the parser did not say where: point at the whole article.
        start, end, text = article.start, article.end, ""
    else:
        start, end, text = evidence.start, evidence.end, evidence.text
    return {
        "article_id": article.id,
        "source_id": article.source_id,
        "start": start,
        "end": end,
        "text": text,
        "claim": claim,
        "hearing_id": None,
        "ruling_id": None,
        "charge_id": None,
        "case_party_id": None,
    }


def _add_facts(
    session: Session,
    case: m.Case,
    state: _CaseState,
    parsed_case: r.Case,
    article: m.Article,
    counts: _Counts,
) -> None:
    """Match or create each record, flush once for their ids, then attach the report's evidence."""
    pending: list[tuple[dict[str, object], str, object]] = []  # (evidence row, record column, record)
    known_parties = _parties_by_name(session, [p.name for p in parsed_case.parties])
    for parsed_party in parsed_case.parties:
        link = _party_link(session, case, state, known_parties, parsed_party)
        pending.append((_evidence(article, parsed_party.evidence), "case_party_id", link))

    for parsed_charge in parsed_case.charges:
        charge = _charge(session, case, state, parsed_charge)
        pending.append((_evidence(article, parsed_charge.evidence), "charge_id", charge))

    held_here: m.Hearing | None = None
    for parsed_hearing in parsed_case.hearings:
        hearing = _hearing(
            session,
            case,
            state,
            parsed_hearing.date,
            parsed_hearing.date_text,
            parsed_hearing.purpose,
            counts,
        )
        pending.append(
            (_evidence(article, parsed_hearing.evidence, parsed_hearing.status), "hearing_id", hearing)
        )
        if parsed_hearing.status == "held":
            # A report that a hearing took place settles it (as _refresh_hearings would).
            hearing.status = "held"
            if held_here is None or hearing.date > held_here.date:
                held_here = hearing

    renvoi: m.Hearing | None = None
    next_hearing = parsed_case.next_hearing
    if next_hearing is not None:
        renvoi = _hearing(
            session, case, state, next_hearing.date, next_hearing.date_text, next_hearing.purpose, counts
        )
        pending.append((_evidence(article, next_hearing.evidence, "scheduled"), "hearing_id", renvoi))

    for parsed_ruling in parsed_case.rulings:
        ruling = _ruling(session, case, state, parsed_ruling, counts)
        pending.append((_evidence(article, parsed_ruling.evidence), "ruling_id", ruling))

    _records(session).write()
    if not pending:
        return
    # Evidence rows are many and never read back here: inserted in bulk, past the unit of work, in one
    # statement (every row names every record column, so none is left out and splits the batch).
    session.connection().execute(
        insert(m.Evidence.__table__),
        [{**evidence, column: record.id} for evidence, column, record in pending],  # type: ignore[attr-defined]
    )
    if (
        renvoi is not None
        and held_here is not None
        and held_here is not renvoi
        and renvoi.previous_id is None
    ):
        # An UPDATE of its own: the renvoi may be a record written directly, which the session does not track.
        session.execute(update(m.Hearing).where(m.Hearing.id == renvoi.id).values(previous_id=held_here.id))
        set_committed_value(renvoi, "previous_id", held_here.id)
        counts.moved_hearings += 1


def _parties_by_name(session: Session, names: list[str]) -> dict[str, m.Party]:
    normalized = sorted({fold_words(name)[:300] for name in names})
    if not normalized:
        return {}
    found: dict[str, m.Party] = {}
    for party in session.scalars(
        select(m.Party).where(m.Party.normalized.in_(normalized)).order_by(m.Party.id)
    ):
        found.setdefault(party.normalized, party)
    return found


def _party_link(
    session: Session, case: m.Case, state: _CaseState, known: dict[str, m.Party], parsed_party: r.Party
) -> m.CaseParty:
    for link in state.links:
        if link.role == parsed_party.role and names_match(link.party.name, parsed_party.name):
            _add_alias(link.party, parsed_party.name, parsed_party.aliases)
            if link.role_text is None:
                link.role_text = parsed_party.role_text
            return link
    normalized = fold_words(parsed_party.name)[:300]
    party = known.get(normalized)
    if party is None:
        party = m.Party(name=parsed_party.name, normalized=normalized, aliases=list(parsed_party.aliases))
        _records(session).add(party)
        known[normalized] = party
    else:
        _add_alias(party, parsed_party.name, parsed_party.aliases)
    link = m.CaseParty(
        case_id=case.id,
        party_id=party.id,  # None for a new party where the database numbers it: set from `party` at flush
        party=party,
        role=parsed_party.role,
        role_text=parsed_party.role_text,
    )
    _records(session).add(link)
    state.links.append(link)
    return link


def _add_alias(party: m.Party, name: str, aliases: Iterable[str]) -> None:
    """Keep every spelling; the fullest one becomes the party's name."""
    known = {fold_words(party.name), *(fold_words(a) for a in party.aliases or [])}
    new_aliases = list(party.aliases or [])
    for spelling in (name, *aliases):
        if fold_words(spelling) not in known:
            known.add(fold_words(spelling))
            new_aliases.append(spelling)
    if len(name_tokens(name)) > len(name_tokens(party.name)):
        new_aliases = [a for a in new_aliases if a != name] + [party.name]
        party.name = name
        party.normalized = fold_words(name)[:300]
    if new_aliases != list(party.aliases or []):
        party.aliases = new_aliases


def _charge(session: Session, case: m.Case, state: _CaseState, parsed_charge: r.Charge) -> m.Charge:
    label = parsed_charge.label.strip()
    for charge in state.charges:
        if fold_words(charge.label) == fold_words(label):
            return charge
    charge = m.Charge(case_id=case.id, label=label, text=parsed_charge.text)
    _records(session).add(charge)
    state.charges.append(charge)
    return charge


def _hearing(
    session: Session,
    case: m.Case,
    state: _CaseState,
    date: dt.date,
    date_text: str,
    purpose: str | None,
    counts: _Counts,
) -> m.Hearing:
    hearing = state.hearings.get(date)
    if hearing is None:
        hearing = m.Hearing(
            case_id=case.id,
            date=date,
            date_text=date_text,
            precision="day",  # the parser gives a hearing only with its day
            purpose=purpose,
            status="scheduled",
        )
        _records(session).add(hearing)
        state.hearings[date] = hearing
        counts.new_hearings += 1
    elif purpose and not hearing.purpose:
        hearing.purpose = purpose
    return hearing


def _ruling(
    session: Session, case: m.Case, state: _CaseState, parsed_ruling: r.Ruling, counts: _Counts
) -> m.Ruling:
    date = parsed_ruling.date
    for ruling in state.rulings:
        if ruling.kind != parsed_ruling.kind or ruling.date != date:
            continue
        if not parsed_ruling.party or not ruling.party or names_match(ruling.party, parsed_ruling.party):
            ruling.sentence = ruling.sentence or parsed_ruling.sentence
            ruling.summary = ruling.summary or parsed_ruling.summary or None
            ruling.party = ruling.party or parsed_ruling.party
            return ruling
    ruling = m.Ruling(
        case_id=case.id,
        date=date,
        date_text=parsed_ruling.date_text,
        precision="day" if date is not None else None,  # the parser dates a ruling to its day or not at all
        kind=parsed_ruling.kind,
        party=parsed_ruling.party,
        sentence=parsed_ruling.sentence,
        summary=parsed_ruling.summary or None,
    )
    _records(session).add(ruling)
    state.rulings.append(ruling)
    counts.new_rulings += 1
    return ruling


# --- derived state ---


def refresh_case(session: Session, case_id: int) -> None:
    """Recompute what follows from all reports together: hearing statuses, their calendar events and the
    name keys."""
    _refresh_hearings(session, case_id)
    sync_events(session, [case_id])
    _refresh_name_keys(session, case_id)


def _refresh_hearings(session: Session, case_id: int) -> None:
    hearings = session.scalars(
        select(m.Hearing).where(m.Hearing.case_id == case_id, m.Hearing.origin == m.PARSED)
    ).all()
    if not hearings:
        return
    claims: dict[int, list[tuple[str | None, dt.date | None]]] = {h.id: [] for h in hearings}
    for hearing_id, claim, published in session.execute(
        select(m.Evidence.hearing_id, m.Evidence.claim, m.Article.published)
        .join(m.Article, m.Article.id == m.Evidence.article_id)
        .where(m.Evidence.hearing_id.in_(list(claims)))
    ):
        claims[hearing_id].append((claim, published))
    # When each report (by publication date) scheduled which hearing: a later report setting another
    # date before the first one came means the first was postponed.
    schedules = [(pub, h) for h in hearings for claim, pub in claims[h.id] if claim == "scheduled" and pub]
    for hearing in hearings:
        said = claims[hearing.id]
        if any(claim == "held" for claim, _ in said):
            hearing.status = "held"
            continue
        own = [pub for claim, pub in said if claim == "scheduled" and pub]
        latest_own = max(own) if own else None
        replacement = next(
            (
                other
                for pub, other in sorted(schedules, key=lambda s: s[0])
                if other.id != hearing.id
                and latest_own is not None
                and latest_own < pub < hearing.date
                and other.date != hearing.date
            ),
            None,
        )
        hearing.status = "postponed" if replacement is not None else "scheduled"
        if replacement is not None and replacement.previous_id is None:
            replacement.previous_id = hearing.id


def _refresh_name_keys(session: Session, case_id: int) -> None:
    tokens: set[str] = set()
    for name, aliases in session.execute(
        select(m.Party.name, m.Party.aliases)
        .join(m.CaseParty, m.CaseParty.party_id == m.Party.id)
        .where(m.CaseParty.case_id == case_id, m.CaseParty.role == "defendant")
    ):
        for spelling in (name, *(aliases or [])):
            tokens |= {t[:100] for t in name_tokens(spelling)}
    current = set(session.scalars(select(m.CaseNameKey.token).where(m.CaseNameKey.case_id == case_id)))
    if current - tokens:
        session.execute(
            delete(m.CaseNameKey).where(
                m.CaseNameKey.case_id == case_id, m.CaseNameKey.token.in_(sorted(current - tokens))
            )
        )
    session.add_all(m.CaseNameKey(case_id=case_id, token=t) for t in sorted(tokens - current))
