"""Text helpers every stage shares: the one fold() and the capital-letter and name-word classes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent- and case-folded form, for comparing names as people write them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# a plain int: flags passed as an enum cost an enum operation in every cached re.search call
FLAGS = int(re.IGNORECASE | re.UNICODE)


UPPER = "A-ZÀ-ÖØ-Þ"


NAME_WORD = rf"[{UPPER}][\w'’-]*"


PARTICLE = r"(?:de|du|da|dos|di|van|von|der|ben|bin|ould|ag|el|al|ibn|épouse|ép\.)"
