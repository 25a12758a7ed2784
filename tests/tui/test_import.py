"""Importing reports from the dashboard, and refreshing when another process writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual import events
from tui_helpers import make_app, settle, wait_for

from docket.db.store import Store
from docket.monitor.pipeline import ingest_bytes
from docket.samples_dir import SAMPLES_DIR
from docket.tui.home import HomeScreen
from docket.tui.import_screen import ImportScreen
from docket.tui.paged import PagedList

pytestmark = pytest.mark.anyio


async def paste(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Paste into the focused widget, as a user pastes a path (typing it key by key is slow)."""
    pilot.app.focused.post_message(events.Paste(text))
    await pilot.pause()


async def test_import_a_folder_with_progress(empty_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES_DIR / "bj_criet_houndegnon_appel.txt", folder / "sub")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / ".hidden.txt").write_text("ignored")
    app = make_app(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportScreen))
        screen = app.screen
        await paste(pilot, str(folder))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not screen.running and len(screen.results) == 2)
        statuses = sorted((Path(r.source).name, r.status) for r in screen.results)
        assert statuses == [("bj_criet_houndegnon_appel.txt", "new"), ("broken.txt", "failed")]
        assert "2 fichier(s)" in str(screen.query_one("#import-summary").render())
        assert "1 échec(s)" in str(screen.query_one("#import-summary").render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        rows = app.screen.query_one("#hearings", PagedList).rows
        assert [row.country for row in rows] == ["BJ"]


async def test_import_of_a_missing_path_says_so(empty_store: Store, tmp_path: Path) -> None:
    app = make_app(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportScreen))
        await paste(pilot, str(tmp_path / "nowhere"))
        await pilot.press("enter")
        await pilot.pause()
        assert not app.screen.running
        assert "Introuvable" in "".join(str(line.text) for line in app.screen.query_one("#import-log").lines)


async def test_dashboard_refreshes_when_another_process_adds_data(empty_store: Store) -> None:
    app = make_app(empty_store, poll_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        hearings = app.screen.query_one("#hearings", PagedList)
        assert hearings.rows == []
        watcher = Store.open(empty_store.url)  # a second connection, as `docket watch` would have
        try:
            report = SAMPLES_DIR / "bj_criet_houndegnon_appel.txt"
            ingest_bytes(watcher, report.read_bytes(), "watched/bj.txt")
        finally:
            watcher.close()
        await wait_for(pilot, lambda: len(hearings.rows) == 1)
