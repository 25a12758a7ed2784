"""Store benchmark, run by hand; prints its figures (medians) next to the targets.

    python bench/store.py                       # 10,000 reports; 100,000 cases / 300,000 hearings
    python bench/store.py --reports 1000 --cases 10000 --hearings 30000   # a quick look
    python bench/store.py --db postgresql+psycopg://USER:PASS@HOST/DB      # the same, on PostgreSQL

1. End-to-end ingest: `docket ingest FOLDER` in a subprocess on generated report files (parser included);
   reports per second and the subprocess's peak memory. Target: >= 80 reports/s, < 300 MB.
2. Queries on a big generated docket (SQLite, or PostgreSQL with --db): upcoming hearings and searches.
   Targets: upcoming hearings < 20 ms, search < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import populate, write_reports  # noqa: E402
from bench.scratch_db import analyze, scratch_database  # noqa: E402
from docket.db.store import Store  # noqa: E402


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the caches: the dashboard asks the same question every second
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and its descendants (Linux /proc), sampled by the caller."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21]) * resource.getpagesize()
    tree, frontier = {root}, [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier and pid not in tree]
        tree.update(children)
        frontier = children
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


def bench_ingest(workdir: Path, count: int, url: str) -> None:
    folder = workdir / "reports"
    write_reports(folder, count)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "docket", "ingest", str(folder), "--db", url, "--no-progress"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    tree_peak_mb = 0.0
    while process.poll() is None:
        tree_peak_mb = max(tree_peak_mb, _tree_rss_mb(process.pid))
        time.sleep(0.2)
    stdout, stderr = process.communicate()
    completed = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    elapsed = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = children.ru_maxrss / 1024
    # CPU seconds do not depend on what else the machine runs, unlike the wall time the target is about.
    cpu_s = children.ru_utime + children.ru_stime
    print(f"ingest: {completed.stdout.strip()}")
    if completed.returncode != 0:
        print(f"ingest failed ({completed.returncode}): {completed.stderr[-2000:]}")
    rate = count / elapsed
    print(f"ingest: {count} reports in {elapsed:.1f} s = {rate:.0f} reports/s (target >= 80)")
    print(
        f"ingest: {cpu_s:.0f} s of CPU in the command and its parsing workers ({count / cpu_s:.0f} reports/s)"
    )
    print(f"ingest: peak memory {peak_mb:.0f} MB in one process (target < 300)")
    print(f"ingest: peak memory {tree_peak_mb:.0f} MB for the command and its parsing workers together")
    with Store.open(url) as store:
        print(f"ingest: {store.count_cases()} cases in the docket")


def bench_queries(cases: int, hearings: int, runs: int, url: str) -> None:
    started = time.perf_counter()
    populate(url, cases, hearings)
    analyze(url)
    print(f"queries: generated {cases} cases / {hearings} hearings in {time.perf_counter() - started:.0f} s")
    today = dt.date.today()
    with Store.open(url) as store:
        figures = {
            "upcoming hearings (first page of 200)": _median_ms(lambda: store.upcoming_hearings(today), runs),
            "upcoming hearings (page at offset 2,000)": _median_ms(
                lambda: store.upcoming_hearings(today, offset=2000), runs
            ),
            "upcoming hearings (next 7 days, one court)": _median_ms(
                lambda: store.upcoming_hearings(today, days=7, court="Cotonou"), runs
            ),
            "upcoming hearings (with past unconfirmed ones)": _median_ms(
                lambda: store.upcoming_hearings(today, include_past=True), runs
            ),
            "data_version": _median_ms(store.data_version, runs),
        }
        for label, value in figures.items():
            target = " (target < 20 ms)" if label.startswith("upcoming") else ""
            print(f"queries: {label}: {value:.1f} ms median{target}")
        for query in (
            "escroquerie",
            "party:tossou",
            "court:parakou corruption",
            "gildas after:2025-01",
            "zinsou*",
        ):
            hits = store.search(query)
            value = _median_ms(lambda q=query: store.search(q), runs)
            print(f"queries: search {query!r}: {value:.1f} ms median, {len(hits)} hits (target < 50 ms)")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--hearings", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument(
        "--db", metavar="URL", help="a PostgreSQL server to run on (the bench makes its own databases there)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docket-bench-") as tmp:
        workdir = Path(tmp)
        if not args.skip_ingest:
            with scratch_database(args.db, workdir, "ingest") as url:
                bench_ingest(workdir, args.reports, url)
        if not args.skip_queries:
            with scratch_database(args.db, workdir, "big") as url:
                bench_queries(args.cases, args.hearings, args.runs, url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
