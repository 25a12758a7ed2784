"""Full-text search over reports and case records, behind one interface whatever the database.

Documents live in `search_docs` (id = 2*case_id for a case's records, 2*article_id+1 for a report). On
SQLite the text goes into the FTS5 table `search_fts` (rowid = document id; unicode61 with diacritics
removed makes it accent- and case-insensitive). Elsewhere `FoldedTextBackend` keeps folded text in
`search_docs` and matches with LIKE: correct on any database, slow on big ones; a PostgreSQL backend
(tsvector + unaccent) plugs in at `backend_for`.

User text never becomes SQL: the query is parsed here into terms, and each term reaches the database
as a bound parameter (inside FTS5 it is a double-quoted string, quotes doubled).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import and_, delete, func, insert, not_, or_, select, text
from sqlalchemy.orm import Session

from docket.text import fold_words

from . import models as m
from .views import SearchHit

if TYPE_CHECKING:
    pass

FIELDS = ("report", "party", "court", "charge", "ruling")
DATE_FIELDS = ("after", "before")
OPERATORS = ("OR", "AND", "NOT")
FTS_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "report, party, court, charge, ruling, tokenize = 'unicode61 remove_diacritics 2')"
)


class QueryError(ValueError):
    """A malformed search query; the message says what is wrong, for the user."""


@dataclass(frozen=True, slots=True)
class Term:
    field: str | None
    text: str
    prefix: bool = False


@dataclass(slots=True)
class Query:
    groups: list[list[Term]] = field(default_factory=list)  # every group must match; one term of each
    excluded: list[Term] = field(default_factory=list)
    after: dt.date | None = None
    before: dt.date | None = None


def _parse_date_bound(name: str, value: str) -> dt.date:
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1) if name == "after" else dt.date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            first = dt.date(year, month, 1)
            if name == "after":
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name}: needs a date like 2025-10-20, 2025-10 or 2025, not {value!r}") from None


def parse_query(query: str) -> Query:
    """'party:"Coffi Amoussou" court:criet after:2025-01 -acquitté' -> Query; raises QueryError."""
    if query.count('"') % 2:
        raise QueryError('unbalanced quote (") in the search')
    items: list[tuple[str, Term | None, bool]] = []  # (operator or "", term, negated)
    position, length = 0, len(query)
    result = Query()
    while position < length:
        if query[position].isspace():
            position += 1
            continue
        negated = query[position] == "-" and position + 1 < length and not query[position + 1].isspace()
        if negated:
            position += 1
        field_name: str | None = None
        prefix_match = re.match(r"([A-Za-z]+):", query[position:])
        if prefix_match and prefix_match.group(1).lower() in FIELDS + DATE_FIELDS:
            field_name = prefix_match.group(1).lower()
            position += prefix_match.end()
        quoted = position < length and query[position] == '"'
        if quoted:
            end = query.index('"', position + 1)
            value = query[position + 1 : end]
            position = end + 1
        else:
            end = position
            while end < length and not query[end].isspace():
                end += 1
            value = query[position:end]
            position = end
            if '"' in value:
                raise QueryError(f"a quote must start or end a phrase: {value!r}")
        if field_name and not value.strip():
            raise QueryError(f"{field_name}: needs something to search for")
        if field_name in DATE_FIELDS:
            bound = _parse_date_bound(field_name, value.strip())
            if field_name == "after":
                result.after = bound
            else:
                result.before = bound
            continue
        if not quoted and not negated and field_name is None and value in OPERATORS:
            items.append((value, None, False))
            continue
        prefix = value.endswith("*") and not quoted
        words = value.rstrip("*") if prefix else value
        if not re.search(r"\w", words):
            raise QueryError(f"nothing to search for in {value!r}: use words, names or dates")
        items.append(("", Term(field_name, words.strip(), prefix), negated))
    _group(items, result)
    if not result.groups and not result.excluded and result.after is None and result.before is None:
        raise QueryError("empty search: give words, or fields like party:NAME court:NAME after:DATE")
    if not result.groups and result.excluded:
        raise QueryError("a search cannot only exclude words: add something to look for")
    return result


def _group(items: list[tuple[str, Term | None, bool]], result: Query) -> None:
    pending_or = False
    pending_not = False
    # OR joins the word before it to the one after; "NOT a OR b" has no included word before OR
    last_was_included = False
    for index, (operator, term, negated) in enumerate(items):
        if operator:
            previous_is_term = index > 0 and not items[index - 1][0]
            if operator == "OR":
                if not previous_is_term or pending_not or not last_was_included:
                    raise QueryError("OR needs a word on each side")
                pending_or = True
            elif operator == "NOT":
                if pending_not or pending_or:
                    raise QueryError("NOT must be followed by a word")
                pending_not = True
            continue
        assert term is not None
        if negated or pending_not:
            if pending_or:
                raise QueryError("OR cannot join an excluded word")
            result.excluded.append(term)
            pending_not = False
            last_was_included = False
            continue
        if pending_or:
            result.groups[-1].append(term)
            pending_or = False
        else:
            result.groups.append([term])
        last_was_included = True
    if pending_or:
        raise QueryError("OR needs a word on each side")
    if pending_not:
        raise QueryError("NOT must be followed by a word")


@dataclass(frozen=True, slots=True)
class Doc:
    id: int
    case_id: int | None
    source_id: int | None
    date: dt.date | None
    report: str = ""
    party: str = ""
    court: str = ""
    charge: str = ""
    ruling: str = ""


class SearchBackend(Protocol):
    """What a dialect's full-text backend does: SQLite FTS5, PostgreSQL, or folded LIKE elsewhere."""

    def replace(self, session: Session, docs: Sequence[Doc], fresh: bool = False) -> None: ...

    def delete(self, session: Session, ids: Sequence[int]) -> None: ...

    def clear(self, session: Session) -> None: ...

    def search(self, session: Session, query: Query, limit: int) -> list[SearchHit]: ...


class SearchIndex:
    """Builds documents from the docket and hands them to the dialect's backend."""

    def __init__(self, dialect: str) -> None:
        self.backend: SearchBackend = backend_for(dialect)

    def index_articles(
        self,
        session: Session,
        source: m.Source,
        articles: Sequence[tuple[m.Article, int | None]],
        fresh: bool,
    ) -> None:
        """Index a source's articles, each with the first case it reports; `fresh`: never indexed before."""
        docs = [
            Doc(
                2 * article.id + 1,
                case_id,
                source.id,
                article.published,
                report=f"{article.title}\n{source.text[article.start : article.end]}",
            )
            for article, case_id in articles
        ]
        self.backend.replace(session, docs, fresh=fresh)

    def index_source(self, session: Session, source_id: int) -> None:
        source = session.get(m.Source, source_id)
        if source is None:
            return
        first_case = dict(
            session.execute(
                select(m.CaseReport.article_id, func.min(m.CaseReport.case_id))
                .join(m.Article, m.Article.id == m.CaseReport.article_id)
                .where(m.Article.source_id == source_id)
                .group_by(m.CaseReport.article_id)
            ).all()
        )
        self.index_articles(
            session, source, [(a, first_case.get(a.id)) for a in source.articles], fresh=False
        )

    def index_new_case(
        self,
        session: Session,
        case: m.Case,
        parties: Sequence[str],
        charges: Sequence[str],
        rulings: Sequence[str],
        date: dt.date | None,
    ) -> None:
        """Index a case created in this transaction from what the caller holds, without reading it back."""
        self.backend.replace(session, [_case_doc(case, parties, charges, rulings, date)], fresh=True)

    def remove_articles(self, session: Session, article_ids: Sequence[int]) -> None:
        self.backend.delete(session, [2 * a + 1 for a in article_ids])

    def index_cases(self, session: Session, case_ids: Iterable[int]) -> None:
        ids = sorted(set(case_ids))
        for chunk_start in range(0, len(ids), 500):
            self._index_case_chunk(session, ids[chunk_start : chunk_start + 500])

    def _index_case_chunk(self, session: Session, ids: list[int]) -> None:
        cases = {c.id: c for c in session.scalars(select(m.Case).where(m.Case.id.in_(ids)))}
        self.backend.delete(session, [2 * i for i in ids if i not in cases])
        parties: dict[int, list[str]] = {i: [] for i in cases}
        for case_id, name, aliases in session.execute(
            select(m.CaseParty.case_id, m.Party.name, m.Party.aliases)
            .join(m.Party, m.Party.id == m.CaseParty.party_id)
            .where(m.CaseParty.case_id.in_(list(cases)))
        ):
            parties[case_id].extend([name, *(aliases or [])])
        charges: dict[int, list[str]] = {i: [] for i in cases}
        for case_id, label, as_written in session.execute(
            select(m.Charge.case_id, m.Charge.label, m.Charge.text).where(m.Charge.case_id.in_(list(cases)))
        ):
            charges[case_id].extend([label, as_written or ""])
        rulings: dict[int, list[str]] = {i: [] for i in cases}
        dates: dict[int, dt.date | None] = dict.fromkeys(cases)
        for case_id, kind, party, sentence, summary, note, date in session.execute(
            select(
                m.Ruling.case_id,
                m.Ruling.kind,
                m.Ruling.party,
                m.Ruling.sentence,
                m.Ruling.summary,
                m.Ruling.note,
                m.Ruling.date,
            ).where(m.Ruling.case_id.in_(list(cases)))
        ):
            rulings[case_id].extend([kind, party or "", sentence or "", summary or "", note or ""])
            dates[case_id] = _later(dates[case_id], date)
        for case_id, date in session.execute(
            select(m.Hearing.case_id, func.max(m.Hearing.date))
            .where(m.Hearing.case_id.in_(list(cases)))
            .group_by(m.Hearing.case_id)
        ):
            dates[case_id] = _later(dates[case_id], date)
        docs = [
            _case_doc(c, parties[c.id], charges[c.id], rulings[c.id], dates[c.id]) for c in cases.values()
        ]
        self.backend.replace(session, docs)

    def rebuild(self, session: Session) -> None:
        self.backend.clear(session)
        for source_id in session.scalars(select(m.Source.id).order_by(m.Source.id)).all():
            self.index_source(session, source_id)
        self.index_cases(session, session.scalars(select(m.Case.id)).all())

    def search(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        if not query.groups:
            return self._by_date_only(session, query, limit)
        return self.backend.search(session, query, limit)

    def _by_date_only(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        statement = (
            select(m.SearchDoc.case_id, m.Case.title, m.SearchDoc.date)
            .join(m.Case, m.Case.id == m.SearchDoc.case_id)
            .where(m.SearchDoc.id % 2 == 0, *_date_filters(query))
            .order_by(m.SearchDoc.date.desc(), m.SearchDoc.case_id)
            .limit(limit)
        )
        return [
            SearchHit(case_id, title, None, f"{title} ({date.isoformat() if date else 'no date'})", "report")
            for case_id, title, date in session.execute(statement)
        ]


def _case_doc(
    case: m.Case, parties: Sequence[str], charges: Sequence[str], rulings: Sequence[str], date: dt.date | None
) -> Doc:
    return Doc(
        2 * case.id,
        case.id,
        None,
        date,
        report=case.title,
        party="\n".join(parties),
        court="\n".join(x for x in (case.court, case.court_text, case.court_abbr, case.chamber) if x),
        charge="\n".join(charges),
        ruling="\n".join(x for x in rulings if x),
    )


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _date_filters(query: Query) -> list:  # type: ignore[type-arg]
    filters = []
    if query.after is not None:
        filters.append(m.SearchDoc.date >= query.after)
    if query.before is not None:
        filters.append(m.SearchDoc.date <= query.before)
    return filters


def _doc_row(doc: Doc, with_text: bool) -> dict[str, object]:
    row: dict[str, object] = {
        "id": doc.id,
        "case_id": doc.case_id,
        "source_id": doc.source_id,
        "date": doc.date,
    }
    for name in FIELDS:
        row[name] = fold_words(getattr(doc, name)) if with_text else ""
    return row


class Fts5Backend:
    """SQLite FTS5: the text lives only in `search_fts`; `search_docs` holds ids and dates."""

    MARK_START, MARK_END = "\x02", "\x03"

    def replace(self, session: Session, docs: Sequence[Doc], fresh: bool = False) -> None:
        if not docs:
            return
        if not fresh:
            self.delete(session, [d.id for d in docs])
        session.execute(insert(m.SearchDoc), [_doc_row(d, with_text=False) for d in docs])
        session.execute(
            text(
                "INSERT INTO search_fts (rowid, report, party, court, charge, ruling) "
                "VALUES (:id, :report, :party, :court, :charge, :ruling)"
            ),
            [{"id": d.id, **{name: getattr(d, name) for name in FIELDS}} for d in docs],
        )

    def delete(self, session: Session, ids: Sequence[int]) -> None:
        if not ids:
            return
        session.execute(delete(m.SearchDoc).where(m.SearchDoc.id.in_(list(ids))))
        session.execute(text("DELETE FROM search_fts WHERE rowid = :id"), [{"id": i} for i in ids])

    def clear(self, session: Session) -> None:
        session.execute(delete(m.SearchDoc))
        session.execute(text("DELETE FROM search_fts"))

    @staticmethod
    def _phrase(term: Term) -> str:
        phrase = '"' + term.text.replace('"', '""') + '"' + (" *" if term.prefix else "")
        return f"{term.field} : {phrase}" if term.field else phrase

    def match_expression(self, query: Query) -> str:
        groups = ["(" + " OR ".join(self._phrase(t) for t in group) + ")" for group in query.groups]
        expression = " AND ".join(groups)
        for term in query.excluded:
            expression += f" NOT {self._phrase(term)}"
        return expression

    def search(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        snippets = ", ".join(
            f"snippet(search_fts, {i}, char(2), char(3), '…', 12)" for i in range(len(FIELDS))
        )
        conditions = ["search_fts MATCH :match"]
        params: dict[str, object] = {"match": self.match_expression(query), "limit": limit}
        if query.after is not None:
            conditions.append("d.date >= :after")
            params["after"] = query.after
        if query.before is not None:
            conditions.append("d.date <= :before")
            params["before"] = query.before
        statement = text(
            f"SELECT f.rowid, d.case_id, d.source_id, c.title, {snippets} "
            "FROM search_fts AS f JOIN search_docs AS d ON d.id = f.rowid "
            "LEFT JOIN cases AS c ON c.id = d.case_id "
            f"WHERE {' AND '.join(conditions)} ORDER BY rank LIMIT :limit"
        )
        wanted = [t.field for group in query.groups for t in group if t.field]
        hits = []
        for row in session.execute(statement, params):
            doc_id, case_id, source_id, title, *column_snippets = row
            by_field = dict(zip(FIELDS, column_snippets, strict=True))
            order = [*wanted, *FIELDS]
            matched = next((f for f in order if self.MARK_START in (by_field[f] or "")), order[0])
            snippet = (by_field[matched] or "").replace(self.MARK_START, "").replace(self.MARK_END, "")
            hits.append(SearchHit(case_id, title, source_id, " ".join(snippet.split()), matched))
        return hits


class FoldedTextBackend:
    """Any SQL database: folded text in `search_docs`, matched with LIKE (bound, escaped parameters)."""

    def replace(self, session: Session, docs: Sequence[Doc], fresh: bool = False) -> None:
        if not docs:
            return
        if not fresh:
            self.delete(session, [d.id for d in docs])
        session.execute(insert(m.SearchDoc), [_doc_row(d, with_text=True) for d in docs])

    def delete(self, session: Session, ids: Sequence[int]) -> None:
        if ids:
            session.execute(delete(m.SearchDoc).where(m.SearchDoc.id.in_(list(ids))))

    def clear(self, session: Session) -> None:
        session.execute(delete(m.SearchDoc))

    @staticmethod
    def _condition(term: Term):  # type: ignore[no-untyped-def]
        pattern = (
            "%" + fold_words(term.text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        columns = [term.field] if term.field else list(FIELDS)
        return or_(*(getattr(m.SearchDoc, c).like(pattern, escape="\\") for c in columns))

    def search(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        conditions = [or_(*(self._condition(t) for t in group)) for group in query.groups]
        conditions += [not_(self._condition(t)) for t in query.excluded]
        statement = (
            select(m.SearchDoc, m.Case.title)
            .outerjoin(m.Case, m.Case.id == m.SearchDoc.case_id)
            .where(and_(*conditions), *_date_filters(query))
            .order_by(m.SearchDoc.date.desc(), m.SearchDoc.id)
            .limit(limit)
        )
        terms = [t for group in query.groups for t in group]
        hits = []
        for doc, title in session.execute(statement):
            matched, snippet = "report", ""
            for term in terms:
                needle = fold_words(term.text)
                for name in [term.field] if term.field else FIELDS:
                    haystack = getattr(doc, name)
                    at = haystack.find(needle)
                    if at >= 0:
                        matched, snippet = name, haystack[max(0, at - 60) : at + len(needle) + 60]
                        break
                if snippet:
                    break
            hits.append(SearchHit(doc.case_id, title, doc.source_id, " ".join(snippet.split()), matched))
        return hits


def backend_for(dialect: str) -> SearchBackend:
    if dialect == "postgresql":
        from .search_pg import PostgresBackend  # imports this module: loaded only when needed

        return PostgresBackend()
    return Fts5Backend() if dialect == "sqlite" else FoldedTextBackend()
