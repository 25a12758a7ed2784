"""The one rule for which files in a folder are reports, and what it says about the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from docket.cli import main
from docket.monitor import sources


def make_folder(root: Path) -> Path:
    folder = root / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text("Le tribunal a renvoyé l'affaire.", encoding="utf-8")
    (folder / "notes_audience_criet.txt").write_text("Notes d'audience.", encoding="utf-8")
    (folder / "sub" / "page.html").write_text("<p>Audience</p>", encoding="utf-8")
    (folder / "plain").write_text("Un compte rendu sans extension.", encoding="utf-8")
    (folder / "scan").write_bytes(b"\x00\x01binary")
    (folder / "README.md").write_text("# What this folder is", encoding="utf-8")
    (folder / "LICENSE.md").write_text("MIT", encoding="utf-8")
    (folder / "data.json").write_text("{}", encoding="utf-8")
    (folder / "draft.txt.part").write_text("half", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (folder / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    return folder


def test_reports_by_extension_or_content_and_every_other_file_named(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    selection = sources.folder_reports(folder)
    assert [p.relative_to(folder).as_posix() for p in selection.files] == [
        "a.txt",
        "notes_audience_criet.txt",
        "plain",
        "sub/page.html",
    ]
    skipped = {s.path.name: s.reason for s in selection.skipped}
    assert set(skipped) == {
        ".git",
        "scan",
        "README.md",
        "LICENSE.md",
        "data.json",
        "draft.txt.part",
        ".hidden.txt",
    }
    assert "not a report format (.json" in skipped["data.json"]
    assert skipped["README.md"] == sources.DOCUMENTATION_FILE
    lines = sources.skipped_lines(selection.skipped)
    assert all(str(s.path) in "\n".join(lines) for s in selection.skipped)


def test_a_file_named_on_its_own_is_read_whatever_its_name(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    assert sources.select([folder / "README.md"]).files == [folder / "README.md"]
    assert sources.select([folder / "nowhere.txt"]).problems[0].reason == "no such file or directory"


def test_ingest_names_what_it_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    assert main(["--db", str(tmp_path / "docket.sqlite"), "ingest", str(folder), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("4 file(s) read")
    for name in ("data.json", "README.md", "LICENSE.md", "scan", ".hidden.txt", "draft.txt.part"):
        assert name in err
    assert "notes_audience_criet.txt" not in err  # read, not skipped
