"""Search as you type: the store's fielded full-text search, debounced and off the UI thread."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from docket.db.store import StoreError
from docket.db.views import SearchHit

from .base import DocketScreen
from .keybar import KeyBar
from .safe import plain

DEBOUNCE_SECONDS = 0.25
RESULT_LIMIT = 100


class SearchScreen(DocketScreen):
    scope: ClassVar[str] = "search"

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self._shown_query = ""  # the query `hits` answer
        self._open_when_shown = False  # Enter was pressed before the results came
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(show_clock=False)
        yield Input(placeholder=tr("search.placeholder"), id="search-input")
        yield Static(tr("search.hint"), id="search-hint", classes="hint", markup=False)
        yield Static("", id="search-status", classes="status", markup=False)
        yield OptionList(id="search-results", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = self.tr("search.title")
        self.query_one("#search-input", Input).cursor_blink = self.docket.cursor_blink
        self.query_one("#search-input", Input).focus()

    @property
    def query_text(self) -> str:
        return self.query_one("#search-input", Input).value.strip()

    # --- searching ---
    @on(Input.Changed, "#search-input")
    def typed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self._start_search)

    def _start_search(self) -> None:
        query = self.query_text
        if not query:
            self._show(query, [])
            return
        self._status(self.tr("search.searching"), "dim")
        self.run_worker(lambda: self._search(query), thread=True, group="search", exclusive=True)

    def _search(self, query: str) -> None:
        try:
            hits = self.store.search(query, limit=RESULT_LIMIT)
        except StoreError as error:
            self.app.call_from_thread(self._failed, query, error)
            return
        self.app.call_from_thread(self._show, query, hits)

    def reload(self) -> None:
        if self.query_text:
            self._start_search()

    def _status(self, message: str, style: str = "") -> None:
        self.query_one("#search-status", Static).update(Text(message, style=style))

    def _failed(self, query: str, error: StoreError) -> None:
        if query == self.query_text:  # the user typed on meanwhile: this answer is stale
            self._status(str(error), f"bold {self.app.theme_variables.get('error', 'red')}")

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.query_text:
            return
        self.hits = hits
        self._shown_query = query
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        width = max(results.scrollable_content_region.width, 40)
        results.add_options(self._option(index, hit, width) for index, hit in enumerate(hits))
        if hits:
            results.highlighted = 0
            self._status(self.tr("search.count", count=len(hits)))
        else:
            self._status(self.tr("search.none") if query else "", "dim")
        if self._open_when_shown:
            self._open_when_shown = False
            self._open(0)

    def _option(self, index: int, hit: SearchHit, width: int) -> Option:
        """Two lines: the case and what matched, then the snippet, each cut to the list's width."""
        tr = self.tr
        title = plain(hit.case_title or "—", "bold", single_line=True)
        title.append(f"  [{tr.maybe(f'field.{hit.field}', hit.field)}]", style="dim")
        title.truncate(width, overflow="ellipsis")
        snippet = Text("  ").append_text(plain(hit.snippet, single_line=True))
        snippet.truncate(width, overflow="ellipsis")
        return Option(Text("\n").join([title, snippet]), id=f"hit-{index}")

    # --- opening ---
    def _open(self, index: int | None) -> None:
        if index is None or index >= len(self.hits):
            return
        hit = self.hits[index]
        if hit.case_id is None:
            self.docket.say(self.tr("search.no_case"), "warning")
            return
        self.docket.open_case(hit.case_id)

    @on(Input.Submitted, "#search-input")
    def submitted(self) -> None:
        if self.query_text and self.query_text == self._shown_query:
            self._open(self.query_one("#search-results", OptionList).highlighted)
        elif self.query_text:
            # Typed and pressed Enter within the debounce delay: search now, open the first result.
            self._open_when_shown = True
            if self._debounce is not None:
                self._debounce.stop()
            self._start_search()

    @on(OptionList.OptionSelected, "#search-results")
    def selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option_index)

    def action_focus_results(self) -> None:
        self.query_one("#search-results", OptionList).focus()
