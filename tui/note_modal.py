"""Edit the note saying why you follow a case."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from .base import DocketModal


class NoteModal(DocketModal[str | None]):
    BINDINGS = [("escape", "cancel", "")]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.tr("case.note_title"), classes="dialog-title")
            yield Input(self.note, id="note-input", compact=True)
            with Horizontal(classes="buttons"):
                yield Button(self.tr("record.save"), id="note-save", variant="primary")
                yield Button(self.tr("record.cancel"), id="note-cancel")

    def on_mount(self) -> None:
        note_input = self.query_one("#note-input", Input)
        note_input.cursor_blink = self.docket.cursor_blink
        note_input.focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#note-save")
    def save(self) -> None:
        self.dismiss(self.query_one("#note-input", Input).value.strip())

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
