"""PostgreSQL full-text search, behind the same interface and query syntax as FTS5 on SQLite.

`search_docs` keeps each document's text as written (for snippets); migration 0004 adds one generated
tsvector per field, in three configurations that all end without accents (`unaccent`): French and
English stems, so "acquittée" finds "acquittés" and "convict" finds "convicted", and plain words, so a
name or a word that is a stop word in one language still matches. One GIN index covers the five vectors.

User text never becomes SQL nor tsquery syntax: a phrase goes to phraseto_tsquery as a bound parameter;
a prefix term is cut into words in Python (letters and digits only) before to_tsquery sees it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from sqlalchemy import delete, insert, text
from sqlalchemy.orm import Session

from docket.text import fold_words

from . import models as m
from .search import FIELDS, Doc, Query, Term
from .views import SearchHit

# How a term becomes a tsquery in each configuration of the vectors (migration 0004): {function} is
# phraseto_tsquery or to_tsquery, {text} its bound parameter.
QUERIES = (
    "docket_unaccent({function}('french', {text})::text)::tsquery",
    "{function}('docket_english', {text})",
    "{function}('docket_simple', {text})",
)
_WORD = re.compile(r"[^\W_]+")
SNIPPET_CONTEXT = 60  # characters kept on each side of the first matching word


class PostgresBackend:
    def replace(self, session: Session, docs: Sequence[Doc], fresh: bool = False) -> None:
        if not docs:
            return
        if not fresh:
            self.delete(session, [d.id for d in docs])
        session.execute(
            insert(m.SearchDoc),
            [
                {
                    "id": d.id,
                    "case_id": d.case_id,
                    "source_id": d.source_id,
                    "date": d.date,
                    **{name: getattr(d, name) for name in FIELDS},
                }
                for d in docs
            ],
        )

    def delete(self, session: Session, ids: Sequence[int]) -> None:
        if ids:
            session.execute(delete(m.SearchDoc).where(m.SearchDoc.id.in_(list(ids))))

    def clear(self, session: Session) -> None:
        session.execute(delete(m.SearchDoc))

    def search(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        params: dict[str, object] = {"limit": limit}
        tsqueries: dict[Term, str] = {}
        for number, term in enumerate([t for group in query.groups for t in group] + query.excluded):
            tsqueries[term] = _tsquery(term, f"term{number}", params)

        def matches(term: Term) -> str:
            fields = [term.field] if term.field else FIELDS
            return "(" + " OR ".join(f"d.vector_{f} @@ {tsqueries[term]}" for f in fields) + ")"

        conditions = ["(" + " OR ".join(matches(t) for t in group) + ")" for group in query.groups]
        conditions += [f"NOT {matches(t)}" for t in query.excluded]
        if query.after is not None:
            conditions.append("d.date >= :after")
            params["after"] = query.after
        if query.before is not None:
            conditions.append("d.date <= :before")
            params["before"] = query.before
        wanted = [t for group in query.groups for t in group]
        # Which fields matched, to show the snippet from the one the user asked about.
        matched_columns = ", ".join(
            "("
            + " OR ".join(
                ["false", *(f"d.vector_{f} @@ {tsqueries[t]}" for t in wanted if t.field in (None, f))]
            )
            + ")"
            for f in FIELDS
        )
        statement = text(
            f"SELECT d.case_id, d.source_id, c.title, {', '.join(f'd.{f}' for f in FIELDS)}, "
            f"{matched_columns} "
            "FROM search_docs AS d LEFT JOIN cases AS c ON c.id = d.case_id "
            f"WHERE {' AND '.join(conditions)} "
            "ORDER BY d.date DESC NULLS LAST, d.id LIMIT :limit"
        )
        field_order = [*(t.field for t in wanted if t.field), *FIELDS]
        hits = []
        for row in session.execute(statement, params):
            case_id, source_id, title = row[0], row[1], row[2]
            texts = dict(zip(FIELDS, row[3 : 3 + len(FIELDS)], strict=True))
            matched = dict(zip(FIELDS, row[3 + len(FIELDS) :], strict=True))
            field = next((f for f in field_order if matched[f]), field_order[0])
            hits.append(SearchHit(case_id, title, source_id, _snippet(texts[field] or "", wanted), field))
        return hits


def _tsquery(term: Term, name: str, params: dict[str, object]) -> str:
    """SQL for the term's tsquery in every configuration, its text bound as :name."""
    if term.prefix:
        words = _WORD.findall(term.text)
        # Letters and digits only, so this is always valid tsquery syntax; no words: matches nothing.
        params[name] = " <-> ".join(words) + ":*" if words else ""
        function = "to_tsquery"
    else:
        params[name] = term.text
        function = "phraseto_tsquery"
    return "(" + " || ".join(q.format(function=function, text=f":{name}") for q in QUERIES) + ")"


def _snippet(field_text: str, terms: Sequence[Term]) -> str:
    """The field's text around the first word that looks like a searched word (stems: a long common start)."""
    needles = [fold_words(word) for t in terms for word in _WORD.findall(t.text)]
    for word in _WORD.finditer(field_text):
        folded = fold_words(word.group())
        if any(_alike(folded, needle) for needle in needles):
            return _cut(field_text, word.start() - SNIPPET_CONTEXT, word.end() + SNIPPET_CONTEXT)
    return _cut(field_text, 0, 2 * SNIPPET_CONTEXT)


def _alike(word: str, needle: str) -> bool:
    """'acquittés' ~ 'acquittement', 'convicted' ~ 'convict': what a stemmer would likely join."""
    shared = len(os.path.commonprefix([word, needle]))
    return shared == len(needle) or shared >= max(4, min(len(word), len(needle)) * 2 // 3)


def _cut(field_text: str, start: int, end: int) -> str:
    """field_text[start:end] widened or narrowed to whole words, with '…' where the text goes on."""
    if start > 0:
        space = field_text.find(" ", start)
        start = space + 1 if 0 <= space < end else start
    start = max(0, start)
    if end < len(field_text):
        space = field_text.rfind(" ", start, end)
        end = space if space > start else end
    text = " ".join(field_text[start:end].split())
    return ("…" if start > 0 else "") + text + ("…" if end < len(field_text) else "")
