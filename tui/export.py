"""What leaves the dashboard as text: a timeline entry's source sentence with its citation (for the
clipboard), and a case's timeline as Markdown or as an iCalendar file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docket.db import ics
from docket.db.views import CaseDetail, EvidenceView, TimelineEntry
from docket.records import ROLES

from .i18n import Translator
from .safe import one_line

FORMATS = ("md", "ics")


def _entry_label(entry: TimelineEntry, tr: Translator) -> str:
    return tr.status(entry.label) if entry.kind == "hearing" else tr.ruling_kind(entry.label)


def citation(evidence: EvidenceView, tr: Translator) -> str:
    """'Title, 7 oct. 2025, https://…' (or the file the report was read from)."""
    parts = [one_line(evidence.article_title) if evidence.article_title else tr("case.source")]
    if evidence.article_published:
        parts.append(tr.short_date(evidence.article_published))
    parts.append(one_line(evidence.source_uri))
    return ", ".join(parts)


def quoted_sentence(evidence: EvidenceView, tr: Translator) -> str:
    """The source sentence, quoted, then its citation on the next line."""
    sentence = one_line(evidence.sentence)
    quoted = f"« {sentence} »" if tr.lang == "fr" else f"“{sentence}”"
    return f"{quoted}\n— {citation(evidence, tr)}"


def _entry_text(entry: TimelineEntry, tr: Translator) -> str:
    """One Markdown list item's text; report words escaped, the date in bold."""
    date = _md(tr.date(entry.date) if entry.date else one_line(entry.date_text or tr("case.undated")))
    extras = [_md(one_line(extra)) for extra in (entry.party, entry.detail) if extra]
    label = _md(_entry_label(entry, tr))
    if entry.superseded:
        label = f"~~{label}~~ ({tr('case.corrected')})"
    elif entry.origin == "manual":
        label += f" ({tr('case.correction') if entry.corrects_id else tr('case.manual')})"
    return " · ".join([f"**{date}** — {label}", *extras])


def _md(text: str) -> str:
    """Report text inside Markdown: no accidental emphasis, links or headings."""
    return re.sub(r"([\\`*_~\[\]<>#|])", r"\\\1", text)


def timeline_markdown(case: CaseDetail, tr: Translator) -> str:
    lines = [f"# {_md(one_line(case.title))}", ""]
    court = case.court or case.court_text
    for key, value in (("case.court", court), ("case.chamber", case.chamber), ("case.country", case.country)):
        if value:
            lines.append(f"- {tr.label(tr(key))}{_md(one_line(value))}")
    if case.charges:
        lines.append(f"- {tr.label(tr('case.charges'))}{_md(' ; '.join(case.charges))}")
    for role in (*ROLES, *sorted({p.role for p in case.parties} - set(ROLES))):
        names = ", ".join(one_line(p.name) for p in case.parties if p.role == role)
        if not names:
            continue
        lines.append(f"- {tr.label(tr.role(role))}{_md(names)}")
    lines += ["", f"## {tr('case.timeline')}", ""]
    for entry in case.timeline:
        lines.append(f"- {_entry_text(entry, tr)}")
        if entry.evidence is not None:
            lines.append(f"  > {_md(one_line(entry.evidence.sentence))}")
            lines.append(f"  > — {_md(citation(entry.evidence, tr))}")
    if case.sources:
        lines += ["", f"## {tr('case.sources')}", ""]
        for source in case.sources:
            lines.append(f"- {_md(citation(source, tr))}")
    return "\n".join(lines) + "\n"


def timeline_ics(case: CaseDetail, tr: Translator, now: dt.datetime | None = None) -> bytes:
    """Every dated entry as an all-day event; the source sentence and its citation in the description.

    Written by `docket.db.ics`, the one ICS writer (escaping, folding), like the docket's calendar.
    """
    stamp = ics.utc_stamp(now or dt.datetime.now(dt.UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Docket//docket tui//EN",
        f"X-WR-CALNAME:{ics.text(one_line(case.title))}",
    ]
    court = case.court or case.court_text
    for entry in case.timeline:
        if entry.date is None:
            continue
        lines += [
            "BEGIN:VEVENT",
            f"UID:docket-case{case.case_id}-{entry.kind}{entry.record_id}@docket",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{ics.date_value(entry.date)}",
            f"DTEND;VALUE=DATE:{ics.date_value(entry.date + dt.timedelta(days=1))}",
            f"SUMMARY:{ics.text(f'{_entry_label(entry, tr)} — {one_line(case.title)}')}",
        ]
        if court:
            lines.append(f"LOCATION:{ics.text(one_line(court))}")
        details = [one_line(extra) for extra in (entry.party, entry.detail) if extra]
        if entry.evidence is not None:
            details.append(quoted_sentence(entry.evidence, tr))
        if details:
            lines.append(f"DESCRIPTION:{ics.text(chr(10).join(details))}")
        if entry.kind == "hearing" and entry.label == "cancelled":
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ics.encode(lines)


def default_name(case: CaseDetail, fmt: str) -> str:
    return f"docket-case-{case.case_id}.{fmt}"


def export_path(case: CaseDetail, fmt: str, wanted: str, cwd: Path | None = None) -> Path:
    """Where to write: the chosen path (a folder gets the default name), else the current folder."""
    base = cwd or Path.cwd()
    if not wanted.strip():
        return base / default_name(case, fmt)
    path = Path(wanted.strip()).expanduser()
    if not path.is_absolute():
        path = base / path
    if path.is_dir():
        return path / default_name(case, fmt)
    return path


def write_export(case: CaseDetail, fmt: str, path: Path, tr: Translator) -> Path:
    if fmt == "md":
        path.write_text(timeline_markdown(case, tr), encoding="utf-8")
    else:
        path.write_bytes(timeline_ics(case, tr))
    return path.resolve()
