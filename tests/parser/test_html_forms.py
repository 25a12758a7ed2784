"""The same report as plain text, as HTML paragraphs and as a full web page gives the same records
(issue 12, item 2): the published date, the rulings and their dates, the hearings, the next hearing and
the defendants of every case."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from docket.decode import decode_report
from docket.parse import parse_bytes

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TEXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))


def as_paragraphs(text: str) -> str:
    """The report's first line as an <h1>, every other line a <p> (each line of a sample is a paragraph)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n".join(
        [f"<h1>{html.escape(lines[0])}</h1>"] + [f"<p>{html.escape(line)}</p>" for line in lines[1:]]
    )


def as_page(text: str) -> str:
    """The paragraphs inside a site's page: a <title>, a menu, the article, a footer with a year."""
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Le Journal des Tribunaux</title>
<style>p {{ margin: 0 }}</style></head>
<body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/justice">Justice</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
{as_paragraphs(text)}
</article></main>
<footer><p>© 2025 Le Journal des Tribunaux. Tous droits réservés.</p><a href="/contact">Contact</a></footer>
</body></html>
"""


def records(data: bytes, name: str) -> list[Any]:
    facts = []
    for article in parse_bytes(data, name).articles:
        cases = [
            {
                "rulings": sorted((ruling.kind, ruling.date) for ruling in case.rulings),
                "hearings": sorted((hearing.date, hearing.status) for hearing in case.hearings),
                "next_hearing": case.next_hearing.date if case.next_hearing else None,
                "defendants": sorted(party.name for party in case.parties if party.role == "defendant"),
            }
            for case in article.cases
        ]
        facts.append({"published": article.published, "cases": cases})
    return facts


@pytest.mark.parametrize("report", TEXT_SAMPLES, ids=lambda path: path.stem)
def test_a_report_as_text_as_paragraphs_and_as_a_page_gives_the_same_records(report: Path) -> None:
    text = decode_report(report.read_bytes(), report.name).text
    expected = records(report.read_bytes(), report.name)
    assert expected and any(article["cases"] for article in expected) or "distracteur" in report.name
    assert records(as_paragraphs(text).encode(), report.stem + ".html") == expected
    assert records(as_page(text).encode(), report.stem + ".html") == expected


def test_paragraphs_stay_paragraphs_and_the_headline_opens_the_text() -> None:
    page = as_page(
        "Procès Koffi : renvoi au 12 mars\nPORT-LAMY, 3 février 2024 - Le tribunal a renvoyé.\nSuite."
    )
    decoded = decode_report(page.encode(), "page.html")
    assert decoded.text == (
        "Procès Koffi : renvoi au 12 mars\n\nPORT-LAMY, 3 février 2024 - Le tribunal a renvoyé.\n\nSuite."
    )


def test_a_line_break_inside_a_paragraph_is_kept_and_inline_markup_keeps_its_words_in_order() -> None:
    page = "<html><body><article><h1>Titre</h1><p>Le <b>tribunal <i>de</i> Dakar</b> a dit<br>non.</p>"
    page += "<ul><li>Premier point</li><li>Second point</li></ul></article></body></html>"
    decoded = decode_report(page.encode(), "page.html")
    assert decoded.text == "Titre\n\nLe tribunal de Dakar a dit\nnon.\n\nPremier point\n\nSecond point"
