"""Where a line is due, never a traceback: bad database URLs, a read-only docket, a docket whose schema
version is gone, import files of the wrong shape; and a fuzz test of the importer, options and URLs."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from docket.cli import main
from docket.db.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE = SAMPLES / "bj_criet_houndegnon_appel.txt"


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("docket") and "Traceback" not in err


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://u:p@127.0.0.1:notaport/x", "mysql://x@y/z", "sqlite://", "sqlite:///:memory:"],
)
def test_bad_database_urls_are_a_usage_error_in_one_line(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["cases", "--db", url]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "--db" in err and ":p@" not in err
    monkeypatch.setenv("DOCKET_DB", url)
    assert main(["cases"]) == 2
    assert one_line(capsys.readouterr().err)


def _with_a_case(db_url: str) -> None:
    assert main(["ingest", str(SAMPLE), "--db", db_url]) == 0


def test_a_read_only_docket_says_so_in_one_line_and_prints_no_sql(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_a_case(sqlite_url)
    path = sqlite_url.removeprefix("sqlite:///")
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    folder = tmp_path / "more"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[1:6]:
        shutil.copy(sample, folder)
    capsys.readouterr()

    commands = [
        ["record", "hearing", "1", "--date", "2025-12-01"],
        ["record", "ruling", "1", "--date", "2025-12-01", "--kind", "adjourned"],
        ["follow", "1", "--note", "why"],
        ["ingest", str(folder)],
    ]
    for command in commands:
        assert main([*command, "--db", read_only]) == 1, command
        err = capsys.readouterr().err
        assert one_line(err), (command, err)
        assert "readonly" in err or "read-only" in err
        assert "INSERT" not in err and "UPDATE" not in err and "[SQL" not in err
    assert main(["cases", "--db", read_only]) == 0  # reading still works


def test_a_docket_whose_schema_version_is_gone_says_so(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_a_case(db_url)
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    capsys.readouterr()

    assert main(["cases", "--db", db_url]) == 1

    err = capsys.readouterr().err
    assert one_line(err) and "alembic_version" in err and "already exists" not in err


def _export(db_url: str, tmp_path: Path) -> dict:
    _with_a_case(db_url)
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "-o", str(out), "--db", db_url]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _import(document: object, tmp_path: Path, db_url: str) -> tuple[int, str, str]:
    path = tmp_path / "import.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    code = main(["import", str(path), "--db", db_url])
    return code, "", ""


@pytest.mark.parametrize(
    "damage, named",
    [
        (lambda d: d["cases"][0].__setitem__("title", None), "cases[0].title"),
        (lambda d: d["cases"][0].__setitem__("hearings", "tomorrow"), "cases[0].hearings"),
        (lambda d: d["sources"][0].__setitem__("articles", [{"key": "one"}]), "sources[0].articles[0]"),
        (lambda d: d["cases"][0]["hearings"][0].__setitem__("corrects", -1), "corrects"),
        (lambda d: d["cases"][0].__setitem__("tags", [1, 2]), "cases[0].tags[0]"),
        (lambda d: d.__setitem__("cases", {"a": 1}), "cases"),
    ],
)
def test_an_import_of_the_wrong_shape_names_the_field_in_one_line(
    db_url: str, tmp_path: Path, damage, named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _export(db_url, tmp_path)
    damage(document)
    capsys.readouterr()

    code, _, _ = _import(document, tmp_path, db_url)

    err = capsys.readouterr().err
    assert code == 1 and one_line(err) and named in err, err


def test_an_import_nested_100k_deep_is_refused_in_one_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = _import("[" * 100_000 + "]" * 100_000, tmp_path, sqlite_url)
    err = capsys.readouterr().err
    assert code == 1 and one_line(err) and "nested too deeply" in err


def test_import_says_how_much_evidence_pointed_to_no_report(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _export(db_url, tmp_path)
    other = tmp_path / "other.db"
    document["cases"][0]["charges"][0]["evidence"][0]["article"] = 99
    capsys.readouterr()

    code, _, _ = _import(document, tmp_path, f"sqlite:///{other}")

    out = capsys.readouterr().out
    assert code == 0 and "1 evidence left out pointing to no report" in out


# --- fuzz ---------------------------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**12) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{folder / 'source.db'}"
    assert main(["ingest", str(SAMPLE), "--db", url]) == 0
    out = folder / "export.json"
    assert main(["export", "--format", "json", "-o", str(out), "--db", url]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_the_importer_with_damaged_exports(
    exported: dict, data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(json.dumps(exported))
    paths = [p for p in _paths(document) if p]
    where = data.draw(st.sampled_from(paths))
    target = document
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = data.draw(_JSON)
    with tempfile.TemporaryDirectory() as folder:
        capsys.readouterr()
        code, _, _ = _import(document, Path(folder), f"sqlite:///{Path(folder) / 'fuzz.db'}")
        err = capsys.readouterr().err
    assert code in (0, 1)
    assert code == 0 or one_line(err), err


_OPTIONS = [
    ["hearings", "--days"],
    ["hearings", "--from"],
    ["search", "x", "--limit"],
    ["record", "hearing", "1", "--date"],
    ["case"],
    ["export", "--days"],
    # a folder that is not there: a value of --every that parses must not start the endless watch loop
    ["watch", "/nonexistent/docket-fuzz-folder", "--every"],
    ["poll", "--timeout"],
    ["cases", "--locale"],
    ["ingest", "--max-size"],
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    option=st.sampled_from(_OPTIONS), value=st.text(min_size=1, max_size=30).filter(lambda t: "\x00" not in t)
)
def test_fuzz_option_values_give_one_line_and_a_usage_code(
    option: list[str], value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        code = main([*option, value, "--db", f"sqlite:///{Path(folder) / 'fuzz.db'}"])
    err = capsys.readouterr().err
    if code != 0:
        assert code in (1, 2) and one_line(err), err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    scheme=st.sampled_from(
        ["sqlite", "postgresql", "postgresql+psycopg", "mysql", "", "x+y", "sqlite+pysqlite"]
    ),
    rest=st.text(st.characters(codec="ascii", exclude_characters="\x00"), max_size=30),
)
def test_fuzz_database_urls_give_one_line(scheme: str, rest: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{scheme}://{rest}"
    if scheme.startswith("sqlite") and rest.startswith("/") and rest.strip("/"):
        return  # a real file path: that would create a docket wherever it says
    if scheme.startswith("postgresql"):
        url = f"{scheme}://u:p@127.0.0.1:1/{rest}"  # nothing listens on port 1: fails fast
    code = main(["cases", "--db", url])
    err = capsys.readouterr().err
    assert code in (1, 2) and one_line(err), err


def test_a_mistyped_db_path_makes_no_folders_and_no_docket(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mistyped = tmp_path / "dockets" / "team" / "docket.db"

    assert main(["cases", "--db", str(mistyped)]) == 1

    err = capsys.readouterr().err
    assert one_line(err) and "check the path" in err
    assert not (tmp_path / "dockets").exists()


def test_a_punctuation_only_word_does_not_reject_the_whole_search(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_a_case(db_url)
    capsys.readouterr()

    assert main(["search", "Houndégnon", "&", "--db", db_url]) == 0
    assert "Houndégnon" in capsys.readouterr().out
    assert main(["search", "';", "CRIET", "--db", db_url]) == 0
    assert "#1" in capsys.readouterr().out
    assert main(["search", "&", "--db", db_url]) == 1  # nothing at all to look for: said in one line
    assert one_line(capsys.readouterr().err)


def test_recording_the_same_hearing_twice_makes_one_hearing(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_a_case(db_url)
    assert main(["record", "hearing", "1", "--date", "2026-03-02", "--db", db_url]) == 0
    capsys.readouterr()

    assert main(["record", "hearing", "1", "--date", "2026-03-02", "--db", db_url]) == 1

    assert "already has a hearing on 2026-03-02" in capsys.readouterr().err
    with Store.open(db_url) as store:
        dates = [e.date for e in store.case_detail(1).timeline if e.kind == "hearing"]
    assert dates.count(dt.date(2026, 3, 2)) == 1


@pytest.mark.parametrize("url", ["sqlite://@/0", "sqlite://host/docket.db", "sqlite://user:pw@/docket.db"])
def test_a_sqlite_url_with_a_server_part_is_refused_and_makes_no_file(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["cases", "--db", url]) in (1, 2)
    err = capsys.readouterr().err
    assert one_line(err) and "server" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "arguments",
    [
        # found by the fuzz below: a limit past SQLite's integers, days past the calendar's last day
        ["search", "x", "--limit", "9223372036854775808"],
        ["hearings", "--days", "2920000"],
        ["export", "--days", "1000001"],
    ],
)
def test_a_count_too_large_is_a_usage_error_in_one_line(
    arguments: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([*arguments, "--db", f"sqlite:///{tmp_path / 'big.db'}"])
    err = capsys.readouterr().err
    assert code == 2 and one_line(err) and "at most 1,000,000" in err, err


def test_a_window_from_the_calendars_last_days_reads_to_its_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["hearings", "--from", "9999-12-30", "--days", "10", "--db", f"sqlite:///{tmp_path / 'end.db'}"]
    )
    assert code == 0, capsys.readouterr().err
    code = main(
        [
            "export",
            "--from",
            "9999-12-30",
            "--days",
            "10",
            "--format",
            "csv",
            "--db",
            f"sqlite:///{tmp_path / 'end.db'}",
        ]
    )
    assert code == 0, capsys.readouterr().err
