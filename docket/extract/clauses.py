"""Clause reading: decisions versus requests, the court as a clause's subject, tense and quotation."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.kindstarts import kinds_matches
from docket.extract.patterns import (
    Patterns,
    finditer_lowered,
    lowered_text,
    may_match,
    ruling_hint_kinds,
    search_lowered,
)
from docket.extract.wordsets import finditer_from_starts
from docket.text import FLAGS

# "écroué depuis le 11 février", "out on bail since the 8th": the day a state began
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s*(?:le\s*|the\s*)?$", FLAGS)
# "since Friday the 8th, when the magistrate released her": the day of the decision the clause tells
_WHEN_AFTER = re.compile(
    r"[^.;,]{0,20}?,?\s*(?:when|the day|date à laquelle|jour où|où|lorsque|quand)\b", FLAGS
)


def told_since(text: str, date_start: int) -> bool:
    """Whether the date at `date_start` follows "depuis"/"since"."""
    return _SINCE_BEFORE.search(text, max(0, date_start - 12), date_start) is not None


def began_a_state(text: str, date_start: int, date_end: int) -> bool:
    """A date after "depuis"/"since" that no when-clause follows: a state's start, not a decision's day."""
    return told_since(text, date_start) and not _WHEN_AFTER.match(text, date_end)


RECALLED_TENSE = re.compile(r"\bavait été\b|\bhad been\b", FLAGS)


# in the same line: a headline without a full stop announces nothing of the body's first date
_ANNOUNCED_AHEAD = re.compile(
    r"(?:\b(?:"
    + lexicon.AHEAD_CUES
    + r")\b[^.;:\n]{0,50}|\b(?:"
    + lexicon.AHEAD_PARTICIPLES
    + r")\s+(?:\S+\s+){0,2})$",
    FLAGS,
)


def announced_ahead(before: str) -> bool:
    """Whether the text just before a date announces it as a day to come ("Décision attendue le …")."""
    window = before[-100:]
    # searched case-sensitively in the window lower-cased (several times faster)
    return bool(search_lowered(_ANNOUNCED_AHEAD, window, lowered_text(window)))


def in_quotation(sentence: str, at: int) -> bool:
    """Inside « … » or “ … ”: someone's words ("Mes clients auraient préféré être blanchis"), not a ruling."""
    before = sentence[:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def ruling_cues(
    sentence: str, pats: Patterns, lowered_sentence: str | None = None
) -> list[tuple[str, re.Match[str]]]:
    """Every ruling cue of a sentence; a délibéré ("renvoyé sa décision au …") is not also a renvoi.

    `lowered_sentence`: the sentence's `lowered_text` if known, whose word sets the gates already read."""
    lowered = sentence.lower() if lowered_sentence is None else lowered_sentence
    present = ruling_hint_kinds(lowered, pats)
    if present is None:
        return []
    if len(lowered) == len(sentence):  # lower-casing kept every offset: search it case-sensitively
        wanted = [i for i, gate in enumerate(pats.ruling_gates) if gate is None or i in present]
        # the kinds' beginnings in one pass, once the gated patterns serve (their automata are built)
        at_once = (
            kinds_matches(wanted, pats.rulings_lowered, lowered) if pats.ruling_scan is not None else None
        )
        found = [
            (pats.rulings_lowered[i][0], m)
            for i in wanted
            for m in (
                at_once[i]
                if at_once is not None and i in at_once
                else finditer_from_starts(pats.rulings_lowered[i][1], lowered)
            )
            # a case-sensitive group ("discharged John Ikuforiji") lower-cased reads any words ("discharged
            # from hospital"): such a kind's match must hold in the sentence as written
            if "(?-i:" not in pats.rulings[i][1].pattern or pats.rulings[i][1].match(sentence, m.start())
        ]
    else:
        found = [(kind, m) for kind, pattern in pats.rulings for m in pattern.finditer(sentence)]
    reserved = [m.span() for kind, m in found if kind == "deliberation_reserved"]
    return [
        (kind, m)
        for kind, m in found
        if kind != "adjourned" or not any(a <= m.end() + 15 and m.start() <= b + 15 for a, b in reserved)
    ]


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")


_RECALLED_CLAUSE = re.compile(r"\b(?:qui|that|which) (?:avait|avaient|had)\s*$", FLAGS)


_RULED_CLAUSE = re.compile(
    r"\b(?:judge|court|magistrate|justice|bench)\s+(?:\w+\s+)?(?:ruled|ordered|decided|held)\b|"
    r"\b(?:juge|tribunal|cour)\s+(?:\w+\s+)?(?:a|ont)\s+(?:tranché|décidé|ordonné)\b",
    FLAGS,
)


def is_request(sentence: str, cue_start: int, pats: Patterns, cue_end: int | None = None) -> bool:
    """Whether the cue is what someone asked for, not what the court decided.

    "la mise en liberté, qu'il avait sollicitée, que la chambre a rejetée": a decider between the request
    and the end of the cue takes the decision back.
    """
    joined = _JOINED_VERB_BEFORE.search(sentence, max(0, cue_start - 8), cue_start)
    clause_start = max(
        sentence.rfind(". ", 0, cue_start),
        sentence.rfind("; ", 0, cue_start),
        # "… will have to wait until August 28 for his next appearance: his case was postponed on Wednesday"
        sentence.rfind(": ", 0, cue_start),
        sentence.rfind(" mais ", 0, cue_start),
        sentence.rfind(" but ", 0, cue_start),
        # "X will stay in the barracks until April 23, after the court martial remanded him": what follows
        # "after" is told as done
        sentence.rfind(" after ", 0, cue_start),
        # "the magistrate said the trio would stay in custody, before adjourning until March": its own act
        sentence.rfind(", before ", 0, cue_start),
        sentence.rfind(" après que ", 0, cue_start),
        # "The judge said suppression would stay in place until the report, and remanded him in custody": a
        # verb of the court's own, joined right before the cue
        joined.start() if joined else -1,
    )
    # what is quoted is someone's words: "…would ensure his attendance," he said, refusing his application
    clause = _QUOTED.sub("", sentence[clause_start + 1 : cue_start])
    if _RECALLED_CLAUSE.search(clause):
        return True  # "l'ordonnance qui avait rejeté…": a decision recalled, not this court's
    lowered_clause = lowered_text(clause)
    may_ask = may_match(pats.request, lowered_clause)  # most clauses hold no request word
    requests = list(finditer_from_starts(pats.request, clause, lowered_clause)) if may_ask else []
    if not requests:
        return False
    if _ANSWERED_IN_CUE.search(sentence, cue_start, cue_end or cue_start):
        return False  # "une demande de mise en liberté provisoire a été rejetée": the request's answer
    if _TOLD_THE_ACCUSED.search(clause, 0, requests[-1].start()):
        return False  # "Mr Ashley then told Graham he would be kept in custody": the bench tells its decision
    if _GRANTED_BEFORE.search(clause, max(0, requests[-1].start() - 30), requests[-1].start()):
        return False  # "la présidente accède aux réquisitions et constate l'arrêt des poursuites": granted
    after_request = clause[requests[-1].end() :] + sentence[cue_start : cue_end or cue_start]
    # "… will stay in detention until trial, a federal judge ruled": the ruling verb settles it
    return not pats.decider.search(after_request) and not _RULED_CLAUSE.search(sentence, cue_end or cue_start)


_JOINED_VERB_BEFORE = re.compile(r", (?:and|et) $")
# a request the court grants, told before the request's noun: its answer is the decision
_GRANTED_BEFORE = re.compile(
    r"\b(?:accède|accèdent|accédé|accédant|fait droit|faisant droit|suit|suivi|suivant|granted|granting|"
    r"acceded)\s+(?:à\s+|aux\s+|au\s+|les\s+|la\s+|le\s+|l['’]\s*|the\s+|to\s+the\s+)?(?:\w+\s+)?$"
)
_TOLD_THE_ACCUSED = re.compile(
    r"\b(?:told|informed|warned)\s+(?:him|her|them|the (?:accused|defendants?|pair|men|women)|[A-Z][\w'’-]+)"
    r"(?:\s+that)?\s+(?:he|she|they)\s+$"
)
_ANSWERED_IN_CUE = re.compile(
    r"\b(?:a|ont) été (?:rejetée?s?|refusée?s?|accordée?s?|octroyée?s?|écartée?s?|déclarée?s? irrecevables?)|"
    r"\b(?:was|were|has been|have been) (?:denied|refused|rejected|dismissed|granted|turned down)\b",
    FLAGS,
)


_BACKGROUND = re.compile(r"\b(?:en|in) (?:19|20)\d\d\b|\bavait été\b|\bhad been\b", FLAGS)
# "the magistrate had no choice but to adjourn", "had to adjourn": an obligation in the simple past, told of
# the day's hearing, not a pluperfect recap
_PLUPERFECT = re.compile(
    r"\bavait\b|\bavaient\b|"
    r"\bhad\b(?!\s+(?:to|no (?:choice|option|alternative) but to|little choice but to)\b)",
    FLAGS,
)


def is_background(sentence: str, lowered: str | None = None) -> bool:
    """`lowered`: `lowered_text(sentence)` if known (then searched case-sensitively, several times faster)."""
    return bool(search_lowered(_BACKGROUND, sentence, lowered))


def is_current(sentence: str, lowered: str | None = None) -> bool:
    """Present or recent tense, as reporters write the day's events (not a pluperfect recap)."""
    return not search_lowered(_PLUPERFECT, sentence, lowered)


def court_is_subject(sentence: str, pats: Patterns, lowered: str | None = None) -> bool:
    """The court as the subject of a verb ("la cour a constaté"), sitting in open court.

    Not "condamné par la cour", and not a chamber that rules on the file (chambre d'accusation, juge
    d'instruction): those decisions are not hearings.
    """
    if search_lowered(ON_THE_FILE, sentence, lowered):  # lowered: `lowered_text(sentence)`, if known
        return False
    return any(
        not _OBJECT_OF.search(sentence, max(0, m.start() - 12), m.start())
        for m in finditer_lowered(pats.decider, sentence, lowered)
    )


# "condamné par la cour", "devant le tribunal": the court as an object, not acting
_OBJECT_OF = re.compile(r"\b(?:par|by|devant|before|à|au|de|du|of|from)\s*$", FLAGS)


# "adjourned proceedings until later on Monday", "plus tard dans la journée": a pause within the day,
# not a day the court will sit again
LATER_THE_SAME_DAY = re.compile(r"\b(?:later(?: on)?|plus tard(?: dans la journée de| ce| le)?)\s*$", FLAGS)


RECALL = re.compile(r"\b(?:pour rappel|rappelons|on se souvient|for the record|as a reminder)\b", FLAGS)


ON_THE_FILE = re.compile(
    r"chambre d['’]accusation|chambre de (?:l['’]instruction|contrôle)|juge d['’]instruction|"
    r"investigating judge",
    FLAGS,
)
