"""The modal form to record a ruling or a hearing by hand, or to correct an extracted one."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.validation import Function
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select

from docket.db.store import StoreError
from docket.db.views import CaseDetail, TimelineEntry
from docket.records import RULING_KINDS

from .base import DocketModal
from .safe import one_line


def parse_day(value: str) -> dt.date | None:
    """YYYY-MM-DD, or DD/MM/YYYY as French users write it; None when it is neither."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError:
        return None


def _field(label: str, field: Widget) -> Horizontal:
    """One line of the form: its label, then the field. Rows, not a grid: a grid row sized to the kind
    list grew with the list's overlay and pushed the buttons off the dialog."""
    return Horizontal(Label(label, classes="field-label"), field, classes="field")


class RecordModal(DocketModal[int | None]):
    """Dismissed with the id of the record written, or None when cancelled."""

    BINDINGS = [("escape", "cancel", ""), ("ctrl+s", "save", "")]

    def __init__(self, case: CaseDetail, kind: str, corrected: TimelineEntry | None = None) -> None:
        super().__init__()
        self.case = case
        self.kind = kind  # "ruling" or "hearing"
        self.corrected = corrected

    def _title(self) -> str:
        prefix = "correct_" if self.corrected else ""
        return self.tr(f"record.{prefix}{self.kind}_title")

    def compose(self) -> ComposeResult:
        tr, entry = self.tr, self.corrected
        day = entry.date.isoformat() if entry and entry.date else ""
        with Vertical(classes="dialog", id="record-dialog"):
            yield Label(self._title(), classes="dialog-title")
            yield Label(one_line(self.case.title), classes="dialog-subtitle", markup=False)
            if entry:
                yield Label(tr("record.correct_note"), classes="hint")
                if entry.origin != "manual" and entry.summary:
                    # What the parser read, for reference: never copied into a field of the correction.
                    read = tr("record.read_as", words=one_line(entry.summary))
                    yield Label(read, classes="hint one-line", id="record-read-as", markup=False)
            with Vertical(classes="form"):
                yield _field(
                    tr("record.date"),
                    Input(
                        day,
                        placeholder=tr("record.date_placeholder"),
                        id="record-date",
                        compact=True,
                        validators=[
                            Function(lambda value: parse_day(value) is not None, tr("record.bad_date"))
                        ],
                    ),
                )
                if self.kind == "ruling":
                    yield _field(
                        tr("record.kind"),
                        Select(
                            [(tr.ruling_kind(kind), kind) for kind in RULING_KINDS],
                            value=entry.label if entry and entry.label in RULING_KINDS else Select.NULL,
                            prompt="—",
                            id="record-kind",
                            compact=True,
                        ),
                    )
                    parties = [p.name for p in self.case.parties]
                    yield _field(
                        tr("record.party"),
                        Input(
                            entry.party or "" if entry else "",
                            id="record-party",
                            compact=True,
                            suggester=SuggestFromList(parties, case_sensitive=False) if parties else None,
                        ),
                    )
                    # A correction keeps the penalty and a person's own note, each in its own field; a
                    # parsed ruling's source words are not a note.
                    yield _field(
                        tr("record.sentence"),
                        Input(entry.sentence or "" if entry else "", id="record-sentence", compact=True),
                    )
                    yield _field(
                        tr("record.note"),
                        Input(entry.note or "" if entry else "", id="record-note", compact=True),
                    )
                else:
                    yield _field(
                        tr("record.purpose"),
                        Input(entry.detail or "" if entry else "", id="record-purpose", compact=True),
                    )
            yield Label("", id="record-error", classes="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(tr("record.save"), id="record-save", variant="primary")
                yield Button(tr("record.cancel"), id="record-cancel")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = self.docket.cursor_blink
        self.query_one("#record-date", Input).focus()

    def _value(self, selector: str) -> str | None:
        return self.query_one(selector, Input).value.strip() or None

    def _error(self, message: str) -> None:
        self.query_one("#record-error", Label).update(message)

    @on(Input.Submitted)
    @on(Button.Pressed, "#record-save")
    def action_save(self) -> None:
        tr, store = self.tr, self.docket.store
        day = parse_day(self.query_one("#record-date", Input).value)
        if day is None:
            self._error(tr("record.bad_date"))
            self.query_one("#record-date", Input).focus()
            return
        # A correction of a parsed record points at it; correcting a manual entry replaces that entry.
        corrects, replaces = None, None
        if self.corrected is not None:
            if self.corrected.origin == "manual":
                corrects, replaces = self.corrected.corrects_id, self.corrected.record_id
            else:
                corrects = self.corrected.record_id
        try:
            if self.kind == "ruling":
                kind = self.query_one("#record-kind", Select).value
                if kind is Select.NULL:
                    self._error(tr("record.need_kind"))
                    self.query_one("#record-kind", Select).focus()
                    return
                record_id = store.record_ruling(
                    self.case.case_id,
                    day,
                    str(kind),
                    party=self._value("#record-party"),
                    sentence=self._value("#record-sentence"),
                    note=self._value("#record-note"),
                    user=self.docket.user,
                    corrects=corrects,
                )
            else:
                record_id = store.record_hearing(
                    self.case.case_id,
                    day,
                    purpose=self._value("#record-purpose"),
                    user=self.docket.user,
                    corrects=corrects,
                )
            if replaces is not None:
                store.delete_manual(self.kind, replaces)
        except StoreError as error:
            self._error(tr("app.error", message=str(error)))
            return
        self.dismiss(record_id)

    @on(Button.Pressed, "#record-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
