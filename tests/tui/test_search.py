"""Search as you type, the fielded syntax, and Enter opening the case."""

from __future__ import annotations

import pytest
from tui_helpers import make_app, settle, wait_for

from docket.db.store import Store
from docket.tui.case import CaseScreen
from docket.tui.search import SearchScreen

pytestmark = pytest.mark.anyio


async def test_results_as_you_type_and_enter_opens_the_case(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        screen = app.screen
        assert "party:" in str(screen.query_one("#search-hint").render())
        await pilot.press(*"Houndégnon")
        await wait_for(pilot, lambda: bool(screen.hits))
        assert "affaire(s)" in str(screen.query_one("#search-status").render())
        case_id = screen.hits[0].case_id
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert app.screen.detail.case_id == case_id


async def test_enter_before_the_debounce_searches_and_opens_the_first_hit(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"court:CRIET", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert app.screen.detail.country == "BJ"


async def test_malformed_query_shows_the_store_message(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *'party:"Coffi')
        await settle(pilot)
        await wait_for(pilot, lambda: "quote" in str(app.screen.query_one("#search-status").render()))
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("down")
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)
