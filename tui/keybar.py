"""The key bar at the bottom of each screen: the screen's keys and what they do.

A light stand-in for Textual's Footer, which rebuilds a widget per key each time a screen is shown; on a
loaded machine that alone took 100–400 ms per screen change. This bar is one line of text, redrawn when
the bindings change; clicking a key presses it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, cast

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widget import Widget
from textual.widgets import Input

from .actions import rank_of

if TYPE_CHECKING:
    from .app import DocketApp


_TYPED_KEYS = frozenset({"question_mark", "slash", "space", "full_stop", "comma", "minus", "plus"})


def _typing_into(widget: Widget | None) -> bool:
    """A text field has the focus: an Input, or a TextArea. TextArea's module takes 15-30 ms to import
    and nothing in the dashboard uses one: it is looked for only once something has loaded it."""
    if isinstance(widget, Input):
        return True
    text_area = sys.modules.get("textual.widgets._text_area")
    return text_area is not None and isinstance(widget, text_area.TextArea)


def _types(key: str) -> bool:
    """A key that writes a character in a text field."""
    return len(key) == 1 or key in _TYPED_KEYS


class KeyBar(Widget):
    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        .keybar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keybar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._zones: list[tuple[int, int, str]] = []  # (first cell, end cell, key) for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, lambda _screen: self.refresh())
        self.watch(self.screen, "focused", lambda _focused: self.refresh(), init=False)

    def on_resize(self) -> None:
        self.refresh()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        typing = _typing_into(self.screen.focused)
        items: list[tuple[int, str, str, bool, str]] = []  # (rank, key shown, description, enabled, key)
        seen: set[tuple[str, str]] = set()
        for key, (_node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            if not binding.show or (binding.action, binding.description) in seen:
                continue
            if typing and _types(key):  # typed into the field, not a command: not offered
                continue
            seen.add((binding.action, binding.description))
            items.append(
                (
                    rank_of(binding.action),
                    self.app.get_key_display(binding),
                    binding.description,
                    enabled,
                    binding.key,
                )
            )
        if self.app.ENABLE_COMMAND_PALETTE:
            palette = cast("DocketApp", self.app).tr("act.palette")
            items.append((0, "^p", palette, True, self.app.COMMAND_PALETTE_BINDING))
        # The most useful keys first when the line is too short for all (help and the palette always):
        # chosen by rank, shown in the registry's order.
        room, chosen = self.size.width or 10_000, set()
        for index in sorted(range(len(items)), key=lambda i: items[i][0]):
            cells = cell_len(f" {items[index][1]} {items[index][2]} ")
            if cells <= room:
                chosen.add(index)
                room -= cells
        line = Text(no_wrap=True, overflow="ellipsis")
        zones = []
        for index, (_rank, shown, description, enabled, key) in enumerate(items):
            if index not in chosen:
                continue
            start = line.cell_len
            line.append(f" {shown} ", key_style)
            line.append(f"{description} ", description_style if enabled else description_style + "dim")
            zones.append((start, line.cell_len, key))
        self._zones = zones
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._zones:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
