"""How the dashboard starts: no garbage collection until the first page is on screen, the collector as it
was afterwards, and only the first page's rows in view built."""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from fake_store import store_of_cases
from tui_helpers import make_app, wait_for

from docket.cli import main
from docket.db.store import Store
from docket.tui import app as app_module
from docket.tui import paged, startup
from docket.tui.lazy import LazyOption
from docket.tui.paged import PagedList

pytestmark = pytest.mark.anyio

# What `docket tui` imports (docket.cli.tui_command imports the store and the app when it runs).
DASHBOARD = [
    "docket.cli.tui_command",
    "docket.tui.app",
    "docket.tui.home",
    "docket.tui.case",
    "docket.tui.search",
]
NEVER = {"textual.widgets._text_area", "docket.monitor.pipeline", "alembic"}


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """Whatever a test does to the collector, the next test gets it as it was."""
    yield
    startup.resume_gc()
    gc.enable()
    gc.unfreeze()


def test_docket_tui_collects_no_garbage_until_the_app_says_so(
    monkeypatch: pytest.MonkeyPatch, store: Store, collector_restored: None
) -> None:
    seen: dict[str, object] = {}

    def fake_run(self: app_module.DocketApp) -> None:
        seen["enabled"] = gc.isenabled()
        seen["frozen"] = gc.get_freeze_count()

    monkeypatch.setattr(app_module.DocketApp, "run", fake_run)
    assert main(["--db", store.url, "tui", "--today", "2025-10-07"]) == 0
    assert seen["enabled"] is False  # off through the imports and the first page
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 10_000  # the modules' objects set aside
    # Afterwards as before: `docket tui` may run inside a longer process (these tests).
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_the_first_page_on_screen_turns_the_collector_back_on(
    store: Store, collector_restored: None
) -> None:
    startup.start_quietly()
    assert not gc.isenabled()
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query_one("#hearings", PagedList).rows))
        await wait_for(pilot, gc.isenabled, timeout=1.0)  # well before the 5 s fallback


async def test_a_page_builds_only_the_rows_it_shows() -> None:
    app = make_app(store_of_cases(250))
    async with app.run_test(size=(100, 30)) as pilot:
        hearings = app.screen.query_one("#hearings", PagedList)
        await wait_for(pilot, lambda: bool(hearings.rows))
        await pilot.pause()
        assert len(hearings.rows) == paged.PAGE_SIZE
        options = [hearings.get_option_at_index(i) for i in range(hearings.option_count)]
        rows = [option for option in options if option.id]
        assert len(rows) == paged.PAGE_SIZE  # every row is listed (and counted by the scrollbar) ...
        built = [option.id for option in rows if isinstance(option, LazyOption) and option.built]
        # ... but only those on screen (one line each, under their days' headings) have their text.
        height = hearings.scrollable_content_region.height
        on_screen = [option.id for option in options[:height] if option.id]
        assert len(on_screen) >= 10 and built == on_screen
        assert hearings.highlighted_row.case_title == "Affaire 0"
        await pilot.press("end")
        assert hearings.highlighted_row.case_title == f"Affaire {paged.PAGE_SIZE - 1}"
        last = hearings.get_option_at_index(hearings.highlighted)
        assert isinstance(last, LazyOption) and last.built
        assert f"Affaire {paged.PAGE_SIZE - 1}" in str(last.prompt)


async def test_end_pressed_as_a_page_arrives_goes_to_its_last_row() -> None:
    app = make_app(store_of_cases(250))
    async with app.run_test(size=(100, 30)) as pilot:
        hearings = app.screen.query_one("#hearings", PagedList)
        await wait_for(pilot, lambda: bool(hearings.rows))
        await pilot.press("end")  # reaches the page's end, and asks for the next page
        assert hearings.highlighted_row.case_title == f"Affaire {paged.PAGE_SIZE - 1}"
        await wait_for(pilot, lambda: len(hearings.rows) == 2 * paged.PAGE_SIZE)


async def test_what_the_first_keys_read_is_read_ahead_once_the_first_page_is_shown(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[str, object]] = []
    for name in ("case_detail", "upcoming_hearings"):
        method = getattr(store, name)

        def spy(*args: object, _name: str = name, _method=method, **options: object) -> object:  # type: ignore[no-untyped-def]
            read.append((_name, args[0] if _name == "case_detail" else options.get("include_past")))
            return _method(*args, **options)

        monkeypatch.setattr(store, name, spy)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        hearings = app.screen.query_one("#hearings", PagedList)
        await wait_for(pilot, lambda: bool(hearings.rows))
        first_case = hearings.rows[0].case_id
        await wait_for(pilot, lambda: ("case_detail", first_case) in read)  # no key pressed
        await app.workers.wait_for_complete()
        assert ("upcoming_hearings", True) in read  # the list as `p` will show it
        count = len(read)
        app.first_page_shown(first_case)  # a later page or reload: read ahead once only
        await pilot.pause(0.5)
        assert len(read) == count


def test_the_dashboard_does_not_load_what_it_never_shows() -> None:
    # TextArea (15-30 ms to import) is only looked for by the key bar, and only once something loaded it;
    # the monitor's pipeline only for --demo and imports.
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys, {', '.join(DASHBOARD)}; print(sorted(set(sys.modules) & {NEVER}))",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert loaded == "[]"


def test_the_key_bar_still_knows_a_text_area_is_typed_into() -> None:
    from textual.widgets import Input, Static, TextArea

    from docket.tui.keybar import _typing_into

    assert _typing_into(Input()) and _typing_into(TextArea()) and not _typing_into(Static())


async def test_what_changed_is_counted_once_the_first_page_is_shown(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page_read = threading.Event()
    counted_before_the_page: list[bool] = []
    upcoming_hearings, change_counts = store.upcoming_hearings, store.change_counts

    def slow_page(*args: object, **options: object) -> object:
        page_read.wait(2)  # a first page that takes its time on a big docket
        return upcoming_hearings(*args, **options)  # type: ignore[arg-type]

    def counts(*args: object, **options: object) -> object:
        counted_before_the_page.append(not page_read.is_set())
        return change_counts(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "upcoming_hearings", slow_page)
    monkeypatch.setattr(store, "change_counts", counts)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        assert counted_before_the_page == []  # nothing competes with the first page
        page_read.set()
        await wait_for(pilot, lambda: "Depuis le" in str(app.screen.query_one("#home-news").render()))
        assert counted_before_the_page == [False]


async def test_the_case_screen_is_mounted_ahead_and_shows_the_case_opened(store: Store) -> None:
    from docket.tui.case import CaseScreen

    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.is_screen_installed("case"))  # no key pressed
        ahead = app.get_screen("case")
        await wait_for(pilot, lambda: ahead.is_mounted)
        first_case = app.screen.query_one("#hearings", PagedList).highlighted_row.case_id
        assert ahead.detail.case_id == first_case
        every = store.upcoming_hearings(dt.date(2000, 1, 1), include_past=True, today=app.today)
        wanted = next(row.case_id for row in every if row.case_id != first_case)
        app.open_case(wanted)
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert app.screen is ahead and app.screen.detail.case_id == wanted
        header = str(app.screen.query_one("#case-header").render())
        assert app.screen.detail.title[:20] in header
