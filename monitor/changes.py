"""Saying what changed: the typed change summary of a poll or a batch of files, for people and for
`--notify-cmd`, which receives it as JSON on its standard input (the contract is the JSON Schema in
`notify_payload.schema.json` beside this module).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO, TypedDict

from docket.clock import as_utc, utcnow
from docket.db.store import Store
from docket.db.views import ChangeSummary, IngestResult

NOTIFY_TIMEOUT_S = 60
MAX_SUMMARY_LINES = 40  # a first poll of many feeds changes hundreds of cases: the terminal gets a taste
SCHEMA = Path(__file__).with_name("notify_payload.schema.json")


class NewCase(TypedDict):
    case_id: int
    title: str
    court: str | None
    country: str | None
    defendants: list[str]
    next_hearing: str | None


class Scheduled(TypedDict):
    hearing_id: int
    case_id: int
    case_title: str
    date: str
    court: str | None
    purpose: str | None
    defendants: list[str]


# "from" is a Python keyword: the functional form.
Moved = TypedDict(
    "Moved",
    {
        "hearing_id": int,
        "case_id": int,
        "case_title": str,
        "court": str | None,
        "from": str,
        "to": str,
    },
)


class NewRuling(TypedDict):
    ruling_id: int
    date: str | None
    date_text: str | None
    kind: str
    party: str | None
    detail: str | None
    article_title: str | None
    source: str | None


class NotifyPayload(TypedDict):
    """What changed between `since` and `until`, as --notify-cmd receives it (dates ISO 8601, times UTC)."""

    since: str
    until: str
    days_ahead: int
    sources: dict[str, int]
    new_cases: list[NewCase]
    newly_scheduled: list[Scheduled]
    moved: list[Moved]
    new_rulings: list[NewRuling]
    failures: list[dict[str, str]]


def summary_payload(
    summary: ChangeSummary,
    since: dt.datetime,
    until: dt.datetime,
    days_ahead: int,
    results: Iterable[IngestResult] = (),
    failures: Iterable[dict[str, str]] = (),
) -> NotifyPayload:
    """The change summary as the JSON object --notify-cmd receives (dates ISO 8601, times UTC)."""
    counts = Counter(result.status for result in results)
    return {
        "since": as_utc(since).isoformat(timespec="seconds"),
        "until": as_utc(until).isoformat(timespec="seconds"),
        "days_ahead": days_ahead,
        "sources": dict(sorted(counts.items())),
        "new_cases": [
            {
                "case_id": case.case_id,
                "title": case.title,
                "court": case.court,
                "country": case.country,
                "defendants": list(case.defendants),
                "next_hearing": _iso(case.next_hearing),
            }
            for case in summary.new_cases
        ],
        "newly_scheduled": [
            {
                "hearing_id": row.hearing_id,
                "case_id": row.case_id,
                "case_title": row.case_title,
                "date": row.date.isoformat(),
                "court": row.court,
                "purpose": row.purpose,
                "defendants": list(row.defendants),
            }
            for row in summary.newly_scheduled
        ],
        "moved": [
            {
                "hearing_id": row.hearing_id,
                "case_id": row.case_id,
                "case_title": row.case_title,
                "court": row.court,
                "from": previous.isoformat(),
                "to": row.date.isoformat(),
            }
            for row, previous in summary.moved
        ],
        "new_rulings": [
            {
                "ruling_id": entry.record_id,
                "date": _iso(entry.date),
                "date_text": entry.date_text,
                "kind": entry.label,
                "party": entry.party,
                "detail": entry.detail,
                # A timeline entry names no case: the report it came from gives the reader its context.
                "article_title": entry.evidence.article_title if entry.evidence else None,
                "source": entry.evidence.source_uri if entry.evidence else None,
            }
            for entry in summary.new_rulings
        ],
        "failures": list(failures),
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def summary_lines(payload: NotifyPayload) -> list[str]:
    """The change summary for people, one line per change."""
    lines: list[str] = []
    for case in payload["new_cases"]:
        court = f" ({case['court']})" if case["court"] and case["court"] not in case["title"] else ""
        lines.append(f"  new case #{case['case_id']}: {case['title']}{court}")
    for row in payload["newly_scheduled"]:
        purpose = f": {row['purpose']}" if row["purpose"] else ""
        lines.append(f"  hearing {row['date']}: {row['case_title']} (case #{row['case_id']}){purpose}")
    for row in payload["moved"]:
        lines.append(f"  renvoi: {row['case_title']} (case #{row['case_id']}) {row['from']} -> {row['to']}")
    for ruling in payload["new_rulings"]:
        who = f" ({ruling['party']})" if ruling["party"] else ""
        detail = f": {ruling['detail']}" if ruling["detail"] else ""
        article = f" [{ruling['article_title']}]" if ruling["article_title"] else ""
        when = ruling["date"] or ruling["date_text"] or "undated"
        lines.append(f"  ruling {when}: {ruling['kind']}{who}{detail}{article}")
    return lines


def has_news(payload: NotifyPayload) -> bool:
    return any(payload[key] for key in ("new_cases", "newly_scheduled", "moved", "new_rulings", "failures"))


def run_notify(command: str, payload: NotifyPayload) -> str | None:
    """Run the user's notify command with the JSON on stdin; return why it failed, None if it did not.

    The command is the user's own shell line (like a git hook), so pipes and quoting work as they expect.
    """
    data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        completed = subprocess.run(
            command, shell=True, input=data, capture_output=True, timeout=NOTIFY_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return f"notify command timed out after {NOTIFY_TIMEOUT_S} s"
    except OSError as exc:
        return f"notify command could not start: {exc}"
    if completed.returncode != 0:
        detail = completed.stderr.decode("utf-8", errors="replace").strip().splitlines()
        return f"notify command exited with {completed.returncode}" + (f": {detail[-1]}" if detail else "")
    return None


class Reporter:
    """Prints each round's outcome and change summary, and hands the summary to --notify-cmd."""

    def __init__(self, store: Store, days: int, notify_cmd: str | None, out: TextIO, err: TextIO) -> None:
        self.store, self.days, self.notify_cmd, self.out, self.err = store, days, notify_cmd, out, err

    def changes(
        self,
        since: dt.datetime,
        results: Iterable[IngestResult] = (),
        failures: Iterable[dict[str, str]] = (),
    ) -> None:
        until = utcnow()
        summary = self.store.changes_since(since, self.days, dt.date.today())
        payload = summary_payload(summary, since, until, self.days, results, failures)
        lines = summary_lines(payload)
        if lines:
            print("what's new:", file=self.out)
            for line in lines[:MAX_SUMMARY_LINES]:
                print(line, file=self.out)
            if len(lines) > MAX_SUMMARY_LINES:
                hidden = len(lines) - MAX_SUMMARY_LINES
                print(f"  … and {hidden} more (all of them in the --notify-cmd JSON)", file=self.out)
        self.out.flush()
        if self.notify_cmd and has_news(payload):
            problem = run_notify(self.notify_cmd, payload)
            if problem:
                print(f"docket: {problem}", file=self.err)
