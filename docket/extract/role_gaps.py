"""What may stand between a role noun and the name it introduces: ranks and titles, the role's complement, a
client named first ("Representing Doherty, X"), the comma of an apposition; and the possessive before a
counsel noun ("his lawyers"), which names the client rather than the counsel's side; and what around a name
undoes the role noun before it: a verb between them, an age after the name, a list of the accused the noun
stands in, the co-accused the name is told with."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.names import TITLE_WORDS
from docket.text import FLAGS, NAME_WORD, UPPER

REPRESENTING = re.compile(r"(?i:representing|acting for|appearing for|pour)")


CLIENT_BETWEEN = re.compile(rf"\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}\s*,\s*(?:{TITLE_WORDS}\s+)?")


RANKS = re.compile(
    r"\b(?:Her|His|Your|Honour|Honor|Worship|Lordship|Ladyship|Chief|Senior|Principal|Deputy|Assistant|"
    r"Garda|Inspector|Detective|Sergeant|Superintendent|Constable|Officer|Colonel|Commandant|Capitaine|Captain|"
    r"Lieutenant|Général|General|Major|Adjudant|Sergent(?:-chef)?|Caporal(?:-chef)?|Soldat|Dr|Lt|Gen|Brig|Maj|Col|Capt|Cpl|Sgt|Pte|"
    # police ranks as Commonwealth papers abbreviate them: "Police prosecutor ASP X"; "Police Inspector X"
    r"ASP|DSP|SSP|ACP|DCP|COP|Supt|Insp|Police(?= (?:Inspector|Constable|Sergeant|Superintendent|Officer)))"
    r"(?:-(?:colonel|chef|général|general|major))?\b\.?"
    # "Sergeant 9155 Dwight Macarthy": a police officer's service number after the rank
    r"|(?<=[a-zA-Z.] )\d{3,6}\b"
    # "led by Assistant Superintendent of Police (ASP) X": the rank's complement and its abbreviation
    r"|\bof Police\b|\([A-Z]{2,6}\)",
    re.IGNORECASE,
)


# the adjective of a court's name: "tribunal correctionnel", "cour criminelle", "tribunal judiciaire"
_COURT_ADJECTIVE = (
    # (not "constitutionnel": "le Conseil constitutionnel, A, B" names no counsel)
    r"(?:correctionnel(?:le)?|criminel(?:le)?|militaire|administratif|spéciale?|judiciaire)"
)
# "le procureur de la Direction des poursuites (DPCP), Me X": the role noun, its complement, then the name
ROLE_COMPLEMENT_GAP = re.compile(
    # "the magistrate handling his case, X", "the magistrate presiding over it, X"; "Présidente de la
    # collégialité et du tribunal, le colonel X": a second complement joined to the first
    r"(?:\s+(?:et|and)(?=\s+(?:de la|du|de l['’]|des|of the)\s))?"
    # "le président du tribunal correctionnel, Fabrice X", "… du tribunal correctionnel de Nice, Y": the
    # court's own adjective after the noun the role cue ends on
    rf"(?:\s+{_COURT_ADJECTIVE}(?=\s*,)|(?:\s+{_COURT_ADJECTIVE})?"
    r"\s+(?:(?:de la|du|de l['’]|des|près la|près le|près cette|près ce|de|aux|au|à la|of the|of|for the|for|"
    r"to the|at the|handling|hearing|presiding over|in charge of)\s+|"
    # "La présidente du tribunal d'Abidjan, Blanche Abané" (a place: not "Victime d'un malaise, X")
    r"d['’](?=[A-ZÀ-Þ]))"
    rf"[^,;.:]{{1,70}}?)\s*,\s*"
    rf"(?:(?:le|la|the)\s+)?(?:{TITLE_WORDS}\s+)?"
)


# ("The accused, 50-year-old Dexter X, lives at …": the age may stand before the name)
APPOSITION_GAP = re.compile(
    rf"\s*,\s*(?:(?:le|la|l['’]|the)\s+)?(?:\d{{1,3}}-year-old\s+)?(?:{TITLE_WORDS}\s+)?"
)


# "his lawyers", "son avocate", "leurs conseils": a counsel noun whose client a possessive names
POSSESSIVE_COUNSEL = re.compile(r"(?:his|her|their|son|sa|ses|leurs?)\s", FLAGS)


# "Justice Gregory X faces assault charges", "Judge Y was arrested in December": the office is the person's
# trade, what befalls them makes them the accused (the passive only: "Judge Z convicted A" is the bench at
# work)
_ACCUSED_IN_OFFICE_AFTER = re.compile(
    # ("The counsel, X, 43, was first charged on July 6": the office, the name and its age in apposition)
    r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:(?:faces|faced|facing) (?:[\w-]+ ){0,4}?(?:charges?|counts?|trial)\b|"
    r"(?:is|was|has been|had been) (?:\w+ ){0,2}?(?:arrested|charged|indicted|convicted|jailed|remanded|"
    r"acquitted)\b)",
    re.IGNORECASE,
)


def accused_in_office(before: str, after: str, title: str) -> bool:
    """Whether a judge's, a prosecutor's or a lawyer's title (`title`, closing `before`) names one who is
    tried: listed among the accused, after the proceedings against them, or told so by the verb after the
    name."""
    if TRADE_IN_LIST_OF_ACCUSED.search(before, 0, max(0, len(before) - len(title) - 1)):
        return True
    return before.rstrip(" ,").endswith(title) and _ACCUSED_IN_OFFICE_AFTER.match(after) is not None


# an age right after a name: "Daniel X, 27, of Mwami", "Paul D., 28 ans,", "X (43)": the bench and the
# prosecution are not told by their age, the accused often are
AGE_AFTER_NAME = re.compile(
    r"\s*(?:,\s*(?:âgée? de\s+|aged\s+)?\d{1,3}\s*(?:ans|years? old|years)?\s*[,.]|\(\d{1,3}\))"
)


# a trade noun inside a list of the accused: "il a relaxé trois prévenus : le magistrat A, l'avocat B et le
# douanier C" names what each accused does for a living, not their part in the case; so does an office after
# the proceedings that name whom they are against
TRADE_IN_LIST_OF_ACCUSED = re.compile(
    r"\b(?:prévenue?s|accusée?s|inculpée?s|détenue?s|mis en cause|defendants|accused|suspects)\s*:\s*"
    r"(?:[^:;.]{0,160}?(?:,|;|\bet|\band)\s+)?(?:le|la|l['’]|un|une|the|an?)\s*$"
    # "the criminal charges against Justice Gregory X", "le procès du juge Y": an office held by the accused
    r"|\b(?:charges?|counts?|case|proceedings|allegations?|indictment|trial|prosecution|arrest) "
    r"(?:against|of)\s+(?:(?:the|former|retired|suspended)\s+)*$|"
    r"\b(?:procès|poursuites|inculpation|arrestation) (?:du|de la|contre (?:le|la))\s+"
    r"(?:(?:ancien(?:ne)?|ex-)\s*)?$|"
    # "Sixteen years in prison for city lawyer Bob X", "dix ans de prison pour l'avocat Y": the sentence's
    # term, then whom it falls on
    r"\b(?:years?|months?|ans|mois)(?: (?:in|of|de) (?:prison|jail|imprisonment|réclusion|détention))?"
    r"(?: ferme)? (?:for|pour)\s+(?:(?:l['’]|le|la|the|an?|former|ancien(?:ne)?|ex-)\s*)?(?:[\w-]+\s*)?$",
    re.IGNORECASE,
)


# "X, and his two co-accused", "X et ses coaccusés": the one named is tried with them
WITH_CO_ACCUSED = re.compile(
    r"\s*,?\s*(?:and|et|together with|avec|ainsi que)\s+(?:(?:his|her|their|ses|leurs|son|sa)\s+)?(?:\w+\s+)?"
    rf"(?:{lexicon.CO_ACCUSED})\b",
    FLAGS,
)
# "The magistrate remanded X", "Prosecutors say X killed": a verb between a role noun and a name
# (and "The victim was a stranger to Bunn": a copula and its complement, whose object the name is)
VERB_IN_GAP = re.compile(
    r"(?-i:\b(?:[a-z]{3,}ed(?! by\b)|has|have|had|says?|said|alleges?|claims?|"
    r"(?:was|were|is|are) (?:a|an|not)|"
    # "a judge told Mutch it was impossible …": an irregular past, whose object the name is
    r"told|tells|gave|gives|sent|sends|let|lets|found|finds|kept|keeps|took|takes|heard|hears|bound|"
    r"binds|"
    # "the magistrate put off dealing with X's plea": a verb's object (an irregular past, a gerund's "with")
    r"(?:put|puts|dealt|deals)(?! by\b)|[a-z]{3,}ing with|"
    # a headline's present: "Judge wants X murder suspects back in prison", "Magistrate denies X bail"
    r"wants|orders|grants|denies|refuses|rejects|dismisses|warns|asks|urges|bars|summons|frees|jails|remands|"
    r"adjourns|acquits|convicts|sentences|fines|cautions|"
    # and the French one: "La magistrate refuse la liberté à X", "Le juge condamne X"
    r"refusen?t?|accorden?t?|rejetten?t?|condamnen?t?|relaxen?t?|acquitten?t?|libèren?t?|renvoien?t?|"
    r"ordonnen?t?|maintien(?:nen)?t|octroien?t?|inflige(?:nt)?|déboutent?)\b"
    # "l'accusé a souhaité s'entretenir avec Me X": a French compound past; "le juge a en revanche relaxé X":
    # with an adverb between the auxiliary and the participle
    r"|\b(?:a|ont|avait|avaient)(?: (?:en revanche|par ailleurs|pour sa part|[a-zà-ÿ]+ment|donc|alors|aussi|"
    # ("le représentant du parquet a requis contre X": an irregular participle; not "Sur le banc des prévenus
    # avaient pris place X", whose subject comes after)
    r"enfin|ensuite|toutefois|cependant|déjà|bien))? (?:[a-zà-ÿ]{3,}(?:é|i|u)|requis|acquis|remis|soumis|"
    r"permis|promis|transmis|admis|fait|dit|écrit|ouvert|offert)\b"
    # "the Attorney General's office over calls Harrison placed": the role noun owns another noun
    r"|^\s*['’]s\s+[a-z])"
)


# a person's name (two capitalised words at least) and its comma, right before a role noun without an article
# (with one, "Moussa X, le président de la juridiction, Y" lists another person and their office)
# ("Sur Facebook, leur avocat, X": a sentence's opening words are no name)
NAME_THEN_COMMA = re.compile(
    r"\b(?!(?:Sur|Selon|Pour|Dans|Avec|Après|Devant|Depuis|En|Au|Aux|On|In|At|For|After|Before|According|From)\b)"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?: (?-i:[A-ZÀ-Ý][\w'’-]+)){1,3}\s*,\s*$"
)
ARTICLE_FIRST = re.compile(r"(?:le|la|les|l['’]|the)\b", re.IGNORECASE)


def role_noun_of_no_part(before: str, noun_start: int, role: str, comma_between: bool) -> bool:
    """Whether the role noun ending at `noun_start` tells no part of the name after it in this trial."""
    if _FORMER.search(before, max(0, noun_start - 12), noun_start):
        return True  # "un ancien bâtonnier : X", "a former judge": what X was
    # "Asked if he had a lawyer, Kgowe said", "unable to hire counsel, X told the court": the counsel one has
    # or seeks, the object of a verb; the name after the comma is whoever speaks next
    return (
        comma_between
        and role == "defense_counsel"
        and bool(_COUNSEL_SOUGHT.search(before, max(0, noun_start - 40), noun_start))
    )


_FORMER = re.compile(r"\b(?:ancien|ancienne|anciens|former|ex-)\s*$", FLAGS)
_COUNSEL_SOUGHT = re.compile(
    r"\b(?:hire|hired|hiring|engage|engaged|engaging|retain|retained|retaining|get|got|getting|had|have|has|"
    r"afford|find|found|without|sans|pas d['’]|prendre|constituer)\s+(?:(?:a|an|un|une|his|her|their|own|"
    r"private|legal)\s+){0,3}$",
    FLAGS,
)


# "the accused, represented by X": the accused noun names the client, X the counsel
REPRESENTED_BY_GAP = re.compile(
    r",?\s*(?:represented|defended|représentée?s?|défendue?s?) (?:by|par)\s+$", FLAGS
)
# "counsel to the first defendant, Mr X": the cue names the client, X is the lawyer
COUNSEL_FOR_CLIENT = re.compile(
    r"\b(?:counsel|lawyers?|attorneys?|advocates?|avocate?s?|conseils?)\s+"
    r"(?:to|for|of|du|de la|des|de l['’])\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    FLAGS,
)


_BEFORE_THE_BENCH = re.compile(r"\b(?:devant|before|face à|face aux)\s+(?:le|la|les|l['’]|the)?\s*$", FLAGS)
# (not "before the Nakawa Chief Magistrate, Elias X": one magistrate, in apposition)
_BEFORE_A_SEATED_BENCH = re.compile(
    rf"\b(?:devant|before|face à)\s+(?:le|la|les|l['’]|the)?\s*(?-i:[{UPPER}][\w'’-]+\s+){{1,2}}$", FLAGS
)


def bench_spoken_before(before: str, noun: re.Match[str]) -> bool:
    """Whether the role noun `noun`, closed by a comma, names the bench before which the name after spoke
    ("Devant les juges, Me X avait demandé …", "Face aux juges de Bouna, X est resté vague"), or a bench of
    several with its seat ("When he came before Swansea magistrates, Horton denied …"), rather than who the
    name is."""
    if _BEFORE_THE_BENCH.search(before, max(0, noun.start() - 20), noun.start()):
        return True
    plural = noun.group(0).islower() and noun.group(0).endswith("s")
    return plural and bool(_BEFORE_A_SEATED_BENCH.search(before, max(0, noun.start() - 50), noun.start()))


# what closes the words between a counsel noun and a name when the name is the client: "l'avocat de X",
# "solicitor for Mr West"
CLIENT_AFTER_OF = re.compile(
    r"\b(?:de|du|des|d'|of|for)\s*$|"
    # "the lawyer for local businessman X", "counsel for the jailed activist X": the client told by a few
    # lower-case words (not a side: "the lawyer for the prosecution, X")
    r"\b(?:of|for) (?:the |a |an )?(?!(?:prosecution|state|crown|republic|defen[cs]e|complainants?|victims?|"
    r"famil(?:y|ies)|plaintiffs?|accused|defendants?|government)\b)(?:[a-z][\w'’-]*\s+){1,3}$"
)
