"""A modal to filter the upcoming hearings by court and country."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from .base import DocketModal

FilterChoice = tuple[str | None, str | None]


class FilterModal(DocketModal[FilterChoice | None]):
    BINDINGS = [("escape", "cancel", "")]

    def __init__(self, court: str | None, country: str | None) -> None:
        super().__init__()
        self._court = court or ""
        self._country = country or ""

    def compose(self) -> ComposeResult:
        tr = self.tr
        with Vertical(classes="dialog"):
            yield Label(tr("filter.title"), classes="dialog-title")
            yield Label(tr("filter.court"))
            yield Input(self._court, id="filter-court", compact=True)
            yield Label(tr("filter.country"))
            yield Input(self._country, id="filter-country", max_length=2, compact=True)
            yield Label("", id="filter-error", classes="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(tr("record.save"), id="filter-apply", variant="primary")
                yield Button(tr("record.cancel"), id="filter-cancel")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = self.docket.cursor_blink

    @on(Input.Submitted)
    @on(Button.Pressed, "#filter-apply")
    def apply(self) -> None:
        court = self.query_one("#filter-court", Input).value.strip()
        country = self.query_one("#filter-country", Input).value.strip().upper()
        if country and not (len(country) == 2 and country.isalpha()):
            self.query_one("#filter-error", Label).update(self.tr("filter.bad_country"))
            return
        self.dismiss((court or None, country or None))

    @on(Button.Pressed, "#filter-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
