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
