"""The key bar at the bottom of each screen: the screen's keys and what they do.

A light stand-in for Textual's Footer, which rebuilds a widget per key each time a screen is shown; on a
loaded machine that alone took 100–400 ms per screen change. This bar is one line of text, redrawn when
the bindings change; clicking a key presses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events
from textual.widget import Widget

if TYPE_CHECKING:
    from .app import DocketApp


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

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        line = Text(no_wrap=True, overflow="ellipsis")
        zones = []
        seen: set[tuple[str, str]] = set()
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or (binding.action, binding.description) in seen:
                continue
            seen.add((binding.action, binding.description))
            start = line.cell_len
            line.append(f" {self.app.get_key_display(binding)} ", key_style)
            line.append(
                f"{binding.description} ", description_style if enabled else description_style + "dim"
            )
            zones.append((start, line.cell_len, binding.key))
        if self.app.ENABLE_COMMAND_PALETTE:
            start = line.cell_len
            line.append(" ^p ", key_style)
            line.append(cast("DocketApp", self.app).tr("act.palette"), description_style)
            zones.append((start, line.cell_len, self.app.COMMAND_PALETTE_BINDING))
        self._zones = zones
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._zones:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
