"""iCalendar text written directly (RFC 5545), for calendars of 100,000 events built in seconds.

Content lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); TEXT values escape
backslash, semicolon, comma and newlines, and drop the control characters TEXT may not hold. A time zone
named by TZID is described by a VTIMEZONE built from the system's zone data (zoneinfo), covering the years
the calendar's events fall in. The icalendar library parses this output in the tests; it is not needed here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Iterable

FOLD_AT = 75  # octets per line, CRLF not counted; a continuation line's leading space counts
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # CONTROL but HTAB (newlines are escaped first)


def text(value: str) -> str:
    """A TEXT value: CRLF and CR as newlines, then \\ ; , and newlines escaped, other controls dropped."""
    # str.replace for each character present: several times faster than str.translate on long calendars
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if ";" in value:
        value = value.replace(";", "\\;")
    if "," in value:
        value = value.replace(",", "\\,")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in value:
        value = value.replace("\n", "\\n")
    if not value.isprintable():
        value = _CONTROLS.sub("", value)
    return value


def fold(line: str) -> str:
    """One content line folded at 75 octets of UTF-8: CRLF and a space before each further 74 octets."""
    if len(line) <= FOLD_AT and (len(line) <= FOLD_AT // 4 or line.isascii()):
        return line  # the common case, tested without encoding
    if line.isascii():
        rest = [line[i : i + FOLD_AT - 1] for i in range(FOLD_AT, len(line), FOLD_AT - 1)]
        return "\r\n ".join([line[:FOLD_AT], *rest])
    data = line.encode("utf-8")
    if len(data) <= FOLD_AT:
        return line
    parts = []
    start, limit, size = 0, FOLD_AT, len(data)
    while size - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            cut -= 1
        parts.append(data[start:cut].decode("utf-8"))
        start, limit = cut, FOLD_AT - 1
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def utc_stamp(value: dt.datetime) -> str:
    """A DATE-TIME in UTC (a naive value is taken as UTC): 20251020T093000Z."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return local_stamp(value) + "Z"


def date_value(value: dt.date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def local_stamp(value: dt.datetime) -> str:
    """A DATE-TIME as wall-clock time (floating, or in the TZID given beside it)."""
    return f"{date_value(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}"


def _offset(value: dt.timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


_State = tuple[dt.timedelta, bool, str]  # UTC offset, daylight saving time or not, name


def _state(zone: zoneinfo.ZoneInfo, at: dt.datetime) -> _State:
    local = at.astimezone(zone)
    return local.utcoffset() or dt.timedelta(0), bool(local.dst()), local.tzname() or ""


def _transitions(
    zone: zoneinfo.ZoneInfo, first_year: int, last_year: int
) -> list[tuple[dt.datetime, _State, _State]]:
    """(instant in UTC, state before, state after) for each change of offset, DST or name in the years."""
    found: list[tuple[dt.datetime, _State, _State]] = []
    at = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(hours=12)  # zones do not change twice in 12 hours
    state = _state(zone, at)
    while at < end:
        following = at + step
        after = _state(zone, following)
        if after != state:
            low, high = at, following  # state at low is `state`, at high `after`: halve to the minute
            while high - low > dt.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if _state(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            found.append((high.replace(second=0, microsecond=0), state, after))
            state = after
        at = following
    return found


@functools.lru_cache(maxsize=64)
def vtimezone(key: str, first_year: int, last_year: int) -> tuple[str, ...]:
    """The VTIMEZONE of a zone from 1 January of first_year to the end of last_year, as content lines.

    One observance for the state on 1 January, then one per kind of change (STANDARD or DAYLIGHT, its
    offsets and name), its later onsets as RDATE. Each DTSTART is the wall-clock time before the change."""
    zone = zoneinfo.ZoneInfo(key)
    start = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    offset, dst, name = _state(zone, start)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{key}"]
    first_local = (start + offset).replace(tzinfo=None)
    observances: dict[tuple[bool, str, dt.timedelta, dt.timedelta], list[dt.datetime]] = {
        (dst, name, offset, offset): [first_local]
    }
    for instant, before, after in _transitions(zone, first_year, last_year):
        onset = (instant + before[0]).replace(tzinfo=None)
        observances.setdefault((after[1], after[2], before[0], after[0]), []).append(onset)
    for (is_dst, tzname, offset_from, offset_to), onsets in observances.items():
        kind = "DAYLIGHT" if is_dst else "STANDARD"
        lines.append(f"BEGIN:{kind}")
        lines.append(f"DTSTART:{local_stamp(onsets[0])}")
        if len(onsets) > 1:
            lines.append("RDATE:" + ",".join(local_stamp(onset) for onset in onsets[1:]))
        if tzname:
            lines.append(f"TZNAME:{text(tzname)}")
        lines.append(f"TZOFFSETFROM:{_offset(offset_from)}")
        lines.append(f"TZOFFSETTO:{_offset(offset_to)}")
        lines.append(f"END:{kind}")
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def encode(lines: Iterable[str]) -> bytes:
    """Content lines as the bytes of an .ics file: folded, each ended by CRLF, in UTF-8."""
    return ("\r\n".join(map(fold, lines)) + "\r\n").encode("utf-8")
