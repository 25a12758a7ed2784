"""`docket parse FILE... [--format text|json|jsonl]`: what each report says, for people or programs."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import replace
from typing import TextIO

from docket.parse import parse_file
from docket.records import Article, Case, ParsedSource, UnreadableSource


def run(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        try:
            parsed = parse_file(path, args.max_size)
        except UnreadableSource as error:
            print(f"docket: {error}", file=sys.stderr)
            failed += 1
            continue
        except Exception as error:  # noqa: BLE001 - a parser fault on one report must not stop the batch
            print(
                f"docket: {path}: the parser failed ({type(error).__name__}: {error}); please report it",
                file=sys.stderr,
            )
            failed += 1
            continue
        if args.format == "text":
            write_text(parsed, sys.stdout)
        else:
            write_json(parsed, sys.stdout, indent=2 if args.format == "json" else None)
    if failed:
        print(f"docket: {failed} of {len(args.files)} files could not be read or parsed", file=sys.stderr)
    return 1 if failed else 0


def write_json(parsed: ParsedSource, out: TextIO, indent: int | None) -> None:
    """`json.dumps(parsed.to_dict())` and a newline, written one article at a time: the records of a
    20 MB dump are not copied whole into dictionaries and then into one string (~150 MB more)."""
    document = replace(parsed, articles=[]).to_dict()  # the source's fields, without its articles
    opening = json.dumps(document, ensure_ascii=False, indent=indent)
    if not parsed.articles:
        out.write(opening + "\n")
        return
    # The output up to the articles' list, which the document above ends with ("[]" then the closing).
    head, tail = opening.rsplit("[]", 1)
    out.write(head + "[")
    for number, article in enumerate(parsed.articles):
        text = json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)
        if indent is None:
            out.write((", " if number else "") + text)
        else:
            out.write(("," if number else "") + "\n" + textwrap.indent(text, " " * 2 * indent))
    out.write(("" if indent is None else "\n" + " " * indent) + "]" + tail + "\n")


def write_text(parsed: ParsedSource, out: TextIO) -> None:
    out.write(f"== {parsed.source} ({len(parsed.articles)} article{'s' * (len(parsed.articles) != 1)})\n")
    for article in parsed.articles:
        _write_article(article, out)
    out.write("\n")


def _write_article(article: Article, out: TextIO) -> None:
    kind = "court report" if article.is_court_report else "not a court report"
    published = article.published.isoformat() if article.published else "?"
    out.write(f"\n# {article.title}\n  {article.language}, published {published}, {kind}\n")
    for case in article.cases:
        _write_case(case, out)


def _write_case(case: Case, out: TextIO) -> None:
    court = case.court or "court not named"
    if case.court_abbr and case.court_abbr not in court:
        court += f" ({case.court_abbr})"
    extras = ", ".join(x for x in (case.chamber, case.country) if x)
    out.write(f"\n  Case: {case.title}\n  Court: {court}{f' — {extras}' if extras else ''}\n")
    for party in case.parties:
        out.write(f"    {party.role:<20} {party.name}\n")
    for charge in case.charges:
        out.write(f"    charge               {charge.label}\n")
    for hearing in case.hearings:
        purpose = f" ({hearing.purpose})" if hearing.purpose else ""
        out.write(
            f"    hearing {hearing.status:<12} {hearing.date.isoformat()}{purpose}   «{hearing.date_text}»\n"
        )
    for ruling in case.rulings:
        detail = f" — {ruling.sentence}" if ruling.sentence else ""
        # a date's own format spec is strftime's: it is padded as its ISO text
        day = ruling.date.isoformat() if ruling.date else "undated"
        out.write(f"    ruling  {day:<12} {ruling.kind}{detail}\n")
    if case.next_hearing:
        nh = case.next_hearing
        purpose = f" ({nh.purpose})" if nh.purpose else ""
        out.write(f"  Next hearing: {nh.date.isoformat()}{purpose}   «{nh.date_text}»\n")
