"""Patterns searched only where they can match: the list of offences before a colon where the words after
it are, a disciplinary body where its word is, case-insensitive patterns in the lower-cased text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket.extract import patterns, wordsets
from docket.extract.patterns import _gated_patterns, _plain_patterns, finditer_lowered, lowered_text
from docket.extract.subject_verbs import defendant_verb_opening
from docket.sentences import sentence_spans

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(autouse=True)
def gated_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gates and the automata serve from the first call (a run's first calls take the plain way)."""
    monkeypatch.setattr(patterns, "REGEX_GATE_CALLS", 0)
    monkeypatch.setattr(wordsets, "PLAIN_CALLS", 0)


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


def test_the_charge_cues_searched_in_the_lower_cased_sentence_find_what_they_find_in_it() -> None:
    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    spans = [(text, a, b) for text in texts for a, b in sentence_spans(text, 0, len(text))]
    sentences = [text[a:b].replace("\n", " ") for text, a, b in spans]
    sentences += ["He faces two counts: theft and fraud", "She was CHARGED WITH theft", "on 3 counts of X"]
    for pats in (_plain_patterns(), _gated_patterns()):
        for cue in pats.charge_cue.values():
            for sentence in sentences:
                expected = _spans(cue.finditer(sentence))
                assert _spans(finditer_lowered(cue, sentence, lowered_text(sentence))) == expected, sentence


_CHARGE_PIECES = (
    "was ,were ,charged,charges,charge,counts,count, of ,on ,two ,3-count ,with ,:,theft,face ,faces ,"
    "accused ,pleaded ,guilty ,to ,in connection with,X,  ,bordering on,offences,including,Charged,COUNTS"
).split(",") + [", "]


@settings(deadline=None)  # the first example compiles the lowered pattern
@given(st.lists(st.sampled_from(_CHARGE_PIECES), max_size=12))
def test_english_charge_cues_in_any_order_of_their_words_are_found_as_the_pattern_finds_them(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    cue = _plain_patterns().charge_cue["en"]
    assert _spans(finditer_lowered(cue, text, lowered_text(text))) == _spans(cue.finditer(text))


def test_the_list_before_a_colon_is_searched_where_the_words_after_the_colon_are() -> None:
    from docket.extract.charge_lists import LIST_THEN_CHARGES, list_then_charges

    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    spans = [(text, a, b) for text in texts for a, b in sentence_spans(text, 0, len(text))]
    sentences = [text[a:b].replace("\n", " ") for text, a, b in spans if ":" in text[a:b]]
    sentences += [
        "Abus de fonction, blanchiment de capitaux : voilà ce qui vaut à X d'être jugé",
        "Sedition, treason: those are the charges",
        "Meurtre, viol, vol à main armée : ils avaient été reconnus coupables de tous ces faits",
        "Il a déclaré : « nous ferons appel »",
    ]
    for sentence in sentences:
        expected = LIST_THEN_CHARGES.search(sentence)
        found = list_then_charges(sentence, lowered_text(sentence))
        assert (found and found.span()) == (expected and expected.span()), sentence
    # no lower-cased text, no gate: searched
    assert list_then_charges("Sedition, treason: those are the charges", None) is not None


def test_every_disciplinary_body_holds_the_word_searched_before_them() -> None:
    from re import _parser as sre_parser  # type: ignore[attr-defined]

    from docket.extract.gates import _first_strings
    from docket.extract.pipeline import _DISCIPLINARY_BODY, _DISCIPLINE

    # the names, each written out whole (plain words only): every one holds the word
    parsed = sre_parser.parse(_DISCIPLINARY_BODY.pattern, _DISCIPLINARY_BODY.flags)
    ending, whole = _first_strings(parsed.data)
    assert not ending and len(whole) > 5
    assert all(_DISCIPLINE.search(name) for name in whole), whole
    assert _DISCIPLINE.search("the Disciplinary Committee") and not _DISCIPLINE.search("the ethics committee")


def test_case_sensitive_groups_that_can_only_widen_are_searched_lowered() -> None:
    import re

    from docket.extract.hearings import _FUTURE_TENSE
    from docket.extract.lowered import finditer_lowered, lowered_pattern, search_lowered
    from docket.extract.mentions import _FUTURE_CUE
    from docket.text import FLAGS

    # "(?-i:\b[a-zà-öø-ÿ]\w+(?:era|…)\b)": read case-blind, it finds those words and capitalised ones too
    assert lowered_pattern(_FUTURE_CUE) is not None and lowered_pattern(_FUTURE_TENSE) is not None
    for narrowed in (r"a(?-i:[^A-Z])", r"a(?-i:(?!Foo)\w+)", r"(?!(?-i:Foo))\w+", r"(?-i:(a)\1)"):
        assert lowered_pattern(re.compile(narrowed, FLAGS)) is None, narrowed
    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    windows = [text[i : i + 80].replace("\n", " ") for text in texts for i in range(0, len(text), 25)]
    windows += ["Il Sera jugé. Le procès reprendra", "REPRENDRA le 3 mai", "Rendra sa décision", "will"]
    for pattern in (_FUTURE_CUE, _FUTURE_TENSE):
        for window in windows:
            lowered = lowered_text(window)
            expected = pattern.search(window)
            found = search_lowered(pattern, window, lowered)
            assert (found and found.span()) == (expected and expected.span()), window
            assert _spans(finditer_lowered(pattern, window, lowered)) == _spans(pattern.finditer(window))


def test_the_verb_of_the_accused_after_a_name_is_found_as_the_anchored_pattern_finds_it() -> None:
    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    sentences = [
        text[a:b].replace("\n", " ") for text in texts for a, b in sentence_spans(text, 0, len(text))
    ]
    # the text after each capitalised word, as after a name; and the verbs a clause may stand before
    afters = [s[i:] for s in sentences for i in range(1, len(s)) if s[i - 1] == " " and s[i].isupper()]
    afters += [
        ", 36, and his wife, who runs a shop on the main road, to hand in their passports",
        ", who runs a canoe on the river, to pay a fine of GHS 12,000",
        " et deux autres, assis dans le box, écoutent",
        ", deux Québécois parmi les six personnes accusées",
        ", 28: a long clause, with no verb of the accused; then was jailed",
    ]
    pats = _gated_patterns()
    for after in afters:
        expected = pats.defendant_after.search(after)
        found = defendant_verb_opening(after, lowered_text(after), pats)
        assert (found and found.span()) == (expected and expected.span()), after
