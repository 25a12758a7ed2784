"""A store that stops working mid-batch (a full disk, a database that is gone) stops the batch at the first
error, with one line saying what was done and how to go on; a bad file still lets the others go in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from docket.cli import main
from docket.db.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BREAK_AFTER = 3


def _reports(tmp_path: Path, count: int = 8) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:count]:
        shutil.copy(sample, folder / sample.name)
    return folder


def _break(store: Store) -> None:
    """SQLite: the disk is full (the file may not grow by one page). PostgreSQL: the database is gone."""
    if store.url.startswith("sqlite"):

        @event.listens_for(store._engine, "begin")
        def _full(connection) -> None:  # type: ignore[no-untyped-def]
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
            connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")

        return
    url = make_url(store.url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{url.database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def breaks_after_three(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Store.ingest_parsed
    calls = {"n": 0}

    def ingest_parsed(self: Store, parsed, uri=None):  # type: ignore[no-untyped-def]
        result = original(self, parsed, uri)
        calls["n"] += 1
        if calls["n"] == BREAK_AFTER:
            _break(self)
        return result

    monkeypatch.setattr(Store, "ingest_parsed", ingest_parsed)


def test_a_store_that_fails_stops_the_batch_with_one_line(
    db_url: str, tmp_path: Path, breaks_after_three: None, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _reports(tmp_path)
    files = len(list(folder.iterdir()))

    assert main(["ingest", str(folder), "--db", db_url]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"stopped after {BREAK_AFTER} of {files} file(s)" in err
    assert "run the same command again" in err
    assert "INSERT" not in err and "SELECT" not in err and "Traceback" not in err


def test_the_same_command_goes_on_where_a_full_disk_stopped_it(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breaks_after_three: None
) -> None:
    folder = _reports(tmp_path)
    assert main(["ingest", str(folder), "--db", sqlite_url]) == 1
    monkeypatch.undo()  # the disk has room again

    assert main(["ingest", str(folder), "--db", sqlite_url]) == 0
    with Store.open(sqlite_url) as store:
        assert len(store.known_hashes()) == len(list(folder.iterdir()))


def test_a_bad_file_does_not_stop_the_others(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _reports(tmp_path, count=4)
    (folder / "zz_binary.txt").write_bytes(b"\x00\xff\xfe\x00" * 50)

    main(["ingest", str(folder), "--db", db_url])

    out = capsys.readouterr().out
    assert "5 file(s) read" in out
    with Store.open(db_url) as store:
        assert len(store.known_hashes()) >= 4
