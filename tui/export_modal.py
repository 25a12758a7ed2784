"""Export a case's timeline: pick Markdown or iCalendar, and where to write it (empty: the current folder)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from .base import DocketModal
from .export import FORMATS


class ExportModal(DocketModal[tuple[str, str] | None]):
    """Dismissed with (format, path as typed) or None."""

    BINDINGS = [("escape", "cancel", "")]

    def __init__(self, default_names: dict[str, str]) -> None:
        super().__init__()
        self.default_names = default_names  # format -> file name written in the current folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label(self.tr("export.title"), classes="dialog-title")
            yield OptionList(
                *(Option(self.tr(f"export.{fmt}"), id=fmt) for fmt in FORMATS),
                id="export-format",
                markup=False,
            )
            yield Label(self.tr("export.path"))
            yield Input(id="export-path", compact=True, placeholder=self._placeholder(FORMATS[0]))
            yield Label(self.tr("export.keys"), classes="dialog-subtitle")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).cursor_blink = self.docket.cursor_blink
        formats = self.query_one("#export-format", OptionList)
        formats.highlighted = 0
        formats.focus()

    def _placeholder(self, fmt: str) -> str:
        return self.tr("export.default", name=self.default_names[fmt])

    @property
    def chosen_format(self) -> str:
        highlighted = self.query_one("#export-format", OptionList).highlighted
        return FORMATS[highlighted or 0]

    @on(OptionList.OptionHighlighted, "#export-format")
    def format_moved(self) -> None:
        self.query_one("#export-path", Input).placeholder = self._placeholder(self.chosen_format)

    @on(OptionList.OptionSelected, "#export-format")
    @on(Input.Submitted, "#export-path")
    def chosen(self) -> None:
        self.dismiss((self.chosen_format, self.query_one("#export-path", Input).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
