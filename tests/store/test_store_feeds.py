"""What the monitor relies on: feeds, seen items and the change summary."""

from __future__ import annotations

import datetime as dt

import pytest
from store_factories import report

from docket.db.store import Store, StoreError


def test_feeds_are_added_listed_updated_and_removed_by_id_name_or_url(store: Store) -> None:
    feed = store.add_feed("https://example.org/justice.xml", name="justice")
    with pytest.raises(StoreError, match="already"):
        store.add_feed("https://example.org/justice.xml")
    polled = dt.datetime(2025, 10, 7, 8, 30, tzinfo=dt.UTC)
    store.update_feed(
        feed.feed_id, etag='W/"1"', last_polled_at=polled, consecutive_failures=2, last_error="503"
    )
    [listed] = store.list_feeds()
    assert (listed.etag, listed.last_polled_at, listed.consecutive_failures, listed.last_error) == (
        'W/"1"',
        polled,
        2,
        "503",
    )
    with pytest.raises(StoreError, match="unknown feed fields: colour"):
        store.update_feed(feed.feed_id, colour="red")
    other = store.add_feed("https://example.org/other.xml")
    assert store.remove_feed("justice") and store.remove_feed(str(other.feed_id))
    assert not store.remove_feed("https://example.org/justice.xml")
    assert store.list_feeds() == []


def test_seen_items_are_known_by_url_or_content(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml")
    assert not store.item_seen("https://example.org/a", "f" * 64)
    store.remember_item(feed.feed_id, "https://example.org/a", "f" * 64, is_court_report=True)
    assert store.item_seen("https://example.org/a", None)
    assert store.item_seen("https://elsewhere.org/copy", "f" * 64)
    assert not store.item_seen(None, None)


def test_changes_since_reports_new_cases_scheduled_moved_and_rulings(store: Store) -> None:
    store.ingest_parsed(report("old.txt", published="2025-09-01", next_hearing="2025-10-06"))
    since = dt.datetime.now(dt.UTC)
    assert store.changes_since(since, 30, dt.date(2025, 10, 1)).empty
    store.ingest_parsed(
        report(
            "new.txt",
            held=("2025-10-06",),
            rulings=(("bail_denied", "2025-10-06"),),
            next_hearing="2025-10-20",
        )
    )
    store.ingest_parsed(
        report("other.txt", defendants=("Awa Sangaré",), charges=("vol",), next_hearing="2025-10-09")
    )
    changes = store.changes_since(since, 30, dt.date(2025, 10, 7))
    assert [c.defendants for c in changes.new_cases] == [("Awa Sangaré",)]
    assert [(h.date, h.defendants) for h in changes.newly_scheduled] == [
        (dt.date(2025, 10, 9), ("Awa Sangaré",))
    ]
    assert [(h.date, before) for h, before in changes.moved] == [
        (dt.date(2025, 10, 20), dt.date(2025, 10, 6))
    ]
    assert [r.label for r in changes.new_rulings] == ["bail_denied"]
    # Home's strip: the same, counted.
    counts = store.change_counts(since, 30, dt.date(2025, 10, 7))
    assert (counts.new_cases, counts.newly_scheduled, counts.moved, counts.new_rulings) == (
        len(changes.new_cases),
        1,
        1,
        len(changes.new_rulings),
    )
    assert store.change_counts(dt.datetime.now(dt.UTC), 30, dt.date(2025, 10, 7)).empty
    # Beyond the horizon a hearing is not news yet.
    assert store.changes_since(since, 1, dt.date(2025, 10, 7)).newly_scheduled == ()


def test_manual_records_are_validated_and_only_they_can_be_deleted(store: Store) -> None:
    store.ingest_parsed(report("a.txt", rulings=(("adjourned", "2025-10-06"),)))
    case_id = store.list_cases()[0].case_id
    parsed_ruling = store.case_detail(case_id).timeline[0].record_id
    with pytest.raises(StoreError, match="unknown ruling kind"):
        store.record_ruling(case_id, dt.date(2025, 10, 6), "guillotined")
    with pytest.raises(StoreError, match="not a date"):
        store.record_hearing(case_id, "2025-10-06")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="no ruling #999"):
        store.record_ruling(case_id, dt.date(2025, 10, 6), "convicted", corrects=999)
    with pytest.raises(StoreError, match="comes from a report"):
        store.delete_manual("ruling", parsed_ruling)
    manual = store.record_ruling(case_id, dt.date(2025, 10, 7), "convicted")
    recorded = next(e for e in store.case_detail(case_id).timeline if e.record_id == manual)
    assert recorded.recorded_by  # the login name when no user is given
    store.delete_manual("ruling", manual)
    assert [e.record_id for e in store.case_detail(case_id).timeline] == [parsed_ruling]
