"""detect_language: French or English, French when in doubt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docket.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le prévenu a été condamné à deux ans de prison ferme par le tribunal de Ségou.", "fr"),
        ("L'audience est renvoyée au 12 mars.", "fr"),
        ("Procès Koffi : l’affaire renvoyée", "fr"),
        ("The defendant was remanded in custody until his next appearance.", "en"),
        ("Court adjourns trial of former minister", "en"),
        ("Omtatah, 22 others released on Ksh 1,000 cash bail", "en"),
        ("Dossou condamné, Kpadé relaxé", "fr"),
    ],
)
def test_short_reports(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_english_report_full_of_french_names_is_english() -> None:
    text = (
        "Jean-Baptiste Dossou de Saint-Léger appeared before the Tribunal de Grande Instance de Cotonou "
        "on Monday, where the judge said that the case against him would be heard in March."
    )
    assert detect_language(text) == "en"


def test_french_report_quoting_english_is_french() -> None:
    text = (
        "« Free them all », scandaient les manifestants devant le palais de justice, où le tribunal "
        "a finalement renvoyé le procès des militants au 3 novembre, à la demande de la défense."
    )
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", ["", "   ", "12/03/2024", "Koffi", "CRIET"])
def test_no_evidence_means_french(text: str) -> None:
    assert detect_language(text) == "fr"


def test_a_tie_goes_to_french() -> None:
    assert detect_language("le the") == "fr"


def test_judged_on_the_opening_of_long_texts() -> None:
    assert detect_language("Le tribunal a statué. " * 50_000 + "The court ruled. " * 10) == "fr"


@given(st.text(max_size=500))
def test_always_answers_fr_or_en(text: str) -> None:
    assert detect_language(text) in ("fr", "en")


def test_elisions_are_found_from_their_apostrophe_as_from_their_word() -> None:
    import re
    from pathlib import Path

    from docket.language import _ELISION

    assert _ELISION.pattern.startswith("['’]")  # the engine skips to an apostrophe: no boundary tried
    by_word = re.compile(r"\b(?:[ldnsjcmſ]|qu)['’](?=\w)")
    samples = Path(__file__).resolve().parents[2] / "samples"
    texts = [p.read_text("utf-8", errors="replace").lower() for p in sorted(samples.glob("*.txt"))]
    texts += ["l'l'x", "qu'qu'a", "aujourd'hui", "d'_x", "l'2", "ſ'a", "lorsqu'il", "jusqu’à", "'a", "l'"]
    texts += ["x l’ d'un", "qu'", "l''a", "1l'a", "_l'a", "é'a d'é"]
    for text in texts:
        assert len(_ELISION.findall(text)) == len(by_word.findall(text)), text


@given(st.text(alphabet="ldnsqcujmſx'’ é_1\n", max_size=40))
def test_elisions_from_their_apostrophe_count_as_from_their_word_in_any_text(text: str) -> None:
    import re

    from docket.language import _ELISION

    assert _ELISION.pattern.startswith("['’]")
    assert len(_ELISION.findall(text)) == len(re.findall(r"\b(?:[ldnsjcmſ]|qu)['’](?=\w)", text))


def _votes_by_findall(text: str) -> tuple[int, int]:
    """The votes as first counted: every word found by the tokenising pattern, then looked up."""
    from docket.language import _ELISION, _ENGLISH_ONLY, _FRENCH_WORDS, _SAMPLE_CHARS, _WORD

    sample = text[:_SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    return (
        len(_ELISION.findall(sample)) + sum(word in _FRENCH_WORDS for word in words),
        sum(word in _ENGLISH_ONLY for word in words),
    )


def test_votes_read_from_chunks_count_as_the_tokenising_pattern_on_the_corpus() -> None:
    from pathlib import Path

    from docket.language import _ENGLISH_ONLY, _FRENCH_WORDS, language_votes

    assert all(word.isalpha() for word in _FRENCH_WORDS | _ENGLISH_ONLY)  # a chunk of letters is one word
    samples = Path(__file__).resolve().parents[2] / "samples"
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(samples.glob("*.txt"))]
    texts += ["le,la.les", "l'le d'de", "le’s", "LE Le\u00a0le\u2003the", "le²la", "le_la", "le2la", "«le»"]
    for text in texts:
        for start in range(0, len(text), 700):
            assert language_votes(text[start:]) == _votes_by_findall(text[start:]), text[start : start + 80]


@given(st.text(alphabet="lestdhuàaéL'’,. _2²\n\t\u00a0\u2003«»-", max_size=60))
def test_votes_read_from_chunks_count_as_the_tokenising_pattern_in_any_text(text: str) -> None:
    from docket.language import language_votes

    assert language_votes(text) == _votes_by_findall(text)
