"""Lists of offences whose items an offence's noun does not always open: "arson, property destruction,
assault and theft", "The counts range from abuse of office … to theft by agent and conspiracy to defraud"."""

from __future__ import annotations

import re
from collections.abc import Callable

from docket.extract.charge_nouns import COUNTED_OFFENCE_NOUNS
from docket.extract.mentions import Sentence
from docket.extract.patterns import may_match
from docket.text import FLAGS

# a name in a list that no head noun opens: short, in lower case, no figure ("property destruction",
# "conflits d'intérêts", "common nuisance"), not a clause ("the court heard", "Mr X said"), not an adverb
# ("…, surtout, …") nor an apposition ("en l'occurrence un rétroviseur", "namely a knife")
_PLAIN_NAME = re.compile(
    r"(?!(?:surtout|notamment|aussi|également|enfin|encore|ensuite|especially|also|mainly|notably|then)$|"
    r"(?:en l['’]occurrence|à savoir|soit|namely|including|dont|such as)\b)"
    r"[^\W\d_A-Z][^\d.!?A-Z]{2,60}"
)


# what joins two items of a list of offences: "et", "and", "as well as", with the "pour"/"for"/"with" of each
# ("one month for criminal trespass and three months for conducting reconnaissance": a term per offence)
LIST_JOINT = re.compile(
    r"(\s+(?:et|and|ou|or|ainsi que|as well as)\s+(?:(?:[\w-]+ ){1,2}(?:years?|months?|weeks?) )?"
    r"(?:pour\s+|for\s+|with\s+)?)",
    FLAGS,
)


def items_within_the_list(
    items: list[str], starts_with_offence: Callable[[str], bool], told: str = ""
) -> list[str]:
    """The items of a list of offences up to the last one an offence's noun opens: "arson, property
    destruction, assault and theft", "d'abus de fonction, de conflits d'intérêts et de rébellion". Past the
    first, an item no offence's noun opens belongs to the list only when one that does follows it and it
    reads as a short name (at most seven words, in lower case); after the last such item the clause has moved
    on. A list set out after the offences' count and a colon or a dash (`told`, the text it was told in) holds
    its short names to its end ("four offences — sexual assault; child luring; and invitation to sexual
    touching")."""
    named = [i for i, item in enumerate(items) if i and starts_with_offence(item)]
    last = len(items) if _SET_OUT_AFTER_A_COUNT.match(told) else named[-1] if named else 0
    return items[:1] + [
        item
        for i, item in enumerate(items[1:], 1)
        if starts_with_offence(item) or (i < last and len(item.split()) <= 7 and _PLAIN_NAME.fullmatch(item))
    ]


_SET_OUT_AFTER_A_COUNT = re.compile(
    rf"^[^.;:!?—–]{{0,60}}\b(?:chefs d['’]accusation|{COUNTED_OFFENCE_NOUNS})\s*(?::|\s[—–])", FLAGS
)
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


# "The charges:" then "Phillip X - murder; being a part of a criminal organisation." on a line of its own:
# who, a dash, then the offences in lower case
_NAMES_DASH_OFFENCES = re.compile(
    r"(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,4}\s+[-–—]\s+(?-i:[a-zà-ÿ])", FLAGS
)
_CAPITALISED_WORDS = re.compile(r"\s*(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s+|,\s*|\s+(?:and|et)\s+)?){1,8}", FLAGS)


def offences_after_names(
    lines: list[tuple[int, str]], starts_with_offence: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """The offences of each line; "Tyrese X - murder; illegal possession of a firearm" → those after the
    names of who faces them (capitalised words that open no offence, then a colon or a dash), as a list."""
    return [(j, _offences_after_names(item, starts_with_offence)) for j, item in lines]


def _offences_after_names(item: str, starts_with_offence: Callable[[str], bool]) -> str:
    who_then_what = WHO_THEN_WHAT.match(item)
    if who_then_what is None:
        return item
    who = item[: who_then_what.end()].strip(" -–—•*·:")
    if not _CAPITALISED_WORDS.fullmatch(who) or starts_with_offence(who):
        return item  # "Murder: two counts": the offence itself opens the line
    return item[who_then_what.end() :].replace(";", ",")


# "charged them with a string of offenses:" and, on the next line, the offences: a cue's object that only
# announces them
OFFENCES_TO_COME = re.compile(
    r"\s*(?:a (?:string|series|number|list|host|raft|range)|several|various|the following|these|plusieurs|"
    r"les (?:infractions|chefs) suivante?s)(?: of)?(?: \w+)? ?"
    r"(?:offen[cs]es|charges|counts|crimes|infractions|chefs)?\s*:\s*"
    # "On leur reprochait une série de faits criminels graves :", "On leur reprochait deux choses :"
    r"|\s*(?:[\w'’-]+ ){0,3}(?:faits|chefs|délits|crimes|infractions|choses|griefs)(?: [\w'’-]+){0,3}\s*:\s*",
    FLAGS,
)
# a line's bullet: a dash or a dot, a number, or a penal code's section and a dash ("302 – murder;")
_BULLET_MARK = r"(?:[-–—•*·]|\d{1,2}[.)]|\d{2,3}(?:-?[A-Z])?\s+[–—-])"
_BULLET = re.compile(rf"\s*{_BULLET_MARK}\s+")
# lines that no full stop ends read as one sentence: "1. conspiracy (section 369); 2. common assault
# (section 227);", "- fausse attestation ; - abus de fonction ;", "- publication d'écrits …, - usurpation de
# la fonction de journaliste." hold two items each (after a comma, only a dash or a dot opens an item)
_BULLETS_IN_LINE = re.compile(rf";\s*{_BULLET_MARK}\s+|,\s*[-–—•*·]\s+")


def bulleted_items(sentences: list[Sentence], i: int, lines_alone: bool = True) -> list[tuple[int, str]]:
    """The offences listed under sentence `i`, one a line after a bullet, with the index of each line's
    sentence. `lines_alone`: "The charge:" and, on the next line, the list itself without bullets."""
    items: list[tuple[int, str]] = []
    for j in range(i + 1, len(sentences)):
        bullet = _BULLET.match(sentences[j].text)
        if bullet is None:
            following = sentences[j].text.lstrip()
            if following[:1].islower() and (
                _LIST_GOES_ON.search(following)
                if j == i + 1
                else _LIST_GOES_ON.search(sentences[j - 1].text) and not _BULLET.match(sentences[j - 1].text)
            ):
                # "found guilty of the following charges:" then "conspiracy,", "obstruction of justice,": a
                # line each, unbulleted, the comma or semicolon closing each but the last (after bulleted
                # lines, "- violation des consignes," then "pour des faits survenus …" closes the sentence)
                items.append((j, following.replace(";", ",").rstrip(" ,.")))
                continue
            if lines_alone and j == i + 1 and following[:1].islower():
                items.append((j, following.replace(";", ",")))
            elif _NAMES_DASH_OFFENCES.match(following):
                items.append((j, following))  # "Phillip X - murder; …": a line of its own, unbulleted
                continue
            break
        items.extend((j, item) for item in _BULLETS_IN_LINE.split(sentences[j].text[bullet.end() :]))
    return items


_LIST_GOES_ON = re.compile(r"[,;]\s*$")


# A sentence that ends on a colon after a word for the offences: "found X guilty of three crimes:", "They
# appeared on a five-count charge sheet:", "Les poursuites portent notamment sur :", "entered guilty pleas
# to:", "Liste non exhaustive des griefs :", "He faces 21 charges concerning three girls, the earliest
# allegedly committed in 1968:"; or on "pour :" after a verb of the proceedings: "les jeunes majeurs ont été
# condamnés, entre autres, pour :", "écroué le 26 mai dernier, pour :", "Le parquet les poursuit pour :"
_OFFENCES_INTRODUCED = re.compile(
    r"(?:\b(?:charges?|counts?|crimes?|offen[cs]es?|charge sheet|indictment|guilty of|pleas? to|"
    r"coupables? de|chefs?|griefs|poursuites|reproché(?:e?s)?|infractions?|accusations?|préventions?|"
    r"inculpations?|allegations?|allégations?|convictions?|"
    # "the Pakistan Penal Code sections applied are:" then "302 – premeditated murder;"
    r"sections? (?:\w+ )?(?:are|were)|"
    # ("The charges, all linked to events alleged to have happened at Sarina on December 27, are:")
    r"délits)\b[^.;:!?]{0,100}|"
    r"\b(?:condamn|poursui[vt]|inculp|écrou|jugée?s?\b|détenue?s?\b|arrêtée?s?\b|interpellée?s?\b|convicted|"
    r"charged|sentenced|jailed|arrested|indicted|prosecuted)[^.;:!?]{0,60}\b(?:pour|for)\s*|"
    # "le président reprend les faits, survenus le 10 mars à Schiltigheim :" then one offence a line: the
    # facts the bench reads out are those the accused is tried for
    r"\b(?:reprend|rappelle|expose|résume|lit|énumère)\w* les faits\b[^.;:!?]{0,80}|"
    # "Le tribunal a également retenu contre lui :"
    r"\bretenue?s? (?:\w+ )?contre (?:lui|elle|eux|elles|[^.;:!?]{1,40}?)\s*)"
    r":\s*$",
    FLAGS,
)


def introduces_bulleted_offences(sentence: str, previous: str = "") -> bool:
    """`sentence` ends on a colon after a word for the offences; or it is "Parmi eux :" after a sentence that
    counts them ("Il devait répondre de sept chefs d'inculpation. Parmi eux :")."""
    if not sentence.rstrip().endswith(":"):
        return False
    # "… the most serious of the counts. Adjudication was withheld on the others:": the rest of those counted
    if _AMONG_THEM.fullmatch(sentence) or _THE_OTHERS_AT_END.search(sentence):
        return _OFFENCE_NOUN.search(previous[-150:]) is not None
    return _OFFENCES_INTRODUCED.search(sentence[-150:]) is not None


_AMONG_THEM = re.compile(
    r"\s*(?:parmi (?:eux|elles|ceux-ci|celles-ci|lesquels|lesquelles)|among them|notamment|entre autres|"
    r"including)\s*:\s*",
    FLAGS,
)
# (the others a preposition governs, not "Sowore and the others, namely:", the people tried with him)
_THE_OTHERS_AT_END = re.compile(
    r"\b(?:on|of|for|to|sur|pour) (?:the others|the rest|les autres)\s*:\s*$", FLAGS
)
_OFFENCE_NOUN = re.compile(
    r"\b(?:charges?|counts?|chefs? d['’](?:accusation|inculpation)|infractions?|offen[cs]es|délits|crimes)\b",
    FLAGS,
)


_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")


def names_an_offence_alone(item: str) -> bool:
    """A bulleted line that names an offence, its statute in brackets aside ("Riotous Conduct (Public
    Order Act No. 46 of 1965, s. 12(a))"), not one that tells who got what ("A (Newport) received 15 years
    for …")."""
    bare = _BRACKETED.sub("", item)
    # "« conception et publication de nouvelles fausses » destinées à amener …": the quoted offence, then
    # what the indictment says of it
    quoted = _QUOTED_FIRST.match(bare)
    if quoted is not None:
        bare = quoted.group(1)
    return not any(ch.isdigit() for ch in bare) and len(bare.split()) <= 14


_QUOTED_FIRST = re.compile(r"\s*(?:(?:l['’]|la |le |les )\s*)?[«“\"]\s*([^«»“”\"]{3,200}?)\s*[»”\"]")


# a line of a list that names people, a colon, then what they face: "- Pathé Ba : recel de malfaiteurs ;"
# ("The charges:" then "Phillip X - murder; being a part of a criminal organisation.": a dash before the
# offences, in lower case)
WHO_THEN_WHAT = re.compile(
    r"\s*(?:[-–—•*·]\s+)?(?-i:[A-ZÀ-Ý])[^:]{1,300}?\s(?::|[-–—](?=\s+(?-i:[a-zà-ÿ])))\s+(?=\S)"
)
_CAPITALISED_PAST_FIRST = re.compile(r"\s(?-i:[A-Z])[a-z]")
_LOWER_CASE_WORD = re.compile(r"\b(?-i:[a-z])[a-z]{2,}")


def offences_of_who_then_what(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "- A et B : association de malfaiteurs ;": the offences of each line that names who faces them."""
    return [(j, item[m.end() :].replace(";", ",")) for j, item in lines if (m := WHO_THEN_WHAT.match(item))]


def reads_as_people(item: str, starts_with_offence: Callable[[str], bool]) -> bool:
    """A line of a list that names people, not an offence: "Nokwanda;", "her brother Bongani and her sister
    Thanthiswa;" (a capital past the first word among words in lower case, or one capitalised word that
    opens no offence), "KOUMA Essowè;"; not "Riotous Conduct (Public Order Act …)", an offence in title
    case."""
    bare = _BRACKETED.sub("", item).strip(" ,;.")
    if _CAPITALISED_PAST_FIRST.search(bare) and _LOWER_CASE_WORD.search(bare):
        return True
    words = bare.split()
    if 2 <= len(words) <= 5 and all(word[:1].isupper() for word in words):
        # "KOUMA Essowè", "Koffi TCHALLA": a surname in capitals beside a given name (an offence in title case
        # has no word in capitals)
        in_capitals = [len(word) > 1 and word.isupper() for word in words]
        return any(in_capitals) and not all(in_capitals)
    return len(bare.split()) == 1 and bare[:1].isupper() and not starts_with_offence(bare)


# a list at the sentence's start, or after a dateline's dash, up to its colon (its group named `name`)
_LIST_BEFORE_COLON = r"(?:^|\s[-–—]\s)\s*(?P<{name}>(?:(?!\s[-–—]\s)[^:.;!?]){{3,200}}?)\s*:\s*"
# "Abus de fonction, blanchiment : voilà ce qui vaut à X d'être jugé": the offences first, then what they are
LIST_THEN_CHARGES = re.compile(
    _LIST_BEFORE_COLON.format(name="offences")
    # "… : voilà ce qui leur est reproché", "… : voilà ce qui est reproché aux 22 prévenus", "… : c'est ce
    # qu'on lui reproche", "… : telles étaient les infractions retenues"
    # "… : c'est ce qui vaut à une bande de … de défiler devant le tribunal"
    + r"(?:c['’]est ce qu(?:i|['’]on)\b[^.;:]{0,20}?\breproch|c['’]est ce qui (?:vaut|valait|a valu) à|"
    r"(?:voilà|voici|ce sont|tels sont|telles sont|tels étaient|telles étaient|those are|these are|"
    r"such are)\b[^.;:]{0,30}?\b(?:ce qui (?:vaut|valait|(?:(?:lui|leur) )?(?:est|était|sont|étaient) "
    r"reproché)|ce qu['’]on (?:lui|leur) reproch|"
    # "Murder, manslaughter and arson: these are what 37 inmates were accused of"
    r"what\b[^.;:]{0,80}?\b(?:accused|charged|convicted|suspected|indicted) of|"
    r"(?:les |the )?(?:chefs?|charges?|accusations?|counts?|infractions?|griefs|préventions?|"
    r"faits reprochés)))"
    # "Meurtre, viol, vol à main armée : ils avaient été reconnus coupables de tous ces faits"
    + "|"
    + _LIST_BEFORE_COLON.format(name="offences2")
    + r"[^.;:]{0,80}?\b(?:tous |toutes )?(?:ces|ces mêmes) (?:faits|chefs|infractions|crimes|délits)\b",
    FLAGS,
)


def list_then_charges(sentence: str, lowered: str | None) -> re.Match[str] | None:
    """`LIST_THEN_CHARGES.search(sentence)`, spared where the sentence (`lowered`: its `lowered_text`) holds
    none of the words after the colon ("voilà", "ces faits"): tried at every start of a list of up to 200
    characters, it cost 13 µs a sentence with a colon; 3 of the 97 such sentences of the samples and the dev
    set hold one of those words."""
    return LIST_THEN_CHARGES.search(sentence) if may_match(LIST_THEN_CHARGES, lowered) else None


LIST_AMONG_CHARGES = re.compile(
    r"(?:^|[.:]\s|\s[-–—]\s)\s*(?P<offences>[^:.;!?]{3,400}?)\s+(?:figur(?:ent|aient)|sont|étaient) "
    r"(?:notamment |entre autres |aussi |également )?parmi (?:les|leurs?) "
    r"(?:charges|chefs|accusations|infractions|griefs|préventions)\b",
    FLAGS,
)


# "Murder is the charge against Charles X", "Theft of property, forgery and criminal facilitation were the
# charges", "Conspiracy to commit murder, larceny and arson are also on the indictment": the offences as the
# subject, the charge noun after the verb
LIST_IS_THE_CHARGE = re.compile(
    r"(?:^|[.:]\s)\s*(?P<offences>[^.;:!?]{3,200}?)\s+(?:is|was|are|were)\s+(?:also\s+)?"
    # ("Conspiracy and kidnapping are the two counts on which A, B … stand trial": their number between)
    r"(?:(?:the|among the)\s+(?:main |only |sole |(?:two|three|four|five|six|\d+) )?"
    r"(?:charges?|counts?|offen[cs]es)|"
    r"(?:on|in) the (?:indictment|charge sheet))\b",
    FLAGS,
)


# the joints of "de X à Y, en passant par Z et W", each with the article of the next offence
_RANGE_JOINT_FR = re.compile(
    r"\s+à\s+(?:l['’]|la |le |les )|,\s*en passant par\s+(?:l['’]|la |le |les )?|"
    r"\s+et\s+(?:l['’]|la |le |les )",
    FLAGS,
)


def passing_through_items(rest: str) -> list[str]:
    """The offences of "de l'extorsion à l'exploitation …, en passant par le trafic … et la détention …"."""
    end = re.search(r"[.;:!?]|\s[–—-]\s", rest)
    return [
        item.strip(" ,")
        for item in _RANGE_JOINT_FR.split(rest[: end.start()] if end else rest)
        if item.strip(" ,")
    ]


def semicolon_list_as_commas(rest: str) -> str:
    """ "include murder; grievous bodily harm; forgery; and abduction": a list whose items semicolons part,
    each a few words long, read as a comma list (a semicolon after a long clause ends the list instead)."""
    parts = rest.split(";")
    if len(parts) < 3 or any(len(part.split()) > _SEMICOLON_ITEM_WORDS for part in parts[:-1]):
        return rest
    return rest.replace(";", ",")


_SEMICOLON_ITEM_WORDS = 10


# "- vols qualifiés : 12", "- viol : 20": a session's roll told as offences and how many cases of each
_TALLY_LINE = re.compile(r"\s*[-–—•*·]\s+(?P<offence>[^:\d]{3,80}?)\s*:\s*\d{1,4}\s*[;,.]?\s*")


def tallied_offence(
    sentences: list[Sentence], i: int, starts_with_offence: Callable[[str], bool]
) -> str | None:
    """The offence of sentence `i` when it is a line of a tally of at least three ("Le procureur général a
    détaillé les 76 affaires :" then "- vols qualifiés : 12", "- parricide : 1") and an offence opens it."""
    line = _TALLY_LINE.fullmatch(sentences[i].text)
    if line is None or not starts_with_offence(line["offence"]):
        return None
    neighbours = sentences[max(0, i - 2) : i] + sentences[i + 1 : i + 3]
    tallied = sum(1 for other in neighbours if _TALLY_LINE.fullmatch(other.text))
    return line["offence"] if tallied >= 2 else None


def counts_taken_up(sentences: list[Sentence], i: int) -> str | None:
    """The text after "These were" when sentence `i` names the counts the sentence before numbered: "… to
    answer six counts. These were conspiracy (section 6(b)) and armed robbery …"; "Ils répondent de trois
    chefs d'accusation. Il s'agit de l'association de malfaiteurs, …"."""
    if not i or not _COUNTS_CLOSING.search(sentences[i - 1].text):
        return None
    opening = _COUNTS_TAKEN_UP.match(sentences[i].text)
    return sentences[i].text[opening.end() :] if opening else None


_COUNTS_CLOSING = re.compile(
    r"\b(?:counts?|charges?|offen[cs]es|chefs(?: d['’](?:accusation|inculpation))?|infractions)\s*[.:]?\s*$",
    FLAGS,
)
_COUNTS_TAKEN_UP = re.compile(
    r"\s*(?:(?:These|They|The (?:counts|charges|offen[cs]es)) (?:were|are|include|included|comprised?)\s+|"
    r"(?:Il s['’]agit|Ce sont|Ils? (?:sont|étaient)) (?=de |d['’]|du |des ))",
    FLAGS,
)


# Where a list of offences goes on past what stopped it, the nearest way first:
# "attroupement (article 232 du code pénal) et incitation à la révolte (article 157)": past the article;
# "conspiracy (section 6(b)) and armed robbery": a section's own brackets inside the aside
# "… a firearms offense that carries five years, and with attempted use of …": past a clause on the penalty;
# "de vols en réunion commis la nuit avec effraction, de recel et …": past a circumstance, ", de" an offence;
# "vol en réunion avec violence (…) et à mains armées … » ainsi que pour association de malfaiteurs": past an
# aside that a bracket opened; "armed robbery (section 1(1)) under the Robbery Act, together with murder"
LIST_GOES_ON_PAST_AN_ASIDE = (
    re.compile(r"\s*\((?:[^()]|\([^()]{0,12}\)){1,80}\)\s*(?:,\s*|\s(?:et|and)\s+)", FLAGS),
    re.compile(
        r"[^.;:]{0,160}?(?:\s(?:ainsi que|as well as) (?:pour|for) |,?\s(?:together|along) with |"
        r",\s(?:(?:and|et) (?:with|pour) |de |d['’]))",
        FLAGS,
    ),
)


def offences_tallied(sentence: str, starts_with_offence: Callable[[str], bool]) -> list[str]:
    """The offences of a session's roll told with their counts in one sentence, three at least: "murder (10),
    aggravated defilement (13), rape (9) and aggravated robbery (7)"; "13 affaires de viol, 6 de vol, 4
    d'infanticide". The cases of a criminal session are tried for these offences."""
    if sentence.count("(") < 3 and sentence.count(" de ") + sentence.count(" d'") < 3:
        return []  # most sentences tally nothing
    for pattern in (_TALLIED_IN_BRACKETS, _TALLIED_AFTER_COUNTS):
        # (a cause list's offences in title case: "Aggravated Defilement (15)")
        found = [
            m["offence"].lower() if m["offence"].istitle() else m["offence"]
            for m in pattern.finditer(sentence)
        ]
        offences = [offence for offence in found if starts_with_offence(offence)]
        if len(offences) >= 3:
            return offences
    return []


# ", murder (10)", ": Aggravated Defilement (15)", "and rape (2)": an offence, then its count in brackets
_TALLIED_IN_BRACKETS = re.compile(
    r"(?:^|[,:;]\s*|\s(?:and|et)\s+|\bby\s+)(?:followed by\s+|then\s+|including\s+|namely\s+)?"
    r"(?P<offence>[A-Za-zÀ-ÿ][\w'’ -]{2,50}?)\s*\(\d{1,4}\)",
    FLAGS,
)
# "13 affaires de viol, 6 de vol, 4 d'infanticide": a count, then the offence after its "de"
_TALLIED_AFTER_COUNTS = re.compile(
    r"\b\d{1,4}\s+(?:(?:affaires|dossiers|cas)\s+)?(?:de |d['’])"
    r"(?P<offence>[\w'’ -]{3,50}?)(?=\s*(?:,|;|\.|$|\set\s))",
    FLAGS,
)
