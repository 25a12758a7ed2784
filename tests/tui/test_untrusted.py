"""Report text is untrusted: markup and escape sequences in it are shown literally and do nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from fake_store import FakeStore, entry
from tui_helpers import make_app, screen_text, settle, wait_for

from docket.db.views import EvidenceView
from docket.tui.case import CaseScreen
from docket.tui.search import SearchScreen

pytestmark = pytest.mark.anyio

CLICK = "[@click=app.quit]x[/]"
BOLD = "[b]bold[/b]"
ANSI = "\x1b[31mred"
HOSTILE = f"{CLICK} {BOLD} {ANSI}"


def hostile_store() -> FakeStore:
    report = f"Titre {BOLD}\n\nLe tribunal a renvoyé {HOSTILE} au 20 octobre.\n\nFin du compte rendu."
    start = report.index("Le tribunal")
    end = report.index("octobre.") + len("octobre.")
    evidence = EvidenceView(
        7, "feed/item.html", f"Titre {BOLD}", dt.date(2025, 10, 7), start, end, report[start:end]
    )
    store = FakeStore()
    store.add_case(
        7,
        f"{CLICK} Affaire",
        [(f"Jean {HOSTILE}", "defendant")],
        [
            entry("hearing", 70, dt.date(2025, 10, 20), "scheduled", detail=BOLD, evidence=evidence),
            entry("ruling", 71, dt.date(2025, 10, 6), "adjourned", ANSI, party=CLICK, evidence=evidence),
        ],
        source_text=report,
    )
    store.texts[7] = report
    return store


async def test_markup_and_escapes_in_reports_are_shown_literally_and_do_nothing() -> None:
    app = make_app(hostile_store())
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        home = screen_text(app)
        assert CLICK in home
        assert "\x1b" not in home
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        await pilot.press("down", "down")
        await pilot.pause()
        shown = screen_text(app)
        assert f"Jean {CLICK} {BOLD} red" in shown  # the party, in the header; the escape dropped
        assert f"Le tribunal a renvoyé {CLICK} {BOLD} red" in shown  # the evidence sentence
        assert "[31m" not in shown  # no litter from the escape sequence
        assert "\x1b" not in shown
        # Clicking on the would-be links does not quit (nor run any action).
        for y in range(app.size.height):
            await pilot.click(offset=(12, y))
        assert app.is_running
        assert app.return_code is None


async def test_search_results_are_shown_literally() -> None:
    app = make_app(hostile_store())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"affaire")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen) and bool(app.screen.hits))
        await pilot.pause()
        assert f"{CLICK} Affaire" in screen_text(app)
        await pilot.click("#search-results")
        assert app.is_running
