"""Ingest numbers its new records itself on SQLite: interleaved with records a person adds (and deletes),
every record stays distinct and keeps the sentence that states it."""

from __future__ import annotations

import datetime as dt

from store_factories import report

from docket.db.store import Store


def _hearings(store: Store, case_id: int) -> list[tuple[dt.date | None, str, str | None]]:
    return [
        (entry.date, entry.origin, entry.evidence.sentence if entry.evidence else None)
        for entry in store.case_detail(case_id).timeline
        if entry.kind == "hearing"
    ]


def test_ingests_between_manual_records_keep_every_record_and_its_sentence(store: Store) -> None:
    first = store.ingest_parsed(report("a.txt", held=("2025-10-06",), next_hearing="2025-10-20"))
    assert first.moved_hearings == 1
    case_id = store.list_cases()[0].case_id
    store.record_hearing(case_id, dt.date(2025, 11, 3), purpose="plaidoiries", user="greffe")
    # The manual record with the largest id goes: the next ingest must not reuse a stale number either.
    doomed = store.record_hearing(case_id, dt.date(2025, 11, 4), user="greffe")
    store.delete_manual("hearing", doomed)
    other = store.ingest_parsed(
        report(
            "b.txt",
            defendants=("Aïcha Kora Bio",),
            charges=("escroquerie",),
            held=("2025-09-30",),
            next_hearing="2025-10-28",
            rulings=(("bail_denied", "2025-09-30"),),
        )
    )
    later = store.ingest_parsed(
        report("c.txt", published="2025-10-21", held=("2025-10-20",), next_hearing="2025-12-01")
    )

    assert (other.status, other.new_cases, other.new_hearings, other.new_rulings) == ("new", 1, 2, 1)
    assert (later.status, later.new_cases, later.updated_cases, later.new_hearings) == ("new", 0, 1, 1)
    assert _hearings(store, case_id) == [
        (dt.date(2025, 10, 6), "parsed", "L'audience du 2025-10-06 s'est tenue."),
        (dt.date(2025, 10, 20), "parsed", "Le dossier a été renvoyé au 2025-10-20."),
        (dt.date(2025, 11, 3), "manual", None),
        (dt.date(2025, 12, 1), "parsed", "Le dossier a été renvoyé au 2025-12-01."),
    ]
    other_id = next(c.case_id for c in store.list_cases() if c.case_id != case_id)
    assert _hearings(store, other_id) == [
        (dt.date(2025, 9, 30), "parsed", "L'audience du 2025-09-30 s'est tenue."),
        (dt.date(2025, 10, 28), "parsed", "Le dossier a été renvoyé au 2025-10-28."),
    ]
    detail = store.case_detail(other_id)
    assert [p.name for p in detail.parties] == ["Aïcha Kora Bio"]
    assert detail.charges == ("escroquerie",)
    assert [
        (e.label, e.evidence.sentence if e.evidence else None) for e in detail.timeline if e.kind == "ruling"
    ] == [("bail_denied", "La cour a statué (bail_denied) le 2025-09-30.")]
