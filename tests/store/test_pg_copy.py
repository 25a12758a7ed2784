"""`docket db copy`: a personal SQLite docket into a team's database and back, ids and all.

The target is each backend of the `db_url` fixture: PostgreSQL when DOCKET_TEST_PG_URL is set.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from store_factories import report

from docket.cli import main
from docket.db import models as m
from docket.db.store import Store


def _personal_docket(url: str) -> int:
    with Store.open(url) as store:
        store.ingest_parsed(
            report(
                "a.txt",
                held=("2025-10-06",),
                next_hearing="2025-11-03",
                rulings=(("adjourned", "2025-10-06"),),
            )
        )
        store.ingest_parsed(
            report("b.txt", defendants=("Awa Sangaré",), charges=("meurtre",), court="Cour d'assises")
        )
        store.ingest_parsed(report("c.txt", defendants=("Kossi Mensah",), extra="Les acquittés sont sortis."))
        case_id = next(c.case_id for c in store.list_cases() if c.title.startswith("Louis"))
        parsed_ruling = next(e for e in store.case_detail(case_id).timeline if e.kind == "ruling")
        store.record_ruling(
            case_id, dt.date(2025, 10, 6), "convicted", user="ana", corrects=parsed_ruling.record_id
        )
        store.record_hearing(case_id, dt.date(2026, 1, 12), purpose="verdict", user="koffi")
        store.follow(case_id, note="client du cabinet", tags=["benin"])
        store.add_feed("https://example.org/justice.xml", name="Justice")
    return case_id


def _ids(url: str) -> dict[str, list[int]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                model.__tablename__: list(connection.scalars(select(model.id).order_by(model.id)))
                for model in (m.Source, m.Article, m.Case, m.Hearing, m.Ruling, m.Evidence, m.Feed)
            }
    finally:
        engine.dispose()


def _export(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["export", "--db", url, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_copy_to_the_team_database_and_back_keeps_ids_records_and_search(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    personal = f"sqlite:///{tmp_path / 'personal.db'}"
    case_id = _personal_docket(personal)

    assert main(["db", "copy", "--db", personal, "--to", db_url]) == 0
    assert "3 cases" in capsys.readouterr().out
    back = f"sqlite:///{tmp_path / 'back.db'}"
    assert main(["db", "copy", "--db", db_url, "--to", back]) == 0

    assert _ids(db_url) == _ids(personal) == _ids(back)
    assert _export(capsys, db_url) == _export(capsys, personal) == _export(capsys, back)
    with Store.open(db_url) as team:
        manual = [e for e in team.case_detail(case_id).timeline if e.origin == "manual"]
        assert sorted((e.kind, e.recorded_by) for e in manual) == [("hearing", "koffi"), ("ruling", "ana")]
        assert [c.case_id for c in team.list_cases(followed_only=True)] == [case_id]
        assert {h.case_title for h in team.search("party:sangare")} == {"Awa Sangaré"}
        assert {h.case_title for h in team.search("cabale OR acquittés")} == {"Kossi Mensah"}
        # New rows after the copy get fresh ids, not ones the copy already used.
        new_id = team.record_hearing(case_id, dt.date(2026, 2, 2), user="ana")
        assert new_id > max(_ids(personal)["hearings"])
        team.ingest_parsed(report("d.txt", defendants=("Nouveau Prévenu",)))
        assert team.count_cases() == 4


def test_copy_refuses_a_target_that_already_holds_a_docket(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    personal = f"sqlite:///{tmp_path / 'personal.db'}"
    _personal_docket(personal)
    with Store.open(db_url) as team:
        team.ingest_parsed(report("team.txt", defendants=("Déjà Là",)))
    assert main(["db", "copy", "--db", personal, "--to", db_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("docket: db copy: the docket at") and "not empty (1 articles" in err
    with Store.open(db_url) as team:
        assert team.count_cases() == 1


def test_export_json_then_import_round_trips_between_the_backends(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    personal = f"sqlite:///{tmp_path / 'personal.db'}"
    _personal_docket(personal)
    exported = tmp_path / "personal.json"
    assert main(["export", "--db", personal, "--format", "json", "--output", str(exported)]) == 0
    assert main(["import", "--db", db_url, str(exported)]) == 0
    back = f"sqlite:///{tmp_path / 'back.db'}"
    again = tmp_path / "team.json"
    assert main(["export", "--db", db_url, "--format", "json", "--output", str(again)]) == 0
    assert main(["import", "--db", back, str(again)]) == 0
    assert _export(capsys, db_url) == _export(capsys, personal) == _export(capsys, back)


def test_a_team_servers_password_never_shows_in_messages(capsys: pytest.CaptureFixture[str]) -> None:
    unreachable = "postgresql+psycopg://ana:s3cret@127.0.0.1:1/team"
    assert main(["cases", "--db", unreachable]) == 1
    err = capsys.readouterr().err
    assert err.startswith("docket: cannot open the docket at postgresql+psycopg://ana:***@127.0.0.1:1/team")
    assert "s3cret" not in err and err.count("\n") == 1
