"""`docket parse` as a user runs it: through the entry point, on files of every kind, good and bad."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from docket.cli import main

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
SCHEMA = json.loads((REPO / "docket" / "parse_output.schema.json").read_text("utf-8"))
DEMO = SAMPLES / "bj_criet_houndegnon_appel.txt"

REPORT = (
    "DAKAR, 14 mars 2024 (AFP) - Le tribunal correctionnel de Dakar a renvoyé au jeudi 21 mars le procès "
    "du journaliste Ousmane Ndiaye, poursuivi pour diffusion de fausses nouvelles. Son avocat, "
    "Me Aïssatou Fall, a demandé sa mise en liberté provisoire, que le tribunal a rejetée.\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_summary_names_the_case_and_its_next_hearing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", str(DEMO))
    assert code == 0
    assert "CRIET" in out
    assert "Houndégnon" in out
    assert "Next hearing: 2025-10-20" in out
    assert "bail_denied" in out


def test_jsonl_prints_one_valid_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SAMPLES.glob("*.txt"))[:4]
    code, out, _ = run(capsys, "parse", "--format", "jsonl", *files)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(files)
    for line, path in zip(lines, files, strict=True):
        obj = json.loads(line)
        jsonschema.validate(obj, SCHEMA)
        assert obj["source"] == path


def test_evidence_offsets_point_at_the_quoted_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "dakar.txt"
    report.write_text(REPORT, "utf-8")
    code, out, _ = run(capsys, "parse", "--format", "json", str(report))
    assert code == 0
    case = json.loads(out)["articles"][0]["cases"][0]
    text = report.read_text("utf-8")
    records = case["parties"] + case["charges"] + case["rulings"] + case["hearings"]
    assert records
    for record in records:
        evidence = record["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_unreadable_files_are_reported_by_name_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, "utf-8")
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        capsys, "parse", "--format", "jsonl", str(binary), str(good), str(empty), str(missing)
    )
    assert code == 1
    assert len(out.splitlines()) == 1 and json.loads(out)["source"] == str(good)
    for bad in (binary, empty, missing):
        assert str(bad) in err
    assert "Traceback" not in err
    assert "3 of 4 files could not be read" in err


def test_a_parser_fault_on_one_report_is_named_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import docket.cli.parse_command as parse_command

    good = tmp_path / "good.txt"
    good.write_text(REPORT, "utf-8")
    faulty = tmp_path / "faulty.txt"
    faulty.write_text(REPORT, "utf-8")
    real_parse_file = parse_command.parse_file

    def parse_file(path: str, max_size: int | None):  # type: ignore[no-untyped-def]
        if path == str(faulty):
            raise IndexError("list index out of range")
        return real_parse_file(path, max_size)

    monkeypatch.setattr(parse_command, "parse_file", parse_file)
    code, out, err = run(capsys, "parse", "--format", "jsonl", str(faulty), str(good))
    assert code == 1
    assert len(out.splitlines()) == 1 and json.loads(out)["source"] == str(good)
    assert f"{faulty}: the parser failed (IndexError" in err
    assert "Traceback" not in err


def test_a_surname_that_is_elsewhere_a_particle_is_read_without_fault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "gaoua.txt"
    report.write_text(
        "GAOUA, 30 juin 2015 - Le tribunal de grande instance de Gaoua a jugé Jérôme Kpiéfité Da coupable de "
        "coups et blessures volontaires. Da écope d'un mois de prison ferme.\n",
        "utf-8",
    )
    code, out, err = run(capsys, "parse", "--format", "jsonl", str(report))
    assert code == 0, err
    parties = [p for a in json.loads(out)["articles"] for c in a["cases"] for p in c["parties"]]
    assert [p["name"] for p in parties if p["role"] == "defendant"] == ["Jérôme Kpiéfité Da"]


def test_legacy_encoding_and_crlf_give_the_same_records_as_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(REPORT, "utf-8")
    legacy = tmp_path / "cp1252.txt"
    legacy.write_bytes(REPORT.replace("\n", "\r\n").encode("cp1252"))
    _, out, _ = run(capsys, "parse", "--format", "jsonl", str(utf8), str(legacy))
    first, second = (json.loads(line)["articles"][0]["cases"] for line in out.splitlines())
    names = [[p["name"] for p in case["parties"]] for case in first]
    assert names == [[p["name"] for p in case["parties"]] for case in second]
    assert first[0]["next_hearing"]["date"] == second[0]["next_hearing"]["date"] == "2024-03-21"


def test_help_explains_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--help"]) == 0
    assert "jsonl" in capsys.readouterr().out


def test_the_parse_path_loads_neither_the_store_nor_the_dashboard() -> None:
    probe = (
        "import sys, io, contextlib\n"
        "from docket.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['parse', {str(DEMO)!r}])\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "heavy = sorted(loaded & {'textual', 'sqlalchemy', 'db', 'tui', 'rich'})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
