"""Search as you type: the store's fielded full-text search, debounced and off the UI thread, one row per
case (its court, next hearing and best snippet, the matched words highlighted), a true total, more on
demand, and "did you mean" for a near-miss name."""

from __future__ import annotations

import re
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from docket.db.search import QueryError, parse_query
from docket.db.store import StoreError
from docket.db.views import CaseSummary, SearchHit
from docket.records import RULING_KINDS

from .base import DocketScreen
from .keybar import KeyBar
from .lazy import LazyOption
from .safe import one_line

DEBOUNCE_SECONDS = 0.25
RESULT_LIMIT = 100  # hits read at first; "more results" reads this many more each time
# Beyond this many matches the total says "more than": a bound on the count's time (on 100,000 cases, a word
# in every one, 'de', takes 36 ms to count), not a limit a docket is expected to reach.
COUNT_CAP = 1_000_000
SEARCHING_AFTER_SECONDS = 0.15  # a search not answered by then says so in the status line
COUNT_WAIT_SECONDS = 0.02  # a count still running then is shown when done, after the results
_KIND = re.compile(r"\b(" + "|".join(sorted(RULING_KINDS, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One row of the results: a case (or a report tied to none) and its best-ranked hit."""

    hit: SearchHit
    matches: int  # how many of the hits read belong to it
    summary: CaseSummary | None


@dataclass(frozen=True, slots=True)
class SearchAnswer:
    query: str
    results: list[CaseResult]
    total: int | None  # None while the count runs, after the results are shown
    capped: bool
    more: bool  # the store had more hits than were read
    suggestions: list[str]


@cache  # one thread for every search screen: a count takes milliseconds, and searches come one at a time
def _counter() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-count")


@cache  # a few hundred distinct characters, folded again in every snippet
def _fold_char(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).casefold()


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """`text` folded (accents and case), and for each folded character the index it came from."""
    folded, origin = [], []
    for index, char in enumerate(text):
        for piece in _fold_char(char):
            folded.append(piece)
            origin.append(index)
    return "".join(folded), origin


def query_words(query: str) -> list[str]:
    """The folded words a query looks for (field names, dates and operators left out)."""
    try:
        parsed = parse_query(query)
    except QueryError:
        return []
    words = []
    for group in parsed.groups:
        for term in group:
            words += [w for w in _folded_with_map(term.text)[0].split() if len(w) > 1]
    return sorted(set(words), key=len, reverse=True)


def highlight(text: Text, words: list[str], style: str) -> Text:
    """Style every occurrence of `words` in `text` (accent- and case-insensitive, as the search matches),
    whole words or word starts. Styles only: the text itself is never parsed as markup."""
    if not words:
        return text
    folded, origin = _folded_with_map(text.plain)
    for word in words:
        for found in re.finditer(r"(?<!\w)" + re.escape(word) + r"\w*", folded):
            start, end = origin[found.start()], origin[found.end() - 1] + 1
            text.stylize(style, start, end)
    return text


def group_hits(hits: list[SearchHit]) -> list[tuple[SearchHit, int]]:
    """One entry per case, in the order of each case's best hit; reports tied to no case stay apart."""
    grouped: dict[object, list] = {}
    for hit in hits:
        key = ("case", hit.case_id) if hit.case_id is not None else ("source", hit.source_id, hit.snippet)
        if key in grouped:
            grouped[key][1] += 1
        else:
            grouped[key] = [hit, 1]
    return [(hit, count) for hit, count in grouped.values()]


class SearchScreen(DocketScreen):
    scope: ClassVar[str] = "search"

    def __init__(self) -> None:
        super().__init__()
        self.results: list[CaseResult] = []
        self.answer: SearchAnswer | None = None
        self._limit = RESULT_LIMIT
        self._shown_query = ""  # the query `results` answer
        self._open_when_shown = False  # Enter was pressed before the results came
        self._debounce: Timer | None = None
        self._words: list[str] = []  # the shown query's words, lit in the snippets
        self._generation = 0  # one more at each search started
        self._searching: Timer | None = None  # shows "searching…" if the answer is slow to come

    @property
    def hits(self) -> list[SearchHit]:
        """The best hit of each case shown, in order."""
        return [result.hit for result in self.results]

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(show_clock=False)
        yield Input(placeholder=tr("search.placeholder"), id="search-input")
        yield Static(tr("search.hint"), id="search-hint", classes="hint", markup=False)
        yield Static("", id="search-status", classes="status", markup=False)
        yield OptionList(id="search-results", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:  # DocketScreen.on_mount runs too (Textual calls each class's handler)
        self.sub_title = self.tr("search.title")
        search_input = self.query_one("#search-input", Input)
        search_input.cursor_blink = self.docket.cursor_blink
        search_input.focus()
        self._show_recent()

    @property
    def query_text(self) -> str:
        return self.query_one("#search-input", Input).value.strip()

    @property
    def results_list(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    # --- searching ---
    @on(Input.Changed, "#search-input")
    def typed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._limit = RESULT_LIMIT
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self._start_search)

    def _start_search(self) -> None:
        query = self.query_text
        self._generation += 1  # a count still waiting for its turn is of an older search: it is skipped
        if not query:
            self._answered()
            self.results, self.answer, self._shown_query = [], None, ""
            self._show_recent()
            return
        # "Searching…" only for a search still running after a moment: most answer in 20-60 ms, and a status
        # line drawn at the start made Textual draw the results one or two frames later (after a frame its
        # refresh timer waits 17-33 ms for the next; with none since the key, it draws at once: tui6).
        if self._searching is not None:
            self._searching.stop()
        self._searching = self.set_timer(SEARCHING_AFTER_SECONDS, partial(self._still_searching, query))
        limit, today, generation = self._limit, self.docket.today, self._generation
        self.run_worker(
            lambda: self._search(query, limit, today, generation),
            thread=True,
            group="search",
            exclusive=True,
        )

    def _still_searching(self, query: str) -> None:
        if query == self.query_text:  # its answer (or error) would have stopped this timer
            self._status(self.tr("search.searching"), "dim")

    def _answered(self) -> None:
        if self._searching is not None:
            self._searching.stop()
            self._searching = None

    def _count_if_current(self, query: str, generation: int) -> tuple[int, bool] | None:
        if generation != self._generation:
            return None
        return self.store.search_total(query, cap=COUNT_CAP)

    def _search(self, query: str, limit: int, today: object, generation: int) -> None:
        store = self.store
        # The true total is counted on a second connection while this thread reads the ranked hits and
        # their summaries (SQLite lets go of the GIL; the machine has a second core): on 100,000 cases the
        # count (4-55 ms, tui6) is mostly done when they are, and comes in the same answer. It used to be
        # counted after the results were painted, and reached the screen 50-70 ms after them.
        counting: Future[tuple[int, bool] | None] = _counter().submit(
            self._count_if_current, query, generation
        )
        try:
            hits = store.search(query, limit=limit)
            more = len(hits) >= limit
            grouped = group_hits(hits)
            ids = [hit.case_id for hit, _ in grouped if hit.case_id is not None]
            summaries = {s.case_id: s for s in store.case_summaries(ids, today=today)} if ids else {}
            suggestions: list[str] = []
            if not hits:
                for word in query.split():
                    if ":" not in word and word.upper() not in ("OR", "AND", "NOT"):
                        suggestions += [
                            s for s in store.suggest_name(word.strip('"')) if s not in suggestions
                        ]
            # Every hit read: the results are the whole answer, and their number the total.
            counted: tuple[int, bool] | None = (len(grouped), False) if not more else None
            if counted is None:
                try:  # ready with the results, unless the count is slow: then the results do not wait
                    counted = counting.result(timeout=COUNT_WAIT_SECONDS)
                except FutureTimeout:
                    pass
        except StoreError as error:
            self.app.call_from_thread(self._failed, query, error)
            return
        results = [CaseResult(hit, count, summaries.get(hit.case_id or -1)) for hit, count in grouped]
        shown = len(results)
        total, capped = (max(counted[0], shown), counted[1]) if counted is not None else (None, False)
        self.app.call_from_thread(self._show, SearchAnswer(query, results, total, capped, more, suggestions))
        if total is None:  # shown as "counting…" until the count ends
            try:
                counted = counting.result()
            except StoreError as error:
                self.app.call_from_thread(self._failed, query, error)
                return
            if counted is not None:
                self.app.call_from_thread(self._show_total, query, max(counted[0], shown), counted[1])

    def reload(self) -> None:
        if self.query_text:
            self._start_search()

    def _status(self, message: str | Text, style: str = "") -> None:
        shown = message if isinstance(message, Text) else Text(message, style=style)
        self.query_one("#search-status", Static).update(shown)

    def _failed(self, query: str, error: StoreError) -> None:
        if query == self.query_text:  # the user typed on meanwhile: this answer is stale
            self._answered()
            self._status(str(error), f"bold {self.app.theme_variables.get('error', 'red')}")

    def _show(self, answer: SearchAnswer) -> None:
        if answer.query != self.query_text:
            return
        self._answered()
        tr = self.tr
        kept = self.results_list.highlighted if answer.query == self._shown_query else None
        self.answer, self.results, self._shown_query = answer, answer.results, answer.query
        self._words = query_words(answer.query)
        results = self.results_list
        results.clear_options()
        # Each result's two lines are built when drawn (tui/lazy.py): a hundred, their snippets translated
        # and lit, took 40-80 ms, while a screen shows about ten.
        width, words = max(results.scrollable_content_region.width, 40), self._words
        results.add_options(
            LazyOption(partial(self._result_lines, result, width, words), 2, id=f"hit-{index}")
            for index, result in enumerate(self.results)
        )
        self._add_tail()
        if results.option_count:
            results.highlighted = min(kept or 0, results.option_count - 1)
        if self.results:
            self._show_count()
        elif answer.suggestions:
            self._status(tr("search.none_suggest"), "dim")
        else:
            self._status(tr("search.none"), "dim")
        if self._open_when_shown:
            self._open_when_shown = False
            self._open(0)

    def _add_tail(self) -> None:
        """After the last result: "more results", then the names it may have meant."""
        tr, results, answer = self.tr, self.results_list, self.answer
        assert answer is not None
        if answer.more:
            results.add_option(Option(Text(f"  ↓ {tr('search.more')}", style="bold"), id="more"))
        for name in answer.suggestions:
            label = Text(f"  {tr('search.did_you_mean')} ")
            label.append(one_line(name), style="bold underline")
            results.add_option(Option(label, id=f"suggest-{name}"))
        if results.highlighted is None and results.option_count:
            results.highlighted = 0

    def _show_total(self, query: str, total: int, capped: bool) -> None:
        if self.answer is not None and self.answer.query == query == self.query_text:
            self.answer = replace(self.answer, total=total, capped=capped)
            self._show_count()

    def _show_count(self) -> None:
        answer, tr = self.answer, self.tr
        assert answer is not None
        if answer.total is None:
            self._status(tr("search.counting", shown=len(self.results)), "dim")
            return
        total = f"{answer.total:,}".replace(",", "\u202f")
        key = "search.count_capped" if answer.capped else "search.count"
        self._status(tr(key, count=total, shown=len(self.results)))

    def _result_lines(self, result: CaseResult, width: int, words: list[str]) -> Text:
        """Two lines: the case, its court and next hearing; then the best snippet, `words` lit."""
        tr, today = self.tr, self.docket.today
        theme = self.app.theme_variables
        hit, summary = result.hit, result.summary
        title = Text(no_wrap=True, overflow="ellipsis")
        if summary is not None and summary.followed:
            title.append("★ ", style=theme.get("warning", "bold"))
        title.append(one_line(hit.case_title or tr("search.no_case_title")), style="bold")
        if summary is not None and summary.court and summary.court not in (hit.case_title or ""):
            title.append(f" · {one_line(summary.court)}", style="dim")
        if summary is not None and summary.next_hearing:
            when = tr("search.next", date=tr.list_date(summary.next_hearing, today))
            title.append(f"  {when}", style=theme.get("accent", "bold"))
        if result.matches > 1:
            title.append(f"  ({tr('search.matches', count=result.matches)})", style="dim")
        title.truncate(width, overflow="ellipsis")
        snippet = Text("  ")
        snippet.append(f"{tr.maybe(f'field.{hit.field}', hit.field)} ", style="dim italic")
        snippet.append_text(self._snippet(hit.snippet, words))
        snippet.truncate(width, overflow="ellipsis")
        return Text("\n").join([title, snippet])

    def _snippet(self, raw: str, words: list[str]) -> Text:
        """The snippet in the user's words (ruling kinds translated), the query's `words` highlighted."""
        text = one_line(raw)
        mark = f"bold reverse {self.app.theme_variables.get('accent', '')}".strip()
        shown = Text()
        position = 0
        for found in _KIND.finditer(text):
            shown.append(text[position : found.start()])
            kind_words = found.group(1).split("_")
            matched = any(k.startswith(w) for w in words for k in kind_words)
            shown.append(self.tr.ruling_kind(found.group(1)), style=mark if matched else "italic")
            position = found.end()
        shown.append(text[position:])
        return highlight(shown, words, mark)

    def _show_recent(self) -> None:
        """With an empty query: the last searches, to run again with Enter."""
        results = self.results_list
        results.clear_options()
        recent = self.docket.settings.recent_searches
        if recent:
            results.add_option(Option(Text(self.tr("search.recent"), style="bold underline"), disabled=True))
            for number, query in enumerate(recent):
                results.add_option(Option(Text(f"  {one_line(query)}"), id=f"recent-{number}"))
        self._status("")

    # --- opening ---
    def _open(self, index: int | None) -> None:
        if index is None or index >= len(self.results):
            return
        hit = self.results[index].hit
        self.docket.settings.remember_search(self._shown_query)  # a search that led somewhere
        if hit.case_id is None:
            self.docket.say(self.tr("search.no_case"), "warning")
            return
        self.docket.open_case(hit.case_id)

    def _choose(self, option_id: str | None, option_index: int) -> None:
        if option_id == "more":
            self._limit += RESULT_LIMIT * 2
            self._start_search()
        elif option_id and option_id.startswith("suggest-"):
            name = option_id.removeprefix("suggest-")
            self._replace_query(f'party:"{name}"' if " " in name else name)
        elif option_id and option_id.startswith("recent-"):
            recent = self.docket.settings.recent_searches
            self._replace_query(recent[int(option_id.removeprefix("recent-"))])
        elif option_id and option_id.startswith("hit-"):
            self._open(int(option_id.removeprefix("hit-")))

    def _replace_query(self, query: str) -> None:
        search_input = self.query_one("#search-input", Input)
        search_input.value = query
        search_input.cursor_position = len(query)
        search_input.focus()
        if self._debounce is not None:
            self._debounce.stop()
        self._limit = RESULT_LIMIT
        self._start_search()

    @on(Input.Submitted, "#search-input")
    def submitted(self) -> None:
        if self.query_text and self.query_text == self._shown_query:
            highlighted = self.results_list.highlighted
            option = self.results_list.get_option_at_index(highlighted) if highlighted is not None else None
            if option is not None:
                self._choose(option.id, highlighted or 0)
        elif self.query_text:
            # Typed and pressed Enter within the debounce delay: search now, open the first result.
            self._open_when_shown = True
            if self._debounce is not None:
                self._debounce.stop()
            self._start_search()
        elif self.docket.settings.recent_searches:
            self._replace_query(self.docket.settings.recent_searches[0])

    @on(OptionList.OptionSelected, "#search-results")
    def selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id, event.option_index)

    def action_focus_results(self) -> None:
        self.results_list.focus()

    def action_focus_query(self) -> None:
        self.query_one("#search-input", Input).focus()
