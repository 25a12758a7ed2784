"""The ruling kinds' matches in a sentence, their beginnings found in one automaton pass for all the kinds.

Each kind's pattern (its cues as one alternation) was searched from the positions where one of its plain
beginnings occurs (`finditer_from_starts`), one automaton pass over the lower-cased sentence a kind its
gate words let through: two or three passes a sentence, most of the kinds' cost. Here the beginnings of
every kind are one automaton whose values tell the kinds each begins, read in one pass; each kind is then
matched at its own positions as before, so its matches, their order and their spans are the same.
"""

from __future__ import annotations

import re
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket.extract import patterns, wordsets
from docket.extract.gates import _first_strings
from docket.extract.wordsets import BEGINNING_LETTERS, LENGTH_BITS, LENGTH_MASK

try:
    import ahocorasick
except ImportError:  # `kinds_matches` answers None: the caller's way serves
    ahocorasick = None


class _KindStarts:
    """The beginnings of every kind's matches in one automaton; `startable`: the kinds whose matches all
    begin with a plain beginning (the others are left to `finditer_from_starts`, which searches them
    whole)."""

    def __init__(self, kind_patterns: list[re.Pattern[str]]) -> None:
        kinds_of_beginning: dict[str, int] = {}
        self.startable = 0
        for index, pattern in enumerate(kind_patterns):
            if pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern:
                continue  # its beginnings would have to be lower-cased: not read here
            ending, going_on = _first_strings(sre_parser.parse(pattern.pattern, pattern.flags).data)
            beginnings = ending | going_on
            if not beginnings or "" in beginnings:
                continue  # a match may begin with anything
            self.startable |= 1 << index
            for beginning in beginnings:
                cut = beginning[:BEGINNING_LETTERS]
                kinds_of_beginning[cut] = kinds_of_beginning.get(cut, 0) | 1 << index
        self.automaton = ahocorasick.Automaton()
        for beginning, kinds in kinds_of_beginning.items():
            self.automaton.add_word(beginning, kinds << LENGTH_BITS | len(beginning))
        if kinds_of_beginning:
            self.automaton.make_automaton()


def kinds_matches(
    wanted: list[int], kinds_searched: tuple[tuple[str, re.Pattern[str]], ...], lowered: str
) -> dict[int, list[re.Match[str]]] | None:
    """For each kind in `wanted` (indices into `kinds_searched`, the `rulings_lowered` searched, plain or
    gated), its matches in the lower-cased sentence `lowered`, as `finditer_from_starts` finds them; a kind
    whose beginnings cannot be told is left out. None without the automata."""
    if ahocorasick is None or not wordsets.available():
        return None
    kinds = _KINDS[0]
    if kinds is None:
        # read from the plain patterns: a gated one's beginnings are its gate's, cut shorter
        kinds = _KINDS[0] = _KindStarts(
            [pattern for _, pattern in patterns._plain_patterns().rulings_lowered]
        )
    wanted_bits = 0
    for index in wanted:
        wanted_bits |= 1 << index
    wanted_bits &= kinds.startable
    if not wanted_bits:
        return {}
    starts: dict[int, set[int]] = {index: set() for index in wanted if wanted_bits >> index & 1}
    for end, value in kinds.automaton.iter(lowered):
        hit = value >> LENGTH_BITS & wanted_bits
        if hit:
            start = end - (value & LENGTH_MASK) + 1
            while hit:
                lowest = hit & -hit
                starts[lowest.bit_length() - 1].add(start)
                hit ^= lowest
    found: dict[int, list[re.Match[str]]] = {}
    for index, positions in starts.items():
        pattern = kinds_searched[index][1]
        matches = found[index] = []
        position = 0
        for start in sorted(positions):
            if start < position:
                continue  # inside the last match: finditer goes on from its end
            match = pattern.match(lowered, start)
            if match is not None:
                if match.end() == start:  # never expected (every beginning is a character at least)
                    del found[index]  # that kind is searched the caller's way
                    break
                matches.append(match)
                position = match.end()
    return found


# the kinds' beginnings, built at the first question
_KINDS: list[_KindStarts | None] = [None]
