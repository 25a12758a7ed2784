"""Help: what the dashboard shows (Markdown beside this file) and every key, from the action registry."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from .actions import SCOPES, actions_for
from .base import DocketModal

SCOPE_TITLES = {
    "app": ("Partout", "Everywhere"),
    "home": ("Audiences à venir", "Upcoming hearings"),
    "case": ("Affaire", "Case"),
    "followed": ("Affaires suivies", "Followed cases"),
    "search": ("Recherche", "Search"),
}


class HelpScreen(DocketModal[None]):
    BINDINGS = [("escape,q,question_mark", "close", "")]

    def __init__(self, scope: str = "") -> None:
        super().__init__()
        self.scope = scope  # the screen help was asked from: its keys come first

    def _keys_markdown(self) -> str:
        tr = self.tr
        column = 0 if tr.lang == "fr" else 1
        ordered = sorted(SCOPES, key=lambda scope: (scope != self.scope, SCOPES.index(scope)))
        lines = []
        for scope in ordered:
            lines += [f"### {SCOPE_TITLES[scope][column]}", "", "| | |", "|---|---|"]
            for spec in actions_for(scope):
                lines.append(
                    f"| `{spec.key_display}` | **{tr(f'act.{spec.name}')}** — {tr(f'help.{spec.name}')} |"
                )
            lines.append("")
        palette = "Palette de commandes" if tr.lang == "fr" else "Command palette"
        lines.append(f"`ctrl+p` — {palette}")
        return "\n".join(lines)

    def compose(self) -> ComposeResult:
        text = (Path(__file__).parent / f"help.{self.tr.lang}.md").read_text(encoding="utf-8")
        with VerticalScroll(classes="dialog", id="help-dialog"):
            yield Markdown(text + "\n\n" + self._keys_markdown(), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
