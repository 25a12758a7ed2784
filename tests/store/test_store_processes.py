"""Several processes on one SQLite docket: a killed ingest, an ingest and a person writing at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select

from docket.db import models as m
from docket.db.store import Store

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SOURCES = 150

# Ingests SOURCES hand-built reports, one case each, in order; prints nothing.
INGEST_SCRIPT = """
import sys
from store_factories import report
from docket.db.store import Store
store = Store.open(sys.argv[1])
for i in range(int(sys.argv[2])):
    result = store.ingest_parsed(report(
        f"report-{i}.txt", defendants=(f"Prévenu{i} Nom{i}",), held=("2025-10-06",),
        next_hearing=f"2025-11-{i % 28 + 1:02d}", rulings=(("adjourned", "2025-10-06"),),
    ))
    if result.status == "failed":
        sys.exit(result.error)
"""

RECORD_SCRIPT = """
import datetime as dt, sys
from docket.db.store import Store
store = Store.open(sys.argv[1])
for day in range(1, 21):
    store.record_hearing(int(sys.argv[2]), dt.date(2026, 1, day), purpose="manual", user="ana")
"""


def _python(script: str, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {
            model.__tablename__: connection.scalar(select(func.count()).select_from(model)) or 0
            for model in (
                m.Source,
                m.Article,
                m.Case,
                m.CaseReport,
                m.CaseParty,
                m.Charge,
                m.Hearing,
                m.Ruling,
                m.Evidence,
                m.SearchDoc,
            )
        }
    engine.dispose()
    return counts


def test_killed_ingest_leaves_no_half_report_and_a_rerun_finishes_the_job(tmp_path: Path) -> None:
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    process = _python(INGEST_SCRIPT, reference, str(SOURCES))
    assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""

    url = f"sqlite:///{tmp_path / 'docket.db'}"
    Store.open(url).close()
    process = _python(INGEST_SCRIPT, url, str(SOURCES))
    deadline = time.monotonic() + 60
    while _counts(url)["sources"] < 10 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)

    partial = _counts(url)
    assert 10 <= partial["sources"] < SOURCES
    # Every report that made it is whole: its article, its case, its two hearings and ruling.
    n = partial["sources"]
    assert (partial["articles"], partial["cases"], partial["hearings"], partial["rulings"]) == (
        n,
        n,
        2 * n,
        n,
    )

    process = _python(INGEST_SCRIPT, url, str(SOURCES))
    assert process.wait(timeout=120) == 0
    assert _counts(url) == _counts(reference)


def test_an_ingest_and_a_manual_record_at_the_same_time_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'docket.db'}"
    with Store.open(url) as store:
        from store_factories import report

        store.ingest_parsed(report("first.txt"))
        case_id = store.list_cases()[0].case_id
    ingest = _python(INGEST_SCRIPT, url, "40")
    record = _python(RECORD_SCRIPT, url, str(case_id))
    ingest_err = ingest.communicate(timeout=120)[1].decode()
    record_err = record.communicate(timeout=120)[1].decode()
    assert ingest.returncode == 0 and record.returncode == 0, ingest_err + record_err
    assert "locked" not in ingest_err + record_err
    with Store.open(url) as store:
        manual = [e for e in store.case_detail(case_id).timeline if e.origin == "manual"]
        assert len(manual) == 20
        assert store.count_cases() == 41
