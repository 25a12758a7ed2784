"""The store's commands as people run them: `docket.cli.main([...])` on a real database file."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from store_factories import bamako_murder_report, report

from docket.cli import main
from docket.db.store import Store


@pytest.fixture
def docket(db_url: str) -> tuple[str, int]:
    """A docket with the Houndégnon case: declined jurisdiction in May, a hearing on 6 October, a renvoi."""
    with Store.open(db_url) as store:
        store.ingest_parsed(
            report(
                "criet.txt",
                held=("2025-10-06",),
                rulings=(("declined_jurisdiction", "2025-05-19"), ("bail_denied", "2025-10-06")),
                next_hearing="2025-10-20",
            )
        )
        store.ingest_parsed(bamako_murder_report())
        case_id = store.search("party:Houndegnon")[0].case_id
    assert case_id is not None
    return db_url, case_id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_hearings_lists_upcoming_soonest_first_in_the_users_locale(docket, capsys) -> None:
    url, _ = docket
    code, out, _ = run(capsys, "hearings", "--db", url, "--from", "2025-10-07", "--locale", "fr_FR")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("lundi 20 octobre 2025") and "Houndégnon" in lines[0]
    assert lines[1].startswith("lundi 3 novembre 2025") and "Awa Sangaré" in lines[1]
    code, out, _ = run(
        capsys, "hearings", "--db", url, "--from", "2025-10-07", "--locale", "en", "--days", "14"
    )
    assert out.splitlines()[0].startswith("Monday, October 20, 2025") and len(out.splitlines()) == 1
    code, out, _ = run(capsys, "hearings", "--db", url, "--from", "2025-10-07", "--country", "ml")
    assert "Awa Sangaré" in out and "Houndégnon" not in out
    code, out, _ = run(capsys, "hearings", "--db", url, "--from", "2025-10-07", "--court", "CRIET")
    assert "Houndégnon" in out and "Awa" not in out


def test_bad_dates_and_locales_get_one_line_errors(docket, capsys) -> None:
    url, _ = docket
    code, _, err = run(capsys, "hearings", "--db", url, "--from", "2025-13-40")
    assert code == 2 and "argument --from: not a date: '2025-13-40'" in err
    code, _, err = run(capsys, "hearings", "--db", url, "--locale", "xx_YY")
    assert code == 2 and "unknown locale" in err
    code, _, err = run(capsys, "hearings", "--db", url, "--days", "-1")
    assert code == 2 and "argument --days: must be 0 or more" in err


def test_case_shows_header_and_timeline_with_source_sentences(docket, capsys) -> None:
    url, case_id = docket
    code, out, _ = run(capsys, "case", "--db", url, str(case_id), "--locale", "en")
    assert code == 0
    assert "Court: Cour de répression des infractions économiques et du terrorisme (CRIET)" in out
    assert 'defendant ("le prévenu"): Louis Philippe Sèssi Houndégnon' in out
    assert "incitation à la rébellion" in out
    timeline = out[out.index("Timeline:") :]
    positions = [timeline.index(s) for s in ("May 19, 2025", "October 6, 2025", "October 20, 2025")]
    assert positions == sorted(positions)
    assert "« L'audience du 2025-10-06 s'est tenue. »" in timeline
    code, _, err = run(capsys, "case", "--db", url, "999")
    assert code == 1 and "no case #999" in err


def test_record_validates_and_the_timeline_shows_who_recorded(docket, capsys) -> None:
    url, case_id = docket
    code, out, _ = run(
        capsys,
        "record",
        "ruling",
        "--db",
        url,
        str(case_id),
        "--date",
        "2025-10-20",
        "--kind",
        "convicted",
        "--sentence",
        "cinq ans",
        "--user",
        "ana",
    )
    assert code == 0 and out.startswith("recorded ruling #")
    code, _, err = run(
        capsys, "record", "ruling", "--db", url, str(case_id), "--date", "2025-10-20", "--kind", "hanged"
    )
    assert code == 1 and "unknown ruling kind 'hanged'" in err
    code, _, err = run(capsys, "record", "hearing", "--db", url, str(case_id), "--date", "2025-02-30")
    assert code == 2 and "not a date" in err
    code, _, err = run(capsys, "record", "hearing", "--db", url, "4242", "--date", "2025-12-01")
    assert code == 1 and "no case #4242" in err
    code, out, _ = run(capsys, "case", "--db", url, str(case_id))
    assert re.search(r"convicted: cinq ans  \[recorded by ana on \d{4}-\d\d-\d\d \d\d:\d\d UTC\]", out)


def test_follow_keeps_the_note_and_unfollow_keeps_it_too(docket, capsys) -> None:
    url, case_id = docket
    assert (
        run(capsys, "follow", "--db", url, str(case_id), "--note", "client du cabinet", "--tag", "benin")[0]
        == 0
    )
    code, out, _ = run(capsys, "cases", "--db", url, "--followed")
    assert out.count("\n") == 1 and "client du cabinet" in out
    assert run(capsys, "unfollow", "--db", url, str(case_id))[0] == 0
    assert "no followed cases" in run(capsys, "cases", "--db", url, "--followed")[1]
    with Store.open(url) as store:
        assert store.case_detail(case_id).follow_note == "client du cabinet"


def test_search_is_accent_insensitive_and_fielded_and_explains_bad_queries(docket, capsys) -> None:
    url, case_id = docket
    code, out, _ = run(capsys, "search", "--db", url, "party:houndegnon", "ruling:bail_denied")
    assert code == 0 and f"#{case_id} " in out
    code, out, _ = run(capsys, "search", "--db", url, "SANGARE", "court:bamako")
    assert "Awa Sangaré" in out and "Houndégnon" not in out
    for bad, reason in (
        ('party:"Coffi', "unbalanced quote"),
        ("OR", "OR needs"),
        ("court:", "court: needs"),
        ("after:hier", "after: needs a date"),
        ("(", "nothing to search for"),
    ):
        code, _, err = run(capsys, "search", "--db", url, bad)
        assert code == 1 and reason in err, bad


def test_export_is_deterministic_and_json_round_trips(docket, capsys, tmp_path: Path) -> None:
    url, case_id = docket
    with Store.open(url) as store:
        store.record_hearing(case_id, dt.date(2030, 1, 6), purpose="verdict", user="ana")
        store.follow(case_id, note="pourquoi", tags=["b", "a"])
    first = tmp_path / "one.json"
    assert run(capsys, "export", "--db", url, "--format", "json", "-o", str(first))[0] == 0
    second = tmp_path / "two.json"
    run(capsys, "export", "--db", url, "--format", "json", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()

    other = f"sqlite:///{tmp_path / 'other.db'}"
    code, out, _ = run(capsys, "import", "--db", other, str(first))
    assert code == 0 and "2 cases" in out
    again = tmp_path / "again.json"
    run(capsys, "export", "--db", other, "--format", "json", "-o", str(again))
    assert again.read_bytes() == first.read_bytes()
    # Importing the same file again adds nothing.
    code, out, _ = run(capsys, "import", "--db", other, str(first))
    assert "0 cases" in out
    code, _, err = run(capsys, "import", "--db", other, str(tmp_path))
    assert code == 1 and str(tmp_path) in err
    (tmp_path / "bad.json").write_text('{"format": "nope"}')
    code, _, err = run(capsys, "import", "--db", other, str(tmp_path / "bad.json"))
    assert code == 1 and "not a docket export" in err


def test_ics_export_is_a_calendar_of_upcoming_hearings(docket, capsys, tmp_path: Path) -> None:
    url, case_id = docket
    with Store.open(url) as store:
        store.record_hearing(
            case_id, dt.date.today() + dt.timedelta(days=3), purpose="plaidoiries", user="ana"
        )
        store.record_hearing(case_id, dt.date.today() + dt.timedelta(days=60), user="ana")
    out_file = tmp_path / "h.ics"
    assert run(capsys, "export", "--db", url, "--format", "ics", "--days", "30", "-o", str(out_file))[0] == 0
    calendar = Calendar.from_ical(out_file.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtstart") == dt.date.today() + dt.timedelta(days=3)
    assert "plaidoiries" in str(events[0]["description"]) and events[0]["dtstamp"]
    again = tmp_path / "h2.ics"
    run(capsys, "export", "--db", url, "--format", "ics", "--days", "30", "-o", str(again))
    assert again.read_bytes() == out_file.read_bytes()
    code, out, _ = run(capsys, "export", "--db", url, "--format", "csv")
    assert out.splitlines()[0].startswith("date,status,case_id")


def test_json_export_contains_every_record_with_its_evidence(docket, capsys) -> None:
    url, _ = docket
    _, out, _ = run(capsys, "export", "--db", url, "--format", "json")
    document = json.loads(out)
    case = next(c for c in document["cases"] if c["title"].startswith("Louis"))
    assert {r["kind"] for r in case["rulings"]} == {"declined_jurisdiction", "bail_denied"}
    assert all(h["evidence"] for h in case["hearings"])


def test_ingest_reports_bad_paths_by_name_and_goes_on(db_url: str, capsys, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.json").write_text("{}")  # not a report: a folder's JSON is not read
    code, out, err = run(
        capsys, "ingest", "--db", db_url, "--no-progress", str(folder), str(tmp_path / "missing.txt")
    )
    assert code == 1
    assert "1 file(s) read" in out and "2 failure(s)" in out
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in err
    assert "empty.txt" in err


def test_merge_and_duplicates_commands(db_url: str, capsys) -> None:
    with Store.open(db_url) as store:
        store.ingest_parsed(report("a.txt", charges=("escroquerie",)))
        store.ingest_parsed(report("b.txt", charges=("faux et usage de faux",)))
    code, out, _ = run(capsys, "cases", "--db", db_url, "--duplicates")
    assert "docket merge 1 2" in out
    assert run(capsys, "merge", "--db", db_url, "1", "2")[0] == 0
    assert run(capsys, "cases", "--db", db_url, "--duplicates")[1].strip() == "no possible duplicates"
    code, _, err = run(capsys, "merge", "--db", db_url, "1", "2")
    assert code == 1 and "no case #2" in err


def test_db_copy_and_upgrade_and_a_bad_url(docket, capsys, tmp_path: Path) -> None:
    url, case_id = docket
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    code, out, _ = run(capsys, "db", "copy", "--db", url, "--to", target)
    assert code == 0 and "2 cases" in out
    with Store.open(target) as copy:
        assert copy.case_detail(case_id).title.startswith("Louis Philippe")
    assert run(capsys, "db", "upgrade", "--db", target)[0] == 0
    code, _, err = run(capsys, "cases", "--db", "nosuchdatabase://somewhere/x")
    # a database docket cannot keep: a usage error naming the option, in one line
    assert code == 2 and "'nosuchdatabase' databases are not supported" in err and err.count("\n") == 1
