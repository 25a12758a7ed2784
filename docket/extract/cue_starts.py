"""A long alternation matched at each position with only the alternatives that can begin there.

`\\b(?:(?P<r0>…)|(?P<r1>…)|…)\\b` (the role cues, 75 of them) tried at a position enters every alternative in
turn: a named group opens each, so the engine cannot pass one over by its first character (3 µs a
position). The alternatives' plain beginnings are one automaton whose values tell which alternatives each
begins; one pass over the lower-cased text gives the positions, as `finditer_from_starts` finds them, and
at each the alternatives that can begin there. The others are left out, in their order, so the match is
the same: where they stood they failed. The groups keep their names (`lastgroup`), not their numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from re import _compiler as sre_compiler  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket.extract import wordsets
from docket.extract.gates import _first_strings
from docket.extract.patterns import _plain_patterns, _top_level_alternatives
from docket.extract.wordsets import BEGINNING_LETTERS, LENGTH_BITS, LENGTH_MASK, finditer_from_starts

try:
    import ahocorasick
except ImportError:  # `finditer` answers None: the caller's way serves
    ahocorasick = None

# a run's first calls leave the text to the caller's way (one report does not build the automaton)
PLAIN_CALLS = 300
_PATTERNS_KEPT = 512


class AlternativesAtStarts:
    """`pattern`, written `head + "(?:" + "|".join(alternatives) + ")" + tail` with no numbered group
    read, matched at each position with the alternatives that can begin there (`finditer`)."""

    def __init__(self, pattern: re.Pattern[str], head: str, tail: str) -> None:
        self._pattern, self._head, self._tail = pattern, head, tail
        self._calls = 0
        self._automaton: ahocorasick.Automaton | None = None
        self._usable = ahocorasick is not None and wordsets.available()

    def _build(self) -> None:
        source, head, tail = self._pattern.pattern, self._head, self._tail
        opener, closer = head + "(?:", ")" + tail
        body = source[len(opener) : len(source) - len(closer)]
        alternatives = _top_level_alternatives(body)
        if (
            not (source.startswith(opener) and source.endswith(closer))
            or opener + "|".join(alternatives) + closer != source
        ):
            self._usable = False  # written otherwise than this reads it: the caller's way
            return
        alternatives_of_beginning: dict[str, int] = {}
        for index, alternative in enumerate(alternatives):
            try:
                ending, going_on = _first_strings(sre_parser.parse(alternative, self._pattern.flags).data)
            except re.error:
                self._usable = False
                return
            beginnings = ending | going_on
            if not beginnings or any(not b or len(b.lower()) != len(b) for b in beginnings):
                self._usable = False  # it may begin anywhere, or its beginnings do not lower-case in place
                return
            beginnings = {b.lower() for b in beginnings}
            for beginning in beginnings:
                cut = beginning[:BEGINNING_LETTERS]
                alternatives_of_beginning[cut] = alternatives_of_beginning.get(cut, 0) | 1 << index
        automaton = ahocorasick.Automaton()
        for beginning, kept in alternatives_of_beginning.items():
            automaton.add_word(beginning, kept << LENGTH_BITS | len(beginning))
        automaton.make_automaton()
        self._alternatives = alternatives
        self._kept: dict[int, re.Pattern[str]] = {}
        self._automaton = automaton

    def finditer(self, text: str, lowered: str | None) -> list[re.Match[str]] | None:
        """`pattern.finditer(text)`'s matches (`lowered`: `lowered_text(text)`), or None where the caller
        must search the plain way (no `lowered`, no automaton yet, or a pattern not read here)."""
        if lowered is None or not self._usable:
            return None
        automaton = self._automaton
        if automaton is None:
            self._calls += 1
            if self._calls <= PLAIN_CALLS:
                return None
            self._build()
            automaton = self._automaton
            if automaton is None:
                return None
        kept_at: dict[int, int] = {}
        for end, value in automaton.iter(lowered):
            start = end - (value & LENGTH_MASK) + 1
            kept_at[start] = kept_at.get(start, 0) | value >> LENGTH_BITS
        found = []
        position = 0
        for start in sorted(kept_at):
            if start < position:
                continue  # inside the last match: finditer goes on from its end
            match = self._pattern_of(kept_at[start]).match(text, start)
            if match is not None:
                if match.end() == start:  # never expected (every beginning is a character at least)
                    return None
                found.append(match)
                position = match.end()
        return found

    def _pattern_of(self, kept: int) -> re.Pattern[str]:
        pattern = self._kept.get(kept)
        if pattern is None:
            if len(self._kept) >= _PATTERNS_KEPT:
                self._kept.clear()
            alternatives = "|".join(a for i, a in enumerate(self._alternatives) if kept >> i & 1)
            # compiled past `re.compile`'s cache: these sets would push out of its 512 places the patterns
            # the parser searches by their source (`re.search(r"…", text)`), compiled again each time
            pattern = self._kept[kept] = sre_compiler.compile(
                f"{self._head}(?:{alternatives}){self._tail}", self._pattern.flags
            )
        return pattern


def role_cues_in(role_cue: re.Pattern[str], text: str, lowered: str | None) -> Iterable[re.Match[str]]:
    """`finditer_from_starts(role_cue, text, lowered)` for `role_cue`, the role cues (`Patterns.role_cue`,
    plain or behind its gate: the same matches), each position tried with the cues that can begin there."""
    found = _role_cues().finditer(text, lowered)
    return finditer_from_starts(role_cue, text, lowered) if found is None else found


@cache
def _role_cues() -> AlternativesAtStarts:
    # as `role_cue` is written in docket/extract/patterns.py (read back from it: another way of writing it
    # leaves the caller's way to serve)
    return AlternativesAtStarts(_plain_patterns().role_cue, r"\b", r"\b")
