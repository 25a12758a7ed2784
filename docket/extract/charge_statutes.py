"""Charges told by the statute they fall under: "accused under section 58 of the Terrorism Act 2000", "one
count under Section 248 of the Penal Code, assault occasioning actual bodily harm"."""

from __future__ import annotations

import re
from collections.abc import Callable

from docket.extract.mentions import Sentence
from docket.records import Charge
from docket.text import fold

# the cue, then the section(s) and the law: an Act named in capitals, or a code; then what may follow in
# apposition ("…, preparing acts of terrorism"), up to the clause's end
_UNDER_A_SECTION = re.compile(
    r"\b(?:charged|accused|charges?|counts?|offen[cs]es?)(?: \w+){0,2}? (?:under|contrary to) "
    r"(?P<reference>[Ss]ections? \d+[\w()]*(?:(?:,| and| or) \d+[\w()]*)* of (?:the )?"
    r"(?P<law>(?:same|[A-Z][\w()-]*)(?: (?:\(?[A-Z][\w()-]*|of|and|on|the))*? (?:Act|Code|code)"
    r"(?:,? \d{4})?))"
    r"(?:,\s+(?P<apposition>[^,.;:()]{3,80}?)(?=\s*(?:[,.;:()]|\s[-–—]\s|$)))?"
)
# "The soldiers face treason under section 129(a) of the UPDF Act": the offence they face, told before its
# section with no "charge" noun
_FACED_UNDER_A_SECTION = re.compile(
    r"\bfac(?:e|es|ed|ing) (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) counts? of )?"
    r"(?P<offence>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?) (?:under|contrary to) [Ss]ections? \d"
)
# an apposition that describes the law or goes on with the clause: "the provision on collecting …", "which
# covers …", "of having had a knife" (an offence's name opens with no article nor preposition)
_NO_OFFENCE_FIRST = re.compile(
    r"(?:the|a|an|which|that|on|of|for|to|in|with|its|now|as|who|where|when|punishable|read)\b"
)
# an apposition that names an offence without its noun: short, in lower case ("common nuisance")
_PLAIN_OFFENCE = re.compile(r"[a-z][a-z' -]{2,60}")


def offences_under_a_section(
    sentences: list[Sentence], starts_with_offence: Callable[[str], bool], seen: set[str], references: bool
) -> list[tuple[Charge, int]]:
    """The offences of "charged under section 5 of the Terrorism Act, preparing acts of terrorism" not yet
    `seen` (their folded labels, which this adds to): the offence in apposition when one follows, else (if
    `references`: the report names no offence otherwise) the section of a named Act ("section 58 of the
    Terrorism Act 2000", a name longer than other charges' labels may run); a section of "the same Act" or of
    a code alone names none."""
    found: list[tuple[Charge, int]] = []
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if " under " not in text and " contrary to " not in text:
            continue
        for faced in _FACED_UNDER_A_SECTION.finditer(text):
            offence = faced.group("offence")
            if starts_with_offence(offence) and fold(offence) not in seen:
                seen.add(fold(offence))
                found.append((Charge(label=offence, text=offence, evidence=sentence.evidence), i))
        for match in _UNDER_A_SECTION.finditer(text):
            apposition = match.group("apposition") or ""
            named = apposition and not _NO_OFFENCE_FIRST.match(apposition)
            plain = _PLAIN_OFFENCE.fullmatch(apposition) and len(apposition.split()) <= 6
            law = match.group("law")
            if named and (plain or starts_with_offence(apposition)):
                offence = apposition
            elif references and law.split()[0] != "same" and " Act" in law:
                offence = match.group("reference")
            else:
                continue
            if fold(offence) not in seen:
                seen.add(fold(offence))
                found.append((Charge(label=offence, text=offence, evidence=sentence.evidence), i))
    return found
