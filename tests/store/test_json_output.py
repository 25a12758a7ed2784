"""`--format json|jsonl` of the reading commands, each validated against its JSON Schema."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from store_factories import bamako_murder_report, report

from docket.cli import jsonview, main
from docket.db.store import Store


@pytest.fixture
def docket(db_url: str) -> tuple[str, int]:
    with Store.open(db_url) as store:
        store.ingest_parsed(
            report(
                "criet.txt",
                held=("2025-10-06",),
                rulings=(("bail_denied", "2025-10-06"),),
                next_hearing="2025-10-20",
            )
        )
        store.ingest_parsed(bamako_murder_report())
        case_id = store.search("party:Houndegnon")[0].case_id
        assert case_id is not None
        store.record_hearing(case_id, dt.date(2030, 1, 6), purpose="verdict", user="ana")
        store.follow(case_id, note="pourquoi")
        store.add_feed("https://example.org/feed.xml", name="example")
    return db_url, case_id


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


COMMANDS = {
    "hearings": ("hearings", "--from", "2025-10-01"),
    "cases": ("cases",),
    "search": ("search", "Houndégnon"),
    "feeds": ("feeds", "list"),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_lists_as_json_and_jsonl_follow_their_schema(docket, capsys, name: str) -> None:
    url, _ = docket
    schema = jsonview.schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(output(capsys, *COMMANDS[name], "--db", url, "--format", "json"))
    assert document, name
    jsonschema.validate(document, schema)
    lines = output(capsys, *COMMANDS[name], "--db", url, "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == document


def test_case_as_json_has_its_timeline_with_evidence_and_who_recorded(docket, capsys) -> None:
    url, case_id = docket
    schema = jsonview.schema("case")
    jsonschema.Draft202012Validator.check_schema(schema)
    detail = json.loads(output(capsys, "case", str(case_id), "--db", url, "--format", "json"))
    jsonschema.validate(detail, schema)
    assert detail["followed"] and detail["follow_note"] == "pourquoi"
    assert any(e["evidence"] and e["evidence"]["sentence"] for e in detail["timeline"])
    assert any(e["recorded_by"] == "ana" for e in detail["timeline"])


def test_json_details(docket, capsys) -> None:
    url, _ = docket
    hearings = json.loads(output(capsys, "hearings", "--db", url, "--from", "2025-10-07", "--format", "json"))
    assert [h["date"] for h in hearings] == ["2025-10-20", "2025-11-03", "2030-01-06"]
    assert hearings[1]["defendants"] == ["Awa Sangaré"]
    duplicates = json.loads(output(capsys, "cases", "--db", url, "--duplicates", "--format", "json"))
    jsonschema.validate(duplicates, jsonview.schema("cases"))
    feeds = json.loads(output(capsys, "feeds", "list", "--db", url, "--format", "json"))
    assert feeds[0]["name"] == "example" and feeds[0]["stale"] in (True, False)
    # An unknown case is one line on standard error, as in text.
    assert main(["case", "999", "--db", url, "--format", "json"]) == 1
    assert "no case #999" in capsys.readouterr().err
