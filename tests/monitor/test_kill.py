"""A `docket ingest` killed with SIGKILL (no handler runs) or SIGTERM leaves no parsing process behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import children

from docket.monitor.pipeline import PARALLEL_FROM, parse_workers

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DOCKET = str(Path(sys.executable).with_name("docket"))


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts processes through /proc")
@pytest.mark.skipif(parse_workers(PARALLEL_FROM) == 0, reason="one core: no parsing processes to leak")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_ingest_leaves_no_process_behind(tmp_path: Path, how: signal.Signals) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for copy in range(6):  # enough reports that the parsing processes are still at work when it is killed
        for sample in samples:
            text = sample.read_text(encoding="utf-8", errors="replace")
            (folder / f"{copy}_{sample.name}").write_text(f"{text}\n\n(copie {copy})\n", encoding="utf-8")
    ingest = subprocess.Popen(
        [DOCKET, "ingest", str(folder), "--no-progress", "--db", f"sqlite:///{tmp_path / 'd.db'}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2 and ingest.poll() is None:
            workers = children(ingest.pid)
            time.sleep(0.05)
        assert ingest.poll() is None and workers, "the ingest ended before its workers could be seen"
        time.sleep(0.5)
        workers |= children(ingest.pid)
        os.kill(ingest.pid, how)
        ingest.wait(timeout=30)
        deadline = time.monotonic() + 15
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _alive(workers) == set()
    finally:
        if ingest.poll() is None:
            ingest.kill()
        for pid in _alive(workers):  # a failed test leaves nothing running either
            os.kill(pid, signal.SIGKILL)
    shutil.rmtree(folder)
