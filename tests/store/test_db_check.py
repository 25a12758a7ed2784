"""An interrupted `docket db copy` leaves nothing half done; `db reindex` and `db check` (issue 12, item 3).

On each backend of the `db_url` fixture (SQLite, and PostgreSQL when DOCKET_TEST_PG_URL is set).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete
from store_factories import report

from docket.cli import main
from docket.db import models as m
from docket.db.search import SearchIndex
from docket.db.store import Store


def _docket(url: str) -> None:
    with Store.open(url) as store:
        store.ingest_parsed(report("a.txt", defendants=("Awa Sangaré",), charges=("meurtre",)))
        store.ingest_parsed(report("b.txt", defendants=("Kossi Mensah",), extra="Les acquittés sont sortis."))


def _drop_index(url: str) -> None:
    """What an interrupted copy of an earlier docket left: rows committed, the search index not."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(delete(m.SearchDoc))
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("DELETE FROM search_fts")
    engine.dispose()


def test_a_copy_interrupted_while_indexing_leaves_the_target_empty_and_copies_again(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    personal = f"sqlite:///{tmp_path / 'personal.db'}"
    _docket(personal)

    def interrupted(self: SearchIndex, session: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(SearchIndex, "rebuild", interrupted)
        assert main(["db", "copy", "--db", personal, "--to", db_url]) != 0  # Ctrl-C while indexing
    with Store.open(db_url) as target:
        assert target.count_cases() == 0  # not rows without their index
    capsys.readouterr()
    assert main(["db", "copy", "--db", personal, "--to", db_url]) == 0
    with Store.open(db_url) as target:
        assert {h.case_title for h in target.search("party:sangare")} == {"Awa Sangaré"}
        assert {h.case_title for h in target.search("acquittés")} == {"Kossi Mensah"}
    assert main(["db", "check", "--db", db_url]) == 0
    assert "is sound" in capsys.readouterr().out


def test_check_finds_a_missing_search_index_and_reindex_rebuilds_it(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _docket(db_url)
    assert main(["db", "check", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "ok: schema 0007 (current)" in out
    assert "ok: search index: 2 of 2 case(s), 2 of 2 report(s)" in out

    _drop_index(db_url)
    assert main(["db", "check", "--db", db_url]) == 1
    captured = capsys.readouterr()
    assert "PROBLEM: search index: 0 of 2 case(s), 0 of 2 report(s)" in captured.out
    assert "run 'docket db reindex'" in captured.out
    assert captured.err.startswith("docket: 1 problem(s) in the docket at") and captured.err.count("\n") == 1

    assert main(["db", "reindex", "--db", db_url]) == 0
    assert "rebuilt the search index" in capsys.readouterr().out
    with Store.open(db_url) as store:
        assert {h.case_title for h in store.search("party:sangare")} == {"Awa Sangaré"}
    assert main(["db", "check", "--db", db_url]) == 0


def test_check_fix_reindexes(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _docket(db_url)
    _drop_index(db_url)
    assert main(["db", "check", "--fix", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "PROBLEM: search index" in out and "rebuilt the search index" in out
    assert out.rstrip().endswith("is sound")
    with Store.open(db_url) as store:
        assert {h.case_title for h in store.search("acquittés")} == {"Kossi Mensah"}


def test_check_reports_an_old_schema_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docket.db.schema import current_revision, make_engine, upgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0005")
    assert main(["db", "check", "--db", url]) == 1
    assert "PROBLEM: schema 0005, current is 0007: run 'docket db upgrade'" in capsys.readouterr().out
    engine = make_engine(url)
    assert current_revision(engine) == "0005"
    engine.dispose()
    assert main(["db", "check", "--db", str(tmp_path / "none.db")]) == 1
    assert "no docket at" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
