"""Chaos: kill `docket ingest`, `docket poll` and `docket db copy` at random moments, run each again to its
end, and compare the docket with a clean run's.

    .venv/bin/python bench/chaos.py [--kills 20] [--reports 200] [--items 250] [--seed 1]

Everything happens in a scratch folder and on loopback: a folder of generated reports (bench/generate.py
plus the bundled samples) for `ingest`, an RSS feed of generated court reports served by this script on
127.0.0.1 (added with --allow-private) for `poll`, and a clean docket copied SQLite to SQLite for
`db copy`. For each command: one clean run gives the reference export (`docket export --format json`,
without its volatile timestamps) and the run's duration; then, `--kills` times, a fresh docket, the command
killed (SIGKILL, SIGTERM or SIGINT in turn) after a random delay within that duration, the same command
run again until it succeeds (at most 3 times), its export compared with the reference, and the processes
left behind counted: living processes whose command line holds the scratch folder, or whose environment
carries this run's marker (the parsing workers inherit it). Loops are bounded; a run is killed after
120 s. Prints one line per trial and a summary; exit status 1 when any export differs or any process is
left behind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import write_reports  # noqa: E402
from poll import serve  # noqa: E402

DOCKET = str(Path(sys.executable).with_name("docket"))
SAMPLES = BENCH.parent / "samples"
SIGNALS = (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
RUN_TIMEOUT_S = 120
RERUNS = 3
MARKER = "DOCKET_CHAOS_RUN"


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DOCKET, *args], env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )


def export(db: Path, env: dict[str, str], volatile: frozenset[str]) -> Any:
    done = run(["export", "--format", "json", "--db", str(db)], env)
    if done.returncode != 0:
        raise SystemExit(f"export of {db} failed: {done.stderr.strip()}")
    return without(json.loads(done.stdout), volatile)


def without(value: Any, volatile: frozenset[str]) -> Any:
    """The export without the moments things were written (`…_at`), which no two runs share, nor the
    keys in `volatile` (a hearing's random uid, when two runs each create it)."""
    if isinstance(value, dict):
        return {
            k: without(v, volatile) for k, v in value.items() if not k.endswith("_at") and k not in volatile
        }
    if isinstance(value, list):
        return [without(v, volatile) for v in value]
    return value


def left_behind(scratch: Path, marker: str) -> list[int]:
    """Living processes of this run: the scratch folder on their command line, or the run's marker in
    their environment."""
    found = []
    needle, tag = str(scratch).encode(), f"{MARKER}={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            if state == "Z":
                continue
            if needle in (entry / "cmdline").read_bytes() or tag in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def settle(scratch: Path, marker: str) -> list[int]:
    """What is still alive 5 s at most after a run ended (a parsing process takes a moment to die)."""
    deadline = time.monotonic() + 5
    while True:
        alive = left_behind(scratch, marker)
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def killed_run(
    args: list[str], env: dict[str, str], delay: float, how: signal.Signals
) -> tuple[bool, int, float]:
    """Start the command, send `how` after `delay` s: whether it was still running then, its status, and
    how long it took to end after the signal (a run that outlives it by 60 s is killed: status -9)."""
    process = subprocess.Popen(
        [DOCKET, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=delay)
        return False, process.returncode, 0.0
    except subprocess.TimeoutExpired:
        pass
    sent = time.perf_counter()
    if how == signal.SIGINT:
        os.killpg(process.pid, how)  # as a terminal's Ctrl-C: the whole process group
    else:
        process.send_signal(how)
    try:
        status = process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        status = process.wait()
    return True, status, time.perf_counter() - sent


def completed(args: list[str], env: dict[str, str], done_already: str | None = None) -> int:
    """Run the command until it succeeds, at most RERUNS times; how many runs it took (0: never). A
    refusal that contains `done_already` (a copy into the target the killed run had just filled) is
    success too: the export comparison then says whether that run's work is whole."""
    for attempt in range(1, RERUNS + 1):
        done = run(args, env)
        if done.returncode == 0 or (done_already and done_already in done.stderr):
            return attempt
        print(f"    run {attempt} failed: {done.stderr.strip()[-300:]}", flush=True)
    return 0


class Command:
    name = ""
    volatile = frozenset({"uid"})  # a hearing's uid is drawn at random when the hearing is created
    done_already: str | None = None

    def __init__(self, scratch: Path, env: dict[str, str]) -> None:
        self.scratch, self.env = scratch, env

    def prepare(self, folder: Path) -> None:
        """A fresh docket (or target) in `folder`, ready for the command."""

    def args(self, folder: Path) -> list[str]:
        raise NotImplementedError

    def result(self, folder: Path) -> Path:
        return folder / "docket.db"

    def reference(self, clean: Path) -> Path:
        """The docket a killed and re-run trial must equal: the clean run's."""
        return self.result(clean)


class Ingest(Command):
    name = "ingest"

    def __init__(self, scratch: Path, env: dict[str, str], reports: int) -> None:
        super().__init__(scratch, env)
        self.reports = scratch / "reports"
        write_reports(self.reports, max(0, reports - 10))
        for sample in sorted(SAMPLES.glob("*.txt"))[:10]:
            shutil.copy(sample, self.reports / sample.name)

    def args(self, folder: Path) -> list[str]:
        return ["ingest", str(self.reports), "--db", str(folder / "docket.db"), "--no-progress"]


class Poll(Command):
    name = "poll"

    def __init__(self, scratch: Path, env: dict[str, str], items: int) -> None:
        super().__init__(scratch, env)
        self.server, base = serve(1, items, 1.0, True)
        self.url = f"{base}/feed0.xml"

    def prepare(self, folder: Path) -> None:
        done = run(["feeds", "add", self.url, "--allow-private", "--db", str(folder / "docket.db")], self.env)
        if done.returncode != 0:
            raise SystemExit(f"feeds add failed: {done.stderr.strip()}")

    def args(self, folder: Path) -> list[str]:
        return ["poll", "--db", str(folder / "docket.db"), "--timeout", "20"]


class Copy(Command):
    name = "db copy"
    volatile = frozenset()  # a copy keeps the uids: compared with its source, they must be the same
    done_already = "is not empty"

    def __init__(self, scratch: Path, env: dict[str, str], source: Path) -> None:
        super().__init__(scratch, env)
        self.source = source

    def args(self, folder: Path) -> list[str]:
        return ["db", "copy", "--db", str(self.source), "--to", f"sqlite:///{folder / 'copy.db'}"]

    def result(self, folder: Path) -> Path:
        return folder / "copy.db"

    def reference(self, clean: Path) -> Path:
        return self.source


def trial_folder(scratch: Path, name: str, n: int) -> Path:
    folder = scratch / f"{name.replace(' ', '-')}-{n:02d}"
    folder.mkdir()
    return folder


def exercise(command: Command, kills: int, rng: random.Random, marker: str) -> dict[str, Any]:
    scratch, env = command.scratch, command.env
    clean = trial_folder(scratch, command.name, 0)
    command.prepare(clean)
    start = time.perf_counter()
    if completed(command.args(clean), env) != 1:
        raise SystemExit(f"the clean {command.name} failed")
    duration = time.perf_counter() - start
    reference = export(command.reference(clean), env, command.volatile)
    print(f"{command.name}: clean run {duration:.1f} s", flush=True)
    figures: dict[str, Any] = {
        "clean_s": duration,
        "mid_run": 0,
        "same": 0,
        "differ": 0,
        "left": 0,
        "runs": 0,
        "slowest_end_s": 0.0,
    }
    for n in range(1, kills + 1):
        folder = trial_folder(scratch, command.name, n)
        command.prepare(folder)
        how = SIGNALS[(n - 1) % len(SIGNALS)]
        delay = rng.uniform(0.05, 0.8 * duration)  # the clean run's last moments are its exit
        mid_run, status, ending = killed_run(command.args(folder), env, delay, how)
        left_after_kill = settle(scratch, marker)
        # A run that ended on its own before the signal is complete; a killed one is run again.
        runs = completed(command.args(folder), env, command.done_already) if mid_run or status else 0
        left = sorted(set(left_after_kill) | set(settle(scratch, marker)))
        whole = runs > 0 or not (mid_run or status)
        same = whole and export(command.result(folder), env, command.volatile) == reference
        rerun = f"re-run: {runs} run(s)" if runs else "no re-run" if whole else "re-run FAILED"
        figures["mid_run"] += mid_run
        figures["slowest_end_s"] = max(figures["slowest_end_s"], ending)
        figures["same" if same else "differ"] += 1
        figures["left"] += len(left)
        figures["runs"] += runs
        print(
            f"  {command.name} #{n}: {how.name} at {delay:.2f} s "
            f"({f'mid-run, exit {status} {ending:.2f} s later' if mid_run else 'after it ended'}), "
            f"{rerun}, "
            f"export {'identical' if same else 'DIFFERS'}, {len(left)} process(es) left",
            flush=True,
        )
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)  # this run's own leftovers only (marked or in its scratch)
            except OSError:
                pass
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--items", type=int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="docket-chaos-") as folder:
        scratch = Path(folder)
        marker = f"{os.getpid()}-{args.seed}"
        env = {**os.environ, MARKER: marker, "NO_COLOR": "1"}
        env.pop("DOCKET_DB", None)
        ingest = Ingest(scratch, env, args.reports)
        poll = Poll(scratch, env, args.items)
        results = {}
        try:
            results["ingest"] = exercise(ingest, args.kills, rng, marker)
            results["poll"] = exercise(poll, args.kills, rng, marker)
            copy = Copy(scratch, env, scratch / "ingest-00" / "docket.db")
            results["db copy"] = exercise(copy, args.kills, rng, marker)
        finally:
            poll.server.shutdown()
    total = time.perf_counter() - started
    print(f"\nsummary ({args.kills} kills each, total {total / 60:.1f} min):")
    bad = 0
    for name, f in results.items():
        print(
            f"  {name}: clean run {f['clean_s']:.1f} s; {f['mid_run']} of {args.kills} kills mid-run; "
            f"exports identical {f['same']}/{args.kills}; re-runs {f['runs']}; processes left {f['left']}; "
            f"slowest end after a signal {f['slowest_end_s']:.1f} s"
        )
        bad += f["differ"] + f["left"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
