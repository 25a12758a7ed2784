"""A case: who, what, before which court; its hearings and rulings oldest first, each with its evidence."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from docket.db.store import StoreError
from docket.db.views import CaseDetail, EvidenceView, TimelineEntry
from docket.records import ROLES

from .actions import relabel
from .base import DocketScreen
from .keybar import KeyBar
from .safe import one_line, plain

EXCERPT_CONTEXT = 500  # characters of the report shown around an evidence sentence
SOURCE_PREVIEW = 1500


def _excerpt_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) around text[start:end], at most EXCERPT_CONTEXT characters either side."""
    low = max(0, start - EXCERPT_CONTEXT)
    paragraph_start = text.rfind("\n\n", low, start)
    high = min(len(text), end + EXCERPT_CONTEXT)
    paragraph_end = text.find("\n\n", end, high)
    return (paragraph_start + 2 if paragraph_start >= 0 else low), (
        paragraph_end if paragraph_end >= 0 else high
    )


class CaseScreen(DocketScreen):
    scope: ClassVar[str] = "case"

    def __init__(self, detail: CaseDetail) -> None:
        super().__init__()
        self.detail = detail
        self._texts: dict[int, str] = {}
        self.evidence_text = Text()  # what the evidence pane shows
        self._select_next: tuple[str, int] | None = None  # (kind, record id) to put the cursor on

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="case-header", markup=False)
        yield OptionList(id="timeline", markup=False)
        with VerticalScroll(id="evidence-pane"):
            yield Static(id="evidence", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self._show()
        self.timeline.focus()

    def show_case(self, detail: CaseDetail) -> None:
        """Show another case in this (kept) screen, from the top of its timeline."""
        self.detail = detail
        self._texts.clear()
        if self.is_mounted:
            self.timeline.highlighted = None
            self._show()
            self.timeline.focus()

    @property
    def timeline(self) -> OptionList:
        return self.query_one("#timeline", OptionList)

    # --- data ---
    def reload(self) -> None:
        selected = self.selected_entry  # before the timeline changes under the option ids
        if self._select_next is None and selected is not None:
            self._select_next = (selected.kind, selected.record_id)
        try:
            self.detail = self.store.case_detail(self.detail.case_id, today=self.docket.today)
        except StoreError as error:  # merged into another case by someone else, for instance
            self.docket.store_error(error)
            return
        self._show()

    def _source_text(self, source_id: int) -> str | None:
        if source_id not in self._texts:
            try:
                self._texts[source_id] = self.store.source_text(source_id)
            except StoreError:
                return None
        return self._texts[source_id]

    @property
    def selected_entry(self) -> TimelineEntry | None:
        if self.timeline.highlighted is None:
            return None
        option_id = self.timeline.get_option_at_index(self.timeline.highlighted).id or ""
        if option_id.startswith("t-"):
            return self.detail.timeline[int(option_id[2:])]
        return None

    # --- showing ---
    def _show(self) -> None:
        self.sub_title = one_line(self.detail.title)
        relabel(self, "follow", self.tr("act.unfollow" if self.detail.followed else "act.follow"))
        self.query_one("#case-header", Static).update(self._header())
        kept_index = self.timeline.highlighted
        wanted, self._select_next = self._select_next, None
        self.timeline.clear_options()
        self.timeline.add_options(self._timeline_options())
        if self.timeline.option_count:
            # The cursor stays on its entry (or lands on the one just recorded) wherever it moved to.
            found = [i for i, e in enumerate(self.detail.timeline) if (e.kind, e.record_id) == wanted]
            index = found[0] + 1 if found else min(kept_index or 0, self.timeline.option_count - 1)
            self.timeline.highlighted = index
            if self.timeline.get_option_at_index(index).disabled:
                self.timeline.action_cursor_down()
        self._show_evidence()

    def _header(self) -> Text:
        tr, case = self.tr, self.detail
        header = plain(case.title, "bold", single_line=True)
        if case.followed:
            header.append(f"  ★ {tr('case.followed')}", style="bold")
            if case.follow_note:
                header.append(" — ")
                header.append_text(plain(case.follow_note, "italic", single_line=True))
        court = case.court or case.court_text
        if case.court_abbr and court and case.court_abbr not in court:
            court = f"{court} ({case.court_abbr})"
        place = [
            tr.label(tr("case.court")) + court if court else "",
            tr.label(tr("case.chamber")) + case.chamber if case.chamber else "",
            tr.label(tr("case.country")) + case.country if case.country else "",
        ]
        header.append("\n")
        header.append_text(plain(" · ".join(p for p in place if p), single_line=True))
        for role in (*ROLES, *sorted({p.role for p in case.parties} - set(ROLES))):
            names = [p.name for p in case.parties if p.role == role]
            if names:
                header.append("\n")
                header.append(tr.label(tr.role(role)), style="bold")
                header.append_text(plain(", ".join(names), single_line=True))
        if case.charges:
            header.append("\n")
            header.append(tr.label(tr("case.charges")), style="bold")
            header.append_text(plain(" ; ".join(case.charges), single_line=True))
        if case.tags:
            header.append("\n")
            header.append(tr.label(tr("case.tags")), style="bold")
            header.append_text(plain(", ".join(case.tags), single_line=True))
        related = [(f"← {tr('case.continues')}", case.follows_case)] if case.follows_case else []
        related += [(f"→ {tr('case.continued_by')}", later) for later in case.followed_by]
        for index, (relation, other) in enumerate(related):
            header.append("\n" if index == 0 else "  ")
            header.append(f"{relation} #{other.case_id} ", style="dim")
            header.append_text(plain(other.title, "dim", single_line=True))
        return header

    def _entry_line(self, entry: TimelineEntry, width: int | None = None) -> Text:
        tr = self.tr
        theme = self.app.theme_variables
        label = tr.status(entry.label) if entry.kind == "hearing" else tr.ruling_kind(entry.label)
        line = Text(no_wrap=True, overflow="ellipsis")
        date = tr.short_date(entry.date) if entry.date else one_line(entry.date_text or tr("case.undated"))
        line.append(f"{date:<13} ", style="dim" if entry.superseded else "")
        marker = "◆ " if entry.kind == "ruling" else "○ "
        line.append(marker + label, style="dim strike" if entry.superseded else "bold")
        for extra in (entry.party, entry.detail):
            if extra:
                line.append(" · ")
                line.append_text(plain(extra, "dim" if entry.superseded else "", single_line=True))
        if entry.origin == "manual":
            who = f" {tr('case.by', user=entry.recorded_by)}" if entry.recorded_by else ""
            if entry.recorded_at is not None:  # people need to know when a colleague wrote it down
                who += f", {tr.short_date(entry.recorded_at.date())}"
            tag = tr("case.correction") if entry.corrects_id else tr("case.manual")
            line.append(f"  ✎ {tag}{who}", style=theme.get("accent", "bold"))
        if entry.superseded:
            line.append(f"  [{tr('case.corrected')}]", style=theme.get("warning", "bold"))
        if width is not None:  # one line per entry, whatever the terminal's width
            line.truncate(width, overflow="ellipsis")
        return line

    def _timeline_options(self) -> list[Option]:
        width = max(self.timeline.scrollable_content_region.width, 40)
        options = [Option(Text(self.tr("case.timeline"), style="bold underline"), disabled=True)]
        options += [
            Option(self._entry_line(entry, width), id=f"t-{index}")
            for index, entry in enumerate(self.detail.timeline)
        ]
        if self.detail.sources:
            options.append(Option(Text(self.tr("case.sources"), style="bold underline"), disabled=True))
            for index, source in enumerate(self.detail.sources):
                line = Text(f"{self.tr.short_date(source.article_published):<13} ", no_wrap=True)
                line.append_text(plain(source.article_title or source.source_uri, "bold", single_line=True))
                line.append("  ")
                line.append_text(plain(source.source_uri, "dim", single_line=True))
                line.truncate(width, overflow="ellipsis")
                options.append(Option(line, id=f"s-{index}"))
        return options

    def _show_evidence(self) -> None:
        highlighted = self.timeline.highlighted
        option_id = self.timeline.get_option_at_index(highlighted).id if highlighted is not None else None
        if not option_id:
            shown = Text(self.tr("case.select_entry"), style="dim")
        elif option_id.startswith("s-"):
            shown = self._source_preview(self.detail.sources[int(option_id[2:])])
        else:
            entry = self.detail.timeline[int(option_id[2:])]
            if entry.evidence is None:
                shown = Text(self.tr("case.no_evidence"), style="dim")
            else:
                shown = self._evidence(entry.evidence)
        self.evidence_text = shown
        self.query_one("#evidence", Static).update(shown)
        self.query_one("#evidence-pane", VerticalScroll).scroll_home(animate=False)

    def _source_title(self, source: EvidenceView) -> Text:
        title = plain(source.article_title or self.tr("case.source"), "bold", single_line=True)
        if source.article_published:
            title.append(f" — {self.tr('case.published', date=self.tr.date(source.article_published))}")
        title.append("\n")
        title.append_text(plain(source.source_uri, "dim", single_line=True))
        title.append("\n\n")
        return title

    def _evidence(self, evidence: EvidenceView) -> Text:
        shown = self._source_title(evidence)
        text = self._source_text(evidence.source_id)
        if text is None or not (0 <= evidence.start < evidence.end <= len(text)):
            shown.append_text(plain(evidence.sentence, "bold reverse"))
            return shown
        low, high = _excerpt_bounds(text, evidence.start, evidence.end)
        shown.append_text(plain(text[low : evidence.start]))
        shown.append_text(plain(text[evidence.start : evidence.end], "bold reverse"))
        shown.append_text(plain(text[evidence.end : high]))
        return shown

    def _source_preview(self, source: EvidenceView) -> Text:
        shown = self._source_title(source)
        text = self._source_text(source.source_id)
        if text is not None:
            article = text[source.start : source.end] if source.end > source.start else text
            shown.append_text(plain(article[:SOURCE_PREVIEW].rstrip()))
            if len(article) > SOURCE_PREVIEW:
                shown.append(" …", style="dim")
        return shown

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_evidence()

    def on_resize(self) -> None:
        self._show()

    # --- actions ---
    def _record(self, kind: str, entry: TimelineEntry | None = None) -> None:
        from .record import RecordModal

        def saved(record_id: int | None) -> None:
            if record_id is not None:
                self._select_next = (kind, record_id)
                self.docket.say(self.tr("record.saved"))
                self.docket.data_changed()

        self.app.push_screen(RecordModal(self.detail, kind, entry), saved)

    def action_record_ruling(self) -> None:
        self._record("ruling")

    def action_record_hearing(self) -> None:
        self._record("hearing")

    def action_correct(self) -> None:
        entry = self.selected_entry
        if entry is None:
            self.docket.say(self.tr("case.pick_entry"), "warning")
            return
        self._record(entry.kind, entry)

    def action_delete(self) -> None:
        from .confirm import ConfirmModal

        entry = self.selected_entry
        if entry is None:
            self.docket.say(self.tr("case.pick_entry"), "warning")
            return
        if entry.origin != "manual":
            self.docket.say(self.tr("case.only_manual"), "warning")
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.store.delete_manual(entry.kind, entry.record_id)
            except StoreError as error:
                self.docket.store_error(error)
                return
            self.docket.say(self.tr("case.deleted"))
            self.docket.data_changed()

        question = self.tr("case.delete_confirm", entry=self._entry_line(entry).plain)
        self.app.push_screen(ConfirmModal(question), confirmed)

    def action_follow(self) -> None:
        case = self.detail
        try:
            if case.followed:
                self.store.unfollow(case.case_id)
            else:
                self.store.follow(case.case_id, note=case.follow_note, tags=case.tags)
        except StoreError as error:
            self.docket.store_error(error)
            return
        self.docket.say(self.tr("case.unfollowed_now" if case.followed else "case.followed_now"))
        self.docket.data_changed()

    def action_copy_source(self) -> None:
        from .export import quoted_sentence

        entry = self.selected_entry
        if entry is None or entry.evidence is None:
            self.docket.say(self.tr("case.no_source"), "warning")
            return
        text = quoted_sentence(entry.evidence, self.tr)
        self.app.copy_to_clipboard(text)
        self.docket.say(self.tr("case.copied", text=text))

    def action_export(self) -> None:
        from .export import FORMATS, default_name, export_path, write_export
        from .export_modal import ExportModal

        detail = self.detail

        def chosen(choice: tuple[str, str] | None) -> None:
            if choice is None:
                return
            fmt, wanted = choice
            try:
                written = write_export(detail, fmt, export_path(detail, fmt, wanted), self.tr)
            except OSError as error:
                self.docket.say(self.tr("export.failed", error=str(error)), "error")
                return
            self.docket.say(self.tr("export.written", path=str(written)))

        names = {fmt: default_name(detail, fmt) for fmt in FORMATS}
        self.app.push_screen(ExportModal(names), chosen)

    def action_note(self) -> None:
        from .note_modal import NoteModal

        def save(note: str | None) -> None:
            if note is None:
                return
            try:
                self.store.follow(self.detail.case_id, note=note or None, tags=self.detail.tags)
            except StoreError as error:
                self.docket.store_error(error)
                return
            self.docket.data_changed()

        self.app.push_screen(NoteModal(self.detail.follow_note or ""), save)
