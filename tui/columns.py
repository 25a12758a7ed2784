"""Fixed-layout list rows: each row is one line of columns cut to the list's width."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import StyleType
from rich.text import Text
from textual.widget import Widget

from .safe import fit, one_line

GAP = 1


def widths(total: int, fixed: Sequence[int], shares: Sequence[float]) -> list[int]:
    """Fixed columns first, then the rest of `total` split by `shares` (the last takes the remainder)."""
    spare = max(total - sum(fixed) - GAP * (len(fixed) + len(shares) - 1), 4 * len(shares))
    flexible = [int(spare * share) for share in shares[:-1]]
    flexible.append(spare - sum(flexible))
    return [*fixed, *flexible]


def row(cells: Sequence[tuple[str | None, StyleType]], column_widths: Sequence[int]) -> Text:
    """One line: each untrusted cell shown literally, cut or padded to its column (none if width 0)."""
    line = Text(no_wrap=True, overflow="ellipsis")
    for index, ((value, style), width) in enumerate(zip(cells, column_widths, strict=True)):
        if not width:
            continue
        if index:
            line.append(" " * GAP)
        line.append(fit(one_line(value or ""), width), style=style)
    return line


class ColumnHeader(Widget):
    """The column titles above a list, laid out with the list's own column widths."""

    DEFAULT_CSS = "ColumnHeader { height: 1; padding: 0 1; text-style: bold; color: $text-muted; }"

    def __init__(
        self, titles: Sequence[str], layout: Callable[[int], list[int]], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self._titles = list(titles)
        self._layout = layout  # width -> column widths, shared with the list's rows

    def render(self) -> Text:
        # Lists keep a one-cell scrollbar gutter (app.tcss): leave it here too so the columns line up.
        column_widths = self._layout(max(self.content_region.width - 1, 40))
        return row([(title, "") for title in self._titles], column_widths)
