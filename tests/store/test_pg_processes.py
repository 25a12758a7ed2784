"""A team on one PostgreSQL docket: several processes at once against the real server.

Runs only when DOCKET_TEST_PG_URL names a server (.ci/postgres.sh starts one); skipped otherwise.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from store_factories import report

from docket.db import models as m
from docket.db.store import Store

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
on_postgres = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

# Waits for the go file, so that the processes really start together.
WAIT_FOR_GO = """
import os, sys, time
while not os.path.exists(sys.argv[1]):
    time.sleep(0.01)
"""

RECORD_RULINGS = (
    WAIT_FOR_GO
    + """
import datetime as dt
from docket.db.store import Store
store = Store.open(sys.argv[2])
for day in range(1, 16):
    store.record_ruling(int(sys.argv[3]), dt.date(2026, 1, day), "adjourned", user=sys.argv[4])
"""
)

# One case per report, each with two hearings and one ruling: a reader can tell a whole report.
INGEST = (
    WAIT_FOR_GO
    + """
from store_factories import report
from docket.db.store import Store
store = Store.open(sys.argv[2])
for i in range(int(sys.argv[3])):
    result = store.ingest_parsed(report(
        f"report-{i}.txt", defendants=(f"Prévenu{i} Nom{i}",), held=("2025-10-06",),
        next_hearing=f"2025-11-{i % 28 + 1:02d}", rulings=(("adjourned", "2025-10-06"),),
    ))
    if result.status == "failed":
        sys.exit(result.error)
"""
)

# Reads as a dashboard does until the ingest ends; exits non-zero on a case seen without all its facts.
READ_WHILE_INGESTING = (
    WAIT_FOR_GO
    + """
import datetime as dt
from docket.db.store import Store
store = Store.open(sys.argv[2])
seen = set()
while not os.path.exists(sys.argv[3]):
    for case in store.list_cases():
        detail = store.case_detail(case.case_id)
        kinds = sorted(entry.kind for entry in detail.timeline)
        if kinds != ["hearing", "hearing", "ruling"]:
            sys.exit(f"case {case.case_id} seen half-ingested: {kinds}")
    for row in store.upcoming_hearings(dt.date(2025, 11, 1), today=dt.date(2025, 11, 1)):
        if not row.defendants:
            sys.exit(f"hearing of case {row.case_id} seen without its defendant")
    seen.add(store.count_cases())
print(len(seen))
"""
)


def _python(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


@on_postgres
def test_two_people_recording_rulings_on_one_case_at_once_both_land(db_url: str, tmp_path: Path) -> None:
    with Store.open(db_url) as store:
        store.ingest_parsed(report("first.txt"))
        case_id = store.list_cases()[0].case_id
    go = tmp_path / "go"
    people = [_python(RECORD_RULINGS, str(go), db_url, str(case_id), user) for user in ("ana", "koffi")]
    go.touch()
    for process in people:
        _finish(process)
    with Store.open(db_url) as store:
        manual = [e for e in store.case_detail(case_id).timeline if e.origin == "manual"]
    assert sorted(e.recorded_by for e in manual) == ["ana"] * 15 + ["koffi"] * 15


@on_postgres
def test_dashboards_reading_during_an_ingest_never_see_half_a_report(db_url: str, tmp_path: Path) -> None:
    Store.open(db_url).close()
    go, done = tmp_path / "go", tmp_path / "done"
    ingest = _python(INGEST, str(go), db_url, "60")
    readers = [_python(READ_WHILE_INGESTING, str(go), db_url, str(done)) for _ in range(2)]
    go.touch()
    try:
        _finish(ingest)
    finally:
        done.touch()
    # What the readers saw was whole (each exits 1 otherwise), and they saw the docket grow.
    assert sum(int(_finish(reader)) for reader in readers) > 2


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                model.__tablename__: connection.scalar(select(func.count()).select_from(model)) or 0
                for model in (m.Source, m.Article, m.Case, m.CaseParty, m.Hearing, m.Ruling, m.Evidence)
            }
    finally:
        engine.dispose()


@on_postgres
def test_a_killed_ingest_leaves_no_half_report_and_a_rerun_finishes(db_url: str, tmp_path: Path) -> None:
    sources = 120
    Store.open(db_url).close()
    go = tmp_path / "go"
    go.touch()
    process = _python(INGEST, str(go), db_url, str(sources))
    deadline = time.monotonic() + 60
    while _counts(db_url)["sources"] < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)

    partial = _counts(db_url)
    n = partial["sources"]
    assert 10 <= n < sources
    whole = (partial["articles"], partial["cases"], partial["hearings"], partial["rulings"])
    assert whole == (n, n, 2 * n, n)

    _finish(_python(INGEST, str(go), db_url, str(sources)))
    final = _counts(db_url)
    assert (final["sources"], final["cases"], final["hearings"], final["rulings"]) == (
        sources,
        sources,
        2 * sources,
        sources,
    )
