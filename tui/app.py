"""The Docket dashboard: a Textual app over a store (`docket.tui.ports.DocketStore`; `docket tui` opens
it on `docket.db.store.Store`)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import cast

from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.worker import get_current_worker

from docket.db.store import StoreError
from docket.db.views import CaseDetail

from .actions import actions_for, install_bindings
from .base import DocketScreen
from .i18n import STRINGS, Translator
from .ports import DocketStore
from .settings import Settings
from .startup import GC_RESUME_AT_LATEST, gc_paused_for_start, resume_gc

REFRESH_NOTE_EVERY = 30.0  # seconds between two "new data" notifications
WARM_UP_AFTER = 0.3  # seconds after the first page: then read ahead what the first keys will need
KEPT_SCREENS = ("case", "followed", "search")  # made once, shown again (see DocketApp._show_screen)


class DocketApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "Docket"

    def __init__(
        self,
        store: DocketStore,
        *,
        today: dt.date | None = None,
        locale: str | None = None,
        user: str | None = None,
        demo: bool = False,
        poll_interval: float = 1.0,
        cursor_blink: bool = True,
        theme: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else Settings.load()
        if locale and locale != self.settings.locale:  # --locale once, and it is kept
            self.settings.locale = locale
            self.settings.save()
        theme = theme or self.settings.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        self.store = store
        self.tr = Translator(locale or self.settings.locale)
        # "What changed since your last visit": the previous run's start, read before this run's is kept.
        self.previous_visit = self.settings.previous_visit()
        self.fixed_today = today
        self.user = user
        self.demo = demo
        self.cursor_blink = cursor_blink  # off in snapshot tests, so screenshots are stable
        self._poll_interval = poll_interval
        self._seen_version: int | None = None
        self.importing = False  # the import screen's own writes are not news worth a notification
        self._last_refresh_note = -REFRESH_NOTE_EVERY
        self._warmed_up = False
        install_bindings(self, "app", self.tr)

    @property
    def today(self) -> dt.date:
        # Read at each use, so a dashboard left open overnight moves on to the new day.
        return self.fixed_today or dt.date.today()

    def get_default_screen(self) -> Screen:
        from .home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self.sub_title = self.tr("app.demo") if self.demo else self.tr("app.subtitle")
        if not self.demo:  # a throw-away docket says nothing about the user's own
            self.settings.last_visit = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            self.settings.save()
        self.theme_changed_signal.subscribe(self, self._keep_theme)
        self._seen_version = self.store.data_version()
        self.set_interval(self._poll_interval, self._poll_data_version)
        if gc_paused_for_start():
            self.set_timer(GC_RESUME_AT_LATEST, resume_gc)

    def first_page_shown(self, case_id: int | None = None) -> None:
        """Home's first page is loaded (`case_id`: its first row's case). Once it is painted, the collector
        may run again; a moment later the first keys' work is done ahead (see `_warm_up`)."""
        if gc_paused_for_start():
            self.call_after_refresh(resume_gc)
        if not self._warmed_up:
            self._warmed_up = True
            self.set_timer(WARM_UP_AFTER, partial(self._start_warm_up, case_id))

    def _start_warm_up(self, case_id: int | None) -> None:
        self.run_worker(partial(self._warm_up, case_id), thread=True, group="warm-up", exit_on_error=False)

    def _warm_up(self, case_id: int | None) -> None:
        """Off the UI thread, once: the first case opened, the first search and the first `p` each paid
        30-60 ms for what every later one reuses: SQLAlchemy compiling its statements (cached after the
        first use), and the modules of the case and search screens."""
        from . import case, search  # noqa: F401  (imported for their side effect: loaded)

        today = self.today
        try:
            if case_id is not None:
                detail = self.store.case_detail(case_id, today=today)
                self.call_from_thread(self._mount_case_screen, detail)
                self.store.case_summaries([case_id], today=today)
            for include_past in (False, True):  # the list as `p` shows it, and as it shows it again
                self.store.upcoming_hearings(today, include_past=include_past, limit=1, today=today)
        except StoreError:
            pass  # only a head start: the screens report errors when they read for real

    def _mount_case_screen(self, detail: CaseDetail) -> None:
        """The case screen, made and mounted ahead while idle (the first Enter only fills it in): the
        first mount of a screen takes 20-40 ms of CSS, compose and layout."""
        from .case import CaseScreen

        if not self.is_screen_installed("case"):
            self.install_screen(CaseScreen(detail), "case")
            self._get_screen("case")  # what push_screen does first: register and mount, not show

    def news_since(self) -> dt.datetime:
        """Where "what's new" starts: the day before `--today` when one is given (the docket as on that
        day), else the previous visit, else a day ago."""
        if self.fixed_today is not None:
            return dt.datetime.combine(self.fixed_today - dt.timedelta(days=1), dt.time(), dt.UTC)
        if self.previous_visit is not None:
            return self.previous_visit
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=1)

    def _keep_theme(self, theme: object) -> None:
        if self.theme != self.settings.theme:
            self.settings.theme = self.theme
            self.settings.save()

    # --- keeping every screen current ---
    def _poll_data_version(self) -> None:
        # Off the UI thread: a watcher writing a big batch may hold the database for a moment.
        self.run_worker(
            self._read_data_version, thread=True, group="poll", exclusive=True, exit_on_error=False
        )

    def _read_data_version(self) -> None:
        version = self.store.data_version()
        if version != self._seen_version and not get_current_worker().is_cancelled:
            self.call_from_thread(self._new_data, version)

    def _new_data(self, version: int) -> None:
        if version == self._seen_version:
            return
        self._seen_version = version
        self.reload_screens()
        # A watcher ingesting a folder writes every second: say so once in a while, not at each write.
        now = time.monotonic()
        if not self.importing and now - self._last_refresh_note > REFRESH_NOTE_EVERY:
            self._last_refresh_note = now
            self.say(self.tr("app.refreshed"))

    def data_changed(self) -> None:
        """After the dashboard itself wrote: show the change everywhere at once, without a 'new data' note."""
        self._seen_version = self.store.data_version()
        self.reload_screens()

    def reload_screens(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, DocketScreen):
                screen.reload()
        for name in KEPT_SCREENS:
            if self.is_screen_installed(name):
                kept = self.get_screen(name)
                if isinstance(kept, DocketScreen) and kept not in self.screen_stack:
                    kept.stale = True

    # --- messages ---
    def say(self, message: str, severity: str = "information") -> None:
        """A notification; never markup, since messages quote file names and report text."""
        self.notify(message, severity=severity, markup=False)  # type: ignore[arg-type]

    def store_error(self, error: StoreError) -> None:
        self.say(self.tr("app.error", message=str(error)), severity="error")

    # --- navigation ---
    def _show_screen(self, name: str, make: Callable[[], Screen]) -> Screen:
        """Push the screen installed under `name`, made once: mounting a screen anew costs a key press
        of 100 ms or more (CSS, footer), showing a kept one a few. A screen already in the stack (search →
        case → search) is shown from a fresh, uninstalled instance instead."""
        if not self.is_screen_installed(name):
            self.install_screen(make(), name)
        screen = self.get_screen(name)
        if screen in self.screen_stack:
            screen = make()
        self.push_screen(screen)
        return screen

    def open_case(self, case_id: int) -> None:
        from .case import CaseScreen

        try:
            detail = self.store.case_detail(case_id, today=self.today)
        except StoreError as error:
            self.store_error(error)
            return
        if self.is_screen_installed("case") and self.get_screen("case") not in self.screen_stack:
            cast(CaseScreen, self.get_screen("case")).show_case(detail)
        self._show_screen("case", lambda: CaseScreen(detail))

    def action_home(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_followed(self) -> None:
        from .followed import FollowedScreen

        if not isinstance(self.screen, FollowedScreen):
            self._show_screen("followed", FollowedScreen)

    def action_search(self) -> None:
        from .search import SearchScreen

        if not isinstance(self.screen, SearchScreen):
            self._show_screen("search", SearchScreen)

    def action_help(self) -> None:
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(getattr(self.screen, "scope", "")))

    def action_import_reports(self) -> None:
        from .import_screen import ImportScreen

        if not isinstance(self.screen, ImportScreen):
            self.push_screen(ImportScreen())

    def action_command_palette(self) -> None:
        """Textual's palette, with its prompt in the user's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.tr("sys.palette"), id="--command-palette"))

    def _translated(self, command: SystemCommand) -> SystemCommand:
        """Textual's own palette entries in the user's language (those it adds later stay as they are)."""
        stem = f"sys.{command.title.lower()}"
        if stem not in STRINGS:
            return command
        hiding = command.title == "Keys" and command.help.startswith("Hide")
        return command._replace(
            title=self.tr(stem), help=self.tr("sys.keys_hide.help" if hiding else f"{stem}.help")
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            yield self._translated(command)
        scope = getattr(screen, "scope", "")
        for target, specs in ((self, actions_for("app")), (screen, actions_for(scope) if scope else ())):
            for spec in specs:
                if spec.action == "quit":  # Textual's own "Quit" command is already listed
                    continue
                yield SystemCommand(
                    self.tr(f"act.{spec.name}"),
                    self.tr(f"help.{spec.name}"),
                    partial(target.run_action, spec.action),
                )
