"""The one registry of the dashboard's actions: key, label, help text and where each applies.

Screens install their bindings from here (translated at run time, hence not class-level BINDINGS), the
footer shows them, the help screen lists them and the command palette offers every one of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from textual.dom import DOMNode

from .i18n import Translator


@dataclass(frozen=True, slots=True)
class ActionSpec:
    scope: str  # "app" (everywhere) or a screen's scope: home, case, followed, search
    key: str  # Textual key name(s), comma separated
    action: str  # the action method's name without "action_"
    name: str  # i18n key suffix: act.<name> is the short label, help.<name> the description
    key_display: str
    show: bool = True  # in the footer
    rank: int = 5  # footer priority when the line is too short for every key: lower stays longer


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("app", "question_mark,f1", "help", "help", "?", rank=0),
    ActionSpec("app", "slash", "search", "search", "/", rank=1),
    ActionSpec("app", "1", "home", "home", "1", show=False),
    ActionSpec("app", "2", "followed", "followed", "2", rank=2),
    ActionSpec("app", "i", "import_reports", "import", "i", rank=6),
    ActionSpec("app", "q", "quit", "quit", "q", show=False),
    ActionSpec("home", "enter", "open", "open", "⏎", rank=4),
    ActionSpec("home", "p", "toggle_past", "toggle_past", "p", rank=2),
    ActionSpec("home", "c", "filter", "filter", "c", rank=3),
    ActionSpec("home", "x", "clear_filter", "clear_filter", "x", show=False),
    ActionSpec("home", "w", "whats_new", "whats_new", "w", rank=3),
    ActionSpec("case", "escape", "back", "back", "esc", rank=1),
    ActionSpec("case", "r", "record_ruling", "record_ruling", "r", rank=1),
    ActionSpec("case", "a", "record_hearing", "record_hearing", "a", rank=3),
    ActionSpec("case", "e", "correct", "correct", "e", rank=2),
    ActionSpec("case", "d", "delete", "delete", "d", rank=4),
    ActionSpec("case", "f", "follow", "follow", "f", rank=2),
    ActionSpec("case", "n", "note", "note", "n", rank=3),
    ActionSpec("case", "c", "copy_source", "copy_source", "c", rank=5),
    ActionSpec("case", "x", "export", "export", "x", rank=5),
    ActionSpec("followed", "escape", "back", "back", "esc", rank=1),
    ActionSpec("followed", "enter", "open", "open", "⏎", rank=2),
    ActionSpec("followed", "u", "unfollow", "unfollow", "u", rank=1),
    ActionSpec("followed", "n", "note", "note", "n", rank=2),
    ActionSpec("search", "escape", "back", "back", "esc", rank=1),
    ActionSpec("search", "down", "focus_results", "focus_results", "↓", show=False),
)

SCOPES: tuple[str, ...] = ("app", "home", "case", "followed", "search")


def actions_for(scope: str) -> Iterator[ActionSpec]:
    return (spec for spec in ACTIONS if spec.scope == scope)


def install_bindings(node: DOMNode, scope: str, tr: Translator) -> None:
    """Bind `scope`'s keys on `node` with labels in the user's language.

    Labels depend on the locale chosen at run time, so they cannot be class-level BINDINGS; this is what
    `App.bind` does, for any node.
    """
    for spec in actions_for(scope):
        for index, key in enumerate(spec.key.split(",")):
            # The first key shows as the registry says; others (f1 for ?) as Textual names them.
            node._bindings.bind(
                key,
                spec.action,
                tr(f"act.{spec.name}"),
                show=spec.show,
                key_display=spec.key_display if index == 0 else None,
            )


def rank_of(action: str) -> int:
    return min((spec.rank for spec in ACTIONS if spec.action == action), default=5)


def relabel(node: DOMNode, action: str, label: str) -> None:
    """Change the footer label of `node`'s binding(s) for `action` (a toggle saying what it will do)."""
    for key, bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            replace(binding, description=label) if binding.action == action else binding
            for binding in bindings
        ]
    node.refresh_bindings()
