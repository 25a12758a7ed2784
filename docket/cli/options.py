"""Option values checked where they are read: a bad one is a usage error (exit 2) naming the option."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def hour(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an hour: {text!r} (use HH:MM)") from None


def count(text: str) -> int:
    """A whole number, 0 or more, and at most a million: a larger number of days or rows is a mistake, and
    one past what a date or a database integer holds ("--limit 9223372036854775808") would fail later."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    if value > LARGEST_COUNT:
        raise argparse.ArgumentTypeError(f"must be at most {LARGEST_COUNT:,}, not {value:,}")
    return value


LARGEST_COUNT = 1_000_000


def positive(text: str) -> int:
    value = count(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def interval(text: str) -> float:
    """'90s', '15m', '1h', '1d' or a number of seconds."""
    from docket.monitor.watch import parse_interval

    try:
        return parse_interval(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def locale_from(name: str):  # type: ignore[no-untyped-def]
    """The babel Locale for a name such as fr_FR, fr-FR, fr_FR.UTF-8 or en."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.split(".")[0].replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown locale {name!r} (e.g. fr_FR, en)") from None


def locale_name(text: str) -> str:
    locale_from(text)
    return text


def database(text: str) -> str:
    """A SQLAlchemy URL of SQLite or PostgreSQL, or a plain file path taken as a SQLite docket."""
    if "://" not in text:
        if not text.strip():
            raise argparse.ArgumentTypeError("empty database URL or path")
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    from docket.db.schema import BadDatabaseURL, check_url

    try:
        check_url(text)
    except BadDatabaseURL as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def size(text: str) -> int:
    """A size in bytes: '20MB', '500k', '1G' or a number of bytes."""
    units = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
    number = (
        text.strip().lower().rstrip("ib") if text.strip().lower().endswith("ib") else text.strip().lower()
    )
    digits = number.rstrip("kmgb")
    unit = number[len(digits) :]
    try:
        value = float(digits)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 20MB, 500k)") from None
    if unit not in units:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 20MB, 500k)")
    if not value > 0 or value * units[unit] > 2**62:
        raise argparse.ArgumentTypeError(f"must be more than 0 and reasonable, not {text}")
    return max(1, int(value * units[unit]))
