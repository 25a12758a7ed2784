"""Offences told as the name of a case or a headline's subject, read only where a report names none after a
cue: "the land fraud case against him", "in the fraud matter he is answering", "Assassinat d'X : le procès
renvoyé"."""

from __future__ import annotations

import re
from collections.abc import Callable

from docket.text import FLAGS, fold

# up to three lower-case words before the noun of the case ("a separate corruption case"); an amount or a
# name before them ("the Ksh60 million land fraud case") is not part of the offence
_OFFENCE_BEFORE_CASE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\S+\s+){0,3}?((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+"
    r"(?:case|trial|matter)\b"
)
# words that qualify an offence but name none: "the criminal case", "an armed robbery trial" has its noun
_QUALIFIERS = frozenset(
    """criminal aggravated armed sexual indecent dangerous grievous culpable reckless careless fraudulent
    economic false forcible malicious premeditated capital human unlawful illegal attempted money""".split()
)


def offences_naming_a_case(sentence: str, starts_with_offence: Callable[[str], bool]) -> list[str]:
    """The offences of "the fraud case", "a separate corruption case": from the first word that opens an
    offence to the noun of the case, whose last word must be an offence's noun, not a qualifier."""
    found = []
    for match in _OFFENCE_BEFORE_CASE.finditer(sentence):
        words = match.group(1).split()
        if fold(words[-1]) in _QUALIFIERS or not starts_with_offence(words[-1]):
            continue
        first = next(i for i, word in enumerate(words) if starts_with_offence(word))
        found.append(" ".join(words[first:]))
    return found


_HEADLINE_OFFENCE = re.compile(
    r"(?:(?:procès|affaire|trial|case)\s+(?:du |de la |de l['’]|des |de |d['’]|of |for )?|"
    r"alleged |présumée?s? )?"
    r"(?P<offence>[^:|]{3,60}?)\s*:\s",
    FLAGS,
)
# "Émeutes du 11 novembre : …", "Violences en juin : …": a headline's event told by its day, not a charge
_WHEN = re.compile(
    r"\b(?:\d{1,2}|\d{4}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b",
    FLAGS,
)


def headline_offence(line: str, heads: frozenset[str]) -> str:
    """The offence opening a headline before its colon ("Assassinat d'X : le procès renvoyé", "Alleged
    Defamation: Court Adjourns …"), or "": a noun of offence (one of `heads`, folded), not "Missing diamond:
    …"; not an event told by its day; a short line without a full stop."""
    headline = _HEADLINE_OFFENCE.match(line) if len(line) <= 150 and not line.endswith(".") else None
    offence = headline.group("offence") if headline else ""
    if offence and fold(offence.split()[0]) in heads and not _WHEN.search(offence):
        return offence
    return ""


# a name in a list that no head noun opens: short, in lower case, no figure ("property destruction",
# "conflits d'intérêts", "common nuisance"), not a clause ("the court heard", "Mr X said"), not an adverb
# ("…, surtout, …") nor an apposition ("en l'occurrence un rétroviseur", "namely a knife")
_PLAIN_NAME = re.compile(
    r"(?!(?:surtout|notamment|aussi|également|enfin|encore|ensuite|especially|also|mainly|notably|then)$|"
    r"(?:en l['’]occurrence|à savoir|soit|namely|including|dont|such as)\b)"
    r"[^\W\d_A-Z][^\d.!?A-Z]{2,60}"
)


def items_within_the_list(items: list[str], starts_with_offence: Callable[[str], bool]) -> list[str]:
    """The items of a list of offences up to the last one an offence's noun opens: "arson, property
    destruction, assault and theft", "d'abus de fonction, de conflits d'intérêts et de rébellion". Past the
    first, an item no offence's noun opens belongs to the list only when one that does follows it and it
    reads as a short name (at most seven words, in lower case); after the last such item the clause has moved
    on."""
    named = [i for i, item in enumerate(items) if i and starts_with_offence(item)]
    last = named[-1] if named else 0
    return items[:1] + [
        item
        for i, item in enumerate(items[1:], 1)
        if starts_with_offence(item) or (i < last and len(item.split()) <= 7 and _PLAIN_NAME.fullmatch(item))
    ]


_RANGE_END = re.compile(r"[.;:!?]|\s[–—-]\s")
# "from A and B to C and D": a joint opens a new offence only where an offence's noun follows it ("conspiracy
# to defraud" is one offence)
_RANGE_JOINT_EN = re.compile(r",?\s+(?:to|and|through)\s+(?:the\s+)?|,\s*", FLAGS)


def range_items(rest: str, starts_with_offence: Callable[[str], bool]) -> list[str]:
    """The offences of "The charges run from malice and felony murder to false imprisonment", "The counts
    range from abuse of office … to theft by agent and conspiracy to defraud"."""
    end = _RANGE_END.search(rest)
    rest = rest[: end.start()] if end else rest
    items: list[str] = []
    start = 0
    for joint in _RANGE_JOINT_EN.finditer(rest):
        if starts_with_offence(rest[joint.end() :]):
            items.append(rest[start : joint.start()])
            start = joint.end()
    items.append(rest[start:])
    return [item.strip(" ,") for item in items if item.strip(" ,")]
