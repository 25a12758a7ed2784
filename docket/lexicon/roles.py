"""Roles: the nouns and verbs that say who a named person is in a case."""

from __future__ import annotations

# The accused tried with the one named: "X and four co-defendants", "X et ses trois coaccusés".
CO_ACCUSED: str = r"co-?defendants?|co-?accused|co-?accusée?s|co-?prévenue?s|co-?inculpée?s"

# Titles and role nouns right before a name. Order matters: the longest cue wins at one position.
ROLE_CUES: tuple[tuple[str, str], ...] = (
    # counsel
    (r"avocate? (?:de la|des) parties? civiles?", "civil_party_counsel"),
    (r"avocate? (?:de la|des) victimes?", "civil_party_counsel"),
    (r"avocate? (?:de la|des) plaignante?s?", "civil_party_counsel"),
    (r"conseils? (?:de la|des) parties? civiles?", "civil_party_counsel"),
    # "Conseil de la Direction de la Faune, Me X": counsel for a public body, which a criminal case makes a
    # civil party
    (
        r"(?:avocate?s?|conseils?) (?:de la|du|de l['’]) (?-i:Direction|Agence|Administration|Office|Société|"
        r"Banque|Caisse|Mairie|Commune|Trésor|Ministère(?! public)|État|Etat)\b",
        "civil_party_counsel",
    ),
    (
        r"(?:lawyers?|counsel) for the (?:victims?|famil(?:y|ies)|complainants?|plaintiffs?)",
        "civil_party_counsel",
    ),
    # "Appearing for the victims' relatives, lawyer X urged the judge …"
    (
        r"(?:appearing|acting) for the (?:victims?['’]? (?:relatives|famil(?:y|ies))|victims?|famil(?:y|ies)|"
        r"complainants?|bereaved)(?:,? (?:lawyer|counsel|attorney|advocate))?",
        "civil_party_counsel",
    ),
    # Québec: "L'avocat du Directeur des poursuites criminelles et pénales, Me X"
    (
        r"avocate? (?:du|de la) (?:Directeur des poursuites criminelles et pénales|DPCP|Couronne|"
        r"ministère public|poursuite)",
        "prosecutor",
    ),
    # "la libération des deux hommes, que défendent Me A et Me B": the subject after its verb
    (
        r"(?:que|qu['’]) (?:défend|défendent|défendait|défendaient|représente|représentent|assiste|assistent)",
        "defense_counsel",
    ),
    (r"avocate? de la défense", "defense_counsel"),
    # "Leurs défenseurs – A, B et C – ont dû garder le silence"
    (r"(?:leurs?|ses|son|sa) défenseu(?:r|rs|se|ses)", "defense_counsel"),
    # "les défenseurs d'El Mahdi X et de Sabrine Y": counsel, whose clients are named after "de" (not "le
    # défenseur des droits de l'homme X")
    (r"(?:les |le |la )défenseu(?:r|rs|se|ses)(?= (?:de |d['’]) ?(?:$|(?-i:[A-ZÀ-Ý])))", "defense_counsel"),
    (r"avocats? de la défense", "defense_counsel"),
    (r"(?:son|sa|leur|ses|leurs) (?:avocate?s?|conseils?)", "defense_counsel"),
    (
        r"avocate?s?(?! générale?)(?! généraux)|conseils?|bâtonnier|(?-i:Me|Maître|Maitre|Mes)",
        "defense_counsel",
    ),
    # "defence agent Gregor X": a Scottish court's word for the defence solicitor
    (r"defen[cs]e (?:lawyers?|counsel|attorneys?|agents?|solicitors?)|public defenders?", "defense_counsel"),
    (r"mitigating", "defense_counsel"),
    # "Pearl X, the legal representative of the nine accused, objected": South Africa's word for defence counsel
    (
        r"(?:(?:his|her|their|the) )?legal (?:representatives?|practitioners?)(?= (?:of|for) the (?:\w+ ){0,2}?"
        r"(?:accused|defendants?|suspects?|appellants?)\b|\s*,|\s*$)",
        "defense_counsel",
    ),
    # "According to his KC, Mark X, the defendant will plead not guilty": the accused's silk
    (r"(?:his|her|their) (?:lawyers?|counsel|attorneys?|advocates?|(?-i:KC|QC|SC))", "defense_counsel"),
    (r"lawyers?|attorneys?|advocates?|counsel|solicitors?|barristers?", "defense_counsel"),
    # "For the Crown, William Beardmore said…", "For the defence, X argued…"
    (r"(?-i:For|for) the (?:Crown|State|[Pp]rosecution|Republic|People|DPP)", "prosecutor"),
    # "The State case, as outlined by Mr Taurai X, is that …": who puts the prosecution's case
    (
        r"(?:State|Crown|[Pp]rosecution)(?:['’]s)? case,? (?:as |was |is )?(?:outlined|presented|opened|laid out|"
        r"summari[sz]ed|put) by",
        "prosecutor",
    ),
    # "For the 4th defendant, A. A. Badmus said": counsel for one of several accused (not "the first court
    # appearance for the accused, X": a sitting held for the accused, named after the comma)
    (
        r"(?<!appearance )(?<!hearing )(?<!date )(?-i:For|for) the (?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth) )?"
        # (not "impossible for the defense team to meet X": whom the defence is to meet)
        r"(?:defen[cs]e|accused|defendants?)(?!(?: team)? to )",
        "defense_counsel",
    ),
    # "The defence - A, B and C - fought the application"
    # ("Their defence team — A, B and C — told the court": whose defence it is)
    (r"(?-i:The|the|Their|their|His|his|Her|her) defen[cs]e(?: team)?(?=\s*[-–—:])", "defense_counsel"),
    # "the defence, led by Lukman Fagbemi (SAN)", "la défense, menée par Me X"
    (
        r"(?:the |la )?(?:defen[cs]e|défense)(?: team)?\b[^.;]{0,20}?(?:led by|represented by|conduite par|menée par)",
        "defense_counsel",
    ),
    # prosecution
    (
        r"(?:premier |deuxième |second |)substitut du procureur(?: de la République| spécial| général)?",
        "prosecutor",
    ),
    # Québec: "le procureur de la Couronne X", "la procureure aux poursuites criminelles et pénales X"
    (
        # ("Vincent X, vice-procureur de permanence": the prosecutor's deputy, of the prosecution all the same)
        r"(?:vice-)?procureure?(?: de la République| général| spécial| militaire| du Roi| fédéral| de la Couronne|"
        # ("La procureure de la République à Mulhouse, Edwige X, a salué …": the seat after the office)
        r" aux poursuites criminelles(?: et pénales)?)?(?: (?:à|de|d['’]) ?(?!la\b|le\b|l['’])[\w'’-]+,?)?",
        "prosecutor",
    ),
    (r"avocate? générale?|avocats généraux|avocates générales|substitute?s?", "prosecutor"),
    (r"commissaire du gouvernement", "prosecutor"),
    # "Dans ses réquisitions, X a retracé le scénario": who sums up for the prosecution
    (r"dans (?:ses|son) (?:réquisitions|réquisitoire)", "prosecutor"),
    # Scotland: "fiscal depute Georgia X", "procurator fiscal depute Y"
    # ("procurator fiscal Karen X": the office, without its depute)
    (r"procurator fiscal(?: depute| deputy)?|fiscal(?: depute| deputy)", "prosecutor"),
    (r"(?:chief |senior |state |lead |public )?prosecutors?|state counsel|prosecuting counsel", "prosecutor"),
    # "police counsel Chike Amuka", "For the State, advocate Hannes Cloete"
    (
        r"police (?:counsel|prosecutor)|for the (?:state|crown|prosecution|republic),? (?:advocate|counsel|attorney|lawyer)",
        "prosecutor",
    ),
    # "On the State's side sat Lawyers A, B and C": the side's seat, then its counsel
    (
        r"(?-i:On|on) the (?:State|Crown|[Pp]rosecution|Republic)['’]s? side",
        "prosecutor",
    ),
    # "the Director of Public Prosecutions (DPP), SH Barkun", "led by DPP Farah X" (not "DPP v Smith", a case's
    # name, whose accused follows)
    # ("the state's Director of Public Prosecution, Ms Titilayo X": the singular, as papers often write it)
    (r"Director of Public Prosecutions?(?:\s*\((?-i:DPP)\))?|(?-i:DPP)(?!\s+v\b|\s+vs?\.)", "prosecutor"),
    # "For the Crown appears senior Treasury counsel X": the Crown's barristers at the Old Bailey
    (r"(?:senior |junior |first )?Treasury [Cc]ounsel", "prosecutor"),
    # Québec, where the Crown prosecutes: "Pour la Couronne, Me X", "les avocats Y, de la Couronne, et Z",
    # "Me X, de la Direction des poursuites criminelles et pénales (DPCP)"
    (r"(?-i:Pour|pour) (?:la Couronne|la poursuite|le ministère public|le parquet)", "prosecutor"),
    (
        r"de la (?-i:Couronne)|(?:de la |du )?(?:Direction|Directeur|directeur) des poursuites criminelles"
        r"(?: et pénales)?|(?:de la |du )?(?-i:DPCP)",
        "prosecutor",
    ),
    # "Deputy DA Stacy Edwards"
    (r"(?-i:(?:Deputy|Assistant|Chief|Senior) DA)", "prosecutor"),
    # American prosecutors: "U.S. Attorney X", "Assistant District Attorney X", "the Attorney General, X"
    (
        # ("Assistant US Attorney Matthew X": the country's initials without their stops)
        r"(?:(?:first |chief |deputy |assistant |acting )?(?:U\.S\.|(?-i:US)|United States|District|State's|County|"
        r"Commonwealth's) "
        r"Attorneys?|(?:deputy |assistant )?Attorney[- ]General|D\.A\.|A\.D\.A\.)",
        "prosecutor",
    ),
    # "State lawyer X informed the court": the State's lawyer prosecutes
    (
        r"(?:Principal |Senior |Chief )?State (?:Attorneys?|Counsels?|Prosecutors?|Advocates?|Lawyers?)",
        "prosecutor",
    ),
    (
        r"prosecution (?:counsel|barrister|lawyer|attorney|solicitor)s?|crown (?:counsel|prosecutor|attorney)|(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )prosecuting|for the prosecution|"
        # "Leading the prosecution, DSP X told the court"; "EFCC counsel X urged the judge": the agency's lawyer
        r"leading the prosecution|(?-i:EFCC|ICPC|NDLEA|NAFDAC|EACC|ACB|ODPP|NPA) (?:counsel|lawyers?|attorneys?)",
        "prosecutor",
    ),
    (r"representing|défendue?s? par|defended by", "defense_counsel"),
    # "Represented by Mr Alec X, the two face public violence charges": the participle opening the sentence,
    # before a counsel's title (not "Represented by X and Company together with Y, Zulu had sought": a firm's
    # name, and the client after the comma)
    (
        r"(?-i:Represented|Defended) by (?=(?:Mr|Mrs|Ms|Me|Maître|lawyers?|counsel|attorneys?|advocates?)\b)",
        "defense_counsel",
    ),
    # "Crisp was represented at the hearing by X": the one named is counsel, of the State's side when the
    # State or the prosecution is what was represented
    (
        r"(?-i:State|Crown|Republic|DPP|[Pp]rosecution|[Pp]olice) (?:is|are|was|were|has been|had been) "
        r"represented (?:[\w-]+ ){0,4}?by",
        "prosecutor",
    ),
    (r"(?:is|are|was|were|has been|have been|had been) represented (?:[\w-]+ ){0,4}?by", "defense_counsel"),
    # "Lawyers for X, headed by Y of Z Advocates": who leads the defence team
    (r"(?:lawyers|legal team|defen[cs]e team)(?: for [^.;,]{1,60})?,? (?:led|headed) by", "defense_counsel"),
    # "Defending the preacher, Harrison X resisted…": the counsel after the participle and its object
    # (not "Representing himself, Hale pleaded guilty": one without counsel, who is the accused)
    (
        r"(?-i:Defending|Representing) (?!(?:himself|herself|themselves)\b)(?:the |his |her |their )?"
        r"[\w-]+(?: [\w-]+)?(?=,)",
        "defense_counsel",
    ),
    (r"(?-i:Defending|Representing) (?:himself|herself|themselves)(?=,)", "defendant"),
    # "Defending, F. Baba X did not object": the participle alone, as "Prosecuting, X said"
    (r"(?-i:Defending)(?=,)", "defense_counsel"),
    (r"counsel (?:to|for) the (?:EFCC|ICPC|State|prosecution|Crown|Republic)", "prosecutor"),
    (
        r"(?:ministère public|parquet|auditorat|auditeur général|auditeur militaire|the prosecution|prosecution)\b[^.;]{0,40}?(?:représentée? (?:notamment )?par|led by|represented by|conduite par|conducted by|handled by|headed by|under)\b",
        "prosecutor",
    ),
    # "Le ministère public, incarné hier par X", "L'accusation est portée par X", "L'officier du ministère
    # public, X": who speaks for the prosecution
    (
        r"(?:ministère public|parquet|l['’]accusation)\b[^.;]{0,40}?(?:incarnée? (?:\w+ )?par|portée? par|"
        r"soutenue? par|occupée? par)|officiers? du ministère public",
        "prosecutor",
    ),
    # "the State side, headed by X", "the State team, led by X": the side that prosecutes, and who leads it
    (r"(?-i:the|The) State(?: side| team)?,? (?:led|headed|represented) by", "prosecutor"),
    (r"auditeur (?:général|militaire)", "prosecutor"),
    (r"représentante? du (?:parquet|ministère public)(?: général)?", "prosecutor"),
    # bench
    (r"juge d['’]instruction", "judge"),
    # (not "X, doyen des prisonniers du Tribunal": the eldest of some other group)
    (
        r"doyen(?:ne)? (?:des juges(?: d['’]instruction)?|du (?:tribunal|TPI|siège)|de la (?:cour|juridiction))|"
        r"doyen(?:ne)?(?!\s+(?:des|du|de|d['’])\b)",
        "judge",
    ),
    (r"présidée? par|presided over by|chaired by|sous la présidence d[eu]", "judge"),
    # "À la présidence, François X souffle fort": who holds the chair of the sitting a chronicle tells, the
    # phrase opening its clause (not "le juge A à la présidence, B au siège du procureur": A's seat)
    (r"(?<![\w'’-])(?<![\w'’-] )à la présidence(?=,)", "judge"),
    # "HHJ Tracey X" (England and Wales), "ASJ Sameer X" (India's additional sessions judge): a judge named by
    # the office's short title; "justice of the peace Peter X" (Canada, New Zealand)
    (r"(?-i:HHJ|ASJ|[Jj]ustice of the [Pp]eace)", "judge"),
    # "la première chambre correctionnelle, que préside Valérien X"; "présidait la Cour, entourée de A et de
    # B", "entouré des vice-présidents A et B": the one who presides, and the bench beside them
    (r"que (?:préside|présidait|présidera)", "judge"),
    (
        r"(?:présid\w+ (?:la cour|le tribunal|l['’]audience|la formation|la chambre),? )?entourée? "
        r"(?:de|d['’]|du|des)(?: (?:vice-présidente?s?|assesseure?s?|juges?|conseill(?:er|ère)s?))?",
        "judge",
    ),
    # "recorder Gareth X QC said deterrence mattered": a part-time judge of England's Crown Court (in lower
    # case: "Business Recorder" is a paper's name)
    (r"(?-i:recorder)", "judge"),
    # "Presiding, Rosemond Agyiri said the indictment proceedings could not go on"
    (r"(?-i:Presiding)", "judge"),
    # Ghana's and Nigeria's magistrates: "Her Worship Akua X granted the prayer"
    (r"(?-i:(?:His|Her) Worship)", "judge"),
    # "Sarah Kolya, presiding over the Ntungamo chief magistrate court, pushed the case"
    (
        r"presiding over (?:the )?(?:[\w'’-]+ ){0,4}?(?:court|tribunal|trial|case|bench|matter|session)",
        "judge",
    ),
    # "Court chairman Lt Gen Andrew Gutti": the president of a court martial
    (
        r"court(?:[- ]martial)? chairman|chairman of the (?:\w+ )?(?:court|tribunal|court[- ]martial)|"
        # "the General Court Martial under its chairman, Brig Gen X"
        r"(?-i:[Cc]ourt|[Mm]artial|[Tt]ribunal),? (?:\w+ ){0,3}?(?:under|by|with) its chair(?:man|woman|person)?",
        "judge",
    ),
    # lay magistrates in England and Wales: "bench chairman Ray Ashley", "the chair of the bench, X"
    (r"bench (?:chairman|chairwoman|chair)|chair(?:man|woman)? of the (?:bench|magistrates)", "judge"),
    (
        r"presiding (?:officer|judge|magistrate)|présidente? de l['’]audience|président du tribunal|présidente du tribunal|président de la (?:cour|chambre|collégialité)|présidente de la (?:cour|chambre|collégialité)",
        "judge",
    ),
    # "Blandine X, vice-présidente du TGI de Foix", "Thomas Y, vice-président du Tmm": the court's own
    # vice-president, on the bench (a party's is not: "vice-president for the North")
    (
        r"vice-présidente? (?:du (?:tribunal|T[A-Za-z]{1,4}\b|siège)|de la (?:cour|chambre|juridiction))",
        "judge",
    ),
    (
        # not "X, Democratic Progressive Party vice-president for the North": a party's deputy leader
        # ("the Deputy Judge President of the Court of Appeal, X": the English court's own president)
        r"(?:la |le )?(?<!vice-)(?<!vice )(?:présidente?|president)(?: de (?:la|l')(?:cour|chambre|tribunal|juridiction)\w*| du tribunal|"
        r" of the (?:[\w-]+ ){0,2}?(?:court|tribunal|chamber)(?: of appeals?)?)?",
        "judge",
    ),
    # Ghana and England: "His Honour Anthony X nevertheless convicted him"
    (r"(?-i:His|Her) (?:Honour|Honor|Lordship|Ladyship)(?: (?-i:Judge|Justice))?", "judge"),
    # "Presenting the facts before Mr Kofi X", "They appeared before Mrs Y": who the case is put before sits
    (
        r"(?:appeared|appearing|appears|appear|facts|case|matter|brought|arraigned) before (?-i:Mr|Mrs|Ms|Madam)\.?",
        "judge",
    ),
    # (not "trois témoins qu'il juge indispensables : A, B": the verb after its pronoun)
    # (not the "juge" of "juge d'instruction", a cue of its own: the cues are tried longest source first, and
    # this one's look-behinds make it the longer)
    # (not "Le tribunal d'arrondissement juge Paulo X pour meurtre": the verb, after its subject, the court)
    # (nor "« C'est sévère », juge Me X", "son avocate X, qui juge la décision sévère": the verb of one who gives
    # an opinion, after a quotation or "qui")
    (
        r"(?<!», )(?<!”, )(?<!\", )(?<!\bqui )"
        r"(?<!\bil )(?<!\belle )(?<!\bon )(?<!\bje )(?<!tribunal )(?<!\bcour )(?<!chambre )(?<!juridiction )"
        r"(?<!arrondissement )(?<!instance )(?<!correctionnel )(?<!criminelle )(?<!assises )(?<!militaire )"
        r"juges?(?! d['’]instruction)|magistrate?s?",
        "judge",
    ),
    # "avec pour assesseurs A et B": the judges who sit beside the presiding one
    (r"assesseurs?|(?:juges? )?assesseure?s?", "judge"),
    (r"(?:Chief |Senior |Principal |Senior Principal |Resident )*Magistrates?", "judge"),
    # "brought before Master X": a Master of the High Court hears bail and pre-trial matters (Trinidad,
    # England) (a capital M; not "a Master's student")
    (r"(?-i:(?:High Court |Deputy )?Master)(?!['’])", "judge"),
    # capitalised only: "le palais de justice Lat Dior" names a building
    # ("told Justices of Appeal A and B he could not defend the order": the appeal bench)
    (r"(?-i:(?:Lady |Lord |Mr |Mrs |Ms )?Justices?(?: of Appeal)?|Judges?|justices)|judges?", "judge"),
    # others
    # "le tribunal a reçu les constitutions de parties civiles de A, de B et de C"
    (r"constitutions? de parties? civiles? (?:de|d'|d’)", "civil_party"),
    (r"partie civile|parties civiles", "civil_party"),
    # "Rodrigue X, sans emploi, poursuivi par Marie Y": the one who brings the case
    (r"poursuivie?s? par", "civil_party"),
    # in a criminal case the one who complained is the victim; a plaintiff sues
    (r"plaignante?s?|complainants?", "victim"),
    (r"plaintiffs?", "plaintiff"),
    (r"victimes?|victims?", "victim"),
    (r"témoins?|witness(?:es)?", "witness"),
    # the police officer who investigated or arrested gives the court the evidence: "investigating officer
    # X opposed bail", "X, the arresting officer", "Garda X told the court" (Ireland's police officers)
    (r"(?:investigating|arresting) (?:police )?(?:officers?|detectives?)", "witness"),
    (r"(?:testifying|giving evidence) for the (?:prosecution|State|defen[cs]e)", "witness"),
    (r"(?-i:(?:Detective |Det\.? )?Garda(?: Sergeant| Sgt\.?)?|Detective Sergeant|Det\.? Sgt\.?)", "witness"),
    # "Presenting the facts, Chief Superintendent X said the accused forced open the door": Ghanaian papers'
    # words for the prosecutor's opening
    (r"(?-i:Presenting the (?:facts|case|brief)(?: of the (?:prosecution|case))?)(?=,)", "prosecutor"),
    # "Giving evidence, Garda Sgt X said the arrest took place at noon"
    (r"(?-i:Giving evidence|Testifying|Testifying for the (?:prosecution|State|defen[cs]e))(?=,)", "witness"),
    (
        r"prévenue?s?|co-?prévenue?s?|accusée?s?|co-?accusée?s?|inculpée?s?|détenue?s?|mise? en cause|fugitif|fugitive?s|évadée?s?",
        "defendant",
    ),
    # "A fifth accused, Phathisakhe X, is not seeking bail": one of several accused, counted (the digits written
    # out one by one: a cue that may begin with any digit is searched at every position, not from its beginnings)
    (
        # ("The main accused, Mohamed X, was filmed …": the one the case turns on)
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|main|principal|chief|prime|"
        r"(?:1|2|3|4|5|6|7|8|9)\d?(?:st|nd|rd|th)) accused",
        "defendant",
    ),
    # "the judge ordered that three robbery accused, A, B and C, be brought before …": a number of accused
    # the list unfolds (not "Before Magistrate X, all five accused answered …")
    (
        r"(?:two|three|four|five|six|seven|eight|nine|ten|(?:1|2|3|4|5|6|7|8|9)\d{0,2}) (?:other )?(?:[\w-]+ )?"
        # ("Razia Bibi and Alima Bibi, the two other key accused, go to …": the apposition, read up to its comma)
        r"accused(?: persons)?(?=\s*,|\s*$)",
        "defendant",
    ),
    # "Sentencing for him and for co-defendant X will take place …"
    (
        # "A and B, the two accused concerned, were not in court": the bare noun, closing its apposition
        r"co-?defendants?|defendants?|co-?accused|the accused|"
        r"(?:(?<!.)|(?<=two )|(?<=three )|(?<=four )|(?<=five )|(?<=both ))accused(?:\s+(?:persons?|concerned))?(?=\s*,|\s*$)|"
        # ("The appellant, David X, has already served the original sentence": a criminal appeal's convict)
        r"suspects?|fugitives?|escapees?|inmates?|detainees?|appellants?",
        "defendant",
    ),
)

# Verbs whose subject is the defendant: the name comes shortly before them ("X comparaît", "X was jailed").
DEFENDANT_AFTER_NAME: tuple[str, ...] = (
    # "ordered that Joseph X be evaluated for competency": whom the order befalls (the verb right after the name)
    r"(?<=^ )be (?:evaluated|examined|assessed|remanded|detained|held|released|committed|transferred)\b",
    # "Ahmad X s'est borné devant ses juges à décliner son identité": the judges are those who try him
    r"\bdevant (?:ses|leurs) juges\b",
    # "X and Y's case at the Lenasia Magistrates Court has been pushed to Wednesday": whose case it is
    # "Samson X, the convict, was seized by locals": the apposition names the one convicted
    # (the name's own "'s" stays out of the text read after it; "Museveni aide's case" is the aide's)
    r"(?<=^ )(?:case|matter|trial) (?:\w+ ){0,6}?(?:has|had|was|is|will|resumed|continues|"
    r"opened|adjourned|postponed)\b|(?<=, )(?:the|a) convict(?:ed (?:man|woman))?,",
    # "found Samula X, who lives in Y village, guilty of defiling …", "found A, 26, and B, 73, guilty of
    # murder": the verdict after the apposition;
    # "sent the trader concerned, Sani X, to a correctional facility on remand": the one sent away
    r"(?<=, )(?:not )?guilty (?:of|on)\b|(?<=^, )to (?:a |the )?(?:[\w'’-]+ )?(?:correctional (?:centre|center|"
    r"facility)|prison|jail|custody|remand)\b",
    # "-Koné Daouda, né en 1991, sans emploi. Il vous est reproché …": the identity the bench reads out
    r"(?<=, )née? (?:en (?:19|20)\d\d|le \d{1,2}(?:er)? \w+ (?:19|20)\d\d)\b",
    # "A, B et C ont été fixés sur leur sort", "X est enfin fixé sur son sort": the verdict told to the accused
    r"(?:été |est |sont |sera |seront |enfin |désormais )fixée?s? sur (?:son|leur) sort",
    # "X, à qui il était reproché d'avoir fait entrer …": the one the offence is held against
    r"à qui (?:il |l['’]on |on )?(?:est|était|a été|avait été|sont|étaient)? ?reproch\w*",
    # "X speaks with his public defender", "X, assis aux côtés de son avocat": the one counsel stands by
    r"(?:speaks?|spoke|talks?|talked|confers?|conferred|consults?|consulted|sits?|sat|stands?|stood) (?:\w+ ){0,2}?"
    r"(?:with|beside|next to|alongside) (?:his|her|their) (?:lawyers?|attorneys?|counsel|public defenders?|solicitors?)\b|"
    r"aux côtés de (?:son|sa|ses|leur|leurs) (?:avocate?s?|conseils?)\b",
    # "Faute du moindre élément à son encontre, X repart libre, relaxé": the accused leaves the court free
    r"(?:repart|repartent|est reparti|sont repartis) (?:\w+ )?libres?\b",
    # "Mame Cheikh X, 29 ans, … était hier à la barre de la chambre des flagrants délits" (not "est passé à la
    # barre", "est venu à la barre": a witness's turn)
    # ("se sont succédé à la barre": the lawyers, in turn)
    r"(?<!se )(?:est|sont|était|étaient) (?:(?!passée?s?\b|venue?s?\b|succédée?s?\b)\w+ ){0,2}?à la barre",
    # "Daylan X, aged 20, is now behind bars for joining in the trouble"
    r"(?:is|are|was|were) (?:now |still )?behind bars",
    # "ordered Patrik X held until his Jan. 30 preliminary hearing": the one the order keeps in custody
    r"(?<=^ )(?:held|detained|jailed|remanded) (?:until|till|without bail|in custody|in jail|pending|on remand)\b",
    # "Nasreddine X est sorti de prison hier"
    r"(?:est|sont|était|étaient) (?:\w+ )?sortie?s? de prison\b|walked (?:free )?out of (?:prison|jail)\b",
    # "X aurait abusé à trois reprises de la petite S D": the deed alleged, in the conditional
    r"aurai(?:t|ent) (?:\w+ )?(?:abusé|violé|tué|volé|détourné|escroqué|agressé|frappé|poignardé|assassiné|"
    r"dérobé|soustrait|séquestré)\b",
    # "ordered one Isaiah X, standing trial for the alleged defilement of a girl, remanded"
    r"(?<=^, )(?:standing|stands|stood) trial\b",
    # "A et B passeront un an derrière les barreaux" (not "Me X comprend que c'est la décision qui l'a mené
    # derrière les barreaux": the verb the subject's own)
    # ("l'accusation voulait voir ses journalistes envoyés derrière les barreaux": sent there by another)
    r"(?:pass|rest|demeur|dorm|croupi|retrouv)\w*\s+(?:[\w'’-]+\s+){0,3}?derrière les barreaux",
    # "Gérard X, qui s'est retrouvé dans le box", "Steven Y, présenté comme le fournisseur, reçoit la sanction
    # la plus lourde": the one in the dock, the one the penalty falls on
    r"(?:(?:s['’]est|se sont|s['’]était|s['’]étaient) (?:\w+ )?retrouvée?s?|se retrouv(?:e|ent)) (?:\w+ )?"
    r"(?:dans le box|à la barre|sur le banc)|"
    r"(?:reçoi(?:t|vent)|a reçu|ont reçu|écop\w*) (?:la|une) (?:sanction|peine)\b",
    # "X, un temps allié de Y, repart finalement avec dix ans d'emprisonnement"
    r"(?:repart|repartent|ressort|ressortent|s['’]en tire|s['’]en tirent|s['’]en sort|s['’]en sortent) (?:finalement |donc |ainsi )?(?:avec )?(?:[\w-]+ ){1,3}?(?:ans?|mois)\b",
    # "Pastor X will stay behind bars after the magistrate…": the one kept in custody
    # ("will stay in Luzira prison until …": a prison named by its place)
    r"(?:will |to |must |shall )?(?:stays?|remains?) (?:\w+ ){0,2}?(?:behind bars|in (?:(?!the |a |an )[\w'’-]+ ){0,2}"
    r"(?:custody|prison|jail|detention|remand))|"
    # "McNaughton remains on bail in the meantime"; Malaysia's "X claimed trial to a charge of …" (pleaded not
    # guilty)
    r"(?:remains?|remained|stays?|stayed) (?:free )?on (?:bail|bond|remand)\b|claim(?:s|ed|ing)? trial\b|"
    # "A and B are now on remand in Kitalya prison", "X has been held on remand since April 9"
    r"(?:is|are|was|were|has been|have been|had been) (?:now |still |already )?(?:held |kept )?on remand\b|"
    r"compar(?:a[iî]t|aiss\w*|u|ue|us|aîtr\w*)|se présente|est jugée?|sont jugée?s|"
    # "pour que Mohammed S. passe devant la chambre du conseil": to go before the bench is to be tried by it
    r"pass(?:e|ent|era|eront|ait|aient|é|és) devant (?:la|le|les) (?:chambre|tribunal|cour|juges?|juridiction)",
    # "est pour sa part accusé, en plus, d'avoir…": a few words may stand between the verb and its participle
    r"(?:est|sont|était|étaient|a été|ont été|avait été|avaient été|sera|seront) (?:\w+ ){0,3}?(?:déclarée?s? coupables?|poursuivie?s?|jugée?s?|inculpée?s?|accusée?s?|condamnée?s?|relaxée?s?|acquittée?s?|placée?s? (?:sous mandat de dépôt|en détention|sous contrôle judiciaire|en liberté)|envoyée?s? en (?:détention|prison)|détenue?s?|écrouée?s?|interpellée?s?|arrêtée?s?|mise?s? en examen|mise?s? en accusation|entendue?s?|gracié(?:e|s|es)?|libérée?s?|renvoyée?s? devant)",
    r"condamnée?s?|relaxée?s?|acquittée?s?|inculpée?s?|écrouée?s?|(?:reconnue?s?|déclarée?s?) coupables?|"
    # "Denis X reste coupable de violence envers les autorités": the appeal left the conviction standing
    r"(?:reste|restent|demeure|demeurent) coupables?|(?:re)?jugée?s?|graciée?s?|poursuivie?s? (?:pour|du chef|dans|par|libres?\b)|a vu sa (?:condamnation|peine|relaxe)|"
    # (not "told the court that the suspect's life was at risk": someone else, named by the article)
    r"(?<!the )(?:principaux |principales )?suspecte?s?",
    # "Martin X was before Magistrate Y yesterday", "X stood before the court and admitted guilt", "X had
    # admitted at Cambridge Crown Court": the one the bench had before it
    r"(?:was|were|is|are) (?:\w+ )?before (?:the )?(?:[\w'’-]+ ){0,4}?(?:court|magistrates?|judge|justice|bench|"
    r"tribunal|sheriff)\b|st(?:ood|ands?|anding) before (?:the )?(?:[\w'’-]+ ){0,4}?(?:court|magistrates?|judge|"
    r"justice|bench|tribunal|sheriff)\b|admitted (?:at|before|in) (?:the )?(?:[\w'’-]+ ){0,4}?court\b|"
    # "X admitted attacking his spouse", "A and B had confessed to taking part in the murder", "X entered a
    # guilty plea Tuesday": the deed owned up to, or the plea made
    r"admitt(?:ed|ing) (?!having\b|being\b|doing\b|knowing\b)(?:to )?[a-z]+ing\b|confess(?:ed|es) to\b|"
    # ("Because X entered his plea Friday, the trial will not take place": the plea without its kind)
    r"entered (?:a |an )?(?:(?:guilty|not[- ]guilty|no[- ]contest|Alford) plea|plea of)|"
    r"entered (?:his|her|their) (?:(?:guilty|not[- ]guilty|no[- ]contest) )?pleas?\b|"
    # "were nabbed at the border": arrested, in other words
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ )?(?:apprehended|nabbed)\b|"
    # "X y a connu son sort": the verdict told to the accused
    r"(?:a|ont|avait|avaient) connu (?:son|leur) sort|"
    # "« Déclare A et B, coupables d'association de malfaiteurs »": the judgment's own words, right after
    r"(?:(?<=^ )|(?<=^, ))(?:non )?coupables? (?:de|d['’]|du|des)\b",
    # "A et B ont obtenu leur liberté provisoire": only the accused obtain their release
    r"accusée?s? (?:de|d'|d’)|a enregistré un plaidoyer|"
    r"(?:obtien\w*|(?:a|ont|avait|avaient) obtenu) (?:une |la |sa |leur )?(?:liberté|mise en liberté|libération)|"
    # "PTI lawmaker X secured interim bail from an Islamabad ATC": only the accused obtain bail
    r"(?:secured|secures|obtained|obtains) (?:(?:interim|pre-arrest|post-arrest|protective|transit|anticipatory) )?"
    r"bail\b|"
    # "Wednesday saw Bonke X in the dock again", "X (53) had admitted being intoxicated and abusive"
    r"(?<=^ )in the dock\b|(?:had |has )?admitt(?:ed|ing) (?:to )?being\b|"
    # "A, B et d'autres manifestants demandaient à être remis en liberté": only the detained ask to be freed
    r"demand\w* à être (?:remise?s?|mise?s?) en liberté",
    # "A.Z. prend trois ans, entièrement assortis d'un sursis", "B got five years": the one who takes the term
    r"(?:prend|prennent|a pris|ont pris|gets|got|receives|received) (?:[\w½,.]+ ){1,2}?(?:ans?|mois|years?|months?)\b",
    # "X, poursuivi avec lui, reste en revanche en cellule": tried alongside the one just named, kept in a cell
    r"poursuivie?s? (?:avec|aux côtés d['’]|en même temps que)\b|"
    r"rest(?:e|ent|ait|aient) (?:\w+ ){0,2}?en (?:cellule|prison|détention)\b",
    # "X, un ami présent au mauvais moment, a lui aussi été arrêté"
    r"(?:a|ont|avait|avaient) (?:lui|elle|eux|elles) (?:aussi |également |même )?été (?:\w+ ){0,2}?"
    r"(?:arrêtée?s?|interpellée?s?|inculpée?s?|condamnée?s?|écrouée?s?|poursuivie?s?|jugée?s?)",
    # "A fourth man, Kye X, maintains his denial of any role": the one who keeps denying is the accused
    r"(?:maintains|maintained|maintaining|protests|protested|protesting) (?:his|her|their) "
    r"(?:denial|innocence)\b",
    # "X a subi mardi son enquête sur remise en liberté" (Québec's bail hearing)
    r"(?:a|ont|avait|avaient) subi (?:\w+ ){0,2}?(?:son|leur) enquête (?:sur|de) (?:remise|mise) en liberté",
    # "les six élus — A, B et C — ont repris le chemin de la maison d'arrêt": back to the prison they came from
    r"(?:a|ont|avait|avaient) (?:repris le chemin|regagné)(?: de)? (?:la |sa |leur |leurs )?"
    r"(?:prison|maison d['’]arrêt|cellules?)|(?:retourne|retournent|est retournée?|sont retournée?s) en prison",
    r"(?:écop\w+|risqu\w+|encour\w+|plaid\w+ (?:non )?coupable|nie|nient|(?:a|ont|avait|avaient) (?:tout |toujours |catégoriquement |formellement )?nié|clame\w* (?:son|leur) innocence|répond\w* (?:devant |de |d['’](?!un (?:\w+ )?(?:sourire|geste|signe|regard|hochement|haussement|mot|ton)\b)|du |des )(?!la question|questions)|doi(?:t|vent) (?:\w+ ){0,2}?répondre)",
    # ("were on April 17, 2018 arraigned": a day, its comma, between the auxiliary and the participle)
    r"(?:is|are|was|were|has been|have been|had been|will be) (?:[\w,]+ ){0,5}?(?:charged|accused|sentenced|convicted|acquitted|remanded|sent (?:back )?(?:on|to) remand|detained|jailed|arraigned|docked|indicted|granted bail|denied bail|tried|prosecuted|released on bail|facing|found (?:not )?guilty|(?:handed|given) (?:a |an )?[\w-]+(?: [\w-]+)? (?:prison |jail )?(?:sentence|term))",
    # "A and B had been linked to the killing of Paul X": the deed laid on them (the one killed comes after)
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ )?linked to (?:the )?(?:killing|murder|death|"
    r"robbery|attack|rape|kidnapping|abduction|disappearance|theft)s? of\b",
    # "A, 24, and B, 20, faced Chief Magistrate X on charges of murder": the one who faced the bench
    # ("A, 39, and B, 33, went before Senior Resident Magistrate X": brought before the one who tries them)
    r"(?:faced|faces|went before|goes before|go before|came before|comes before) (?:the )?"
    r"(?:(?:Chief|Senior|Principal|Resident|Acting|Deputy) )*(?:Magistrate|Judge|Justice)\b",
    # "while A and B were given 17 years": the term itself, without the word "sentence"
    r"(?:is|are|was|were|has been|have been|had been) (?:each )?(?:given|handed) (?:[\w½-]+ ){1,2}?"
    r"(?:years?|months?)\b",
    # "X was handed a single charge of attempted murder", "were slapped with fresh charges"
    r"(?:is|are|was|were|has been|have been|had been) (?:[\w,]+ ){0,3}?(?:handed|slapped with|served with) "
    r"(?:a |an |\w+ ){0,3}?(?:charges?|counts?) (?:of|for|under|over)\b",
    # "A, B and C allegedly had a handgun with which they intended to commit a crime": what the accused did
    r"(?<=^ )allegedly (?!(?:told|said|testified|informed|confessed|admitted)\b)\w+",
    # "X a été déféré au parquet", "X aurait dû être présenté ce lundi au juge": brought before the one who
    # charges or remands him
    # "X était présenté aux juges des flagrants délits": the passive's tense may be any
    r"(?:(?:a|ont|avait|avaient) été|est|sont|était|étaient|fut|furent) (?:\w+ ){0,2}?(?:déférée?s?|présentée?s?) "
    r"(?:[\w'’-]+ ){0,6}?(?:au|aux|devant (?:le|un|les)) (?:juges?|procureur|parquet)\b|"
    r"(?:sera|seront|serait|seraient|doit|doivent|devait|devaient|devrait|devraient|aurait dû|auraient dû) être "
    r"(?:\w+ ){0,2}?(?:déférée?s?|présentée?s?) (?:[\w'’-]+ ){0,6}?(?:au|devant (?:le|un|les)) "
    r"(?:juges?|procureur|parquet)\b",
    # "X will have to open his defence after the magistrate ruled", "X was put on his defence", "X has a case
    # to answer": the court found enough against the accused to go on
    r"(?:open|opens|opened|enter|enters|entered) (?:his|her|their) defen[cs]e\b|"
    r"(?:is|are|was|were|been) put on (?:his|her|their) defen[cs]e\b|(?:has|have|had) a case to answer\b",
    # "X's bail bid", "X, the former minister, whose bail application was due for ruling": only the accused
    # applies for bail
    # (the possessive may close the name's run: what follows it then opens the text after the name)
    r"(?:(?<=['’]s )|(?<=['’] )|(?<=^ )|\bwhose )(?:post-arrest |pre-arrest |interim |fresh )?"
    r"(?:bail|remand|sentencing|committal) (?:bid|application|hearing|request|ruling|plea|petition)s?\b|"
    # "Ian X' guilty pleas cover two counts": only the accused pleads
    r"(?:(?<=['’]s )|(?<=['’] )|(?<=^ ))(?:guilty|not guilty) pleas?\b|"
    # "X, A and 10 others were on Friday sent to a correctional centre"
    r"(?:is|are|was|were) (?:\w+ ){0,2}?sent (?:back )?to (?:a |the )?(?:[\w'’-]+ )?correctional (?:centre|center|"
    r"facility|service)|"
    # "Brett X, arrested last month on one charge of disorderly behaviour": the arrest names the charge
    r"arrested (?:[\w,]+ ){0,4}?on (?:a |an |one |two |three |four |\d+ )?(?:[\w-]+ )?(?:charges?|counts?) of\b|"
    # "X's sentencing for the manslaughter of Luke", "Y's trial on fraud charges": a trial is the accused's own
    r"(?:(?<=['’]s )|(?<=['’] )|(?<=^ ))(?:sentencing|trial|retrial|arraignment) (?:for|on|over)\b|"
    # "He is alleged to have made off with the company's vehicle": what the accused is alleged to have done
    r"(?:is|are|was|were) (?:also )?alleged to have\b|"
    # a headline's participles, the auxiliary dropped: "X charged and sent to Luzira", "X remanded in custody"
    r"(?<=^ )(?:charged (?:with|and|over)|remanded (?:in|until|to)|sentenced to)\b|"
    # "According to the charge, Abdul Razak X, 53, committed the offence by means of a TikTok clip"
    r"(?:allegedly |is said to have |is alleged to have )?committed the (?:offen[cs]es?|crimes?)\b",
    # "A and B each faced two counts", "X faces a charge of arson", "X faces trial": the counts are the accused's
    r"(?:faces|faced|face|facing) (?:[\w-]+ ){0,3}?(?:counts?|charges?|trial)\b|"
    # "A and B were brought by the state government before the Ikeja court"; "were given a fourteen-day remand";
    # the prosecuting agency named in full between ("brought on Thursday by the Economic and Financial Crimes
    # Commission (EFCC) before …")
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ )?brought (?:[\w-]+ ){0,4}?before\b|"
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ )?brought (?:on \w+ )?by (?:the )?"
    r"(?:[\w'’-]+ ){1,6}?(?:\([\w-]{2,10}\) )?before\b|"
    r"(?:is|are|was|were|has been|have been|had been) (?:given|handed|granted) (?:a |an )?(?:[\w-]+ ){0,2}?remand\b",
    # "X was sent to prison", "X, a former commissioner, was likewise sent to Luzira by the court until July 9": a
    # prison may be named by its place alone, so a place with a time the stay lasts (lowered text is searched:
    # no capital can be asked for)
    # ("has been sent to the Grand Bassa Prison Center for life": a prison named by two words of place)
    r"(?:is|are|was|were|has been|have been|had been|will be) (?:\w+ ){0,2}?sent (?:back )?to (?:(?:\w+ ){0,4}?"
    r"(?:prison|jail|gaol|custody|remand)\b|[\w'’-]+ (?:[\w'’-]+ ){0,5}?(?:until|till|on remand|pending)\b)",
    # "A (53), B (56) and C (66) each had bail fixed at R100,000": the ones the court bailed
    r"(?:each )?(?:had|has|have) (?:their |his |her )?bail (?:fixed|set|pegged|extended|revoked|cancelled)\b",
    r"(?:is|are|was|were) (?:listed|named|cited|identified) as (?:the )?(?:[\w,]+ ){0,6}?(?:defendants?|accused|suspects?)|came before|stood (?:\w+ )?(?:before|in the dock)|(?:sat|wept|cried|smiled|looked|showed|remained|listened|broke down|slumped)(?: \w+){0,2} in the dock\b|(?:is|are|was|were) (?:again |back )?in the dock|stands? accused|stood accused|stands charged|stood charged|(?:appeared|appear|appears) in the dock",
    # "A, 39, and B, 21, had their lawyers argue for their release"; "X était au tribunal avec ses avocats"
    r"had (?:their|his|her) (?:lawyers?|counsel|attorneys?) (?:argue|apply|ask|plead|seek)|"
    r"avec (?:ses|leurs|son|sa) (?:avocats?|avocates?|conseils?)\b|with (?:his|her|their) (?:lawyers?|counsel)\b|"
    # "Magalasi, who used to head the regulator, faces an allegation that he abused his office"
    r"(?:faces|faced|facing) (?:an? |the )?(?:allegations?|accusations?) (?:that|of)\b|"
    # "X, the governor of Nairobi, is out of police custody after paying the Ksh15 million bail"
    r"(?:is|are|was|were) (?:now )?out of (?:police )?custody|after (?:paying|posting) (?:the |a |his |her |their )?"
    r"(?:[\w,.]+ ){0,3}?(?:cash )?(?:bail|bond)|"
    # "X was asked for Sh200,000 cash bail", "Y was let go on Sh100,000 bail"
    r"(?:is|are|was|were) (?:asked|ordered) (?:for|to (?:pay|deposit|post|execute)) (?:a |an )?(?:[\w,.]+ ){0,2}?(?:cash )?(?:bail|bond)|"
    r"(?:is|are|was|were) let go on (?:a |an )?(?:[\w,.]+ ){0,2}?(?:bail|bond)",
    r"received (?:the|a|his|her|their) (?:[\w-]+ ){0,2}?sentence\b|"
    # "X sat through his trial"
    r"sat through (?:his|her|their) (?:\w+ )?trial\b|"
    # "X (44) had his case adjourned to March 15", "A and B saw their matter postponed": one's own case, put
    # off
    r"(?:had|has|have|saw|sees|see) (?:his|her|their) (?:[\w-]+ )?(?:case|matter|trial|hearing|sentencing) "
    r"(?:\w+ )?(?:adjourned|postponed|put (?:back|off)|pushed|deferred|delayed|set over|stood down|moved)\b|"
    # "Carl X appeared for his murder arraignment": the hearing of one's own (not "appeared for the accused")
    r"(?:appeared|appears|appearing) for (?:his|her|their) (?:[\w-]+ ){0,3}?(?:arraignment|trial|hearing|"
    r"sentencing|plea|mention|ruling|judgment|case)\b|"
    # "Mr X appeared on June 28, 2024 before Warrnambool Magistrates Court" (not "appeared for the accused")
    r"appeared (?!for\b)(?:[\w,]+ ){0,6}?before (?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:court|magistrates?|judge|justice|tribunal|bench)\b",
    # "Mr Abdullah Kitatta, patron of the association, was returned to military detention"
    r"(?:is|are|was|were) (?:\w+ )?(?:returned|sent back) (?:\w+ ){0,2}?to (?:\w+ )?(?:detention|custody|prison|jail|remand)|"
    # "A, B and C were last Monday committed to the State Central Prison, Mile 2, on remand"
    r"(?:is|are|was|were|has been|have been) (?:\w+ ){0,3}?committed to (?:the )?(?:[\w'’-]+ ){0,3}?"
    r"(?:prison|jail|custody|remand|correctional)|"
    r"(?:a|ont) été (?:re)?mise?s? en liberté|(?:must|to|will|shall) (?:each )?(?:deposit|post|pay|execute|sign) (?:a |the )?(?:cash )?(?:bail|bond)|fai(?:t|saient|sait) face à (?:des|de|une|la|les) (?:(?:liste|série) (?:de |des )?)?(?:accusations?|chefs?|griefs|charges|poursuites)|received (?:\w+[ -]){0,4}(?:years?|months?)|(?:is|are) standing trial|"
    # "were picked up at the border post": arrested, in the words of many papers
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ )?(?:arrested|picked up)\b|(?:will )?(?:return|returns|appear|appears) (?:to|in|before) court|"
    # "Flynn and Henry are due to return to Shrewsbury Crown Court", "X chose not to appear before Melbourne
    # Magistrates Court": the court named, and the one who is to stand, or did not stand, before it
    r"(?:due to|will|must|to) (?:return|appear) (?:to|in|before|at) (?:the )?(?:[\w'’-]+ ){0,4}?court\b|"
    r"(?:did not|didn't|chose not to|failed to|refused to|declined to) appear (?:in|before|at)\b|"
    # ("A, B and C all answered \"not guilty\"": the plea, told as an answer)
    r"answered [\"“]?not guilty|appeared (?:\w+ ){0,2}?(?:in|before|at)|made (?:a |an |their |his |her )?(?:\w+ )?(?:court )?appearances? (?:in|before|at|on (?:a |the )?(?:charges?|counts?))|(?:pleaded|pled) (?:not )?guilty|(?:has |had )?den(?:y|ies|ied) (?:the|all|any|both|a|an|(?:\w+ )?(?:counts?|charges?) of)(?: \w+)? charges?|den(?:y|ies|ied) (?:any )?wrongdoing|owned up to|admitt(?:ed|ing) (?:on [\w ]{1,20}?)?(?:to )?(?!that\b)(?:[\w-]+ ){0,3}?(?:charges?|counts?|offen[cs]es?|murder|manslaughter)\b|den(?:y|ies|ied) (?:a|the) charge of|(?:faces?|facing) (?:the |an? |similar |the same |fresh |new |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple) )?(?:[\w-]+ )?(?:charges?|counts?|trial|allegations)|stands? trial",
    # "le Sultan du Fitri, Choroma X, face au ministère public et aux parties civiles": the one the
    # prosecution faces
    r"(?:(?<=, )|(?<=^ ))(?:seule? )?face (?:au ministère public|au parquet|à l['’]accusation|à ses juges)",
    # "Alberson took the stand in her own defense": only the accused testify in their own defence
    r"(?:took|takes|take|taking) the (?:witness )?stand in (?:his|her|their) own defen[cs]e|"
    r"testif(?:ied|ies|y|ying) in (?:his|her|their) own defen[cs]e",
    # "X and four co-defendants", "X et ses trois coaccusés": the one named is tried with them
    rf"(?:and|et|together with|avec|ainsi que) (?:his |her |their |ses |leurs |son |sa )?(?:\w+ )?(?:{CO_ACCUSED})",
    # "A, B, C et d'autres prévenus", "A and the other accused": one of the accused, named first
    r"(?:and|et|ainsi que) (?:d['’]autres|les autres|(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) autres|"
    r"(?:the |\w+ )?others?) (?:prévenue?s|accusée?s|inculpée?s|accused|defendants|suspects)",
    # "X, the Kyadondo East legislator, and 32 others charged with him in the treason case"
    r"(?:and|et|ainsi que) (?:\d+|\w+) (?:others |autres (?:personnes )?)(?:charged|accused|tried|indicted|"
    r"poursuivie?s|inculpée?s|accusée?s|jugée?s) (?:with|alongside|avec|comme|aux côtés)\b",
    # "ni A ni B ne se sont présentés devant la cour"
    # ("s'est présenté mercredi à la barre": a day may stand between)
    r"(?:ne )?(?:se |s['’])(?:sont|est|était|étaient|sont pas|est pas) présentée?s? (?:\w+ )?(?:devant|à la barre|"
    r"à l['’]audience)",
    # "One Olaniyi Adegboro, accused of stabbing a police officer, will be kept in Kuje"
    # "Barry X - the man charged with killing …": the apposition between dashes tells who is tried
    # ("A, B and C – every one of the eight men accused of killing X – will hang", "A and B, both accused of …")
    # ("Mr X, also accused of the murder, said …": the apposition with its adverb)
    r"(?:(?<=, )|(?<=[-–—] ))(?:also |likewise |himself |herself )?"
    r"(?:the (?:man|woman|men|women|person|teenager|youth|boy|girl|couple|pair) |"
    r"(?:all|both|each) |every one of the (?:\w+ )?(?:men|women|people|persons|suspects) )?"
    r"(?:accused|charged|suspected) (?:of|with|over)\b|(?:has |have )?failed (?:\w+ )?to secure (?:their |his |her )?release|"
    # "A and B have lost their bid to overturn the life imprisonment imposed on them": the appellants, accused
    r"(?:has |have |had )?lost (?:his|her|their) (?:bid|appeal|challenge|fight) (?:to|against)\b|"
    r"s['’]expos\w* à (?:une peine|\d|la prison|la réclusion|la perpétuité)|(?:was|were) (?:on \w+ |\w+ ){0,2}?(?:brought|put|placed|produced) (?:back )?before|(?:was|were) (?:on \w+ |\w+ ){0,2}?(?:brought|taken) (?:back )?to (?:the |a )?(?:[\w'’\"“”-]+ ){0,4}?(?:court|courthouse|tribunal)\b|(?:a|ont) été présentée?s? (?:au|aux|devant)|(?:has |have )?failed to (?:secure|obtain|get) bail|(?:denied|refused|granted) (?:post-arrest |pre-arrest |interim |protective )?bail(?! (?:to|of|at|for|in|amounting)\b)|jailed|convicted|acquitted|cleared of|freed on|out on (?:\S+ ){0,3}?bail\b",
    # "A s'en tire avec 3 ans", "A et B se sont vu infliger un an ferme", "A et B bénéficient d'un non-lieu",
    # "A, B and C stood trial", "X has been locked up", "A et B devraient recouvrer la liberté", "A and five
    # others denied both counts": what befalls the accused, or what they answer
    r"s['’]en tir\w* (?:\w+ )?avec|se sont vu (?:\w+ ){0,4}?(?:infliger|condamner|imposer|refuser|retirer)|"
    # "X se voit infliger la peine la plus lourde": the present and the future of the same
    r"se (?:voi(?:t|ent)|verr(?:a|ont)) (?:\w+ ){0,4}?(?:infliger|condamner|imposer|refuser|retirer)|"
    r"bénéfici\w* (?:\w+ )?d['’]une? (?:non-lieu|acquittement|sursis|relaxe|mise en liberté|liberté provisoire)|stood trial|"
    r"(?:is|are|was|were|has been|have been|had been) locked up|recouvr\w* (?:la |leur |sa )liberté|"
    # ("Kwasi A, the cobbler, and Kwasi B, the trader, denied charges of conspiracy …")
    r"den(?:y|ies|ied) (?:(?:both|all|the|each) (?:\w+ )?counts?|(?:the )?(?:\w+ )?charges?)\b",
    # "A, B and C, who had previously waived the right to apply for bail, told the court": only the accused
    # apply for bail; "Ms A will be held at Kilindini police station"; "Séraphin, 23 ans, dort désormais à la
    # Maison d'arrêt"; "Mohammed a été amené de la prison jusqu'au palais de justice"
    r"(?:waived|waives|waive) (?:the|their|his|her) right to (?:apply for )?bail|(?:wish(?:es|ed)?|wants?|wanted) "
    r"to apply for bail|(?:be|been) (?:kept|held|detained) at (?:[\w'’-]+ ){1,3}?police (?:station|cells?)|"
    r"dor(?:t|ment|mait|maient|mira|miront) (?:\w+ )?(?:en prison|à la (?:maison d['’]arrêt|prison)|"
    r"derrière les barreaux)|(?:a|ont) été (?:amenée?s?|conduite?s?|extraite?s?) (?:de (?:la )?prison|depuis la prison)",
    r"(?:est|sont|était|étaient) attendue?s? à la barre|(?:est|sont|était|étaient) (?:toujours |déjà |encore )?(?:en prison|en détention|derrière les barreaux)|stay(?:s|ed)? in (?:the )?(?:jail|prison|custody|(?:a |the )?(?:custodial|correctional) (?:centre|center|facility))|spent the night in (?:remand|custody|jail|prison|the cells|a cell)|s['’](?:est|était) vue? (?:\w+ ){0,2}?(?:infliger|condamner|imposer|refuser|retirer)|se sont vue?s (?:\w+ ){0,2}?(?:infliger|condamner|imposer|refuser|retirer)|rest(?:e|ent|ait|aient|era|eront) (?:en prison|en détention|derrière les barreaux|incarcérée?s?|détenue?s?)|retourn(?:e|ent|ait|aient|era|eront) (?:à la prison|en prison|en détention|derrière les barreaux)|remain(?:s|ed)? (?:in|behind) (?:prison|jail|custody|detention|bars)|pren(?:d|nent|ait|aient)[ ,]+(?:\w+[ ,]+){0,3}?(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente) (?:ans?|mois)|will serve (?:[\w½¼¾]+[ -]){1,4}(?:years?|months?)|(?:is|are|was|were|went|goes|go) (?:\w+ )?on trial|(?:be|been) (?:kept|held|detained) (?:in|at) (?:the )?[\w ]{0,40}?(?:prison|custody|jail|correctional|custodial|detention)|to remain in (?:\w+ )?custody|"
    r"(?:was|were|is|are) back (?:at|in|before)|(?:who )?(?:is|are|was|were) (?:still )?in (?:jail|prison|custody) (?:over|for)\b|(?:is|are) still in (?:jail|prison|custody)\b|(?:will )?(?:learn|know) (?:his|her|their) (?:sentence|fate)\b|(?:connaîtr\w*|connaît|connaissent|fixée?s? sur) (?:son|leur) sort\b|will spend (?:(?:\w+[ -]){1,4}(?:years?|months?|weeks?|days?|nights?)|life|the rest of (?:his|her|their) (?:life|lives|days)) (?:in prison|in jail|behind bars|in (?:police )?(?:custody|detention)|on remand)|(?:will |to )?(?:await|awaits|awaiting) (?:his |her |their )?(?:trial|sentence|sentencing)|(?:have |has )?entered (?:a |his |her |their )?(?:pleas? of )?(?:not )?guilty(?: pleas?)?|manqu\w* à l['’]appel|(?:a|ont) été extraite?s?",
    # "X is going to prison for two years", "Y will go back to jail": the one sentenced; "A and B yesterday
    # changed their plea": only the accused plead
    r"(?:is|are|was|were) (?:going|headed|heading) (?:back )?to (?:prison|jail)|(?:will|must|to) go (?:back )?to "
    r"(?:prison|jail)|"
    # "X went to prison on Thursday", "A, B and C followed them behind bars": the ones sent down
    r"went (?:back )?to (?:prison|jail)\b|(?:followed|joined) (?:them|him|her) (?:behind bars|to (?:prison|jail))|chang(?:e|es|ed|ing) (?:his|her|their) pleas?\b|"
    # "X — on trial since his indictment": the dash's aside; "X, 22, was beamed into Stirling Magistrates Court
    # from Hakea Prison"; "X yesterday failed to persuade the Economic Crimes Court to put off his trial"; "X a vu
    # rejeter la cinquième demande de libération qu'il avait présentée": only the detained ask to be freed
    r"(?<=^ [—–-] )on trial\b|(?:is|are|was|were) (?:\w+ )?(?:beamed|video-linked|linked) (?:in)?to (?:the )?"
    r"(?:[\w'’-]+ ){0,4}?court\b|failed to persuade (?:the )?(?:[\w'’-]+ ){0,6}?(?:court|magistrate|judge)\b|"
    r"(?:a|ont|avait|avaient) vu (?:\w+ ){0,2}?(?:rejeter|refuser) (?:sa|leur|la|les) (?:[\w-]+ ){0,2}?"
    r"(?:demandes?|requêtes?) (?:de|en) (?:mise en )?(?:liberté|libération)\b",
    # "Ex-governor X out on Sh10m bond", "Fatjon X admits role in producing cannabis"
    r"out on (?:[\w$€£.,]+ ){0,2}?(?:cash )?(?:bail|bond)\b|admit(?:s|ted)? (?:his |her |their )?(?:role|involvement|"
    r"part) in\b",
    # "Wenjing X, 29, a businessman, faced a Senior Magistrate earlier today on two counts": the one before the
    # bench; "X was not called upon to plead": asked to plead; "X is to serve the jail term"
    r"faced (?:a |the )?(?:[\w-]+ ){0,2}?(?:magistrates?|judges?|justices?|court|bench)\b|"
    r"(?:is|are|was|were) (?:not )?called (?:up)?on to plead\b|(?:is|are) to serve (?:the|a|an|his|her|their)\b",
    # "A (54) and his wife B (50) each got bail of N$30 000": the ones bailed ("each received R50 000 bail": its
    # sum before it)
    r"(?:each )?(?:got|gets|received|receives|(?:was|were) given) (?:their |his |her )?(?:[\w$€£,.]+ ){0,2}?(?:cash )?"
    r"(?:bail|bond)\b",
    # "Sambou X a tout avoué", "Y avoue les faits": only the accused confess; "retenu X dans les liens de la
    # prévention": held guilty, in the words of West African judgments
    r"(?:a|ont|avait|avaient) (?:tout |tous )?avoué|avou(?:e|ent)(?: tout| les faits)\b|"
    r"(?<=^ )dans les liens de la (?:culpabilité|prévention)\b",
    # "Seul X a reconnu les faits", "Y dit avoir été interpellé près de la mosquée", "Z dément lui aussi": the
    # accused answering the bench, in a report's French (a witness "dit avoir vu", a victim "avoir été frappé")
    r"(?:a|avait|ont|avaient) reconnu les faits|reconna(?:[iî]t|issent|issait|issaient) les faits|"
    r"(?:dit|disent|affirme|affirment|raconte|racontent|explique|expliquent|soutient|soutiennent|assure|assurent|"
    r"prétend|prétendent) avoir été (?:interpellée?s?|arrêtée?s?)\b|"
    r"(?:dément|démentent|nie|nient|conteste|contestent)(?: (?:lui|elle|eux|elles) aussi| les faits| tout)\b",
)

# The same, after words or a clause that may stand between the name and the verb. Kept apart because a match
# may open on any word: the verbs above are found through their first words, these by trying every position.
DEFENDANT_AFTER_NAME_FAR: tuple[str, ...] = (
    # "A, B et C, assis dans le box, écoutent": the accused in the dock
    r"(?:\w+ ){0,6}?(?:présente?s?|assise?s?) dans le box",
    # "ordered A, 36, and B, his wife, to hand in their travel documents"
    r"(?:[^.;]{0,60}?, )?to (?:hand in|surrender|deposit) (?:their|his|her) (?:travel documents|passports?)\b",
    # "has ordered Dramani X, who runs a canoe …, to pay a fine of GHS 12,000"
    r"(?:[^.;]{0,80}?, )?to pay (?:a |the )?fine\b",
    # "A et B, deux Québécois parmi les six personnes accusées dans le dossier"
    r"(?:[\w-]+ ){0,3}?(?:parmi les|among the) (?:[\w-]+ ){0,2}?"
    r"(?:accusée?s|prévenue?s|inculpée?s|accused|defendants|suspects)\b",
)
# all of them, as one alternation
DEFENDANT_VERBS: str = "|".join(DEFENDANT_AFTER_NAME + DEFENDANT_AFTER_NAME_FAR)

# A term of punishment, told in the clause after a name: "A, B et C ont eux aussi pris un an ferme", "A will
# each serve 18 years in jail", "A got eight years' imprisonment". Whoever it is told of is the one punished;
# it is read after a name only, never as what a group does (a caption after "a 30-year term" is no convict).
PENALTY_TERM: str = (
    r"[\w½¼¾,.]+[ -](?:ans?|années?|mois|years?|months?)['’]?(?: [\w'’-]+){0,2}? (?:de prison|"
    r"d['’]emprisonnement|de réclusion|de détention|ferme|avec sursis|in (?:jail|prison)|imprisonment|"
    r"behind bars|(?:jail|prison|custodial) (?:terms?|sentences?))\b"
)

# Phrases whose object is the defendant: the name comes right after them ("le procès de X").
DEFENDANT_BEFORE_NAME: tuple[str, ...] = (
    # "the charges read this Friday at the Nakawa court to A, B and C": to whom the charges are read
    r"\bcharges? (?:were |was |being )?read\b[^.;]{0,60}?\bto",
    r"(?:le |du |au )?procès(?: en appel)? (?:de|d'|d’|du|des|pour)|(?:court )?appearances?\b[^.;]{0,60}?\bfor|comparution\b[^.;]{0,60}?\bpour|(?:l['’]affaire|(?-i:Affaire))(?!\s+(?:du|des)\s)|dossier (?:de|d'|d’)|poursuites (?:contre|à l'encontre de)|l['’]audience (?:de|d'|d’)|(?:dossier|appel|procès) en appel (?:de|d'|d’|du)|l['’]appel (?:de|d'|d’|du)",
    # "La Cour de cassation a rejeté le pourvoi de X": the one convicted, who took the judgment further
    r"pourvois?(?: en cassation)? (?:de|d'|d’|du)",
    # "Ne restent donc en détention que A et B", "l'arrestation de M. X", "Le parquet a requis cinq ans contre X":
    # who stays held, who was arrested, against whom the prosecution asks a penalty
    r"\brest(?:e|ent|ait|aient) (?:donc |ainsi |encore |toujours )?(?:en détention|en prison|détenue?s?|"
    r"incarcérée?s?|écrouée?s?)(?: que)?|\b(?:arrestation|interpellation) (?:de|d['’]|du)|"
    r"\brequi(?:s|ert|èrent)\b(?! par)",
    # "La BRC refuse la liberté à X", "a accordé la liberté provisoire à X", "Pas de libération, en revanche,
    # pour X": the one whose release the court grants or refuses
    r"\b(?:accord|octroy|refus|rejet)\w* (?:la |une |sa )?(?:liberté|mise en liberté|libération)"
    r"(?: provisoire| conditionnelle| sous caution)? (?:à|au|aux)|\bpas de (?:libération|liberté|mise en liberté)\b",
    # "Justices A and B allowed the appeal of C and D, who had been condemned to hang": the appellants (not
    # "put forward for the Court of Appeal by President X")
    r"(?<!of )appeals? (?:of|by)",
    # "le dossier concernait A, B et C" (not "en ce qui concerne")
    # "La défense de A, B et C a essuyé un refus": the defence is the accused's; "Standing trial with the
    # monarch are A, B and C": the subject after its verb
    # (not "La défense du père est assurée par Me X": the lawyer, agent of the passive)
    r"\b(?:la|sa|leur) défense (?:de\b|d['’]|du\b)(?![a-zà-ÿ'’\s-]{0,50}\bpar\s)|"
    r"\b(?:standing trial|on trial|in the dock) (?:with|alongside) (?:[\w'’-]+ ){1,4}?(?:are|is|were|was)|"
    # "the case of the State vs Dawid X and Japie Y", "S v Mokoena": the case's name, the accused after "v"
    r"(?-i:\b(?:[Tt]he )?(?:State|Republic|People|Commonwealth|Crown|Rex|Regina|S|R|HMA|HM Advocate)\s+"
    r"(?:vs?\.?|versus)\s+)|"
    # "He stands trial alongside one Onyeka X": the one tried with the accused
    r"\b(?:stands?|stood|standing) trial (?:with|alongside|together with) (?:one |a certain )?|"
    # "He was remanded on Friday alongside Owen X", "Grant is accused, along with Denny Y, of conspiracy":
    # the one the accused shares the step of procedure with
    r"\b(?:remanded|charged|arraigned|accused|convicted|indicted|sentenced|jailed)\b(?: (?:on|last) \w+)?,? "
    r"(?:alongside|along with|together with) (?:one |a certain )?|"
    # "It was the palace that petitioned against Chief Ayiri X, leading to the charge"
    r"\b(?:petitioned|petition|complaint|complained) against|"
    # "le tribunal a retenu l'escroquerie contre F. X": the offence held against the one named
    r"\bretenu (?:\S+ ){0,4}?contre|"
    # "le préfet a fait citer directement devant la justice X": the one summoned to answer (a direct summons;
    # not "cités devant le tribunal par X": the passive's agent brought the summons)
    r"\bcit(?:er|e|ent|ait|aient) (?:directement )?(?:devant (?:la justice|le tribunal|la cour)|en justice) |"
    # "retenir dans les liens de la culpabilité monsieur A, monsieur B": the ones the bench holds guilty
    r"\bdans les liens de la (?:culpabilité|prévention)\s+(?:(?:de\s+)?(?:monsieur|madame|messieurs|m\.|mme)\s+)?|"
    # "prosecutors had not produced sufficient proof against A, B and C": whom the evidence is against
    r"\b(?:proof|evidence) against|"
    # "the alleged gunman, Emil X", "le meurtrier présumé, Y": the one the deed is laid on
    r"\bthe (?:alleged|suspected) (?:gunman|gunmen|killers?|attackers?|shooters?|robbers?|thie(?:f|ves)|"
    r"masterminds?|perpetrators?|assailants?|murderers?|rapists?|ringleaders?),?\s+|"
    r"\b(?:l['’]auteur|le meurtrier|l['’]assassin|le tueur|l['’]agresseur) présumé,?\s+|"
    # "The prosecution alleges that A, 18, and B, 25, killed X": whom the prosecution accuses
    r"\b(?:prosecution|prosecutors?|state|crown|police) (?:alleges?|alleged|claims?|claimed|contends?) that |"
    # "It is alleged that A, B and C, on November 19 in Georgetown, had 39 grams of cannabis": whom it is alleged of
    r"\bit (?:is|was|has been) alleged that |"
    # "According to the State, X killed Y": the deed the prosecution lays on the one named
    # (the name right after the comma: not "According to the state, the couple misled Décor Art Shop")
    # ("According to the crown, A and B murdered X": the Crown's case in Commonwealth courts)
    r"\baccording to the (?:state|crown|prosecution|prosecutors|charge sheet|indictment),\s*$|"
    # "Christmas behind bars awaits Damion X": the prison term that waits for the one named
    r"\b(?:behind bars|prison|jail) awaits\s+|"
    # "les requêtes en libération provisoire présentées par A et B": only the detained ask to be freed
    r"\b(?:requêtes?|demandes?) (?:en|de) (?:libération|mise en liberté|liberté) provisoire "
    r"(?:présentées?|introduites?|formulées?|déposées?) par |"
    # "Pas de jugement pour A, B et C", "le verdict pour X est attendu": the judgment that is someone's
    r"\b(?:jugement|verdict|délibéré) pour|"
    # "l'affaire opposant le Ministère public à X": the prosecution's case against the one named
    r"\bopposant (?:le )?(?:ministère public|parquet) (?:à|au|aux)|"
    # "Judge X imposed the life sentence on Y", "handed down a 12-year sentence to Y"
    # ("Kaplan imposed the sentence in Manhattan on Sylvia X": where it was passed may come first)
    r"\b(?:imposed|passed|handed down) (?:a|the) (?:[\w-]+ ){0,3}?sentences? (?:(?:of|in|at) [^.;]{1,50}? )?"
    r"(?:on|upon|to)|"
    # "held that the sentence imposed on X amounts to …", "la peine infligée à X": the one it was imposed on
    # ("A four-year prison term has been imposed on Reverend X": the auxiliaries between)
    r"\b(?:sentences?|penalty|term|peine) (?:\w+ ){0,2}?(?:imposed on|handed (?:down )?(?:on \w+ )?to|infligée? à|prononcée? contre)|"
    # "the allegation against 19-year-old Adam Martin is that he assaulted …"
    r"\ballegations? (?:\w+ )?against|"
    # (not "« Cet appel est inopportun », juge Me X": the verb of one who gives an opinion)
    # (nor "trois témoins qu'il juge indispensables : A, B": an opinion, after its pronoun)
    # (nor "Le juge d'instruction, X": after a determiner the noun; nor "Jugeant le dossier vide, Me X":
    # the participle opening the sentence, whose subject the name after its clause is)
    r"(?<!», )(?<!”, )(?<!\", )(?<!\bil )(?<!\belle )(?<!\bon )(?<!\bje )"
    r"(?<!\ble )(?<!\bla )(?<!\bdu )(?<!\bau )(?<!\bun )(?<!\bune )(?<!\bce )(?<!\bson )(?<!\bleur )"
    r"\b(?:jug(?:e|ent|eait|eaient)\b|(?-i:j)ugeant\b)|concernant|(?<!qui )concern(?:e|ent|ait|aient)\b|visant|vis(?:e|ent|ait|aient)|(?:a|ont|avait|avaient) visé|(?:a|ont|avait) (?:[\w'’]+ ){0,2}(?:condamné|relaxé|acquitté|inculpé|jugé|placé|libéré|gracié|auditionné|reconnu|déclaré)|(?:liberté|libération|mise en liberté|détention|sortie (?:immédiate )?de prison) (?:provisoire )?(?:de|d'|d’|du|des|pour)|maint\w+ (?:en détention )?|en faveur (?:de|d'|d’|du|des)",
    # "Freedom will cost $6 million each for A and B": the price of bail, and whose release it buys
    r"\b(?:bail|freedom|release) (?:will |would |could )?costs? [^.;]{0,30}?\bfor|"
    # "Bail for James Hess was set Wednesday at $500,000": only the accused is bailed
    # (not "fixed bail for each of them at Two Billion Leones": an amount, after words of the group)
    r"\b(?:bail|bond) for(?! (?:each|all|both|them|him|her|the|every)\b)|"
    # "the threatening violence case of X": the offence may name the case before its defendant; "the bail
    # application of X": only the accused applies for bail
    # "the jury found X guilty", "Jury finds X not guilty"
    r"\b(?:jury|jurors|court|judge|magistrate) (?:\w+ ){0,2}?(?:found|finds|find)|"
    # a headline's present: "Jury convicts James X in …", "Court jails Y"
    r"\b(?:jury|jurors|court|judge|magistrate) (?:convicts|acquits|jails|sentences|remands|clears|frees)|"
    # "On camera, Judge Nicholas Dean KC sentences Shiloh X for the stabbing": the judge's name between
    # ("Harare magistrate Ms Ruth X found A (23) and B (21) guilty": a title and a name between, in the past)
    r"\b(?:judge|magistrate|justice|sheriff|recorder) (?:[\w'’.-]+ ){1,4}?(?:sentences|jails|convicts|acquits|"
    r"remands|found|finds|sentenced|jailed|convicted|acquitted|remanded|discharged|discharges)|"
    # "a challenge to the penalties imposed on Frank X": the one they befall
    r"\b(?:penalt(?:y|ies)|sentences?|fines?|(?:prison |jail )?terms?) imposed on|"
    # "la Cour criminelle spéciale a jugé ce mardi 8 juin 2021 Ismaël X": the day between verb and object
    r"\b(?:a|ont|avait|avaient) (?:condamné|relaxé|acquitté|jugé|libéré|inculpé) (?:ce |le |l['’])?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}(?:er)?|janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre|\d{4}|dernier|matin|après-midi|soir|hier),? ){1,5}|"
    # "sur la condamnation d'Anatole X", "the conviction of Y": the decision names the one it befalls
    # ("l'acquittement pur et simple de A", "l'acquittement au bénéfice du doute de B": how it was given)
    # ("l'instruction a abouti à l'inculpation de A, de B et de C": the charge laid names the accused; not
    # "l'inculpation de trop, selon Me X": one too many; "la culpabilité de A et de B est établie": the guilt
    # the bench finds)
    r"\b(?:la )?(?:condamnation|relaxe|acquittement|inculpation|mise en examen|mise en accusation|culpabilité)"
    r"(?: pure? et simple| au bénéfice du doute)? (?:de|d['’]|du)(?! trop\b)|"
    r"\bthe (?:conviction|acquittal) of|"
    # "Before Chief Resident Magistrate Evodia X stood Godson Y and Said Z": the subject after its verb
    r"\b(?:Before|Devant) [^.;]{3,80}? (?:stood|appeared|comparaissai(?:en)?t|comparurent|comparaissent)\s*$|"
    # "It was the initial remand hearing for A and B": the hearing held for the accused
    r"\b(?:bail|remand|plea|committal|mitigation) (?:application|hearing|applications|hearings|plea|request) "
    r"(?:of|for)|"
    # "Judge X, passing sentence at Leeds Crown Court yesterday on Slade and on Y": the ones sentenced
    r"\b(?:passing|passed|passes|pass) sentences? (?:[^.;:]{0,60}? )?on|"
    # "Passing sentence, the judge told Lockwood …": the one sentenced
    r"\b(?:Passing sentence|Sentencing (?:him|her|them)),? the (?:judge|magistrate|recorder|sheriff) told|"
    # "In rejecting the application of Nursahira X, 20, Judge Y found …": the one the court refuses
    r"\b(?:rejecting|refusing|dismissing|granting|allowing) the (?:\w+ )?application of|"
    # "le dossier n° 37 du rôle, ministère public contre X"; "Au nombre des condamnés par contumace figure X";
    # "en acquittant A, B et C": those the court's participle acts on
    r"\bministère public contre|\bau nombre des (?:condamnée?s|accusée?s|prévenue?s|inculpée?s)\b[^.;]{0,40}?"
    r"\bfigur\w*|\ben (?:acquittant|condamnant|relaxant)|"
    # "Two counts of abuse of office have been laid against X"
    # ("The charge was filed by the Police against:" then a name a line: the one charged)
    r"\b(?:laid|preferred|levell?ed) against|"
    # ("Four capital murder counts from 2016 are pending against X")
    r"\b(?:charges?|counts?|case|complaint|indictment)\b[^.;:]{0,40}?\b(?:filed|brought|instituted|pending) "
    r"(?:by (?:the )?[\w ]{1,40}? )?against|"
    # "The court did not take the pleas of A, 20, B, 24 and C": only the accused plead
    r"\b(?:the |their |his |her )?pleas? of|"
    # "The remaining life sentences went to Sadik X, Emmanuel Y and Agnes Z"
    r"\b(?:sentences?|terms?|penalt(?:y|ies)) (?:\w+ )?(?:went|go|goes) to|"
    # "returned an indictment in February 2016 charging Manuel Pereira with aggravated sexual assault"
    r"\b(?:charging|indicting)\s*$|"
    # "refused to release on bail Xuefeng X, 29, and Zhenhai Y"
    r"\b(?:release|releasing|free|freeing) (?:\w+ )?on (?:bail|bond)\s*$|"
    # "A 30-year prison term was handed to former youth coach X"
    r"\b(?:term|sentence) (?:was |has been |had been )?(?:handed|given|passed) (?:down )?to\b|"
    # "Justice Murray handed the eight-year term to X", "the judge gave a life sentence to Y": the active voice
    r"\b(?:handed|gave|passed|imposed) (?:down )?(?:the |a |an )?(?:[\w-]+ ){0,3}?(?:term|sentence) (?:to|on)\b|"
    # "saw the first appearance there of X", "the extension of the remand of Y"
    r"\bappearance (?:\w+ ){0,2}?of|\bremand of|"
    # "unless it is ready to try X at the next sitting", "the court will retry X": the one to be tried
    r"\b(?:to|will|would|shall|could|cannot|can) (?:re-?)?try|\btrial of|\btrial (?:day |date )?for|\b(?:arraignment|sentencing|retrial|extradition hearing) of|(?:the|a|an) (?:[\w-]+ ){0,3}?case (?:of|against)|the (?:[\w-]+ ){0,3}?matter against|(?:charges?|counts?) against|proceedings against|(?:procédures?|poursuites) (?:judiciaires )?contre|(?:guilty )?verdicts? against|(?:sentenced|condemned|convicted|acquitted|jailed|remanded|charged|indicted|arraigned|freed|released|cleared|granted bail to|denied bail to)",
    r"cités? à comparaître|dans le box|(?:the accused|l['’]accusée?|de l['’]accusée?|(?:le|du|au) prévenu|(?:de )?la prévenue|the suspect|the defendant)\s*\(|à la barre|on trial|in the dock|"
    # "les peines requises contre A et B", "a requis trois ans contre A": the ones the prosecution asks to punish
    r"(?:requise?s?|réclamée?s?|requiert|requérait) (?:\w+ ){0,4}?contre|"
    # "c'est la peine prononcée mardi par la cour contre X", "la peine la plus lourde, seize ans, frappe A, B"
    r"prononcée?s? (?:[^.;]{0,60}? )?(?:contre|à l['’]encontre d[eu]|à l['’]endroit d[eu])|"
    # "le verdict rendu contre le Tunisien X": a judgment given against the one named
    r"\b(?:verdict|jugement|arrêt|décision|sentence)s? (?:[\w'’]+ ){0,3}?rendue?s? (?:[^.;]{0,30}? )?contre|"
    r"\bpeines?\b[^.;]{0,60}?\bfrapp(?:e|ent|ait|aient|era)|"
    # "Trois mois d'emprisonnement pour Rachid X ; deux mois fermes pour Saïd Y": the term, then its bearer;
    # "Un an de prison ferme par contumace pour X": how it was given may stand between
    r"\b(?:ans?|mois|years?|months?)(?: [\w'’-]+){0,3}? (?:de prison|d['’]emprisonnement|fermes?|avec sursis|"
    r"in (?:jail|prison)|imprisonment)(?: par (?:contumace|défaut)| en (?:appel|première instance)| in absentia)? "
    r"(?:pour|for|contre|against|à l['’]encontre d[eu])|"
    # "12 mois de prison ferme et une amende de 5 millions pour X": the one fined ("500 $ d'amende pour X")
    # (not a headline's "$500 Fine For Man Who Went Out": in English the sum stands between)
    r"\bfine (?:of )?[^.;]{1,30}? for|\bamende (?:de )?(?:[^.;]{1,30}? )?pour|"
    # "Bail has been refused to Somveli Dlamini": the one refused bail is the accused
    r"(?:bail|bond) (?:has been |was |had been |is |were )?(?:refused|denied|granted) to|"
    # "A murder charge was read on Wednesday, 16th October, 2024 to Mousa Sewa"
    r"(?:charges?|counts?) (?:was|were|has been|have been) read\b[^.;]{0,60}?\bto",
    # "le tribunal doit examiner le cas de A, B et C"; "Avant-hier, à Alger, comparaissait A": the verb before
    # its subject
    r"\ble cas (?:de|d['’])|(?<![\w'’])(?:comparaissai(?:en)?t|comparaissent|comparut|comparurent)",
    # "X is charged together with A, B and C", "jugé aux côtés de A": tried with the one named before
    r"(?:charged|tried|arraigned|accused|indicted) (?:together|jointly) with|"
    # "He is jointly accused with Brian X (47)"
    r"\bjointly (?:charged|tried|arraigned|accused|indicted) (?:with|alongside)|"
    # "has been freed on bail together with his business associate X": bailed, jailed with the one before
    r"(?:freed|released|remanded|convicted|jailed|sentenced|acquitted|bailed)(?: on bail| in custody)? "
    r"(?:together|jointly|along) with (?:(?:his|her|their) (?:[\w-]+ ){0,2}?)?|(?:charged|tried|arraigned) alongside|(?:poursuivie?s?|jugée?s?|inculpée?s?) (?:avec|aux côtés de)",
    # "Il y comparaissait en compagnie d'A", "appeared in the dock alongside A": tried with the one before
    r"compar(?:a[iî]t|aiss\w*|u|ue|us|aîtr\w*) (?:\w+ ){0,3}?(?:en compagnie|aux côtés) (?:de|d'|d’|du|des)|appeared (?:\w+ ){0,4}?(?:alongside|together with)",
    # "l'EFCC poursuit X", "is prosecuting X", "un mandat d'arrêt contre X", "a warrant for X"
    # "the bail application filed by singer A, B and C"
    r"applications? (?:for bail )?(?:filed|brought|made|lodged) by|(?:is|are|was|were) prosecuting|poursui(?:t|vent|vait)|mandats? d['’](?:arrêt|amener|dépôt)(?: \w+){0,2} (?:contre|à l['’]encontre de)|warrants? (?:of arrest )?(?:(?:is|are|was|were|has been|have been) (?:out|issued) )?"
    r"(?:against|for(?: the arrest of)?)",
    # "a maintenu le verdict de culpabilité contre X"; "the High Court handed A (47) and B two life sentences":
    # the one the court's verdict falls on
    r"(?:verdict|déclaration) de culpabilité (?:\w+ ){0,2}?contre|"
    r"\b(?:court|judge|magistrate|bench)\b[^.;,]{0,30}?\bhanded(?! over| down| up| back)",
    # "le tribunal a infligé à trois manifestants, A, B et C, une peine"; "extradited Maina from Niamey"
    # "la peine infligée mardi 16 septembre à X", "a infligé jeudi une peine de trente mois à X"
    # (not "des blessures infligées à X": the one wounded)
    r"(?<!blessures )(?<!coups )(?<!violences )(?<!sévices )(?<!tortures )inflig\w* (?:[^.;]{0,60}? )?(?:à|au|aux)|"
    r"extradited|extradée?s?",
    # "Gardaí sealed off the scene and arrested Neil X": the one the police arrested stands accused
    r"(?<!been )(?<!was )(?<!were )\barrested",
    # "Me Jacques Mbuny, qui défend Justin Danwe": the one defended; "La seule personne condamnée est X"
    r"qui (?:défend|défendent|défendait|assiste|assistent)|who (?:defends|defended|represents|represented)|"
    # "Le procès en diffamation intenté par le chef de l'État, X, à Y": the one the suit is brought against
    r"\bintentée?s? par [^.;]{1,80}?\s(?:à|contre)|"
    # "the court set bail at R10 000 for X": the one bailed
    r"\bbail (?:at|of) [^.;,]{1,30}? for|"
    # "He faces the charge jointly with Stanley X": the co-accused
    r"\bjointly (?:charged |tried )?with|"
    # "Gilroy X acts for A, B and C": the clients of counsel
    r"\b(?:acts|acted|acting) for(?! the\b)|"
    # "not explained to his clients, Chinese nationals A, 46, and B": counsel's clients at a criminal bar;
    # "The pleas by A and B came Tuesday": only the accused plead
    r"\b(?:his|her|their|ses|leurs) clients,(?! as\b| en tant que\b)|\b(?:guilty )?pleas (?:by|from)|"
    # "Il est reproché à A et B d'avoir fait paraître …", "le parquet reproche à X d'avoir": what is laid at
    # their door
    # (not "reprochent à leur confrère Me X", "reproché à son client, Maître Y": the lawyers)
    # "Condamnation à vie pour Kunti X", "Bail was granted here on Friday to Niko X and Frederick Y"
    r"\b(?:condamnation|relaxe|acquittement)s? (?:à vie |à perpétuité |avec sursis )?pour|"
    r"\bbail (?:was |has been |had been )?granted (?:[\w,]+ ){0,4}?to|"
    r"\breproch(?:e|ent|ait|aient|ée?s?) (?:notamment |surtout |principalement )?(?:à|aux)"
    r"(?![^.;]{0,30}?\b(?:me|maître|avocate?|clients?|cliente?s?|confrère)\b)|"
    r"(?:condamnée?s?|relaxée?s?|acquittée?s?|poursuivie?s?|inculpée?s?|jugée?s?|charged|convicted|acquitted|jailed) (?:est|sont|était|étaient|is|are|was|were)",
    # "la Haute cour, devant laquelle comparaissaient ce jeudi 27 avril 2017 A, ex-Premier ministre, et …",
    # "Ont comparu lundi A et B": the subject after its verb, with the day between them
    r"(?:(?:devant (?:laquelle|lequel|lesquels|lesquelles|elle|lui|qui)|\boù|\bqu['’]|\blorsque|\bquand|^\s*(?:ont|a)) "
    r"compar(?:aissai(?:en)?t|aît|aissent|urent|ut|u)\b"
    # "Sont renvoyés au 7 août A (dossier n° 905) ainsi que B": the participle, its day, then the accused
    # ("Seront notamment jugés A, de Tebessa, B …", "Sont poursuivis A et B": the tense and an adverb may vary)
    r"|^\s*(?:sont|seront|étaient|furent|ont été|est|sera|a été) (?:notamment |également |aussi |donc )?"
    r"(?:renvoyée?s?|jugée?s?|condamnée?s?|relaxée?s?|acquittée?s?|poursuivie?s?|inculpée?s?)(?: au| à)?)"
    # ("Sont jugés dans ce dossier 7 huissiers, A, …, et B": the case they are tried in, between)
    r"(?:[\s,]+(?:dans (?:ce|le|cette|l['’]) ?(?:dossier|affaire|procès)|ce|cet|le|hier|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|matin|soir|\d{1,2}|1er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|\d{4}))*(?![\s,]*(?:devant|à|au|aux|en|pour|avec|dans|sans|sous)\b)",
    # "Arrested for his killing were A, 22, and B, 36": the participle first, then its subjects
    r"^\s*(?-i:Arrested|Charged|Convicted|Jailed|Detained|Remanded|Sentenced|Acquitted|Indicted|Arraigned)\b"
    r"[^.;]{0,60}? (?:were|was|are|is)\s*$",
    # "Deux personnes sont inculpées d'assassinat : X et Y"
    r"(?:inculp|poursuiv|accus|prévenu|charged|defendants)\w*[^.;:]{0,80}:",
    r"\b(?:prévenu|accusé|inculpé|détenu|defendant|accused)e?s?\b[^.;:]{0,60}?\b(?:dont|parmi lesquels|parmi lesquelles|among them|including)",
)

# Who someone is ("l'opposant X", "l'ex-ministre X", "the journalist X"): a defendant only in a sentence
# that speaks of the proceedings.
DEFENDANT_DESCRIPTORS: tuple[str, ...] = (
    r"(?:l['’]|les |le |la |des |deux |trois |plusieurs )?(?:anciens? |anciennes? |ex-|ex )?(?:opposante?|journaliste|activiste|militante?|homme d'affaires|femme d'affaires|hommes d'affaires|commerçante?|chroniqueur|chroniqueuse|blogueur|blogueuse|syndicaliste|détenue?|suspecte?|mise? en cause|polémiste|officier|policier|gendarme|militaire|colonel|général|capitaine|commandant|sergent|soldat|neveu|nièce|fils|fille|épouse|époux|frère|sœur|complice|co-?auteur)s?",
    # an office-holder named with the office's complement is the office speaking ("le ministre de la
    # Justice, X", "the Minister of Justice X"): that one comments on a trial, and is not tried in it
    r"(?:l['’]|les |le |la |des |deux |trois |plusieurs )?(?:ministres?|premiers? ministres?|wali|walis|préfet|préfète|maire|députée?|gouverneur|directeur général|directrice générale|patron|sénateur|sénatrice)s?(?![\s,]+(?:de l['’]|de la |du |des |de |d['’]))",
    r"(?:l['’]|les |le |la |des |deux |trois |plusieurs )?(?:anciens? |anciennes? |ex-|ex )(?:ministres?|premiers? ministres?|wali|walis|préfet|préfète|maire|députée?|gouverneur|directeur général|directrice générale|patron|sénateur|sénatrice)s?",
    r"(?:the )?(?:former |ex-)?(?:opposition (?:leader|politician|figure)|journalist|activist|businessman|businesswoman|blogger|suspect|trade unionist|(?<!investigating )(?<!arresting )(?<!prosecuting )officer|constable|soldier|nephew|son|daughter|wife|husband|brother|sister|accomplice)s?",
    r"(?:the )?(?:minister|governor|senator|mayor|lawmaker|MP)s?(?!\s+(?:of|for)\b)",
    r"(?:the )?(?:former |ex-)(?:minister|governor|senator|mayor|lawmaker|MP|director|chairman|chief executive|commissioner)s?",
)

# A sentence about the proceedings, for the descriptors above.
PROCEEDINGS_CONTEXT: str = (
    r"audience|procès|tribunal|cour |juge|box|barre|comparaît|comparaissent|comparaître|prévenu|accusé|"
    r"condamn|relax|acquitt|inculp|poursuivi|détention|mandat de dépôt|liberté provisoire|jugé|"
    r"verdict|jugement|délibéré|peine|parquet|procureur|avocat|renvoi|"
    r"court|trial|judge|magistrate|charged|sentenced|convicted|acquitted|bail|remanded|dock|pleaded|pled|hearing|"
    r"prosecut|jail|lawyer|custody"
)

# The verbs that give a list of names its group: "The prosecutor named the four farmers as A, B, C"; the one who
# names them is no item of the list (extract/group_roles.py reads them too).
NAMING_VERBS: str = r"named|identified|listed|gave the names of"

# What opens a list of the people a clause has just spoken of: the list takes that group's role
# ("Quatre prévenus ont comparu. Il s'agit de A, de B et de C"; "Parmi eux, A"; "co-accused: A; B; and C").
LIST_INTRODUCERS: str = (
    r"\bil s['’]agit|\bce sont|\bà savoir|\bnotamment|\bnamely|\bparmi (?:eux|elles|lesquels|lesquelles)|"
    r"\bamong them(?: (?:are|were))?|\bthey (?:are|were)|\bparmi (?:eux|elles),? (?:figurent|figure|figuraient|figurait|on trouve|on retrouve)|:|"
    # "Leurs défenseurs – A, B et C – ont …": a dash right after a plural noun opens the list it names
    r"(?<=[sx]) –\s*$|(?<=[sx]) —\s*$|"
    # "Parmi eux figure l'ancien ministre de la Santé A": who the one named is may come first
    r"\bparmi (?:eux|elles),? figur\w+ (?:l['’]|le |la )[^.;:!?(),]{1,50}|"
    # "The prosecutor named the four farmers as A, B, C": the group the sentence before told of, listed
    r"\b(?:" + NAMING_VERBS + r") (?:the|these|those|them)(?: [\w-]+){0,3}? as|"
    # "Two lawmakers stand accused … The MPs are Ms A and Mr B": the group, told again by a plural noun
    # ("The men are A, 47, of X, B …": a plural without its s)
    r"\b(?:the|these|les|ces) (?-i:[a-zà-ÿA-Z][\w-]*[sx]|(?:wo)?men|people) (?:are|were|sont|étaient)"
)

# Lists that name the accused by what is said of them: "manquent à l'appel : A, B", "jugés par défaut : A".
DEFENDANT_LIST_INTRODUCERS: str = (
    r"\b(?:those|people|persons|men|women|accused) (?:before|in) (?:the )?(?:court|judge|magistrates?|dock)\b[^.;:]{0,20}:|\b(?:sur le banc|au banc|dans le box|in the dock)\b[^.;:]{0,40}:|\bà la barre\b[^.;:]{0,80}\b(?:se tenaient|se tenait|comparaissaient|comparaissait)\s*:|\bmanqu\w* à l['’]appel\s*:|\bjugée?s? par défaut\s*:|\b(?:sont |est )?en fuite\s*:|\btried in absentia\s*:|"
    r"\babsconded\s*:|"
    # "Ont été jugés coupables hier de « vol » :", "The list of those freed:" then the names
    r"\b(?:ont été|sont|were|have been) (?:\w+ ){0,2}?(?:jugée?s? coupables?|reconnue?s? coupables?|condamnée?s?|"
    r"relaxée?s?|acquittée?s?|libérée?s?|found guilty|convicted|sentenced|acquitted|freed|released)\b[^.;:]{0,80}:|"
    r"\bthe list of (?:those|the (?:accused|defendants|detainees|inmates|prisoners|suspects)) (?:\w+ ){0,2}?"
    r"(?:freed|released|convicted|acquitted|charged|sentenced|remanded|detained)?\s*:|"
    # "The remaining life sentences went to:" then the names
    r"\b(?:sentences?|terms?|penalt(?:y|ies)) (?:went|go|goes) to\s*:|"
    # "Among those missing were: A, B…" (the English "manquent à l'appel"): accused who did not appear
    r"\b(?:among )?(?:those|the ones|the accused|the defendants) (?:missing|absent|who failed to appear|who did not "
    r"appear)(?: from court| from the dock)?\s+(?:were|are)\b\s*:?|"
    # "Those wanted are A, who is self-employed; B and C, both fishermen": the accused a warrant is out for
    # "the five dealt with in Leeds are: A (54, …); B (39, …)"
    r"\b(?:dealt with|tried|accused|charged|sentenced|remanded)\b[^.;:]{0,30}\b(?:are|were|include|included)\s*:|"
    # a label alone on its line: "Accused:", "Les prévenus :"
    # "The sixteen on remand:", "Les condamnés :": the group told by what befell it, then its names
    # ("The accused, by occupation:": a few words may say how the list is laid out)
    r"^\s*(?:the |les )?(?:[\w-]+ )?(?:accused|defendants|suspects|prévenue?s|accusée?s|inculpée?s|mis en cause|"
    r"on remand|remanded|convicted|charged|jailed|sentenced|condamnée?s|détenue?s)(?:,[^.;:]{1,30})?\s*:|"
    # "The beneficiaries are A, B…" (of a bail), "Named in the charge sheet are A, 25, B, 22…"
    r"\b(?:the )?beneficiaries(?: of [^.;:]{0,30})? (?:are|were|include)\b|"
    # ("Named on the one-count charge, all with no fixed address, were: A, 20; B, 23")
    r"\b(?:named|listed) (?:in|on) the (?:[\w-]+ )?(?:charge sheet|charge|indictment|summons)"
    r"(?:,[^.;:]{1,50},)? (?:are|were)\b|"
    # "Standing trial are A, B, C, and D"; "Appearing before Magistrate Kaoma are A 30, B 23"
    # ("On trial are three St Andrew men: A, 26, …; B, 18, …": a description of the group, then its names)
    r"\b(?:standing trial|on trial|in the dock) (?:are|were)\b(?:[^.;:]{1,40}:)?|"
    r"\b(?:appearing|standing trial) (?:before|in) [^.;:]{0,40}? (?:are|were)\b|"
    r"\b(?:those|the persons?|the people|the men|the women) (?:wanted|charged|accused|remanded|convicted|"
    r"sentenced|arraigned|committed|detained|held|jailed|freed|released) (?:are|were|include|included)\b|"
    # "Also charged are A, B and C"; "Manji's co-accused, all officials of the firm, are A (28), …; B"
    r"\balso (?:charged|accused|tried|arraigned|indicted|remanded) (?:are|were)\b|"
    r"\bco-?accused\b[^.;:]{0,60}?\b(?:are|were|include|included)\b|"
    # "has appeared with three co-accused in the Middelburg court — A, 33; B, 30; and C"; "The six are A aged 31"
    r"\bco-?accused\b[^.;:—–]{0,60}?\s[—–]|"
    r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|pair|duo|trio)(?: accused| suspects)?"
    r"(?:,[^,.;:]{3,60},)?\s+(?:are|were)\b|"
    # "Les deux hommes sont A, 25 ans, et B": the group the report is about, told by its number
    r"\bles (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)(?: hommes| femmes| jeunes| prévenus| "
    r"accusés| suspects| inculpés| mis en cause)?(?:,[^,.;:]{3,60},)?\s+(?:sont|étaient)\b|"
    # "le dossier qui mettait aux prises le ministère public et trois orpailleurs : A, B et C"
    r"\b(?:opposant|opposait|mettait aux prises|met aux prises) (?:le )?(?:ministère public|parquet) (?:et|à|aux?) "
    r"(?:[\w'’-]+ ){0,3}?:|"
    # "Dans le box se tenaient aussi A, B …"
    r"\b(?:dans le box|in the dock) (?:se tenaient|se trouvaient|figuraient|étaient|were|stood)(?: aussi| also)?\b|"
    # "The convicts are A aged 31, B, 24 …": the group told by its name at law
    r"\bthe (?:convicts|convicted (?:men|women|persons)|accused(?: persons)?|defendants|suspects) (?:are|were)\b"
)

# Who a lawyer may act for when not for the accused: "Me X, conseil de la mairie" is civil-party counsel.
CIVIL_CLIENTS: str = (
    r"(?i:parties? civiles?|victimes?|plaignante?s?|famille|mairie|commune|l'[ÉE]tat|ville|société|banque|"
    r"entreprise|collectivité|agence|office|celle-ci|celui-ci|ceux-ci|celles-ci|victims?|complainants?|family)"
)
