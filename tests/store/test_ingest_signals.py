"""Stopping a long `docket ingest`: Ctrl-C or SIGTERM ends it with one line, and its parsing processes
with it (none left behind, no traceback)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import children

from docket.monitor.pipeline import PARALLEL_FROM, parse_workers
from docket.samples_dir import SAMPLES_DIR

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not parse_workers(10**6), reason="one CPU: ingest parses in its own process")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def many_reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    samples = sorted(SAMPLES_DIR.glob("*.txt"))
    for n in range(max(120, PARALLEL_FROM * 6)):
        sample = samples[n % len(samples)]
        text = sample.read_text(encoding="utf-8", errors="replace")
        (folder / f"{n:04d}_{sample.name}").write_text(f"{text}\n\nCopie {n}.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_ingest_says_one_line_and_leaves_no_process(
    many_reports: Path, tmp_path: Path, signum: int
) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "docket",
            "--db",
            str(tmp_path / "docket.sqlite"),
            "ingest",
            str(many_reports),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        start_new_session=True,  # its own process group, as a shell gives a command
    )
    try:
        deadline = time.monotonic() + 60
        seen: set[int] = set()
        while len(seen) < 2 and time.monotonic() < deadline and process.poll() is None:
            seen |= children(process.pid)  # a parsing process and the resource tracker
            time.sleep(0.05)
        assert process.poll() is None, "the ingest ended before it could be stopped"
        assert seen, "no parsing process started"
        time.sleep(0.5)
        seen |= children(process.pid)
        if signum == signal.SIGINT:
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        else:
            os.kill(process.pid, signal.SIGTERM)  # `kill PID` reaches the command alone
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in err and "RuntimeError" not in err, err
    assert err.strip() in ("interrupted", "terminated"), err
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in seen) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in seen if _alive(pid)] == []


def test_ctrl_c_pressed_again_and_again_says_interrupted_and_nothing_else(
    many_reports: Path, tmp_path: Path
) -> None:
    """Ctrl-C at random moments of a long ingest, pressed up to five times in a row (while the workers
    start, while they parse, while they are being ended): one line, exit 130, no traceback (once
    'RuntimeError: cannot join current thread', an InvalidStateError of the pool's manager thread, or a
    KeyboardInterrupt inside the docket's closing), no process left."""
    rng = random.Random(int(os.environ.get("DOCKET_TEST_SEED", "0")) or None)
    for run in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "docket", "--db", str(tmp_path / f"d{run}.sqlite"), "ingest"]
            + ["--no-progress", str(many_reports)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            start_new_session=True,
        )
        seen: set[int] = set()
        try:
            deadline = time.monotonic() + 60
            while not seen and time.monotonic() < deadline and process.poll() is None:
                seen |= children(process.pid)
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 1.5))
            seen |= children(process.pid)
            for _ in range(rng.randint(2, 5)):
                if process.poll() is not None:
                    break
                os.killpg(process.pid, signal.SIGINT)
                time.sleep(rng.uniform(0, 0.1))
            _out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        assert (process.returncode, err.strip()) == (130, "interrupted"), err
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in seen) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in seen if _alive(pid)] == []
