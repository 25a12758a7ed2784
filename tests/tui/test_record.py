"""Recording rulings and hearings by hand, correcting extracted ones, deleting manual ones."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, Select
from tui_helpers import make_app, open_criet, select_entry, settle, timeline_lines, wait_for

from docket.db.store import Store
from docket.tui.case import CaseScreen
from docket.tui.confirm import ConfirmModal
from docket.tui.home import HomeScreen
from docket.tui.paged import PagedList
from docket.tui.record import RecordModal

pytestmark = pytest.mark.anyio


async def choose_kind(pilot, label_index: int) -> None:  # type: ignore[no-untyped-def]
    """Open the kind list from the keyboard and pick the `label_index`-th kind."""
    await pilot.press("tab", "enter")
    await pilot.pause()
    for _ in range(label_index + 1):
        await pilot.press("down")
    await pilot.press("enter")


async def test_record_a_ruling_and_see_it_in_the_timeline_and_on_home(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_criet(pilot, store)
        before = len(screen.detail.timeline)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordModal))
        await pilot.press(*"2025-10-20")
        await choose_kind(pilot, 5)  # convicted
        await pilot.press("tab", *"Camille", "tab", *"deux ans", "tab", *"verdict", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert len(screen.detail.timeline) == before + 1
        recorded = [entry for entry in screen.detail.timeline if entry.origin == "manual"]
        assert [(e.kind, e.date, e.label, e.party) for e in recorded] == [
            ("ruling", dt.date(2025, 10, 20), "convicted", "Camille")
        ]
        assert recorded[0].recorded_by == "tester"
        assert screen.selected_entry == recorded[0]  # the cursor is on what was just recorded
        shown = timeline_lines(screen)
        assert any("condamnation" in line and "✎ manuel par tester" in line for line in shown)
        await pilot.press("escape")
        await settle(pilot)
        home_row = next(r for r in app.screen.query_one("#hearings", PagedList).rows if r.country == "BJ")
        assert home_row.last_ruling == "convicted"


async def test_record_a_hearing(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        await pilot.press("a", *"2025-11-03", "tab", *"plaidoiries", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert any(e.date == dt.date(2025, 11, 3) and e.origin == "manual" for e in screen.detail.timeline)
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert dt.date(2025, 11, 3) in {row.date for row in app.screen.query_one("#hearings", PagedList).rows}


async def test_bad_date_is_refused_and_the_form_stays(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        before = screen.detail.timeline
        await pilot.press("a", *"2025-13-45", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordModal)
        assert "Date invalide" in str(app.screen.query_one("#record-error").render())
        await pilot.press("escape")
        assert screen.detail.timeline == before


async def test_a_ruling_needs_a_kind(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_criet(pilot, store)
        await pilot.press("r", *"2025-10-20", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordModal)
        assert "nature" in str(app.screen.query_one("#record-error").render())


async def test_correct_an_extracted_ruling_then_delete_the_correction(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        parsed = next(e for e in screen.detail.timeline if e.kind == "ruling" and e.origin == "parsed")
        await select_entry(pilot, screen, lambda entry: entry == parsed)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordModal))
        await pilot.press(*"2025-10-06", "ctrl+s")  # the prefilled date is selected: typing replaces it
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        original = next(
            e for e in screen.detail.timeline if e.kind == "ruling" and e.record_id == parsed.record_id
        )
        correction = next(e for e in screen.detail.timeline if e.corrects_id == parsed.record_id)
        assert original.superseded and correction.origin == "manual"
        assert correction.date == dt.date(2025, 10, 6) and correction.label == parsed.label
        assert any("[corrigé]" in line for line in timeline_lines(screen))
        assert any("✎ correction" in line for line in timeline_lines(screen))

        # A parsed entry cannot be deleted; the correction can, after confirmation.
        await select_entry(pilot, screen, lambda entry: entry.superseded)
        await pilot.press("d")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmModal)
        await select_entry(pilot, screen, lambda entry: entry.corrects_id == parsed.record_id)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("n")
        await pilot.pause()
        assert any(e.corrects_id == parsed.record_id for e in screen.detail.timeline)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("y")
        await pilot.pause()
        assert not any(e.corrects_id == parsed.record_id for e in screen.detail.timeline)
        assert not any(e.superseded for e in screen.detail.timeline if e.record_id == parsed.record_id)


async def test_correcting_a_parsed_ruling_does_not_copy_its_source_words_into_the_note(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        parsed = next(
            e for e in screen.detail.timeline if e.kind == "ruling" and e.origin == "parsed" and e.detail
        )
        await select_entry(pilot, screen, lambda entry: entry == parsed)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordModal))
        assert app.screen.query_one("#record-note", Input).value == ""
        app.screen.query_one("#record-kind", Select).value = "bail_granted"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        correction = next(e for e in screen.detail.timeline if e.corrects_id == parsed.record_id)
        assert correction.label == "bail_granted"
        assert correction.note is None
        assert not correction.detail or parsed.detail not in correction.detail
