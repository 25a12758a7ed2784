"""The vocabulary of court reporting in French and English: courts, roles, charges, rulings, procedure.

Every entry here must make sense for any report from any country: procedure words, the names of real
institutions and places, never the people or dates of a particular case. Patterns are plain strings;
`docket.extract` compiles them once.
"""

from __future__ import annotations

# --- Courts -------------------------------------------------------------------------------------------

# Courts known by a name that says nothing of their seat: full name, abbreviation, country (or None).
NAMED_COURTS: tuple[tuple[str, str, str | None], ...] = (
    ("Cour de répression des infractions économiques et du terrorisme", "CRIET", "BJ"),
    ("Cour de répression des infractions économiques et financières", "CRIEF", "GN"),
    ("Tribunal pénal fédéral", "TPF", "CH"),
    ("Cour pénale internationale", "CPI", None),
    ("International Criminal Court", "ICC", None),
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
    "CJR": ("Cour de justice de la République", "FR"),
}

# "Old Bailey" and its like: a court's popular name.
COURT_NICKNAMES: dict[str, tuple[str, str | None]] = {
    "Old Bailey": ("Central Criminal Court", "GB"),
}

# What may follow "Tribunal" / "Cour" to make a court's kind (French). Longest first where they overlap.
FR_COURT_QUALIFIERS: tuple[str, ...] = (
    "de grande instance",
    "de première instance",
    "d'instance",
    "de paix",
    "de commerce",
    "de police",
    "pour enfants",
    "administratif",
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
    "spéciale",
    "martiale",
    "de sûreté de l'État",
    "des comptes",
)

# Bodies named like courts that do not try people: never a case's court.
NOT_COURTS: tuple[str, ...] = (
    "cour des comptes",
    "cour des miracles",
    "cour de récréation",
    "cour de l'école",
)

EN_COURT_PATTERNS: tuple[str, ...] = (
    r"(?:Federal |State |Lagos State |Commercial |Criminal |Family )?High Court(?: \([^()]{3,60}\))?(?: of [A-Z][\w'-]+(?: [A-Z][\w'-]+)?|,? in [A-Z][\w'-]+|, [A-Z][\w'-]+)?",
    r"(?:[A-Z][\w'-]+ )?(?i:(?:chief |senior |principal )?magistrates?['’]?s?['’]? court)",
    r"(?:[A-Z][\w'-]+ )?Crown Court",
    r"(?:[A-Z][\w'-]+ )?Circuit (?:Criminal )?Court",
    # "before Milimani Principal Magistrate X": a court named by its seat
    r"(?<=before )[A-Z][\w'-]+(?= (?:Chief |Senior |Principal |Resident |Provincial |Regional )*[Mm]agistrate\b)",
    r"(?<=by )[A-Z][\w'-]+(?= (?:Chief |Senior |Principal |Resident |Provincial |Regional )*[Mm]agistrate\b)",
    r"(?:[A-Z][\w'-]+ )?Law Courts",
    r"Court of Appeal(?: of [A-Z][\w'-]+)?",
    r"Supreme Court(?: of [A-Z][\w'-]+)?",
    r"Constitutional Court",
    r"(?:[A-Z][\w'-]+ )?(?:Regional|District|City|Military|Anti-Corruption|Specialised Criminal) Court",
    r"(?:Regional|District|City) [Cc]ourt (?:of|in) [A-Z][\w'-]+",
    r"Central Criminal Court",
    # "the Financial and Economic Crimes Division of the High Court in Accra"
    r"(?:[A-Z][\w'-]+ (?:and |& )?){1,5}Division of the High Court(?: of [A-Z][\w'-]+| in [A-Z][\w'-]+)?",
    r"(?:[A-Z][\w'-]+ ){0,2}(?:Specialised|Specialized|Commercial|Regional|Anti-Corruption|Sexual Offences)(?: [A-Z][\w'-]+){0,3} Court",
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

# --- Places -------------------------------------------------------------------------------------------

# Seats of courts and places datelines name, with their country. General geography, nothing more.
CITY_COUNTRY: dict[str, str] = {
    # West and Central Africa
    "Cotonou": "BJ",
    "Porto-Novo": "BJ",
    "Abomey": "BJ",
    "Parakou": "BJ",
    "Abomey-Calavi": "BJ",
    "Dakar": "SN",
    "Thiès": "SN",
    "Saint-Louis": "SN",
    "Ziguinchor": "SN",
    "Kaolack": "SN",
    "Abidjan": "CI",
    "Abidjan-Plateau": "CI",
    "Plateau": "CI",
    "Yopougon": "CI",
    "Yamoussoukro": "CI",
    "Bouaké": "CI",
    "Daloa": "CI",
    "Bamako": "ML",
    "Kayes": "ML",
    "Mopti": "ML",
    "Ségou": "ML",
    "Sikasso": "ML",
    "Ouagadougou": "BF",
    "Bobo-Dioulasso": "BF",
    "Niamey": "NE",
    "Zinder": "NE",
    "Maradi": "NE",
    "Lomé": "TG",
    "Kara": "TG",
    "Conakry": "GN",
    "Kankan": "GN",
    "Nouakchott": "MR",
    "Yaoundé": "CM",
    "Douala": "CM",
    "Bafoussam": "CM",
    "Buea": "CM",
    "Bamenda": "CM",
    "Garoua": "CM",
    "Libreville": "GA",
    "Port-Gentil": "GA",
    "Franceville": "GA",
    "Brazzaville": "CG",
    "Pointe-Noire": "CG",
    "Kinshasa": "CD",
    "Lubumbashi": "CD",
    "Goma": "CD",
    "Bukavu": "CD",
    "Kisangani": "CD",
    "N'Djamena": "TD",
    "Bangui": "CF",
    "Malabo": "GQ",
    "Bujumbura": "BI",
    "Kigali": "RW",
    "Djibouti": "DJ",
    "Moroni": "KM",
    "Antananarivo": "MG",
    "Toamasina": "MG",
    "Mahajanga": "MG",
    "Port-Louis": "MU",
    "Praia": "CV",
    "Bissau": "GW",
    "Banjul": "GM",
    "Freetown": "SL",
    "Monrovia": "LR",
    # North Africa
    "Alger": "DZ",
    "Algiers": "DZ",
    "Oran": "DZ",
    "Constantine": "DZ",
    "Annaba": "DZ",
    "Blida": "DZ",
    "Sidi M'hamed": "DZ",
    "Tipaza": "DZ",
    "Tunis": "TN",
    "Sfax": "TN",
    "Sousse": "TN",
    "Bizerte": "TN",
    "Rabat": "MA",
    "Casablanca": "MA",
    "Marrakech": "MA",
    "Fès": "MA",
    "Tanger": "MA",
    "Agadir": "MA",
    "Salé": "MA",
    "Le Caire": "EG",
    "Cairo": "EG",
    "Tripoli": "LY",
    # Europe and North America
    "Paris": "FR",
    "Lyon": "FR",
    "Marseille": "FR",
    "Bordeaux": "FR",
    "Lille": "FR",
    "Toulouse": "FR",
    "Nanterre": "FR",
    "Bobigny": "FR",
    "Créteil": "FR",
    "Versailles": "FR",
    "Nice": "FR",
    "Rennes": "FR",
    "Strasbourg": "FR",
    "Montpellier": "FR",
    "Nantes": "FR",
    "Aix-en-Provence": "FR",
    "Douai": "FR",
    "Bruxelles": "BE",
    "Brussels": "BE",
    "Liège": "BE",
    "Mons": "BE",
    "Namur": "BE",
    "Charleroi": "BE",
    "Anvers": "BE",
    "Gand": "BE",
    "Genève": "CH",
    "Lausanne": "CH",
    "Bellinzone": "CH",
    "Berne": "CH",
    "Fribourg": "CH",
    "Neuchâtel": "CH",
    "Sion": "CH",
    "Luxembourg": "LU",
    "Monaco": "MC",
    "Montréal": "CA",
    "Montreal": "CA",
    "Québec": "CA",
    "Chicoutimi": "CA",
    "Sherbrooke": "CA",
    "Gatineau": "CA",
    "Trois-Rivières": "CA",
    "Laval": "CA",
    "Ottawa": "CA",
    "Toronto": "CA",
    "Port-au-Prince": "HT",
    "London": "GB",
    "Londres": "GB",
    "Manchester": "GB",
    "Birmingham": "GB",
    "Glasgow": "GB",
    "Edinburgh": "GB",
    "Westminster": "GB",
    "Southwark": "GB",
    "Leeds": "GB",
    "Minsk": "BY",
    "Moscow": "RU",
    "Moscou": "RU",
    "Kyiv": "UA",
    "Kiev": "UA",
    # East and Southern Africa
    "Nairobi": "KE",
    "Milimani": "KE",
    "Kibera": "KE",
    "Mombasa": "KE",
    "Kisumu": "KE",
    "Nakuru": "KE",
    "Kampala": "UG",
    "Entebbe": "UG",
    "Gulu": "UG",
    "Dar es Salaam": "TZ",
    "Dodoma": "TZ",
    "Arusha": "TZ",
    "Addis Ababa": "ET",
    "Kigali City": "RW",
    "Lusaka": "ZM",
    "Harare": "ZW",
    "Bulawayo": "ZW",
    "Lilongwe": "MW",
    "Blantyre": "MW",
    "Maputo": "MZ",
    "Gaborone": "BW",
    "Windhoek": "NA",
    "Johannesburg": "ZA",
    "Pretoria": "ZA",
    "Cape Town": "ZA",
    "Durban": "ZA",
    "Bloemfontein": "ZA",
    "Polokwane": "ZA",
    "Khartoum": "SD",
    "Juba": "SS",
    "Mogadishu": "SO",
    "Asmara": "ER",
    # Nigeria and Ghana
    "Abuja": "NG",
    "Lagos": "NG",
    "Ikeja": "NG",
    "Kano": "NG",
    "Port Harcourt": "NG",
    "Ibadan": "NG",
    "Kaduna": "NG",
    "Enugu": "NG",
    "Accra": "GH",
    "Kumasi": "GH",
}

# Adjectives of nationality that make a report's country clear ("la justice béninoise", "a Kenyan court").
DEMONYMS: dict[str, str] = {
    "béninois": "BJ",
    "béninoise": "BJ",
    "sénégalais": "SN",
    "sénégalaise": "SN",
    "ivoirien": "CI",
    "ivoirienne": "CI",
    "malien": "ML",
    "malienne": "ML",
    "burkinabè": "BF",
    "burkinabé": "BF",
    "nigérien": "NE",
    "nigérienne": "NE",
    "togolais": "TG",
    "togolaise": "TG",
    "guinéen": "GN",
    "guinéenne": "GN",
    "camerounais": "CM",
    "camerounaise": "CM",
    "gabonais": "GA",
    "gabonaise": "GA",
    "congolais": "CD",
    "congolaise": "CD",
    "tchadien": "TD",
    "tchadienne": "TD",
    "centrafricain": "CF",
    "mauritanien": "MR",
    "mauritanienne": "MR",
    "marocain": "MA",
    "marocaine": "MA",
    "algérien": "DZ",
    "algérienne": "DZ",
    "tunisien": "TN",
    "tunisienne": "TN",
    "malgache": "MG",
    "rwandais": "RW",
    "burundais": "BI",
    "djiboutien": "DJ",
    "comorien": "KM",
    "français": "FR",
    "française": "FR",
    "belge": "BE",
    "suisse": "CH",
    "québécois": "CA",
    "québécoise": "CA",
    "canadien": "CA",
    "canadienne": "CA",
    "haïtien": "HT",
    "haïtienne": "HT",
    "Kenyan": "KE",
    "Nigerian": "NG",
    "Ugandan": "UG",
    "Ghanaian": "GH",
    "South African": "ZA",
    "Zimbabwean": "ZW",
    "Zambian": "ZM",
    "Tanzanian": "TZ",
    "Malawian": "MW",
    "Ethiopian": "ET",
    "Cameroonian": "CM",
    "Rwandan": "RW",
    "Belarusian": "BY",
    "Belarussian": "BY",
    "Russian": "RU",
    "British": "GB",
    "Ukrainian": "UA",
    "Sudanese": "SD",
    "Senegalese": "SN",
    "Beninese": "BJ",
}

# --- Roles --------------------------------------------------------------------------------------------

# Titles and role nouns right before a name. Order matters: the longest cue wins at one position.
ROLE_CUES: tuple[tuple[str, str], ...] = (
    # counsel
    (r"avocate? (?:de la|des) parties? civiles?", "civil_party_counsel"),
    (r"avocate? (?:de la|des) victimes?", "civil_party_counsel"),
    (r"avocate? (?:de la|des) plaignante?s?", "civil_party_counsel"),
    (r"conseils? (?:de la|des) parties? civiles?", "civil_party_counsel"),
    (
        r"(?:lawyers?|counsel) for the (?:victims?|famil(?:y|ies)|complainants?|plaintiffs?)",
        "civil_party_counsel",
    ),
    (r"avocate? de la défense", "defense_counsel"),
    (r"avocats? de la défense", "defense_counsel"),
    (r"(?:son|sa|leur|ses|leurs) (?:avocate?s?|conseils?)", "defense_counsel"),
    (r"avocate?s?(?! générale?)|conseils?|bâtonnier|(?-i:Me|Maître|Mes)", "defense_counsel"),
    (r"defen[cs]e (?:lawyers?|counsel|attorneys?)", "defense_counsel"),
    (r"mitigating", "defense_counsel"),
    (r"(?:his|her|their) (?:lawyers?|counsel|attorneys?|advocates?)", "defense_counsel"),
    (r"lawyers?|attorneys?|advocates?|counsel", "defense_counsel"),
    # prosecution
    (
        r"(?:premier |deuxième |second |)substitut du procureur(?: de la République| spécial| général)?",
        "prosecutor",
    ),
    (r"procureure?(?: de la République| général| spécial| militaire| du Roi| fédéral)?", "prosecutor"),
    (r"avocate? générale?|substitute?s?", "prosecutor"),
    (r"commissaire du gouvernement", "prosecutor"),
    (r"(?:chief |senior |state |lead |public )?prosecutors?|state counsel|prosecuting counsel", "prosecutor"),
    (r"Director of Public Prosecutions", "prosecutor"),
    (r"(?:Principal |Senior |Chief )?State (?:Attorney|Counsel|Prosecutor)", "prosecutor"),
    (r"prosecution counsel|prosecuting|for the prosecution", "prosecutor"),
    (r"representing|défendue?s? par|defended by", "defense_counsel"),
    (r"counsel (?:to|for) the (?:EFCC|ICPC|State|prosecution|Crown|Republic)", "prosecutor"),
    (
        r"(?:ministère public|parquet|auditorat|auditeur général|auditeur militaire|the prosecution|prosecution)\b[^.;]{0,40}?(?:représentée? (?:notamment )?par|led by|represented by|conduite par)",
        "prosecutor",
    ),
    (r"auditeur (?:général|militaire)", "prosecutor"),
    (r"représentante? du (?:parquet|ministère public)(?: général)?", "prosecutor"),
    # bench
    (r"juge d'instruction", "judge"),
    (r"doyen(?:ne)?(?: des juges(?: d'instruction)?)?", "judge"),
    (r"présidée? par|presided over by|chaired by", "judge"),
    (
        r"presiding (?:officer|judge|magistrate)|président du tribunal|présidente du tribunal|président de la (?:cour|chambre|collégialité)|présidente de la (?:cour|chambre|collégialité)",
        "judge",
    ),
    (
        r"(?:la |le )?(?:présidente?|president)(?: de (?:la|l')(?:cour|chambre|tribunal|juridiction)\w*| du tribunal)?",
        "judge",
    ),
    (r"juges?|magistrate?s?", "judge"),
    (r"(?:Chief |Senior |Principal |Senior Principal |Resident )*Magistrates?", "judge"),
    # capitalised only: "le palais de justice Lat Dior" names a building
    (r"(?-i:(?:Lady |Lord |Mr |Mrs |Ms )?Justice|Judge)|judges?", "judge"),
    # others
    (r"partie civile|parties civiles", "civil_party"),
    # in a criminal case the one who complained is the victim; a plaintiff sues
    (r"plaignante?s?|complainants?", "victim"),
    (r"plaintiffs?", "plaintiff"),
    (r"victimes?|victims?", "victim"),
    (r"témoins?|witness(?:es)?", "witness"),
    (
        r"prévenue?s?|co-?prévenue?s?|accusée?s?|co-?accusée?s?|inculpée?s?|détenue?s?|mise? en cause",
        "defendant",
    ),
    (r"defendants?|co-?accused|the accused|suspects?", "defendant"),
)

# Verbs whose subject is the defendant: the name comes shortly before them ("X comparaît", "X was jailed").
DEFENDANT_AFTER_NAME: tuple[str, ...] = (
    r"compar(?:a[iî]t|aiss\w*|u|ue|us|aîtr\w*)|se présente|est jugée?|sont jugée?s",
    r"(?:est|sont|était|étaient|a été|ont été|avait été|avaient été|sera|seront) (?:\w+ )?(?:déclarée?s? coupables?|poursuivie?s?|jugée?s?|inculpée?s?|accusée?s?|condamnée?s?|relaxée?s?|acquittée?s?|placée?s? (?:sous mandat de dépôt|en détention|sous contrôle judiciaire|en liberté)|détenue?s?|écrouée?s?|interpellée?s?|arrêtée?s?|mise?s? en examen|entendue?s?|gracié(?:e|s|es)?|libérée?s?|renvoyée?s? devant)",
    r"condamnée?s?|relaxée?s?|acquittée?s?|inculpée?s?|écrouée?s?|reconnue?s? coupables?|jugée?s?|graciée?s?|poursuivie?s? (?:pour|du chef|dans)|a vu sa (?:condamnation|peine|relaxe)|(?:principaux |principales )?suspecte?s?",
    r"accusée?s? (?:de|d'|d’)|a enregistré un plaidoyer|obtien\w* (?:une |la )?(?:liberté|mise en liberté)",
    r"(?:écop\w+|risqu\w+|encour\w+|plaid\w+ (?:non )?coupable|nie|nient|a nié|ont nié|clame\w* (?:son|leur) innocence|répond\w* (?:devant|de|d'|d’|du|des) (?!la question|questions)|doi(?:t|vent) répondre)",
    r"(?:is|are|was|were|has been|have been|had been|will be) (?:\w+ ){0,3}?(?:charged|accused|sentenced|convicted|acquitted|remanded|detained|jailed|arraigned|indicted|granted bail|denied bail|tried|prosecuted|released on bail|facing)",
    r"(?:a|ont) été (?:re)?mise?s? en liberté|fai(?:t|saient|sait) face à (?:des|de|une) (?:accusations?|chefs?)|received (?:\w+[ -]){0,4}(?:years?|months?)|(?:is|are) standing trial|"
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ )?arrested|(?:will )?(?:return|returns|appear|appears) (?:to|in|before) court|"
    r"appeared (?:in|before|at)|pleaded (?:not )?guilty|(?:has |had )?denied (?:the|all|any) charges?|faces? (?:charges|trial)|stands? trial",
)

# Phrases whose object is the defendant: the name comes right after them ("le procès de X").
DEFENDANT_BEFORE_NAME: tuple[str, ...] = (
    r"(?:le |du |au )?procès(?: en appel)? (?:de|d'|d’|du|des)|l['’]affaire|dossier (?:de|d'|d’)|poursuites (?:contre|à l'encontre de)",
    r"\bjug(?:e|ent|eait|eaient|eant)\b|concernant|visant|(?:a|ont|avait) (?:\w+ )?(?:condamné|relaxé|acquitté|inculpé|jugé|placé|libéré|gracié|auditionné|reconnu|déclaré)|(?:liberté|libération|mise en liberté|détention) (?:provisoire )?(?:de|d'|d’|du|des|pour)|maint\w+ (?:en détention )?|en faveur (?:de|d'|d’|du|des)",
    r"the trial of|the case (?:of|against)|charges against|(?:sentenced|convicted|acquitted|jailed|remanded|charged|indicted|arraigned|freed|released|cleared|granted bail to|denied bail to)",
    r"cités? à comparaître|dans le box|à la barre|on trial|in the dock",
    # "Deux personnes sont inculpées d'assassinat : X et Y"
    r"(?:inculp|poursuiv|accus|prévenu|charged|defendants)\w*[^.;:]{0,80}:",
    r"\b(?:prévenu|accusé|inculpé|détenu|defendant|accused)e?s?\b[^.;:]{0,60}?\b(?:dont|parmi lesquels|parmi lesquelles|among them|including)",
)

# Who someone is ("l'opposant X", "l'ex-ministre X", "the journalist X"): a defendant only in a sentence
# that speaks of the proceedings.
DEFENDANT_DESCRIPTORS: tuple[str, ...] = (
    r"(?:l['’]|les |le |la |des |deux |trois |plusieurs )?(?:anciens? |anciennes? |ex-|ex )?(?:opposante?|journaliste|activiste|militante?|homme d'affaires|femme d'affaires|hommes d'affaires|commerçante?|chroniqueur|chroniqueuse|blogueur|blogueuse|syndicaliste|détenue?|suspecte?|mise? en cause|polémiste|ministres?|premiers? ministres?|wali|walis|préfet|préfète|maire|députée?|gouverneur|directeur général|directrice générale|patron|officier|policier|gendarme|militaire|colonel|général|capitaine|commandant|sergent|soldat|neveu|nièce|fils|fille|épouse|époux|frère|sœur|complice|co-?auteur)s?",
    r"(?:the )?(?:former |ex-)?(?:opposition (?:leader|politician|figure)|journalist|activist|businessman|businesswoman|blogger|suspect|trade unionist|minister|governor|senator|officer|constable|soldier|nephew|son|daughter|wife|husband|brother|sister|accomplice)s?",
)

# A sentence about the proceedings, for the descriptors above.
PROCEEDINGS_CONTEXT: str = (
    r"audience|procès|tribunal|cour |juge|box|barre|comparaît|comparaissent|comparaître|prévenu|accusé|"
    r"condamn|relax|acquitt|inculp|poursuivi|détention|mandat de dépôt|liberté provisoire|jugé|"
    r"court|trial|judge|magistrate|charged|sentenced|convicted|acquitted|bail|remanded|dock|pleaded|hearing"
)

# --- Charges ------------------------------------------------------------------------------------------

# What introduces the list of charges.
CHARGE_CUES_FR: tuple[str, ...] = (
    r"(?:sont |est |étaient |était |a été |ont été )?poursuivie?s? (?:notamment )?(?:pour|du chef d[e'’]|des chefs d[e'’])",
    r"(?:sont |est )?jugée?s? (?:notamment )?pour",
    r"inculpée?s? (?:notamment )?(?:de|d'|d’|pour)",
    r"accusée?s? (?:notamment )?(?:de|d'|d’|du|des)",
    r"reconnue?s? coupables? (?:de|d'|d’|des chefs? d[e'’])",
    r"condamnée?s? pour",
    r"(?:chefs?|chef) d'(?:accusation|inculpation) (?:de|d'|d’|:)",
    r"(?:des |aux |les )chefs (?:de|d'|d’)",
    r"pour des faits (?:présumés |supposés |présumés et supposés )?(?:de|d'|d’)",
    r"des faits (?:présumés |supposés )?(?:de|d'|d’)",
    r"répond(?:re|ent|ra|ront)? (?:notamment |au pénal )?(?:des accusations de|de|d'|d’|du|des)",
    r"(?<!chambre d')(?<!chambre d’)accusations? (?:de|d'|d’)",
    r"sous la qualification (?:de|d'|d’)",
    r"requalifiée?s? en",
    r"(?:est |sont )?soupçonnée?s? (?:de|d'|d’)",
    r"mise? en examen pour",
    # "reconnu coupable vendredi 13 juin du meurtre de…": only the day may stand between
    r"(?<!non )coupables? (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|\d{1,2}|1er|janvier|février|"
    r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4}),? ){0,4}(?:de|d'|d’|du|des)\b",
    r"chefs d'(?:accusation|inculpation)[^:.;]{0,40}:",
    r"pour (?:y )?répondre (?:de|d'|d’|des)",
)

# Verbs after which "pour X" / "for X" names the offence, when X starts with an offence's head noun
# ("condamné à deux ans pour escroquerie", "jailed for five years for fraud").
# After these the offence follows directly, when it starts with an offence's head noun.
LOOSE_CHARGE_INTROS: str = (
    r"(?:l['’]|une |cette )affaire (?:dite )?(?:de |d['’]|du |des )|dossier (?:de |d['’]|du |des )|"
    r"procès (?:pour |de |d['’])|retenue? contre (?:lui|elle|eux|elles) (?:que )?(?:la |le |l['’]|les )?|"
    r"(?:case|trial) (?:of|for) |accused of (?:the )?"
)

LOOSE_CHARGE_VERBS: str = (
    r"condamn\w*|écop\w*|poursuiv\w*|jug(?:ée?s?|eait|eaient|e|ent)|inculpée?s?|interpellée?s?|arrêtée?s?|détenue?s?|"
    r"sentenced|jailed|convicted|prosecuted|tried|arrested|detained|imprisoned"
)

CHARGE_CUES_EN: tuple[str, ...] = (
    r"(?:was |were |is |are |been )?charged\b[^.;]{0,40}?\bwith",
    r"(?:on |faces? |facing |over )?charges? of",
    r"(?:was |were |is |are |been )?convicted of",
    r"found guilty of",
    r"convicted\b[^.;]{0,40}?\bof",
    r"(?:\d+-count )?charges? (?:bordering on|relating to|related to)",
    r"pleaded (?:not )?guilty\b[^.;]{0,60}?\bto",
    r"indicted (?:for|on)",
    r"counts? of",
)

# Head nouns of offences: "X et Y" splits into two charges only when Y starts with one of these.
CHARGE_HEADS: frozenset[str] = frozenset(
    """assassinat assassinats meurtre meurtres viol viols vol vols escroquerie escroqueries corruption
    blanchiment détournement détournements abus complicité coaction association atteinte atteintes
    incitation harcèlement outrage outrages diffamation injure injures recel trafic apologie terrorisme
    financement complot tentative tentatives séquestration enlèvement torture tortures faux usage
    extorsion concussion prise favoritisme enrichissement fraude évasion rébellion insurrection
    provocation publication diffusion menaces menace coups violences violence homicide empoisonnement
    pillage pillages destruction dégradation dégradations incendie vandalisme port détention
    non-dénonciation trahison espionnage hostilité attroupement troubles trouble offense offenses
    crimes crime génocide mutinerie désertion insubordination proxénétisme pédophilie agression
    agressions exploitation traite malversations malversation octroi dissipation
    murder murders manslaughter rape robbery theft fraud corruption money laundering kidnapping
    abduction assault terrorism treason sedition incitement conspiracy extortion bribery embezzlement
    possession trafficking defamation cybercrime cyberstalking arson obstruction defeating assisting
    attempted attempt unlawful illegal participating participation extremism violation violations refus
    entrave ingérence usurpation soustraction falsification contrefaçon spéculation contrebande braconnage
    voies menaces propagation sabotage vente achat importation exportation exercice mise résistance non-assistance
    fraudes faux-monnayage piratage cybercriminalité intelligence collusion complots sécession
    forgery uttering obtaining impersonation perjury burglary harassment stalking smuggling contravening
    causing using misappropriation money wilfully willfully dealing handling possessing unlawfully
    inciting defilement manslaughter espionage abuse stealing transfert fausse fausses déclaration délit
    adhésion membership defrauding
    constitution accès conduite""".split()
)

# Offences that name nothing without their object: in "destruction et pillage des biens d'autrui" or
# "faux et usage de faux" the complement belongs to both, so the pair stays one charge.
CHARGE_HEADS_NEEDING_OBJECT: frozenset[str] = frozenset(
    """destruction dégradation dégradations port détention détournement vente achat importation exportation
    trafic usage faux possession fabrication diffusion publication falsification soustraction
    manufacture sale""".split()
)

# Words that end a charge list: the clause moves on to something else.
CHARGE_STOPS: tuple[str, ...] = (
    r"\s+devant\b",
    r"\s+depuis\b",
    r"\s+lors\b",
    r"\s+alors\b",
    r"\s+mais\b",
    r"\s+car\b",
    r"\s+avant\b",
    r"\s+après\b",
    r"\s+qui\b",
    r"\s+dont\b",
    r"\s+lorsqu",
    r"\s+puisqu",
    r"\s+parce\b",
    r"\s+suite\b",
    r"\s+au terme\b",
    r"\s+à l'issue\b",
    r"\s+à la barre\b",
    r"\s+dans le cadre\b",
    r"\s+dans l'affaire\b",
    r"\s+dans ce dossier\b",
    r"\s+ont été\b",
    r"\s+a été\b",
    r"\s+sera\b",
    r"\s+seront\b",
    r"\s+risque",
    r"\s+encour",
    r"\s+in connection\b",
    r"\s+before\b",
    r"\s+after\b",
    r"\s+when\b",
    r"\s+while\b",
    r"\s+which\b",
    r"\s+who\b",
    r"\s+but\b",
    r"\s+at the\b",
    r"\s+and (?:was|were|has|have|is|are)\b",
    r"\s+for which\b",
    r"\s+over (?:articles|posts|comments)",
    r",\s*(?:il|elle|ils|elles|selon|a|ont|le|la|les|l'|they|he|she)\b",
    r"\s+en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d)",
    r"\s+in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d)",
    r"\s+le (?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"\s+on (?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    r"\s*[(\[]",
    r"\s+[–—-]\s",
    r"\s*:\s",
    r"\s*»",
    r"\s*;",
    r"\s+sur la personne\b",
    r"\s+par (?:le|la|les) (?:tribunal|cour|chambre|juges?|juridiction)",
    r"\s+by (?:the|a) (?:\w+ )?(?:court|judge|magistrate|jury)",
    r"\s+(?:renvoyée?s?|reportée?s?|ajournée?s?|adjourned|postponed)\b",
    r",?\s+(?:survenue?s?|commise?s?|perpétrée?s?|intervenue?s?)\b",
    r"\s+contre (?:[A-Z]|son |sa |ses |leur )",
)

# --- Rulings ------------------------------------------------------------------------------------------

# A ruling cue's kind, the pattern (case-insensitive), and whether it carries the next date.
RULING_CUES: tuple[tuple[str, str], ...] = (
    (
        "adjourned",
        r"\b(?:a|ont) été (?:à nouveau |encore |de nouveau |une nouvelle fois )?(?:renvoyée?s?|reportée?s?|ajournée?s?|remise?s? (?:au|à))\b(?! à (?:\w+ )?reprises)",
    ),
    (
        "adjourned",
        r"\b(?:renvoyée?s?|reportée?s?|repoussée?s?|ajournée?s?|renvoie|renvoient|reporte|reportent|ajourne|ajournent) (?![^.;]{0,40}mieux se pourvoir)(?:[\w'’]+ ){0,4}?(?:au|aux|à(?! (?:\w+ )?reprises)|jusqu'au|pour le|le|sine die|à une date)\b",
    ),
    (
        "adjourned",
        r"\b(?:a|ont|avait|avaient) (?:\w+ ){0,2}(?:renvoyé|reporté|ajourné|repoussé) (?:l'affaire|le dossier|le procès|l'audience|les débats|la suite|l'examen|le jugement|l'affaire)",
    ),
    (
        "adjourned",
        r"\brenvoi (?:de l'affaire |du dossier |du procès )?(?:au|à|jusqu'au)\b|\b(?:obtenu|accordé|ordonné|prononcé|décidé) (?:un |le |son |leur )?(?:\w+ )?renvoi\b|\b(?:suspendue?s?|interrompue?s?)\b[^.;]{0,30}\breprendr\w+",
    ),
    (
        "adjourned",
        r"\b(?:adjourn(?:ed|s|ing)?|postponed|deferred|stood down|pushed back|put off|rescheduled)\b",
    ),
    (
        "deliberation_reserved",
        r"\bmise? en délibéré\b|\bmis(?:e|es)? en délibéré\b|\b(?:mis|pris|met|mettra)\w* (?:[\w'’]+ ){0,3}en délibéré\b|\bdélibéré (?:(?:est |a été )?(?:fixé|prévu|attendu|renvoyé) )?(?:au|pour le|le)\b|\ben délibéré (?:au|jusqu'au|pour le)\b",
    ),
    (
        "deliberation_reserved",
        r"\brenvoy\w* (?:sa|la|leur|son) (?:décision|verdict|jugement)\b|"
        r"\b(?:fera|ferait|feront) connaître (?:\w+ ){0,3}(?:sa|son|leur) (?:décision|verdict|jugement)\b|\b(?:décision|verdict|jugement|arrêt) (?:est |sera )?(?:attendue?|rendue?|prononcée?) (?:le|au|pour le|dans)\b|\brendra (?:sa|son) (?:décision|verdict|jugement|arrêt)\b|"
        r"\b(?:verdict|judgment|judgement|ruling|decision) (?:is |was )?(?:expected|due) (?:on|in)\b|"
        r"\breserved (?:its |his |her )?(?:judgment|judgement|ruling|verdict|decision)\b|\b(?:judgment|judgement|ruling|verdict) (?:was |has been )?reserved\b",
    ),
    (
        "bail_denied",
        r"\b(?:rejeté|rejette|rejetée?|refusé|refuse|refusée?|débouté|rejet)\b[^.;]{0,60}?\b(?:(?:mise|remise) en liberté|liberté provisoire|demandes? de (?:mise en )?libération|libération conditionnelle)",
    ),
    (
        "bail_denied",
        r"\b(?:(?:mise|remise) en liberté|liberté provisoire)[^.;]{0,90}?\b(?:a été |ont été )?(?:rejetée?s?|refusée?s?)",
    ),
    (
        "bail_denied",
        r"\bmaintenue?s? en détention\b|\bmaintien (?:en|de la) détention\b|"
        r"\bdétention (?:provisoire |préventive )?(?:a|ont) été (?:maintenue|prolongée)s?\b|"
        r"\bmesures? de détention[^.;]{0,30}?(?:a|ont) été (?:maintenue|prolongée)s?\b",
    ),
    ("bail_denied", r"\brefus(?:ed|ing) (?:his|her|their|the) (?:bail )?applications?\b"),
    # "elle a rejeté la demande": a bail ruling only where the paragraph speaks of release
    (
        "bail_denied",
        r"\b(?:rejeté|rejette|refusé|refuse)e?s? (?:la|sa|leur|cette|les|ces) (?:nouvelle )?demandes?\b",
    ),
    (
        "bail_denied",
        r"\b(?:denied|refused|rejected|dismissed|turned down) (?:\w+ ){0,3}?bail\b|\bbail (?:application |applications |request )?(?:was |were |has been )?(?:denied|refused|rejected|dismissed)\b",
    ),
    (
        "bail_granted",
        r"\b(?:accordé|accorde|octroyé|obtenu|bénéficié)\b[^.;]{0,40}?\b(?:liberté provisoire|mise en liberté)|\b(?:a|ont|avait|avaient) été (?:re)?(?:mise?s?|placée?s?) en liberté\b|\b(?:re)?mis en liberté provisoire\b|\bliberté provisoire (?:a été |leur a été |lui a été )?(?:accordée|octroyée)|\bplacée?s? sous contrôle judiciaire\b",
    ),
    (
        "bail_granted",
        r"\b(?:granted|admitted to|released on|freed on) (?:\w+ ){0,3}?bail\b|\bset bail at\b|\bbail (?:was |has been )?granted\b|\bcash bail\b",
    ),
    (
        "detention_ordered",
        r"\bmandat de dépôt\b[^.;]{0,30}?\b(?:décerné|délivré|confirmé|maintenu)|\b(?:décerné|délivré|confirmé|maintenu|placée?s?|mise?s?) (?:\w+ ){0,3}?(?:sous )?mandat de dépôt\b|\bplacée?s? en détention(?: provisoire| préventive)?\b|\bécrouée?s?\b",
    ),
    (
        "detention_ordered",
        r"\bremanded (?:\w+ ){0,4}in(?:to)? (?:prison |police )?custody\b|\bordered (?:\w+ ){0,3}?(?:detained|held in custody)\b|\bremanded\b",
    ),
    (
        "convicted",
        r"\b(?:a|ont|avait|avaient) condamné\b|\b(?:été|est|sont) condamnée?s?\b|\bprononcé\w* [^.;]{0,40}?\bpeines?\b|\bpeines? (?:de prison |d'emprisonnement )?allant de\b|\bcondamnée?s? (?:\w+ ){0,4}?(?:à|au|aux)\b|\b(?:reconnue?s?|déclarée?s?) (?!non )coupables?\b|\breconnu\w* (?![^.;]{0,80}?\bnon coupables?)[^.;]{0,80}?\bcoupables?\b|\bécop(?:é|ent|e) (?:de|d')|\bla peine de\b",
    ),
    (
        "convicted",
        r"\b(?:given|handed|received) (?:a |an )?[\w-]+(?:[ -]\w+)? (?:prison|jail) (?:term|sentence)\b|\b(?:received|got|was given|were given) (?:\w+[ -]){1,4}(?:years?|months?)\b|\bsentenced (?:\w+ ){0,6}?to\b|\b(?:was|were|been) convicted\b|\bfound guilty\b|\bjailed\b|\bsentenced\b",
    ),
    (
        "acquitted",
        r"\b(?:relaxée?s?|acquittée?s?|relaxe|acquittement)\b|\b(?:reconnue?s?|déclarée?s?) non coupables?\b|\bn'a (?:rien|aucunement) retenu contre\b|\bblanchie?s?\b|\b(?:acquitted|found not guilty|cleared of)\b",
    ),
    (
        "dismissed",
        r"\bnon-lieu\b|\bnullité de la procédure\b|\bclassement sans suite\b|\babandon des poursuites\b|\babandonné les poursuites\b|\b(?:case|charges?) (?:was |were |has been |have been )?(?:dismissed|dropped|struck out|withdrawn)\b|\bstruck out\b",
    ),
    (
        "declined_jurisdiction",
        r"\bs['’](?:est|était|étaient|sont) déclarée?s? incompétente?s?\b|\bs['’](?:est|était) dessaisie?\b|\bse dessaisi[rt]\b|\bse (?:sont |est )?déclarée?s? incompétente?s?\b|\bdéclaré (?:son |sa )?incompétence\b|\bincompétence\b|\bdeclined jurisdiction\b|\blacked jurisdiction\b",
    ),
    (
        "appeal_filed",
        r"\b(?:a|ont|avait|avaient) (?:\w+ ){0,2}?(?:fait|interjeté|relevé|formé) (?:appel|un appel|un pourvoi)\b(?! (?:à|aux|au)\b)|\bpourvoi en cassation\b|\bappel (?:a été |avait été )?interjeté\b|\b(?:filed|lodged) (?:an |a notice of )?appeal\b|\bappealed\b",
    ),
    (
        "pardoned",
        r"\bgraciée?s?\b|\bgrâce présidentielle\b|\bgrâce (?:du|accordée par le) (?:chef de l'[ÉE]tat|président)\b|\bpardoned\b|\bpresidential pardon\b",
    ),
)

# Every pattern of RULING_CUES contains one of these stems: a sentence without any of them holds no
# ruling, and is not searched with the patterns above (the parser's hottest loop).
RULING_HINTS: str = (
    r"renvo|report|repouss|ajourn|remis|suspend|interromp|adjourn|postpon|defer|stood down|pushed back|"
    r"put off|reschedul|délibéré|reserved|décision|verdict|jugement|arrêt|rendra|judgment|judgement|ruling|"
    r"decision|rejet|refus|débout|libert|libérat|maint|denied|rejected|dismissed|turned down|bail|accord|"
    r"octroy|obtenu|bénéfici|contrôle judiciaire|granted|mandat|détention|écrou|remanded|ordered|condamn|"
    r"coupable|écop|peine|prononc|sentenced|convicted|guilty|jailed|given|handed|received|got|relax|"
    r"acquitt|blanchi|retenu|cleared|non-lieu|nullité|classement|abandon|struck|dropped|withdrawn|"
    r"incompéten|jurisdiction|appel|pourvoi|graci|grâce|pardon"
)

# Words that make the clause a request, an intention or a hypothesis, not a decision.
REQUEST_MARKERS: tuple[str, ...] = (
    r"requis|requiert|requérant|réquisitions?|réquisitoire|demandé|demandent|demandait|demandaient",
    r"(?<!la )(?<!sa )(?<!leur )(?<!une )(?<!cette )(?<!la nouvelle )(?<!de )demande\b",
    r"estim\w*|selon|justifi\w*|contest\w*|dénonc\w*|argu\w*|insist\w*|^pour (?:me|maître|la défense|l'avocat|le parquet)\b",
    r"sollicit\w*|plaid\w*|réclam\w*|avis favorable|avis défavorable|propos\w* (?:à|au|aux)|souhait\w*",
    r"entend\w*|compte\w*|envisag\w*|menac\w*|pourrait|pourraient|risque\w*|encour\w*|va|vont|allait",
    r"asked|asks|asking|sought|seeks|seeking|requested|requesting|urged|urging|called for|applied for|application for|applied",
    r"(?-i:will|would|could|may|might)\b|plans? to|intends? to|intend|wants? to|faces|facing|risk",
    r"n'a pas|n'ont pas|ne sera|ne seront|not been|did not|didn't|has not|have not|was not|were not",
    r"aurai(?:t|ent)|serai(?:t|ent)|préféré|would have|hoped|espér\w*",
    r"soulev\w*|invoqu\w*|exception|raised|argued",
)

# The bench and the court as a clause's subject: its verbs are decisions.
DECIDER_SUBJECTS: str = (
    r"(?:la cour|le tribunal|la chambre|le juge|la juge|les juges|le président|la présidente|la juridiction|"
    r"le magistrat|la magistrate|the court|the judge|the magistrate|the tribunal|justice|judge|magistrate)"
)

# --- Hearings -----------------------------------------------------------------------------------------

HEARING_CUES: str = (
    r"audiences?|comparution|a vidé|ont vidé|a requis|ont requis|avait requis|a plaidé|ont plaidé|convoquée?s?|devant (?:la|le) (?:\w+ ){0,3}(?:tribunal|cour|chambre|juge)|jugée?s?|délibéré|s'est ouvert|se sont ouverts|s'est tenue?|se tenait|procès|compar(?:a[iî]t|aiss\w*|u|ue|us|aîtr\w*)|"
    r"à la barre|débats|plaidoiries|réquisitoire|verdict|jugement|a statué|siégeant|a été entendu|"
    r"hearing|trial|appeared|arraigned|in court|court heard|told the court|testified|verdict|sentencing|"
    r"charged (?:on|yesterday|today)|"
    r"pleaded|sat"
)

# Phrases that introduce the next date of the case.
NEXT_DATE_CUES: str = (
    r"renvoyée?s?|reportée?s?|repoussée?s?|ajournée?s?|renvoi|mise? en délibéré|mis en délibéré|délibéré|"
    r"prochaine audience|reprendra|reprendront|reprise|fixée?|programmée?|prévue?|attendue?|rendra|rendu le|"
    r"comparaîtra|comparaîtront|adjourned|postponed|reserved|next hearing|will resume|resume|set for|"
    r"fixed|return to court|returns to court|due to appear|scheduled|until|mentioned on|trial date|"
    r"plea hearing|judgment on|ruling on|verdict on|expected|reappear|re-appear|appear|de retour|reviendra|"
    r"reviendront|prononcée?|sera rendue?|for (?:further )?mention"
)
