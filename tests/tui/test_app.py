"""The app as a whole: help, command palette, locales, small terminals, themes, and `docket tui`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.command import CommandInput, CommandList
from tui_helpers import make_app, screen_text, settle, wait_for

from docket.cli import main, tui_command
from docket.db.store import Store
from docket.records import ROLES, RULING_KINDS
from docket.tui import app as app_module
from docket.tui.actions import ACTIONS
from docket.tui.case import CaseScreen
from docket.tui.followed import FollowedScreen
from docket.tui.help import HelpScreen
from docket.tui.i18n import STRINGS

pytestmark = pytest.mark.anyio


def test_every_action_has_both_languages_and_a_method() -> None:
    from docket.tui.app import DocketApp
    from docket.tui.search import SearchScreen

    owners = {"app": DocketApp, "home": app_module.DocketScreen, "case": CaseScreen}
    owners |= {"followed": FollowedScreen, "search": SearchScreen}
    from docket.tui.home import HomeScreen

    owners["home"] = HomeScreen
    for spec in ACTIONS:
        assert all(STRINGS[f"{part}.{spec.name}"] for part in ("act", "help"))
        assert hasattr(owners[spec.scope], f"action_{spec.action}"), spec
    # The parser's vocabularies are all translated.
    assert all(f"kind.{kind}" in STRINGS for kind in RULING_KINDS)
    assert all(f"role.{role}" in STRINGS for role in ROLES)
    assert all(fr and en for fr, en in STRINGS.values())


async def test_help_lists_the_keys_of_the_current_screen_first(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        keys = app.screen._keys_markdown()
        assert keys.index("Audiences à venir") < keys.index("Partout") < keys.index("Affaire")
        assert "**Passées**" in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_lists_and_runs_every_action(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        expected = {app.tr(f"act.{spec.name}") for spec in ACTIONS if spec.scope in ("app", "home")}
        assert expected - {"Quitter"} <= titles
        await pilot.press("ctrl+p", *"Suivies")

        def offered() -> bool:
            commands = app.screen.query(CommandList)
            return bool(commands) and commands.first().option_count > 0

        await wait_for(pilot, offered)  # the palette searches its providers asynchronously
        assert "Suivies" in str(app.screen.query_one(CommandList).get_option_at_index(0).prompt)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FollowedScreen))


async def test_textuals_own_palette_entries_speak_the_users_language(store: Store) -> None:
    app = make_app(store)  # French
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        commands = {command.title: command.help for command in app.get_system_commands(app.screen)}
        for english in ("Theme", "Quit", "Keys", "Screenshot", "Maximize"):
            assert english not in commands
        assert commands["Thème"] == "Changer le thème de couleurs"
        assert commands["Quitter"] == "Quitter l'application sans attendre"
        assert commands["Touches"].startswith("Aide du champ actif")
        assert "Capture d'écran" in commands
        assert "Agrandir" in commands  # the hearings list has the focus and can be maximized
        await pilot.press("ctrl+p", *"Thème")

        def offered() -> bool:
            commands = app.screen.query(CommandList)
            return bool(commands) and commands.first().option_count > 0

        await wait_for(pilot, offered)
        assert "Thème" in str(app.screen.query_one(CommandList).get_option_at_index(0).prompt)
        assert app.screen.query_one(CommandInput).placeholder == "Chercher une commande…"
    english = make_app(store, locale="en_GB")
    async with english.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = {command.title for command in english.get_system_commands(english.screen)}
        assert {"Theme", "Quit", "Keys", "Screenshot"} <= titles


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_english_in_an_80x24_terminal(store: Store, theme: str) -> None:
    app = make_app(store, locale="en_GB", theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "Monday 20 October · 1 hearing" in shown  # a real day heading, with its count
        assert "in 13 days" in shown
        assert "p Past" in shown
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        await pilot.press("r")
        await pilot.pause()
        shown = screen_text(app)
        assert "Record a ruling" in shown and "Save" in shown  # the whole form fits


def test_bad_today_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tui", "--today", "tomorrow"]) == 2
    assert "argument --today: not a date: 'tomorrow'" in capsys.readouterr().err


def test_unopenable_database_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module.DocketApp, "run", lambda self: pytest.fail("the app should not start"))
    assert main(["tui", "--db", "sqlite:////proc/no/such/dir/docket.sqlite"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("docket tui: ") and err.count("\n") == 1


def test_demo_opens_on_a_temporary_docket_of_the_samples(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(self: app_module.DocketApp) -> None:
        seen["url"] = self.store.url
        seen["hearings"] = self.store.upcoming_hearings(dt.date(2025, 10, 7), today=dt.date(2025, 10, 7))
        seen["demo"] = self.demo

    monkeypatch.setattr(app_module.DocketApp, "run", fake_run)
    assert main(["tui", "--demo", "--today", "2025-10-07"]) == 0
    assert seen["demo"] is True
    assert any(row.country == "BJ" for row in seen["hearings"])  # type: ignore[attr-defined]
    demo_file = Path(str(seen["url"]).removeprefix("sqlite:///"))
    assert not demo_file.parent.exists()  # the temporary docket is gone afterwards


def test_demo_without_samples_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tui_command, "SAMPLES_DIR", tmp_path / "samples")
    assert main(["tui", "--demo"]) == 1
    assert "--demo needs the sample reports" in capsys.readouterr().err


async def test_whats_new_lists_changes_and_feed_freshness(store: Store) -> None:
    from docket.tui.whats_new import WhatsNewScreen

    store.add_feed("https://news.example/rss", "Exemple Actu")
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await wait_for(pilot, lambda: isinstance(app.screen, WhatsNewScreen))
        await settle(pilot)
        shown = str(app.screen.query_one("#whats-new").render())
        assert "Nouvelles affaires" in shown  # the samples were ingested moments ago
        assert "Exemple Actu" in shown and "jamais relevé" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, WhatsNewScreen)
