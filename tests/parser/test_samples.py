"""The bundled sample reports, parsed exactly as a user would (`docket parse --format json FILE`), must
say what their hand-made annotations (`samples/NAME.gold.json`) say.

The comparison is deliberately lenient in the same places a human reader is: names match without accents
or case and a surname alone matches the full name, charges match when their key words overlap, a court
matches by its abbreviation or a close name. Everything else (dates, ruling kinds, roles) must be exact.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import traceback
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import jsonschema
import pytest

from docket import records
from docket.cli import main

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
OUTPUT_SCHEMA = REPO / "docket" / "parse_output.schema.json"
REPORT_SUFFIXES = {".txt", ".html"}
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in REPORT_SUFFIXES)

CASE_KEYS = {
    "court",
    "court_abbr",
    "country",
    "defendants",
    "other_parties",
    "charges",
    "rulings",
    "hearing_dates",
    "next_hearing",
}
# Words too common to say two charges are the same offence.
STOPWORDS = set(
    "de du des la le les l d a au aux en par et un une pour sur dans".split()
    + "of the a an and for by with to in on".split()
)

T = TypeVar("T")
Court = tuple[str, str]


def gold_path(report: Path) -> Path:
    return report.with_suffix(".gold.json")


def load_gold(report: Path) -> dict[str, Any]:
    return json.loads(gold_path(report).read_text("utf-8"))


# --- matching rules: how lenient a comparison a person would accept ---------------------------------


def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in bare).split())


def name_match(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    if a == b:
        return True
    tokens_a, tokens_b = set(a.split()), set(b.split())
    small, big = (tokens_a, tokens_b) if len(tokens_a) <= len(tokens_b) else (tokens_b, tokens_a)
    # "Houndégnon" names the same person as "Louis Philippe Sèssi Houndégnon"; "Me" or "M." does not.
    if small <= big and max(len(t) for t in small) >= 4:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def charge_match(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    words_a = {w for w in a.split() if w not in STOPWORDS}
    words_b = {w for w in b.split() if w not in STOPWORDS}
    if words_a and words_b and len(words_a & words_b) / len(words_a | words_b) >= 0.5:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def court_match(predicted: Court, gold: Court) -> bool:
    predicted_name, predicted_abbr = predicted
    gold_name, gold_abbr = gold
    if gold_abbr and fold(gold_abbr) in {fold(predicted_abbr), fold(predicted_name)}:
        return True
    if gold_name and predicted_name:
        a, b = fold(gold_name), fold(predicted_name)
        return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
    return False


def party_match(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[1] == b[1] and name_match(a[0], b[0])


def dedupe(items: list[T], match: Callable[[T, T], bool]) -> list[T]:
    kept: list[T] = []
    for item in items:
        if not any(match(item, seen) for seen in kept):
            kept.append(item)
    return kept


def unmatched(predicted: list[T], gold: list[T], match: Callable[[T, T], bool]) -> tuple[list[T], list[T]]:
    """Greedy one-to-one pairing; returns (extra predictions, missed gold items)."""
    gold_left = list(gold)
    extra = []
    for item in predicted:
        for i, wanted in enumerate(gold_left):
            if match(item, wanted):
                del gold_left[i]
                break
        else:
            extra.append(item)
    return extra, gold_left


def courts_of(cases: list[dict[str, Any]]) -> list[Court]:
    courts: list[Court] = []
    for case in cases:
        key = (case.get("court") or "", case.get("court_abbr") or "")
        if any(key) and not any(court_match(key, seen) for seen in courts):
            courts.append(key)
    return courts


# --- flattening: a whole file's facts, whatever case or article they were put in ----------------------


def flatten_output(output: dict[str, Any]) -> dict[str, Any]:
    articles = output.get("articles") or []
    cases = [case for article in articles for case in article.get("cases") or []]
    parties = [party for case in cases for party in case.get("parties") or []]
    next_dates = set()
    for case in cases:
        nxt = case.get("next_hearing")
        date = nxt.get("date") if isinstance(nxt, dict) else nxt
        if date:
            next_dates.add(date)
    charges = [
        (charge.get("label") if isinstance(charge, dict) else charge) or ""
        for case in cases
        for charge in case.get("charges") or []
    ]
    return {
        "languages": {article.get("language") for article in articles},
        "published": (articles[0] if articles else {}).get("published"),
        "is_court_report": any(article.get("is_court_report") for article in articles),
        "defendants": dedupe(
            [p.get("name", "") for p in parties if p.get("role") == "defendant"], name_match
        ),
        "other_parties": [
            (p.get("name", ""), p.get("role")) for p in parties if p.get("role") != "defendant"
        ],
        "charges": dedupe(charges, charge_match),
        # a ruling the text gives no day for is not compared: the gold leaves such rulings out
        "rulings": sorted(
            {
                (ruling.get("date"), ruling.get("kind"))
                for case in cases
                for ruling in case.get("rulings") or []
                if ruling.get("date")
            },
            key=str,
        ),
        "hearing_dates": sorted(
            {
                hearing.get("date")
                for case in cases
                for hearing in case.get("hearings") or []
                if hearing.get("status") == "held" and hearing.get("date")
            }
        ),
        "next_hearing": sorted(next_dates),
        "courts": courts_of(cases),
    }


def flatten_gold(gold: dict[str, Any]) -> dict[str, Any]:
    cases = gold.get("cases") or []
    return {
        "language": gold.get("language"),
        "published": gold.get("published"),
        "is_court_report": bool(gold.get("is_court_report")),
        "defendants": dedupe([d for case in cases for d in case.get("defendants") or []], name_match),
        "other_parties": [
            (p["name"], p.get("role")) for case in cases for p in case.get("other_parties") or []
        ],
        "charges": dedupe([c for case in cases for c in case.get("charges") or []], charge_match),
        "rulings": sorted(
            {(r.get("date"), r.get("kind")) for case in cases for r in case.get("rulings") or []}, key=str
        ),
        "hearing_dates": sorted({d for case in cases for d in case.get("hearing_dates") or []}),
        "next_hearing": sorted({case["next_hearing"] for case in cases if case.get("next_hearing")}),
        "courts": courts_of(cases),
    }


LIST_FIELDS: dict[str, Callable[[Any, Any], bool]] = {
    "defendants": name_match,
    "other_parties": party_match,
    "charges": charge_match,
    "rulings": tuple.__eq__,
    "hearing_dates": str.__eq__,
    "next_hearing": str.__eq__,
    "courts": court_match,
}


def differences(output: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Every way the parser's output departs from the gold annotation, one line each."""
    got, want = flatten_output(output), flatten_gold(gold)
    problems = []
    if want["language"] not in got["languages"]:
        problems.append(f"language: want {want['language']!r}, got {sorted(map(str, got['languages']))}")
    for field in ("published", "is_court_report"):
        if got[field] != want[field]:
            problems.append(f"{field}: want {want[field]!r}, got {got[field]!r}")
    for field, match in LIST_FIELDS.items():
        extra, missing = unmatched(got[field], want[field], match)
        if missing:
            problems.append(f"{field}: missing {missing}")
        if extra:
            problems.append(f"{field}: extra {extra}")
    return problems


# --- running the parser the way a user does ---------------------------------------------------------

_outputs: dict[Path, dict[str, Any]] = {}


def parse_with_cli(report: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """`docket parse --format json REPORT`, run in-process; fails the test with the reason if it breaks."""
    if report in _outputs:
        return _outputs[report]
    capsys.readouterr()
    try:
        code = main(["parse", "--format", "json", str(report)])
    except Exception as exc:  # report the parser's failure as this sample's failure, with where it broke
        where = "".join(traceback.format_exception(exc, limit=-3))
        pytest.fail(f"`docket parse --format json {report.name}` raised {type(exc).__name__}: {exc}\n{where}")
    out, err = capsys.readouterr()
    if code != 0:
        pytest.fail(f"`docket parse --format json {report.name}` exited {code}: {err.strip()[-500:]}")
    try:
        output, end = json.JSONDecoder().raw_decode(out.strip())
    except json.JSONDecodeError as exc:
        pytest.fail(f"`docket parse --format json {report.name}` printed invalid JSON ({exc}): {out[:300]!r}")
    assert not out.strip()[end:].strip(), f"more than one JSON object printed for one file: {out[:300]!r}"
    assert isinstance(output, dict), f"expected one JSON object per file, got {type(output).__name__}"
    _outputs[report] = output
    return output


@pytest.mark.parametrize("report", SAMPLE_FILES, ids=lambda p: p.name)
def test_parser_output_matches_gold(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = parse_with_cli(report, capsys)
    problems = differences(output, load_gold(report))
    if problems:
        pytest.fail(
            f"{report.name} differs from {gold_path(report).name}:\n  " + "\n  ".join(problems), pytrace=False
        )


@pytest.mark.parametrize("report", SAMPLE_FILES, ids=lambda p: p.name)
def test_parser_output_follows_published_schema(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not OUTPUT_SCHEMA.exists():
        pytest.skip(f"{OUTPUT_SCHEMA.relative_to(REPO)} is not written yet")
    schema = json.loads(OUTPUT_SCHEMA.read_text("utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    output = parse_with_cli(report, capsys)
    errors = sorted(
        validator_class(schema).iter_errors(output), key=lambda e: list(map(str, e.absolute_path))
    )
    if errors:
        lines = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors]
        pytest.fail(f"{report.name}: output breaks the schema:\n  " + "\n  ".join(lines), pytrace=False)


# --- the annotations themselves: a wrong gold file would make every check above meaningless ------------

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_iso_date(value: object) -> bool:
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def annotation_problems(gold: dict[str, Any]) -> list[str]:
    problems = []
    if set(gold) != {"language", "published", "is_court_report", "cases"}:
        problems.append(f"top-level keys {sorted(gold)}")
    if gold.get("language") not in {"fr", "en"}:
        problems.append(f"language {gold.get('language')!r}")
    if gold.get("published") is not None and not is_iso_date(gold["published"]):
        problems.append(f"published {gold['published']!r}")
    cases = gold.get("cases", [])
    if not gold.get("is_court_report") and cases:
        problems.append("cases in a file that is not a court report")
    if gold.get("is_court_report") and not cases:
        problems.append("a court report with no case")
    for n, case in enumerate(cases):
        where = f"case {n}"
        if set(case) != CASE_KEYS:
            problems.append(f"{where}: keys {sorted(case)}")
            continue
        country = case["country"]
        if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
            problems.append(f"{where}: country {country!r}")
        problems += [
            f"{where}: role {p}" for p in case["other_parties"] if p.get("role") not in records.ROLES
        ]
        problems += [
            f"{where}: ruling {r}" for r in case["rulings"] if r.get("kind") not in records.RULING_KINDS
        ]
        dates = [r.get("date") for r in case["rulings"]] + case["hearing_dates"]
        if case["next_hearing"] is not None:
            dates.append(case["next_hearing"])
        problems += [f"{where}: date {d!r}" for d in dates if not is_iso_date(d)]
        ruling_dates = [r.get("date") for r in case["rulings"]]
        if ruling_dates != sorted(ruling_dates, key=str):
            problems.append(f"{where}: rulings not oldest first")
        if case["next_hearing"] and any(d > case["next_hearing"] for d in case["hearing_dates"]):
            problems.append(f"{where}: a hearing held after the next hearing")
    return problems


def test_every_sample_has_a_gold_annotation_and_vice_versa() -> None:
    assert len(SAMPLE_FILES) >= 18
    reports = {p.name for p in SAMPLE_FILES}
    golds = {p.name for p in SAMPLES.glob("*.gold.json")}
    assert not {gold_path(SAMPLES / r).name for r in reports} ^ golds


@pytest.mark.parametrize("report", SAMPLE_FILES, ids=lambda p: p.name)
def test_gold_annotation_is_well_formed(report: Path) -> None:
    problems = annotation_problems(load_gold(report))
    assert not problems, f"{gold_path(report).name}: " + "; ".join(problems)
