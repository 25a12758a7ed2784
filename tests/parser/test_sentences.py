"""Sentence ends and abbreviations: the shortcut for long words reads as the word-by-word test."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from docket import sentences


def _abbreviation_by_its_word(text: str, piece_start: int, dot_at: int) -> bool:
    """`_is_abbreviation` for a full stop, as written before the shortcut: the last word always read."""
    word_match = sentences._LAST_WORD.search(text, max(piece_start, dot_at - 20), dot_at)
    if word_match is None:
        return False
    word = word_match.group(1).lower().rstrip(".").rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    if word in sentences._BEFORE_A_NUMBER:
        return sentences._DIGIT_NEXT.match(text, dot_at + 1) is not None
    if word in sentences._ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() or bool(sentences._INITIALS.fullmatch(word))


def _agree_at_every_full_stop(text: str) -> int:
    shortcuts = 0
    for dot in re.finditer(r"\.", text):
        for piece_start in (0, max(0, dot.start() - 7), max(0, dot.start() - 3)):
            expected = _abbreviation_by_its_word(text, piece_start, dot.start())
            assert sentences._is_abbreviation(text, piece_start, dot.start(), ".") == expected, (
                text,
                dot.start(),
            )
            shortcuts += not expected
    return shortcuts


@settings(max_examples=400)
@given(st.text(alphabet="abcMESSRSmesrsİı_2' ’.-\u0307é", max_size=40))
def test_the_long_word_shortcut_answers_as_the_word_does_in_any_text(text: str) -> None:
    _agree_at_every_full_stop(text)


def test_the_long_word_shortcut_answers_as_the_word_does_at_the_edges() -> None:
    texts = [
        "Le tribunal. Messrs. Smith, messrs. X. M.B. Diallo, a.b.c.defghij. XMESSRS. art. 5 vol. Au",
        "Il a été jugé par le tribunal. İİİİİİİ. abcdefg. abcdef. _abcdefg. abc_def. 1234567. j.-c. Fin",
        "l'abcdefgh. d’arts. qu'messrs. M. Mme. Mlles. abcdefghijklmnopqrstuvwxyz.",
    ]
    assert sum(_agree_at_every_full_stop(text) for text in texts) > 10


@given(st.text(alphabet=st.sampled_from(list("ab .!?…:»”\"')\t\xa0\u3000\u2028\ufffd,;")), max_size=12))
def test_line_end_told_from_the_last_character(line: str) -> None:
    # `sentence_spans` reads a line's end from its last character once spaces are stripped, as the pattern did
    told = line.rstrip(sentences._SPACE_OR_REPLACEMENT)[-1:] in sentences._LINE_END_MARKS
    assert told == bool(sentences._LINE_END.search(line))


def test_space_or_replacement_is_every_space_and_the_replacement_character() -> None:
    spaces = {c for c in map(chr, range(0x110000)) if re.match(r"\s", c)}
    assert set(sentences._SPACE_OR_REPLACEMENT) == spaces | {"\ufffd"}


def test_a_bulleted_list_under_a_long_line_without_a_colon_is_split_a_line_an_item() -> None:
    text = (
        "Hearings in that case had been due to open early in March 2013 against the 7 co-defendants,"
        " namely\n- John Mutuyimana,\n- Paul Uwiringiyimana,\n- Eric Ufitamahoro."
    )
    pieces = [text[start:end] for start, end in sentences.sentence_spans(text)]
    assert pieces[1:] == ["- John Mutuyimana,", "- Paul Uwiringiyimana,", "- Eric Ufitamahoro."], pieces


def test_a_hard_wrapped_paragraph_with_one_dash_line_is_not_a_list() -> None:
    text = (
        "The magistrate said the accused had been warned several times about the dangers of the road and\n"
        "- as she put it - had chosen to ignore every one of those warnings."
    )
    assert len(sentences.sentence_spans(text)) == 1


def test_a_numbered_list_is_split_a_line_an_item_and_its_numbers_end_no_sentence() -> None:
    text = (
        "The seven accused are:\n1. Gilbert Kalanje, Mtwara District Detective (OC CID), the first accused;\n"
        "2. Charles Onyango, Mtwara Police Station Commander (OCS);\n"
        "3. Charles Kisinza, Mtwara Regional Criminal Intelligence Officer of the Police Force;\n"
        "4. Corporal Salum Juma Mbalu."
    )
    pieces = [text[start:end] for start, end in sentences.sentence_spans(text)]
    assert pieces[1] == "1. Gilbert Kalanje, Mtwara District Detective (OC CID), the first accused;", pieces
    assert pieces[2] == "2. Charles Onyango, Mtwara Police Station Commander (OCS);", pieces
    # the last two long lines run together, as bulleted lines do: the number inside is no sentence's end
    assert [piece.replace("\n", " ") for piece in pieces[3:]] == [
        "3. Charles Kisinza, Mtwara Regional Criminal Intelligence Officer of the Police Force;"
        " 4. Corporal Salum Juma Mbalu."
    ], pieces
