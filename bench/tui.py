"""How fast the dashboard answers on a big docket, headless (run by hand; prints medians).

    .venv/bin/python bench/tui.py                      # generates 100,000 cases / 300,000 hearings first
    .venv/bin/python bench/tui.py --db sqlite:///big.db  # reuses a docket made by bench/generate.py

Targets: the first screen painted within 1.0 s of start (measured in a fresh process, imports included);
a key press answered within 100 ms (measured in one session: the time `Pilot.press` takes to deliver the
key and let the screen settle; for keys that read in a worker, also the time until the rows are shown).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual import events
from textual.pilot import Pilot

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# This file is bench/tui.py: its folder, first on sys.path when run as a script, would shadow the `tui`
# package. The repository root goes first; bench/ (for generate.py) last.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != BENCH] + [str(BENCH)]

# A fresh interpreter: the clock starts before Textual, SQLAlchemy and Babel are imported.
FIRST_PAINT = """
import time
started = time.perf_counter()
import asyncio, datetime as dt, json, sys
sys.path.insert(0, {root!r})
from docket.db.store import Store
from docket.tui.app import DocketApp
from docket.tui.paged import PagedList
imported = time.perf_counter() - started

async def main():
    store = Store.open({url!r})
    opened = time.perf_counter() - started
    app = DocketApp(store, today=dt.date.fromisoformat({today!r}), locale="fr", cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        hearings = app.screen.query_one("#hearings", PagedList)
        while not hearings.rows:
            await asyncio.sleep(0.005)
        await pilot.pause()  # one more refresh: the rows are on screen
        painted = time.perf_counter() - started
    store.close()
    print(json.dumps({{"imported": imported, "opened": opened, "painted": painted}}))

asyncio.run(main())
"""


def first_paint(url: str, today: dt.date, runs: int) -> dict[str, list[float]]:
    """Seconds from interpreter start to: imports done, store open, first page of hearings on screen."""
    script = FIRST_PAINT.format(root=str(ROOT), url=url, today=today.isoformat())
    timings: dict[str, list[float]] = {}
    for _ in range(runs):
        output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
        for stage, seconds in json.loads(output.stdout.strip().splitlines()[-1]).items():
            timings.setdefault(stage, []).append(seconds)
    return timings


async def answer(pilot: Pilot, key: str, until: Callable[[], bool] = lambda: True) -> None:
    """Press `key` and return once the app has handled it and painted the result.

    Not `Pilot.press`: that also waits for the process to look idle, which adds up to a second whenever
    a background thread is busy, and measures the test harness rather than the dashboard.
    """
    app = pilot.app
    app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
    handled = asyncio.Event()
    app.call_later(handled.set)  # after the app has forwarded the key to the focused widget
    await handled.wait()
    # The widgets have processed it and the messages it set off (key → selected → opened → new screen).
    for _ in range(3):
        await pilot._wait_for_screen()
    while not until():
        await asyncio.sleep(0)
    painted = asyncio.Event()
    app.screen.call_after_refresh(painted.set)
    await painted.wait()


async def key_latencies(url: str, today: dt.date, presses: int) -> dict[str, list[float]]:
    from docket.db.store import Store
    from docket.tui.app import DocketApp
    from docket.tui.case import CaseScreen
    from docket.tui.home import HomeScreen
    from docket.tui.paged import PagedList

    figures: dict[str, list[float]] = {}
    store = Store.open(url)
    app = DocketApp(store, today=today, locale="fr", cursor_blink=False)

    async def timed(label: str, action: Callable[[], Awaitable[object]]) -> None:
        started = time.perf_counter()
        await action()
        figures.setdefault(label, []).append((time.perf_counter() - started) * 1000)

    async with app.run_test(size=(100, 30)) as pilot:
        hearings = app.screen.query_one("#hearings", PagedList)
        while not hearings.rows:
            await asyncio.sleep(0.005)
        for _ in range(presses):
            await timed("down (move in the list)", lambda: answer(pilot, "down"))
        for _ in range(10):
            # Jump to the end of what is loaded: the next page is read in a worker.
            before = len(hearings.rows)
            await timed("end (key answered)", lambda: answer(pilot, "end"))

            async def next_page(before: int = before) -> None:
                while len(hearings.rows) == before and not hearings.exhausted:
                    await asyncio.sleep(0.002)
                await pilot.pause()

            await timed("end (next page of 100 shown)", next_page)

        def opened() -> bool:
            return isinstance(app.screen, CaseScreen)

        def home() -> bool:
            return isinstance(app.screen, HomeScreen)

        for _ in range(10):
            await timed("enter (open the case)", lambda: answer(pilot, "enter", opened))
            await timed("down (timeline, evidence)", lambda: answer(pilot, "down"))
            await timed("escape (back home)", lambda: answer(pilot, "escape", home))
        for _ in range(6):
            await timed("p (toggle past: key answered)", lambda: answer(pilot, "p"))

            async def reloaded() -> None:
                await app.workers.wait_for_complete()
                await pilot.pause()

            await timed("p (toggle past: rows shown)", reloaded)
    store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", metavar="URL", help="an existing docket (default: generate one)")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--hearings", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for the first-paint figure")
    parser.add_argument("--presses", type=int, default=200, help="down presses timed")
    args = parser.parse_args()
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="docket-bench-tui-") as tmp:
        url = args.db
        if url is None:
            from generate import populate

            url = f"sqlite:///{Path(tmp) / 'big.db'}"
            started = time.perf_counter()
            populate(url, args.cases, args.hearings)
            elapsed = time.perf_counter() - started
            print(f"generated {args.cases} cases / {args.hearings} hearings in {elapsed:.0f} s")
        stages = first_paint(url, today, args.runs)
        labels = {"imported": "imports done", "opened": "store open", "painted": "first screen"}
        for stage, label in labels.items():
            values = stages[stage]
            print(
                f"start → {label}: median {statistics.median(values):.2f} s, max {max(values):.2f} s "
                f"over {len(values)} fresh processes" + (" (target <= 1.0 s)" if stage == "painted" else "")
            )
        for label, values in asyncio.run(key_latencies(url, today, args.presses)).items():
            values.sort()
            p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
            print(f"{label}: median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms (n={len(values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
