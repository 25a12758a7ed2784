"""What a pronoun opening the next sentence takes up: "X was the first to sit down. He is charged with …"."""

from __future__ import annotations

import re

from docket.extract.patterns import Patterns, lowered_text
from docket.extract.subject_verbs import defendant_verb_opening
from docket.text import FLAGS


def subject_taken_up(opening: str, following: str, pats: Patterns) -> str | None:
    """The words of the next sentence that say, of the subject named first in this one, what the accused
    undergo ("He is charged with …", "Elle est poursuivie pour …"), or None.

    `opening` is this sentence's text before that subject: nothing, the report's dateline ("ACCRA, Aug 18 -
    X, who edits …") or a few words that describe the subject ("Pocahontas resident X is headed for trial"),
    so that the name opens the sentence and is its subject.
    """
    if opening.strip(" -–—\n") and not (
        _DATELINE_OPENING.fullmatch(opening) or _DESCRIPTOR_OPENING.fullmatch(opening)
    ):
        return None
    pronoun = _SUBJECT_PRONOUN.match(following)
    if pronoun is None:
        return None
    # its "^" anchors at the slice's start; searched as after a name
    rest = following[pronoun.end() :]
    lowered = lowered_text(rest)
    signal = defendant_verb_opening(rest, lowered, pats)
    return signal.group(0).strip() if signal else None


# "They face a charge of …" after "A, who edits X, and B will have to wait": the plural takes up the first
# ("Ce Verviétois de 37 ans est accusé d'avoir …", "The 37-year-old is charged with …": a demonstrative or the
# article with a few words that describe the one just named)
_SUBJECT_PRONOUN = re.compile(
    r"\s*(?:He|She|They|Il|Elle|Ils|Elles|(?:Ce|Cet|Cette|This|The) (?:[\w'’-]+ ){1,4}?"
    r"(?=(?:est|était|a été|is|was|has been|had been)\b))\b"
)
_DATELINE_OPENING = re.compile(r"\s*(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,30},[^-–—\n]{0,30}[-–—]\s*", FLAGS)
_DESCRIPTOR_OPENING = re.compile(r"(?:[\w'’-]+ ){1,3}")
