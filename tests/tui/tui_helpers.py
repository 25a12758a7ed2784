"""Helpers shared by the dashboard tests: the app as the tests configure it, waiting, reading the screen."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from docket.db.store import Store
from docket.db.views import TimelineEntry
from docket.tui.app import DocketApp
from docket.tui.case import CaseScreen

TODAY = dt.date(2025, 10, 7)  # the day after the CRIET appeal hearing; next hearing on 2025-10-20
SIZE = (100, 30)


def make_app(store: object, **options: object) -> DocketApp:
    settings: dict[str, object] = {
        "today": TODAY,
        "locale": "fr",
        "user": "tester",
        "cursor_blink": False,
        "theme": "textual-dark",
    }
    settings.update(options)
    return DocketApp(store, **settings)  # type: ignore[arg-type]


async def wait_for(pilot: Pilot, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll until `predicate()` holds (workers, timers and messages settle at their own pace)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.02)


async def settle(pilot: Pilot) -> None:
    """Let the running workers finish and their results reach the screen."""
    while True:
        try:
            await pilot.app.workers.wait_for_complete()
            break
        except WorkerCancelled:  # an exclusive worker (the data-version poll) replaced by the next one
            continue
    await pilot.pause()


def screen_text(app: DocketApp) -> str:
    """What the terminal shows, as plain text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def criet_case_id(store: Store) -> int:
    rows = store.upcoming_hearings(dt.date(2025, 10, 20), days=1, country="BJ", today=dt.date(2025, 10, 7))
    assert rows, "the CRIET sample should give a hearing on 2025-10-20"
    return rows[0].case_id


async def open_criet(pilot: Pilot, store: Store) -> CaseScreen:
    pilot.app.open_case(criet_case_id(store))
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CaseScreen))
    await pilot.pause()
    return pilot.app.screen


async def select_entry(pilot: Pilot, screen: CaseScreen, wanted: Callable[[TimelineEntry], bool]) -> None:
    """Move the cursor from the top of the timeline to the first entry where wanted(entry) holds."""
    await pilot.press("home")
    for _ in range(screen.timeline.option_count):
        entry = screen.selected_entry
        if entry is not None and wanted(entry):
            return
        await pilot.press("down")
    raise AssertionError("no such entry in the timeline")


def timeline_lines(screen: CaseScreen) -> list[str]:
    timeline = screen.timeline
    return [str(timeline.get_option_at_index(i).prompt) for i in range(timeline.option_count)]
