"""Home: upcoming hearings under day headings, paged from the store."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, Static

from docket.db.views import HearingRow

from .base import DocketScreen
from .columns import ColumnHeader, row, widths
from .keybar import KeyBar
from .paged import PagedList

NARROW = 90  # below this many columns the purpose column goes, so the others stay readable


def hearing_columns(width: int) -> list[int]:
    # date, time left | case, court, defendants, purpose
    if width < NARROW:
        return [*widths(width, (15, 14), (0.4, 0.3, 0.3)), 0]
    return widths(width, (15, 14), (0.3, 0.2, 0.25, 0.25))


class HomeScreen(DocketScreen):
    scope: ClassVar[str] = "home"

    def __init__(self) -> None:
        super().__init__()
        self.include_past = False
        self.court: str | None = None
        self.country: str | None = None

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(show_clock=False)
        yield Static(id="home-status", classes="status", markup=False)
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
                key=lambda hearing: hearing.hearing_id,
                heading=lambda hearing: self.tr.group(hearing.date, self.docket.today),
                id="hearings",
            )
            yield Static(tr("home.loading"), id="home-empty", classes="empty", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self._show_status()
        self.hearings.reload()
        self.hearings.focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.hearings.rerender())

    @property
    def hearings(self) -> PagedList[HearingRow]:
        return self.query_one("#hearings", PagedList)

    # --- data ---
    def _fetch(self, offset: int, limit: int) -> list[HearingRow]:
        today = self.docket.today
        # With include_past the store adds the past hearings no report has confirmed, oldest first.
        return self.store.upcoming_hearings(
            today,
            court=self.court,
            country=self.country,
            include_past=self.include_past,
            limit=limit,
            offset=offset,
            today=today,
        )

    def reload(self) -> None:
        self.hearings.reload()

    def on_paged_list_loaded(self, event: PagedList.Loaded) -> None:
        empty = self.query_one("#home-empty", Static)
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
                (hearing.case_title, "bold"),
                (hearing.court, ""),
                (", ".join(hearing.defendants), ""),
                (context, "dim"),
            ],
            hearing_columns(width),
        )

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
        self._show_status()
        self.hearings.reload()

    def action_filter(self) -> None:
        from .filter_modal import FilterModal

        def apply(choice: tuple[str | None, str | None] | None) -> None:
            if choice is not None:
                self.court, self.country = choice
                self._show_status()
                self.hearings.reload()

        self.app.push_screen(FilterModal(self.court, self.country), apply)

    def action_clear_filter(self) -> None:
        self.court = self.country = None
        self._show_status()
        self.hearings.reload()

    def action_whats_new(self) -> None:
        from .whats_new import WhatsNewScreen

        self.app.push_screen(WhatsNewScreen())
