"""A list that reads its rows from the store a page at a time, off the UI thread.

The docket may hold hundreds of thousands of hearings: the list asks for one page, and for the next one
only when the cursor nears the end of what it has, so the first screen paints at once and memory stays
proportional to what the user scrolled through.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from functools import partial
from typing import Generic, TypeVar

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from docket.db.store import StoreError

from .lazy import LazyOption

Row = TypeVar("Row")

PAGE_SIZE = 100
PREFETCH_MARGIN = 25  # rows left below the cursor that trigger the next page


class PagedList(OptionList, Generic[Row]):
    class Loaded(Message):
        """A page (or a fresh first page) arrived; `count` rows are loaded in all."""

        def __init__(self, paged: PagedList, count: int) -> None:
            super().__init__()
            self.paged = paged
            self.count = count

    class Opened(Message):
        def __init__(self, paged: PagedList, row: object) -> None:
            super().__init__()
            self.paged = paged
            self.row = row

    def __init__(
        self,
        fetch: Callable[[int, int], Sequence[Row]],
        render: Callable[[Row, int], Text],
        key: Callable[[Row], Hashable],
        heading: Callable[[Row], str | None] | None = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, markup=False)
        self._fetch_rows = fetch  # (offset, limit) -> rows; runs in a worker thread
        self._render_row = render  # (row, width) -> one line
        self._key = key
        self._heading = heading
        self.rows: list[Row] = []
        self.exhausted = False
        self._fetching = False
        self._generation = 0
        self._last_heading: str | None = None
        self._built_width = 0  # the width the rows were last cut to
        self._built_rows = 0  # rows[:_built_rows] have their options

    # --- reading ---
    def reload(self, fresh: bool = False) -> None:
        """Read again from the start, as many rows as are shown now, keeping the cursor on its row; a
        `fresh` list (other filters: other rows) starts again from one page, not from the thousand rows
        the user may have scrolled through (re-read and re-drawn, they cost a quarter of a second)."""
        self._generation += 1
        self._start_fetch(0, PAGE_SIZE if fresh else max(PAGE_SIZE, len(self.rows)), reset=True)

    def _start_fetch(self, offset: int, limit: int, reset: bool) -> None:
        self._fetching = True
        generation = self._generation
        self.run_worker(
            lambda: self._fetch(offset, limit, reset, generation),
            thread=True,
            group=f"paged-{self.id}",
        )

    def _fetch(self, offset: int, limit: int, reset: bool, generation: int) -> None:
        try:
            rows = list(self._fetch_rows(offset, limit))
        except StoreError as error:
            self.app.call_from_thread(self._failed, error, generation)
            return
        self.app.call_from_thread(self._apply, rows, limit, reset, generation)

    def _failed(self, error: StoreError, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
            self.app.notify(str(error), severity="error", markup=False)

    def _apply(self, rows: list[Row], limit: int, reset: bool, generation: int) -> None:
        if generation != self._generation:  # a newer reload superseded this answer
            return
        self._fetching = False
        self.exhausted = len(rows) < limit
        if reset:
            kept = self.highlighted_row
            wanted = self._key(kept) if kept is not None else None
            self.rows = rows
            # The cursor goes back to its row (not to its position: a cursor left near the end asks for
            # a page), else to the first row.
            target = next((i for i, row in enumerate(rows) if self._key(row) == wanted), 0 if rows else None)
            self._rebuild()
            if target is not None:
                self.highlighted = self.get_option_index(f"row-{target}")
        else:
            self.rows.extend(rows)
            self._add_built(len(self.rows))
        self.post_message(self.Loaded(self, len(self.rows)))

    # --- showing ---
    def rerender(self, keep_cursor: bool = True) -> None:
        """Build every line again (after a resize or a theme change)."""
        highlighted = self.highlighted if keep_cursor else None
        self._rebuild()
        if highlighted is not None and self.option_count:
            self.highlighted = min(highlighted, self.option_count - 1)
            if self._row_index(self.highlighted) is None:
                self.action_cursor_down()

    def _rebuild(self) -> None:
        self._last_heading = None
        self._built_rows = 0
        self.clear_options()
        self._add_built(len(self.rows))

    def _add_built(self, stop: int) -> None:
        self.add_options(self._build_options(self._built_rows, stop))
        self._built_rows = stop

    def _row_width(self) -> int:
        return max(self.scrollable_content_region.width, 40)

    def _build_options(self, start: int, stop: int) -> list[Option]:
        width = self._built_width = self._row_width()
        options = []
        for index in range(start, stop):
            row = self.rows[index]
            heading = self._heading(row) if self._heading else None
            if heading is not None and heading != self._last_heading:
                self._last_heading = heading
                options.append(Option(Text(heading, style="bold underline"), disabled=True))
            # Built when drawn: a page is 100 rows, a screen shows about 25 (tui/lazy.py).
            options.append(LazyOption(partial(self._render_row, row, width), 1, id=f"row-{index}"))
        return options

    def _row_index(self, option_index: int) -> int | None:
        option_id = self.get_option_at_index(option_index).id
        return int(option_id.removeprefix("row-")) if option_id else None

    @property
    def highlighted_row(self) -> Row | None:
        if self.highlighted is None or not self.option_count:
            return None
        index = self._row_index(self.highlighted)
        return self.rows[index] if index is not None and index < len(self.rows) else None

    # --- events ---
    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        row_index = self._row_index(event.option_index)
        near_end = row_index is not None and row_index >= len(self.rows) - PREFETCH_MARGIN
        if near_end and not self.exhausted and not self._fetching:
            self._start_fetch(len(self.rows), PAGE_SIZE, reset=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.highlighted_row
        if row is not None:
            self.post_message(self.Opened(self, row))

    def on_resize(self) -> None:
        # Rows are cut to the width: only a new width needs them built again (the list grows taller when
        # the "loading" line above it goes, just as the first page arrives).
        if self.rows and self._row_width() != self._built_width:
            self.rerender()
