"""Sentence spans for press French and English, aware of the abbreviations court reporters use."""

from __future__ import annotations

import re

# A full stop after these is not a sentence end: "Me Abouta", "M. Diallo", "art. 5", "n° 12", "Mr. Justice".
_ABBREVIATIONS = frozenset(
    """me mes m mm mme mmes mlle mlles dr pr prof st ste mr mrs ms messrs jr sr hon gen gén col lt cpt capt
    sgt cdt art arts al n no nos p pp vol ch chap cf etc env av apr j.-c jc c inc ltd co corp dept
    vs v ex sept oct nov déc dec janv jan fév feb févr avr aug juil sep sen hon rep gov amb""".split()
)

# Sentence-final punctuation followed by space and something that can open a sentence.
# "[.!?…][.!?…]*", not "[.!?…]+": a pattern opening on a character class lets the engine skip to those
# characters (twice as fast over a text); one opening on a repeat is tried at every character
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[»”\"')\]]*(?=\s+[«“\"'(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])")
_LAST_WORD = re.compile(r"([\w.'’-]+)$")
# A line this short, or ending like this, stands alone: a headline, a dateline, a subheading.
_SHORT_LINE = 70
# (a stray replacement character after the full stop, left by a page's bad encoding, does not hide it)
_LINE_END = re.compile(r"[.!?…:»”\"')][\s\ufffd]*$")
# `_LINE_END.search(line)` told from the line's last character once its spaces and replacement characters
# are stripped (every character `\s` matches, and U+FFFD): the pattern was tried at every full stop
_LINE_END_MARKS = frozenset(".!?…:»”\"')")
_SPACE_OR_REPLACEMENT = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufffd"
)
# A line that is only a date ("13 FÉVRIER 2026.", "Jeudi 12 février 2026", "12/02/2026") is the page's date
# line: the long headline above it does not run on into it.
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday),?\s+"
)
# a line a bullet opens ("- A,", "• B"), the next line too: a list, whose lines are items, not a paragraph's
# hard wrap
# (numbered too: "1. A, the first accused;", "2) B")
_BULLET_LINE = re.compile(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+\S")
_DATE_LINE = re.compile(
    rf"(?i:\s*(?:{_WEEKDAY})?\d{{1,2}}(?:er|st|nd|rd|th)?\s+[^\W\d_]+\.?,?\s+\d{{4}}[\s.,]*|"
    rf"\s*(?:{_WEEKDAY})?[^\W\d_]+\.?\s+\d{{1,2}},?\s+\d{{4}}[\s.,]*|\s*\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}[\s.,]*)"
)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (offsets into `text`), trimmed of surrounding space.

    A line break ends a sentence after a short line (headlines, datelines, subheadings) or after
    closing punctuation; inside a hard-wrapped paragraph it is only a space.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    piece_start = start
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        if line_end == -1:
            line_end = end
        line = text[line_start:line_end]
        next_line_start = line_end + 1
        next_line_end = text.find("\n", next_line_start, end)
        next_line = text[next_line_start : end if next_line_end == -1 else next_line_end]
        if (
            line_end == end
            or len(line.strip()) < _SHORT_LINE
            or line.rstrip(_SPACE_OR_REPLACEMENT)[-1:] in _LINE_END_MARKS
            or not next_line.strip()
            or _DATE_LINE.fullmatch(next_line)
            # "… against the 7 co-defendants, namely" then "- A,", "- B,": a list set out a line each
            or (
                next_line_end != -1
                and _BULLET_LINE.match(next_line) is not None
                and _BULLET_LINE.match(text, next_line_end + 1, end) is not None
            )
        ):
            _split_piece(text, piece_start, line_end, spans)
            piece_start = next_line_start
        line_start = next_line_start
    if piece_start < end:
        _split_piece(text, piece_start, end, spans)
    return spans


def _split_piece(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, piece_start, match.start(), match.group()):
            continue
        if _ITEM_NUMBER.fullmatch(text, piece_start, match.end()) or _ITEM_NUMBER_AFTER_ITEM.search(
            text, max(piece_start, match.start() - 8), match.end()
        ):
            continue  # "1. Gilbert X, …; 2. Charles Y": a list item's number, not a sentence
        _append_trimmed(text, piece_start, match.end(), spans)
        piece_start = match.end()
    _append_trimmed(text, piece_start, end, spans)


_INITIALS = re.compile(r"(?:\w\.)+\w")
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}\.")
_ITEM_NUMBER_AFTER_ITEM = re.compile(r"[;,]\s+\d{1,2}\.$")
# abbreviations that are also words ("vol" is a theft, "no" a refusal): abbreviations only before a number
_BEFORE_A_NUMBER = frozenset({"vol", "art", "arts", "no", "nos", "pp", "ch", "chap"})
# "art. 5", "art. L. 121-3" (a code's part before the number)
_DIGIT_NEXT = re.compile(r"\s*(?:[LRDA]\.?\s*)?\d")
_LONGER_THAN_ANY_ABBREVIATION = 1 + max(map(len, _ABBREVIATIONS | _BEFORE_A_NUMBER))


def _is_abbreviation(text: str, piece_start: int, dot_at: int, punctuation: str) -> bool:
    if not punctuation.startswith("."):
        return False
    opening = dot_at - _LONGER_THAN_ANY_ABBREVIATION
    if opening >= piece_start and text[opening:dot_at].isalnum():
        # the word before the dot ends in that many word characters (`\w` is `isalnum` or "_"): longer than
        # any abbreviation, and no initials, which end on a dot and a letter (most sentence ends: "tribunal.")
        return False
    word_match = _LAST_WORD.search(text, max(piece_start, dot_at - 20), dot_at)
    if word_match is None:
        return False
    # "l'art. 5": the elided article is not part of the abbreviation
    word = word_match.group(1).lower().rstrip(".").rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    if word in _BEFORE_A_NUMBER:
        # "vol. 3", "art. 5"; but "poursuivi pour vol. Au rôle…": the theft ends the sentence
        return _DIGIT_NEXT.match(text, dot_at + 1) is not None
    if word in _ABBREVIATIONS:
        return True
    # initials: "M.B. Diallo", "J. Smith"
    return len(word) == 1 and word.isalpha() or bool(_INITIALS.fullmatch(word))


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # the spaces found by `str.strip` (the same characters as `isspace`), not by a loop over them
    piece = text[start:end]
    kept = piece.lstrip()
    if kept:
        start += len(piece) - len(kept)
        spans.append((start, start + len(kept.rstrip())))
