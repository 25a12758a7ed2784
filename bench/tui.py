"""How fast the dashboard answers on a big docket, headless (run by hand; prints medians).

    .venv/bin/python bench/tui.py                      # generates 100,000 cases / 300,000 hearings first
    .venv/bin/python bench/tui.py --db sqlite:///big.db  # reuses a docket made by bench/generate.py

Targets (issue 11): the first screen painted within 0.5 s of start (measured in a fresh process, imports
included); every key answered within 100 ms at p95 (measured in one session: the time to deliver the key
and let the screen settle; for keys that read in a worker, also the time until the rows are shown).
Each figure is printed as wall time and, next to it, the CPU time the process spent (all its threads):
on a shared machine the CPU time is the steadier one.
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
try:  # as `docket tui` starts (docket/cli/tui_command.py); older code has no such module
    from docket.tui.startup import heap_loaded, start_quietly
except ImportError:
    heap_loaded = start_quietly = lambda: None
start_quietly()
from docket.db.store import Store
from docket.tui.app import DocketApp
from docket.tui.paged import PagedList
imported = time.perf_counter() - started

async def main():
    store = Store.open({url!r})
    heap_loaded()
    opened = time.perf_counter() - started
    app = DocketApp(store, today=dt.date.fromisoformat({today!r}), locale="fr", cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        hearings = app.screen.query_one("#hearings", PagedList)
        # The first frame holding rows: the moment a terminal would show them. Headless, Textual still
        # composes every frame and hands it to App._display (which then writes nothing).
        frame = {{}}
        display = app._display

        def displayed(screen, update):
            if "at" not in frame and hearings.option_count:
                frame["at"], frame["cpu"] = time.perf_counter() - started, time.process_time()
            display(screen, update)

        app._display = displayed
        while not hearings.rows:
            await asyncio.sleep(0.005)
        await pilot.pause()  # one more refresh, and whatever the app does until it is idle
        painted = time.perf_counter() - started
        cpu = time.process_time()
    store.close()
    print(json.dumps({{
        "imported": imported, "opened": opened, "framed": frame.get("at", painted),
        "framed_cpu": frame.get("cpu", cpu), "painted": painted, "painted_cpu": cpu,
    }}))

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


async def key_latencies(
    url: str, today: dt.date, presses: int, pages: int = 10, search_rounds: int = 2
) -> dict[str, list[float]]:
    from textual.widgets import Input

    from docket.db.store import Store
    from docket.tui.app import DocketApp
    from docket.tui.case import CaseScreen
    from docket.tui.home import HomeScreen
    from docket.tui.paged import PagedList
    from docket.tui.search import DEBOUNCE_SECONDS, SearchScreen

    try:  # as `docket tui` starts (docket/cli/tui_command.py); older code has no such module
        from docket.tui.startup import heap_loaded, start_quietly
    except ImportError:
        heap_loaded = start_quietly = lambda: None

    figures: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    start_quietly()
    store = Store.open(url)
    heap_loaded()
    app = DocketApp(store, today=today, locale="fr", cursor_blink=False)

    async def timed(label: str, action: Callable[[], Awaitable[object]]) -> None:
        if label not in figures:
            print(f"  timing: {label}", file=sys.stderr, flush=True)
        started, started_cpu = time.perf_counter(), time.process_time()
        await action()
        figures.setdefault(label, []).append((time.perf_counter() - started) * 1000)
        cpu.setdefault(label, []).append((time.process_time() - started_cpu) * 1000)

    async with app.run_test(size=(100, 30)) as pilot:
        # Frames composed (headless, Textual still composes each and hands it to App._display).
        frames = {"count": 0}
        display = app._display

        def displayed(screen: object, update: object) -> None:
            frames["count"] += 1
            display(screen, update)  # type: ignore[arg-type]

        app._display = displayed  # type: ignore[method-assign]
        hearings = app.screen.query_one("#hearings", PagedList)
        while not hearings.rows:
            await asyncio.sleep(0.005)
        for _ in range(presses):
            await timed("down (move in the list)", lambda: answer(pilot, "down"))
        for _ in range(pages):
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
        await answer(pilot, "slash", lambda: isinstance(app.screen, SearchScreen))
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        search_input = screen.query_one("#search-input", Input)
        # The last one finds nothing: the answer then offers near-miss names ("did you mean").
        debounce = DEBOUNCE_SECONDS * 1000
        queries = ["escroquerie", "party:tossou", "court:parakou corruption", "gildas", "zinsou*", "Zinsuo"]
        for query in queries * search_rounds:
            search_input.value = query[:-1]  # typed but for the last letter (its search is cancelled)
            search_input.cursor_position = len(query) - 1

            async def searched(query: str = query) -> None:
                started, started_cpu = time.perf_counter(), time.process_time()
                await answer(pilot, query[-1])
                while screen.answer is None or screen.answer.query != query:
                    await asyncio.sleep(0.002)
                # The next frame holds the results: the moment a terminal shows them.
                drawn = frames["count"]
                while frames["count"] == drawn:
                    await asyncio.sleep(0.001)
                label = "search (last letter typed to the results' frame, less the debounce)"
                figures.setdefault(label, []).append((time.perf_counter() - started) * 1000 - debounce)
                cpu.setdefault(label, []).append((time.process_time() - started_cpu) * 1000)
                # Then the true total (counted after the results are shown, in newer code) and idle.
                while getattr(screen.answer, "total", 0) is None:
                    await asyncio.sleep(0.002)
                await pilot.pause()

            await timed("search (last letter typed to results and total shown, less the debounce)", searched)
            figures["search (last letter typed to results and total shown, less the debounce)"][-1] -= (
                debounce
            )
    store.close()
    return {label: values + cpu[label] for label, values in figures.items()}  # wall, then CPU


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", metavar="URL", help="an existing docket (default: generate one)")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--hearings", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for the first-paint figure")
    parser.add_argument("--presses", type=int, default=200, help="down presses timed")
    parser.add_argument("--pages", type=int, default=10, help="next pages read with End, timed")
    parser.add_argument(
        "--search-rounds", type=int, default=2, help="times each of the six searches is timed"
    )
    parser.add_argument("--first-paint-only", action="store_true")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="the dashboard's today (YYYY-MM-DD); a later day than the docket was made on leaves past "
        "hearings to confirm, which `p` lists first",
    )
    args = parser.parse_args()
    today = args.today
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
        labels = {
            "imported": "imports done",
            "opened": "store open",
            "framed": "first frame with rows",
            "painted": "first screen, app idle",
        }
        for stage, label in labels.items():
            values = stages[stage]
            line = (
                f"start → {label}: median {statistics.median(values):.2f} s, max {max(values):.2f} s "
                f"over {len(values)} fresh processes"
            )
            if f"{stage}_cpu" in stages:
                cpu = stages[f"{stage}_cpu"]
                line += f"; CPU median {statistics.median(cpu):.2f} s, max {max(cpu):.2f} s (target <= 0.5 s)"
            print(line)
        if args.first_paint_only:
            return 0
        for label, both in asyncio.run(
            key_latencies(url, today, args.presses, args.pages, args.search_rounds)
        ).items():
            wall, cpu = both[: len(both) // 2], both[len(both) // 2 :]
            print(
                f"{label}: median {statistics.median(wall):.1f} ms, p95 {_p95(wall):.1f} ms; "
                f"CPU median {statistics.median(cpu):.1f} ms, p95 {_p95(cpu):.1f} ms (n={len(wall)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
