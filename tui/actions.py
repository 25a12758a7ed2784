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


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("app", "question_mark,f1", "help", "help", "?"),
    ActionSpec("app", "slash", "search", "search", "/"),
    ActionSpec("app", "1", "home", "home", "1", show=False),
    ActionSpec("app", "2", "followed", "followed", "2"),
    ActionSpec("app", "i", "import_reports", "import", "i"),
    ActionSpec("app", "q", "quit", "quit", "q", show=False),
    ActionSpec("home", "enter", "open", "open", "⏎"),
    ActionSpec("home", "p", "toggle_past", "toggle_past", "p"),
    ActionSpec("home", "c", "filter", "filter", "c"),
    ActionSpec("home", "x", "clear_filter", "clear_filter", "x", show=False),
    ActionSpec("home", "w", "whats_new", "whats_new", "w"),
    ActionSpec("case", "escape", "back", "back", "esc"),
    ActionSpec("case", "r", "record_ruling", "record_ruling", "r"),
    ActionSpec("case", "a", "record_hearing", "record_hearing", "a"),
    ActionSpec("case", "e", "correct", "correct", "e"),
    ActionSpec("case", "d", "delete", "delete", "d"),
    ActionSpec("case", "f", "follow", "follow", "f"),
    ActionSpec("case", "n", "note", "note", "n"),
    ActionSpec("followed", "escape", "back", "back", "esc"),
    ActionSpec("followed", "enter", "open", "open", "⏎"),
    ActionSpec("search", "escape", "back", "back", "esc"),
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
        node._bindings.bind(
            spec.key,
            spec.action,
            tr(f"act.{spec.name}"),
            show=spec.show,
            key_display=spec.key_display,
        )


def relabel(node: DOMNode, action: str, label: str) -> None:
    """Change the footer label of `node`'s binding(s) for `action` (a toggle saying what it will do)."""
    for key, bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            replace(binding, description=label) if binding.action == action else binding
            for binding in bindings
        ]
    node.refresh_bindings()
