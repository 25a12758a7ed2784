"""The role cues tried at each position with only the alternatives that can begin there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket.extract import cue_starts, patterns, wordsets
from docket.extract.patterns import _gated_patterns, _plain_patterns, lowered_text
from docket.sentences import sentence_spans

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def automata_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The automata serve from the first call (a run's first calls take the plain way)."""
    monkeypatch.setattr(patterns, "REGEX_GATE_CALLS", 0)
    monkeypatch.setattr(wordsets, "PLAIN_CALLS", 0)
    monkeypatch.setattr(cue_starts, "PLAIN_CALLS", 0)


def _found(text: str, role_cue: re.Pattern[str]) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in cue_starts.role_cues_in(role_cue, text, lowered_text(text))]


def _expected(text: str, role_cue: re.Pattern[str]) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in role_cue.finditer(text)]


@pytest.mark.usefixtures("automata_at_once")
def test_the_role_cues_tried_with_those_that_can_begin_at_each_position_find_what_they_find() -> None:
    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    spans = [(text, a, b) for text in texts for a, b in sentence_spans(text, 0, len(text))]
    sentences = [text[a:b].replace("\n", " ") for text, a, b in spans]
    # the windows before names, as `_cue_role` reads them
    windows = [s[max(0, i - 80) : i] for s in sentences for i in range(0, len(s), 15)]
    windows += ["Me X et ME Y, l'avocat", "le procureur de la République, M. X", "DPP Ms X, for the State"]
    assert cue_starts._role_cues().finditer("le juge", "le juge") is not None  # the automaton serves
    for role_cue in (_plain_patterns().role_cue, _gated_patterns().role_cue):
        for text in windows:
            assert _found(text, role_cue) == _expected(text, role_cue), text


_CUE_PIECES = (
    "le ,la ,procureur,procureure,Me ,ME ,maître ,avocat,avocate, de la ,défense,partie civile,Judge ,juge ,"
    "magistrate,Magistrate ,DPP ,State ,counsel,prosecutor,X,é,  ,substitut,général,des victimes,witness"
).split(",") + [", "]


@pytest.mark.usefixtures("automata_at_once")
@settings(deadline=None)  # the first example builds the automaton
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=14))
def test_role_cues_in_any_order_of_their_words_are_found_as_the_whole_pattern_finds_them(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    role_cue = _plain_patterns().role_cue
    assert _found(text, role_cue) == _expected(text, role_cue)


@pytest.mark.usefixtures("automata_at_once")
def test_a_pattern_written_otherwise_is_left_to_the_callers_way() -> None:
    otherwise = cue_starts.AlternativesAtStarts(re.compile(r"(?:a|b)\b"), r"\b", r"\b")
    assert otherwise.finditer("a", "a") is None
    # an alternative that may begin with anything: no position can be ruled out
    anywhere = cue_starts.AlternativesAtStarts(re.compile(r"\b(?:a|\w+b)\b"), r"\b", r"\b")
    assert anywhere.finditer("a", "a") is None
    # no lower-cased text: the caller's way
    assert cue_starts._role_cues().finditer("le juge", None) is None
