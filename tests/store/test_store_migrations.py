"""A docket made by the previous schema version upgrades on start and keeps its data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from docket.db.schema import current_revision, head_revision, make_engine, upgrade
from docket.db.store import Store, StoreError

STAMP = "2025-10-07 10:00:00"
SENTENCE = "Le procès de Coffi Amoussou reprend."
# The rows a 0001 docket held, as that version wrote them.
OLD_ROWS: list[tuple[str, dict[str, object]]] = [
    (
        "sources",
        {
            "id": 1,
            "uri": "old.txt",
            "sha256": "abc",
            "ingested_at": STAMP,
            "encoding": "utf-8",
            "text": SENTENCE,
        },
    ),
    (
        "articles",
        {
            "id": 1,
            "source_id": 1,
            "title": "Procès",
            "start": 0,
            "end": 36,
            "language": "fr",
            "published": "2025-10-07",
            "is_court_report": 1,
        },
    ),
    (
        "cases",
        {
            "id": 1,
            "title": "Affaire Amoussou",
            "court": "CRIET",
            "country": "BJ",
            "origin": "parsed",
            "followed": 1,
            "follow_note": "à suivre",
            "tags": "[]",
            "created_at": STAMP,
            "updated_at": STAMP,
        },
    ),
    ("case_reports", {"case_id": 1, "article_id": 1}),
    ("parties", {"id": 1, "name": "Coffi Amoussou", "normalized": "coffi amoussou", "aliases": "[]"}),
    ("case_parties", {"id": 1, "case_id": 1, "party_id": 1, "role": "defendant", "origin": "parsed"}),
    (
        "hearings",
        {
            "id": 1,
            "case_id": 1,
            "date": "2025-10-20",
            "precision": "day",
            "status": "scheduled",
            "origin": "parsed",
            "created_at": STAMP,
        },
    ),
    (
        "evidence",
        {
            "id": 1,
            "article_id": 1,
            "source_id": 1,
            "start": 0,
            "end": 36,
            "text": SENTENCE,
            "claim": "scheduled",
            "hearing_id": 1,
        },
    ),
]


def test_database_of_the_previous_version_upgrades_with_its_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0001")
    engine = create_engine(url)
    with engine.begin() as connection:
        for table, row in OLD_ROWS:
            columns = ", ".join(f'"{c}"' for c in row)
            values = ", ".join(f":{c}" for c in row)
            connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)
    engine.dispose()
    assert current_revision(make_engine(url)) == "0001"

    with Store.open(url) as store:
        assert current_revision(make_engine(url)) == head_revision()
        [row] = store.upcoming_hearings(dt.date(2025, 10, 8), today=dt.date(2025, 10, 8))
        assert (row.case_title, row.date, row.defendants) == (
            "Affaire Amoussou",
            dt.date(2025, 10, 20),
            ("Coffi Amoussou",),
        )
        assert store.list_cases(followed_only=True)[0].follow_note == "à suivre"
        # What the new version adds works on the old data: search (indexed at upgrade) and feeds.
        assert [hit.case_id for hit in store.search("party:amoussou")] == [1]
        assert store.add_feed("https://example.org/feed.xml").feed_id == 1


def test_a_docket_from_a_newer_version_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    Store.open(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version of docket"):
        Store.open(url)
    (tmp_path / "a-file").write_text("")
    with pytest.raises(StoreError, match="cannot open the docket"):
        Store.open(f"sqlite:///{tmp_path / 'a-file' / 'docket.db'}")


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    # Store.open skips importing Alembic when the docket is at this head: it must be Alembic's own.
    from docket.db.schema import known_head

    assert known_head() == head_revision()
