"""A docket in a folder its reader cannot write (a shared read-only folder, a mounted backup): SQLite keeps
its journal beside the file and could not even read it; docket opens it read-only and says so on writes
(issue 12, item 8). Run as another user than root, who can write anywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from docket.cli import main
from docket.samples_dir import SAMPLES_DIR

DOCKET = [sys.executable, "-m", "docket"]


def _as_reader(command: list[str]) -> subprocess.CompletedProcess[str]:
    """The command as a user who cannot write the folder: nobody when the tests run as root."""
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120, cwd="/")


@pytest.mark.skipif(sys.platform != "linux", reason="setpriv, POSIX permissions")
@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="as root, needs setpriv")
def test_a_docket_in_a_read_only_folder_is_read_and_writes_say_why_not() -> None:
    folder = Path(tempfile.mkdtemp(prefix="docket-ro-"))  # not under root's private tmp_path
    try:
        path = folder / "docket.db"
        sample = sorted(SAMPLES_DIR.glob("*.txt"))[0]
        assert main(["ingest", str(sample), "--db", str(path)]) == 0
        path.chmod(0o644)
        folder.chmod(0o555)
        listed = _as_reader([*DOCKET, "cases", "--db", str(path)])
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.startswith("#1 ") and listed.stderr == ""
        assert _as_reader([*DOCKET, "case", "1", "--db", str(path)]).returncode == 0
        follow = _as_reader([*DOCKET, "follow", "1", "--db", str(path)])
        assert follow.returncode == 1
        assert follow.stderr.count("\n") == 1 and "is read-only here: its folder" in follow.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["docket.db"]  # no journal left behind
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
