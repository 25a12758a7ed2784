"""Offences told as the name of a case or a headline's subject, read only where a report names none after a
cue: "the land fraud case against him", "in the fraud matter he is answering", "Assassinat d'X : le procès
renvoyé"."""

from __future__ import annotations

import re
from collections.abc import Callable

from docket.records import Charge
from docket.text import FLAGS, fold

# up to three lower-case words before the noun of the case ("a separate corruption case"); an amount or a
# name before them ("the Ksh60 million land fraud case") is not part of the offence
_OFFENCE_BEFORE_CASE = re.compile(
    # ("A and five others face subversion charges": the verb opens the words before the noun)
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\S+\s+){0,3}?|\b(?:in|over|of|face|faced|facing|"
    r"den(?:y|ied|ies)|heard|hears|hear|brought|laid|filed|dropped)\s+|^|(?<=[-–—] ))"
    r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+"
    # "the murder suspect on the run", "Three murder accused told bail is out of reach"; "the two face public
    # violence charges"
    r"(?:case|trial|matter|suspects?|accused|charges?|counts?)\b"
)
# words that qualify an offence but name none: "the criminal case", "an armed robbery trial" has its noun
_QUALIFIERS = frozenset(
    """criminal aggravated armed sexual indecent dangerous grievous culpable reckless careless fraudulent
    economic false forcible malicious premeditated capital human unlawful illegal attempted money""".split()
)


def _lower(match: re.Match[str]) -> str:
    return match.group(0).lower()


def offences_naming_a_case(sentence: str, starts_with_offence: Callable[[str], bool]) -> list[str]:
    """The offences of "the fraud case", "a separate corruption case": from the first word that opens an
    offence to the noun of the case, whose last word must be an offence's noun, not a qualifier."""
    found = []
    # "Affray charges have been brought against four men": the offence may open the sentence, capitalised
    sentence = re.sub(r"(?:^|(?<=[-–—] ))[A-Z](?=[a-z]+ (?:charges?|counts?|case|trial)\b)", _lower, sentence)
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


def is_prose_lead(sentence: str) -> bool:
    """A page that opens on its lead, with no headline: its first sentence is prose (a dozen words and a full
    stop), whose offences are the case's, not a headline's paraphrase of it."""
    return _PROSE_LEAD.match(sentence) is not None


_PROSE_LEAD = re.compile(r"(?:\S+\s+){12,}\S*[.!]\s*$")


def headline_offence(line: str, heads: frozenset[str]) -> str:
    """The offence opening a headline before its colon ("Assassinat d'X : le procès renvoyé", "Alleged
    Defamation: Court Adjourns …"), or "": a noun of offence (one of `heads`, folded), not "Missing diamond:
    …"; not an event told by its day; a short line without a full stop."""
    headline = _HEADLINE_OFFENCE.match(line) if len(line) <= 150 and not line.endswith(".") else None
    offence = headline.group("offence") if headline else ""
    if offence and fold(offence.split()[0]) in heads and not _WHEN.search(offence):
        return offence
    return ""


# "poursuivis pour avoir assassiné deux mères", "sentenced for raping a 43-year-old woman": the deed told by
# its verb, and the one offence it names
DEED_DONE = re.compile(r"(?:d['’])?avoir\s+(?:\w+ment\s+)?(\w+)|(\w+ing)\b", FLAGS)
# past participles whose deed has one offence's name (not "tué": murder, manslaughter or assassination)
OFFENCE_OF_DEED = {
    fold(participle): offence
    for participle, offence in (
        ("assassiné", "assassinat"),
        ("assassinée", "assassinat"),
        ("assassinés", "assassinat"),
        ("assassinées", "assassinat"),
        ("violé", "viol"),
        ("violée", "viol"),
        ("violées", "viol"),
        ("escroqué", "escroquerie"),
        ("escroquée", "escroquerie"),
        ("séquestré", "séquestration"),
        ("séquestrée", "séquestration"),
        # "poursuivis pour avoir volé des motos", "accusé d'avoir détourné des fonds"
        ("volé", "vol"),
        ("volés", "vol"),
        ("volée", "vol"),
        ("volées", "vol"),
        ("détourné", "détournement"),
        ("détournés", "détournement"),
        ("détournée", "détournement"),
        ("détournées", "détournement"),
        ("extorqué", "extorsion"),
        ("falsifié", "falsification"),
        ("falsifiés", "falsification"),
        ("blanchi", "blanchiment"),
        ("diffamé", "diffamation"),
        ("cambriolé", "cambriolage"),
        ("incendié", "incendie volontaire"),
        # the English gerunds whose offence's name does not hold them ("murdering" holds "murder")
        ("raping", "rape"),
        ("robbing", "robbery"),
        ("defiling", "defilement"),
        ("abducting", "abduction"),
        ("sodomising", "sodomy"),
        ("sodomizing", "sodomy"),
    )
}


# Labels that name no offence of their own: "ces mêmes faits", "the same charges", "de nouveaux faits"
ANAPHORIC_OFFENCES = re.compile(
    r"(?:mêmes|ces|tels|same|such|these|those|similar) "
    r"(?:faits|offences?|charges?|crimes?|délits|infractions)\b$|"
    # "poursuivis pour des faits identiques", "accused of the same …" (a page cut off mid-word)
    r"(?:faits|offences?|charges?) (?:identiques|similaires|similar)$|same\b|"
    # "une précédente condamnation pour des faits de même nature"
    r"(?:de )?(?:la )?même nature$|"
    # "charged with a fresh offence", "de nouveaux faits": an offence the text does not name
    r"(?:fresh|new|another|other|further|separate|nouveaux|nouvelles?|autres?) "
    r"(?:offen[cs]es?|charges?|counts?|crimes?|faits|délits|infractions?)$|"
    # "pour faits comparables", "des faits cités plus haut", "faits remontant à septembre 2013": the facts
    # told by what they are like or when they happened, not by the offence they make (not "faits de X")
    r"faits (?!(?:de|d['’]|du|des|présumés|supposés|qualifiés)\b)",
    FLAGS,
)
SAME_OFFENCES = re.compile(r"\s+(?:des mêmes faits|de ces faits|in the same offences?)$", FLAGS)
# "pleaded not guilty to all the counts", "the two charges he faces": counts told by their number
CHARGES_BY_NUMBER = re.compile(
    r"(?i)(?:(?:pas moins de|au moins|plus de|près de|no fewer than|at least|more than) )?"
    r"(?:all|both|each|every|these|those|tous|toutes|ces|chacun|plusieurs|several|multiple|one|two|three|four|five|six|seven|eight|"
    # "pas moins de sept chefs d'inculpation": how many, not which
    r"nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|\d+)\b.{0,20}\b"
    r"(?:counts?|charges?|chefs?(?: d['’](?:accusation|inculpation))?|faits|offences?|infractions?)"
    r"(?: (?:they|he|she) (?:faces?|faced))?$"
)


# an offence's name never opens with a verb: "… reprochés est de deux ans" is no charge ("having a knife",
# "having 15.85 pounds of cannabis in their possession" are: the possession is the offence)
VERB_FIRST = re.compile(
    r"(?i:avoir|having(?! an? | \d| (?:some|several|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
    r"been|est|sont|étai(?:en)?t|is|are|was|were|deni(?:e[sd]|ying))\b"
)
# the nouns that count offences before their list ("four offences — A; B", "trois chefs : A, B")
COUNTED_OFFENCE_NOUNS = r"offen[cs]es|charges|counts|chefs|infractions|délits"
# what stands before a colon at the start of the text after a cue (or a dash after the offences' count:
# "charged with four offences — sexual assault; child luring; …")
_DEFERRED_LIST = re.compile(rf"^[^.;:!?—–]{{0,60}}(?::|\b(?:{COUNTED_OFFENCE_NOUNS})\s+[—–])\s*", FLAGS)
# "charged with two others on 29 offences, among them X, Y", "five counts including X", "plusieurs délits dont
# X": how many offences, then those the text names
_COUNTED_THEN_NAMED = re.compile(
    r"^[^.;:!?]{0,60}?\b(?P<noun>counts?|charges?|offen[cs]es|crimes|infractions|délits|"
    r"chefs(?: d['’](?:accusation|inculpation))?)\s*,?\s*"
    r"(?:among them|amongst them|including|namely|notamment|dont|parmi lesquel(?:le)?s|à savoir)\s+",
    FLAGS,
)


def past_an_announcing_colon(rest: str, offence_first: Callable[[str], bool], heads: frozenset[str]) -> str:
    """ "poursuivis pour des faits qui lui sont propres : X, Y": what stands before a colon that names no
    offence announces the list after it, which is `rest` from there on (else `rest` itself)."""
    # (not "murder charges, including one of X": the words before the noun name the offence)
    if (counted := _COUNTED_THEN_NAMED.match(rest)) and not offence_first(rest[: counted.start("noun")]):
        return rest[counted.end() :]
    deferred = _DEFERRED_LIST.match(rest)
    if deferred is None or offence_first(rest) or _ends_on_an_offence(deferred.group(0), heads):
        return rest
    # "devait le juger pour : - menaces de mort ; - violences …": a list set out with dashes, one line run on
    listed = rest[deferred.end() :].replace(";", ",")
    return _LIST_BULLET.sub(lambda bullet: ", " if bullet.start() else "", listed)


_LIST_BULLET = re.compile(r"(?:^|,)\s*[-–—•]\s+")


def _ends_on_an_offence(text: str, heads: frozenset[str]) -> bool:
    """ "Six counts of stock theft: X will stay in custody": an English offence ends on its head noun, so the
    words before a colon can name the offence rather than announce a list."""
    words = text.rstrip(" :").split()
    last = fold(words[-1]).strip(",;«»“”\"'‘’") if words else ""
    return bool(last) and (last in heads or last.rstrip("s") in heads)


# "pleaded not guilty to them", "jugés pour les faits", "the file": a word alone that names no offence
_NO_OFFENCE = frozenset(
    fold(word)
    for word in "them him her it both all each anything something nothing everything faits fait file dossier "
    "affaire incident incidents évènements événements inculpation trial trials procès hearing audience "
    "justice charge charges count counts offence offences offense offenses crime crimes criminal infraction "
    "infractions plus illégal allegation allegations accusation accusations".split()
) | frozenset(fold(label) for label in ("criminal case", "criminal cases", "criminal matters"))
# "Musa Mohammed", "Ablaye Gadiaga Sarr": two to four capitalised words without an offence's ending, a name
# (not "Disorderly Behaviour", "Leading Organised Crime": a charge sheet's capitals)
_CAPITALISED_NAME = re.compile(r"(?-i:[A-ZÀ-Þ][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]*)){1,3}")
_OFFENCE_ENDING = re.compile(r"(?:ing|ion|our|or|ment|ery|ity|ness|ance|ence|ism|ous|ly|al|age|ft|ry|ud)$")
# "Blantyre Magistrates Court", "high Court in Moshi Zone": a court, where no offence opens the label
_COURT_IN_LABEL = re.compile(r"\b(?-i:Court|Tribunal|Cour|Chambre)\b")


def names_no_offence(label: str, starts_with_offence: Callable[[str], bool]) -> bool:
    """A label that names no offence: a word alone ("them", "the charge"), a court ("Blantyre Magistrates
    Court"), or a person's name ("Musa Mohammed") where no offence opens it."""
    if fold(label) in _NO_OFFENCE:
        return True
    if starts_with_offence(label):
        return False
    return bool(_COURT_IN_LABEL.search(label)) or (
        _CAPITALISED_NAME.fullmatch(label) is not None
        and not any(_OFFENCE_ENDING.search(fold(word)) for word in label.split())
    )


# "charged with murder … accused of killing Matthew X", "attempted murder … trying to kill Y": the deed told
# again beside the offence it is
_DEEDS_TOLD_AGAIN = (
    (
        re.compile(r"(?:the )?(?:killing|murdering)\b", FLAGS),
        re.compile(
            r"(?:(?:first|second|third)-degree )?(?:murders?|manslaughter|meurtres?|assassinats?)\b", FLAGS
        ),
    ),
    (
        re.compile(r"(?:trying|attempting) to (?:kill|murder)\b", FLAGS),
        re.compile(r"attempted murders?\b|tentatives? (?:de meurtre|d['’]assassinat)\b", FLAGS),
    ),
)


def without_deeds_told_again(charges: list[tuple[Charge, int]]) -> list[tuple[Charge, int]]:
    """`charges` without "killing X" where an offence of killing is named, nor "trying to kill X" where an
    attempted murder is."""
    labels = [charge.label for charge, _ in charges]
    for told, named in _DEEDS_TOLD_AGAIN:
        if any(named.match(label) for label in labels):
            charges = [found for found in charges if not told.match(found[0].label)]
    return charges


# "accused of killing Marvin X", "the killing of Y", "shooting a 17-year-old girl dead": a killing told as
# what the accused answers for, where no offence of killing is named, is the murder charge of the
# common-law reports that tell it so; its text keeps the words written
_KILLING_TOLD = re.compile(
    r"(?:planning )?(?:the )?(?:killing|murdering)\b|(?:shooting|stabbing)\b[^.;]{0,60}\b(?:dead|to death)\b",
    FLAGS,
)


def killings_as_murder(charges: list[tuple[Charge, int]]) -> list[tuple[Charge, int]]:
    """`charges` with each killing told as a deed labelled "murder", once."""
    named: list[tuple[Charge, int]] = []
    murder_named = False
    for charge, at in charges:
        if _KILLING_TOLD.match(charge.label):
            if murder_named:
                continue
            charge, murder_named = Charge("murder", charge.text, charge.evidence), True
        named.append((charge, at))
    return named


def offence_of_adverb_and_gerund(label: str) -> str:
    """ "sexually assaulting an 11-year-old girl" → "sexual assault" (the offence, without whom it harmed, as
    "murder of X" is murder); "unlawfully possessing narcotic drugs" → "unlawful possession of narcotic
    drugs" (what was held is part of the offence). Any other label as it is."""
    sexual = _SEXUAL_DEED.match(label)
    if sexual:
        return "sexual " + _SEXUAL_OFFENCES[sexual.group(1).lower()]
    held = _UNLAWFULLY_POSSESSING.match(label)
    if held:
        return f"{held.group(1).lower()} possession of {held.group(2)}"
    return label


_SEXUAL_OFFENCES = {
    "assaulting": "assault",
    "abusing": "abuse",
    "harassing": "harassment",
    "exploiting": "exploitation",
}
_SEXUAL_DEED = re.compile(r"sexually (assaulting|abusing|harassing|exploiting)\b", FLAGS)
_UNLAWFULLY_POSSESSING = re.compile(
    r"(unlawful|illegal)ly (?:possessing|holding|keeping|having) (.+)$", FLAGS
)


# What a label's end may carry that names no offence: a time word its day was cut from ("making a false call
# last"), the other charges left unnamed ("involuntary manslaughter and other charges"), the death the
# offence is over ("manslaughter over the death of X": the victim's name cut already)
TAIL_AT_END = re.compile(
    r"\s+(?:last|this|next|on|early|late)$|"
    r"\s*,?\s+(?:and|et|plus)\s+(?:d['’])?(?:other|several|various|related|additional|further|autres|plusieurs)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:charges?|counts?|offen[cs]es|crimes|délits|chefs|infractions|faits)"
    r"(?:\s+(?:over|in connection with|linked to|related to)\s[^,;]*)?$|"
    r"\s+(?:over|in connection with) (?:the |his |her |their )"
    r"(?:deaths?|killings?|murders?|shooting|stabbing)\b"
    r"[^,;]*$",
    FLAGS,
)
HELD_IN_POSSESSION = re.compile(
    r"having (?:(?:an?|some|several|[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten) )?"
    r"(?:[\w.-]+ of )?([^,;]+?) in (?:his|her|their|its) possession\b(.*)$",
    FLAGS,
)
