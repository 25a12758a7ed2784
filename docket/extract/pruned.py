"""A long alternation searched with only the alternatives a text can hold.

`head(?:A|B|…)` tries every alternative at every position its head lets through. An alternative none of
whose gate words (`gate_words`: one of them is in every match) the lower-cased text holds cannot match
anywhere in it, and leaving it out changes no match: where it stood it failed, and the alternatives are
still tried in their order. The pattern of the alternatives a text keeps is compiled once per set kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from re import _compiler as sre_compiler  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket import lexicon
from docket.extract import wordsets
from docket.extract.lowered import finditer_lowered
from docket.extract.patterns import _top_level_alternatives, gate_words
from docket.text import FLAGS

# a run's first calls search the whole pattern (one report does not build the sets and their patterns)
PLAIN_CALLS = 300
# up to this many gate words, each is looked for with `in`; more, in one pass of an automaton
_WORDS_LOOKED_FOR_ONE_BY_ONE = 40


class PrunedAlternation:
    """`head + opener + "|".join(alternatives) + ")" + tail`, compiled with `flags`, searched in a text with
    the alternatives its lower-cased form (`lowered_text`) keeps. The pattern may have no capturing group:
    a dropped alternative's groups would move the numbers of those after it."""

    def __init__(
        self, head: str, opener: str, alternatives: tuple[str, ...], flags: int, tail: str = ""
    ) -> None:
        self.whole = re.compile(head + opener + "|".join(alternatives) + ")" + tail, flags)
        if self.whole.groups:
            raise ValueError("a pattern with capturing groups cannot be pruned")
        self._head, self._opener, self._flags, self._alternatives = head, opener, flags, alternatives
        self._tail = tail  # after the alternatives: "(?:\\s+|$)" after the English charge cues
        self._calls = 0  # the first calls search the whole pattern: the sets pay only over many texts
        # the pattern of each set of alternatives kept; None until built
        self._kept: dict[int, re.Pattern[str] | None] | None = None

    def _build(self) -> None:
        opener, flags = self._opener, self._flags
        # each entry's own "|"-alternatives, so that one word-less alternative does not keep its neighbours
        self._pieces = tuple(piece for entry in self._alternatives for piece in _split(opener, entry, flags))
        # read from each piece's parse: its gate's words are all a compiled piece served for
        needs = [gate_words(r"\b" + opener + piece + ")", flags) for piece in self._pieces]
        words = {word for needed in needs for word in needed}
        self._sets: wordsets.WordSets | None = None
        self._bits: list[tuple[int, frozenset[str]]] = []
        self._always = 0  # the pieces without gate words: kept for every text
        if len(words) > _WORDS_LOOKED_FOR_ONE_BY_ONE and wordsets.available():
            self._sets = wordsets.WordSets()
        for index, needed in enumerate(needs):
            if not needed:
                self._always |= 1 << index
            else:
                self._bits.append((1 << index, frozenset(needed)))
            if self._sets is not None:
                self._sets.add(needed)  # the i-th set added gets bit i: the piece's own (none for no words)
        self._words = frozenset(words)
        self._kept = {}

    def pattern_for(self, lowered: str | None) -> re.Pattern[str] | None:
        """The pattern to search the text whose `lowered_text` is `lowered` with (None: none can match)."""
        if self._kept is None:  # not built yet
            self._calls += 1
            if self._calls <= PLAIN_CALLS:
                return self.whole
            self._build()
        if lowered is None:
            return self.whole
        kept = self._always
        if self._sets is not None:
            kept |= self._sets.present(lowered)
        else:
            present = {word for word in self._words if word in lowered}
            for piece_bit, needed in self._bits:
                if not needed.isdisjoint(present):
                    kept |= piece_bit
        pattern = self._kept.get(kept, False)
        if pattern is False:
            if len(self._kept) >= 512:
                self._kept.clear()
            alternatives = "|".join(piece for i, piece in enumerate(self._pieces) if kept >> i & 1)
            pattern = self._kept[kept] = (
                _compiled(self._head + self._opener + alternatives + ")" + self._tail, self._flags)
                if kept
                else None
            )
        return pattern  # type: ignore[return-value]


def _split(opener: str, entry: str, flags: int) -> list[str]:
    """`entry`'s top-level alternatives, or `entry` whole where they do not each compile alone."""
    pieces = _top_level_alternatives(entry)
    try:
        for piece in pieces:
            sre_parser.parse(opener + piece + ")", flags)
    except re.error:
        return [entry]
    return pieces


def _compiled(source: str, flags: int) -> re.Pattern[str]:
    """`re.compile`, past its cache: the hundreds of sets kept would push out of its 512 places the patterns
    the parser searches by their source (`re.search(r"…", text)`), compiled again each time they are."""
    return sre_compiler.compile(source, flags)  # type: ignore[no-any-return]


@cache
def defendant_verbs() -> PrunedAlternation:
    """`defendant_after` (below) as a `PrunedAlternation`: the verbs whose words a text lacks left out
    (tests/parser/test_patterns.py checks they are written alike)."""
    return PrunedAlternation(r"^[^.;:?!]{0,100}?\b", "(?i:", lexicon.DEFENDANT_AFTER_NAME, re.UNICODE)


def charge_cues_in(cue_pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterable[re.Match[str]]:
    """`finditer_lowered(cue_pattern, text, lowered)`; the English charge cues searched with those whose
    words `lowered` holds: 29 cues tried at every word, two of which may open on any word ("on two counts
    :", "3-count charges"), so no search from their beginnings spares them (35 µs an English sentence)."""
    english = english_charge_cues()
    # the English cues told by their source (the same whether `Patterns` are plain or gated)
    if lowered is None or cue_pattern.pattern != english.whole.pattern:
        return finditer_lowered(cue_pattern, text, lowered)
    pattern = english.pattern_for(lowered)
    return finditer_lowered(pattern, text, lowered) if pattern is not None else ()


@cache
def english_charge_cues() -> PrunedAlternation:
    """`charge_cue["en"]` (docket/extract/patterns.py) as a `PrunedAlternation` (tests/parser/test_patterns.py
    checks they are written alike)."""
    return PrunedAlternation(r"\b", "(?:", lexicon.CHARGE_CUES_EN, FLAGS, r"(?:\s+|\s*:\s*$|$)")
