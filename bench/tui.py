"""How fast the dashboard answers on a big docket, headless (run by hand; prints medians).

    .venv/bin/python bench/tui.py                      # generates 100,000 cases / 300,000 hearings first
    .venv/bin/python bench/tui.py --db sqlite:///big.db  # reuses a docket made by bench/generate.py

Targets (issue 11): the first screen painted within 0.5 s of start (measured in a fresh process, imports
included); every key answered within 100 ms at p95 (measured in one session: the time to deliver the key
and let the screen settle; for keys that read in a worker, also the time until the rows are shown).
Each figure is printed as wall time and, next to it, the CPU time the process spent (all its threads):
on a shared machine the CPU time is the steadier one.
A wait that lasts over STUCK_AFTER seconds (a screen, frame or answer that never comes) is printed as STUCK
with the case, left out of the figures, and the bench goes on (and exits with status 1).
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
    for run in range(runs):
        try:
            output = subprocess.run(
                [sys.executable, "-c", script], check=True, capture_output=True, text=True, timeout=60
            )
        except subprocess.TimeoutExpired:  # reported, not waited out
            print(f"STUCK: first-paint process {run + 1} still running after 60 s", file=sys.stderr)
            continue
        for stage, seconds in json.loads(output.stdout.strip().splitlines()[-1]).items():
            timings.setdefault(stage, []).append(seconds)
    return timings


STUCK_AFTER = 10.0  # seconds: a wait this long is reported as stuck, never waited out


class Stuck(Exception):
    """The dashboard did not reach a state the bench waits for within STUCK_AFTER seconds."""


async def reached(predicate: Callable[[], bool], what: str, poll: float = 0.0) -> None:
    """Poll until `predicate()` holds; raise Stuck (naming `what`) rather than wait forever."""
    deadline = time.perf_counter() + STUCK_AFTER
    while not predicate():
        if time.perf_counter() > deadline:
            raise Stuck(what)
        await asyncio.sleep(poll)


async def within(awaitable: Awaitable[object], what: str) -> None:
    try:
        await asyncio.wait_for(awaitable, STUCK_AFTER)
    except TimeoutError:
        raise Stuck(what) from None


async def answer(pilot: Pilot, key: str, until: Callable[[], bool] = lambda: True) -> None:
    """Press `key` and return once the app has handled it and painted the result.

    Not `Pilot.press`: that also waits for the process to look idle, which adds up to a second whenever
    a background thread is busy, and measures the test harness rather than the dashboard.
    """
    app = pilot.app
    app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
    handled = asyncio.Event()
    app.call_later(handled.set)  # after the app has forwarded the key to the focused widget
    await within(handled.wait(), f"key {key!r} handled")
    # The widgets have processed it and the messages it set off (key → selected → opened → new screen).
    for _ in range(3):
        await within(pilot._wait_for_screen(), f"key {key!r}: screen settled")
    await reached(until, f"key {key!r}: the screen it leads to")
    painted = asyncio.Event()
    app.screen.call_after_refresh(painted.set)
    await within(painted.wait(), f"key {key!r}: painted")


async def key_latencies(
    url: str, today: dt.date, presses: int, pages: int = 10, search_rounds: int = 2
) -> tuple[dict[str, list[float]], list[str]]:
    """Each key's wall and CPU times in ms (wall, then CPU, in one list), and the presses found stuck."""
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
    stuck: list[str] = []
    start_quietly()
    store = Store.open(url)
    heap_loaded()
    app = DocketApp(store, today=today, locale="fr", cursor_blink=False)

    def record(label: str, wall_ms: float, cpu_ms: float) -> None:
        figures.setdefault(label, []).append(wall_ms)
        cpu.setdefault(label, []).append(cpu_ms)

    async def timed(label: str, action: Callable[[], Awaitable[object]]) -> None:
        if label not in figures:
            print(f"  timing: {label}", file=sys.stderr, flush=True)
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            await action()
        except Stuck as error:  # reported, left out of the figures, and the bench goes on
            stuck.append(f"{label}: {error}")
            print(f"  STUCK: {label}: {error}", file=sys.stderr, flush=True)
            return
        record(label, (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000)

    async with app.run_test(size=(100, 30)) as pilot:
        # Headless, Textual still composes each frame and hands it to App._display. For search,
        # the frame itself notes when it is the first to hold the awaited query's results, then its total:
        # comparing frame counts from the bench's side missed a frame composed before the bench looked at the
        # answer, and then waited for a next frame that a search finding nothing never brings (the hang of
        # --search-rounds 5, bench/NOTES.md, tui6).
        awaited: dict[str, object] = {}
        display = app._display

        def displayed(screen: object, update: object) -> None:
            shown = getattr(app.screen, "answer", None)
            if awaited and getattr(shown, "query", None) == awaited["query"]:
                now = (time.perf_counter(), time.process_time())
                awaited.setdefault("results", now)
                if getattr(shown, "total", 0) is not None:
                    awaited.setdefault("total", now)
            display(screen, update)  # type: ignore[arg-type]

        app._display = displayed  # type: ignore[method-assign]
        hearings = app.screen.query_one("#hearings", PagedList)
        await reached(lambda: bool(hearings.rows), "the first page", poll=0.005)
        for _ in range(presses):
            await timed("down (move in the list)", lambda: answer(pilot, "down"))
        for _ in range(pages):
            # Jump to the end of what is loaded: the next page is read in a worker.
            before = len(hearings.rows)
            await timed("end (key answered)", lambda: answer(pilot, "end"))

            async def next_page(before: int = before) -> None:
                await reached(
                    lambda: len(hearings.rows) != before or hearings.exhausted, "the next page", poll=0.002
                )
                await within(pilot.pause(), "idle after the next page")

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
                await within(app.workers.wait_for_complete(), "the past hearings' worker")
                await within(pilot.pause(), "idle after the past hearings")

            await timed("p (toggle past: rows shown)", reloaded)
        await answer(pilot, "slash", lambda: isinstance(app.screen, SearchScreen))
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        search_input = screen.query_one("#search-input", Input)
        # The last one finds nothing: the answer then offers near-miss names ("did you mean").
        debounce = DEBOUNCE_SECONDS * 1000
        queries = ["escroquerie", "party:tossou", "court:parakou corruption", "gildas", "zinsou*", "Zinsuo"]
        framed = "search (last letter typed to the results' frame, less the debounce)"
        totalled = "search (last letter typed to the frame with results and total, less the debounce)"
        settled = "search (last letter typed to results and total shown, app idle, less the debounce)"
        for round_number in range(1, search_rounds + 1):
            for query in queries:
                search_input.value = query[:-1]  # typed but for the last letter (its search is cancelled)
                search_input.cursor_position = len(query) - 1
                await within(pilot.pause(), "idle before typing")
                awaited.clear()
                case = f"search {query!r}, round {round_number}"
                if framed not in figures:
                    print(f"  timing: {framed} (and the total, and idle)", file=sys.stderr, flush=True)
                started, started_cpu = time.perf_counter(), time.process_time()
                try:
                    awaited["query"] = query
                    await answer(pilot, query[-1])
                    await reached(lambda: "results" in awaited, f"{case}: a frame with its results", 0.002)
                    await reached(lambda: "total" in awaited, f"{case}: a frame with its total", 0.002)
                    await within(pilot.pause(), f"{case}: idle after the total")
                except Stuck as error:
                    shown = getattr(screen.answer, "query", None)
                    stuck.append(f"{error} (answer shown: {shown!r}, input: {search_input.value!r})")
                    print(f"  STUCK: {stuck[-1]}", file=sys.stderr, flush=True)
                    continue
                ended, ended_cpu = time.perf_counter(), time.process_time()
                for label, (at, at_cpu) in (
                    (framed, awaited["results"]),
                    (totalled, awaited["total"]),
                    (settled, (ended, ended_cpu)),
                ):
                    record(label, (at - started) * 1000 - debounce, (at_cpu - started_cpu) * 1000)  # type: ignore[operator]
    store.close()
    return {label: values + cpu[label] for label, values in figures.items()}, stuck  # wall, then CPU


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
        latencies, stuck = asyncio.run(
            key_latencies(url, today, args.presses, args.pages, args.search_rounds)
        )
        for label, both in latencies.items():
            wall, cpu = both[: len(both) // 2], both[len(both) // 2 :]
            print(
                f"{label}: median {statistics.median(wall):.1f} ms, p95 {_p95(wall):.1f} ms; "
                f"CPU median {statistics.median(cpu):.1f} ms, p95 {_p95(cpu):.1f} ms (n={len(wall)})"
            )
        for case in stuck:
            print(f"STUCK (left out of the figures above): {case}")
    return 1 if stuck else 0


if __name__ == "__main__":
    sys.exit(main())
