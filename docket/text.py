"""Text helpers every part shares: the one `fold()` (accents and case), the word key built on it, and the
capital-letter and name-word classes the parser's patterns are built from."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent- and case-folded form, for comparing names as people write them: 'Sèssi' -> 'sessi'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def fold_words(text: str) -> str:
    """The folded words alone, one space apart (punctuation does not tell two names or courts apart):
    'Louis Philippe Sèssi Houndégnon' -> 'louis philippe sessi houndegnon'."""
    return " ".join(_WORD.findall(fold(text)))


# a plain int: flags passed as an enum cost an enum operation in every cached re.search call
FLAGS = int(re.IGNORECASE | re.UNICODE)

UPPER = "A-ZÀ-ÖØ-Þ"

NAME_WORD = rf"[{UPPER}][\w'’-]*"

PARTICLE = r"(?:de|du|da|dos|di|van|von|der|ben|bin|ould|ag|el|al|ibn|épouse|épse|ép\.)"


def prefix_tree(words: list[str]) -> list[str]:
    """Alternatives finding the same plain words with shared beginnings merged ("re(?:nvo|port)"): at each
    position the engine tries a few first letters instead of every word, several times faster on a long
    list. For patterns only asked whether a word stands there: a word that begins with another is not
    told apart from it."""
    if "" in words:
        return [""]  # the beginning alone is a word: whatever follows it is found anyway
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    out = []
    for first, rests in groups.items():
        branches = prefix_tree(rests)
        out.append(re.escape(first) + (branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"))
    return out


def longest_first_tree(words: list[str]) -> str:
    """A group matching exactly `words` (plain text), as their alternation sorted longest first does,
    shared beginnings merged ("Abomey(?:\\-Calavi|)"): at each position the engine tries the first
    letters once instead of every word (a list of 187 seats, tried at every word of every sentence).
    Unlike `prefix_tree`, a word that begins with another is kept, and tried before it."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    # the branches after a letter exclude each other; the end of a word is tried last, as the shorter
    # word comes after the longer in the sorted alternation
    branches = [re.escape(first) + longest_first_tree(rests) for first, rests in groups.items()]
    if ends:
        branches.append("")
    if not branches:
        return "(?!)"  # no words: nothing matches
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
