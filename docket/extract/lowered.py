"""Case-insensitive patterns searched case-sensitively in lower-cased text, then matched again in the text
for their groups as written: a case-sensitive search is several times faster, and for text of CASE_SAFE
characters (which lower-casing keeps one for one, as case-insensitive matching reads them) it finds the
same spans."""

from __future__ import annotations

import re
from collections.abc import Iterable

from docket.dates import CASE_SAFE


def lowered_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern lower-cased and compiled case-sensitively: in the `lowered_text` of a
    text it finds the spans the pattern finds in the text (the premise of the date scan), and a
    case-sensitive search is about twice as fast. None for a pattern that is not case-insensitive, or
    whose source lower-casing would change: an escape such as \\S or \\B, a case-sensitive group."""
    known = _LOWERED.get(id(pattern))
    if known is None or known[0] is not pattern:
        source = pattern.pattern
        safe = pattern.flags & re.IGNORECASE and not re.search(r"\\[A-Z]|\(\?[a-z]*-", source)
        lowered = source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=") if safe else None
        known = (pattern, re.compile(lowered) if lowered is not None else None)
        _LOWERED[id(pattern)] = known
    return known[1]


_LOWERED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def search_lowered(pattern: re.Pattern[str], text: str, lowered: str | None) -> re.Match[str] | None:
    """`pattern.search(text)`, found in `lowered` (`lowered_text(text)`) when both allow it, then matched
    again in `text` for its groups as written."""
    case_sensitive = lowered_pattern(pattern)
    if case_sensitive is None or lowered is None:
        return pattern.search(text)
    low = case_sensitive.search(lowered)
    if low is None:
        return None
    match = pattern.match(text, low.start())
    if match is None or match.end() != low.end():  # never expected: then the plain way
        return pattern.search(text)
    return match


def finditer_lowered(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, found in `lowered` as `search_lowered` does."""
    case_sensitive = lowered_pattern(pattern)
    if case_sensitive is None or lowered is None:
        return pattern.finditer(text)
    found = []
    for low in case_sensitive.finditer(lowered):
        match = pattern.match(text, low.start())
        if match is None or match.end() != low.end():  # never expected: then the plain way
            return pattern.finditer(text)
        found.append(match)
    return found


def lowered_text(text: str) -> str | None:
    """`text` lower-cased, for `lowered_gate`s; None when it has characters outside CASE_SAFE."""
    if _CASE_UNSAFE.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


_CASE_UNSAFE = re.compile(f"[^{CASE_SAFE}]")
