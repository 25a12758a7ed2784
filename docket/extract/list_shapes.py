"""The shapes of a list of people in a report: what introduces it ("Il s'agit de", "Sur le banc :"), what
joins its items (commas, "et", "; de", long appositions) and what gives another name of the same person."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.names import TITLE_WORDS
from docket.extract.role_gaps import AGE_AFTER_NAME
from docket.text import FLAGS, NAME_WORD

NAMED_NEXT = re.compile(rf"\s+{NAME_WORD}")
# the end of the text before a role noun that the people of a list stand before, not belong to: "quatre
# seulement se tenaient devant les juges : A, B…"
FACING_THE_BENCH = re.compile(
    r"\b(?:devant|before|face (?:aux?|à))\s+(?:les |le |la |l['’]|the |a )?(?:same |mêmes? )?$", FLAGS
)
# a title before a list's first name: "Prof", "Dr", "Hon."
TITLE_BEFORE_ITEM = re.compile(
    r"(?:\b(?:Prof|Professor|Pr|Dr|Doctor|Rev|Hon|Chief|Alhaji|Mr|Mrs|Ms|Me|M|Mme|Mlle)\.?\s+)+$"
)
ACTS_ON_NEXT = re.compile(
    # ("A, représenté par Me B", "A, represented by B": the one named next is counsel, no item of a list)
    r",\s*(?:qui (?:défend\w*|représent\w*|assist\w*)|who (?:defend\w*|represent\w*)|representing|defending|"
    r"(?:représentée?s?|défendue?s?) par|(?:represented|defended) by|"
    r"let|lets|told|tells|said|says|asked|ordered|granted|freed|released|remanded|sentenced|jailed|named|"
    r"identified|"
    # "justices A and B, found C's appeal to be without merit": the bench's finding, C no judge of it (not
    # "A, found guilty last year, and B")
    r"found(?! (?:not )?guilty| liable| in contempt| dead)|dismissed|upheld|quashed|rejected|"
    r"convicted|acquitted|gave|sent|refused|denied|fined|a (?:condamné|relaxé|acquitté|libéré|renvoyé|placé|"
    r"entendu|interrogé)|ont (?:condamné|relaxé|acquitté|libéré|renvoyé|placé))\b",
    FLAGS,
)
ALL_OF_THEM = re.compile(
    r"\s*(?:tous|toutes|tous les \w+|les \w+|ils|elles|all|both|all \w+|the \w+|they)\b", FLAGS
)
# a military or civil rank before a name in a list: "du colonel-major A ; des adjudants-chefs B et C"
RANK = (
    r"(?i:colonel|capitaine|lieutenant|commandant|général|sergent|adjudant|caporal|soldat|major|brigadier|"
    r"officier|commissaire|inspecteur|docteur|professeur)s?(?:-[a-zà-ÿ]+)?"
)
LIST_INTRODUCER = re.compile(
    # a short label may stand between the colon and the list: "… : côté OSC, A, B"
    rf"(?:{lexicon.LIST_INTRODUCERS})\s*,?\s*(?:[^.;:!?(),]{{1,30}},\s*)?(?:de |d['’]|du |des |les |the )?"
    # "The civilians among them are Dr A, …; B", "Il s'agit du colonel-major A ; du capitaine B"
    rf"(?:{TITLE_WORDS}\s+|(?:l['’])?{RANK}\s+)?$",
    FLAGS,
)
# "The State alleges that on May 14 they killed:", "in an attempt to kill them: A, B", "the deaths of:": the
# list is the object of the harm, its people the victims ("the victims were:", "les défunts sont :")
VICTIM_LIST_INTRODUCER = re.compile(
    r"\b(?:killed|murdered|shot dead|stabbed|raped|abducted|kidnapped|kill(?:ing)? them|murder(?:ing)? them|"
    r"tué|tués|assassiné|assassinés|abattu|abattus|poignardé|poignardés|enlevé|enlevés|"
    r"(?:the )?(?:victims|deceased) (?:are|were|included?)|(?:les )?(?:victimes|défunts) (?:sont|étaient)|"
    # "orchestrated the deaths of:", "l'assassinat de :" then the names, one a line
    r"(?:deaths?|murders?|killings?|assassinats?|meurtres?|mort) (?:of|de|d['’]|des)|"
    # "The animals belonged to:" then the owners: whom the theft harmed
    r"belong(?:ed|s)? to|appartenaient à|appartiennent à)"
    r"\s*:\s*$|"
    # "The dead were named as A (husband), B (wife) and their four children: C, D"
    r"\b(?:the )?(?:dead|deceased|victims?) (?:were|was|are|is|have been|has been) (?:named|identified) as\b"
    r"[^.;:]{0,160}?:?\s*$",
    FLAGS,
)
DEFENDANT_LIST_INTRODUCER = re.compile(
    # ("The four on trial are:" then a name a line: the colon after the verb)
    # (the first item may open on its bullet: "… coupables de « vol » :\n- le gendarme major A ;")
    rf"(?:{lexicon.DEFENDANT_LIST_INTRODUCERS})\s*[,:]?\s*(?:[-–—•*·]\s*)?(?:de |d['’]|du |des |les |the )?"
    # "Those committed are Sheikh Yahaya Mawanja, …": the first item's title; "Sur le banc : le chanteur A"
    r"(?:(?:mr|mrs|ms|dr|sheikh|shiekh|hajji?|pastor|rev|chief)\.?\s+|"
    r"(?:le |la |l['’]|the |a |an )[a-zà-ÿ-]+\s+(?:[a-zà-ÿ-]+\s+)?)?$",
    FLAGS,
)
# "Named as the relatives: A, B and C", "Four sureties came forward: A, B": kin and sureties are no parties
# to the case
NO_PARTY_GROUP = re.compile(
    r"\b(?:relatives|brothers|sisters|sureties|guarantors|supporters|family members|proches|frères|sœurs|"
    r"soeurs|garants|sympathisants)\b",
    FLAGS,
)
OWN_GROUP = re.compile(
    r"\b(?:plusieurs|quelques|de nombreu(?:x|ses)|nombre de|several|many|some|a number of)\s+[a-zà-ÿ]{3,}|"
    + NO_PARTY_GROUP.pattern,
    FLAGS,
)
# how far back a list's introducer and its group noun are looked for (a bound: a list can be long)
GROUP_WINDOW = 200
REPEATED_DE_JOINT = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:de|d['’])\s*", FLAGS)
APPOSITION_JOINT = re.compile(
    r"\s*,\s*(?:(?:a|an|the|un|une|le|la|l['’]|les|son|sa|ses|his|her|their|ex-|former|ancien|ancienne|once)\b|"
    # "A, présenté comme le cerveau du dossier, B, chargé de mission du mouvement, ainsi que le chef C"
    r"[a-zà-ÿ]+(?:ée?s?|ed)\b)"
    # an apposition may run long: "A, ancien président du Faso, qui tenait en même temps à l'époque le
    # ministère de la Défense et des Anciens combattants, ainsi que B"
    r"(?:[^.;:!?()]|\([^()]{0,60}\)){0,150},\s*"
    r"(?:(?:et|and|ainsi que|as well as)\s+"
    r"(?:(?:le|la|l['’]|les|the|son|sa|his|her)\s+)?(?:[a-zà-ÿ'’-]+\s+){0,2})?"
    # "Il s'agit de A, ex-ministre de l'Intérieur, d'B": the list's repeated "de"
    r"(?:de |d['’])?",
    FLAGS,
)
# "A, 32, of Ntungamo; B", "…; côté presse, C": a list's items between semicolons, each perhaps labelled
SEMICOLON_JOINT = re.compile(
    # an apposition may hold an abbreviation: "A, secrétaire général de l'Union des syndicats (UST) ; B";
    # an age may come first: "A (19), a food vendor; B"
    # "A (54, Wordsworth Avenue); B (39, Rydal Street)": an age and an address in brackets
    # "Moulaye Haïdara du Pdes ; Samba Coulibaly du parti Nema ; …": each item with the party it belongs to
    # "Amos X from Lwemba Village; Sulaiman Y from Busimba Zone": each item with where the person is from
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:\s(?:du|de la|des|de|d['’]|of the|of|from)\s*[^.;:!?(),]{1,40})?"
    r"(?:,(?:[^.;:!?()]|\([^()]{0,20}\)){0,100})?;\s*(?:(?:et|and|enfin|à)\s+)?"
    # "; du capitaine B", "; enfin de l'adjudant C": each item with its rank
    # "; de Moustapha LÔ, chargé de la communication": "Il s'agit de A, … ; de B"
    # "; bus driver B (36, Bauleni); …": each item with its trade
    rf"(?:[^.;:!?(),]{{1,30}},\s*|(?:de |du |des |d['’])(?:l['’])?{RANK}\s+|(?:de |d['’])|"
    r"(?:(?!(?:et|and|enfin|puis|then|finally)\b)[a-zà-ÿ][\w'’-]*\s+){1,3})?",
    FLAGS,
)
# "A et B ; - dans le dossier du coup d'Etat : C et D": the next line of the list, opened on its matter
BULLETED_MATTER_JOINT = re.compile(
    r"\s*;\s*[-–—•*·]\s+(?:dans|pour|au|aux|en|in|for|on)\s[^:.;!?\n]{1,100}?\s?:\s*", FLAGS
)
ALIAS = re.compile(
    # "Honorine Rasoloarisoa ou Valeria, B": "ou" gives another name of the same person
    # (Ghanaian papers: "Peter Kwame or Essien", "Twum Alexander, best known as Asakapaluta")
    # ("Kelvin X alias A.B, Papie alias James Y and …": an alias in initials; the "and" after it opens the
    # next item)
    r"^\s*,?\s*(?:(?:dite?|alias|aka|a\.k\.a\.?|ou)\s+[«\"“]?\s*[\w'’-]+(?:\.[\w'’-]+)*\.?"
    r"(?:\s+(?!(?:and|et|ainsi)\b)[\w'’-]+){0,2}\s*[»\"”]?|"
    r"(?:or|(?:also |better |best |popularly |commonly )?known as)\s+"
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}(?:\s+or\s+(?-i:[A-Z][\w'’-]*))?)",
    FLAGS,
)


# between a name and another name for the same person
ALIAS_BEFORE = re.compile(
    # "Joseph Nathan (aka Reti Boynton), 38, of Kaitaia": the other name may stand in brackets
    r"\s*[,(]?\s*(?:(?:plus |mieux |également |aussi )?(?:connue?|surnommée?) "
    r"(?:comme|sous le (?:nom|sobriquet) de)|"
    # ("Bouraïma X dit Jakou Le Kocan et Y": the nickname a French report gives after "dit")
    r"(?:better |best |also |popularly |commonly )?known as|alias|aka|a\.k\.a\.?|or|dite?)\s*[«\"“]?\s*",
    FLAGS,
)


# "A (47), of Viking Harbour, Ushers Island, Dublin 8, B (49)": an age, an address, the next name
# "A (19), a food vendor; B"; "Appearing … are Eddy Nawa 30, Sydney Nguluebe 23 and …", "A aged 31, B": an age
# after the name
_AGED_JOINT = re.compile(
    r"\s*(?:\(\d{1,3}\)|(?:aged |âgée? de )?\d{1,2}(?: ans)?(?=\s*(?:,|and\b|et\b)))"
    r"(?:\s*,[^.;:!?()]{0,100})?\s*(?:[,;]\s*(?:(?:et|and)\s+)?|"
    r"(?:et|and)\s+)",
    FLAGS,
)
# "Il s'agit de A, 28 ans, et de B": the age between commas, then the repeated "de"
_AGED_THEN_DE = re.compile(r"\s*,\s*(?:âgée? de )?\d{1,2} ans\s*,\s*(?:et\s+)?(?:de |d['’])", FLAGS)
_AUXILIARY = re.compile(r"\b(?:été|ont|est|sont|was|were|has|have)\b")
_OF_AT_END = re.compile(r"\b(?:de|du|des|d['’]|of)\s*$")

# "A, qui siège au comité central du parti, ainsi que B et C": a long apposition closed by a conjunction
# (not "as well as": "A and B, investigators with the office, as well as C" joins staff, not accused)
_LONG_LIST_JOINT = re.compile(r",[^.;:!?()]{0,110},\s+(?:et|and|ainsi que)\s+(?:[a-zà-ÿ'’-]+\s+){0,3}", FLAGS)
_LIST_JOINT = re.compile(
    r"\s*(?:\([^)]{0,80}\)\s*)?(?:,|\bet\b|\band\b|\bainsi que\b|\bas well as\b|\btogether with\b|"
    r"\balong with\b|\balongside\b|\baux côtés de\b|\bni\b)\s*[^.;:!?]{0,40}$",
    FLAGS,
)


def links(joint: str) -> bool:
    """Whether the text between two names joins them as items of one list."""
    joint = ALIAS.sub("", joint, count=1)  # "A dit Lota et B", "A alias BBC, B": the alias is A's
    if REPEATED_DE_JOINT.fullmatch(joint):
        return True  # "Il s'agit de A, de B et de C"
    if _AUXILIARY.search(joint) or (ACTS_ON_NEXT.search(joint) and not _CLOSED_RELATIVE.fullmatch(joint)):
        return False  # "a Harare magistrate, Yeukai Dzuda, let Musengezi out on bail": an act, not a list
    if _REPEATED_DE_AFTER_APPOSITION.search(joint) and (
        APPOSITION_JOINT.fullmatch(joint)
        or _RELATIVE_APPOSITION.fullmatch(joint)
        or _AGED_THEN_DE.fullmatch(joint)
    ):
        # "Il s'agit de A, ex-ministre de l'Intérieur, d'B, qui tenait les Finances, et de C": the repeated
        # "de" makes a list of what a relative clause or an age alone would not ("de A, 28 ans, et de B")
        return True
    # "Bakary Coulibaly, un commerçant de Kalaban Coro": a complement, not the next of a list
    if _OF_AT_END.search(joint):
        return False
    return bool(
        (len(joint) <= 50 and _LIST_JOINT.match(joint))
        # "X, 46, a former manager of the metro, and contractor Y, 52, face charges": a long apposition
        # still links two names when ", and" closes it, or when it is an apposition between commas
        or _LONG_LIST_JOINT.fullmatch(joint)
        or APPOSITION_JOINT.fullmatch(joint)
        or SEMICOLON_JOINT.fullmatch(joint)
        or BULLETED_MATTER_JOINT.fullmatch(joint)
        or _AGED_JOINT.fullmatch(joint)
        # "César Etou (Directeur de publication), Didier Depri (Secrétaire général) et …": a bracketed trade
        or _BRACKETED_JOINT.fullmatch(joint)
    )


BRACKET_CLOSING = re.compile(r"\s*\)")
_BRACKETED_JOINT = re.compile(r"\s*\([^()]{1,80}\)\s*(?:,\s*(?:(?:et|and)\s+)?|(?:et|and)\s+)", FLAGS)
_REPEATED_DE_AFTER_APPOSITION = re.compile(r",\s*(?:et\s+)?(?:de |d['’])$", FLAGS)
# "They are A, who represents Maliba sub-county, and B": the act's object stands inside the commas, so the
# next name is the list's next item, not whom A represents
_CLOSED_RELATIVE = re.compile(r"\s*,\s*(?:who|qui)\b[^.;:!?(),]{1,80},\s*(?:and|et|ainsi que)\s+", FLAGS)
_RELATIVE_APPOSITION = re.compile(r"\s*,\s*(?:qui|who)\b[^.;:!?()]{0,100},\s*(?:et\s+)?(?:de |d['’])", FLAGS)


def bench_not_shared(sentence: str, first_end: int, next_end: int, role: str | None) -> bool:
    """Whether a judge's or prosecutor's role stops at the next name of a list: the next is of an age ("que
    préside le juge Martin, Paul D., 28 ans"), or comes with the one before the judge ("was again before Chief
    Magistrate X, together with A and the sisters B and C": those who appear with the accused; not "State
    Attorney X, together with A and B, told …", a team of prosecutors)."""
    if role not in ("judge", "prosecutor"):
        return False
    return bool(
        AGE_AFTER_NAME.match(sentence, next_end)
        or (role == "judge" and _ACCOMPANYING.match(sentence, first_end))
    )


_ACCOMPANYING = re.compile(
    r"\s*,?\s*(?:together with|along with|alongside|aux côtés de|accompagnée?s? de)\b", FLAGS
)
