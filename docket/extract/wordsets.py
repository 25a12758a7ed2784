"""Many sets of plain words looked for in one pass over a text: which sets it holds a word of.

A regex word gate (a prefix tree of the words) is tried at every position whose character some word
starts with, and with a dozen gates asked of each sentence those tries were most of their cost. An
Aho–Corasick automaton (`pyahocorasick`, C) reads the text once for the words of every set together; each
set is one bit, and a text's answer is the bits of the sets any of whose words it contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket.extract.gates import _first_strings

try:
    import ahocorasick
except ImportError:  # the regex gates serve as before (`available()` says which way is taken)
    ahocorasick = None


def available() -> bool:
    return ahocorasick is not None


class WordSets:
    """Sets of plain words, each given a bit by `add`; `present(text)` is the bits of the sets one of whose
    words `text` contains (as a substring: a word is found inside a longer one too)."""

    def __init__(self) -> None:
        self._bits_of_word: dict[str, int] = {}
        self._count = 0
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, words: Iterable[str]) -> int:
        """A new set's bit. No word may be empty (a set holding "" is in every text: not a gate)."""
        bit = 1 << self._count
        self._count += 1
        for word in words:
            if not word:
                raise ValueError("an empty word is in every text")
            self._bits_of_word[word] = self._bits_of_word.get(word, 0) | bit
        self._automaton = None  # built again on the next `present`
        return bit

    def present(self, text: str) -> int:
        automaton = self._automaton
        if automaton is None:
            if not self._bits_of_word:
                return 0  # an automaton of no words cannot be built
            automaton = self._automaton = self._build()
        bits = 0
        for _, word_bits in automaton.iter(text):
            bits |= word_bits
        return bits

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for word, bits in self._bits_of_word.items():
            automaton.add_word(word, bits)
        automaton.make_automaton()
        return automaton


def finditer_from_starts(
    pattern: re.Pattern[str], text: str, lowered: str | None = None
) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, the pattern tried only where one of its plain beginnings occurs, those
    found in one automaton pass (a first-character gate is a lookahead tried at every position).

    A pattern that is case-insensitive anywhere has its beginnings found lower-cased in `lowered`
    (`lowered_text(text)`; None: the plain way). Where a match may begin with anything, or be empty, or
    without pyahocorasick, the plain way too."""
    found = _from_starts(pattern, text, lowered, first_only=False)
    return pattern.finditer(text) if found is None else found


def search_from_starts(
    pattern: re.Pattern[str], text: str, lowered: str | None = None
) -> re.Match[str] | None:
    """`pattern.search(text)`, found as `finditer_from_starts` finds the matches."""
    found = _from_starts(pattern, text, lowered, first_only=True)
    if found is None:
        return pattern.search(text)
    return found[0] if found else None


def _from_starts(
    pattern: re.Pattern[str], text: str, lowered: str | None, first_only: bool
) -> list[re.Match[str]] | None:
    """The matches (the first one only, if `first_only`), or None where the plain way must serve."""
    if _STARTS_CALLS[0] <= PLAIN_CALLS:  # counted only until the automata serve
        _STARTS_CALLS[0] += 1
        if _STARTS_CALLS[0] <= PLAIN_CALLS:
            return None  # a short run (one report) does not build the automata
    known = _STARTS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _STARTS[id(pattern)] = (pattern, *_starts_automaton(pattern))
    automaton, lower, at_start = known[1], known[2], known[3]
    if automaton is None or (lower and lowered is None):
        return None
    found_starts = {end - length + 1 for end, length in automaton.iter(lowered if lower else text)}
    if at_start:
        found_starts.add(0)  # where its alternatives opening on "^" may match
    starts = sorted(found_starts)
    found = []
    position = 0
    for start in starts:
        if start < position:
            continue  # inside the last match: finditer goes on from its end
        match = pattern.match(text, start)
        if match is not None:
            if match.end() == start:  # never expected (every beginning is a character at least)
                return None
            found.append(match)
            if first_only:
                break
            position = match.end()
    return found


def _starts_automaton(pattern: re.Pattern[str]) -> tuple[ahocorasick.Automaton | None, bool, bool]:
    """The automaton of `pattern`'s beginnings (None: a match may begin with anything), whether they are
    lower-cased, and whether a match may also begin at the text's start with none of them."""
    if ahocorasick is None:
        return None, False, False
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    lower = bool(pattern.flags & re.IGNORECASE or re.search(r"\(\?[aLmsux]*i", pattern.pattern))
    beginnings = _beginnings(parsed.data, lower, but_at_start=False)
    at_start = False
    if (not beginnings or "" in beginnings) and not pattern.flags & re.MULTILINE:
        # "…|^\s*(?:ont|a) comparu": the alternatives that open on the text's start match only at 0
        beginnings, at_start = _beginnings(parsed.data, lower, but_at_start=True), True
    if not beginnings or "" in beginnings:
        return None, lower, False
    # a few letters tell most positions apart; whole beginnings (thousands for a ruling kind) only make
    # the automaton bigger (megabytes), and a pattern's plain and gated forms share theirs
    cut = frozenset(beginning[:BEGINNING_LETTERS] for beginning in beginnings)
    automaton = _AUTOMATA.get(cut)
    if automaton is None:
        automaton = _AUTOMATA[cut] = ahocorasick.Automaton()
        for beginning in cut:
            automaton.add_word(beginning, len(beginning))
        automaton.make_automaton()
    return automaton, lower, at_start


def _beginnings(items: list[tuple[object, object]], lower: bool, *, but_at_start: bool) -> set[str]:
    ending, going_on = _first_strings(items, but_at_start=but_at_start)
    beginnings = ending | going_on
    if lower:
        beginnings = {b.lower() for b in beginnings if len(b.lower()) == len(b)} | (
            {""} if any(len(b.lower()) != len(b) for b in beginnings) else set()
        )
    return beginnings


# a beginning's first letters, enough to tell most positions apart
BEGINNING_LETTERS = 8
# a value of the beginnings' automata (`kindstarts`, `cue_starts`): which patterns or alternatives a beginning
# begins, as bits above its length (at most `BEGINNING_LETTERS`, held in `LENGTH_BITS` bits)
LENGTH_BITS = 4
LENGTH_MASK = (1 << LENGTH_BITS) - 1
# a run's first calls search the plain way: building the automata (a few tens of milliseconds) pays only
# over many reports
PLAIN_CALLS = 500
_STARTS_CALLS = [0]
_STARTS: dict[int, tuple[re.Pattern[str], ahocorasick.Automaton | None, bool, bool]] = {}
_AUTOMATA: dict[frozenset[str], ahocorasick.Automaton] = {}
