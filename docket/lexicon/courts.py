"""Courts: named institutions, abbreviations, French court kinds, English court patterns, chambers."""

from __future__ import annotations

from docket.lexicon.places import CITY_COUNTRY
from docket.text import longest_first_tree

# Courts known by a name that says nothing of their seat: full name, abbreviation, country (or None).
NAMED_COURTS: tuple[tuple[str, str, str | None], ...] = (
    ("Cour de répression des infractions économiques et du terrorisme", "CRIET", "BJ"),
    ("Cour de répression des infractions économiques et financières", "CRIEF", "GN"),
    ("Tribunal pénal fédéral", "TPF", "CH"),
    ("Cour pénale internationale", "CPI", None),
    ("International Criminal Court", "ICC", None),
    # the UN's tribunals for Rwanda (Arusha) and the former Yugoslavia (The Hague)
    ("Tribunal pénal international pour le Rwanda", "TPIR", None),
    ("International Criminal Tribunal for Rwanda", "ICTR", None),
    ("Tribunal pénal international pour l'ex-Yougoslavie", "TPIY", None),
    ("International Criminal Tribunal for the former Yugoslavia", "ICTY", None),
    ("Cour de justice de la République", "CJR", "FR"),
    ("Tribunal criminel spécial", "TCS", "CM"),
    ("Cour africaine des droits de l'homme et des peuples", "CADHP", None),
    ("Cour de justice de la CEDEAO", None, None),
    ("Central Criminal Court", None, "GB"),
    ("Federal High Court", "FHC", "NG"),
    ("Cour suprême du Canada", None, "CA"),
    ("Cour du Québec", None, "CA"),
)

# Abbreviations that stand for a court wherever they appear (expansion, country or None).
COURT_ABBREVIATIONS: dict[str, tuple[str, str | None]] = {
    "CRIET": ("Cour de répression des infractions économiques et du terrorisme", "BJ"),
    "CRIEF": ("Cour de répression des infractions économiques et financières", "GN"),
    "TPF": ("Tribunal pénal fédéral", "CH"),
    "TGI": ("Tribunal de grande instance", None),
    "TPI": ("Tribunal de première instance", None),
    "TCS": ("Tribunal criminel spécial", "CM"),
    "CPI": ("Cour pénale internationale", None),
    "ICC": ("International Criminal Court", None),
    "TPIR": ("Tribunal pénal international pour le Rwanda", None),
    "ICTR": ("International Criminal Tribunal for Rwanda", None),
    "TPIY": ("Tribunal pénal international pour l'ex-Yougoslavie", None),
    "ICTY": ("International Criminal Tribunal for the former Yugoslavia", None),
    "CJR": ("Cour de justice de la République", "FR"),
    # Mauritius's bail court, named in English in the French-language papers too
    "BRC": ("Bail and Remand Court", "MU"),
}

# The abbreviations as they are written: a long one also as a word ("jugés devant la Criet")
COURT_ABBREVIATION_FORMS: tuple[str, ...] = (
    *COURT_ABBREVIATIONS,
    *(abbr.title() for abbr in COURT_ABBREVIATIONS if len(abbr) >= 5),
)

# "Old Bailey" and its like: a court's popular name.
COURT_NICKNAMES: dict[str, tuple[str, str | None]] = {
    "Old Bailey": ("Central Criminal Court", "GB"),
}

# What may follow "Tribunal" / "Cour" to make a court's kind (French). Longest first where they overlap.
FR_COURT_QUALIFIERS: tuple[str, ...] = (
    "des grandes instances",
    "de grande instance hors classe",
    "de grande instance",
    "de garnison",
    "des flagrants délits",
    "de simple police",
    # Benin's and Togo's first-instance courts by class: "Tribunal de première instance de deuxième classe de
    # Natitingou" (the seat follows the class)
    "de première instance de première classe",
    "de première instance de deuxième classe",
    "de première instance de 1ère classe",
    "de première instance de 2ème classe",
    "de première instance de 2e classe",
    "de première instance",
    "d'instance",
    "de paix",
    # France's local courts since 2020: "le tribunal de proximité de Saint-Martin"
    "de proximité",
    "de commerce",
    "de police",
    "pour enfants",
    "administratif",
    "correctionnelle",
    "correctionnel",
    "criminel spécial",
    "criminel",
    "militaire",
    "pénal fédéral",
    "spécial",
    "judiciaire",
    "d'appel",
    "d'assises",
    "suprême",
    "supérieure",
    "de cassation",
    "constitutionnelle",
    "criminelle ordinaire",
    "criminelle spéciale",
    "criminelle départementale",
    "criminelle",
    # "devant la cour pénale de Casablanca", "le tribunal pénal de la Sarine"
    "pénale",
    "pénal",
    "régional",
    "régionale",
    "départemental",
    "de district",
    # Valais's courts serve two districts: "Tribunal des districts d'Hérens et Conthey"
    "des districts",
    # Swiss courts: "Tribunal d'arrondissement de Sierre", "Tribunal cantonal du Valais"
    "d'arrondissement",
    "cantonal",
    # Rwanda and Burundi: "tribunal de base de Nyarugenge", "tribunal de résidence de Ngozi"; Algeria: "la cour
    # de justice de Sidi Bel-Abbès" (the appeal court of a wilaya)
    "de base",
    "de résidence",
    "de justice",
    "spéciale",
    "martiale",
    "de sûreté de l'État",
    "des comptes",
    # New Brunswick's "Cour provinciale", Mauritius's "Cour intermédiaire", Québec's "cour municipale de
    # Sherbrooke"
    "provinciale",
    "municipale",
    "intermédiaire",
)

# Bodies named like courts that do not try people: never a case's court.
NOT_COURTS: tuple[str, ...] = (
    "cour des comptes",
    "cour des miracles",
    "cour de récréation",
    "cour de l'école",
    # "la plus haute juridiction judiciaire", "la juridiction d'appel": an order of courts, not one court
    "juridiction judiciaire",
    "juridiction d'appel",
    "juridiction compétente",
    "juridiction pénale",
    "juridiction de jugement",
    "juridiction d'instruction",
    "juridiction supérieure",
    "juridiction inférieure",
    "juridictions",
)

# A magistrate's rank, which the seat-before-title patterns must not take for the seat ("before Principal
# Magistrate X" names no court at "Principal")
_NOT_A_RANK = r"(?!(?:Chief|Senior|Principal|Resident|Provincial|Regional|Acting|Deputy|District|Lay|Stipendiary|Special)\b)"

# A court's seat after "in": a known town, or a capitalised word that is no month or weekday ("the High Court in
# Port Harcourt", "the Court of Appeal in Tangier"; not "to appear next in the High Court in May")
_SEAT_AFTER_IN = (
    r"in (?:"
    + longest_first_tree(list(CITY_COUNTRY))
    + r"|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]+)"
)

EN_COURT_PATTERNS: tuple[str, ...] = (
    # ("A Rivers State High Court in Port Harcourt": a Nigerian state's, at a seat of two words)
    r"(?:Federal |(?:[A-Z][\w'-]+ )?State |Commercial |Criminal |Family )?High Court(?: \([^()]{3,60}\))?"
    r"(?: of [A-Z][\w'-]+(?: [A-Z][\w'-]+)?|,? " + _SEAT_AFTER_IN + r"|, [A-Z][\w'-]+)?",
    # "by the high court of Northern Bahr el Ghazal State": in lower case, named by the state it serves
    r"high court of (?:the )?[A-Z][\w'-]+(?: (?:[A-Z][\w'-]+|el|al)){0,4}",
    # ("Colombo Fort Magistrate's Court", "Katima Mulilo Magistrate's Court": a seat of two words)
    r"(?:[A-Z][\w'-]+ ){0,2}(?i:(?:chief |senior |principal )?magistrates?['’]?s?['’]? court)",
    # ("Wood Green crown court": a seat of two words, the court's name in lower case)
    r"(?:(?!The )[A-Z][\w'-]+ ){0,2}(?:Crown|crown) Court|(?:(?!The )[A-Z][\w'-]+ ){1,2}crown court",
    # Liberia's criminal courts are lettered: "Criminal Court A", "Criminal Court 'C'", 'Criminal Court "B"'
    r"Criminal Court ['‘\"“]?[A-E]['’\"”]?(?!\w)",
    # "The Yendi Circuit court has ordered …"
    # ("Dane County Circuit Court": a county's name of two words)
    r"(?:[A-Z][\w'-]+ ){0,2}Circuit (?:Criminal )?[Cc]ourt",
    # Cameroon's English-language papers: "the Yaounde Military Tribunal"
    r"(?:[A-Z][\w'-]+ )?Military Tribunal",
    # "before Milimani Principal Magistrate X": a court named by its seat
    # (not "before Principal Magistrate X", "by Acting Magistrate Y": a rank, no seat)
    r"(?<=before )" + _NOT_A_RANK + r"[A-Z][\w'-]+"
    r"(?= (?:Chief |Senior |Principal |Resident |Provincial |Regional )*[Mm]agistrate\b)",
    r"(?<=by )" + _NOT_A_RANK + r"[A-Z][\w'-]+"
    r"(?= (?:Chief |Senior |Principal |Resident |Provincial |Regional )*[Mm]agistrate\b)",
    # "the Nakuru Law Court", "Milimani Law Courts"
    r"(?:[A-Z][\w'-]+ )?Law Courts?\b",
    r"Court of Appeal(?: of [A-Z][\w'-]+| " + _SEAT_AFTER_IN + r")?",
    # "the Algiers appeals court", "the Salé appeal court", "the Dubai Appeals Court": named by its seat
    r"(?:(?!The )[A-Z][\w'-]+ ){1,2}(?:appeals?|Appeals?) (?:court|Court)",
    # "the Dubai court of misdemeanors", "The Misdemeanor Court" (the Gulf's courts of minor offences)
    r"(?:[A-Z][\w'-]+ )?(?:court|Court) of (?:misdemeanou?rs|Misdemeanou?rs)|(?:[A-Z][\w'-]+ )?Misdemeanou?rs? Court",
    # Cameroon's English-language papers: "the Buea Court of First Instance", "the Court of First Instance in
    # Yaounde"
    r"(?:(?!The )[A-Z][\w'-]+ )?Court of First Instance(?: (?:in|of) [A-Z][\w'-]+)?",
    # "Ontario Court of Justice", "the European Court of Justice"
    r"(?:[A-Z][\w'-]+ )?Court of Justice\b",
    # "put off by an anti-terrorism court (ATC)", "The Anti-Corruption court has jailed …": the court of a
    # special jurisdiction, its name in lower case
    r"(?i:anti-terrorism|anti-corruption|anti-terrorist) court(?: \((?-i:[A-Z]{2,5})\))?",
    # Canada's superior trial courts: "Saskatchewan Court of Queen's Bench", "Court of King's Bench"
    r"(?:[A-Z][\w'-]+ )?Court of (?:Queen|King)['’]s Bench",
    r"Supreme Court(?: of [A-Z][\w'-]+)?",
    r"Constitutional Court",
    r"Bail and Remand Court",
    r"(?:General )?Court Martial",
    # "North Shore District Court"; "Parramatta Local Court" (New South Wales), "Yorkton Provincial Court"
    # (Canada), "Kingston Parish Court" (Jamaica), "Selayang Sessions Court" (Malaysia, India)
    r"(?:[A-Z][\w'-]+ ){0,2}(?:Regional|District|City|Military|Anti-Corruption|Anti-Terrorism|Specialised Criminal|"
    r"Special Criminal|Local|"
    # ("Nyarugenge Intermediate Court" (Rwanda), "Kalabo Subordinate Court" (Zambia), "Buchanan Magisterial
    # Court" (Liberia), "Federal First Instance Court" (Ethiopia))
    # ("Waigani Committal Court" (Papua New Guinea): the court that commits the accused for trial)
    r"Provincial|Parish|Sessions|Intermediate|Subordinate|Magisterial|First Instance|Committal) Court",
    r"(?:Regional|District|City|Intermediate|Sessions|(?<=[Tt]he )regional) [Cc]ourt (?:of|in) [A-Z][\w'-]+",
    # the customary and religious courts: "Monarch Customary Court" (Botswana), "Upper Shari'a Court" and
    # "Upper Area Court" (Nigeria)
    # ("an Upper Shariah Court in Kano": the word's other spelling)
    r"(?:[A-Z][\w'-]+ ){0,2}(?:Customary|Shari['’]ah?|Shariah?|Area|Native|National) Court",
    # Ohio's and Pennsylvania's trial courts: "Cuyahoga County Common Pleas Court", "Court of Common Pleas"
    r"(?:[A-Z][\w'-]+ ){0,3}Common Pleas Court|Court of Common Pleas(?: of [A-Z][\w'-]+(?: County)?)?",
    r"Central Criminal Court",
    # "Queens Criminal Court" (not Liberia's lettered "Criminal Court 'B'", named above)
    r"(?:[A-Z][\w'-]+ ){1,2}Criminal Court(?!\s*['‘\"“]?[A-E]['’\"”]?(?!\w))",
    # "the Financial and Economic Crimes Division of the High Court in Accra"
    r"(?:[A-Z][\w'-]+ (?:and |& )?){1,5}Division of the High Court(?: of [A-Z][\w'-]+| in [A-Z][\w'-]+)?",
    r"(?:[A-Z][\w'-]+ ){0,2}(?:Specialised|Specialized|Commercial|Regional|Anti-Corruption|Sexual Offences)(?: [A-Z][\w'-]+){0,3} Court",
    # "Worcester Superior Court", "Buganda Road Court", "the federal court in Baltimore"
    # ("remanded by Buganda Road court grade one magistrate X": papers may not capitalise "court")
    # ("Patiala House Court" (Delhi): a court house named by its building)
    r"(?:[A-Z][\w'-]+ ){1,2}(?:(?:Superior|County|Municipal|Justice|Juvenile|Youth|Sheriff|County Criminal) Court|(?:Road|Street|House) [Cc]ourts?)",
    # Sierra Leone's magistrates' courts are numbered: "presiding Magistrate of Court No. 1"
    r"(?<=of )Court No\.? ?\d{1,2}\b",
    r"(?:U\.S\.|US|United States) (?:District |Federal |Bankruptcy )?Court(?: of Appeals)?(?: (?:in|for the) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?",
    r"(?:U\.S\.|US|United States) District(?= (?:Court )?Judge)",
    # Hong Kong's magistrates' courts: "appeared at Sha Tin Magistracy", "goes to Tuen Mun Magistracy"
    r"(?:[A-Z][\w'-]+ ){1,2}Magistracy\b",
    # ("in federal court in Sioux City": a seat of two words, not a day after a one-word seat)
    r"(?i:federal court) in [A-Z][\w'-]+(?: (?!(?:Court|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|On|In|Last|This)\b)"
    r"[A-Z][\w'-]+)?",
    # "the Polokwane regional court", "Kisutu resident magistrate's court", "a Kumasi circuit court",
    # "in Dartmouth provincial court", "Mecklenburg County superior court", "Downing Centre local court": a
    # seat in capitals, then the kind of court in lower case, as Canadian, British and US papers write it
    # (not "In district court", "The regional court": a sentence's first word; not "Nigeria's high court")
    r"(?!(?:The|In|At|On|A|An|Its|His|Her|Their|This|That|Before|From|To|And|But|When|After)\b)"
    r"(?:[A-Z][\w'-]+ )?[A-Z][\w'-]+(?<!['’]s)(?: County)? (?i:regional(?: trial)?|district|circuit|provincial|"
    r"sessions|superior|youth|family|juvenile|bond|local|intermediate|sheriff|high|"
    r"resident magistrate['’]?s?|magistrates?['’]?) (?i:court)",
    # "was remanded in custody by a Harare magistrate": the magistrates' court named by its seat
    # ("A Mongu magistrate has handed prison terms …": the sentence's subject, named by its seat)
    r"(?:(?<=by a )|(?<=before a )|(?<=by the )|(?<=before the )|(?<=\bA )|(?<=\bAn ))"
    + _NOT_A_RANK
    + r"[A-Z][\w'-]+"
    r"(?= (?:[Cc]hief |[Ss]enior |[Pp]rincipal |[Rr]esident |[Pp]rovincial |[Rr]egional )*[Mm]agistrate\b)",
    # "after HARARE Magistrate X threw out…": a known seat before the magistrate's title names the court
    # (the seats as written and in capitals, matched case-sensitively: a case-blind tree of every seat tried at
    # every word was most of the cost of the English courts)
    r"(?:" + longest_first_tree(list(CITY_COUNTRY) + [seat.upper() for seat in CITY_COUNTRY]) + r")"
    r"(?= (?:[Cc]hief |[Ss]enior |[Pp]rincipal |[Rr]esident |[Pp]rovincial |[Rr]egional )*[Mm]agistrate [A-Z])",
    # "Ndola court adjourns …", "the Nakuru court heard", a headline's "Mombasa Court Frees …": a court named
    # by a known seat alone
    # (the seats' words merged by their beginnings: a plain alternation of them was most of the cost of
    # every English court pattern)
    # ("the Suva High Court": a known seat before the High Court names it too)
    longest_first_tree(list(CITY_COUNTRY)) + r" (?:[Cc]ity |[Dd]istrict |[Hh]igh )?[Cc]ourt\b(?! of\b)",
    # "Bendigo Children's Court" (Australia), "Norfolk Coroner's Court" (England), "the National Industrial Court
    # in Kaduna", "the Code of Conduct Tribunal", "the Ikeja Special Offences Court" (Nigeria): courts of a
    # special jurisdiction, named by their seat or their field
    r"(?:[A-Z][\w'-]+ ){0,3}(?:Children|Coroner)['’]?s['’]? Court|(?:National )?Industrial Court"
    r"(?: (?:in|of) [A-Z][\w'-]+)?|Code of Conduct Tribunal|(?:[A-Z][\w'-]+ )?Special Offences Court",
    # Uganda: "City Hall Grade One Magistrate"
    r"(?:[A-Z][\w'-]+ ){1,3}Grade (?:[Oo]ne|[Tt]wo|I|II|1|2) Magistrate(?:['’]s Court)?",
)

# Chambers within a court.
CHAMBERS: tuple[str, ...] = (
    "chambre des appels",
    "chambre d'appel",
    "chambre correctionnelle",
    "chambre d'accusation",
    "chambre criminelle",
    "chambre de l'instruction",
    "chambre des mises en accusation",
    "chambre de jugement",
    "chambre du conseil",
    "chambre des affaires pénales",
    "cour des affaires pénales",
    "chambre administrative",
    "chambre commerciale",
    "chambre sociale",
    "chambre civile",
    "chambre de première instance",
    "pôle judiciaire spécialisé",
    "pôle économique et financier",
)
