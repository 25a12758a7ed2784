"""The iCalendar text the docket writes itself (db/ics.py), read back by the icalendar library."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from docket.db import ics
from docket.db.calendar import CalendarEvent, export_ics


def event(**changes: object) -> CalendarEvent:
    values: dict[str, object] = {
        "uid": "0f8e2c1a-uid",
        "sequence": 0,
        "modified_at": dt.datetime(2025, 9, 1, 10, 0, 5),
        "hearing_id": 1,
        "case_id": 7,
        "date": dt.date(2025, 10, 20),
        "time": None,
        "status": "scheduled",
        "purpose": None,
        "case_title": "Ministère public c. Houndégnon",
        "court": "CRIET",
        "country": "BJ",
        "defendants": ("Aïcha Houndégnon",),
        "last_ruling": None,
    }
    values.update(changes)
    return CalendarEvent(**values)  # type: ignore[arg-type]


def check_lines(data: bytes) -> None:
    """CRLF line ends only; no physical line over 75 octets; no line cut inside a UTF-8 character."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")


TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=300)


@settings(max_examples=150, deadline=None)
@given(purpose=TEXTS, court=TEXTS.filter(lambda t: t.strip() != ""))
def test_any_text_survives_escaping_and_folding(purpose: str, court: str) -> None:
    item = event(purpose=purpose or None, court=court, defendants=("Ana", "Bô; Cé, \\ D"))
    data = export_ics([item], name=f"Docket — {court}")
    check_lines(data)
    calendar = Calendar.from_ical(data)
    parsed = calendar.walk("VEVENT")[0]
    # TEXT cannot hold control characters but tab and newline: they are the only ones dropped.
    assert str(parsed["summary"]) == printable(item.summary)
    assert str(parsed["location"]) == printable(f"{court} (BJ)")
    # icalendar leaves X- properties escaped: X-WR-CALNAME is TEXT to the calendar apps that read it
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert f"\r\nX-WR-CALNAME:{ics.text(f'Docket — {court}')}\r\n" in unfolded


def printable(value: str) -> str:
    return "".join(c for c in value if c in "\t\n" or not (ord(c) < 32 or ord(c) == 127))


def test_escapes_and_folds_as_rfc_5545_says() -> None:
    assert ics.text("a\\b;c,d\ne\r\nf\rg\x00h\ti") == "a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti"
    line = "DESCRIPTION:" + "é" * 100
    folded = ics.fold(line).encode()
    parts = folded.split(b"\r\n")
    # 12 octets + 31 é is 74: a 32nd é would be cut, so the line ends there; then " " + 37 é, " " + 32 é
    assert [len(p) for p in parts] == [74, 75, 65]
    assert parts[1].startswith(b" ") and parts[2].startswith(b" ")
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)) == line.encode()
    assert ics.fold("X" * 75) == "X" * 75 and ics.fold("X" * 76) == "X" * 75 + "\r\n X"
    assert ics.fold("X" * 200) == "X" * 75 + "\r\n " + "X" * 74 + "\r\n " + "X" * 51


def test_all_day_timed_and_floating_events() -> None:
    data = export_ics(
        [
            event(uid="a"),
            event(uid="b", time=dt.time(9, 30), status="cancelled", sequence=3),
            event(
                uid="c", time=dt.time(14, 0), country="US", court="U.S. District Court", status="unconfirmed"
            ),
        ]
    )
    check_lines(data)
    found = {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    assert found["a@docket"].decoded("dtstart") == dt.date(2025, 10, 20)
    assert found["a@docket"].decoded("dtend") == dt.date(2025, 10, 21)
    assert found["a@docket"].decoded("dtstamp") == dt.datetime(2025, 9, 1, 10, 0, 5, tzinfo=dt.UTC)
    start = found["b@docket"].decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (9, 30, "Africa/Porto-Novo")
    assert found["b@docket"]["status"] == "CANCELLED" and found["b@docket"]["sequence"] == 3
    assert str(found["b@docket"]["summary"]).startswith("Cancelled: ")
    floating = found["c@docket"].decoded("dtstart")  # the US has several zones: the hour as written
    assert floating == dt.datetime(2025, 10, 20, 14, 0) and floating.tzinfo is None
    assert found["c@docket"]["status"] == "TENTATIVE"
    assert data.count(b"BEGIN:VTIMEZONE") == 1


@pytest.mark.parametrize(
    ("country", "key"), [("FR", "Europe/Paris"), ("GB", "Europe/London"), ("SN", "Africa/Dakar")]
)
def test_the_time_zones_describe_the_offsets_of_the_events_years(country: str, key: str) -> None:
    dates = [dt.date(2024, 3, 31), dt.date(2025, 1, 15), dt.date(2025, 7, 1), dt.date(2026, 10, 25)]
    items = [event(uid=str(i), date=d, time=dt.time(10, 0), country=country) for i, d in enumerate(dates)]
    data = export_ics(items)
    check_lines(data)
    calendar = Calendar.from_ical(data)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["tzid"]) == key
    described = timezone.to_tz(lookup_tzid=False)  # the VTIMEZONE alone, not the system's zone data
    zone = zoneinfo.ZoneInfo(key)
    moment = dt.datetime(2024, 1, 1, 12, 0)
    while moment < dt.datetime(2026, 12, 31):
        expected = moment.replace(tzinfo=zone).utcoffset()
        assert described.utcoffset(moment) == expected, moment
        moment += dt.timedelta(days=3, hours=7)
