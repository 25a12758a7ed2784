"""Fixtures for the dashboard tests: a real docket file ingested from samples/, and the app on it."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from db.store import Store
from tui.app import DocketApp
from tui.files import SAMPLES_DIR, report_files

TODAY = dt.date(2025, 10, 7)  # the day after the CRIET appeal hearing; next hearing on 2025-10-20
SIZE = (100, 30)


@pytest.fixture(scope="session")
def sample_docket(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample ingested once per session; tests work on copies of this file."""
    path = tmp_path_factory.mktemp("template") / "docket.sqlite"
    store = Store.open(f"sqlite:///{path}")
    try:
        for report in report_files(SAMPLES_DIR):
            # Relative URIs: what the snapshots show must not depend on where the repository is cloned.
            store.ingest_bytes(report.read_bytes(), f"samples/{report.name}")
    finally:
        store.close()
    return path


@pytest.fixture
def docket_url(sample_docket: Path, tmp_path: Path) -> str:
    copy = tmp_path / "docket.sqlite"
    shutil.copyfile(sample_docket, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def store(docket_url: str) -> Iterator[Store]:
    opened = Store.open(docket_url)
    yield opened
    opened.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    yield opened
    opened.close()


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
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app: DocketApp) -> str:
    """What the terminal shows, as plain text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (marked anyio) run on asyncio, Textual's event loop."""
    return "asyncio"
