"""The one clock: `utcnow()` is an aware UTC datetime everywhere in Docket (the store keeps it naive)."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; a naive one is taken as UTC, as the store keeps its datetimes."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def days_after(day: dt.date, days: int) -> dt.date:
    """`day` plus `days` days (or minus, when negative), stopped at the calendar's ends: "--days 2920000"
    from today, or any window from "--from 9999-12-30", asks for no day past the last one there is."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min
