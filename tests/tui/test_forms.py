"""Dialog layout at the sizes people use: every field visible, lists open full, buttons on screen."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input, Select
from textual.widgets._select import SelectOverlay
from tui_helpers import make_app, open_criet, settle, wait_for

from docket.db.store import Store
from docket.tui.record import RecordModal

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_record_form_kind_list_opens_full_and_buttons_stay_on_screen(
    store: Store, size: tuple[int, int]
) -> None:
    app = make_app(store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await open_criet(pilot, store)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordModal))
        screen_region = app.screen.region
        save = app.screen.query_one("#record-save", Button)
        assert screen_region.contains_region(save.region), (save.region, screen_region)
        await pilot.press("tab", "enter")
        await pilot.pause()
        overlay = app.screen.query_one(SelectOverlay)
        assert app.screen.query_one("#record-kind", Select).expanded
        assert overlay.region.height > 1
        assert screen_region.contains_region(overlay.region)
        assert screen_region.contains_region(save.region), (save.region, screen_region)
        assert app.screen.query_one("#record-dialog").region.height < size[1]


async def test_record_form_inputs_are_visible_unfocused_and_the_date_placeholder_is_a_format(
    store: Store,
) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_criet(pilot, store)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordModal))
        dialog = app.screen.query_one("#record-dialog")
        party = app.screen.query_one("#record-party", Input)
        assert not party.has_focus
        # An unfocused field stands out from the dialog behind it.
        assert party.styles.background != dialog.styles.background
        date = app.screen.query_one("#record-date", Input)
        assert date.placeholder == "AAAA-MM-JJ"  # a format, not a date one could take for a value
