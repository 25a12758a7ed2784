"""The lexicon compiled once into the patterns every stage searches with."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket import lexicon
from docket.dates import CASE_SAFE
from docket.extract import wordsets
from docket.extract.gates import whitespace_opening_shared, with_first_gate
from docket.extract.lowered import finditer_lowered as finditer_lowered
from docket.extract.lowered import lowered_pattern as lowered_pattern
from docket.extract.lowered import lowered_text as lowered_text
from docket.extract.lowered import search_lowered as search_lowered
from docket.text import FLAGS, NAME_WORD, UPPER, prefix_tree

# English adjectives of nationality ("Congolese", "Kenyan"): capitalised, but no part of a name
_DEMONYM_WORD = r"(?-i:[A-Z][a-z]+(?:ese|ian|an|ish|i))"


@dataclass(frozen=True)
class RulingWords:
    """The ruling kinds' gate words (kind i: `kind_bits[i]`) and the ruling hint's plain words (`hint_bit`)
    among the word gates' sets (`words_present`): a sentence's one pass answers the stages' gates and its
    ruling kinds; the hint's other alternatives (`hint_rest`) are searched as a pattern."""

    kind_bits: tuple[int, ...]
    hint_bit: int
    hint_rest: re.Pattern[str] | None
    always: int  # the bits of the kinds with an empty gate word: in every text


@dataclass(frozen=True)
class Patterns:
    role_cue: re.Pattern[str]
    role_of_group: tuple[str, ...]
    defendant_after: re.Pattern[str]
    defendant_verb: re.Pattern[str]
    defendant_before: re.Pattern[str]
    defendant_descriptor: re.Pattern[str]
    proceedings: re.Pattern[str]
    charge_cue: dict[str, re.Pattern[str]]
    charge_stop: re.Pattern[str]
    loose_charge_verb: re.Pattern[str]
    loose_charge_intro: re.Pattern[str]
    rulings: tuple[tuple[str, re.Pattern[str]], ...]
    rulings_lowered: tuple[tuple[str, re.Pattern[str]], ...]
    # for each of rulings_lowered, the words one of which any match contains (None: no such words)
    ruling_gates: tuple[re.Pattern[str] | None, ...]
    # all the gates' words in one pattern (`ruling_kinds_present`): one search instead of one a kind
    ruling_words: re.Pattern[str]
    ruling_kinds_of_word: dict[str, frozenset[int]]
    ruling_hint: re.Pattern[str]
    # the two above as one automaton's words (`ruling_hint_kinds`), where `wordsets` has one
    ruling_scan: RulingWords | None
    request: re.Pattern[str]
    hearing: re.Pattern[str]
    next_date: re.Pattern[str]
    court_fr: re.Pattern[str]
    court_en: re.Pattern[str]
    named_court: re.Pattern[str]
    chamber: re.Pattern[str]
    abbreviation: re.Pattern[str]
    demonym: re.Pattern[str]
    decider: re.Pattern[str]


def compiled_patterns() -> Patterns:
    """The patterns, plain for a run's first articles and behind their gates after: the gates cost about
    0.1 s to build, more than a few articles save, and a one-report `docket parse` never needs them."""
    _ARTICLES_READ[0] += 1
    return _gated_patterns() if _ARTICLES_READ[0] > _PLAIN_ARTICLES else _plain_patterns()


# calls of `compiled_patterns` so far (one or two an article), and how many are served the plain patterns
_ARTICLES_READ = [0]
_PLAIN_ARTICLES = 40


@cache
def _plain_patterns() -> Patterns:
    # at one position the longest cue must win ("avocat général" over "avocat"): longer patterns first
    ordered = sorted(enumerate(lexicon.ROLE_CUES), key=lambda item: -len(item[1][0]))
    role_alternatives = "|".join(f"(?P<r{i}>{cue})" for i, (cue, _) in ordered)
    # longest first: "criminelle ordinaire" must not stop at "criminel"
    qualifiers = "|".join(
        q.replace("'", "['’]") for q in sorted(lexicon.FR_COURT_QUALIFIERS, key=len, reverse=True)
    )
    # "Kinshasa/Gombe": a city and its commune, the way Congolese courts are named
    place = rf"(?:[{UPPER}][\w'’-]*(?:[ /-](?:[{UPPER}][\w'’-]*|M['’]\w+))*)"
    court_fr = (
        # "tribunal de Niamey", "tribunal militaire de Yaoundé", "tribunal de grande instance Ouaga II"
        # ("la justice de paix de Tougué": Guinea's and Belgium's courts of first resort, named like a court)
        rf"\b(?i:(?:Haute )?Cour|Tribunal|Juridiction|Justice de paix)"
        # "la cour criminelle du Tribunal de Lausanne": the chamber of a court named with its seat
        rf"(?: (?i:{qualifiers})\b(?: (?:(?i:de la |du |des |de |d['’]|à )(?:ville de )?)?{place}"
        rf"(?:(?<=\bTribunal) (?:de |d['’]){place})?)?"
        rf"| (?i:de la |du |des |de |d['’]|à )(?:ville de )?{place})?"
    )
    rulings_lowered = tuple((kind, re.compile(p.lower())) for kind, p in _cues_by_kind())
    ruling_words, ruling_kinds_of_word = _words_of_kinds([pattern for _, pattern in rulings_lowered])
    named = "|".join(re.escape(name).replace("'", "['’]") for name, _, _ in lexicon.NAMED_COURTS)
    nicknames = "|".join(re.escape(n) for n in lexicon.COURT_NICKNAMES)
    patterns = Patterns(
        defendant_descriptor=re.compile(
            # adjectives may stand between ("l'opposant politique X"), a complement may not
            # ("un commerçant de Kalaban Coro" is not a person)
            r"\b(?i:" + "|".join(lexicon.DEFENDANT_DESCRIPTORS) + r")[\s,]+"
            r"(?:(?!(?:de|du|des|of|d)\b)[a-zà-öø-ÿ][\w'’-]*[\s,]+){0,3}"
            rf"(?:(?:de l['’]|de la |du |des |of the )(?:{NAME_WORD}[\s,]+){{1,3}})?$",
            re.UNICODE,
        ),
        proceedings=re.compile(r"(?i:" + lexicon.PROCEEDINGS_CONTEXT + r")", re.UNICODE),
        role_cue=re.compile(rf"\b(?:{role_alternatives})\b", FLAGS),
        role_of_group=tuple(role for _, role in lexicon.ROLE_CUES),
        defendant_after=re.compile(r"^[^.;:?!]{0,100}?\b(?i:" + lexicon.DEFENDANT_VERBS + r")", re.UNICODE),
        # the same verbs anywhere in a clause: what a group of the accused does ("Dix personnes en répondent")
        defendant_verb=re.compile(r"\b(?i:" + lexicon.DEFENDANT_VERBS + r")", re.UNICODE),
        defendant_before=re.compile(
            r"\b(?i:"
            + "|".join(lexicon.DEFENDANT_BEFORE_NAME)
            # "the bail hearing of Congolese pastor X": an adjective of nationality may open the words between
            # ("after he convicted the four: A (43) and B (34)": a colon may close the words before the list)
            + rf")[\s,]*(?:{_DEMONYM_WORD}\s+)?(?:[a-zà-öø-ÿ][\w'’-]*[\s,:]+){{0,4}}"
            + rf"(?:{NAME_WORD}\s+){{0,2}}$",
            re.UNICODE,
        ),
        charge_cue={
            # a cue ends at a word's end or on an apostrophe: "répondre de" is not the start of "des faits"
            # ("à qui l'on reproche « vol qualifié »": or on a quotation's opening mark)
            "fr": re.compile(
                r"\b(?:" + "|".join(lexicon.CHARGE_CUES_FR) + r")(?:(?<=['’:])|\b|(?<=\s)(?=[«“\"‘]))\s*",
                FLAGS,
            ),
            # ("They are charged with:" and the offences on the lines below)
            "en": re.compile(r"\b(?:" + "|".join(lexicon.CHARGE_CUES_EN) + r")(?:\s+|\s*:\s*$|$)", FLAGS),
        },
        # searched from a cue to the sentence's end: its 65 stops, 50 of them "\s+word", read each space once
        charge_stop=re.compile(
            "|".join(whitespace_opening_shared(lexicon.CHARGE_STOPS, re.UNICODE)), re.UNICODE
        ),
        loose_charge_intro=re.compile(r"\b(?:" + lexicon.LOOSE_CHARGE_INTROS + r")", FLAGS),
        loose_charge_verb=re.compile(r"\b(?:" + lexicon.LOOSE_CHARGE_VERBS + r")\b", FLAGS),
        # one pattern a kind (its cues as alternatives): a sentence is scanned once per kind, not per cue
        rulings=tuple((kind, re.compile(p, FLAGS)) for kind, p in _cues_by_kind()),
        # the same, for lower-cased text: a case-sensitive search is much faster
        rulings_lowered=rulings_lowered,
        ruling_gates=tuple(_literal_gate(pattern) for _, pattern in rulings_lowered),
        ruling_words=ruling_words,
        ruling_kinds_of_word=ruling_kinds_of_word,
        # searched in lower-cased text: a case-sensitive search is several times faster
        ruling_hint=re.compile(_merged_alternatives(lexicon.RULING_HINTS)),
        ruling_scan=None,  # built with the gated patterns: a short run does not need it
        request=re.compile(r"\b(?:" + "|".join(lexicon.REQUEST_MARKERS) + r")(?!\w)", FLAGS),
        hearing=re.compile(r"\b(?:" + lexicon.HEARING_CUES + r")\b", FLAGS),
        next_date=re.compile(r"\b(?:" + lexicon.NEXT_DATE_CUES + r")\b", FLAGS),
        court_fr=re.compile(court_fr, re.UNICODE),
        court_en=re.compile(r"\b(?:" + "|".join(lexicon.EN_COURT_PATTERNS) + r")", re.UNICODE),
        named_court=re.compile(rf"\b(?:{named}|{nicknames})\b", FLAGS),
        chamber=re.compile(
            r"\b(?:"
            + "|".join(c.replace("'", "['’]") for c in lexicon.CHAMBERS)
            + r"|\d+e chambre(?: correctionnelle)?|\w+ième chambre(?: correctionnelle)?)\b",
            FLAGS,
        ),
        abbreviation=re.compile(r"\b(?:" + "|".join(lexicon.COURT_ABBREVIATION_FORMS) + r")\b"),
        demonym=re.compile(r"\b(?:" + "|".join(re.escape(d) for d in lexicon.DEMONYMS) + r")\b"),
        decider=re.compile(lexicon.DECIDER_SUBJECTS, FLAGS),
    )
    return patterns


@cache
def _gated_patterns() -> Patterns:
    patterns = _plain_patterns()
    # the patterns searched in every sentence or before every name, behind their first-character gates
    # (`with_first_gate`); the others gain nothing from one
    gated = {name: with_first_gate(getattr(patterns, name)) for name in _GATED}
    charge_cue = {**patterns.charge_cue, "fr": with_first_gate(patterns.charge_cue["fr"])}
    # the ruling kinds too: a sentence that holds a kind's word is still mostly other words
    rulings_lowered = tuple((kind, with_first_gate(pattern)) for kind, pattern in patterns.rulings_lowered)
    # an article's opening is read for demonyms, lower-case French ones among them: gated at word starts
    demonym = with_first_gate(patterns.demonym, boundary_first=True)
    ruling_scan = _ruling_words([p for _, p in patterns.rulings_lowered]) if _WORD_SETS else None
    return replace(
        patterns,
        **gated,
        charge_cue=charge_cue,
        rulings_lowered=rulings_lowered,
        demonym=demonym,
        ruling_scan=ruling_scan,
    )


_GATED = (
    "role_cue",
    "request",
    "hearing",
    "next_date",
    "abbreviation",
    "decider",
    "court_en",
    "court_fr",
    "charge_stop",
    "defendant_before",
    "defendant_descriptor",
    "defendant_verb",
    "proceedings",
)


def _cues_by_kind() -> list[tuple[str, str]]:
    """The ruling cues of each kind joined as one alternation, kinds in their first order."""
    joined: dict[str, list[str]] = {}
    for kind, cue in lexicon.RULING_CUES:
        joined.setdefault(kind, []).append(f"(?:{cue})")
    return [(kind, "|".join(cues)) for kind, cues in joined.items()]


def ruling_hint_kinds(lowered: str, pats: Patterns) -> set[int] | None:
    """None when `lowered` holds no `ruling_hint`, else `ruling_kinds_present(lowered, pats)`: both
    answered by one pass of `ruling_scan`'s automaton where there is one."""
    scan = pats.ruling_scan
    if scan is None:
        return ruling_kinds_present(lowered, pats) if pats.ruling_hint.search(lowered) else None
    bits = words_present(lowered)
    if not bits & scan.hint_bit and not (scan.hint_rest is not None and scan.hint_rest.search(lowered)):
        return None
    bits |= scan.always
    return {i for i, bit in enumerate(scan.kind_bits) if bits & bit}


def _ruling_words(patterns: list[re.Pattern[str]]) -> RulingWords:
    kind_bits, always = [], 0
    _PRESENT.clear()  # the texts read so far lack the new sets' bits
    for pattern in patterns:  # kind i gets `kind_bits[i]`, as `ruling_kinds_present` numbers them
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
        words = None if parsed.state.flags & re.IGNORECASE else _required(parsed.data, lower=False)
        bit = _GATE_WORDS.add(word for word in words or () if word)
        kind_bits.append(bit)
        always |= bit if words and "" in words else 0
    alternatives = _top_level_alternatives(lexicon.RULING_HINTS)
    plain = [a for a in alternatives if _PLAIN_WORDS.fullmatch(a)]
    rest = [a for a in alternatives if not _PLAIN_WORDS.fullmatch(a)]
    hint_bit = _GATE_WORDS.add(plain)  # plain words are never empty: an empty alternative is in `rest`
    return RulingWords(tuple(kind_bits), hint_bit, re.compile("|".join(rest)) if rest else None, always)


def ruling_kinds_present(lowered: str, pats: Patterns) -> set[int]:
    """The indices of the ruling kinds (`rulings_lowered`) whose gate words `lowered` holds."""
    kinds: set[int] = set()
    search, kinds_of, position = pats.ruling_words.search, pats.ruling_kinds_of_word, 0
    # a search from each found word's next character finds the words that overlap it too; no lookahead
    # at every position: the engine skips fast to a character a word can start with
    while (found := search(lowered, position)) is not None:
        kinds |= kinds_of[found.group()]
        position = found.start() + 1
    return kinds


def _words_of_kinds(patterns: list[re.Pattern[str]]) -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """One pattern finding, at a position, the longest of the `_literal_gate` words of all `patterns`,
    and for each word the patterns whose words begin it: every word found at a position begins the
    longest one found there, so a text holds a word of pattern i exactly when i is among the patterns of
    a word found."""
    word_sets = []
    for pattern in patterns:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
        words = None if parsed.state.flags & re.IGNORECASE else _required(parsed.data, lower=False)
        word_sets.append(words or frozenset())
    every = sorted(frozenset().union(*word_sets))
    own = {word: {i for i, words in enumerate(word_sets) if word in words} for word in every}
    # the patterns of a word's own beginnings: looked up, not compared with every word of every pattern
    kinds_of = {
        word: frozenset().union(*(own.get(word[:end], ()) for end in range(1, len(word) + 1)))
        for word in every
    }
    return re.compile(_longest_first(every)), kinds_of


def _longest_first(words: list[str]) -> str:
    """The words as a prefix tree that matches the longest of them a text begins with."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _longest_first(rests) for first, rests in groups.items()]
    if "" in words:
        branches.append("")  # after every longer word: the greedy choice
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _literal_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of plain words, one of which every match of `pattern` contains: a text without any of
    them cannot match, and finding a word is much cheaper than trying every cue at every position."""
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _gate_of(_required(parsed.data, lower=False))


def lowered_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`_literal_gate` for a pattern of any case, to search in lower-cased text: the words lower-cased.
    Only for text of CASE_SAFE characters (`lowered_text`), which lower-casing keeps as the matching
    reads them."""
    # kept by the pattern's identity: hashing a compiled pattern hashes its whole program (microseconds
    # for a long alternation, on every call); the pattern is kept too, so its id is never reused
    known = _GATES.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = (
            pattern,
            _gate_of(_required(sre_parser.parse(pattern.pattern, pattern.flags).data, lower=True)),
        )
        _GATES[id(pattern)] = known
    return known[1]


_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def may_match(pattern: re.Pattern[str], lowered: str | None) -> bool:
    """False only when `pattern` cannot match the text whose `lowered_text` is `lowered`: searched in it,
    or in a longer text between a `pos` and an `endpos` that bound this one."""
    if lowered is None:
        return True
    if _GATE_CALLS[0] <= REGEX_GATE_CALLS or not _WORD_SETS:  # counted only until the automaton serves
        _GATE_CALLS[0] += 1
        if _GATE_CALLS[0] <= REGEX_GATE_CALLS or not _WORD_SETS:
            gate = lowered_gate(pattern)
            return gate is None or gate.search(lowered) is not None
    # the words of every pattern's gate, found in one pass over a text (`WordSets`) the first time a
    # pattern asks of it; a sentence is asked a dozen times by the stages, and reads once
    known = _GATE_BITS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _GATE_BITS[id(pattern)] = (pattern, _gate_bit(pattern))
    bit = known[1]
    if not bit:
        return True  # no words that every match contains
    seen = _PRESENT.get(id(lowered))  # `words_present`, its kept answer read here (most calls)
    if seen is not None and seen[0] is lowered:
        return bool(seen[1] & bit)
    return bool(words_present(lowered) & bit)


def words_present(lowered: str) -> int:
    """The bits of the word sets (`_GATE_WORDS`: the patterns' gates, the ruling kinds) `lowered` holds a
    word of, found in one pass the first time a text is asked, kept by the text's identity."""
    seen = _PRESENT.get(id(lowered))
    if seen is None or seen[0] is not lowered:
        if len(_PRESENT) >= _PRESENT_KEPT:
            _PRESENT.clear()
        seen = _PRESENT[id(lowered)] = (lowered, _GATE_WORDS.present(lowered))
    return seen[1]


def _gate_bit(pattern: re.Pattern[str]) -> int:
    """The bit of `pattern`'s gate words among `_GATE_WORDS` (0: no gate). The texts read so far are
    forgotten: their answers lack the new bit."""
    words = _gate_words(_required(sre_parser.parse(pattern.pattern, pattern.flags).data, lower=True))
    if not words:
        return 0
    _PRESENT.clear()
    return _GATE_WORDS.add(words)


# the gates' words of the patterns asked so far, one bit a pattern, kept by the pattern's identity as
# `lowered_gate` does (the pattern is kept too, so its id is never reused)
_WORD_SETS = wordsets.available()
# a run's first calls use each pattern's own regex gate: a one-report `docket parse` (a few hundred calls)
# does not build the automaton; the answers are the same
REGEX_GATE_CALLS = 3000
_GATE_CALLS = [0]
_GATE_WORDS = wordsets.WordSets()
_GATE_BITS: dict[int, tuple[re.Pattern[str], int]] = {}
# the bits each recent text holds, kept by the text's identity (a sentence's `lowered`, asked by every
# stage); texts asked once (a window before a name) come and go
_PRESENT: dict[int, tuple[str, int]] = {}
_PRESENT_KEPT = 2048  # an article's sentences and windows, a few times over


_CASE_SAFE_CHARACTER = re.compile(f"[{CASE_SAFE}]")


def gate_words(pattern: re.Pattern[str] | str, flags: int = 0) -> list[str]:
    """The lower-cased words one of which every match of `pattern` (or of the source `pattern` with `flags`:
    read from the parse alone, no compiling) contains, as `may_match` looks for them in a `lowered_text`;
    empty when there are none (no gate)."""
    source, flags = (pattern, flags) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    return _gate_words(_required(sre_parser.parse(source, flags).data, lower=True))


def _gate_of(words: frozenset[str] | None) -> re.Pattern[str] | None:
    if words is None:
        return None
    return re.compile("|".join(prefix_tree(_gate_words(words))))


def _gate_words(words: frozenset[str] | None) -> list[str]:
    """The words a gate looks for, longest first; empty for no gate (none, or "", found everywhere)."""
    if not words or "" in words:
        return []
    # a word that contains another is found whenever the shorter one is: the shorter one is enough
    return sorted({w for w in words if not any(o != w and o in w for o in words)}, key=len, reverse=True)


def _merged_alternatives(source: str) -> str:
    """A pattern found wherever `source` is, its plain-word alternatives merged by `prefix_tree`: for a
    pattern only asked whether a text holds it (where, or which word, may differ)."""
    alternatives = _top_level_alternatives(source)
    plain = [a for a in alternatives if _PLAIN_WORDS.fullmatch(a)]
    return "|".join(prefix_tree(plain) + [a for a in alternatives if not _PLAIN_WORDS.fullmatch(a)])


_PLAIN_WORDS = re.compile(r"[^\\()\[\]{}.^$|?*+]+")


def _top_level_alternatives(source: str) -> list[str]:
    """The alternatives of `source` split at its `|`s outside groups and sets."""
    alternatives, current, depth, in_set, i = [], [], 0, False, 0
    while i < len(source):
        character = source[i]
        if character == "\\":
            current.append(source[i : i + 2])
            i += 2
            continue
        if in_set:
            in_set = character != "]"
        elif character == "[":
            in_set = True
        elif character in "()":
            depth += 1 if character == "(" else -1
        elif character == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
            i += 1
            continue
        current.append(character)
        i += 1
    alternatives.append("".join(current))
    return alternatives


def _required(items: list[tuple[object, object]], lower: bool) -> frozenset[str] | None:
    """Strings one of which any match of the parsed sequence contains, or None when none can be told.

    A run of literal characters is required as it stands; a group, a branch (the union of its
    alternatives' strings) and a repeat of at least one contribute theirs. Of the candidates, the one
    whose shortest string is longest is kept. Case-insensitive groups contribute nothing, unless
    `lower`: then every literal is taken lower-cased (and none may lower-case outside CASE_SAFE).
    """
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            character = chr(av)  # type: ignore[arg-type]
            if lower:
                character = character.lower()
                if len(character) != 1 or not _CASE_SAFE_CHARACTER.match(character):
                    return None
            run.append(character)
            continue
        if op is sre_constants.AT:
            continue  # \b, ^, $: zero-width, the literals around it are still adjacent
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if op is sre_constants.SUBPATTERN:
            _, add_flags, _, sub = av  # type: ignore[misc]
            if lower or not add_flags & re.IGNORECASE:
                found = _required(sub.data, lower)
        elif op is sre_constants.ATOMIC_GROUP:
            found = _required(av.data, lower)  # type: ignore[attr-defined]
        elif op is sre_constants.ASSERT and av[0] == 1:  # type: ignore[index]
            # "X(?= Magistrate)": what a lookahead sees is in the text too, if not in the match (and
            # before `endpos`); a lookbehind's may stand before a search's `pos`, out of the text asked
            found = _required(av[1].data, lower)  # type: ignore[index]
        elif op is sre_constants.BRANCH:
            parts = [_required(branch.data, lower) for branch in av[1]]  # type: ignore[index]
            if all(part is not None for part in parts):
                found = frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            low, _, sub = av  # type: ignore[misc]
            if low >= 1:
                found = _required(sub.data, lower)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(len(s) for s in strings), -len(strings)))
