"""Home, "my week": the hearings of the cases you follow first, then every upcoming hearing under its day
("Lundi 20 octobre · 3 audiences"), a line saying what changed since your last visit; paged from the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, Static

from docket.db.store import StoreError
from docket.db.views import ChangeCounts, HearingRow

from .base import DocketScreen
from .columns import ColumnHeader, row, widths
from .keybar import KeyBar
from .paged import PagedList

FOLLOWED_FIRST = 50  # at most this many of the followed cases' hearings pinned at the top
NEWS_DAYS_AHEAD = 7
NEWS_AFTER_FIRST_PAGE = 1 / 30  # seconds: once the first page is painted (Textual paints every 1/60 s)
NARROW = 90  # below this many columns the purpose column goes, so the others stay readable


def hearing_columns(width: int) -> list[int]:
    # date, time left | case, court, defendants, purpose
    if width < NARROW:
        return [*widths(width, (15, 14), (0.4, 0.3, 0.3)), 0]
    return widths(width, (15, 14), (0.3, 0.2, 0.25, 0.25))


@dataclasses.dataclass(frozen=True, slots=True)
class PinnedHearing(HearingRow):
    """A followed case's hearing, shown first (it is also listed under its day)."""


def _pinned(row: HearingRow) -> PinnedHearing:
    return PinnedHearing(*(getattr(row, f.name) for f in dataclasses.fields(HearingRow)))


class HomeScreen(DocketScreen):
    scope: ClassVar[str] = "home"

    def __init__(self) -> None:
        super().__init__()
        self.include_past = False
        self.court: str | None = None
        self.country: str | None = None
        self.followed_ids: set[int] = set()
        self._pinned_count = 0
        self._day_counts: dict[dt.date, int] = {}
        self._followed_cache: tuple[dt.date, set[int], list[HearingRow]] | None = None
        self._followed_epoch = 0  # a change of the docket drops what a read begun before it found
        self._news_started = False

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(show_clock=False)
        yield Static(id="home-status", classes="status", markup=False)
        yield Static("", id="home-news", classes="hint one-line", markup=False)
        with Vertical(id="home-body"):
            yield ColumnHeader(
                [
                    tr("col.date"),
                    tr("col.when"),
                    tr("col.case"),
                    tr("col.court"),
                    tr("col.defendants"),
                    tr("col.purpose"),
                ],
                hearing_columns,
            )
            yield PagedList[HearingRow](
                self._fetch,
                self._render_row,
                key=lambda hearing: (isinstance(hearing, PinnedHearing), hearing.hearing_id),
                heading=self._heading,
                id="hearings",
            )
            yield Static(tr("home.loading"), id="home-empty", classes="empty", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        settings = self.docket.settings  # the filters as the user left them
        self.court, self.country, self.include_past = settings.court, settings.country, settings.include_past
        self._show_status()
        self.hearings.reload()  # then, once the first page is shown, the news (on_paged_list_loaded)
        self.hearings.focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.hearings.rerender())

    @property
    def hearings(self) -> PagedList[HearingRow]:
        return self.query_one("#hearings", PagedList)

    # --- data ---
    def _fetch(self, offset: int, limit: int) -> list[HearingRow]:
        today, store = self.docket.today, self.store
        pinned: list[HearingRow] = []
        if offset == 0:
            self.followed_ids, followed_hearings = self._followed_hearings()
            pinned = [
                _pinned(row)
                for row in followed_hearings
                if (not self.country or row.country == self.country.upper())
            ]
            self._pinned_count = len(pinned)
            self._day_counts = {}
        # With include_past the store adds the past hearings no report has confirmed, oldest first.
        rows = store.upcoming_hearings(
            today,
            court=self.court,
            country=self.country,
            include_past=self.include_past,
            limit=limit,
            offset=max(0, offset - self._pinned_count),
            today=today,
        )
        days = {row.date for row in rows} - set(self._day_counts)
        self._day_counts.update(store.hearing_counts(days, self.court, self.country, today=today))
        return pinned + rows

    def _followed_hearings(self) -> tuple[set[int], list[HearingRow]]:
        """The followed cases and their coming hearings. `p` and the filters do not change them (the
        country filter applies afterwards): read once per change of the docket (`reload`), not at each
        toggle (20-30 ms on 100,000 cases). Runs in the list's worker thread."""
        today, epoch = self.docket.today, self._followed_epoch
        cached = self._followed_cache
        if cached is not None and cached[0] == today:
            return cached[1], cached[2]
        ids = self.store.followed_case_ids()
        rows = self.store.upcoming_hearings_of(ids, today, today=today, limit=FOLLOWED_FIRST)
        if epoch == self._followed_epoch:  # else the docket changed meanwhile: this may be stale
            self._followed_cache = (today, ids, rows)
        return ids, rows

    def _heading(self, hearing: HearingRow) -> str:
        if isinstance(hearing, PinnedHearing):
            return self.tr("group.followed")
        return self.tr.day_heading(hearing.date, self.docket.today, self._day_counts.get(hearing.date))

    def _read_news(self) -> None:
        since = self.docket.news_since()
        try:
            changes = self.store.change_counts(since, NEWS_DAYS_AHEAD, self.docket.today)
        except StoreError:
            return
        self.app.call_from_thread(self._show_news, since, changes)

    def _show_news(self, since: dt.datetime, changes: ChangeCounts) -> None:
        tr = self.tr
        when = tr.short_date(since.astimezone().date() if self.docket.fixed_today is None else since.date())
        if changes.empty:
            self.query_one("#home-news", Static).update(Text(tr("home.news_none", since=when), style="dim"))
            return
        counts = [
            ("news.cases", changes.new_cases),
            ("news.scheduled", changes.newly_scheduled),
            ("news.moved", changes.moved),
            ("news.rulings", changes.new_rulings),
        ]
        line = Text(tr("home.news", since=when), style="bold")
        line.append(" · ".join(tr(key, count=count) for key, count in counts if count))
        line.append(tr("home.news_more"), style="dim")
        self.query_one("#home-news", Static).update(line)

    def reload(self) -> None:
        self._followed_epoch += 1
        self._followed_cache = None
        self.hearings.reload()
        self._news_started = True  # the first page's timer would only read them again
        self._start_news()

    def _start_news(self) -> None:
        self.run_worker(self._read_news, thread=True, group="news", exclusive=True, exit_on_error=False)

    def on_paged_list_loaded(self, event: PagedList.Loaded) -> None:
        if not self._news_started:
            # Counting what changed takes 20 ms on 100,000 cases: not before the first page is painted.
            self._news_started = True
            self.set_timer(NEWS_AFTER_FIRST_PAGE, self._start_news)
        self.docket.first_page_shown(self.hearings.rows[0].case_id if self.hearings.rows else None)
        empty = self.query_one("#home-empty", Static)
        if event.count == 0:  # else left as it is: updating a Static lays the whole screen out again
            empty.update(self.tr("home.none_filtered" if self.court or self.country else "home.empty"))
        empty.display = event.count == 0
        self.query_one(ColumnHeader).refresh()

    def on_paged_list_opened(self, event: PagedList.Opened) -> None:
        assert isinstance(event.row, HearingRow)
        self.docket.open_case(event.row.case_id)

    # --- showing ---
    def _to_confirm(self, hearing: HearingRow) -> bool:
        """A hearing whose day has passed and that no report has said was held."""
        return hearing.status == "unconfirmed" or (
            hearing.status == "scheduled" and hearing.date < self.docket.today
        )

    def _render_row(self, hearing: HearingRow, width: int) -> Text:
        tr, today = self.tr, self.docket.today
        theme = self.app.theme_variables
        if self._to_confirm(hearing):
            when, when_style = f"⚠ {tr('home.to_confirm')}", f"bold {theme.get('warning', 'yellow')}"
        else:
            when, when_style = tr.relative(hearing.date, today), theme.get("accent", "")
        context = hearing.purpose or (tr.ruling_kind(hearing.last_ruling) if hearing.last_ruling else "")
        return row(
            [
                (tr.list_date(hearing.date, today), "" if hearing.date >= today else "dim"),
                (when, when_style),
                (("★ " if hearing.case_id in self.followed_ids else "") + hearing.case_title, "bold"),
                (hearing.court, ""),
                (", ".join(hearing.defendants), ""),
                (context, "dim"),
            ],
            hearing_columns(width),
        )

    def _keep_filters(self) -> None:
        settings = self.docket.settings
        settings.court, settings.country, settings.include_past = self.court, self.country, self.include_past
        settings.save()

    def _show_status(self) -> None:
        tr = self.tr
        parts = [tr("home.title")]
        if self.include_past:
            parts.append(tr("home.with_past"))
        filters = [f"{tr('home.court')} ~ {self.court}" if self.court else "", self.country or ""]
        if any(filters):
            parts.append(tr("home.filters", filters=", ".join(f for f in filters if f)))
        self.query_one("#home-status", Static).update(Text(" · ".join(parts)))

    # --- actions ---
    def action_open(self) -> None:
        hearing = self.hearings.highlighted_row
        if hearing is not None:
            self.docket.open_case(hearing.case_id)

    def action_toggle_past(self) -> None:
        self.include_past = not self.include_past
        self._keep_filters()
        self._show_status()
        self.hearings.reload(fresh=True)

    def action_filter(self) -> None:
        from .filter_modal import FilterModal

        def apply(choice: tuple[str | None, str | None] | None) -> None:
            if choice is not None:
                self.court, self.country = choice
                self._keep_filters()
                self._show_status()
                self.hearings.reload(fresh=True)

        self.app.push_screen(FilterModal(self.court, self.country), apply)

    def action_clear_filter(self) -> None:
        self.court = self.country = None
        self._keep_filters()
        self._show_status()
        self.hearings.reload(fresh=True)

    def action_whats_new(self) -> None:
        from .whats_new import WhatsNewScreen

        self.app.push_screen(WhatsNewScreen())
