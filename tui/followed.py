"""The cases you follow: your note, how fresh the docket is on each, and the next hearing."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, Static

from docket.db.views import CaseSummary

from .base import DocketScreen
from .columns import ColumnHeader, row, widths
from .keybar import KeyBar
from .paged import PagedList


def followed_columns(width: int) -> list[int]:
    # last report, next hearing | case, court, note
    return widths(width, (15, 14), (0.4, 0.25, 0.35))


class FollowedScreen(DocketScreen):
    scope: ClassVar[str] = "followed"

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(show_clock=False)
        yield Static(tr("followed.title"), classes="status", markup=False)
        with Vertical():
            yield ColumnHeader(
                [
                    tr("col.last_report"),
                    tr("col.next_hearing"),
                    tr("col.case"),
                    tr("col.court"),
                    tr("col.note"),
                ],
                followed_columns,
            )
            yield PagedList[CaseSummary](
                lambda offset, limit: self.store.list_cases(
                    followed_only=True, limit=limit, offset=offset, today=self.docket.today
                ),
                self._render_row,
                key=lambda case: case.case_id,
                id="followed",
            )
            yield Static(tr("home.loading"), id="followed-empty", classes="empty", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = self.tr("followed.title")
        self.cases.reload()
        self.cases.focus()

    @property
    def cases(self) -> PagedList[CaseSummary]:
        return self.query_one("#followed", PagedList)

    def reload(self) -> None:
        self.cases.reload()

    def _render_row(self, case: CaseSummary, width: int) -> Text:
        tr, today = self.tr, self.docket.today
        theme = self.app.theme_variables
        last = tr.list_date(case.last_report, today) if case.last_report else tr("followed.never")
        if case.next_hearing:
            upcoming, upcoming_style = tr.relative(case.next_hearing, today), theme.get("accent", "")
        else:
            upcoming, upcoming_style = tr("followed.none"), "dim"
        return row(
            [
                (last, ""),
                (upcoming, upcoming_style),
                (case.title, "bold"),
                (case.court, ""),
                (case.follow_note, "italic"),
            ],
            followed_columns(width),
        )

    def on_paged_list_loaded(self, event: PagedList.Loaded) -> None:
        empty = self.query_one("#followed-empty", Static)
        empty.update(self.tr("followed.empty"))
        empty.display = event.count == 0
        self.query_one(ColumnHeader).refresh()

    def on_paged_list_opened(self, event: PagedList.Opened) -> None:
        assert isinstance(event.row, CaseSummary)
        self.docket.open_case(event.row.case_id)

    def action_open(self) -> None:
        case = self.cases.highlighted_row
        if case is not None:
            self.docket.open_case(case.case_id)
