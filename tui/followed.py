"""The cases you follow, as a working list: next hearing, last ruling, your note; unfollow or edit the
note in place."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, Static

from docket.db.store import StoreError
from docket.db.views import CaseSummary

from .base import DocketScreen
from .columns import ColumnHeader, row, widths
from .keybar import KeyBar
from .paged import PagedList


def followed_columns(width: int) -> list[int]:
    # next hearing (date, how soon) | case, court, last ruling, note
    return widths(width, (15, 13), (0.32, 0.2, 0.2, 0.28))


class FollowedScreen(DocketScreen):
    scope: ClassVar[str] = "followed"

    def __init__(self) -> None:
        super().__init__()
        self._last_rulings: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(show_clock=False)
        yield Static(tr("followed.title"), classes="status", markup=False)
        with Vertical():
            yield ColumnHeader(
                [
                    tr("col.next_hearing"),
                    tr("col.when"),
                    tr("col.case"),
                    tr("col.court"),
                    tr("col.last_ruling"),
                    tr("col.note"),
                ],
                followed_columns,
            )
            yield PagedList[CaseSummary](
                self._fetch,
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

    def _fetch(self, offset: int, limit: int) -> list[CaseSummary]:
        cases = self.store.list_cases(followed_only=True, limit=limit, offset=offset, today=self.docket.today)
        self._last_rulings.update(self.store.last_rulings_of([case.case_id for case in cases]))
        return cases

    def _render_row(self, case: CaseSummary, width: int) -> Text:
        tr, today = self.tr, self.docket.today
        theme = self.app.theme_variables
        if case.next_hearing:
            day, upcoming = tr.list_date(case.next_hearing, today), tr.relative(case.next_hearing, today)
            upcoming_style = theme.get("accent", "")
        else:
            day, upcoming, upcoming_style = tr("followed.none"), "", "dim"
        ruling = self._last_rulings.get(case.case_id)
        return row(
            [
                (day, "" if case.next_hearing else "dim"),
                (upcoming, upcoming_style),
                (case.title, "bold"),
                (case.court, ""),
                (tr.ruling_kind(ruling) if ruling else "—", "" if ruling else "dim"),
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

    def action_unfollow(self) -> None:
        case = self.cases.highlighted_row
        if case is None:
            return
        try:
            self.store.unfollow(case.case_id)
        except StoreError as error:
            self.docket.store_error(error)
            return
        self.docket.say(self.tr("case.unfollowed_now"))
        self.docket.data_changed()

    def action_note(self) -> None:
        from .note_modal import NoteModal

        case = self.cases.highlighted_row
        if case is None:
            return

        def save(note: str | None) -> None:
            if note is None:
                return
            try:
                detail = self.store.case_detail(case.case_id, today=self.docket.today)
                self.store.follow(case.case_id, note=note or None, tags=detail.tags)
            except StoreError as error:
                self.docket.store_error(error)
                return
            self.docket.data_changed()

        self.app.push_screen(NoteModal(case.follow_note or ""), save)
