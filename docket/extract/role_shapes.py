"""Role shapes: the smaller general shapes of court reporting that tell a person's part, read by the roles
stage beside its cue nouns and appositions."""

from __future__ import annotations

import re

from docket.extract.role_gaps import POSSESSIVE_COUNSEL
from docket.text import FLAGS

# what a court's president does in a sitting: "le président X a fait venir à la barre les prévenus", "la
# présidente X a résumé le jugement", "le président X a consenti au renvoi" (not "le président Talon a
# nommé un ministre": a head of state names no sitting's business)
_SITTING_BUSINESS = re.compile(
    r"\b(?:barre|prévenue?s?|accusée?s?|jugement|dossier|débats|renvoi|délibéré|audience|séance|"
    r"ministère public|parquet|verdict|réquisitoire|plaidoiries?|témoins?|huis clos|"
    # "le président X et les autres membres de la Cour", "le président X rappelle qu'il s'agit d'un
    # récidiviste"
    r"cour|tribunal|procès|récidivistes?|greffiers?|peines?|condamnée?s?|condamnations?)\b|"
    # "le président X lui demande pourquoi ce vol", "la présidente X interroge": the questions of the bench
    r"\b(?:lui |leur )?(?:demande|demandait|a demandé) (?:pourquoi|comment|s['’]il|si)\b|"
    # "Le président X lui indique qu'on ne jugera pas les faits ce jour-là": the bench tells the accused
    r"^\s*(?:lui|leur) (?:indique|indiquait|explique|expliquait|signifie|signifiait|fait remarquer|"
    r"rappelle)\b|"
    r"\b(?:interroge|interrogeait|a interrogé|questionne|a questionné|donne la parole|a donné la parole)\b|"
    # "La présidente X rappelle les faits": the bench reads out what the accused is tried for
    r"^\s*(?:rappelle|rappelait|retrace|retraçait|expose|exposait|résume|résumait|lit|lisait) les faits\b|"
    # "la présidente X le prévient : « Changez de ton »", "a dû le menacer d'une amende": the bench calls
    # someone before it to order
    r"^\s*(?:a dû |doit |dut )?(?:le|la|les|l['’]|lui|leur)\s*(?:prévient|prévenir|menace|menacer|coupe|"
    r"couper|reprend|reprendre|interrompt|interrompre|somme|sommer|avertit|avertir|tance|recadre|recadrer|"
    r"a prévenu|a menacé|a coupé|a repris|a interrompu|a sommé|a averti|a recadré)\b",
    FLAGS,
)


# "« On voit sur la vidéo … », décrit le président X", "« Surpris en flagrant délit, expose le président Y":
# the president who speaks in an incise of the report is the one presiding (a head of state's words come with
# "a déclaré")
_SPEAKS_IN_AN_INCISE = re.compile(
    r"[,»”\"]\s*(?:décrit|expose|lâche|rappelle|souligne|observe|ironise|tranche|résume|interroge|insiste|"
    r"s['’]étonne|s['’]agace|tonne|cingle)\s+(?:le|la)\s+présidente?\s+$",
    FLAGS,
)
_COURT_WORD = re.compile(r"(?i:cour|tribunal|chambre|audience|juridiction)")
# the sitting told before "la présidente X" (not "condamnées par le président X": a head of state's words)
# ("insiste-t-il face au président Dufour": the accused before the bench)
_SITTING_BEFORE = re.compile(
    r"\b(?:débats|séance|plaidoiries|huis clos|à la barre|réquisitoire)\b|\bface (?:au|à la) présidente?\s*$",
    FLAGS,
)


# the president of a country, told by his kin, his regime or the offence against him
_HEAD_OF_STATE_BEFORE = re.compile(
    r"\b(?:neveux?|nièces?|fils|filles?|épouse|veuve|frères?|sœurs?|gendre|belle-famille|famille|clan|régime|"
    r"proches?|insult\w*|offens\w*|outrag\w*|diffam\w*) (?:du|de la|le|la|au|à la) présidente?\s+$",
    FLAGS,
)


def presides_the_sitting(before: str, gap: str, after: str) -> bool:
    """Whether "le président X" presides a court's sitting: a court named before him ("la présidente de
    l'audience"), an apposition ("la présidente, Hélène Carrasco"), the sitting told before him ("Mais avant
    que les débats ne s'engagent, la présidente X") or its business after him ("a fait venir à la barre les
    prévenus"); not "le président Patrice Talon"."""
    if _HEAD_OF_STATE_BEFORE.search(before):
        return False  # "les neveux du président X", "insultaient le président X": the country's
    return bool(
        _COURT_WORD.search(before)
        or "," in gap
        or _SITTING_BUSINESS.search(after)
        or _SITTING_BEFORE.search(before)
        or _SPEAKS_IN_AN_INCISE.search(before)
    )


# what, right after a list's last name, is said of every name of the list: a plural apposition ("A et B,
# les avocats des journalistes", "A and B, the complainants"), a relative clause in the plural ("A et B, qui
# défendent les deux hommes") or a plural verb ("A (28) and B (24) were shot dead")
_SAID_OF_ALL = re.compile(
    r"\s*(?:\(\d{1,3}\)\s*)?(?:"
    # (closed by a comma: in "Pour A et B, les juges ont maintenu …" the plural opens the main clause)
    r",\s*(?:les|leurs|ses|the|their|his|her)\s+(?:[\w-]+\s+)?[\w-]+[sx]\b[^,.;:]{0,60},|"
    r",\s*qui\s+\w+(?:ent|aient)\b|,\s*who\s+(?:represent|defend|act for|appear for|prosecute)\b|"
    r"\s+(?:were|are|have been|had been|ont été|sont|étaient)\b|"
    # "A, B and C appeared for the suspects", "A et B défendent les prévenus": counsel, every one of them
    r"\s+(?:(?:appeared|appear) for|represented|represent|defended|defend|défendent|représentent|"
    r"assurent la défense)\b)",
    FLAGS,
)
# the bare joint of two items: "A et B", "A, B", "A (28) and B"
_BARE_JOINT = re.compile(r"\s*(?:\(\d{1,3}\)\s*)?(?:,\s*(?:(?:et|and)\s+)?|(?:et|and)\s+)", FLAGS)


def said_of_all(sentence: str, end: int) -> bool:
    """Whether the text after a list's last name (ending at `end`) speaks of every item of the list."""
    return _SAID_OF_ALL.match(sentence, end) is not None


def bare_joint(sentence: str, left_end: int, right_start: int) -> bool:
    """Whether nothing but a comma, "et"/"and" or an age joins two names."""
    return _BARE_JOINT.fullmatch(sentence, left_end, right_start) is not None


# Police officers prosecute in many Commonwealth lower courts: "Inspector X sought a remand", "Chief Inspector
# X told the presiding judge", "Insp X indicated the State would consent"
_INSPECTOR_BEFORE = re.compile(r"\b(?:(?:Police|Chief|Senior|Assistant|Deputy)\s+)*(?:Inspector|Insp\.?)\s+$")
# "Detective Inspector X": an investigator, who gives evidence
_DETECTIVE_BEFORE = re.compile(r"\b(?:Detective|Det\.?)\s+$")
_ADDRESSES_THE_COURT = re.compile(
    # an incise may stand between: "X, giving the facts, said", "X, who prosecuted for the police, said"
    r"(?:\s*,[^,.;]{1,70},)?\s+(?:then |also |further |had |has )?"
    r"(?:told|informed|asked|applied|sought|urged|indicated|said|prayed|opposed|objected|presented|"
    r"prosecuted|prosecuting|requested|submitted|outlined|gave evidence)\b"
)


def police_prosecutor(before: str, after: str) -> bool:
    """ "Inspector X sought …": a police inspector who addresses the court prosecutes the case."""
    rank = _INSPECTOR_BEFORE.search(before)
    return (
        rank is not None
        and _DETECTIVE_BEFORE.search(before, 0, rank.start()) is None
        and _ADDRESSES_THE_COURT.match(after) is not None
    )


# "bail has been refused by the court, with Mr X presiding": the one named before "presiding" is the bench
# "la cour – Huguette X à la présidence, avec pour assesseurs …": the same, in French
# "an Osun State Magistrate Court in Osogbo, where Dr X presides": the present, after the court's "where"
# "Laurent X, qui préside le tribunal, interpelle un prévenu", "X présidait l'audience collégiale"
_PRESIDING_AFTER = re.compile(
    # ("Mrs. Patricia X, presiding, saying that the request came late": the participle in apposition)
    # ("Gert X, who was then sitting as a magistrate in the Windhoek Regional Court, started hearing …")
    r",\s*who (?:was |is |had been )?(?:then |now )?(?:sitting|presiding) as (?:a |an |the )?(?:[\w-]+ )?"
    r"(?:magistrate|judge|justice)\b|"
    # ("Brig Gen. X, who chairs the GCM, said …": the president of a court martial or a panel)
    r",\s*who (?:chairs|chaired|heads|headed) the (?:court|tribunal|panel|bench|GCM|"
    r"(?:general )?court[- ]martial|military court)\b|"
    # ("Mr X presided.", "Justice Y presided over the trial": the past tense, over a sitting or alone)
    r",?\s+presided(?=\s*[.;]|\s+over (?:the |this |that )?(?:case|trial|matter|hearing|sitting|court)\b)|"
    r",?\s+(?:presiding\b|à la présidence\b|assurant la présidence\b|presides\b(?! over (?:the |a )?(?:party|"
    r"council|assembly|senate|board|association|union|club|federation|committee)))|"
    r",?\s+(?:qui\s+)?(?:préside|présidait|présidera|a présidé)\s+(?:le tribunal|la cour|l['’]audience|"
    r"la chambre|les débats|la séance|la juridiction|la collégialité)\b"
)


def presiding_after(after: str) -> bool:
    """ "with Mr X presiding": the word after the name makes it the judge's."""
    return _PRESIDING_AFTER.match(after) is not None


# "l'avocate de la victime, Me X": the victim is the counsel's client, and names no one's part itself
_COUNSEL_OF_BEFORE = re.compile(
    r"\b(?:avocate?s?|conseils?|lawyers?|counsel|attorneys?)\s+(?:de la|des|du|de l['’]|d['’]|of the|for the|"
    r"to the)\s*(?:[\w-]+\s+){0,2}$",
    FLAGS,
)


# "Pour les autres accusés plaidaient Mes X, Y": the clients told by "pour", and the lawyers by their title
_FOR_CLIENTS_BEFORE = re.compile(r"\bpour\s+(?:les|le|la|l['’])\s*(?:[\w-]+\s+){0,2}$", FLAGS)
_LAWYER_TITLE_AT_END = re.compile(r"(?-i:\b(?:Me|Mes|Maître|Maîtres|Maitre|Maitres))\s*$")


def client_of_counsel(before: str, cue_start: int, gap: str = "") -> bool:
    """Whether the role noun at `cue_start` is the complement of a counsel noun ("l'avocat de la victime"), or
    the clients of the lawyers named after it ("pour les prévenus, Me X")."""
    if _COUNSEL_OF_BEFORE.search(before, max(0, cue_start - 40), cue_start) is not None:
        return True
    return bool(
        _LAWYER_TITLE_AT_END.search(gap)
        and _FOR_CLIENTS_BEFORE.search(before, max(0, cue_start - 30), cue_start)
    )


# "X of the Legal Aid Bureau, speaking for him in mitigation": the office that defends, named after its lawyer
_LEGAL_AID_AFTER = re.compile(
    r",?\s+of the (?:Legal Aid (?:Bureau|Board|Council|Commission|Clinic|Department|Directorate)|"
    r"(?:Office of the )?Public Defender(?:['’]s Office)?)\b"
)
# "X, of Y Attorneys, represented Nyembe", "Richard Keen QC acted for Mr Coulson", "X acts for both": counsel
# told by the client they act for, named or taken up by a pronoun
# ("Liz X, of Y Solicitors in Wellington Quay, Dublin, acted for every one of the accused", "Paul X, of
# Houston's Y & Z, who acted for Flores": the firm's apposition may hold commas of its own, and "who")
_ACTS_FOR_AFTER = re.compile(
    r"(?:\s*,?\s*(?-i:QC|KC|SC|SAN|BL)\b)?(?:\s*,[^,.;]{1,70},|\s*,\s*of\s[^.;]{1,90}?,)?\s+"
    r"(?:who |now |also |had |has )?"
    # ("Keith X and Asha Y represent the accused": the plural verb)
    r"(?:represented|represents|represent|acted for|acts for|act for|is acting for|are acting for|defended|"
    r"defends|defend)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?:(?-i:[A-Z])|(?:him|her|them|both|all|each|every)\b|the (?:accused|defendants?|suspects?)\b)",
    FLAGS,
)


# "the court sent A, 45, and B, 60, to custody", "remanded X into prison custody": the one sent away, named
# (with an age) right before where they are sent
_SENT_AWAY_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,3}\s*,)?\s*(?:back )?(?:to|into) (?:police |prison |remand |correctional )?"
    r"(?:custody|prison|jail|remand|detention)\b",
    FLAGS,
)


_PROSECUTION_SIDE_THEN_RANK = re.compile(
    r"\b((?-i:F|f)or the (?:prosecution|State|Republic|Crown|police)),?\s+"
    r"(?:(?:Detective|Det\.?|Police|Chief|Senior|Assistant|Deputy|Sergeant|Sgt\.?|Inspector|Insp\.?|Corporal|"
    r"Cpl\.?|Constable|Superintendent|Supt\.?|ASP|DSP|SP|Lance|Woman|Staff)\s+){1,4}$",
    FLAGS,
)


def role_told_after(before: str, after: str) -> tuple[str, str] | None:
    """The role a name gets from what follows it, and the words that say so: "with Mr X presiding" (the
    judge), "Inspector X sought …" (a police prosecutor), "sent X to custody" (the accused), "X, of Y
    Attorneys, represented Z" (counsel)."""
    if presiding_after(after):
        return "judge", "presiding"
    if "Insp" in before and police_prosecutor(before, after):
        return "prosecutor", "Inspector"
    # ("or the": the gate of "For the", "for the", which few texts before a name hold)
    side = _PROSECUTION_SIDE_THEN_RANK.search(before) if "or the" in before else None
    if side is not None:
        # "For the prosecution, Detective Sergeant X objected": a police officer who prosecutes
        return "prosecutor", side.group(1)
    if _OWN_COUNSEL_AFTER.match(after) and not _BENCH_TITLE_AT_END.search(before):
        # "humiliated A and B, their lawyer X says": the lawyer's clients (not "before Magistrate X, her
        # lawyer Y sought …": the possessive takes up the accused, named before)
        return "defendant", "their lawyer"
    numbered = _NUMBERED_ACCUSED_AFTER.match(after)
    if numbered is not None:
        return "defendant", numbered.group(1)  # "Samuel X (1st defendant);": the charge sheet's order
    sent_away = _SENT_AWAY_AFTER.match(after)
    if sent_away is not None:
        return "defendant", sent_away.group(0).strip(" ,")
    if _LEGAL_AID_AFTER.match(after):
        return "defense_counsel", "Legal Aid"  # "X of the Legal Aid Bureau, speaking for him in mitigation"
    acts_for = _ACTS_FOR_AFTER.match(after)
    if acts_for is not None:
        return "defense_counsel", acts_for.group(0).strip(" ,")
    if _PROSECUTED_AFTER.match(after):
        return "prosecutor", "prosecuted"
    if _DEFENDED_AFTER.match(after):
        return "defense_counsel", "defending"
    if _CIVIL_PARTY_PLEADED_AFTER.match(after):
        return "civil_party_counsel", "pour la partie civile"
    return None


# "Maître X plaidait pour la partie civile", "Me Y, du collectif qui défend la partie civile": the victims'
# counsel
_CIVIL_PARTY_PLEADED_AFTER = re.compile(
    r"(?:\s+(?:plaid(?:e|ait|aient|ent)|a plaidé|ont plaidé)\s+pour|,\s*(?:du|membre du) collectif "
    r"(?:d['’]avocats )?qui (?:défend|défendait|représente|représentait))\s+(?:la|les) parties? civiles?\b",
    FLAGS,
)


_BENCH_TITLE_AT_END = re.compile(r"\b(?:magistrate|judge|justice|sheriff|juge|présidente?)\s*$", FLAGS)
# (not "X, their lawyer, said": the name right before the noun is the lawyer's own)
_OWN_COUNSEL_AFTER = re.compile(
    r"\s*,\s*(?:his|her|their) (?:lawyers?|counsel|attorneys?|advocates?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])",
    FLAGS,
)
# "- Samuel X (1st defendant);", "A (2e prévenu)": the accused, numbered as the charge sheet lists them
_NUMBERED_ACCUSED_AFTER = re.compile(
    r"\s*\(((?:the )?(?:\d{1,2}(?:st|nd|rd|th|e|er|ère|ème)|first|second|third|fourth|fifth|sixth|premier|"
    r"première|deuxième|seconde|troisième|quatrième|cinquième)[\s-]+(?:defendant|accused|"
    r"accusée?|prévenue?|inculpée?))\s*\)",
    FLAGS,
)
# An office or a building whose name holds a role word: "ministre de la Justice", "Minister of Justice",
# "Department of Justice", "garde des Sceaux", "Commissioner for Justice", "Palais de Justice de N'Djamena",
# "the Temple of Justice on Capitol Hill"
OFFICE_BEFORE = re.compile(
    r"(?:ministre|minister|ministry|ministère|department|département|secretary|secrétaire|garde des sceaux|"
    r"commissioner|commissaire|palais|palace|hall|temple)\s+"
    r"(?:de la |du |des |de l['’]|de |of |for )?(?:\w+ )?$",
    FLAGS,
)
# "Anna X, QC, prosecuted. Defending, Y said …": the barrister who prosecuted (not "was prosecuted")
_PROSECUTED_AFTER = re.compile(
    r"(?:,\s*(?:QC|KC|SC)\s*,)?\s+(?:prosecuted|prosecutes|prosecuting)\s*[.,;]|"
    # "X of the Director of Public Prosecutions said", "Barrister X of the Ministry of Justice asked to take
    # the prosecution over": the office that prosecutes, named right after its lawyer
    r",?\s+of the (?:Office of the )?(?:Director of Public Prosecutions|DPP|Ministry of Justice|"
    r"Attorney[- ]General['’]s (?:Office|Chambers|Department))\b|"
    # "X, who led the Ministry of Justice prosecutors, called three witnesses"
    r",\s*who (?:led|leads|was leading|is leading) (?:the )?(?:[\w'’-]+ ){0,5}?prosecut(?:ors|ion)\b|"
    # "X resisted the plea on the prosecution's behalf"
    r"\s+[a-z]+(?: [\w'’-]+){0,3}? on (?:the )?(?:prosecution|State|Crown)['’]s behalf\b"
)
# "with Patrick X QC defending and Matthew Y QC prosecuting": the barrister who defended
_DEFENDED_AFTER = re.compile(r"(?:,?\s*(?:QC|KC|SC)\s*,?)?\s+(?:defended|defending)\s*(?:[.,;]|and\b)")


# "la victime, présente avec son avocate Me X", "the complainant and her lawyer X": the possessive takes up
# the victim named just before, whose counsel X is
_VICTIM_BEFORE_POSSESSIVE = re.compile(
    r"\b(?:la victime|la plaignante|le plaignant|la partie civile|the victim|the complainant)\b"
    r"[^.;:!?«»“”]{0,50}$",
    FLAGS,
)


def victims_own_counsel(before: str, cue: re.Match[str]) -> bool:
    """Whether the counsel cue `cue` ("son avocate") is the counsel of a victim named just before it, or of
    the victims' side a fronted phrase names ("Speaking for the family of the abducted officer, lawyer X")."""
    return (
        POSSESSIVE_COUNSEL.match(cue.group(0)) is not None
        and _VICTIM_BEFORE_POSSESSIVE.search(before, max(0, cue.start() - 60), cue.start()) is not None
    ) or _FOR_THE_VICTIMS_SIDE.search(before, max(0, cue.start() - 120), cue.start()) is not None


_FOR_THE_VICTIMS_SIDE = re.compile(
    r"\b(?:for|on behalf of|pour|au nom d(?:e|es|u))\s+(?:the |la |les |l['’])?(?:famil(?:y|ies|les?)|"
    r"victims?|victimes?|complainants?|plaignante?s?|parties? civiles?)\b[^.;:]{0,80},\s*$",
    FLAGS,
)


# "président du parti", "président de l'Assemblée": the president of something other than a court
COMPLEMENT_OFF_THE_BENCH = re.compile(
    r"\s+(?:de la|du|des|de l['’]|d['’]|of the|of)\s+(?!(?:\w+\s+){0,2}(?:cour|tribunal|chambre|juridiction|"
    r"court|bench|collège|collégialité|audience|session|séance|jury|formation)\b)",
    FLAGS,
)


# "Quant à A, il …", "S'agissant de B, elle …", "As for C, he …": names put first, a pronoun takes them up
_DISLOCATED_OPENING = re.compile(
    r"\s*(?:[-–—•]\s*)?(?:Quant (?:à|au|aux)|S['’]agissant (?:de|d['’]|du|des)|As for)\s", re.IGNORECASE
)
_RESUMING_PRONOUN = re.compile(r"\s*,\s*(?:il|elle|ils|elles|he|she|they)\s+", re.IGNORECASE)


def pronoun_taking_up(sentence: str, own_after: str) -> re.Match[str] | None:
    """ "Quant à A et B, ils ont bénéficié d'une relaxe": the pronoun after the names a sentence opens on,
    whose verb is theirs (None when the sentence does not open on names put first)."""
    return _RESUMING_PRONOUN.match(own_after) if _DISLOCATED_OPENING.match(sentence) else None
