"""What PostgreSQL's full-text search adds to FTS5's behaviour: French and English word forms match."""

from __future__ import annotations

import pytest
from store_factories import report

from docket.db.store import Store

on_postgres = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


@on_postgres
def test_word_forms_in_french_and_english_match_and_snippets_are_whole_words(store: Store) -> None:
    store.ingest_parsed(report("fr.txt", extra="Les deux prévenus ont été acquittés par le tribunal."))
    store.ingest_parsed(
        report("en.txt", defendants=("John Mensah",), extra="The defendants were convicted of fraud.")
    )
    fr, en = "Louis Philippe Sèssi Houndégnon", "John Mensah"
    assert {h.case_title for h in store.search("acquitte")} == {fr}
    assert {h.case_title for h in store.search("ACQUITTÉE")} == {fr}
    assert {h.case_title for h in store.search("convict")} == {en}
    assert {h.case_title for h in store.search('"ont été acquittés"')} == {fr}
    assert {h.case_title for h in store.search("acquit* -convicted")} == {fr}
    [hit] = [h for h in store.search("acquittement") if h.source_id is not None]
    assert "acquittés" in hit.snippet
    words = store.source_text(hit.source_id).split()
    assert all(word in words for word in hit.snippet.strip("…").split())  # cut at whole words
