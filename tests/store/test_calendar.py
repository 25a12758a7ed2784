"""The hearings calendar: event identity across export/import and copies, renvois, cancellations, filters."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from store_factories import bamako_murder_report, report

from docket.cli import main
from docket.db.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def events(data: bytes) -> dict[str, object]:
    """The calendar's events by UID; a UID twice fails."""
    found: dict[str, object] = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        uid = str(event["uid"])
        assert uid not in found, f"UID {uid} twice"
        found[uid] = event
    return found


def export(url: str, *options: str) -> bytes:
    return _export(url, "ics", *options)


def _export(url: str, fmt: str, *options: str, tmp: Path | None = None) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"out.{fmt}"
        assert main(["export", "--db", url, "--format", fmt, *options, "-o", str(out)]) == 0
        return out.read_bytes()


@pytest.fixture
def samples_docket(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["ingest", "--db", db_url, "--no-progress", str(SAMPLES)]) == 0
    capsys.readouterr()
    return db_url


def test_the_samples_calendar_keeps_every_uid_through_export_and_import(
    samples_docket: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = export(samples_docket)
    before = events(first)
    assert len(before) > 30
    assert not any(uid.startswith("hearing-") for uid in before)
    for event in before.values():
        summary = str(event["summary"])  # type: ignore[index]
        assert "—" not in summary or summary.count(" — ") == 1, summary
        court = str(event.get("location", "")).split(" (")[0]  # type: ignore[attr-defined]
        if court:
            assert summary.count(court) <= 1, summary
        # No hour is known: all-day events.
        assert type(event.decoded("dtstart")) is dt.date  # type: ignore[attr-defined]
        assert event["status"] in ("CONFIRMED", "TENTATIVE", "CANCELLED")  # type: ignore[index]
    backup = tmp_path / "backup.json"
    backup.write_bytes(_export(samples_docket, "json"))
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert main(["import", "--db", other, str(backup)]) == 0
    again = export(other)
    assert set(events(again)) == set(before)
    assert again == first  # same revisions, same stamps: calendars see no change at all
    # And a copy of the database keeps them too.
    copied = f"sqlite:///{tmp_path / 'copy.db'}"
    assert main(["db", "copy", "--db", samples_docket, "--to", copied]) == 0
    assert export(copied) == first
    capsys.readouterr()
    if KHAL is not None and samples_docket.startswith("sqlite"):
        # khal (Debian's package) imports the calendar: each hearing once, at its date; then the round
        # trip's calendar over it: the same events, nothing doubled.
        khal = Khal(tmp_path / "khal")
        expected = sorted(khal_line(event) for event in before.values())
        assert sorted(khal.import_and_list(first, "2000-01-01", "2100-01-01")) == expected
        assert sorted(khal.import_and_list(again, "2000-01-01", "2100-01-01")) == expected


def test_a_renvoi_moves_its_event_and_a_cancellation_cancels_it(store: Store, db_url: str) -> None:
    store.ingest_parsed(report("r1.txt", published="2025-09-01", next_hearing="2025-10-20"))
    store.ingest_parsed(bamako_murder_report())
    before = events(export(db_url))
    assert len(before) == 2
    moved_uid = next(uid for uid, e in before.items() if e.decoded("dtstart") == dt.date(2025, 10, 20))  # type: ignore[attr-defined]
    assert before[moved_uid]["sequence"] == 0  # type: ignore[index]

    # A later report: the hearing of 20 October is put back to 10 November.
    store.ingest_parsed(report("r2.txt", published="2025-10-15", next_hearing="2025-11-10"))
    after = events(export(db_url))
    assert set(after) == set(before)
    moved = after[moved_uid]
    assert moved.decoded("dtstart") == dt.date(2025, 11, 10)  # type: ignore[attr-defined]
    assert moved["sequence"] == 1  # type: ignore[index]
    assert moved.decoded("last-modified") >= before[moved_uid].decoded("last-modified")  # type: ignore[attr-defined]

    # A person cancels the Bamako hearing: the same event, cancelled, one revision later.
    other_uid = next(uid for uid in after if uid != moved_uid)
    hearing_id = next(e.hearing_id for e in store.calendar_events(_all()) if f"{e.uid}@docket" == other_uid)
    case_id = next(e.case_id for e in store.calendar_events(_all()) if e.hearing_id == hearing_id)
    store.record_hearing(case_id, dt.date(2025, 11, 3), status="cancelled", corrects=hearing_id, user="ana")
    cancelled = events(export(db_url))[other_uid]
    assert cancelled["status"] == "CANCELLED" and cancelled["sequence"] == 1  # type: ignore[index]
    # A purpose added by a later report is a revision too; a report repeating what is known is not.
    store.ingest_parsed(report("r3.txt", published="2025-10-16", next_hearing="2025-11-10"))
    assert events(export(db_url))[moved_uid]["sequence"] == 1  # type: ignore[index]


def _all():  # type: ignore[no-untyped-def]
    from docket.db.calendar import CalendarFilter

    return CalendarFilter()


def test_a_recorded_hour_is_in_the_courts_time_zone_and_a_moved_record_keeps_its_event(
    store: Store, db_url: str
) -> None:
    store.ingest_parsed(report("r1.txt", next_hearing="2025-10-20"))
    case_id = store.calendar_events(_all())[0].case_id
    hearing_id = store.record_hearing(case_id, dt.date(2025, 12, 1), time=dt.time(9, 30), user="ana")
    data = export(db_url, "--case", str(case_id))
    found = events(data)
    timed = next(e for e in found.values() if e.decoded("dtstart") != dt.date(2025, 10, 20))  # type: ignore[attr-defined]
    start = timed.decoded("dtstart")  # type: ignore[attr-defined]
    assert start.hour == 9 and start.minute == 30 and str(start.tzinfo) == "Africa/Porto-Novo"
    assert b"BEGIN:VTIMEZONE" in data
    store.record_hearing(case_id, dt.date(2025, 12, 8), time=dt.time(9, 30), corrects=hearing_id, user="ana")
    again = events(export(db_url, "--case", str(case_id)))
    assert set(again) == set(found)
    # The correction deleted: the event is back at its date, at a newer revision still.
    correction = max(e.hearing_id for e in store.calendar_events(_all()))
    store.delete_manual("hearing", correction)
    back = events(export(db_url, "--case", str(case_id)))
    uid = next(u for u, e in back.items() if e.decoded("dtstart") != dt.date(2025, 10, 20))  # type: ignore[attr-defined]
    assert back[uid].decoded("dtstart").date() == dt.date(2025, 12, 1)  # type: ignore[attr-defined]
    assert back[uid]["sequence"] == 2  # type: ignore[index]


def test_export_filters_and_the_spreadsheet_bom(store: Store, db_url: str) -> None:
    store.ingest_parsed(report("r1.txt", held=("2025-10-06",), next_hearing="2025-10-20"))
    store.ingest_parsed(bamako_murder_report())
    bamako = next(e.case_id for e in store.calendar_events(_all()) if e.country == "ML")
    store.follow(bamako)

    def dates(*options: str) -> list[dt.date]:
        return sorted(e.decoded("dtstart") for e in events(export(db_url, *options)).values())  # type: ignore[attr-defined]

    assert dates() == [dt.date(2025, 10, 6), dt.date(2025, 10, 20), dt.date(2025, 11, 3)]
    assert dates("--from", "2025-10-07") == [dt.date(2025, 10, 20), dt.date(2025, 11, 3)]
    assert dates("--to", "2025-10-20") == [dt.date(2025, 10, 6), dt.date(2025, 10, 20)]
    assert dates("--today", "2025-10-01", "--days", "20") == [dt.date(2025, 10, 6), dt.date(2025, 10, 20)]
    assert dates("--followed") == [dt.date(2025, 11, 3)]
    assert dates("--court", "bamako") == [dt.date(2025, 11, 3)]
    assert dates("--court", "CRIET") == [dt.date(2025, 10, 6), dt.date(2025, 10, 20)]
    assert dates("--country", "bj") == [dt.date(2025, 10, 6), dt.date(2025, 10, 20)]
    assert dates("--case", str(bamako)) == [dt.date(2025, 11, 3)]

    plain = _export(db_url, "csv")
    excel = _export(db_url, "csv", "--excel")
    assert not plain.startswith(b"\xef\xbb\xbf") and excel == b"\xef\xbb\xbf" + plain
    assert "Sangaré".encode() in plain
    assert plain.splitlines()[0].startswith(b"date,status,case_id")


KHAL = shutil.which("khal")
needs_khal = pytest.mark.skipif(KHAL is None, reason="khal is not installed (Debian: apt install khal)")


class Khal:
    """khal (Debian's package) with its own configuration and calendar folder under tmp_path."""

    def __init__(self, tmp_path: Path) -> None:
        self.folder = tmp_path
        calendars = tmp_path / "calendars" / "docket"
        calendars.mkdir(parents=True)
        self.config = tmp_path / "khal.conf"
        self.config.write_text(
            f"[calendars]\n[[docket]]\npath = {calendars}\n\n[locale]\n"
            "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
            "longdatetimeformat = %Y-%m-%d %H:%M\ntimeformat = %H:%M\n"
            f"[sqlite]\npath = {tmp_path / 'khal.db'}\n"
        )
        self.env = {
            **os.environ,
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path),
        }

    def __call__(self, *argv: str) -> str:
        assert KHAL is not None
        done = subprocess.run(
            [KHAL, "-c", str(self.config), *argv], env=self.env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_and_list(self, ics: bytes, start: str = "2025-01-01", end: str = "2027-01-01") -> list[str]:
        """Import the calendar (as a calendar app re-importing a feed) and list every event in the range,
        khal's own CANCELLED mark first where it reads STATUS:CANCELLED."""
        path = self.folder / "docket.ics"
        path.write_bytes(ics)
        self("import", "--batch", "-a", "docket", str(path))
        listing = self("list", "--format", "{start-date} {cancelled}{title}", "--day-format", "", start, end)
        return [line for line in listing.splitlines() if line.strip()]


@needs_khal
def test_khal_shows_each_hearing_once_and_follows_a_renvoi(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'docket.db'}"
    with Store.open(url) as store:
        store.ingest_parsed(report("r1.txt", published="2025-09-01", next_hearing="2025-10-20"))
        store.ingest_parsed(bamako_murder_report())
    khal = Khal(tmp_path)
    first = khal.import_and_list(export(url), "2025-09-01", "2026-01-01")
    assert len(first) == 2 and sum("Houndégnon" in line for line in first) == 1
    assert not any("CANCELLED" in line for line in first)
    assert khal.import_and_list(export(url), "2025-09-01", "2026-01-01") == first  # nothing doubles
    with Store.open(url) as store:
        store.ingest_parsed(report("r2.txt", published="2025-10-15", next_hearing="2025-11-10"))
        bamako = next(e for e in store.calendar_events(_all()) if e.country == "ML")
        store.record_hearing(
            bamako.case_id, bamako.date, status="cancelled", corrects=bamako.hearing_id, user="ana"
        )
    moved = khal.import_and_list(export(url), "2025-09-01", "2026-01-01")
    assert len(moved) == 2
    # The renvoi: the hearing is at its new date only, the 20 October event gone.
    houndegnon = [line for line in moved if "Houndégnon" in line]
    assert (
        len(houndegnon) == 1 and houndegnon[0].startswith("2025-11-10 ") and "CANCELLED" not in houndegnon[0]
    )
    # The cancellation: the same event, which khal itself now reads as cancelled (STATUS:CANCELLED at a
    # higher SEQUENCE replaced it). An import cannot delete an event, so this is how it goes away:
    # calendar apps hide or strike out a cancelled event.
    (sangare,) = [line for line in moved if "Sangaré" in line]
    assert sangare.startswith("2025-11-03 CANCELLED Cancelled: "), sangare


def khal_line(event) -> str:  # type: ignore[no-untyped-def]
    cancelled = "CANCELLED " if event["status"] == "CANCELLED" else ""
    return f"{event.decoded('dtstart').isoformat()} {cancelled}{event['summary']}"
