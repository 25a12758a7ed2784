"""Many sets of plain words looked for in one pass over a text: which sets it holds a word of.

A regex word gate (a prefix tree of the words) is tried at every position whose character some word
starts with, and with a dozen gates asked of each sentence those tries were most of their cost. An
Aho–Corasick automaton (`pyahocorasick`, C) reads the text once for the words of every set together; each
set is one bit, and a text's answer is the bits of the sets any of whose words it contains.
"""

from __future__ import annotations

from collections.abc import Iterable

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
