"""From a case: copy an entry's source sentence with its citation; export the timeline as Markdown and ICS."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from tui_helpers import make_app, open_criet, select_entry, settle, wait_for

from docket.db.store import Store
from docket.tui.case import CaseScreen
from docket.tui.export_modal import ExportModal

pytestmark = pytest.mark.anyio


def _notes(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(note.message) for note in app._notifications]


async def test_copy_puts_the_sentence_and_its_citation_on_the_clipboard(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        await select_entry(pilot, screen, lambda entry: entry.evidence is not None)
        evidence = screen.selected_entry.evidence
        await pilot.press("c")
        await pilot.pause()
        copied = app.clipboard
        assert f"« {evidence.sentence} »" in copied
        assert evidence.article_title in copied
        assert "7 oct. 2025" in copied  # the report's date
        assert "samples/bj_criet_houndegnon_appel.txt" in copied  # the file it was read from
        assert any(note == f"Copié : {copied}" for note in _notes(app))


async def test_copy_without_a_source_says_so(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        await pilot.press("home")  # the "Chronologie" heading: no entry
        screen.timeline.highlighted = 0
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == ""
        assert any("pas de phrase source" in note for note in _notes(app))


async def test_export_markdown_in_the_current_folder(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportModal))
        await pilot.press("enter")  # Markdown is first
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        written = tmp_path / f"docket-case-{screen.detail.case_id}.md"
        assert written.is_file()
        text = written.read_text(encoding="utf-8")
        assert text.startswith("# ")
        assert "## Chronologie" in text
        assert "**lun. 20 oct. 2025** — audience prévue" in text
        sentence = next(e.evidence for e in screen.detail.timeline if e.evidence is not None)
        assert f"  > — {sentence.article_title}" in text.replace("\\", "")
        assert any(note == f"Chronologie écrite dans {written}" for note in _notes(app))


async def test_export_ics_to_a_chosen_path(store: Store, tmp_path: Path) -> None:
    app = make_app(store)
    target = tmp_path / "out" / "criet.ics"
    target.parent.mkdir()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criet(pilot, store)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportModal))
        await pilot.press("down", "tab", *str(target), "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        await settle(pilot)
        calendar = Calendar.from_ical(target.read_bytes())
        events = list(calendar.walk("VEVENT"))
        dated = [entry for entry in screen.detail.timeline if entry.date]
        assert len(events) == len(dated)
        starts = {event.decoded("dtstart") for event in events}
        assert {entry.date for entry in dated} == starts
        hearing = next(e for e in events if "audience prévue" in str(e["summary"]))
        assert "Cour de répression" in str(hearing["location"])
        assert any(note == f"Chronologie écrite dans {target}" for note in _notes(app))


async def test_export_into_a_missing_folder_says_why(store: Store, tmp_path: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_criet(pilot, store)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportModal))
        await pilot.press("tab", *str(tmp_path / "nowhere" / "t.md"), "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert any(note.startswith("Export impossible") for note in _notes(app))
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportModal))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
