"""Size limits: regular files only (a FIFO or a device is refused, never read forever), a cap per report
(`--max-size`), one article of a size no report has is refused, an import file is capped too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from docket.cli import main

DOCKET = str(Path(sys.executable).with_name("docket"))


def _run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([DOCKET, *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("command", ["parse", "ingest", "import"])
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    extra = [] if command == "parse" else ["--db", f"sqlite:///{tmp_path / 'd.db'}"]

    done = _run(command, str(fifo), *extra, timeout=60)

    assert done.returncode == 1
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_dev_zero_is_refused_not_read_until_memory_runs_out() -> None:
    done = _run("parse", "/dev/zero")
    assert done.returncode == 1 and "/dev/zero: not a regular file" in done.stderr


def test_a_report_over_the_size_limit_is_refused_with_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "big.txt"
    report.write_text("Le tribunal a renvoyé l'affaire. " * 40_000, encoding="utf-8")  # ~1.3 MB

    assert main(["parse", str(report), "--max-size", "1MB"]) == 1
    err = capsys.readouterr().err
    assert "over the limit of 1.0 MB per report (--max-size)" in err

    assert main(["ingest", str(report), "--max-size", "1MB", "--db", f"sqlite:///{tmp_path / 'd.db'}"]) == 1
    assert "over the limit of 1.0 MB" in capsys.readouterr().err


def test_reports_run_together_without_separators_are_refused_not_read_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "Le tribunal de Cotonou a renvoyé l'affaire de M. Jean Dossou au 12 mars 2025. " * 4_000,
        encoding="utf-8",
    )

    assert main(["parse", str(dump)]) == 1

    err = capsys.readouterr().err
    assert "reads as one article of" in err and "'---'" in err


def test_an_import_file_over_its_limit_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "huge.json"
    export.write_text('{"format": "docket", "version": 1, "x": "' + "a" * 2_000_000 + '"}', encoding="utf-8")

    assert main(["import", str(export), "--max-size", "1MB", "--db", f"sqlite:///{tmp_path / 'd.db'}"]) == 1
    assert "over the limit of 1.0 MB" in capsys.readouterr().err


def test_a_dumps_articles_are_frozen_as_read_and_thawed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """The records read so far are kept out of the garbage collector's full collections (about 1 s of a
    20 MB dump's CPU), and a caller's frozen objects are left as they were."""
    import gc

    import docket.parse

    frozen_while_reading: list[int] = []
    extract = docket.parse.extract_cases

    def extract_and_look(*args: object, **kwargs: object) -> object:
        frozen_while_reading.append(gc.get_freeze_count())
        return extract(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docket.parse, "extract_cases", extract_and_look)
    report = "Le tribunal de Niamey a condamné Moussa Diallo à deux ans de prison ferme pour escroquerie."
    dump = "\n\n---\n\n".join(f"Titre {i}\n\n{report} Article {i}." for i in range(3)).encode()
    parsed = docket.parse.parse_bytes(dump, "dump.txt")
    assert len(parsed.articles) == 3
    assert all(count > 0 for count in frozen_while_reading[1:])  # the first articles' objects are frozen
    assert gc.get_freeze_count() == 0  # and thawed at the end
    # a caller that froze its own objects (a server about to fork) keeps them frozen: the parser thaws
    # nothing (the count itself may fall as frozen objects die, a cache's evicted entries)
    thaw = gc.unfreeze
    thawed: list[bool] = []
    gc.freeze()
    try:
        monkeypatch.setattr(gc, "unfreeze", lambda: thawed.append(True))
        docket.parse.parse_bytes(dump, "dump.txt")
        assert thawed == []
        assert gc.get_freeze_count() > 0
    finally:
        monkeypatch.undo()
        thaw()
