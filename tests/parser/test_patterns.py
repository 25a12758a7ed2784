"""The patterns' speed-ups find what the plain patterns find (docket/extract/patterns.py)."""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket import dateline, lexicon, sentences
from docket.extract import mentions, names
from docket.extract.charges import _HEADED_CUE
from docket.extract.courts import _COURT_HINT
from docket.extract.patterns import _merged_alternatives, compiled_patterns, lowered_text, may_match
from docket.sentences import sentence_spans
from docket.text import NAME_WORD, PARTICLE, longest_first_tree

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sample_sentences() -> list[str]:
    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    return [text[a:b].replace("\n", " ") for text in texts for a, b in sentence_spans(text, 0, len(text))]


def test_merged_alternatives_are_found_where_the_alternation_is() -> None:
    source = r"renvo|report|repouss|re|set (?:the )?\w* ?down|a\.b|a+c|[rs]ursis|suite|sui|x\|y"
    merged = re.compile(_merged_alternatives(source))
    assert merged.pattern != source
    texts = ["", "renvoi", "r", "rep", "set the date down", "aab", "a.b", "aac", "rursis", "sui", "x|y", "xy"]
    for text in texts + [t.upper() for t in texts]:
        assert bool(merged.search(text)) == bool(re.search(source, text)), text


def test_the_ruling_hint_holds_in_the_same_sentences() -> None:
    hint, plain = compiled_patterns().ruling_hint, re.compile(lexicon.RULING_HINTS)
    sentences = [s.lower() for s in _sample_sentences()]
    assert [bool(hint.search(s)) for s in sentences] == [bool(plain.search(s)) for s in sentences]


def test_every_ruling_cue_passes_the_ruling_hint() -> None:
    # the hint gates the cues: a cue with none of its words is never searched
    phrases = [
        "the case has been pushed to march 28",
        "his lawyer said he appealed the ruling",
        "ordered that they be kept in custody",
        "the pair will stay behind bars until",
    ]
    hint = compiled_patterns().ruling_hint
    for sentence in phrases + [s.lower() for s in _sample_sentences()]:
        if any(cue.search(sentence) for _, cue in compiled_patterns().rulings_lowered):
            assert hint.search(sentence), sentence


def test_a_sentence_naming_a_court_passes_its_lowered_gate() -> None:
    for sentence in _sample_sentences():
        if _COURT_HINT.search(sentence):
            assert may_match(_COURT_HINT, lowered_text(sentence)), sentence


def test_symbols_without_case_keep_a_text_on_the_lowered_way() -> None:
    # a page's ✉ or ★, or the � of a badly decoded byte, must not send the whole text the slow way
    assert (
        lowered_text("Le tribunal ✉ a jugé ★ ⋮ ▸ l’affaire � hier.")
        == "le tribunal ✉ a jugé ★ ⋮ ▸ l’affaire � hier."
    )


def test_the_date_scan_passes_over_words_no_date_starts_with() -> None:
    from docket.dates import _lexicon

    for language in ("fr", "en"):
        pattern = _lexicon(language).pattern
        # the gate after the word start: a word no shape starts with fails before any shape is tried
        gate = pattern.pattern[: pattern.pattern.index("(?:(?P<c>")]
        assert re.match(gate, "procureur", re.IGNORECASE) is None
        if language == "fr":  # "de" is not "d'ici", and no French date opens with a number word
            assert not any(re.match(gate, word, re.IGNORECASE) for word in ("de", "des", "Un", "deux"))
        fr_dates = ("Hier", "lundi", "Mardi", "12", "octobre", "aujourd’hui", "il y a trois", "ce jeudi")
        en_dates = ("Yesterday", "monday", "12", "Sept.", "today", "in 2015", "in two", "a week")
        for word in (*fr_dates, "en 1999") if language == "fr" else (*en_dates, "last Friday"):
            assert re.match(gate, word, re.IGNORECASE), (language, word)
        # an opening word without what must follow it, or a word a name only begins ("mais", "décision")
        others = ("ce", "en 1", "il y a longtemps", "dans la", "mais", "décision", "septième")
        for word in others if language == "fr" else ("the", "in", "on the", "that", "a", "Marché", "one"):
            assert re.match(gate, word, re.IGNORECASE) is None, (language, word)


def test_one_search_finds_the_ruling_kinds_their_gates_find() -> None:
    from docket.extract.patterns import ruling_kinds_present

    pats = compiled_patterns()
    texts = [s.lower() for s in _sample_sentences()] + ["renvoyé au", "renvo", "ajournement sine die"]
    for lowered in texts:
        gated = {i for i, gate in enumerate(pats.ruling_gates) if gate is not None and gate.search(lowered)}
        assert ruling_kinds_present(lowered, pats) == gated, lowered


def test_lowered_searches_find_what_the_patterns_find() -> None:
    from docket.extract.patterns import finditer_lowered, search_lowered

    pats = compiled_patterns()
    for sentence in _sample_sentences():
        lowered = lowered_text(sentence)
        patterns = (pats.hearing, pats.decider, pats.charge_cue["fr"], pats.charge_cue["en"], _HEADED_CUE)
        for pattern in patterns:
            plain = [(m.span(), m.groups()) for m in pattern.finditer(sentence)]
            assert [(m.span(), m.groups()) for m in finditer_lowered(pattern, sentence, lowered)] == plain
            first = search_lowered(pattern, sentence, lowered)
            assert (first.span() if first else None) == (plain[0][0] if plain else None)


def test_a_first_gate_keeps_every_match_and_passes_over_other_positions() -> None:
    from docket.extract.gates import with_first_gate

    pattern = re.compile(
        r"\b(?:(?P<a>avocate?s?(?! générale?)|(?-i:Me))|(?P<b>(?:Chief |Senior )*Magistrates?))\b", re.I
    )
    gated = with_first_gate(pattern)
    assert gated.pattern.startswith(r"\b(?=")  # a case-insensitive gate tried at word boundaries only
    texts = ["l'avocate générale", "Me X et me", "chief senior magistrate Y", "the magistrates", "avocats"]
    for text in texts + _sample_sentences()[:300]:
        assert [(m.span(), m.lastgroup) for m in gated.finditer(text)] == [
            (m.span(), m.lastgroup) for m in pattern.finditer(text)
        ]
    # no plain beginning: the first characters; none known: no gate
    assert with_first_gate(re.compile(r"\s+devant|, depuis")).pattern.startswith("(?=[")
    assert with_first_gate(re.compile(r"\b.+ court")).pattern == r"\b.+ court"
    # a case-insensitive group, however its flags are written, is read in either case
    assert with_first_gate(re.compile(r"\b(?ui:cour|tribunal)")).search("la COUR")


def test_a_gate_tried_at_word_starts_only_keeps_every_match() -> None:
    from docket.extract.gates import with_first_gate

    pattern = re.compile(r"\b(?:Sénégalais|sénégalaise?s?|Nigerian|Congolais(?:e)?)\b")
    gated = with_first_gate(pattern, boundary_first=True)
    assert gated.pattern.startswith(r"\b(?=")
    texts = ["les Sénégalaises et un sénégalais", "a Nigerian court, Nigerians", "CongolaisX Congolaise"]
    for text in texts + _sample_sentences()[:300]:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    # a boundary that opens one alternative only is not the pattern's: none before the gate
    assert not with_first_gate(re.compile(r"\bab|cd"), boundary_first=True).pattern.startswith(r"\b")


def test_word_sets_give_the_bits_of_the_sets_a_text_holds_a_word_of() -> None:
    from docket.extract.wordsets import WordSets, available

    assert available()  # pyahocorasick is a dependency: without it the slower regex gates serve
    sets = WordSets()
    assert sets.present("anything") == 0  # no words yet
    court, ruling = sets.add(["cour", "tribunal"]), sets.add(["condamn", "renvo", "our"])
    assert (court, ruling) == (1, 2)
    assert sets.present("la cour a condamné") == court | ruling
    assert sets.present("le tribunal") == court
    assert sets.present("un four") == ruling  # inside a word, as a regex search finds it
    assert sets.present("rien") == 0
    later = sets.add(["rien"])  # a set added later is looked for from then on
    assert sets.present("rien") == later


@pytest.fixture
def automata_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The automata serve from the first call (a run's first calls take the plain way)."""
    from docket.extract import patterns, wordsets

    monkeypatch.setattr(patterns, "REGEX_GATE_CALLS", 0)
    monkeypatch.setattr(wordsets, "PLAIN_CALLS", 0)


@pytest.mark.usefixtures("automata_at_once")
def test_the_word_gates_answer_as_each_patterns_own_gate() -> None:
    from docket.extract.list_shapes import DEFENDANT_LIST_INTRODUCER, LIST_INTRODUCER
    from docket.extract.patterns import _GATE_BITS, _plain_patterns, lowered_gate
    from docket.extract.people import _OPENING_PARTICIPLE, _SOURCE_BEFORE
    from docket.extract.roles import _KIN_APPOSITION, _KIN_OF
    from docket.extract.victims import VICTIM_CONTEXT

    pats = _plain_patterns()
    patterns = [pats.hearing, pats.decider, pats.charge_cue["fr"], pats.charge_cue["en"], pats.chamber]
    patterns += [pats.loose_charge_verb, pats.named_court, pats.abbreviation, pats.role_cue, _COURT_HINT]
    patterns += [pats.request, pats.proceedings, VICTIM_CONTEXT, pats.court_fr, pats.court_en]
    patterns += [_KIN_OF, _KIN_APPOSITION, pats.defendant_before, _OPENING_PARTICIPLE]
    patterns += [_SOURCE_BEFORE, LIST_INTRODUCER, DEFENDANT_LIST_INTRODUCER]
    texts = [lowered_text(s) for s in _sample_sentences()]
    texts = [t for t in texts if t is not None]
    texts += [t[: len(t) // 2] for t in texts] + ["", "cour", "x"]
    for lowered in texts:
        for pattern in patterns:
            gate = lowered_gate(pattern)
            assert may_match(pattern, lowered) == (gate is None or bool(gate.search(lowered))), lowered
    # answered by the word sets' one pass, not by each gate's search
    assert all(_GATE_BITS[id(pattern)][1] for pattern in patterns)


def test_one_pass_finds_the_ruling_hint_and_the_kinds() -> None:
    from docket.extract.patterns import _gated_patterns, ruling_hint_kinds, ruling_kinds_present

    pats = _gated_patterns()
    assert pats.ruling_scan is not None
    texts = [s.lower() for s in _sample_sentences()] + ["renvoyé au", "set the hearing down", "rien", ""]
    for lowered in texts:
        expected = ruling_kinds_present(lowered, pats) if pats.ruling_hint.search(lowered) else None
        assert ruling_hint_kinds(lowered, pats) == expected, lowered


@pytest.mark.usefixtures("automata_at_once")
def test_what_a_lookahead_sees_is_a_gate_word_too() -> None:
    from docket.extract.patterns import _plain_patterns, lowered_gate

    # the English court names seen through a lookaround ("before Milimani Principal Magistrate") have a
    # gate now, so a sentence without any court word skips their alternation
    court_en = _plain_patterns().court_en
    gate = lowered_gate(court_en)
    assert gate is not None
    for sentence in _sample_sentences():
        if court_en.search(sentence):
            assert may_match(court_en, lowered_text(sentence)), sentence
    behind = re.compile(r"(?<=before )[A-Z]\w+(?= (?:Chief )?[Mm]agistrate\b)")
    assert may_match(behind, "heard before milimani magistrate x")
    assert not may_match(behind, "heard before milimani, the court")  # its lookahead's word: "agistrate"
    # what a lookbehind sees may stand before a search's start (`pos`): never a gate word
    assert may_match(re.compile(r"(?<=before )Milimani"), "milimani")


def test_a_pattern_with_case_insensitive_groups_is_searched_lowered_too() -> None:
    from docket.extract.patterns import _plain_patterns, lowered_pattern, search_lowered

    after = _plain_patterns().defendant_after  # "^[^.;:?!]{0,100}?\b(?i:<verbs>)", verbs with \S
    assert lowered_pattern(after) is not None
    sentences = _sample_sentences()
    texts = [s[i:] for s in sentences for i in range(0, len(s), 40)] + ["X, Comparaît libre", "X COMPARAÎT"]
    for text in texts:
        found, plain = search_lowered(after, text, lowered_text(text)), after.search(text)
        assert (found.span() if found else None) == (plain.span() if plain else None), text
    # a cased character outside the groups, or one written by its code, keeps the plain way
    assert lowered_pattern(re.compile(r"\bX(?i:ab)")) is None
    assert lowered_pattern(re.compile(r"\b(?i:\x41b)")) is None
    assert lowered_pattern(re.compile(r"(?i:AB)\S+")).pattern == r"(?:ab)\S+"


@pytest.mark.usefixtures("automata_at_once")
def test_a_pattern_tried_only_where_its_beginnings_occur_finds_what_it_finds() -> None:
    from docket.extract.patterns import _gated_patterns, _plain_patterns
    from docket.extract.wordsets import finditer_from_starts, search_from_starts

    sentences = _sample_sentences()
    windows = [s[i : i + 80] for s in sentences for i in range(0, len(s), 30)]
    for pats in (_plain_patterns(), _gated_patterns()):
        patterns = [pats.role_cue, pats.demonym, pats.request, pats.hearing, pats.court_fr, _COURT_HINT]
        patterns += [pattern for _, pattern in pats.rulings_lowered]
        for pattern in patterns:
            for text in windows + ["Me X et ME Y, l'avocat", "les Sénégalais"]:
                lowered = lowered_text(text)
                expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
                found = [(m.span(), m.lastgroup) for m in finditer_from_starts(pattern, text, lowered)]
                assert found == expected, (pattern.pattern[:40], text)
                first = search_from_starts(pattern, text, lowered)
                assert (first.span() if first else None) == (expected[0][0] if expected else None)
    # no plain beginning (a match may start with anything), or an empty one: the plain way
    assert list(finditer_from_starts(re.compile(r"\w+ court"), "a court")) != []
    assert [m.span() for m in finditer_from_starts(re.compile(r"ab|b"), "abab b")] == [(0, 2), (2, 4), (5, 6)]


@pytest.mark.usefixtures("automata_at_once")
def test_alternatives_opening_on_the_text_start_are_tried_at_its_start_only() -> None:
    from docket.extract.patterns import _gated_patterns, _plain_patterns
    from docket.extract.wordsets import _starts_automaton, finditer_from_starts, search_from_starts

    # "…|^\\s*(?:ont|a) comparu": the other alternatives' beginnings, and the text's start
    opening = re.compile(r"\bxy|^\s*ab")
    assert _starts_automaton(opening)[0] is not None
    assert _starts_automaton(re.compile(r"\bxy|^\s*ab", re.MULTILINE))[0] is None  # "^" at every line
    for text in ["  ab xy ab", "ab", "xab", " xy", "\nab", "a\nab xy"]:
        expected = [m.span() for m in opening.finditer(text)]
        assert [m.span() for m in finditer_from_starts(opening, text)] == expected, text
    sentences = _sample_sentences()
    windows = [s[i : i + 80] for s in sentences for i in range(0, len(s), 20)]
    windows += [" ont comparu X", "  sont jugés ", "Arrested on Monday were ", "x Arrested were "]
    for pats in (_plain_patterns(), _gated_patterns()):
        assert _starts_automaton(pats.defendant_before)[0] is not None
        for text in windows:
            expected_first = pats.defendant_before.search(text)
            first = search_from_starts(pats.defendant_before, text, lowered_text(text))
            assert (first.span() if first else None) == (expected_first.span() if expected_first else None)


def test_places_are_looked_up_only_from_words_a_place_name_opens_with() -> None:
    from docket.extract.courts import _PLACE_FIRST_WORDS, _places_in

    def every_run(text: str) -> list[str]:  # each run's words tried from every word, as before
        from docket.extract.courts import _CAPITALISED_RUN

        found = []
        for m in _CAPITALISED_RUN.finditer(text):
            words, first = m.group(0).split(" "), 0
            while first < len(words):
                for last in range(len(words), first, -1):
                    if country := lexicon.CITY_COUNTRY.get(" ".join(words[first:last])):
                        found.append(country)
                        first = last - 1
                        break
                first += 1
        return found

    assert "Porto-Novo" in _PLACE_FIRST_WORDS or "Dakar" in _PLACE_FIRST_WORDS
    texts = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    for text in texts + ["High Court Abuja", "Tribunal de Grande Instance de Ouagadougou", "Le Cap"]:
        assert _places_in(text) == every_run(text), text[:60]


@given(
    st.lists(st.text(alphabet="ab-é. ", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="ab-é. x", max_size=30),
)
def test_a_longest_first_tree_matches_as_the_alternation_sorted_longest_first(
    words: list[str], text: str
) -> None:
    alternation = "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
    tree = longest_first_tree(words)
    for after in ("", "b?", " b"):  # a suffix that fails sends the engine back to a shorter word
        expected = [m.span() for m in re.finditer(alternation + after, text)]
        assert [m.span() for m in re.finditer(tree + after, text)] == expected


# NAME_RE as it reads: optional initials (not after a word character or a full stop, not "M."), then the
# capitalised words
_NAME_AS_READ = re.compile(
    rf"(?:(?<![\w.])(?!M\.){names._INITIALS})?"
    rf"{NAME_WORD}(?:[ \u00a0](?:{PARTICLE}[ \u00a0]){{0,2}}(?:{names._INITIALS})?(?:{names.GLUED_ARTICLE})?"
    rf"{NAME_WORD}){{0,5}}"
)
_NAME_PIECES = [
    "A",
    "M",
    "E",
    "É",
    "Sowe",
    "de",
    "van",
    "ép.",
    ".",
    ". ",
    " ",
    "\u00a0",
    "a",
    "é",
    "'",
    "’",
    "-",
    "1",
    "\n",
    "U.S.",
    "M. ",
    "E. ",
    "T.B. ",
    "x",
]


def test_names_open_on_a_capital_so_the_engine_skips_to_capitals() -> None:
    # a pattern opening on an optional group is tried at every character of a sentence
    assert sre_parser.parse(names.NAME_RE.pattern).data[0][0] is sre_constants.IN


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=30))
def test_names_are_the_runs_the_pattern_as_read_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [(m.span(), m.group(0)) for m in names.NAME_RE.finditer(text)]
    assert found == [(m.span(), m.group(0)) for m in _NAME_AS_READ.finditer(text)]


def test_names_in_the_samples_are_the_runs_the_pattern_as_read_finds() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text("utf-8", errors="replace")
        assert [m.span() for m in names.NAME_RE.finditer(text)] == [
            m.span() for m in _NAME_AS_READ.finditer(text)
        ]


def test_sentence_ends_open_on_a_character_class_so_the_engine_skips_to_them() -> None:
    assert sre_parser.parse(sentences._BOUNDARY.pattern).data[0][0] is sre_constants.IN


@given(st.text(alphabet=".!?…»”\"')] \nAé1(«x", max_size=30))
def test_sentence_ends_are_those_the_pattern_as_read_finds(text: str) -> None:
    as_read = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s+[«“\"'(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])")
    assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == [
        m.span() for m in as_read.finditer(text)
    ]


@given(st.text(alphabet="ab1 |•·\n\t", max_size=40))
def test_a_menu_the_pattern_finds_passes_its_gate(text: str) -> None:
    if mentions._NAVIGATION.fullmatch(text):
        assert mentions._may_be_menu(text)


def test_menus_pass_the_gate_and_prose_does_not() -> None:
    for menu in (
        "Accueil | Politique | Justice | Provinces",
        "Accueil  Politique  Justice  Sport",
        "A • B • C • D",
    ):
        assert mentions._NAVIGATION.fullmatch(menu) and mentions._may_be_menu(menu)
    assert not mentions._may_be_menu("Le tribunal a renvoyé l'affaire au 12 mars.")


@given(
    st.lists(
        st.sampled_from(
            [
                "Today",
                "today ",
                "THIS MORNING",
                "ce jour",
                "Aujourd'hui",
                "cet après-midi",
                "[",
                "(",
                ")",
                "]",
                "March 28, 2022",
                " ",
                "x",
                "ſ",
                "İ",
                "\n",
            ]
        ),
        max_size=12,
    )
)
def test_a_text_the_today_gloss_matches_passes_its_gate(pieces: list[str]) -> None:
    text = "".join(pieces)
    if dateline._TODAY_GLOSS.search(text):
        assert dateline._may_gloss_today(text)


def test_the_today_gloss_gate_passes_a_gloss_and_not_prose() -> None:
    assert dateline._may_gloss_today("The case was called at 12 noon TODAY [March 28, 2022].")
    assert not dateline._may_gloss_today("The case was called at 12 noon today.")
    assert not dateline._may_gloss_today("Il a été condamné (en appel) hier.")


class _NoSearch:
    def search(self, text: str) -> None:
        raise AssertionError(f"searched: {text!r}")

    def fullmatch(self, text: str) -> None:
        raise AssertionError(f"matched: {text!r}")


def test_an_ascii_text_is_lowered_without_the_case_search(monkeypatch: pytest.MonkeyPatch) -> None:
    from docket import dates
    from docket.extract import lowered

    # the one CASE_SAFE check (dates.lowered_text) serves the word gates, the date scan and the dateline
    monkeypatch.setattr(dates, "_CASE_UNSAFE", _NoSearch())
    assert lowered.lowered_text("The Court ADJOURNED the case [sic] to Monday.") == (
        "the court adjourned the case [sic] to monday."
    )
    assert [m.group(0) for m in dates._scan("Remanded until 12 March 2024.", dates._lexicon("en"))] == [
        "12 March 2024"
    ]
    assert dateline._may_gloss_today("called at noon TODAY [March 28, 2022]")


@given(
    st.lists(
        st.sampled_from(
            ["Publié le ", "posted on ", "MIS EN LIGNE", "19", "1", ".", "/", "-", "10", " ", ":"]
        ),
        max_size=12,
    )
)
def test_a_line_with_a_short_year_date_passes_its_digits_gate(pieces: list[str]) -> None:
    line = "".join(pieces)
    if dateline._PUBLISHED_SHORT_YEAR.search(line):
        assert dateline._DAY_MONTH_DIGITS.search(line)


def test_a_run_followed_by_no_full_stop_is_not_read_for_a_final_initial(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(names, "_GIVEN_NAME_AND_INITIAL", _NoSearch())  # any use of it fails the test
    assert names.clean_name("Christopher Mensah", 10, " said") == ("Christopher Mensah", 10)
    monkeypatch.undo()
    assert names.clean_name("Christopher M", 10, ". He") == ("Christopher M.", 10)


_AFTER_PIECES = [
    "a été ",
    "condamné",
    "est ",
    "jugé",
    " was ",
    "charged",
    "remanded",
    " in custody",
    "appeared ",
    "before",
    " and his co-accused",
    ", accused of ",
    "Pleaded NOT guilty",
    "comparaît",
    ". ",
    "x ",
    "will ",
    "stay ",
    "behind bars",
    "ſ",
    " ",
    "ont été mis en liberté",
    "faces charges",
]


@settings(deadline=None)  # the first example compiles the lowered pattern
@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=10))
def test_the_defendant_verbs_searched_lowered_find_what_the_pattern_finds(pieces: list[str]) -> None:
    from docket.extract.patterns import search_lowered

    text = "".join(pieces)
    verbs = compiled_patterns().defendant_after
    found = search_lowered(verbs, text, lowered_text(text))
    expected = verbs.search(text)
    assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


def test_the_defendant_verbs_searched_lowered_in_the_samples() -> None:
    from docket.extract.patterns import search_lowered

    verbs = compiled_patterns().defendant_after
    for sentence in _sample_sentences():
        for start in range(0, len(sentence), 7):  # the text after a name, from any of its words
            text = sentence[start:]
            found = search_lowered(verbs, text, lowered_text(text))
            expected = verbs.search(text)
            assert (found and found.span()) == (expected and expected.span())


def test_the_lowered_patterns_stay_out_of_the_re_cache() -> None:
    # re.compile keeps 512 patterns: those lowered would push out the ones searched by their source
    from docket.extract import lowered as lowered_module

    verbs = compiled_patterns().defendant_after
    lowered_module._LOWERED.pop(id(verbs), None)  # compiled again below, after the purge
    re.purge()
    lowered = lowered_module.lowered_pattern(verbs)
    assert lowered is not None and lowered.search("a comparu devant le tribunal et a été condamné")
    cached = {key[1] for key in re._cache}  # type: ignore[attr-defined]
    assert lowered.pattern not in cached


_RULING_PIECES = [
    "a été ",
    "renvoyé",
    "au ",
    "le tribunal ",
    "a rejeté l'exception",
    "liberté provisoire",
    "bail",
    " granted",
    "adjourned ",
    "the case ",
    "to ",
    "condamné à ",
    "acquitté",
    "mis en délibéré",
    ", ",
    ". ",
]


def _kinds_one_by_one(lowered: str, wanted: list[int]) -> dict[int, list[tuple[int, int]]]:
    from docket.extract.patterns import _gated_patterns

    kinds = _gated_patterns().rulings_lowered
    return {i: [m.span() for m in re.finditer(kinds[i][1], lowered)] for i in wanted}


def _kinds_at_once(lowered: str, wanted: list[int]) -> dict[int, list[tuple[int, int]]]:
    from docket.extract.kindstarts import kinds_matches
    from docket.extract.patterns import _gated_patterns
    from docket.extract.wordsets import finditer_from_starts

    kinds = _gated_patterns().rulings_lowered
    found = kinds_matches(wanted, kinds, lowered)
    assert found is not None  # pyahocorasick is a dependency
    return {
        i: [m.span() for m in (found[i] if i in found else finditer_from_starts(kinds[i][1], lowered))]
        for i in wanted
    }


@pytest.mark.usefixtures("automata_at_once")
def test_the_ruling_kinds_found_in_one_pass_are_each_kinds_own_matches() -> None:
    from docket.extract.patterns import _gated_patterns

    every = list(range(len(_gated_patterns().rulings_lowered)))
    for sentence in _sample_sentences():
        lowered = lowered_text(sentence)
        if lowered is not None:
            assert _kinds_at_once(lowered, every) == _kinds_one_by_one(lowered, every), sentence
    # only the kinds asked for, in the order asked
    lowered = "l'audience a été renvoyée au 12 mai, le tribunal a rejeté l'exception"
    assert list(_kinds_at_once(lowered, [9, 0])) == [9, 0]
    assert _kinds_at_once(lowered, [9, 0]) == _kinds_one_by_one(lowered, [9, 0])


@pytest.mark.usefixtures("automata_at_once")
@given(st.lists(st.sampled_from(_RULING_PIECES), max_size=12))
@settings(max_examples=150, deadline=None)
def test_the_ruling_kinds_in_one_pass_on_any_text(pieces: list[str]) -> None:
    from docket.extract.patterns import _gated_patterns

    lowered = "".join(pieces)
    every = list(range(len(_gated_patterns().rulings_lowered)))
    assert _kinds_at_once(lowered, every) == _kinds_one_by_one(lowered, every)
