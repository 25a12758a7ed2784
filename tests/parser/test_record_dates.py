"""The records carry their dates as `datetime.date`, never as ISO text (issue 10, item 5): ISO strings
belong to the JSON output only, which keeps them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from docket import records
from docket.parse import parse_file

REPO = Path(__file__).resolve().parents[2]
REPORTS = sorted((REPO / "samples").glob("*.txt"))
# The record fields that hold a day, and whether the parser may leave them empty.
DATE_FIELDS = {
    (records.Article, "published"): True,
    (records.Ruling, "date"): True,
    (records.Hearing, "date"): False,
    (records.NextHearing, "date"): False,
}


def _records_in(value: object) -> Iterator[object]:
    """Every record reachable from `value`, itself included."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for f in dataclasses.fields(value):
            yield from _records_in(getattr(value, f.name))
    elif isinstance(value, list):
        for item in value:
            yield from _records_in(item)


def test_every_date_field_of_the_records_is_checked_here() -> None:
    declared = {
        (cls, f.name)
        for cls in vars(records).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls)
        for f in dataclasses.fields(cls)
        if "date" in str(f.type)  # the annotation, e.g. "dt.date | None"
    }
    assert declared == set(DATE_FIELDS)


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_every_date_a_sample_gives_is_a_date_object(report: Path) -> None:
    parsed = parse_file(str(report))
    seen = 0
    for record in _records_in(parsed):
        for (cls, name), optional in DATE_FIELDS.items():
            if type(record) is not cls:
                continue
            value = getattr(record, name)
            if value is None and optional:
                continue
            # a datetime is a date too, and would print a time into the JSON
            assert type(value) is dt.date, f"{cls.__name__}.{name} = {value!r}"
            seen += 1
    assert seen, f"{report.name} gave no date at all"


def test_the_json_output_still_writes_iso_text() -> None:
    parsed = parse_file(str(REPO / "samples" / "bj_criet_houndegnon_appel.txt"))
    assert parsed.articles[0].published == dt.date(2025, 10, 7)
    article = json.loads(json.dumps(parsed.to_dict()))["articles"][0]
    assert article["published"] == "2025-10-07"
    assert article["cases"][0]["next_hearing"]["date"] == "2025-10-20"
    assert all(isinstance(h["date"], str) for h in article["cases"][0]["hearings"])
