"""Who a report names as a crime's victim: the words around a name that make it the victim's."""

from __future__ import annotations

import re

from docket.text import FLAGS

# "son associé, Romain Verstraete, tué de plusieurs coups"
VICTIM_AFTER = re.compile(
    r"\s*,\s*(?:\d+\s*ans\s*,\s*)?"
    r"(?:tuée?|assassinée?|abattue?|poignardée?|décédée?|killed|murdered|stabbed|shot dead)\b|"
    # "the colour X had on when she was killed", "after X went missing", "X, disparue le 3 mai"
    r"[^.;]{0,50}?\bwhen (?:she|he) (?:died|was (?:killed|murdered|raped|abducted|stabbed|shot))\b|"
    # "X was shot dead on Russell Street", "X, who lived in Selma, was killed", "X a été poignardé": the one
    # the crime was done to, told in the passive (an age or an incise may stand between)
    r"\s*(?:\(\d{1,3}\)\s*)?(?:,[^,.;:]{1,60},\s*)?(?:was|were|had been|has been|a été|avait été|ont été) "
    r"(?:\w+ )?(?:killed|murdered|stabbed|shot dead|shot and killed|beaten to death|strangled|"
    # "Craig X was punched to the ground", "X a été agressée": the one the violence was done to
    r"punched|assaulted|attacked|raped|defiled|abducted|kidnapped|hacked|"
    r"tuée?s?|assassinée?s?|abattue?s?|poignardée?s?|agressée?s?|violée?s?|enlevée?s?)\b|"
    # "A, B and C were taken by force from their homes and killed": the passive, a clause before "and killed"
    r"\s*(?:was|were|had been|have been) (?:[\w,-]+ ){1,8}?and (?:then |later )?(?:killed|murdered|"
    r"beaten to death|shot dead|burnt to death|burned to death)\b|"
    # ("Judith X, of Shifnal, vanished in June": an apposition may stand between)
    r"(?:\s*,[^,.;:]{1,60},)?\s+(?:went missing|disappeared|vanished)\b|"
    r"\s*,\s*(?:disparue?|portée? disparue?)\b|"
    # "Le gardien de la paix François X, affecté à Bertoua, a perdu la vie", "Two women, A and B, were
    # hospitalized": the one the crime cost a life or a hospital stay
    # ("sa femme, X, a tragiquement perdu la vie": an adverb between)
    r"\s*(?:\(\d{1,3}\)\s*)?(?:,[^,.;:]{1,60},\s*|,\s*)?(?:(?:a|ont|avait|avaient) (?:\w+ment )?perdu la vie|"
    r"lost (?:his|her|their) li(?:fe|ves)|(?:was|were) (?:\w+ )?hospitali[sz]ed)\b|"
    # "Joël X, 51 ans, est mort de ses blessures", "X died of his injuries": the one the blows killed
    r"\s*(?:\(\d{1,3}\)\s*)?(?:,[^,.;:]{1,60},\s*|,\s*)?"
    r"(?:est (?:morte?|décédée?)|a succombé|died|succumbed)\s+(?:de |à |of |to )(?:ses|his|her) "
    r"(?:blessures|injuries|wounds)\b|"
    # "Ann X, the deceased, was leaving a shop", "Rose Y (36), the woman he is alleged to have attacked":
    # the apposition names the one the deed was done to
    # (not "Mary X, the deceased's wife": the one the possessive names is someone else)
    r"\s*(?:\(\d{1,3}\)\s*)?,\s*(?:the deceased|la victime|the victim|le défunt|la défunte|"
    r"the (?:woman|man|girl|boy|child|teenager|pensioner) (?:he|she|they) (?:is |are |was |were )?"
    r"(?:alleged(?:ly)? (?:to have )?|accused of (?:having )?)?(?:attacked|killed|murdered|raped|defiled|"
    r"assaulted|robbed|stabbed|attacking|killing|murdering|raping|defiling|assaulting|robbing|stabbing))"
    r"\b(?!['’])|"
    # "…, Fabienne Félix étant la victime désignée", "X being the victim"
    r"\s*,?\s*(?:étant|being) (?:la|the) (?:victime|victim|plaignante?|complainant)\b",
    FLAGS,
)


# "A (28) and B (24) were shot dead", "Michael X, 64, of Hammond, died": a death told after a name and its
# age or home, with the rest of a list between (searched from the end of the age)
TOLD_DEAD_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:died|dies|was killed|were killed|(?:was|were) shot|(?:was|were) stabbed|"
    r"(?:was|were) murdered|(?:was|were) found dead|lost (?:his|her|their) li(?:fe|ves)|"
    r"(?:est|sont) morte?s?|est décédée?|(?:a|ont) été (?:tuée?s?|assassinée?s?|abattue?s?|poignardée?s?)|"
    r"a succombé|(?:a|ont) été retrouvée?s? morte?s?)\b",
    FLAGS,
)


# "the death on August 10, 2018 of X": the deed's day, told between the deed and whom it was done to
DEED_DAY = r"(?:\s+on\s+(?-i:[A-Z])\w+\.? \d{1,2},? \d{4})?"


VICTIM_CONTEXT = re.compile(
    # "over the deaths of journalist Aserie Ndlovu": a trade or a kinship may stand before the victim's name
    # ("entered a plea of not guilty to the manslaughter of Jack X")
    r"(?:assassinat|meurtre|mort|décès|viol|enlèvement|murders?|killings?|deaths?|rape|kidnapping|abduction|"
    r"manslaughter|homicides?)"
    # "du meurtre prémédité (au premier degré) de Serge Paré", "du meurtre non prémédité de X", "du meurtre au
    # second degré de Y"
    r"(?:\s+(?:prémédité|présumé|volontaire|alleged|premeditated|avec préméditation|non prémédité|"
    r"au (?:premier|second|deuxième) degré)(?:\s*\([^)]{0,30}\))?)?"
    + DEED_DAY
    # "the murder of Sheikh Masuud X", "of the late Pastor Y": a title or two before the name
    # ("le meurtre d'Ana X": the elided "de" glued to the name)
    + r"\s+(?:(?:de|du|of)\s+|d['’]\s*)(?:(?:the|late|journalist|activist|teacher|student|businessman|"
    r"businesswoman|lawyer|policeman|officer|le|la|l['’]|feu|journaliste|militant|militante|étudiant|étudiante|sheikh|cheikh|"
    r"imam|pastor|pasteur|reverend|father|père|abbé|bishop)\s+)?"
    # "the deaths of civilians X and Y", "the shooting death of drug dealer X", "l'assassinat de Me X", "the
    # murder of Maj. X", "of the late Sheikh Y": a few lower-case words that say who the victim was, then a
    # title or a rank ("the deaths of four women: A, B and C": the list after a colon)
    # ("the 2013 death of Pakenham mother Kylie X": the place she came from before who she was)
    # ("the murder of former Nyeri principal X": a word of who she had been before the place)
    r"(?:(?-i:former|ex-)\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+(?=(?-i:[a-z])))?"
    r"(?:(?-i:[a-zà-ÿ0-9][\w-]*):?\s+){0,2}?(?:(?-i:Me|Maître|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Maj\.?|Major|Sgt\.?|"
    r"Capt\.?|Col\.?|Lt\.?|Gen\.?|Fr\.?|Rev\.?|Pastor|Chief|Sheikh|Cheikh|Imam|Bishop|Father))?\s*$|"
    # "on trial for killing Danielskuil DA councillor Johannes Baatjies", "accused of stabbing ASP X"
    r"\b(?:murdering|killing|kidnapping|raping|abducting|assaulting|stabbing|shooting|beating|tuer|violer|"
    # ("a quarrel ended with Shaikh hitting Kasam X with a chopper")
    r"hitting|injuring|wounding|slapping|strangling|punching|kicking|enlever|assassiner|"
    # "accused of attacking X", "set out to defraud and deceive X": whom the accused harmed or cheated
    # (not "Arrested for his killing were A and B": the noun "killing", then a verb whose subject follows)
    # (a word, not a dash: "three men arrested over the attack - A, B and C - stood in the dock")
    r"attacking|robbing|defrauding|deceiving|defiling|attack|rob|defraud|deceive|defile)\s+"
    # (nor "a kidnapping case against X", "the kidnapping suspect X": the offence names the case, the accused)
    r"(?!(?:were|was|are|is|has|have|had|will|case|cases|trial|charges?|suspects?)\b)"
    r"(?:\w[\w-]*\.?\s+){0,3}?$|"
    # "he killed Abdul X, 57, around 4am", "unlawfully wounded Chawada X": the deed told in the past, by its
    # doer (a pronoun or an adverb of the charge before the verb)
    r"\b(?:he|she|they|allegedly|unlawfully|intentionally|deliberately) (?:killed|murdered|wounded|stabbed|"
    r"assaulted|raped|defiled|robbed|shot|attacked|strangled|choked|punched|kicked)\s+"
    r"(?:(?-i:Mr|Mrs|Ms|Dr|Oba|Chief)\.?\s+)?$|"
    # "charged with murdering his relative, X": the victim told first by kin or trade, then named
    # ("charged with assaulting a police orderly, Inspector X": a rank after the comma)
    r"\b(?:murdering|killing|stabbing|shooting|raping|assaulting|tuer|poignarder|assassiner)\s+"
    r"(?:his|her|their|a|an|son|sa|ses|leur|un|une)\s+(?:[\w-]+\s+)?[\w-]+\s*,\s*(?:(?-i:[A-Z])[\w.]*\s+)?$|"
    # "huit coups de couteau qui ont coûté la vie au lycéen X": whom the deed cost a life
    r"\bco[uû]t(?:é|ée|ait|e) la vie (?:à|au|aux|à la|à l['’])\s*(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,2}?$|"
    # "threatened the life of one X", "caused serious injury to X", "set upon former deputy mayor X", "présumé
    # meurtrier d'Alexandre X", "le massacre de X": whom the deed was done to
    r"\b(?:threatened|threatening|endangered|endangering|took|taking) the li(?:fe|ves) of\s+(?:one\s+)?$|"
    r"\b(?:caused|causing|cause) (?:serious |grievous |bodily )*(?:injury|injuries|harm|death) to\s+$|"
    # "des blessures infligées à X", "les coups portés à Y": whom the wounds were dealt
    r"\b(?:blessures|coups|violences|sévices|tortures) (?:\w+ )?(?:infligée?s?|portée?s?) (?:à|au|aux)\s+$|"
    r"\bset upon\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?$|"
    r"\b(?:meurtri(?:er|ère)s?|assassins?|massacre)(?:\s+(?:présumée?s?|présumés))?\s+(?:de|d['’]|du|of)\s+$|"
    # "The victim was Warrant Officer X": a rank or a title may stand between
    r"\b(?:la |the )?(?:victime|victim)\s+(?:(?:was|is|étai?t|est)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2})?$|"
    # "a car owned by one X", "fertilizer belonging to X", "the property of X": whose goods were taken
    # ("all belonging to businessman X": a trade between; "goods stolen from Ambassador Mr Y")
    # (not "MC Management Services, a firm reportedly owned by Mr X": who owns a business, not goods taken)
    r"(?<!firm )(?<!company )(?<!business )(?<!businesses )(?<!firms )(?<!companies )(?<!reportedly )"
    r"\b(?:owned by|belonging to|belongs to|the property of|stolen from)\s+(?:one\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+)?(?:(?-i:[A-Z][\w-]*)\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$|"
    # "avait ôté la vie à un chauffeur de taxi-moto, X", "threats against Y", "threatened to kill Mr. Z"
    r"\bôté la vie (?:à|au|aux)\s+[^.;:]{0,40}?,\s*$|\bthreats? (?:against|to)\s+$|"
    # "charged with three offences against teenager X": those the offences were committed against
    r"\b(?:offen[cs]es|crimes|assaults?|attacks?|violence) (?:committed )?against\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$|"
    # ("charged with attempting to murder X", "conspiracy to rob Y": the infinitive's object, likewise)
    r"\bto (?:kill|murder|rape|abduct|kidnap|assault|stab|shoot|rob|defraud|defile)\s+"
    r"(?:(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?$|"
    # "tied him to the vanishing of his wife, X", "la disparition de sa femme, Y", "last month's murder of
    # his wife, X" (not "Accusé du meurtre de sa conjointe, X réclame …": a fronted clause, its subject X)
    r"\b(?:vanishing|disappearance|disparition|(?<=the )(?:murder|killing|death)|"
    r"(?<=['’]s )(?:murder|killing|death)) (?:of|de) (?:his|her|their|son|sa|leur) [\w-]+\s*,\s*$|"
    # West African English: "collected fourteen million Leones from one X", "accused of swindling one Y out
    # of N17 million", "a raid on the house of one Z": "one" before the name of whom the deed harmed
    # ("used a machete to slash one X", "accused of waylaying one Y": whom the attack was on)
    r"\b(?:from|swindling|defrauding|cheating|duping|robbing|assaulting|threatening|slash|slashing|slashed|"
    r"waylaying|waylaid|attacking|stabbing|beating|(?:life|house|home|shop|"
    r"store|farm|compound) of) one\s+(?:(?-i:Mr|Mrs|Ms|Miss|Dr|Madam|Alhaji|Chief)\.?\s+)?$|"
    # "where they allegedly attacked and abducted X": the object of the past verb, not who did it ("by")
    r"\b(?:abducted|kidnapped|raped|assaulted|strangled|attacked|robbed|defrauded|deceived|defiled|struck|"
    r"percutée?|agressée?|escroquée?|dépouillée?)\s+(?!by\b|par\b)(?:[\w-]+\s+){0,3}?$|"
    r"\b(?:tuée?s?|tuer|abattue?s?|poignardée?s?|assassinée?s?|killed|stabbed|shot|murdered)\b[^.;]{0,40}$|"
    r"\b(?:frapp|bless|agress|attacked|assaulted|injured)\w*\s+(?:son|sa|ses|leur|his|her|their|un|une|a)\s+"
    r"\w+\s*,\s*$|"
    # "broke into the homestead of Mr X", "avaient attaqué le domicile d'Y": whose home the crime broke into
    r"\b(?:broke|breaking|broken|burgled|burgling|raided|attacked) into (?:the )?(?:home|house|homestead|"
    r"residence|shop|store|flat|compound|premises) of\s+(?:(?-i:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$|"
    r"\b(?:attaqué|cambriolé|braqué|saccagé|incendié) (?:le domicile|la maison|la boutique|le magasin|la "
    r"résidence|la concession) (?:de\s+|d['’]\s*|du\s+)(?:(?-i:M\.|Mme|Mlle)\s+)?$",
    FLAGS,
)


def victim_told_before(before: str) -> bool:
    """Whether the words before a name make it a victim's: "the murder of X", "the murders of A and X"."""
    if VICTIM_CONTEXT.search(before):
        return True
    # "over the murders of A and B, was in the dock": the second victim of the pair, whatever verb follows
    pair = _PAIRED_NAME_AT_END.search(before)
    return bool(pair and VICTIM_CONTEXT.search(before, 0, pair.start()))


# the first name of a pair right before the second: "… A and ", "… A et "
_PAIRED_NAME_AT_END = re.compile(r"(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,3} (?:and|et) $")
