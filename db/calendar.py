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
import io
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from icalendar import Calendar, Event
from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from docket.text import fold_words as fold

from . import models as m

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
        select(m.Hearing, m.Case.title, m.Case.court, m.Case.court_abbr, m.Case.country)
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
        folded = fold(selection.court)
        statement = statement.where(
            or_(m.Case.court_key.contains(folded, autoescape=True), func.lower(m.Case.court_abbr) == folded)
        )
    return statement.order_by(m.Hearing.date, m.Hearing.case_id, m.Hearing.id)


def events(session: Session, selection: CalendarFilter) -> list[CalendarEvent]:
    from .store import _defendants, _last_rulings  # the store's own helpers, shared with its lists

    rows = session.execute(_statement(selection)).all()
    case_ids = sorted({row[0].case_id for row in rows})
    defendants = _defendants(session, case_ids)
    last_rulings = _last_rulings(session, case_ids)
    by_uid: dict[str, CalendarEvent] = {}
    for hearing, title, court, court_abbr, country in rows:
        uid = hearing.uid or f"hearing-{hearing.id}"
        event = CalendarEvent(
            uid=uid,
            sequence=hearing.sequence or 0,
            modified_at=hearing.modified_at or hearing.created_at,
            hearing_id=hearing.id,
            case_id=hearing.case_id,
            date=hearing.date,
            time=hearing.time,
            status=hearing.status,
            purpose=hearing.purpose,
            case_title=title,
            court=court or court_abbr,
            country=country,
            defendants=defendants.get(hearing.case_id, ()),
            last_ruling=last_rulings.get(hearing.case_id),
        )
        # One event per UID: should a chain have two standing hearings, the newer one is its event.
        if uid not in by_uid or by_uid[uid].hearing_id < event.hearing_id:
            by_uid[uid] = event
    return sorted(by_uid.values(), key=lambda e: (e.date, e.case_id, e.hearing_id))


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


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def export_ics(items: Sequence[CalendarEvent], name: str = "Docket hearings") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Docket//court hearings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for item in items:
        event = Event()
        event.add("uid", f"{item.uid}@{UID_DOMAIN}")
        # DTSTAMP is when this revision was made: the export stays reproducible.
        event.add("dtstamp", _utc(item.modified_at))
        event.add("last-modified", _utc(item.modified_at))
        event.add("sequence", item.sequence)
        if item.time is None:
            event.add("dtstart", item.date)
            event.add("dtend", item.date + dt.timedelta(days=1))
        else:
            start = dt.datetime.combine(item.date, item.time)
            zone = court_zone(item.country)
            if zone is not None:
                start = start.replace(tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + DEFAULT_DURATION)
        event.add("summary", item.summary)
        lines = [f"Status: {item.status}"]
        if item.purpose:
            lines.append(f"Purpose: {item.purpose}")
        if item.defendants:
            lines.append("Defendants: " + ", ".join(item.defendants))
        if item.last_ruling:
            lines.append(f"Last ruling: {item.last_ruling}")
        lines.append(f"Docket case #{item.case_id}")
        event.add("description", "\n".join(lines))
        if item.court:
            event.add("location", item.court + (f" ({item.country})" if item.country else ""))
        event.add("status", ICS_STATUS.get(item.status, "CONFIRMED"))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    if any(item.time is not None for item in items):
        calendar.add_missing_timezones()
    return calendar.to_ical()


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
