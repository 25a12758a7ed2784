"""Matching names and courts: accents, case and punctuation do not tell two of them apart."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import ColumnElement, func, or_

from docket.text import fold_words

from . import models as m

# Words that do not identify a person: particles and titles.
_NAME_NOISE = frozenset(
    "de du des la le les van von der den da di dos das el al ben bin ibn mr mrs ms dr me maitre "
    "m mme mlle monsieur madame sieur dame feu".split()
)
_APPEAL_WORDS = ("appel", "appeal", "appellate")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> frozenset[str]:
    """The words that identify a person: 'Me Houndégnon' and 'Houndegnon' share {'houndegnon'}."""
    return frozenset(t for t in fold_words(name).split() if len(t) > 1 and t not in _NAME_NOISE)


def names_match(a: str, b: str) -> bool:
    """The same person, named in full once and partly another time: the shorter name's words are all
    in the longer one ('Houndegnon' = 'Louis Philippe Sèssi Houndégnon')."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def is_appeal(court: str | None, chamber: str | None) -> bool:
    folded = fold_words(f"{court or ''} {chamber or ''}")
    return any(word in folded for word in _APPEAL_WORDS)


def court_filter(court: str) -> ColumnElement[bool]:
    """The cases a user's court filter names: its words inside the court's key, or its abbreviation."""
    folded = fold_words(court)
    return or_(m.Case.court_key.contains(folded, autoescape=True), func.lower(m.Case.court_abbr) == folded)
