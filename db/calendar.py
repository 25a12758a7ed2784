"""The hearings calendar (ics) and spreadsheet (csv) of the docket, with their filters.

One event per hearing chain (db/events.py): its UID is the chain's stored UUID, never a row id, so the
same docket exported again, imported elsewhere or copied to another database gives the same UIDs; its
SEQUENCE and LAST-MODIFIED say when the hearing last moved or changed. A hearing moved by a renvoi is its
event at the new date; a cancelled one (or one postponed with no new date known) is exported with
STATUS:CANCELLED so calendars remove it. The output depends on the data and the filters only: the same
docket gives the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session, aliased

from docket.text import fold_words as fold

from . import ics
from . import models as m
from .folding import court_filter

CSV_COLUMNS = (
    "date",
    "status",
    "case_id",
    "case",
    "court",
    "country",
    "defendants",
    "purpose",
    "last_ruling",
    "time",
    "uid",
)
ICS_STATUS = {
    "scheduled": "CONFIRMED",
    "held": "CONFIRMED",
    "unconfirmed": "TENTATIVE",
    "postponed": "CANCELLED",
    "cancelled": "CANCELLED",
}
DEFAULT_DURATION = dt.timedelta(hours=2)  # a hearing with an hour: how long its event lasts
ONE_DAY = dt.timedelta(days=1)
UID_DOMAIN = "docket"


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """Which hearings a calendar holds. Dates are inclusive; None is no bound."""

    start: dt.date | None = None
    end: dt.date | None = None
    followed: bool = False
    court: str | None = None
    country: str | None = None
    case_id: int | None = None

    def key(self) -> str:
        return "|".join(
            str(v) if v is not None else ""
            for v in (self.start, self.end, self.followed, self.court, self.country, self.case_id)
        )


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str
    sequence: int
    modified_at: dt.datetime
    hearing_id: int
    case_id: int
    date: dt.date
    time: dt.time | None
    status: str
    purpose: str | None
    case_title: str
    court: str | None
    country: str | None
    defendants: tuple[str, ...]
    last_ruling: str | None

    @property
    def summary(self) -> str:
        """Who, what for, and where — the court once, even when the case's title names it already."""
        who = ", ".join(self.defendants)
        if not who:
            who = self.case_title
            if self.court and who.endswith(f" — {self.court}"):
                who = who[: -len(f" — {self.court}")]
        if self.court and fold(self.court) in fold(who):
            where = ""
        else:
            where = f" — {self.court}" if self.court else ""
        what = f" ({self.purpose})" if self.purpose else ""
        prefix = (
            "Cancelled: "
            if self.status == "cancelled"
            else "Postponed: "
            if self.status == "postponed"
            else ""
        )
        return f"{prefix}{who}{what}{where}" if who else f"{prefix}{self.court or 'Hearing'}{what}"


def _replaced_by_a_renvoi() -> object:
    """Postponed hearings that a later hearing replaced: their event is that hearing's."""
    later = aliased(m.Hearing)
    return and_(
        m.Hearing.status == "postponed",
        m.Hearing.id.in_(select(later.previous_id).where(later.previous_id.is_not(None))),
    )


def _corrected() -> object:
    correction = aliased(m.Hearing)
    return m.Hearing.id.in_(select(correction.corrects_id).where(correction.corrects_id.is_not(None)))


def _statement(selection: CalendarFilter) -> Select:  # type: ignore[type-arg]
    statement = (
        select(  # columns, not ORM objects: a calendar of 100,000 hearings would spend seconds making them
            m.Hearing.id,
            m.Hearing.case_id,
            m.Hearing.uid,
            m.Hearing.sequence,
            m.Hearing.modified_at,
            m.Hearing.created_at,
            m.Hearing.date,
            m.Hearing.time,
            m.Hearing.status,
            m.Hearing.purpose,
            m.Case.title,
            m.Case.court,
            m.Case.court_abbr,
            m.Case.country,
        )
        .join(m.Case, m.Case.id == m.Hearing.case_id)
        .where(~_corrected(), ~_replaced_by_a_renvoi())  # type: ignore[operator]
    )
    if selection.start is not None:
        statement = statement.where(m.Hearing.date >= selection.start)
    if selection.end is not None:
        statement = statement.where(m.Hearing.date <= selection.end)
    if selection.followed:
        statement = statement.where(m.Case.followed.is_(True))
    if selection.case_id is not None:
        statement = statement.where(m.Case.id == selection.case_id)
    if selection.country:
        statement = statement.where(m.Case.country == selection.country.upper())
    if selection.court:
        statement = statement.where(court_filter(selection.court))
    return statement.order_by(m.Hearing.date, m.Hearing.case_id, m.Hearing.id)


def events(session: Session, selection: CalendarFilter) -> list[CalendarEvent]:
    from .store import _defendants, _last_rulings  # the store's own helpers, shared with its lists

    rows = session.execute(_statement(selection)).all()
    case_ids = sorted({row.case_id for row in rows})
    defendants = _defendants(session, case_ids)
    last_rulings = _last_rulings(session, case_ids)
    by_uid: dict[str, CalendarEvent] = {}
    for row in rows:
        uid = row.uid or f"hearing-{row.id}"
        event = CalendarEvent(
            uid=uid,
            sequence=row.sequence or 0,
            modified_at=row.modified_at or row.created_at,
            hearing_id=row.id,
            case_id=row.case_id,
            date=row.date,
            time=row.time,
            status=row.status,
            purpose=row.purpose,
            case_title=row.title,
            court=row.court or row.court_abbr,
            country=row.country,
            defendants=defendants.get(row.case_id, ()),
            last_ruling=last_rulings.get(row.case_id),
        )
        # One event per UID: should a chain have two standing hearings, the newer one is its event.
        if uid not in by_uid or by_uid[uid].hearing_id < event.hearing_id:
            by_uid[uid] = event
    return sorted(by_uid.values(), key=lambda e: (e.date, e.case_id, e.hearing_id))


@functools.lru_cache(maxsize=512)
def court_zone(country: str | None) -> zoneinfo.ZoneInfo | None:
    """The time zone of a country that has one (France, Senegal…), None where it has several."""
    if not country:
        return None
    try:
        import pytz  # dateparser's dependency; it knows which zones each country has

        zones = pytz.country_timezones.get(country.upper(), [])
        return zoneinfo.ZoneInfo(zones[0]) if len(zones) == 1 else None
    except (ImportError, zoneinfo.ZoneInfoNotFoundError):
        return None


def export_ics(items: Sequence[CalendarEvent], name: str = "Docket hearings") -> bytes:
    """The events as an iCalendar file (RFC 5545), written directly: same events, same bytes."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Docket//court hearings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics.text(name)}",
    ]
    zones: dict[str, list[int]] = {}  # the zones of timed events, and the years they fall in
    body: list[str] = []
    for item in items:
        stamp = ics.utc_stamp(item.modified_at)
        # DTSTAMP is when this revision was made: the export stays reproducible.
        body += ("BEGIN:VEVENT", f"UID:{ics.text(item.uid)}@{UID_DOMAIN}", f"DTSTAMP:{stamp}")
        body += (f"LAST-MODIFIED:{stamp}", f"SEQUENCE:{item.sequence}")
        if item.time is None:
            body.append(f"DTSTART;VALUE=DATE:{ics.date_value(item.date)}")
            body.append(f"DTEND;VALUE=DATE:{ics.date_value(item.date + ONE_DAY)}")
        else:
            start = dt.datetime.combine(item.date, item.time)
            end = start + DEFAULT_DURATION  # wall-clock time, as an aware datetime would add it
            zone = court_zone(item.country)
            if zone is None:  # floating: the hour as written, wherever the reader is
                body.append(f"DTSTART:{ics.local_stamp(start)}")
                body.append(f"DTEND:{ics.local_stamp(end)}")
            else:
                years = zones.setdefault(zone.key, [start.year, end.year])
                years[0], years[1] = min(years[0], start.year), max(years[1], end.year)
                body.append(f"DTSTART;TZID={zone.key}:{ics.local_stamp(start)}")
                body.append(f"DTEND;TZID={zone.key}:{ics.local_stamp(end)}")
        body.append(f"SUMMARY:{ics.text(item.summary)}")
        description = [f"Status: {item.status}"]
        if item.purpose:
            description.append(f"Purpose: {item.purpose}")
        if item.defendants:
            description.append("Defendants: " + ", ".join(item.defendants))
        if item.last_ruling:
            description.append(f"Last ruling: {item.last_ruling}")
        description.append(f"Docket case #{item.case_id}")
        body.append(f"DESCRIPTION:{ics.text(chr(10).join(description))}")
        if item.court:
            location = item.court + (f" ({item.country})" if item.country else "")
            body.append(f"LOCATION:{ics.text(location)}")
        body += (f"STATUS:{ICS_STATUS.get(item.status, 'CONFIRMED')}", "TRANSP:TRANSPARENT", "END:VEVENT")
    for key in sorted(zones):
        lines += ics.vtimezone(key, zones[key][0], zones[key][1])
    lines += body
    lines.append("END:VCALENDAR")
    return ics.encode(lines)


def export_csv(items: Sequence[CalendarEvent], excel: bool = False) -> bytes:
    """excel: a UTF-8 byte-order mark first, so a spreadsheet on Windows reads the accents right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow(
            (
                item.date.isoformat(),
                item.status,
                item.case_id,
                item.case_title,
                item.court or "",
                item.country or "",
                "; ".join(item.defendants),
                item.purpose or "",
                item.last_ruling or "",
                item.time.isoformat("minutes") if item.time else "",
                item.uid,
            )
        )
    return ("\ufeff" if excel else "").encode("utf-8") + out.getvalue().encode("utf-8")
