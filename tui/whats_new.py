"""What changed in the docket lately, and how fresh each news feed is."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from docket.clock import utcnow
from docket.db.store import StoreError
from docket.db.views import ChangeSummary, FeedView

from .base import DocketModal
from .safe import plain

LOOKBACK = dt.timedelta(days=1)
DAYS_AHEAD = 7


class WhatsNewScreen(DocketModal[None]):
    BINDINGS = [("escape,w,q", "close", "")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="whats-new-dialog"):
            yield Static(self.tr("home.loading"), id="whats-new", markup=False)

    def on_mount(self) -> None:
        since = utcnow() - LOOKBACK
        self.run_worker(lambda: self._read(since), thread=True, exit_on_error=False)

    def _read(self, since: dt.datetime) -> None:
        try:
            changes = self.docket.store.changes_since(since, DAYS_AHEAD, self.docket.today)
            feeds = self.docket.store.list_feeds()
        except StoreError as error:
            self.app.call_from_thread(self.docket.store_error, error)
            return
        self.app.call_from_thread(self._show, since, changes, feeds)

    def _show(self, since: dt.datetime, changes: ChangeSummary, feeds: list[FeedView]) -> None:
        tr = self.tr
        shown = Text(tr("new.title", since=tr.date(since.astimezone().date())), style="bold underline")
        shown.append("\n")
        if changes.empty:
            shown.append(f"\n{tr('new.nothing')}\n", style="dim")
        sections: list[tuple[str, list[Text]]] = [
            ("new.cases", [plain(case.title, single_line=True) for case in changes.new_cases]),
            (
                "new.scheduled",
                [
                    Text(f"{tr.date(h.date)}  ").append_text(plain(h.case_title, single_line=True))
                    for h in changes.newly_scheduled
                ],
            ),
            (
                "new.moved",
                [
                    Text(
                        f"{tr('new.moved_from', date=tr.date(h.date), previous=tr.date(previous))}  "
                    ).append_text(plain(h.case_title, single_line=True))
                    for h, previous in changes.moved
                ],
            ),
            (
                "new.rulings",
                [
                    Text(f"{tr.date(r.date)}  {tr.ruling_kind(r.label)}  ").append_text(
                        plain(r.party or "", single_line=True)
                    )
                    for r in changes.new_rulings
                ],
            ),
        ]
        for key, lines in sections:
            if lines:
                shown.append(f"\n{tr(key)} ({len(lines)})\n", style="bold")
                for line in lines:
                    shown.append("  • ")
                    shown.append_text(line)
                    shown.append("\n")
        shown.append(f"\n{tr('feeds.title')}\n", style="bold")
        if not feeds:
            shown.append(f"  {tr('feeds.none')}\n", style="dim")
        for feed in feeds:
            shown.append("  • ")
            shown.append_text(plain(feed.name or feed.url, "bold", single_line=True))
            shown.append("  ")
            if feed.consecutive_failures:
                failing = tr("feeds.failing", count=feed.consecutive_failures, error=feed.last_error or "?")
                shown.append_text(plain(failing, "red", single_line=True))
            elif feed.last_success_at:
                when = tr.relative(feed.last_success_at.date(), self.docket.today)
                shown.append(tr("feeds.ok", when=when))
            else:
                shown.append(tr("feeds.never"), style="dim")
            shown.append("\n")
        self.query_one("#whats-new", Static).update(shown)

    def action_close(self) -> None:
        self.dismiss(None)
