"""Import a report file or a folder of reports, with progress, in a worker thread."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, ProgressBar, RichLog
from textual.worker import get_current_worker

from docket.db.views import IngestResult
from docket.monitor import pipeline, sources

from .base import DocketModal
from .safe import plain


class ImportScreen(DocketModal[None]):
    BINDINGS = [("escape", "close", "")]

    def __init__(self) -> None:
        super().__init__()
        self.results: list[IngestResult] = []
        self.running = False
        self._root: Path | None = None  # the folder imported: its files are shown relative to it

    def compose(self) -> ComposeResult:
        tr = self.tr
        with Vertical(classes="dialog", id="import-dialog"):
            yield Label(tr("import.title"), classes="dialog-title")
            yield Label(tr("import.path"))
            yield Input(placeholder="~/reports", id="import-path", compact=True)
            yield ProgressBar(id="import-progress", show_eta=False)
            yield RichLog(id="import-log", markup=False, wrap=False, max_lines=500)
            yield Label("", id="import-summary", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(tr("import.start"), id="import-start", variant="primary")
                yield Button(tr("import.close"), id="import-close")

    def on_mount(self) -> None:
        path_input = self.query_one("#import-path", Input)
        path_input.cursor_blink = self.docket.cursor_blink
        path_input.focus()

    @on(Input.Submitted, "#import-path")
    @on(Button.Pressed, "#import-start")
    def start(self) -> None:
        if self.running:
            return
        raw = self.query_one("#import-path", Input).value.strip()
        if not raw:
            return
        path = Path(raw).expanduser()
        log = self.query_one("#import-log", RichLog)
        if not path.exists():
            log.write(plain(self.tr("import.missing", path=str(path)), "bold"))
            return
        self.running = True
        self._root = path.resolve() if path.is_dir() else None
        self.docket.importing = True
        self.results = []
        self.query_one("#import-start", Button).disabled = True
        # On the app, not this screen: closing the dialog must not stop an import half way.
        self.app.run_worker(lambda: self._ingest(path), thread=True, group="import", exit_on_error=False)

    def _ingest(self, path: Path) -> None:
        worker = get_current_worker()
        selection = sources.select([path])
        self.app.call_from_thread(self._begin, path, len(selection.files))
        for line in sources.skipped_lines(selection.skipped):
            self.app.call_from_thread(self._note, line)
        for result in pipeline.ingest(self.docket.store, selection.files):
            self.app.call_from_thread(self._advance, result)
            if worker.is_cancelled:
                break
        self.app.call_from_thread(self._finish)

    def _note(self, line: str) -> None:
        if self.is_attached:
            self.query_one("#import-log", RichLog).write(plain(line, "dim"))

    def _begin(self, path: Path, total: int) -> None:
        if not self.is_attached:  # closed at once: the import goes on, its summary comes as a note
            return
        self.query_one("#import-progress", ProgressBar).update(total=total, progress=0)
        if not total:
            self.query_one("#import-log", RichLog).write(plain(self.tr("import.nothing", path=str(path))))

    def _advance(self, result: IngestResult) -> None:
        self.results.append(result)
        if not self.is_attached:
            return
        self.query_one("#import-progress", ProgressBar).advance(1)
        line = Text()
        style = "bold red" if result.status == "failed" else ("dim" if result.status != "new" else "")
        line.append(f"{self.tr.maybe(f'ingest.{result.status}', result.status):<16} ", style=style)
        line.append_text(plain(self._shown(result.source), single_line=True))
        if result.error:
            line.append(" — ")
            line.append_text(plain(result.error, single_line=True))
        self.query_one("#import-log", RichLog).write(line)

    def _shown(self, source: str) -> str:
        """A file of the imported folder by its path inside it (the folder is in the field above)."""
        if self._root is not None:
            try:
                return str(Path(source).resolve().relative_to(self._root))
            except (ValueError, OSError):
                pass
        return source

    def _finish(self) -> None:
        self.running = False
        self.docket.importing = False
        summary = self.tr(
            "import.done",
            files=len(self.results),
            cases=sum(r.new_cases for r in self.results),
            hearings=sum(r.new_hearings for r in self.results),
            rulings=sum(r.new_rulings for r in self.results),
            failed=sum(r.status == "failed" for r in self.results),
        )
        self.docket.data_changed()
        if self.is_attached:
            self.query_one("#import-summary", Label).update(summary)
            self.query_one("#import-start", Button).disabled = False
        else:
            self.docket.say(summary)

    @on(Button.Pressed, "#import-close")
    def action_close(self) -> None:
        self.dismiss(None)
