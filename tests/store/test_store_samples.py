"""The bundled samples through the real parser and the CLI: what a new user sees first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from docket.cli import main
from docket.db.store import Store

SAMPLES = Path(__file__).resolve().parent.parent.parent / "samples"
HOUNDEGNON = SAMPLES / "bj_criet_houndegnon_appel.txt"


@pytest.mark.skipif(not HOUNDEGNON.exists(), reason="the Houndégnon sample is not there")
def test_houndegnon_appeal_timeline_and_next_hearing(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--db", db_url, "--no-progress", str(HOUNDEGNON)]) == 0
    capsys.readouterr()
    assert main(["hearings", "--db", db_url, "--from", "2025-10-07", "--locale", "fr_FR"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("lundi 20 octobre 2025") and "Houndégnon" in out
    with Store.open(db_url) as store:
        [case] = store.list_cases()
        timeline = store.case_detail(case.case_id, today=dt.date(2025, 10, 7)).timeline
    events = {(e.date, e.kind, e.label) for e in timeline}
    assert (dt.date(2025, 5, 19), "ruling", "declined_jurisdiction") in events
    assert (dt.date(2025, 10, 6), "hearing", "held") in events
    assert (dt.date(2025, 10, 6), "ruling", "bail_denied") in events
    assert (dt.date(2025, 10, 20), "hearing", "scheduled") in events
    assert all(e.evidence and e.evidence.sentence for e in timeline)


def test_ingesting_the_samples_twice_adds_nothing_the_second_time(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ingest", "--db", db_url, "--no-progress", str(SAMPLES)])
    capsys.readouterr()
    with Store.open(db_url) as store:
        cases = store.count_cases()
    main(["ingest", "--db", db_url, "--no-progress", str(SAMPLES)])
    second = capsys.readouterr().out
    assert "0 new case(s)" in second and "0 new hearing(s)" in second and "0 failure(s)" in second
    with Store.open(db_url) as store:
        assert store.count_cases() == cases > 0
    # The folder's README is documentation, not a report.
    with Store.open(db_url) as store:
        reported = {s.source_uri for c in store.list_cases() for s in store.case_detail(c.case_id).sources}
    assert reported and not any(Path(uri).name.startswith("README") for uri in reported)
