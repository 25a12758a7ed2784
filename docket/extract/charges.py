"""Charges: the offences listed after a cue ("poursuivis pour", "charged with"), one per item of the list."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.charge_heads import (
    CHARGE_HEAD_WORDS,
    COUNT_PREFIX,
    LEADING_ARTICLES,
    NUMBER_BEFORE_OFFENCE,
    starts_with_charge_head,
)
from docket.extract.charge_lists import (
    LIST_AMONG_CHARGES,
    LIST_GOES_ON_PAST_AN_ASIDE,
    LIST_IS_THE_CHARGE,
    LIST_JOINT,
    OFFENCES_TO_COME,
    bulleted_items,
    counts_taken_up,
    introduces_bulleted_offences,
    items_within_the_list,
    list_then_charges,
    names_an_offence_alone,
    offences_after_names,
    offences_of_who_then_what,
    offences_tallied,
    passing_through_items,
    range_items,
    reads_as_people,
    semicolon_list_as_commas,
    tallied_offence,
)
from docket.extract.charge_nouns import (
    ANAPHORIC_OFFENCES,
    CHARGES_BY_NUMBER,
    DEED_DONE,
    HELD_IN_POSSESSION,
    OFFENCE_OF_DEED,
    SAME_OFFENCES,
    TAIL_AT_END,
    VERB_FIRST,
    headline_offence,
    is_prose_lead,
    names_no_offence,
    offence_of_adverb_and_gerund,
    offences_naming_a_case,
    past_an_announcing_colon,
)
from docket.extract.charge_statutes import offences_under_a_section
from docket.extract.mentions import Sentence
from docket.extract.patterns import Patterns, finditer_lowered, may_match, search_lowered
from docket.extract.wordsets import finditer_from_starts
from docket.records import Charge
from docket.text import FLAGS, NAME_WORD, fold


def find_charges(sentences: list[Sentence], language: str, pats: Patterns) -> list[tuple[Charge, int]]:
    found: list[tuple[Charge, int]] = []
    seen: set[str] = set()
    cue_pattern = pats.charge_cue["en" if language == "en" else "fr"]

    def take(sentence: Sentence, i: int, rest: str, need_head: bool, items: list[str] | None = None) -> bool:
        items = _charge_items(rest, pats) if items is None else items
        labels: list[tuple[str, str]] = []
        for item in items:
            if label := _charge_label(item):
                # the first label must open on an offence's noun: without one, the rest is not labelled
                if need_head and not labels and not starts_with_charge_head(label):
                    return False
                labels.append((item, label))
        if need_head and not labels:
            return False
        for item, label in labels:
            if fold(label) not in seen:
                seen.add(fold(label))
                found.append((Charge(label=label, text=item, evidence=sentence.evidence), i))
        return bool(labels)

    bullets_read = -1  # the last sentence read as a line of a bulleted list
    for i, sentence in enumerate(sentences):
        s = sentence.text
        lowered = sentence.lowered
        for cue in finditer_lowered(cue_pattern, s, lowered) if may_match(cue_pattern, lowered) else ():
            if _GENERIC_PEOPLE.search(s, max(0, cue.start() - 30), cue.start()):
                continue
            if _PRIOR_RECORD.search(s, max(0, cue.start() - 25), cue.start() + 7):
                continue  # "L'homme a déjà été condamné pour violences": the record, not this case
            if s[cue.end() :].strip(" :") == "" or OFFENCES_TO_COME.fullmatch(s, cue.end()):
                # "Il est poursuivi pour :", "charged them with a string of offenses:" then the list below (a
                # line of a list already read opens none: each is read once, however many end on a colon)
                lines = bulleted_items(sentences, i) if i > bullets_read else []
                for j, offences in offences_after_names(lines, starts_with_charge_head):
                    take(sentences[j], j, offences, need_head=False)
                bullets_read = max([bullets_read, *(j for j, _ in lines)])
            elif "vont " in cue.group(0):
                # "qui vont de X à Y, en passant par Z et W": a range of offences read as a list
                take(sentence, i, "", need_head=False, items=passing_through_items(s[cue.end() :]))
            elif cue.group(0).rstrip().endswith(" from"):
                # "The charges against them run from malice and felony murder to false imprisonment"
                items = range_items(s[cue.end() :], starts_with_charge_head)
                take(sentence, i, "", need_head=False, items=items)
            elif cue.group(0).rstrip().endswith((":", ";", "–", "—")):
                # "Chefs d'accusation : X ; Y", "to wit; X, Y", "faits reprochés – X": to the sentence's end
                take(sentence, i, s[cue.end() :].replace(";", ","), need_head=False)
            else:
                take(sentence, i, semicolon_list_as_commas(s[cue.end() :]), need_head=False)
        if (
            told := tallied_offence(sentences, i, starts_with_charge_head) or counts_taken_up(sentences, i)
        ) is not None:
            take(sentence, i, told, need_head=True)
        take(sentence, i, "", need_head=False, items=offences_tallied(s, starts_with_charge_head))
        if i > bullets_read and introduces_bulleted_offences(s, sentences[i - 1].text if i else ""):
            # "The jury found X guilty of three crimes:", "They appeared on a five-count charge sheet:"
            lines = bulleted_items(sentences, i, lines_alone=False)
            bullets_read = max([bullets_read, *(j for j, _ in lines)])
            offences = [(j, item) for j, item in lines if names_an_offence_alone(item)]
            people = [item for _, item in offences if reads_as_people(item, starts_with_charge_head)]
            # "sentenced for drug offences:" then "– A (Newport) received 15 years for …": who got what;
            # "Those facing charges of murder are:" then "- Nokwanda;", "- her brother Bongani": who faces
            # them
            listed = 2 * len(offences) > len(lines) and 2 * len(people) < len(lines)
            for j, item in offences if listed else ():
                take(sentences[j], j, item, need_head=False)
            # "Voici comment se répartissent les poursuites :" then "- A et B : association de malfaiteurs ;"
            for j, offences in offences_of_who_then_what(lines):
                take(sentences[j], j, offences, need_head=False)
        # "condamné à vingt ans pour assassinat et vol qualifié"; a headline's paraphrase is not a charge
        loose = (i or is_prose_lead(s)) and may_match(pats.loose_charge_verb, sentence.lowered)
        for verb in finditer_lowered(pats.loose_charge_verb, s, lowered) if loose else ():
            if _GENERIC_PEOPLE.search(s, max(0, verb.start() - 30), verb.start()) or _PRIOR_RECORD.search(
                s, max(0, verb.start() - 25), verb.start() + 7
            ):
                continue
            # "a condamné jeudi X, 47 ans, gérant de …, à une peine de …, ainsi qu'à une amende de …, pour A":
            # the accused's appositions, the penalty and the fine stand between the verb and the offence
            window_end = min(len(s), verb.end() + 320)
            for pour in _POUR.finditer(s, verb.end(), window_end):
                if take(sentence, i, s[pour.end() :], need_head=True):
                    break
        # (a sentence whose lower-cased text would misplace characters has none: `lowered` is None)
        words = lowered if lowered is not None else s.lower()
        shared_out = _SHARED_OUT.match(s) if " pour les uns" in words or " for some" in words else None
        if shared_out is not None:
            # "Vols avec violence pour les uns ; destructions, rébellion ou menaces pour les autres"
            for part in ("some", "others"):
                take(sentence, i, shared_out.group(part), need_head=True)
        # "Mamie X accuse l'évêque Y, de l'assemblée chrétienne, de viol, de menace et de …": the active verb,
        # its object, then the first "de" that opens an offence
        for verb in _ACCUSES_ACTIVE.finditer(s) if i and "accus" in s else ():
            for de in _DE.finditer(s, verb.end(), min(len(s), verb.end() + 120)):
                if _INFINITIVE.match(s, de.end()):
                    break  # "l'accusent de les avoir observées, sous couvert d'un exercice …": what was done
                if take(sentence, i, s[de.end() :], need_head=True):
                    break
        among = LIST_AMONG_CHARGES.search(s) if "parmi" in s else None
        if among is not None:
            # "A, B et C figurent notamment parmi les charges qui pèsent sur eux": the offences first
            take(sentence, i, among.group("offences"), need_head=True)
        stated_here = " the " in words and any(w in words for w in ("charge", "count", "offen", "indictment"))
        stated = LIST_IS_THE_CHARGE.search(s) if stated_here else None
        if stated is not None:
            # "Murder is the charge against X", "Theft, forgery and facilitation were the charges"
            take(sentence, i, "", need_head=True, items=_split_charges(stated.group("offences")))
        announced = list_then_charges(s, lowered) if ":" in s else None
        if announced is not None:
            # "Abus de fonction, blanchiment de capitaux : voilà ce qui vaut à X d'être jugé", "Sedition,
            # treason: those are the charges": the offences first, then what they are
            # (each item, named or not by an offence's noun: "… et acceptation de cadeaux indus : voilà …")
            if announced.group("offences"):
                take(sentence, i, "", need_head=False, items=_split_charges(announced.group("offences")))
            else:  # "… : ils avaient été reconnus coupables de tous ces faits": only what names an offence
                listed = _split_charges(announced.group("offences2"))
                named = [item for item in listed if starts_with_charge_head(item)]
                take(sentence, i, "", need_head=False, items=named)
        # most sentences hold none of the cues' verbs (their gate: the sentence's one automaton pass)
        if may_match(_HEADED_CUE_WORD, lowered) and search_lowered(_HEADED_CUE_WORD, s, lowered):
            # found from its beginnings in the lower-cased sentence, matched as written: one sentence in
            # twelve holds "charge" and passes the gate ("(?-i:The|the)" keeps the pattern from being lowered)
            for cue in finditer_from_starts(_HEADED_CUE, s, lowered):
                if s[cue.end() :].strip() == "" and i + 1 < len(sentences):
                    # "… les trois chefs qui lui étaient reprochés:" at a line's end: the list is next
                    take(sentences[i + 1], i + 1, sentences[i + 1].text, need_head=True)
                else:
                    take(sentence, i, s[cue.end() :], need_head=True)
    if language == "en":
        # "accused under section 58 of the Terrorism Act 2000", "count under Section 248 …, assault …"
        found += offences_under_a_section(sentences, starts_with_charge_head, seen, references=not found)
        # "two officers facing racketeering charges", "denied fraud charges": the offence before its noun
        for i, sentence in enumerate(sentences):
            if not _may_name_offence_before_noun(sentence.text):
                continue
            for m in _CHARGES_AFTER_OFFENCE.finditer(sentence.text):
                offence = m.group(1) or m.group(2) or m.group(3) or m.group(4)
                if starts_with_charge_head(offence):
                    take(sentence, i, "", need_head=True, items=_split_charges(offence.strip()))
    if found:
        return found
    # no "poursuivis pour": fall back on "l'affaire de corruption", "le procès pour viol", and on a headline
    # opened by the offence ("Assassinat d'X : le procès renvoyé", "Alleged Defamation: Court Adjourns …")
    for i, sentence in enumerate(sentences[:4]):
        offence = headline_offence(sentence.text, CHARGE_HEAD_WORDS)
        if offence:
            take(sentence, i, "", need_head=True, items=[offence])
    for i, sentence in enumerate(sentences):
        if not may_match(pats.loose_charge_intro, sentence.lowered):
            continue
        for intro in finditer_lowered(pats.loose_charge_intro, sentence.text, sentence.lowered):
            take(sentence, i, sentence.text[intro.end() :], need_head=True)
    for i, sentence in enumerate(sentences if language == "en" and not found else ()):
        # "the land fraud case against him", "in the fraud matter he is answering", "face subversion charges"
        if any(noun in sentence.text for noun in ("case", "trial", "matter", "charge")):
            offences = offences_naming_a_case(sentence.text, starts_with_charge_head)
            take(sentence, i, "", need_head=True, items=offences)
    return found


# offences shared out among the accused: "X pour les uns ; Y pour les autres", "X for some, Y for others"
_SHARED_OUT = re.compile(
    r"\s*(?P<some>[^.;:]{3,120}?)\s+(?:pour les uns|for some)\s*[;,]\s*"
    r"(?P<others>[^.;:]{3,120}?)\s+(?:pour les autres|for (?:the )?others)\b",
    FLAGS,
)


_ACCUSES_ACTIVE = re.compile(r"\baccus(?:e|ent|ait|aient|ant)\b")
_DE = re.compile(r"\b(?:de\s+|d['’]\s*)")
_INFINITIVE = re.compile(r"(?:(?:les|l['’]|leur|lui|se|s['’]|y|en)\s*)*(?:avoir|être|\w+(?:er|ir))\b")
_HEADED_CUE = re.compile(r"\b(?:" + lexicon.HEADED_CHARGE_CUES + r")", FLAGS)
_HEADED_CUE_WORD = re.compile(
    r"reproch|imput|pès|pesant|agit|retenu|écarté|\bover\b|denie|investigat|charge|offen|count|infraction|délit|"
    r"est pour|admit|rest|fac(?:es|ed|ing)\b|chef|grief|accusation|prévention|retien|retin|retenai|"
    r"these|they|allegation|plainte|accusé|acquitt|relax|affaires|dossiers|cases",
    FLAGS,
)


_NEEDS_OBJECT = frozenset(fold(h) for h in lexicon.CHARGE_HEADS_NEEDING_OBJECT)


# "le décret exclut les personnes condamnées pour terrorisme": a rule about others, not this case's charge
# ("Those 13, charged with …" are counted: this case's)
# (not "Une cinquantaine de personnes ont écopé … pour X": one count of people is this case's accused;
# "des dizaines de personnes … restent en détention pour X" stays a crowd)
# the offences of an earlier conviction, not of this case: "déjà condamné pour", "déjà été condamnée à deux
# reprises pour" (not English "already"/"previously": "had already pleaded guilty to", "stood previously
# convicted of" tell this case's earlier stage)
_PRIOR_RECORD = re.compile(r"\bdéjà(?:\s+été)?\s*(?=condamn)", FLAGS)
_GENERIC_PEOPLE = re.compile(
    r"\b(?:(?:les|des|aux|(?<!aine )de) personnes|ceux|celles|"
    r"quiconque|those(?! \d)|people who|anyone)\b",
    FLAGS,
)


_CHARGES_AFTER_OFFENCE = re.compile(
    # "Five criminal damage counts have been brought": how many, then the offence
    r"\b(?:facing|faces?|faced|on|denied|deny|denies|(?:pleaded|pled) not guilty to(?: the)?|"
    r"(?i:two|three|four|five|six|seven|eight|nine|ten)|\d+)\s+"
    # "denied the 11-count terrorism charge": how many counts is not the offence's name
    # "Each faces two murder counts and two kidnapping counts"
    r"(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+) )?(?:[\w]+-count )?"
    # ("on a robbery with aggravating circumstances charge": an offence named with its circumstance)
    r"((?:[a-z][\w-]+\s+){1,3}?|[a-z][\w-]+\s+(?:[a-z][\w-]+\s+)?(?:and|or)\s+(?:[a-z][\w-]+\s+){1,2}?|"
    r"[a-z][\w-]+\s+with\s+(?:[a-z][\w-]+\s+){1,2}?)"
    r"(?:charges?|counts?)\b|"
    # "A human trafficking case facing Salim Alasad", "the murder trial of two men", "the unlawful assembly
    # case of X", "Chishimba X's unlawful assembly case could not proceed"
    r"\b(?:[Aa]|[Tt]he) ((?:[a-z][\w-]+\s+){1,3}?)(?:case (?:facing|against|of)|trial of)\b|"
    r"['’]s ((?:[a-z][\w-]+\s+){1,3}?)(?:case|trial)\b|"
    # "sent murder suspect Botoka X back into custody", "Murder accused rethink bail bid", "Kottana murder
    # suspects sent to High Court": the offence that names the accused (not "some murder suspects had walked
    # out on Sh500,000": others, compared with; nor "a murder suspect would normally go to …": any one)
    r"\b(?<![Ss]ome )(?<![Oo]ther )(?<![Mm]any )(?<![Ss]everal )([A-Za-z][a-z-]+)\s+(?:accused|suspects?)\b"
    r"(?!\s+(?:would|could|should|may|might|can|often|usually|normally)\b)",
)


def _may_name_offence_before_noun(sentence: str) -> bool:
    """False only when `_CHARGES_AFTER_OFFENCE` cannot match: each match holds one of these words (its
    noun, or "case facing|against", "trial of"), in its case. The pattern is tried at every "a", "the" and
    number of a sentence: over every English sentence it cost three times what it did before those
    openings."""
    return (
        "charge" in sentence
        or "count" in sentence
        or "case facing" in sentence
        or "case against" in sentence
        or "case of" in sentence
        or "trial of" in sentence
        or (("case" in sentence or "trial" in sentence) and ("'s " in sentence or "’s " in sentence))
        or "accused" in sentence
        or "suspect" in sentence
    )


# "deux ans ferme pour, entre autres, diffamation": an incise may follow
_POUR = re.compile(
    r"\b(?:pour|for)(?:,\s*(?:entre autres|notamment|inter alia|among other things),)?\s+", FLAGS
)


def _charge_items(told: str, pats: Patterns) -> list[str]:
    """The charges listed at the start of `told`, up to where the clause moves on."""
    rest = past_an_announcing_colon(
        told,
        lambda text: starts_with_charge_head(_SECONDARY_CHARGE_CUE.sub("", text.lstrip())),
        CHARGE_HEAD_WORDS,
    )
    # "pour ‘’ terrorisme et atteinte …’’": quotes written as two single quotation marks
    rest = _SECONDARY_CHARGE_CUE.sub("", _HEDGE.sub("", rest).lstrip(" «“\"'‘’")).lstrip(" «“\"'‘’")
    stop = pats.charge_stop.search(rest)
    # ", la participation aux mouvements…" goes on with the list: only a comma before an article that does
    # not open an offence ends it (", la cour a…")
    while (
        stop
        and _ARTICLE_STOP.fullmatch(stop.group(0))
        and starts_with_charge_head(rest[stop.start() + 1 :].lstrip())
    ):
        stop = pats.charge_stop.search(rest, stop.end())
    segment = rest[: stop.start()] if stop else rest
    items = _split_charges(segment.rstrip(' .,;:»”"'))
    # past the first, an item that does not name an offence means the clause has moved on, unless one that
    # does follows it ("arson, property destruction, assault and theft")
    items = items_within_the_list(items, starts_with_charge_head, told)
    if stop and stop.group(0).strip() == "»":
        # « outrage au chef de l'Etat » … et « outrage à … »; « crimes terroristes », d'« homicide » et de
        # « complot … »: each item with its "de" (or its "pour", its article: pour « A » et pour « B »)
        more = re.match(
            r"\s*»[^«.;]{0,80}?(?:,|\bet\b|\band\b)\s*"
            r"(?:(?:et\s+)?(?:de\s*|d['’]\s*|du\s*|des\s*|pour\s*|for\s*|les?\s*|la\s*|l['’]\s*))?«",
            rest[stop.start() :],
        )
        if more:
            items += _charge_items(rest[stop.start() + more.end() :], pats)
    elif stop:
        # « … vol en réunion avec violence (…) » ainsi que pour association de malfaiteurs, …: past an aside,
        # a quotation's end or an amount, "ainsi que pour" goes on with the list
        for goes_on in LIST_GOES_ON_PAST_AN_ASIDE:
            more = goes_on.match(rest, stop.start())
            if more and starts_with_charge_head(rest[more.end() :]):
                items += _charge_items(rest[more.end() :], pats)
                break
    return items


_ARTICLE_STOP = re.compile(r",\s*(?:le|la|les|l')", FLAGS)


# "charged with, among other things, X": a hedge between the cue and the list
_HEDGE = re.compile(
    r"^\s*,?\s*(?:among other things|inter alia|notamment|entre autres|amongst others|pêle-mêle),?\s*", FLAGS
)

# "poursuivis pour des faits présumés de …": the second introducer is not part of the charge.
_SECONDARY_CHARGE_CUE = re.compile(
    r"^(?:(?:des|les|aux|of|the) )?(?:faits (?:présumés |supposés )?|chefs? (?:d['’]accusation )?|"
    r"accusations? |charges? |counts? )(?:de |d['’]|du |des |of |:\s*)",
    FLAGS,
)


def _split_charges(segment: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*(?:;|,(?!\d{3}\b))\s*", segment) if p.strip()]  # not "$7,000"
    # "X, Y, and Z": the last item of a list with a serial comma starts with its conjunction
    parts = [_LIST_JOINT_FIRST.sub("", p) or p for p in parts]
    # "poursuivis pour A, pour B et pour C": the preposition told again before each item
    parts = parts[:1] + [_REPEATED_FOR.sub("", p) or p for p in parts[1:]]
    items: list[str] = []
    for part in parts:
        pieces = LIST_JOINT.split(part)  # item, joint, item, joint, …
        current = pieces[0]
        for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            # "destruction et pillage des biens d'autrui" shares its complement;
            # "sécession et propagation de fausses nouvelles" is two offences
            # ("le port et la détention illégale d'une arme": the articles do not count)
            bare = LEADING_ARTICLES.sub("", current)
            shared_complement = len(bare.split()) == 1 and fold(bare) in _NEEDS_OBJECT
            if starts_with_charge_head(piece) and not shared_complement:
                items.append(current)
                current = piece
            else:
                current = f"{current}{joint}{piece}"
        items.append(current)
    # an offence's statutory name can be long ("constitution d'une bande criminelle en vue de planifier …")
    return [i for i in items if 1 <= len(i.split()) <= (24 if _named_by_a_noun(i) else 14)]


def _named_by_a_noun(item: str) -> bool:
    """An offence named by its head noun ("constitution d'une bande…"), not by what was done ("making…")."""
    words = LEADING_ARTICLES.sub("", item).split()
    # a capital past the first word is a clause that ran on ("… outside the U.S. Prosecutors described …")
    return (
        bool(words)
        and not words[0].endswith("ing")
        and not any(w[:1].isupper() for w in words[1:])
        and starts_with_charge_head(item)
    )


# "charged with A and with B": the preposition told again (the joints themselves: LIST_JOINT)
_REPEATED_FOR = re.compile(r"^(?:(?:also|aussi|également)\s+)?(?:pour|for|with)\s+", FLAGS)
_LIST_JOINT_FIRST = re.compile(r"^(?:et|and|ou|or|ainsi que|as well as|plus)\s+", FLAGS)


# `_charge_label`'s patterns, compiled once (it reads every item of every charge list)
_LABEL_OPENING = re.compile(
    r"^(?:notamment |aussi |également |encore |présumée?s? |supposée?s? |alleged |suspected |among them |"
    r"amongst them |"
    r"de |d['’]|du |des |de la |la |le |les |l['’]|une? |of |the |a |an |to |his |her |their |"
    # "accused of Noah X murder", "charged with the Ilkeston murder": the victim or the place, named first
    r"(?:(?-i:[A-Z])[\w'’-]+ ){1,3}(?=(?:murder|manslaughter|rape)s?\b))+",
    FLAGS,
)
# (and the word that opened a clause cut at its subject: "murdering a young man whom", "allegations that")
_AFTER_THE_OFFENCE = re.compile(
    rf"(?:^|\s+)(?:(?:de|d['’]|of|sur)\s+{NAME_WORD}(?:\s+{NAME_WORD})*(?:\s+(?:in|at|à)\s+{NAME_WORD})?|and|et|or|"
    rf"ou|(?:so )?that|whom|until|where|what)$"
)
_THREE_LETTERS = re.compile(r"[^\W\d_]{3,}")


_VERB_ALONE = re.compile(r"(?-i:[a-z]+ed)")


def _charge_label(item: str) -> str:
    label = _LABEL_OPENING.sub("", COUNT_PREFIX.sub("", item.strip())).strip(" «»“”\"'‘’.,")
    number = NUMBER_BEFORE_OFFENCE.match(label)
    if number:
        # "two killings" names killings; "trois dossiers examinés", "four co-accused" name no offence
        label = label[number.end() :] if starts_with_charge_head(label[number.end() :]) else ""
    # "complicité des mêmes faits": complicity in the offences just named is complicity
    label = SAME_OFFENCES.sub("", label)
    # "making a false call from a telephone kiosk last [Saturday]": the day cut off, its "last" left behind
    # "involuntary manslaughter and other charges": the others, unnamed, are no part of the one named
    label = TAIL_AT_END.sub("", label)
    if held := HELD_IN_POSSESSION.match(label):
        # "having 15.85 pounds of cannabis in their possession for the purpose of trafficking": the offence is
        # the possession of what is named, however much of it
        label = f"possession of {held.group(1)}{held.group(2)}"
    label = offence_of_adverb_and_gerund(label)
    # "meurtre de Guylaine X", "murder of Andre Y in Windhoek", "charged with murder and …": no victim
    label = _AFTER_THE_OFFENCE.sub("", label).rstrip(" «»“”\"'’")  # "'disturbing the peace' of President X"
    if demonstrative := _DEMONSTRATIVE.match(label):
        # "ces violences volontaires mortelles", "that offence", "cette procédure": told before; named again
        # only by its own few words ("ce meurtre"), not "ces deux délits" nor a clause
        rest = label[demonstrative.end() :]
        label = (
            rest
            if starts_with_charge_head(rest)
            and len(rest.split()) <= 3
            and not NUMBER_BEFORE_OFFENCE.match(rest)
            else ""
        )
    if CHARGES_BY_NUMBER.match(label) or ANAPHORIC_OFFENCES.match(label):
        # "pleaded not guilty to all the counts", "poursuivis pour les mêmes faits": which ones, untold
        return ""
    deed = DEED_DONE.match(label)
    if deed and fold(deed.group(1) or deed.group(2)) in OFFENCE_OF_DEED:
        # "poursuivis pour avoir assassiné deux mères": the deed told by its verb is the offence it names
        return OFFENCE_OF_DEED[fold(deed.group(1) or deed.group(2))]
    if (
        not label
        or not _THREE_LETTERS.search(label)
        or VERB_FIRST.match(label)
        or names_no_offence(label, starts_with_charge_head)
        # "deux accusés de Québec": where the accused come from
        or label in lexicon.CITY_COUNTRY
        # "the killing they are accused of happened on 22 May": a verb alone names no offence
        or _VERB_ALONE.fullmatch(label)
        # "beating him", "trying to kill": a deed told, not an offence named
        or label.split()[0].lower() in lexicon.NARRATED_DEEDS
        # "en audience publique", "dans cette histoire", "leur participation", "be lenient": a phrase the cue
        # ran into, which opens on no noun of an offence; "la mort de X": the event, not the offence
        or _NO_OFFENCE_FIRST.match(label)
    ):
        return ""
    if not starts_with_charge_head(label) and len(label.split()) > 6:
        return ""
    return label[0].lower() + label[1:] if not label[:2].isupper() else label


# "ce meurtre", "that offence": an offence the text told before
_DEMONSTRATIVE = re.compile(r"(?:that|this|these|those|ce|cet|cette|ces)\s+", FLAGS)
_NO_OFFENCE_FIRST = re.compile(
    # ("he said", "il aurait essayé d'influencer un témoin": a clause of its own, its subject a pronoun)
    r"(?:en|dans|sur|à|in|on|leur|leurs|rien|même|mêmes|be|être|he|she|they|it|il|elle|ils|elles|"
    # ("la mort de sa mère", "les heurts de samedi", "l'affaire du 16 décembre": the event, not its offence)
    r"mort|death|heurts|émeutes|exactions|attaques?|affaire|incidents?)\b",
    FLAGS,
)
