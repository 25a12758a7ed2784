"""A yes/no question before doing something that cannot be undone."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from .base import DocketModal


class ConfirmModal(DocketModal[bool]):
    BINDINGS = [("escape,n", "answer(False)", ""), ("y,o", "answer(True)", "")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question  # may quote report text: shown without markup

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, markup=False, id="confirm-question")
            with Horizontal(classes="buttons"):
                yield Button(self.tr("confirm.yes"), id="confirm-yes", variant="error")
                yield Button(self.tr("confirm.no"), id="confirm-no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
