"""Snapshots of home, case and search at 100x30 on the sample docket (pinned date, locale and theme).

Regenerate after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`, and look
at the SVGs under __snapshots__ before committing them.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import update
from textual.pilot import Pilot
from textual.widgets import Input
from tui_helpers import SIZE, TODAY, criet_case_id, make_app, select_entry, settle, wait_for

from docket.db.models import Ruling
from docket.db.store import Store
from docket.samples_dir import SAMPLES_DIR
from docket.tui.case import CaseScreen
from docket.tui.confirm import ConfirmModal
from docket.tui.import_screen import ImportScreen
from docket.tui.search import SearchScreen


def test_home(snap_compare, store: Store) -> None:  # type: ignore[no-untyped-def]
    async def loaded(pilot: Pilot) -> None:
        await settle(pilot)

    assert snap_compare(make_app(store), terminal_size=SIZE, run_before=loaded)


def test_home_with_past_hearings_to_confirm(snap_compare, store: Store) -> None:  # type: ignore[no-untyped-def]
    async def with_past(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)

    assert snap_compare(make_app(store), terminal_size=SIZE, run_before=with_past)


def test_case_with_evidence(snap_compare, store: Store) -> None:  # type: ignore[no-untyped-def]
    case_id = criet_case_id(store)

    async def open_case(pilot: Pilot) -> None:
        pilot.app.open_case(case_id)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, CaseScreen))
        await select_entry(pilot, pilot.app.screen, lambda entry: entry.label == "bail_denied")
        await pilot.pause()

    assert snap_compare(make_app(store), terminal_size=SIZE, run_before=open_case)


def test_search(snap_compare, store: Store) -> None:  # type: ignore[no-untyped-def]
    async def search(pilot: Pilot) -> None:
        await pilot.press("slash", *"CRIET")
        await wait_for(
            pilot, lambda: isinstance(pilot.app.screen, SearchScreen) and bool(pilot.app.screen.hits)
        )
        await wait_for(pilot, lambda: pilot.app.screen.answer.total is not None)  # counted after
        await pilot.pause()

    assert snap_compare(make_app(store), terminal_size=SIZE, run_before=search)


SIZES = [(80, 24), (100, 30)]


async def _on_case(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CaseScreen))
    await pilot.pause()


def _modal(keys: tuple[str, ...], on_case: bool = True):  # type: ignore[no-untyped-def]
    async def run(pilot: Pilot) -> None:
        if on_case:
            await _on_case(pilot)
        else:
            await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause(0.3)
        await settle(pilot)
        # Textual's own fields (the palette's) blink whatever the app says: a steady cursor, or the
        # snapshot depends on when it was taken.
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run


MODALS = {
    "record": (("r",), True),
    "record_kind_open": (("r", "tab", "enter"), True),
    "correct": (("down", "down", "down", "e"), True),
    "note": (("n",), True),
    "filter": (("c",), False),
    "help": (("question_mark",), False),
    "palette": (("ctrl+p",), False),
    "followed": (("2",), False),
}


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "100x30"])
@pytest.mark.parametrize("name", list(MODALS))
def test_modal(snap_compare, store: Store, name: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    keys, on_case = MODALS[name]
    assert snap_compare(make_app(store), terminal_size=size, run_before=_modal(keys, on_case))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "100x30"])
def test_confirm(snap_compare, store: Store, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Deleting a manual ruling asks first. Its line names who recorded it and when: that day is frozen."""
    case_id = criet_case_id(store)
    ruling_id = store.record_ruling(case_id, TODAY, "convicted", sentence="cinq ans", user="tester")
    with store._engine.begin() as connection:  # the day it was written down, not the day the test runs
        connection.execute(
            update(Ruling).where(Ruling.id == ruling_id).values(created_at=dt.datetime(2025, 10, 7, 9, 30))
        )

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        pilot.app.open_case(case_id)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, CaseScreen))
        await select_entry(pilot, pilot.app.screen, lambda entry: entry.record_id == ruling_id)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmModal))
        await pilot.pause()

    assert snap_compare(make_app(store), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "100x30"])
def test_import(snap_compare, store: Store, size: tuple[int, int], tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The import dialog after a folder of two reports: one already in the docket, one not a report. The
    folder is typed relative to the current folder, so no temporary path shows."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copyfile(SAMPLES_DIR / "bj_criet_houndegnon_appel.txt", folder / "criet.txt")
    (folder / "notes.txt").write_text("Liste de courses : pain, lait.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ImportScreen))
        await pilot.press(*"reports", "enter")
        await wait_for(pilot, lambda: not pilot.app.screen.running and bool(pilot.app.screen.results))
        await settle(pilot)

    assert snap_compare(make_app(store), terminal_size=size, run_before=run)
