"""The case screen: header, timeline oldest first, evidence in its report, sources; following a case."""

from __future__ import annotations

import pytest
from tui_helpers import make_app, open_criet, screen_text, select_entry, settle, timeline_lines, wait_for

from docket.db.store import Store
from docket.tui.case import CaseScreen
from docket.tui.followed import FollowedScreen
from docket.tui.paged import PagedList

pytestmark = pytest.mark.anyio


async def test_case_header_timeline_and_sources(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        header = str(screen.query_one("#case-header").render())
        assert "Cour de répression des infractions économiques et du terrorisme" in header
        assert "Pays : BJ" in header
        assert "Chefs : " in header
        shown = timeline_lines(screen)
        assert shown[0] == "Chronologie"
        assert "Sources" in shown
        assert any("Bénin : en appel, la CRIET" in line for line in shown)  # the source, by its title
        dated = [entry.date for entry in screen.detail.timeline if entry.date]
        assert dated == sorted(dated)
        assert any("20 oct. 2025" in line and "audience prévue" in line for line in shown)


async def test_selecting_an_entry_shows_its_sentence_in_the_report(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        with_evidence = [i for i, e in enumerate(screen.detail.timeline) if e.evidence is not None]
        assert with_evidence
        target = screen.detail.timeline[with_evidence[-1]]
        await select_entry(pilot, screen, lambda entry: entry == target)
        shown = screen.evidence_text
        assert target.evidence.sentence in str(shown)
        assert "publié le mar. 7 oct. 2025" in str(shown)
        # The sentence itself is the highlighted span.
        highlighted = [
            shown.plain[span.start : span.end] for span in shown.spans if "reverse" in str(span.style)
        ]
        assert target.evidence.sentence in highlighted
        await pilot.press("end")
        assert "bj_criet_houndegnon_appel.txt" in str(screen.evidence_text)
        assert "Pas de remise en liberté" in str(screen.evidence_text)


async def test_follow_note_and_followed_screen(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        await pilot.press("f")
        await pilot.pause()
        assert screen.detail.followed
        assert "★ Suivie" in str(screen.query_one("#case-header").render())
        assert "f Ne plus suivre" in screen_text(app)
        await pilot.press("n")
        await pilot.press(*"audience clé", "enter")
        await pilot.pause()
        assert screen.detail.follow_note == "audience clé"
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, FollowedScreen))
        await settle(pilot)
        followed = app.screen.query_one("#followed", PagedList)
        assert [case.case_id for case in followed.rows] == [screen.detail.case_id]
        line = str(followed.get_option_at_index(0).prompt)
        assert "audience clé" in line and "dans 13 jours" in line
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen is not screen)
        await pilot.press("f")
        await pilot.pause()
        assert not app.screen.detail.followed
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FollowedScreen)
        assert app.screen.query_one("#followed", PagedList).rows == []
