"""Ingest: idempotence, replacement of a changed source, case merging, the hearing lifecycle."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import event
from store_factories import report

from docket.db.store import Store
from docket.monitor.pipeline import ingest_bytes

TODAY = dt.date(2025, 10, 8)


def test_same_content_twice_changes_nothing(store: Store) -> None:
    first = store.ingest_parsed(report("a.txt", held=("2025-10-06",), next_hearing="2025-10-20"))
    version = store.data_version()
    again = store.ingest_parsed(report("a.txt", held=("2025-10-06",), next_hearing="2025-10-20"))
    elsewhere = store.ingest_parsed(report("copy-of-a.txt", held=("2025-10-06",), next_hearing="2025-10-20"))
    assert (first.status, first.new_cases, first.new_hearings) == ("new", 1, 2)
    assert again.status == "duplicate" and elsewhere.status == "duplicate"
    assert store.data_version() == version
    assert len(store.list_cases()) == 1


def test_data_version_changes_on_every_write(store: Store) -> None:
    before = store.data_version()
    store.ingest_parsed(report("a.txt"))
    after_ingest = store.data_version()
    store.follow(store.list_cases()[0].case_id, note="why")
    assert before < after_ingest < store.data_version()


def test_new_report_on_a_known_case_joins_it_with_partial_and_unaccented_names(store: Store) -> None:
    store.ingest_parsed(
        report("first.txt", published="2025-05-20", rulings=(("declined_jurisdiction", "2025-05-19"),))
    )
    result = store.ingest_parsed(
        report(
            "second.txt",
            defendants=("HOUNDEGNON",),
            court="Cour de repression des infractions economiques et du terrorisme",
            held=("2025-10-06",),
            rulings=(("bail_denied", "2025-10-06"),),
            next_hearing="2025-10-20",
        )
    )
    assert (result.new_cases, result.updated_cases) == (0, 1)
    [case] = store.list_cases()
    detail = store.case_detail(case.case_id, today=TODAY)
    [defendant] = [p for p in detail.parties if p.role == "defendant"]
    assert defendant.name == "Louis Philippe Sèssi Houndégnon" and "HOUNDEGNON" in defendant.aliases
    assert [(e.date, e.kind, e.label) for e in detail.timeline] == [
        (dt.date(2025, 5, 19), "ruling", "declined_jurisdiction"),
        (dt.date(2025, 10, 6), "hearing", "held"),
        (dt.date(2025, 10, 6), "ruling", "bail_denied"),
        (dt.date(2025, 10, 20), "hearing", "scheduled"),
    ]
    assert len(detail.sources) == 2


def test_every_fact_keeps_its_source_sentence(store: Store) -> None:
    parsed = report("a.txt", held=("2025-10-06",))
    store.ingest_parsed(parsed)
    detail = store.case_detail(store.list_cases()[0].case_id)
    [hearing] = detail.timeline
    assert hearing.evidence is not None
    assert hearing.evidence.sentence == "L'audience du 2025-10-06 s'est tenue."
    text = store.source_text(hearing.evidence.source_id)
    assert text[hearing.evidence.start : hearing.evidence.end] == hearing.evidence.sentence


def test_different_defendants_make_different_cases(store: Store) -> None:
    store.ingest_parsed(report("a.txt"))
    store.ingest_parsed(report("b.txt", defendants=("Camille Coffi Amoussou",), charges=("escroquerie",)))
    assert len(store.list_cases()) == 2


def test_uncertain_match_is_listed_as_a_possible_duplicate_and_can_be_merged(store: Store) -> None:
    store.ingest_parsed(report("a.txt", charges=("escroquerie",)))
    # Same person, same court, but other charges: maybe another case, maybe the same one.
    store.ingest_parsed(report("b.txt", charges=("blanchiment de capitaux",), next_hearing="2025-11-03"))
    assert len(store.list_cases()) == 2
    [(first, second, score)] = store.possible_duplicates()
    assert 0 < score < 1
    store.merge_cases(first.case_id, second.case_id)
    [merged] = store.list_cases(today=TODAY)
    assert merged.case_id == first.case_id and merged.next_hearing == dt.date(2025, 11, 3)
    assert set(store.case_detail(first.case_id).charges) == {"escroquerie", "blanchiment de capitaux"}
    assert store.possible_duplicates() == []


def test_appeal_before_an_appeal_court_follows_the_first_instance_case(store: Store) -> None:
    store.ingest_parsed(
        report("first.txt", court="Tribunal de première instance de Cotonou", court_abbr=None)
    )
    store.ingest_parsed(
        report("appeal.txt", court="Cour d'appel de Cotonou", court_abbr=None, next_hearing="2026-01-12")
    )
    cases = store.list_cases()
    assert len(cases) == 2
    appeal = next(c for c in cases if c.court == "Cour d'appel de Cotonou")
    detail = store.case_detail(appeal.case_id)
    assert (
        detail.follows_case is not None
        and detail.follows_case.court == "Tribunal de première instance de Cotonou"
    )
    chain = store.case_chain(appeal.case_id)
    assert [c.case_id for c in chain] == [detail.follows_case.case_id, appeal.case_id]


def test_hearing_lifecycle_scheduled_held_renvoi_postponed_unconfirmed(store: Store) -> None:
    store.ingest_parsed(report("r1.txt", published="2025-09-01", next_hearing="2025-10-06"))
    [row] = store.upcoming_hearings(dt.date(2025, 9, 2), today=dt.date(2025, 9, 2))
    assert (row.date, row.status) == (dt.date(2025, 10, 6), "scheduled")
    # Not confirmed by any report once its day has passed.
    [row] = store.upcoming_hearings(dt.date(2025, 9, 2), today=dt.date(2025, 10, 7))
    assert row.status == "unconfirmed"
    # A report of the hearing: held, and the renvoi schedules the next one.
    result = store.ingest_parsed(
        report("r2.txt", published="2025-10-07", held=("2025-10-06",), next_hearing="2025-10-20")
    )
    assert (result.new_hearings, result.moved_hearings) == (1, 1)
    rows = store.upcoming_hearings(dt.date(2025, 10, 1), today=TODAY)
    assert [(r.date, r.status) for r in rows] == [
        (dt.date(2025, 10, 6), "held"),
        (dt.date(2025, 10, 20), "scheduled"),
    ]
    # Before the 20th, a report moves it to November: the 20th is postponed.
    store.ingest_parsed(report("r3.txt", published="2025-10-15", next_hearing="2025-11-10"))
    rows = store.upcoming_hearings(dt.date(2025, 10, 7), today=dt.date(2025, 10, 16))
    assert [(r.date, r.status) for r in rows] == [
        (dt.date(2025, 10, 20), "postponed"),
        (dt.date(2025, 11, 10), "scheduled"),
    ]


def test_changed_source_replaces_its_own_extraction_and_keeps_manual_records(store: Store) -> None:
    store.ingest_parsed(report("a.txt", next_hearing="2025-10-20", rulings=(("adjourned", "2025-10-06"),)))
    case_id = store.list_cases()[0].case_id
    manual_ruling = store.record_ruling(
        case_id, dt.date(2025, 10, 21), "convicted", sentence="5 ans", user="ana"
    )
    manual_hearing = store.record_hearing(case_id, dt.date(2025, 12, 1), purpose="verdict", user="ana")
    store.follow(case_id, note="mon client", tags=["benin"])

    changed = report("a.txt", next_hearing="2025-10-27", extra="Correctif : la date a changé.")
    result = store.ingest_parsed(changed)
    assert result.status == "updated"
    detail = store.case_detail(case_id, today=TODAY)
    hearings = [(e.date, e.origin) for e in detail.timeline if e.kind == "hearing"]
    assert hearings == [(dt.date(2025, 10, 27), "parsed"), (dt.date(2025, 12, 1), "manual")]
    rulings = [(e.record_id, e.label, e.origin, e.recorded_by) for e in detail.timeline if e.kind == "ruling"]
    assert rulings == [(manual_ruling, "convicted", "manual", "ana")]
    assert manual_hearing in [e.record_id for e in detail.timeline]
    assert detail.followed and detail.follow_note == "mon client" and detail.tags == ("benin",)


def test_a_case_no_report_mentions_any_more_goes_unless_a_person_annotated_it(store: Store) -> None:
    store.ingest_parsed(report("a.txt"))
    store.ingest_parsed(report("a.txt", defendants=("Camille Coffi Amoussou",)))
    assert [c.defendants for c in store.list_cases()] == [("Camille Coffi Amoussou",)]


def test_not_a_court_report_is_kept_as_a_source_but_makes_no_case(store: Store) -> None:
    parsed = report("sport.txt", is_court_report=False)
    result = store.ingest_parsed(parsed)
    assert result.status == "not_court" and store.list_cases() == []


def test_unreadable_bytes_fail_with_a_reason_and_never_raise(store: Store) -> None:
    result = ingest_bytes(store, b"\x00\x01\x02" * 100, "binary.bin")
    assert result.status == "failed" and result.error


def test_corrections_supersede_the_parsed_record(store: Store) -> None:
    store.ingest_parsed(report("a.txt", next_hearing="2025-10-20", rulings=(("bail_denied", "2025-10-06"),)))
    case_id = store.list_cases()[0].case_id
    detail = store.case_detail(case_id, today=TODAY)
    parsed_hearing = next(e for e in detail.timeline if e.kind == "hearing")
    parsed_ruling = next(e for e in detail.timeline if e.kind == "ruling")
    store.record_hearing(case_id, dt.date(2025, 10, 21), user="ana", corrects=parsed_hearing.record_id)
    store.record_ruling(
        case_id, dt.date(2025, 10, 6), "bail_granted", user="ana", corrects=parsed_ruling.record_id
    )
    timeline = store.case_detail(case_id, today=TODAY).timeline
    by_id = {(e.kind, e.record_id): e for e in timeline}
    assert by_id[("hearing", parsed_hearing.record_id)].superseded
    assert by_id[("ruling", parsed_ruling.record_id)].superseded
    assert [(r.date, r.origin) for r in store.upcoming_hearings(TODAY, today=TODAY)] == [
        (dt.date(2025, 10, 21), "manual")
    ]
    # The correction survives a re-ingest of the report it corrects.
    store.ingest_parsed(dataclasses.replace(report("a.txt", next_hearing="2025-10-20"), sha256="changed"))
    manual = [e for e in store.case_detail(case_id, today=TODAY).timeline if e.origin == "manual"]
    assert len(manual) == 2


def test_two_articles_of_one_feed_dump_about_the_same_people_make_one_case(store: Store) -> None:
    first = report("dump.txt", held=("2025-10-06",))
    second = report("other.txt", defendants=("Houndégnon",), next_hearing="2025-10-20")
    shift = len(first.text)
    moved = dataclasses.replace(
        second.articles[0], start=shift, end=shift + len(second.text), title="Suite de l'affaire"
    )
    dump = dataclasses.replace(
        first, text=first.text + second.text, articles=[first.articles[0], moved], sha256="d"
    )
    result = store.ingest_parsed(dump)
    assert (result.new_cases, result.new_hearings) == (1, 2)
    [case] = store.list_cases()
    assert len(store.case_detail(case.case_id).sources) == 2


def test_include_past_lists_unconfirmed_hearings_first_and_pages(store: Store) -> None:
    store.ingest_parsed(report("old.txt", published="2025-09-01", next_hearing="2025-09-15"))
    store.ingest_parsed(
        report("held.txt", defendants=("Awa Sangaré",), charges=("vol",), held=("2025-09-20",))
    )
    store.ingest_parsed(
        report("new.txt", defendants=("Koffi Mensah",), charges=("faux",), next_hearing="2025-11-02")
    )
    today = dt.date(2025, 10, 8)
    assert [(r.date, r.status) for r in store.upcoming_hearings(today, include_past=True, today=today)] == [
        (dt.date(2025, 9, 15), "unconfirmed"),
        (dt.date(2025, 11, 2), "scheduled"),
    ]
    second_page = store.upcoming_hearings(today, include_past=True, limit=1, offset=1, today=today)
    assert [r.date for r in second_page] == [dt.date(2025, 11, 2)]
    assert [r.date for r in store.upcoming_hearings(today, today=today)] == [dt.date(2025, 11, 2)]


def test_the_past_hearings_are_counted_once_per_docket_version(store: Store, db_url: str) -> None:
    """`p` and each next page place their offset with the count of past unconfirmed hearings, which
    scans them all: it is counted again only once the docket has changed (by any process)."""
    store.ingest_parsed(report("old.txt", published="2025-09-01", next_hearing="2025-09-15"))
    store.ingest_parsed(
        report("new.txt", defendants=("Koffi Mensah",), charges=("faux",), next_hearing="2025-11-02")
    )
    today = dt.date(2025, 10, 8)
    counts: list[str] = []

    def counted(_conn, _cursor, statement: str, *_args: object) -> None:
        if "count(" in statement.lower():
            counts.append(statement)

    event.listen(store._engine, "before_cursor_execute", counted)
    try:
        for offset in (0, 1, 0):
            store.upcoming_hearings(today, include_past=True, limit=1, offset=offset, today=today)
        assert len(counts) == 1
        # Another process adds a past hearing still to confirm: the next read counts again.
        with Store.open(db_url) as other:
            other.ingest_parsed(
                report("late.txt", defendants=("Awa Sangaré",), charges=("vol",), next_hearing="2025-09-30")
            )
        rows = store.upcoming_hearings(today, include_past=True, limit=1, offset=2, today=today)
        assert [r.date for r in rows] == [dt.date(2025, 11, 2)]
        assert len(counts) == 2
        # A court filter counts only that court's past hearings.
        other_court = store.upcoming_hearings(
            today, court="tribunal de Cotonou", include_past=True, limit=5, offset=0, today=today
        )
        assert other_court == []
    finally:
        event.remove(store._engine, "before_cursor_execute", counted)


def test_a_case_without_defendants_joins_its_articles_case_before_the_same_court(store: Store) -> None:
    parsed = report("a.txt", court="Haute Cour militaire", court_abbr=None, held=("2025-02-10",))
    article = parsed.articles[0]
    unnamed = dataclasses.replace(
        article.cases[0],
        title="Haute Cour",
        court="Haute Cour",
        parties=[],
        charges=[],
        hearings=[],
        next_hearing=None,
        rulings=[r for r in article.cases[0].rulings],
    )
    other_court = dataclasses.replace(unnamed, title="Cour d'appel", court="Cour d'appel de Kinshasa")
    article.cases = [unnamed, article.cases[0], other_court]
    result = store.ingest_parsed(parsed)
    assert result.new_cases == 2
    courts = sorted(c.court or "" for c in store.list_cases())
    assert courts == ["Cour d'appel de Kinshasa", "Haute Cour militaire"]
