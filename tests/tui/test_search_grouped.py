"""Search reads as a list of cases: one row each, kinds in the user's words, matches lit, a true total,
more on demand, "did you mean" for a near miss; keys typed in the query stay in the query."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import Input
from tui_helpers import make_app, wait_for

from docket.db.store import Store
from docket.tui import search as search_module
from docket.tui.keybar import KeyBar
from docket.tui.lazy import LazyOption
from docket.tui.search import SearchScreen

pytestmark = pytest.mark.anyio


def option_texts(screen: SearchScreen) -> list:  # type: ignore[type-arg]
    results = screen.results_list
    return [results.get_option_at_index(i) for i in range(results.option_count)]


async def open_search(pilot, query: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, SearchScreen))
    screen = pilot.app.screen
    await pilot.press(*query)
    await wait_for(pilot, lambda: screen.answer is not None and screen.answer.query == query)
    await wait_for(pilot, lambda: screen.answer.total is not None)  # counted after the results are shown
    await pilot.pause()
    return screen


async def test_one_row_per_case_with_kinds_in_french_a_true_total_and_highlights(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_search(pilot, "détention")
        case_ids = [hit.case_id for hit in screen.hits]
        assert len(case_ids) == len(set(case_ids)) > 1
        total, _capped = store.search_total("détention")
        assert total == len(set(case_ids))
        assert f"{total} affaire(s)" in str(screen.query_one("#search-status").render())
        prompts = [option.prompt for option in option_texts(screen)]
        shown = "\n".join(prompt.plain for prompt in prompts)
        assert "detention_ordered" not in shown and "mandat de dépôt" in shown
        # The matched word is lit by a style span, over 'détention' as written in the report.
        lit = [
            prompt.plain[span.start : span.end]
            for prompt in prompts
            for span in prompt.spans
            if "reverse" in str(span.style)
        ]
        assert any(word.lower().startswith("détention") for word in lit)


async def test_more_results_on_demand(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "RESULT_LIMIT", 3)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_search(pilot, "détention")
        first = len(screen.results)
        assert first < screen.answer.total
        assert option_texts(screen)[-1].id == "more"
        await pilot.press("down")
        screen.results_list.highlighted = screen.results_list.option_count - 1
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.results) > first)


async def test_did_you_mean_a_near_miss_name(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_search(pilot, "Houndegon")
        assert not screen.results
        assert [o.id for o in option_texts(screen)] == ["suggest-Houndégnon"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(screen.results))
        assert screen.query_one("#search-input", Input).value == "Houndégnon"


async def test_command_keys_type_into_the_query_and_the_footer_does_not_offer_them(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        await pilot.press("question_mark", "1", "2", "i", "q", "slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input", Input).value == "?12iq/"
        footer = app.screen.query_one(KeyBar).render().plain
        assert "? " not in footer and " 2 " not in footer and " i " not in footer
        assert "f1 " in footer and "^p" in footer


@pytest.mark.parametrize("screen_name", ["home", "case"])
async def test_help_and_palette_always_in_the_footer_at_80x24(store: Store, screen_name: str) -> None:
    app = make_app(store, locale="fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if screen_name == "case":
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.screen.scope == "case")
            await pilot.pause()
        footer = app.screen.query_one(KeyBar).render().plain
        assert " ? Aide" in footer and "^p Commandes" in footer
        assert " / " in footer
        assert len(footer.rstrip()) <= 80


async def test_results_show_before_the_total_is_counted(
    store: Store, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    counted = threading.Event()
    request.addfinalizer(counted.set)  # the count thread is shared: never left blocked for the next test
    search_total = store.search_total

    def slow_total(query: str, cap: int = 10_000) -> tuple[int, bool]:
        counted.wait(5)  # as a count over 100,000 cases takes its time
        return search_total(query, cap=cap)

    monkeypatch.setattr(store, "search_total", slow_total)
    monkeypatch.setattr(search_module, "RESULT_LIMIT", 3)  # more matches than read: a count is needed
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"détention")
        screen = pilot.app.screen
        await wait_for(
            pilot, lambda: screen.answer is not None and screen.answer.query == "détention", timeout=3
        )
        assert screen.answer.total is None
        assert "affichée(s), décompte" in str(screen.query_one("#search-status").render())
        counted.set()
        await wait_for(pilot, lambda: screen.answer.total is not None)
        total, _capped = search_total("détention")
        await wait_for(
            pilot, lambda: f"{total} affaire(s)" in str(screen.query_one("#search-status").render())
        )


async def test_a_quick_count_is_shown_with_the_results(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # More matches than read: the total is counted beside the results' summaries and comes in the same
    # answer, not in a second one 50-70 ms after the results are painted (bench/NOTES.md, tui6).
    monkeypatch.setattr(search_module, "RESULT_LIMIT", 3)
    monkeypatch.setattr(search_module, "COUNT_WAIT_SECONDS", 5.0)  # "in time" even on a loaded machine
    shown: list[tuple[str, int | None]] = []
    show = SearchScreen._show

    def spy(screen: SearchScreen, answer: search_module.SearchAnswer) -> None:
        shown.append((answer.query, answer.total))
        show(screen, answer)

    monkeypatch.setattr(SearchScreen, "_show", spy)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"détention")
        screen = pilot.app.screen
        await wait_for(pilot, lambda: screen.answer is not None and screen.answer.query == "détention")
        total, _capped = store.search_total("détention")
        assert len(screen.results) == 3 < total
        assert [answer for answer in shown if answer[0] == "détention"] == [("détention", total)]
        await pilot.pause()
        assert f"{total} affaire(s)" in str(screen.query_one("#search-status").render())


async def test_when_every_match_was_read_the_total_does_not_wait_for_a_count(
    store: Store, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    counted = threading.Event()
    request.addfinalizer(counted.set)  # the count thread is shared: never left blocked for the next test
    search_total = store.search_total

    def slow_total(query: str, cap: int = 10_000) -> tuple[int, bool]:
        counted.wait(5)
        return search_total(query, cap=cap)

    monkeypatch.setattr(store, "search_total", slow_total)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"détention")
        screen = pilot.app.screen
        await wait_for(
            pilot, lambda: screen.answer is not None and screen.answer.query == "détention", timeout=3
        )
        # Fewer hits than read: the results are the whole answer, and their number the total.
        assert not screen.answer.more and screen.answer.total == len(screen.results)
        assert screen.answer.total == search_total("détention")[0]
        await pilot.pause()
        assert f"{screen.answer.total} affaire(s)" in str(screen.query_one("#search-status").render())
        counted.set()


async def test_searching_is_said_only_of_a_slow_search(
    store: Store, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    # A status line drawn as every search starts made Textual draw the results one or two frames later
    # (its refresh timer waits 17-33 ms after a frame): "searching…" now shows only if the answer is slow.
    statuses: list[str] = []
    status = SearchScreen._status

    def spy(screen: SearchScreen, message: object, style: str = "") -> None:
        statuses.append(str(message))
        status(screen, message, style)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchScreen, "_status", spy)
    # a delay well past what a search of the test docket takes on a loaded machine (the suite runs on every
    # core: 0.15 s was once crossed by the fast search), and well within the slow one's wait
    monkeypatch.setattr(search_module, "SEARCHING_AFTER_SECONDS", 1.0)
    released = threading.Event()
    request.addfinalizer(released.set)
    search = store.search

    def slow_when_asked(query: str, limit: int = 50) -> list:  # type: ignore[type-arg]
        if query == "tribunal":
            released.wait(5)
        return search(query, limit=limit)

    monkeypatch.setattr(store, "search", slow_when_asked)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"détention")
        screen = pilot.app.screen
        await wait_for(pilot, lambda: screen.answer is not None and screen.answer.query == "détention")
        await pilot.pause(1.2)  # past the 1 s after which a search is said to be running
        assert "Recherche…" not in statuses  # answered at once: the results and total, nothing before
        assert any("affaire(s) trouvée(s)" in shown for shown in statuses)
        screen.query_one("#search-input", Input).value = "tribunal"
        await wait_for(pilot, lambda: statuses[-1] == "Recherche…", timeout=3)  # slow: it says so
        released.set()
        await wait_for(pilot, lambda: screen.answer is not None and screen.answer.query == "tribunal")
        await wait_for(pilot, lambda: "trouvée(s)" in statuses[-1])


async def test_only_the_results_in_view_are_built(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 14)) as pilot:
        await pilot.press("slash", *"détention")
        screen = pilot.app.screen
        await wait_for(pilot, lambda: screen.answer is not None and screen.answer.query == "détention")
        await pilot.pause()
        results = screen.results_list
        hits = [option for option in option_texts(screen) if (option.id or "").startswith("hit-")]
        assert len(hits) == len(screen.results)  # every result is listed at once ...
        in_view = results.scrollable_content_region.height // 2 + 1
        built = [option.id for option in hits if isinstance(option, LazyOption) and option.built]
        assert len(hits) > in_view and 1 <= len(built) <= in_view  # ... the text only of those in view
        assert results.highlighted == 0
        results.focus()
        assert not hits[-1].built
        await pilot.press("end")  # drawn when scrolled to
        assert hits[-1].built
