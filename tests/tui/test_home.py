"""The home screen: upcoming hearings from the real sample docket."""

from __future__ import annotations

import datetime as dt

import pytest
from fake_store import store_of_cases
from tui_helpers import make_app, settle, wait_for

from docket.db.store import Store
from docket.tui.case import CaseScreen
from docket.tui.home import HomeScreen
from docket.tui.paged import PAGE_SIZE, PagedList

pytestmark = pytest.mark.anyio


def lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    hearings = app.screen.query_one("#hearings", PagedList)
    return [str(hearings.get_option_at_index(i).prompt) for i in range(hearings.option_count)]


async def test_home_shows_upcoming_hearings_under_day_headings(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = lines(app)
        criet = [line for line in shown if "20 oct." in line]
        assert criet, shown
        assert "dans 13 jours" in criet[0]
        assert "Cour de rép" in criet[0]
        assert shown[0] == "Lundi 20 octobre · 1 audience"  # a day heading with its count
        # Nothing before --today without the past toggle.
        rows = app.screen.query_one("#hearings", PagedList).rows
        assert rows and all(row.date >= dt.date(2025, 10, 7) for row in rows)


async def test_today_and_tomorrow_headings(store: Store) -> None:
    app = make_app(store, today=dt.date(2025, 10, 19))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = lines(app)
        assert shown[0] == "Demain · lundi 20 octobre · 1 audience"
        assert "demain" in shown[1]


async def test_past_toggle_shows_hearings_to_confirm(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = len(app.screen.query_one("#hearings", PagedList).rows)
        await pilot.press("p")
        await settle(pilot)
        rows = app.screen.query_one("#hearings", PagedList).rows
        past = [row for row in rows if row.date < dt.date(2025, 10, 7)]
        assert past and len(rows) > before
        assert any("⚠ à confirmer" in line for line in lines(app))
        assert "avec les audiences passées" in str(app.screen.query_one("#home-status").render())
        await pilot.press("p")
        await settle(pilot)
        assert len(app.screen.query_one("#hearings", PagedList).rows) == before


async def test_filter_by_country_then_clear(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        everything = len(app.screen.query_one("#hearings", PagedList).rows)
        await pilot.press("c")
        await pilot.press("tab", "b", "j", "enter")
        await settle(pilot)
        rows = app.screen.query_one("#hearings", PagedList).rows
        assert rows and {row.country for row in rows} == {"BJ"}
        assert len(rows) < everything
        await pilot.press("x")
        await settle(pilot)
        assert len(app.screen.query_one("#hearings", PagedList).rows) == everything


async def test_a_filter_matching_nothing_says_how_to_clear_it(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("c", *"nulle part", "enter")
        await settle(pilot)
        assert app.screen.query_one("#hearings", PagedList).rows == []
        assert "x pour les retirer" in str(app.screen.query_one("#home-empty").render())
        assert "juridiction ~ nulle part" in str(app.screen.query_one("#home-status").render())


async def test_bad_country_code_is_refused_in_the_dialog(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("c", "tab", "1", "enter")
        await pilot.pause()
        assert "Code pays" in str(app.screen.query_one("#filter-error").render())
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_enter_opens_the_case(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert app.screen.detail.country == "BJ"
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_empty_docket_says_how_to_fill_it(empty_store: Store) -> None:
    app = make_app(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Importez des comptes rendus" in str(app.screen.query_one("#home-empty").render())


async def test_rows_are_read_a_page_at_a_time() -> None:
    app = make_app(store_of_cases(250))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        hearings = app.screen.query_one("#hearings", PagedList)
        assert len(hearings.rows) == PAGE_SIZE
        await pilot.press("end")
        await settle(pilot)
        assert len(hearings.rows) == 2 * PAGE_SIZE
        await pilot.press("end")
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        assert len(hearings.rows) == 250 and hearings.exhausted
        assert hearings.highlighted_row.case_title == "Affaire 249"
        # Other filters make another list: it starts again from one page, whatever was scrolled through.
        await pilot.press("p")
        await settle(pilot)
        assert len(hearings.rows) == PAGE_SIZE and not hearings.exhausted
        assert hearings.highlighted_row.case_title == "Affaire 0"


async def test_followed_cases_come_first_and_are_marked(store: Store) -> None:
    from tui_helpers import criet_case_id

    store.follow(criet_case_id(store), note="CRIET")
    app = make_app(store, today=dt.date(2025, 10, 1))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = lines(app)
        assert shown[0] == "★ Vos affaires suivies"
        assert "★ Houndégnon" in shown[1]
        # Each also under its own day, marked there too.
        pinned = [
            r
            for r in app.screen.query_one("#hearings", PagedList).rows
            if type(r).__name__ == "PinnedHearing"
        ]
        assert pinned and sum("★ Houndégnon" in line for line in shown) == 2 * len(pinned)


async def test_whats_new_strip_honours_today_and_ansi_is_stripped(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await wait_for(pilot, lambda: "Depuis le" in str(app.screen.query_one("#home-news").render()))
        news = str(app.screen.query_one("#home-news").render())
        assert "6 oct. 2025" in news and "nouvelle(s) affaire(s)" in news


async def test_filters_are_kept_between_runs(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
    again = make_app(store)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert again.screen.include_past


async def test_followed_list_shows_next_hearing_and_last_ruling_and_unfollows_in_place(store: Store) -> None:
    from tui_helpers import criet_case_id

    from docket.tui.followed import FollowedScreen

    store.follow(criet_case_id(store), note="appel CRIET")
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, FollowedScreen) and bool(app.screen.cases.rows))
        await settle(pilot)
        listed = app.screen.cases
        line = str(listed.get_option_at_index(0).prompt)
        assert "lun. 20 oct." in line and "dans 13 jours" in line  # the next hearing, dated
        assert "renvoi" in line or "liberté provisoire refusée" in line  # the last ruling, in words
        assert "appel CRIET" in line
        await pilot.press("u")
        await wait_for(pilot, lambda: not listed.rows)
        assert isinstance(app.screen, FollowedScreen)
        assert store.followed_case_ids() == set()


async def test_followed_last_ruling_is_the_latest_by_date_not_the_latest_recorded(store: Store) -> None:
    from tui_helpers import criet_case_id

    from docket.tui.followed import FollowedScreen

    case_id = criet_case_id(store)
    store.follow(case_id)
    # Recorded in this order: the second has the higher id but the earlier date (a late entry of an old
    # ruling), and an undated parsed ruling must not win either.
    store.record_ruling(case_id, dt.date(2025, 10, 8), "convicted", user="tester")
    store.record_ruling(case_id, dt.date(2025, 9, 1), "acquitted", user="tester")
    assert store.last_rulings_of([case_id]) == {case_id: "convicted"}
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, FollowedScreen) and bool(app.screen.cases.rows))
        await settle(pilot)
        line = str(app.screen.cases.get_option_at_index(0).prompt)
        assert "condamnation" in line or "condamné" in line, line
        assert "acquitt" not in line


async def test_the_followed_hearings_are_read_once_per_change_of_the_docket(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui_helpers import criet_case_id

    store.follow(criet_case_id(store))
    reads: list[object] = []
    upcoming_hearings_of = store.upcoming_hearings_of

    def counted(*args: object, **options: object) -> object:
        reads.append(args)
        return upcoming_hearings_of(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "upcoming_hearings_of", counted)
    app = make_app(store, today=dt.date(2025, 10, 1))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert len(reads) == 1 and lines(app)[0] == "★ Vos affaires suivies"
        for _ in range(2):  # past hearings on, then off: the same followed cases, the same hearings
            await pilot.press("p")
            await settle(pilot)
            assert lines(app)[0] == "★ Vos affaires suivies"
        assert len(reads) == 1
        store.unfollow(criet_case_id(store))  # a change of the docket: read again
        app.data_changed()
        await settle(pilot)
        assert len(reads) == 2 and lines(app)[0] != "★ Vos affaires suivies"
