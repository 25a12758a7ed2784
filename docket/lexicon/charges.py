"""Charges: what introduces a list of offences, the head nouns of offences, and what ends a list."""

from __future__ import annotations

# What introduces the list of charges.
CHARGE_CUES_FR: tuple[str, ...] = (
    # "Sept accusations ont été déposées contre lui, notamment pour menaces de mort et pour …": the charges
    # laid, what they are for
    r"(?:accusations?|plaintes?|chefs? d['’]accusation) (?:ont été |a été |sont |est |avaient été |avait été )?"
    r"(?:déposée?s?|portée?s?|retenue?s?) contre [^.;:]{1,40}?,? (?:notamment |entre autres |surtout )?pour",
    # "Pour ce mineur, les délits retenus sont ceux de violence à agent …, de dégradation de biens …"
    r"(?:délits|chefs|faits|infractions|crimes)(?: d['’](?:accusation|inculpation))? (?:retenus|reprochés|visés)"
    r"(?: (?:contre|à) [^.;:,]{1,40}?)? (?:sont|étaient|furent) (?:ceux|celles) (?:de |d['’])",
    # "poursuivis, entre autres, pour « X, Y »": a hedge told as an incise
    r"(?:sont |est |étaient |était |a été |ont été )?poursuivie?s?(?:, (?:entre autres|notamment|inter alia),)? "
    r"(?:notamment |chacune? |tous |toutes )?(?:pour|du chef d[e'’]|des chefs d[e'’])",
    # "Les poursuites contre elle portent sur le « faux et usage de faux en écriture »": what they bear on
    r"poursuites (?:contre [^.;:,]{1,30}? )?(?:port(?:ent|aient|ait|e)|portaient) (?:notamment |aussi )?sur "
    r"(?:le |la |les |l['’]|des |du )?",
    # ("Le tribunal devait le juger pour : - menaces de mort ; - violences …": the infinitive, its list set out)
    r"(?:sont |est )?(?:jugée?s?|juger|jugera|jugeront) (?:notamment )?pour(?:\s*:)?",
    # "Inculpés en 2018 de « coaction d'assassinats … »": a day or a year between the participle and its object
    # ("inculpé provisoirement de trafic de drogue": Mauritius's provisional charge)
    r"inculpée?s? (?:notamment |provisoirement |en \d{4} |(?:le |ce )?(?:\d{1,2} \w+|lundi|mardi|mercredi|jeudi|"
    r"vendredi) )?(?:de|d'|d’|pour)",
    # "le prévenu, à qui il est reproché une escroquerie de 12 millions": the offence held against the accused,
    # named by its noun (not "reproché d'avoir …": a deed told as a clause)
    r"(?:il |on )?(?:lui |leur )?(?:est|sont|était|étaient|a été|avait été) reprochée?s? (?:une? |des |l['’]|le |la |les )",
    # "le prévenu, attrait pour « diffamation et injures publiques »": summoned before the court for it
    r"attraite?s? (?:devant [^.;:]{1,40}? )?pour",
    # "date de leur inculpation pour détournement présumé de fonds publics"
    r"(?:inculpation|mise en examen|mise en accusation) (?:notamment )?(?:pour|du chef de|des chefs de)",
    r"accusée?s? (?:notamment )?(?:de|d'|d’|du|des)",
    # "déclarés coupables, dans l'ordre, de meurtre, d'infanticide et de …": an incise before the offences
    # ("les a jugés coupables, entre autres, de tentatives d'assassinat, viol …")
    r"(?:reconnue?s?|déclarée?s?|jugée?s?) coupables?(?:, (?:dans l['’]ordre|respectivement|notamment|entre autres),)? "
    r"(?:de|d'|d’|des chefs? d[e'’])",
    # "le tribunal a déclaré Jean X coupable de vol": the accused between verb and offence
    r"(?:reconnue?s?|déclarée?s?) (?:(?!non\b)[\w.'’-]+ ){1,4}?coupables? (?:de|d'|d’|des chefs? d[e'’])",
    # ("a condamné à un an de prison avec sursis, pour une « manifestation illicite »": the term between)
    r"condamnée?s? (?:[^.;]{0,60}?, )?pour(?! (?:se|s['’]|lequel|laquelle|lesquels|lesquelles|qui|que)\b)"
    r"(?: une| un| des)?",
    # "déclarés fautifs sur trois points : attroupement, manifestations et rébellion simple"
    r"(?:reconnue?s?|déclarée?s?) (?:fautifs?|fautives?|coupables?) sur (?:\w+ )?(?:points|chefs|griefs) ?:",
    # "relaxés du chef de violences", "lavée du chef « de violences sur agents »"
    r"(?:relaxée?s?|lavée?s?|acquittée?s?) (?:du|des) chefs? (?:« ?)?(?:de|d['’])",
    # "sanctionnés pour entrave à l'action pénale"; "La Cour qualifie les faits de soutien à une organisation"
    r"sanctionnée?s? pour",
    r"qualifi(?:e|ent|é|ait|aient) (?:les |ces )?faits (?:de|d'|d’)",
    r"(?:chefs?|chef) d'(?:accusation|inculpation) (?:de|d'|d’|:)",
    # "font face à sept chefs d'inculpation, parmi lesquels trouble de l'ordre public, pillages …"
    # ("trois chefs d'inculpation pèsent sur les prévenus, à savoir l'« atteinte à l'emblème national »")
    r"chefs? d['’](?:accusation|inculpation)(?: [^.;:,]{1,40})?,? (?:parmi lesquels|dont|notamment|à savoir|"
    r"entre autres)(?: figurent)?",
    # "Parmi les faits jugés : meurtre, vol aggravé …", "qui relèvent des qualifications suivantes : …",
    # "à qui l'on reproche plusieurs infractions, dont la complicité de meurtre"
    r"(?:faits|infractions|crimes|délits) (?:jugée?s|examinée?s|retenue?s|poursuivie?s)\s*:|"
    r"qualifications? suivantes?\s*:|infractions,? dont",
    # "Le dossier porte sur un viol": the offence the case is about
    # ("Les poursuites portent entre autres sur la participation à un mouvement insurrectionnel": a hedge)
    # ("Une trentaine des soixante dossiers portent sur des viols": the cases a session is to try)
    r"(?:dossiers?|affaires?|procès|poursuites?) port(?:e|ent|ait|aient) (?:entre autres |notamment |principalement )?"
    r"sur (?:un |une |des |l['’]|le |la |les )",
    # "Motifs retenus : « X, Y et Z »": the grounds the court held against them
    # "Les chefs retenus : « Acte de terrorisme, mercenariat … »"
    r"(?:motifs|chefs|charges|infractions) retenue?s(?: contre (?:lui|elle|eux|elles))? ?:",
    # not "parmi les chefs d'accusation.": the noun of the list is no offence
    r"(?:des |aux |les )chefs (?:de|d'|d’)(?!accusation|inculpation)",
    # "jugé pleinement prouvées les charges d'assassinats, de tentatives d'assassinat et …"
    r"(?:des |aux |les )charges (?:de|d'|d’)(?!accusation|inculpation)",
    r"pour des faits (?:présumés |supposés |présumés et supposés )?(?:de|d'|d’)",
    r"des faits (?:présumés |supposés )?(?:de|d'|d’)",
    # "L'homme doit s'expliquer sur : - plusieurs tentatives de meurtre ; - port d'arme": what the accused must
    # answer for, set out after a colon
    r"s['’]expliqu(?:er|era|eront|ait|aient|ent|e) sur(?=\s*:)",
    # "auront à répondre, selon le parquet, de « crimes terroristes »": an incise may follow the verb
    # ("doivent répondre, tout comme un septième comparse jugé à part, d'une série de cambriolages")
    # "répondent tous de meurtre en coaction": a pronoun of the subject may stand between
    # ("a dû répondre ce vendredi de violences avec arme": the day between)
    # ("Sept jeunes gens répondent désormais d'assassinat": an adverb of time between)
    r"répond(?:re|ent|ra|ront|ait|aient)?(?:, [^,.;]{1,60},)? (?:désormais |encore |aussi |également )?"
    r"(?:tous |toutes |chacun |chacune |ensemble )?"
    r"(?:(?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}(?:er)? \w+) )?"
    r"(?:notamment |au pénal )?"
    # "répondait avec sept coaccusés de complot": the co-accused named between the verb and the offence
    r"(?:(?:avec|aux côtés de) (?:ses |leurs |\w+ ){0,2}(?:co-?accusée?s|co-?prévenue?s|co-?inculpée?s) )?"
    # "répondait devant la cour de plusieurs vols à main armée": the court before which, then the offence
    r"(?:devant (?:la |le |les |l['’])(?:cour|tribunal|juge|juges|chambre|barre)(?: [\w'’-]+){0,3}? )?"
    # (not "répond de ses propres actes": one's own deeds, no offence)
    r"(?:des accusations de|de(?! (?:ses|son|sa|leurs?|mes|nos|vos)\b)|d'|d’|du|des)",
    # "Le parquet, de son côté, poursuivait des menaces par geste et une tentative de meurtre": the offences the
    # prosecution pursued (an incise may stand after its subject)
    r"(?:parquet|ministère public|procureure?)(?:, [^,.;]{1,40},)? poursui(?:t|vait|vent|vaient|vi) "
    r"(?=(?:des|une?|la|le|les|l['’])\s*(?:menaces|tentatives?|vols?|violences|coups|viols?|meurtres?|"
    r"assassinats?|escroqueries?|abus|détournements?|faux|recels?|trafics?|outrages?|rébellion|dégradations?|"
    r"harcèlements?|diffamations?|injures?|homicides?|agressions?|infractions?|faits (?:de|d['’]))\b)",
    # "On leur impute la sécession, l'insurrection …"
    r"\b(?:on|il|elle|ils|elles) (?:lui|leur) (?:impute|imputait|imputent|reproche|reprochait|reprochent) ",
    # "Le ministère public retient donc contre eux : - l'arrestation arbitraire ; - …"
    r"\bretien(?:t|nent|nait|naient)(?: donc| aussi| notamment)? contre (?:lui|elle|eux|elles)(?=\s*:)",
    # "le dossier ouvert pour dégradations … ainsi que pour participation à un groupement …"
    r"\b(?:dossier|enquête|information judiciaire) (?:a été |avait été )?ouverte? (?:notamment )?pour",
    # "the three entered guilty pleas to contempt of court"
    r"entered (?:\w+ )?guilty pleas? to",
    # "La justice leur reproche : - « rassemblement armé » ; - …": any subject, the list after a colon
    r"\b(?:lui|leur) (?:impute|imputait|imputent|reproche|reprochait|reprochent)(?=\s*:)",
    # "Six d'entre elles, membres des forces de sécurité, le sont pour « non assistance … »": poursuivies
    r"(?<![\w'’])(?:le|l['’]) (?:sont|est|étaient|était|seront|sera) pour",
    # "dix années de servitude pénale du chef d'association de malfaiteurs et de vol qualifié"
    r"(?:servitude pénale|emprisonnement|prison|réclusion|amende|condamnée?s?|peine)\b[^.;]{0,60}?\b(?:du|des) chefs? d[e'’]",
    r"(?<!chambre d')(?<!chambre d’)accusations? (?:de|d'|d’)",
    r"sous la qualification (?:de|d'|d’)",
    # "a requalifié ces faits en groupement de malfaiteurs" (not a request "de requalifier les faits en")
    r"requalifi(?:ée?s?|ait|aient) (?:les |ces |leurs )?(?:faits |charges |poursuites )?en",
    # "des sieurs A, B et C, qu'elle suspecte de tentative de vol"
    r"(?:qu['’](?:il|elle|ils|elles|on) )?suspect(?:e|ent|ait|aient|ée?s?) (?:de|d'|d’)",
    # "une seule infraction est reprochée à X : la production de données…"
    # "Deux infractions lui sont imputées : X et Y"
    r"infractions? (?:\w+ ){0,2}?(?:est|sont|était|étaient) reprochée?s? (?:à|aux) [^.;:]{0,60}:|"
    # ("Deux délits lui étaient imputés : « participation à un attroupement … »")
    r"(?:infractions?|délits?|crimes?|chefs?) (?:\w+ ){0,2}?(?:lui |leur )?(?:est|sont|était|étaient) "
    r"(?:imputée?s?|reprochée?s?|retenue?s?)"
    r"(?: (?:à|aux|contre) [^.;:]{0,60})?\s*:",
    # "la liste des infractions comprend la participation à un attroupement illicite, ainsi que …"
    r"(?:la )?liste des (?:infractions|délits|charges|chefs d['’]accusation)(?: \w+){0,3}? (?:comprend|inclut|compte)",
    # "Les charges retenues contre eux comprennent notamment des « crimes terroristes », des « homicides »"
    r"(?:charges|chefs|infractions|accusations)(?: d['’]accusation)?(?: retenue?s?)?(?: contre (?:eux|elles|lui|elle))? "
    r"(?:comprennent|comprenaient|incluent|incluaient)(?: notamment| entre autres)?",
    # "La liste des délits qui leur sont reprochés est longue : abus de fonction, …"
    r"(?:délits|infractions|faits|chefs d['’]accusation|charges) qui (?:lui|leur) (?:sont|étaient|ont été) "
    r"(?:reprochée?s|imputée?s|retenue?s)[^.;:]{0,30}:",
    # "la liste des faits reprochés était longue – incendies volontaires ; blocage de routes", "Les faits
    # reprochés : X ; Y": the offences told after a colon or a dash
    r"(?:délits|infractions|faits|chefs d['’]accusation|charges) (?:reprochée?s|imputée?s|retenue?s)"
    r"[^.;:–—]{0,40}?\s*[:–—]\s",
    # "égrener ce qui est reproché aux présumés miliciens : terrorisme, participation…"
    # ("Ce qui leur était reproché : participation à un mouvement insurrectionnel, …": the pronoun told first)
    r"(?:ce qui|ce que l['’]on|ce qu['’]on) (?:(?:lui|leur) )?(?:est |était )?reproch\w+(?: (?:à|aux) [^.;:]{0,60})?\s*:",
    r"(?:est |sont )?soupçonnée?s? (?:de|d'|d’)",
    # "Les juges l'ont mis en examen, entre autres chefs, pour « incitation à la révolte »"
    r"mise? en examen(?:, [^,.;]{1,30},)? pour",
    # "reconnu coupable vendredi 13 juin du meurtre de…": only the day may stand between; "coupable «d'X»":
    # the quotation opens before its "de"; "déclarés non coupables d'outrage": what they were tried for is a
    # charge all the same (not "non coupable de ce qu'on lui reproche")
    r"coupables? (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|\d{1,2}|1er|janvier|février|"
    r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4}),? ){0,4}(?:« ?|“)?"
    r"(?:de|d'|d’|du|des)\b(?! ?ce qu)",
    r"chefs d'(?:accusation|inculpation)[^:.;]{0,40}:",
    r"pour (?:y )?répondre (?:de|d'|d’|des)",
    # "Le meurtre a été écarté au profit de l'homicide par négligence": the offence retained instead
    r"(?:écartée?s?|abandonnée?s?) au profit (?:de|d'|d’|du|des)",
    r"préventions? (?:de|d'|d’|du|des|:)",
    # "Cinq chefs étaient retenus : A, B, C", "Trois infractions ont été retenues : …"
    r"(?:chefs?|charges|infractions?|accusations?|délits|préventions?)(?: d['’]accusation)? (?:\w+ )?"
    r"(?:étaient|sont|ont été|avaient été|était|est|a été) retenue?s?(?: contre [^.;:]{1,40})?\s*:",
    # "Pas moins de 24 chefs pèsent sur eux, dont trois pour tentative de meurtre, trois pour …"
    r"(?:chefs?|charges|accusations|infractions)(?: d['’]accusation)? (?:pès\w+|pesa\w+|retenue?s?) "
    r"(?:contre|sur) [^.;:,]{1,40}, dont",
    # "Exit, pour eux, les accusations qui les visaient, dont A, B et C": the charges they faced, listed
    r"(?:chefs|charges|accusations|infractions|préventions)(?: d['’]accusation)? qui (?:les|le|la|l['’]) "
    r"(?:visai(?:en)?t|visent|ciblai(?:en)?t|frappai(?:en)?t)\s*(?:,\s*dont|:)\s*(?:notamment\s+)?",
    # "Parmi les chefs retenus figurent A et B", "Dans leur liste de griefs figurent en particulier A, B"
    r"(?:parmi|liste de|liste des) (?:les |leurs? )?(?:charges|chefs|accusations|infractions|griefs|préventions)"
    r"[^.;:]{0,60}? figur(?:ent|aient|e|ait) (?:notamment |en particulier |entre autres |aussi )?",
    # "répondre de plusieurs chefs, parmi lesquels « A », « B »"
    r"(?:chefs|charges|infractions|accusations|préventions)(?: d['’]accusation)?, parmi lesquel(?:le)?s",
    # "répartis en six dossiers selon la nature des faits : « A », « B », « C »"
    r"(?:nature|qualification)s? des faits\s*:",
    r"(?:l['’]|les? |des )(?:accusations?|infractions?|charges)\s*:",
    # "Douze affaires sont inscrites au rôle. Elles portent sur des faits graves : meurtres, coups mortels…"
    r"port(?:e|ent|ait|aient) sur des (?:faits|infractions|délits|crimes)(?: [\w'’-]+){0,2}\s*:",
    # "Les charges retenues contre l'ensemble des accusés : « A », « B » et « C »"
    r"(?:les? |l['’])(?:charges?|accusations?|infractions?|chefs? d['’]accusation) (?:retenue?s? |qui pès\w+ |pesant )?"
    r"(?:contre|sur) [^.;:]{0,50}:",
    # "au regard de la gravité des chefs qui pèsent contre lui : A, B et C": bare "chefs" with what holds them
    r"(?:les |des )(?:chefs|charges|accusations|infractions)(?: d['’]accusation)? (?:retenue?s |qui pès\w+ |pesant )"
    r"(?:contre|sur) [^.;:]{0,50}:",
    # "Il leur est reproché X", "On lui reproche X", "il est reproché aux 58 prévenus X"
    # "Il leur est reproché, à des degrés divers, un trafic international de stupéfiants"
    r"(?<!qui )(?:leur|lui) (?:est|sont|était|étaient|a été|ont été) reprochée?s?(?:, [^,.;]{1,30},\s*)?",
    r"on (?:leur|lui) reproch\w+",
    # "Les 19 prévenus, à qui l'on reproche d'avoir provoqué un attroupement non armé"
    # ("à qui le parquet reproche des détournements": any subject of the verb)
    r"(?:à qui|auxquels|auxquelles|auquel) (?:l['’]on |on |(?:le|la|l['’]) ?[\w'’]+ )reproch\w+ (?:d['’]avoir \w+ )?",
    r"(?:est|sont|était|étaient) reprochée?s? (?:à|aux) (?:\w+ ){0,3}?(?:(?:\d+ )?(?:prévenus|accusés|inculpés|détenus|suspects|mis en cause)|\d+(?! (?:prévenus|accusés|inculpés|détenus|suspects|mis en cause)))",
    # "la cour a retenu leur culpabilité pour « X, de Y et de Z »"
    r"culpabilité (?:pour|(?:du|des) chefs? d[e'’])",
    # "les préventions, qui vont de l'extorsion à l'exploitation…, en passant par le trafic de drogue"
    r"(?:préventions?|accusations?|charges|faits|infractions?)[^.;]{0,20}?qui vont (?:de|d'|d’|du|des)",
)

# After these, an offence follows only when it opens on an offence's head noun: "Il s'agit de l'association
# de malfaiteurs, du trafic de migrants et de l'escroquerie", "Les juges ont retenu le meurtre".
HEADED_CHARGE_CUES: str = (
    # "il n'a retenu contre lui que la complicité …", "Ils ont en revanche retenu, à charge de A et de B, le port …"
    r"il s['’]agit (?:de |d['’]|du |des )|(?:a|ont|avait|avaient|et)(?: en revanche| aussi| également| seulement)? "
    # "Les juges ont retenu contre l'homme, la trentaine, la tentative d'assassinat": the one it is held
    # against, with his age in apposition
    r"(?:retenu|écarté)(?:, [^,.;]{1,60},)? (?:contre (?:lui|elles?|eux|l['’]\w+|(?:le|la|les) \w+|\d+ \w+)"
    r"(?:, (?:la \w+aine|\d{1,2} ans),)? )?(?:que )?|"
    # "Le parquet leur reproche associations de malfaiteurs, incitation à la haine", "Le ministère public lui
    # reprochait une atteinte à la sécurité intérieure": any subject ("lui reproche son silence" names none)
    r"(?:lui|leur) (?:reproch|imput)(?:e|ent|ait|aient) |"
    # "Le ministère public reproche à Monsieur Paul X, patron de la brigade, une extorsion": the one charged
    # named, with his apposition
    r"reproch(?:e|ent|ait|aient) (?:à|aux) (?:(?-i:[A-Z])[\w'’.-]*\s?){1,5}(?:, [^,.;]{1,80},)? |"
    # "les infractions de meurtre, de tentative de meurtre et de destruction d'armements reprochées au
    # prévenu" (not "les infractions de nature économique")
    r"(?:les|des|aux) (?:infractions|délits) (?:de |d['’]|du |des )|"
    # "pour une série d'infractions contre le patrimoine : escroqueries, blanchiment, faux": the offences
    # after the colon that closes a kind of offences (not "Autant d'infractions prévues par trois textes :")
    r"d['’](?:infractions|délits)\b[^.;:«»]{0,40}:\s*|"
    # "Seule reste la « violation des consignes »", "Restent, pour le procès, le « rassemblement illicite »":
    # the quoted offences that remain after others were dropped
    r"\brest(?:e|ent|ait|aient)(?:, [^,.;]{1,30},)? (?:la |le |les |l['’])?(?=«)|"
    # "C'est pour l'assassinat d'un comparse que le tribunal l'a condamné": the offence the cleft puts first
    r"c['’]est pour (?:l['’]|le |la |les |des |du |de |d['’])?|"
    # "to allow investigations into forgery, conspiracy to defraud and uttering false documents"
    r"investigations? into (?:alleged )?|"
    # "each of them denied conspiracy to cause damage"
    r"(?:denied|denies) |"
    # "The accused, X (43), faces murder", "they faced criminal trespass and conspiracy to commit a felony"
    # (not "facing incitement charges walked out", "suspects facing murder and treason allegations had been
    # admitted to bail before": the offence before its noun is read elsewhere, or is someone else's)
    # (nor "faced a criminal complaint charging him with:": the offences come after the complaint's own verb)
    r"(?<!suspects )(?<!people )(?<!those )(?:faces|faced|facing) "
    r"(?![^.;,]{0,40}?\b(?:charges?|counts?|allegations?|complaints?|indictments?|charging)\b)|"
    # "he pleaded not guilty to that count but admitted manslaughter", "had admitted theft, an offence under …":
    # an offence of one or two words closed by a stop (not "admitted offering $500 to …", "admitted sexual
    # encounters with her")
    # ("today admitted manslaughter at Newcastle Crown Court": the court where, after the offence)
    r"(?:admitted|admits) (?=(?!\w+ing\b)(?-i:[a-z-]+)(?: (?-i:[a-z-]+))?(?:[,.;]| (?:at|before) ))|"
    # "accusés par le parquet de coaction de meurtre, incendie et destruction": the accuser between
    r"accusée?s? par (?:le|la|les|l['’]) ?[\w'’ ]{1,30}? (?:de |d['’])|"
    # "avait comparu sous cinq chefs d'incendie criminel": counts named by their offence
    r"\bchefs? d['’](?!accusation|inculpation)(?=[a-zé])|"
    # "The eight counts they answer border on conspiracy and drug trafficking", as Nigerian papers write it
    # ("an amended charge of 14 counts touching on alleged money laundering and corruption")
    r"(?:counts?|charges?)\b[^.;:]{0,30}? (?:border(?:s|ed|ing)?|touch(?:es|ed|ing)?) (?:on|upon) |"
    # "The offence, buying forged notes, is created by Section 358": the offence in apposition
    r"(?-i:The|the) (?:offen[cs]e|charge|count), |"
    # "The offence he was charged with was affray", "the charge she was convicted of is manslaughter": a
    # clause on the offence between its noun and "was" (its own "was" is no verb of the offence)
    r"the (?:charges?|offen[cs]es?|crimes?) (?:\w+ ){1,6}?(?:with|of|faced|admitted|denied|committed) "
    r"(?:are|were|is|was) |"
    # "the charges it brought are money laundering, economic sabotage …" (not "the charges were read to them")
    # "The charge brought against him by the police is murder."
    # ("The counts they face are murder and conspiracy")
    r"the (?:charges?|counts?) (?:\w+ ){0,8}?(?:are|were|is|was) |"
    # "pleaded not guilty to the two charges they face, criminal conspiracy and …": the charges in apposition
    r"the (?:\w+ )?(?:charges|counts|offen[cs]es) (?:they|he|she) (?:face|faces|faced|were facing|was facing), |"
    # "Among the counts are conspiracy to commit a crime, rioting …": the counts as "the charges"; "Among the
    # counts they face are robbery …", "Among the charges he is facing are attempted murder …": who faces
    # them between
    r"among the (?:\w+ )?(?:counts|offen[cs]es|charges)"
    r"(?: (?:\w+ ){1,3}?(?:faces?|facing|faced|answers?|answering))? (?:are|were|include|included) |"
    # "The charge sheet also lists 10 murders, three attempted murders" (not "lists 14 machetes")
    r"charge sheets? (?:also )?(?:lists|listed|includes|included|contains|contained) |"
    # "Les chefs retenus contre lui sont l'enlèvement, la séquestration et …" (not "… sont graves")
    r"(?:chefs?|charges?|infractions?|accusations?)(?: d['’]accusation)? (?:retenue?s?|qui pès\w+|pesant) "
    r"(?:contre|sur) [^.;:]{0,50}? (?:sont|étaient|était|est) |"
    # "Sept chefs d'inculpation sont retenus contre eux, notamment A, B et C"; "Six chefs pèsent sur
    # l'enseignante : A, B et C"
    r"(?:chefs?|charges?|infractions?)(?: d['’](?:accusation|inculpation))? (?:sont |ont été )?"
    r"(?:retenue?s?|pès\w+|pesaient) (?:contre|sur) [^.;:,]{1,40}?(?:\s*:\s*|,\s*notamment\s+)|"
    # "The 15 suspects held over alleged fraud, corruption and racketeering"
    r"(?:held|detained|arrested|remanded|charged|convicted|jailed|sentenced|tried|arraigned) (?:\w+ ){0,3}?over "
    r"(?:the |their |his |her )?(?:alleged |suspected )?|"
    # "sent a 43-year-old man to jail for 41 years over the murder of …"
    r"to (?:jail|prison) for (?:[\w-]+ ){1,4}?(?:years?|months?) over (?:the |their |his |her )?(?:alleged )?|"
    # "sur les cinq chefs qui lui étaient reprochés: A, B", "une liste de griefs : A, B", "new felony counts were
    # tacked on: A, B": a word for the charges, then a colon that opens them
    # ("to issue legal advice on the allegations - conspiracy, kidnapping and …": a dash in its stead)
    r"(?:chefs?|griefs|charges|accusations|allegations|infractions|préventions|counts|offen[cs]es|criminal cases)"
    # (the first colon or dash: "the five counts — A, B and C — the men asked": the second closes the list;
    # "counts she had faced -- A and B -- were dismissed": two hyphens for the dash)
    r"(?: d['’](?:accusation|inculpation))?\b[^.;:«»]{0,90}?(?::|\s(?:--|[-–—]))\s*|"
    # "answering a two-count charge — conspiracy and kidnapping —": the one charge sheet's counts
    # (the count before "charge" read behind it: a word's run tried at every word would cost every sentence)
    r"(?:(?<=-count )|(?<=\bone )|(?<=\bsingle ))charge\s[–—]\s*|"
    # "la plainte pour diffamation et atteinte à son honneur": the offence a complaint names
    r"\bplaintes? (?:[\w'’]+ ){0,2}?pour |"
    # "Le verdict retient notamment l'assassinat, le brigandage aggravé": the present of "retenu"
    r"\bret(?:ient|iennent|enait|enaient|int|inrent)\b(?: notamment| aussi| également| seulement)? |"
    # "Il était reproché à tous les cinq des violences volontaires": the impersonal, with those it is held
    # against
    r"\b(?:il|on) (?:est|était|a été|avait été) reproché (?:à|aux) [^.;,]{1,40}? (?:des |de la |du |d['’]|l['’]|le |la |les |un |une )|"
    # "On reprochait alors au Sultan des coups et blessures mortelles": the active, with the one it is held
    # against; "On lui reproche des détournements"
    r"\bon (?:reproch(?:e|ait|ent|aient)(?: alors| notamment| aussi| également)? (?:à|au|aux) [^.;,]{1,40}?|"
    r"(?:lui|leur) reproch(?:e|ait|ent|aient)(?: alors| notamment| aussi| également)?) "
    r"(?:des |de la |du |d['’]|l['’]|le |la |les |un |une )|"
    # "Each faced two counts, common nuisance and being idle": the counts in apposition
    r"(?:faces?|faced|facing) (?:\w+ )?counts?,\s*|"
    # "back in court facing two new charges, trespass and …": charges counted, then in apposition
    r"(?:faces?|faced|facing) (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) "
    r"(?:(?:new|fresh|further|more|other|separate) )?charges,\s*|"
    # "These include conspiracy to commit crime, defrauding by false pretense": the charges told before
    r"(?-i:These|They) (?:include|included|includes) |"
    # "Au total, seize affaires : un meurtre, plusieurs viols et …": the cases a session hears, by offence
    r"\b(?:affaires|dossiers|cases)\s*:\s*|"
    # "la cour l'a acquitté, faute de preuve, du meurtre de X": what the acquittal clears
    r"\b(?:acquittée?s?|relaxée?s?)(?:, [^,.;]{1,40},)? (?:du |de la |des |de l['’]|d['’])|"
    # "the charges against A and B include aggravated murder and murder"
    r"(?:charges?|counts?) (?:against|facing) [^.;:]{1,60}? includ(?:e|es|ed) |"
    # "In all, 20 public order offences are charged, …, including obstruction of a garda"
    r"(?:offen[cs]es|charges|counts)\b[^.;:]{0,80}?,? including |"
    # "filed 19 counts against the three, covering money laundering, conspiracy to steal and stealing"
    r"\b(?:offen[cs]es|charges|counts)\b[^.;:]{0,80}?, (?:covering|comprising|spanning) "
)

# Verbs after which "pour X" / "for X" names the offence, when X starts with an offence's head noun
# ("condamné à deux ans pour escroquerie", "jailed for five years for fraud").
# After these the offence follows directly, when it starts with an offence's head noun.
LOOSE_CHARGE_INTROS: str = (
    r"(?:l['’]|une |cette )affaire (?:dite )?(?:de |d['’]|du |des )|dossier (?:de |d['’]|du |des )|"
    r"procès (?:pour |de |d['’])|retenue? contre (?:lui|elle|eux|elles)(?: et [^.;«]{0,40}?(?= (?:la|le|les|l['’])))? (?:que )?(?:la |le |l['’]|les )?|"
    # "the cab driver accused in the kidnapping of X", "suspected in the alleged attempted murder of Y", "accused
    # of taking part in the theft of US$52 000", "The seven are linked to theft, property damage and …"
    r"accused of (?:taking part|participating|involvement) in (?:the )?|(?:is|are|was|were) linked to (?:the )?|"
    # (the deed and its object: not "charged in criminal case number 78/2020", "accused in the trafficking case")
    r"(?:accused|suspected|charged|implicated) in (?:the )?(?:alleged )?(?=(?:[\w-]+ ){1,3}?of\b)|"
    r"(?:case|trial) (?:of|for) |accused of (?:the )?|(?:re)?trial on |"
    # "had admitted taking part in violent disorder", "admitted involvement in producing cannabis": the offence
    # after the part the accused owns to
    r"(?:admitted|admits|admitting|denied|denies|denying) (?:taking part|participating|involvement|"
    r"(?:his |her |their |a )?(?:role|part)) in |"
    # "Sumlin admitted manslaughter as well as driving under the influence", "denied murder" (not "denied
    # bail", "admitted the offence": what follows must open with an offence's head noun)
    # ("admitted beating the man", "denied killing his mother": a deed told, not the offence's name)
    r"(?:admitted|admits|admitting|denied|denies|denying|owned up to|owns up to) (?!(?!(?:causing|possessing|handling|dealing|"
    r"stealing|obtaining|wounding|perverting|endangering|trafficking|inciting|housebreaking|producing|"
    r"obstructing|assaulting|resisting|breaching|damaging)\b)[\w-]+ing\b)"
    # ("admitted sexual encounters with her": what happened, which the offence may or may not be)
    r"(?!sexual (?:encounters?|relations|intercourse)\b)|"
    # "Farmer, 60, Gets Life for Rape and Murder of Girl, 11"
    r"\b(?:gets?|got|given) life for (?:the )?|"
    # "ordered remanded … over alleged possession of dangerous weapons"
    r"over (?:the |an? )?alleged "
)

LOOSE_CHARGE_VERBS: str = (
    # "devait comparaître avec ses co-accusés pour des détournements de deniers publics"
    # "Le parquet poursuit A et B pour X": the active present, not "le procès se poursuit"
    r"compar\w*|condamn\w*|écop\w*|inflig\w*|poursuiv\w*|(?<!se )poursuit|poursuites?|jug(?:ée?s?|eait|eaient|e|ent|er)|inculpée?s?|interpellée?s?|arrêtée?s?|détenue?s?|"
    # "the 13 have already stood trial for escaping from court"
    r"sentenced|condemned|jailed|convicted|prosecuted|tried|arrested|detained|imprisoned|st(?:oo|an)d(?:ing)? trial|"
    # "got the term for assault and tampering with evidence", "given one month for criminal trespass", "is
    # serving 12 years … for the defilement of a girl": the term, then what it punishes
    r"(?:given|got|received|serving|serves) (?:a |an |the |his |her |their )?(?:[\w½-]+ ){0,3}?(?:years?|months?|"
    r"weeks?|term|sentence)|"
    # the steps of procedure that send someone to a court or a cell for an offence: "les 42 prévenus renvoyés
    # pour trouble à l'ordre public", "écroués sous mandat de dépôt pour …", "cité au correctionnel pour …"
    # (not "remanded for two weeks", "arraigned for hearing": English names what was done, any "-ing")
    r"renvoyée?s?|écrouée?s?|incarcérée?s?|déférée?s?|citée?s?|mandats? de dépôt|mise?s? en examen|"
    # "Il encourait la réclusion à vie pour atteinte à …", "La Cour ne l'a retenu que pour le délit de …"
    r"encour\w*|retenue?s?|"
    # "Deux ans de prison ferme pour vol simple": the term, then the offence it punishes, named bare (not
    # "Vingt ans de réclusion pour le meurtre d'un commerçant": a subheading's account of the deed)
    # ("Cinq ans de prison, dont trois ferme, pour « violences aggravées »": a comma may come first)
    # ("condamnés à payer 50 millions de francs CFA d'amende pour orpaillage illégal": a fine, the same)
    # ("douze ans de réclusion criminelle pour meurtre": the term's full name)
    r"(?:de prison|d['’]emprisonnement|de réclusion(?: criminelle)?|ferme|avec sursis|d['’]amende)"
    r"(?=,? pour(?:, entre autres,)? (?!l[ea]s? |l['’]|une? |des? |d['’]))|"
    # "un an pour falsification de documents bancaires, trois ans pour plusieurs infractions fiscales"
    r"(?:ans?|mois)(?= pour (?!l[ea]s? |l['’]|une? |des? |d['’]))|"
    # "telles sont les peines prononcées pour acte de terrorisme, complicité … et enrôlement de mineurs"
    r"(?:peines?|sanctions?) prononcée?s?(?= pour (?!l[ea]s? |l['’]|une? |des? |d['’])(?-i:[a-zà-ÿ]))"
)

CHARGE_CUES_EN: tuple[str, ...] = (
    # "X is charged with several offenses, one of them disposing of a dead body": the one named
    r"(?:was |were |is |are |been )?charged with (?:several|various|multiple|many|numerous|a number of|[\w-]+) "
    r"(?:offen[cs]es|charges|counts),? "
    r"(?:one of them|one of which|among them|including)",
    # not "X, who is jointly charged with the officer": the co-accused, not an offence ("jointly charged with
    # trespass" is one)
    # (nor "charged in March 2020 together with seven others": who else was charged)
    # ("have charged the monarch and the others said to have acted with him with criminal conspiracy": not
    # the "with" of a pronoun)
    r"(?:was |were |is |are |been )?(?<!jointly )(?<!together )charged\b(?! (?:jointly|together|alongside)\b)"
    r"[^.;]{0,40}?(?<!together )(?<!along )(?<!jointly )\bwith(?! (?:him|them)\b)",
    r"charged\b[^.;]{0,60}?\bwith (?:him|them) with",
    r"(?:jointly|together) charged with(?= (?!the |his |her |their )(?-i:[a-z]))",
    # "a criminal complaint charging him with:" then the list
    r"charging (?:him|her|them) with(?=\s*:)",
    # (not "in charge of both files", "take charge of the prosecution": an office held)
    r"(?<!\bin )(?<!\btake )(?<!\btook )(?<!\btakes )(?<!\btaking )(?:on |faces? |facing |over )?charges? of",
    # "The police charges against them are rioting, obstructing highways …, and criminal mischief"
    # (not "The charge against him is that, with no lawful authority, he …": what the charge sheet says)
    r"charges? against (?:him|her|them|the \w+) (?:are|were|include|included|is|was)(?! that\b)",
    r"(?:was |were |is |are |been )?convicted of",
    # "was acquitted of attempting to cultivate cannabis", "cleared of murder": what the accused stood trial for
    r"(?:was |were |been )(?:acquitted|cleared) of",
    # ("had been found guilty Friday of first degree murder": the day between)
    r"found guilty (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today) )?of",
    # "the High Court found Chanthunya guilty of murder, perjury and …": the accused between verb and offence
    # (not "found him not guilty of one count": an acquittal names no charge of the verdict)
    # ("Justice X held the pair - A, 21, and B - guilty of murder": the bench's finding, the accused between)
    r"(?:found|declared|adjudged) (?:(?!not\b)[\w.'’-]+ ){1,4}?guilty of|"
    r"\bheld (?:(?!not\b)[^.;:]){1,80}?\bguilty of",
    r"convicted\b[^.;]{0,40}?\bof",
    # "has condemned X to death after convicting him of murder"
    # ("enough to convict the 13 remaining defendants of subversive activities")
    r"convict(?:ing|ed)? (?:him|her|them|the (?:[\w-]+ ){0,3}?(?:accused|defendants?|appellants?|men|women)) of",
    r"(?:\d+-count )?(?:charges?|counts?) (?:bordering on|borders? on|bordered on|relating to|related to|linked to)",
    # "The nine counts they face relate to conspiracy, forgery and …"
    r"(?:charges?|counts?) (?:they|he|she|the \w+) (?:face|faces|faced|answer to|answers to) (?:relate|relates|related) to",
    # "the three counts they face, which border on conspiracy, …"
    r"(?:charges?|counts?)\b[^.;]{0,30}?\b(?:which|that) (?:border|borders|bordered) on",
    # "The 11 counts they answer to border on, among others, conspiracy to commit murder, murder, …": the
    # relative clause without its "that", and the hedge after the verb
    r"(?:charges?|counts?) (?:they|he|she|the \w+) (?:answer to|face|faces|faced) (?:border|borders|bordered) on"
    r"(?:,? among others,)?",
    # "arraigned yesterday on allegations of unlawful detention"
    r"(?:on )?allegations? of",
    # "enough to hold the defendant for the crime of rape"
    r"for the (?:crimes?|offen[cs]es?) of",
    # "A city court is separately trying them for violently robbing the deceased"
    r"trying (?:them|him|her|the \w+) for",
    # ("The 38-year-old pled guilty to the assault": the past as Scottish and American papers write it)
    r"(?:pleaded|pled) (?:not )?guilty\b[^.;]{0,60}?\bto",
    # "entered a plea of not guilty to the manslaughter of X"; "faces a further charge, of perverting …"
    r"pleas? of (?:not )?guilty to",
    # "entering an Alford plea to felony involuntary manslaughter", "a no-contest plea to reckless homicide"
    # (not "a guilty plea to a lesser charge", "to one felony count": which charge, untold)
    r"(?:Alford|no[- ]contest|nolo contendere|guilty) pleas? to(?! (?:an? |the |one )?(?:less(?:er)? serious |"
    r"lesser |reduced |misdemeanou?r |felony |single )?(?:charges?|counts?|offen[cs]es?)\b)",
    # "His guilty plea was to obstruction of law enforcement during a civil disorder"
    r"(?:not[- ])?guilty pleas? (?:was|were|is|are) to",
    r"(?:further|fresh|second|third|separate) charge,? of",
    # "stood briefly in the dock on Thursday to answer to murder and to defeating …"
    r"to answer (?:to|(?:a |the )?charges? of)(?= (?-i:[a-z]))",
    # "indicted by a grand jury for first degree murder, child abuse and kidnapping"
    r"indicted (?:by (?:a |the )?(?:[\w-]+ ){0,2}?(?:jury|court) )?(?:for|on)",
    # "Gauci denied both murder and violent disorder": "both" tells the two offences that follow
    # (not "denied both felony counts he faces", "admitted both sets of charges": the counts, then their names)
    r"(?:denied|denies|deny|admitted|admits|admit) both(?= (?-i:[a-z]))"
    r"(?! (?:[\w-]+ ){0,2}?(?:counts?|charges?|sets?|offen[cs]es|allegations)\b)",
    r"counts? of",
    # "on counts bordering on fraud, to wit; money laundering, conspiracy and …"
    r"to wit\s*[;:,]",
    # "Three counts remain: criminal attempt to commit murder, aggravated assault, and criminal conspiracy"
    r"(?:counts?|charges?) (?:still )?remain(?:s|ing)?\s*:",
    # "Charges followed: offensive communication, defamation and …", "Charges were laid: …"
    r"(?:counts?|charges?) (?:followed|came next|were (?:laid|filed|brought))\s*:",
    # "The charge: X", "on two counts: X, and Y", "Les accusations : X"
    r"(?:the )?charges?\s*:",
    # "on 11 counts, which include A, B and C"; "Their charges are terrorism-related and include A and B"
    # "The twenty-five counts the nine answer include murder; …": the relative clause without its "that"
    r"(?:counts?|charges?)(?:,? (?:that|which)| (?:are|were) \w+-\w+ and|"
    r" (?:[\w-]+ ){1,3}?(?:answer|answers|answered|face|faces|faced))? includ(?:e|es|ed)\b",
    r"(?:on )?(?:\w+ )?counts?\s*:",
    # "All 18 deny the charge they face, rioters injuring a building."
    r"the charges? (?:they|he|she|each) (?:face|faces|faced)\s*[,:]",
    # (not "the murder he is accused of took place": the offence told before, the verb of its clause after)
    r"(?:is|are|was|were|been) (?:further |also |now )?accused of(?! (?:took|takes|happened|occurred|was|is)\b)",
    # "brought before the court on November 20, accused of unlawful possession of two pistols"
    # ("Living next door was Sable X, 42, now accused of his murder")
    r"(?<=, )(?:now |also )?accused of",
    # "The charge … accuses them of treason", "Prosecutors accuse the pair of participating in …"
    # (not "accuses the five of having, in the same period, …, got into a database": a deed told as a clause)
    r"accus(?:e|es|ing|ed) (?:them|him|her) of(?! having\b)",
    # "whose convictions are for dangerous driving, …"; "Pienaar's charges are attempted murder, …"
    r"convictions? (?:are|is|were|was) for|['’]s (?:charges|counts) (?:are|were)(?! that\b)",
    # "The list of accusations against A, B and C is long: X, Y and Z"
    r"(?:accusations|charges|counts) against [^.;:]{1,60}:",
    # "who faces an alleged motor traffic offence, verbal assault and …"
    r"(?:faces?|facing|faced) (?:an? )?alleged",
    r"accus(?:e|es|ing|ed) the (?:pair|two|three|four|five|men|women|accused|suspects) of(?! having\b)",
    # "The two face three counts: A, B and C"
    # "The two face three counts: A, B and C", "faces three counts - abuse of power, extortion …"
    # "denied both counts against them – A and B", "charged on three counts – A, B and C –"
    r"(?:faces?|facing|faced|denied|denies|deny|on) (?:\w+ ){0,2}(?:counts?|charges?)"
    r"(?: against (?:him|her|them))?\s*(?::|\s[-–—])",
    # "The charges against them run from A and B to C", "The counts range from A to B and C"
    r"(?:charges|counts)\b[^.;]{0,30}?\b(?:range|ranged|ranging|run|ran|running) from",
    # "dismissed the crimes of a misdemeanor, criminal mischief, rioting …" (not "the crimes of the regime")
    r"\bthe (?:crimes|offen[cs]es) of(?= (?:an? )?(?-i:[a-z]))",
    # "According to the charge sheet, the accused face:" and the list, one offence a line
    r"\b(?:face|faces|faced|facing)\s*:(?=\s*$)",
    # "fraud charges — among them conspiracy, forgery and …": the list after the charges' noun
    r"(?:charges?|counts?)\b[^.;]{0,80}?(?:among them|including|namely)\s*:?",
)

# Head nouns of offences: "X et Y" splits into two charges only when Y starts with one of these.
# How an offence was done, told before its name: "the brutal murder of X", "l'odieux assassinat de Y".
OFFENCE_MANNER_WORDS: str = (
    r"brutal|gruesome|grisly|cold-blooded|horrific|savage|shocking|callous|odieux|odieuse|horrible|sauvage|"
    r"atroce|crapuleux|crapuleuse|"
    # "on trial for the alleged murder of his wife": the offence as yet only alleged
    r"alleged|suspected"
)

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
    abduction assault terrorism treason sedition seditious incitement conspiracy extortion bribery embezzlement
    possession trafficking defamation cybercrime cyberstalking arson obstruction defeating assisting
    attempted attempt unlawful illegal participating participation extremism violation violations refus
    entrave ingérence usurpation soustraction falsification contrefaçon spéculation contrebande braconnage
    voies menaces propagation sabotage vente achat importation exportation exercice mise résistance non-assistance
    fraudes faux-monnayage piratage cybercriminalité intelligence collusion complots sécession
    forgery uttering obtaining impersonation perjury burglary harassment stalking smuggling contravening larceny housebreaking shopbreaking opposition
    causing using misappropriation money wilfully willfully dealing handling possessing unlawfully
    inciting defilement manslaughter espionage abuse stealing transfert fausse fausses déclaration délit
    adhésion membership defrauding divulgation excitation défaut occupation gangstérisme recyclage
    criminal aggravated armed sexual indecent dangerous grievous culpable reckless careless fraudulent economic
    false forcible breach malicious premeditated instigation publishing capital libel slander human
    contrainte lésions discrédit empiétement attentat racketeering partaking convening failing cheating receiving unauthorised unauthorized
    constitution accès conduite dilapidation production dénonciation désobéissance organisation actes acte
    enrôlement recrutement calomnie calomnies négligence
    cambriolage cambriolages consommation méfait méfaits émeute émeutes appartenance révolution utilisation
    traitements manquement manquements rassemblement rassemblements first-degree second-degree third-degree
    conduct disorderly
    brigandage extermination common nuisance threat drug public arrestation arrestations intimidation intimidations
    conspiration immigration introduction transport transports groupement blocage blocages dégradation dégradations
    commerce rioting riot riots looting vandalism trespass trespassing loitering affray hijacking poaching
    cultism incest sodomy buggery blackmail contempt perverting wounding endangering hooliganism desecration
    cyberbullying disturbance subversion subversive gestion cultivating cultivation felony failure willful
    wilful parricide infanticide matricide tax racial discrimination non-respect disobedience
    misbehaviour misbehavior misconduct neglect orpaillage battery""".split()
)

# Verbs of a deed told in the narrative, never the word a charge sheet names an offence by: "accused of
# beating him", "charged with trying to kill", "for torching the house" (the offence is assault, attempted
# murder, arson: the writer names it, or the text does elsewhere).
NARRATED_DEEDS: frozenset[str] = frozenset(
    """trying beating leaving lying stabbing attacking acting torching shooting putting joining setting
    plotting pulling burning pleading spending punching refusing planning blocking bringing ignoring
    pocketing hearing telling relating cutting""".split()
)

# Offences that name nothing without their object: in "destruction et pillage des biens d'autrui" or
# "faux et usage de faux" the complement belongs to both, so the pair stays one charge.
CHARGE_HEADS_NEEDING_OBJECT: frozenset[str] = frozenset(
    """destruction dégradation dégradations port détention détournement vente achat importation exportation
    trafic usage faux possession fabrication diffusion publication falsification soustraction
    manufacture sale introduction transport transports commerce aiding""".split()
)

# Words that end a charge list: the clause moves on to something else.
CHARGE_STOPS: tuple[str, ...] = (
    r"\s+devant\b",
    r"\s+depuis\b",
    r"\s+lors\b",
    r"\s+alors\b",
    r"\s+mais\b",
    # French "car" (because) ends the list; English "the car", "a Garda car" is the offence's object
    # (the lookbehinds after the word: tried only where "car" stands, not at every character)
    r"\s+car\b(?<!\bthe car)(?<!\ba car)(?<!\bhis car)(?<!\bher car)(?<!\btheir car)(?<!\bpatrol car)"
    r"(?<!\bpolice car)(?<!\bGarda car)(?<!\bprivate car)(?<!\bstolen car)",
    r"\s+avant\b",
    r"\s+après\b",
    r"\s+qui\b",
    # "c'est pour détournement que ces accusés sont jugés": the clause after the cleft's "que" (not the list's
    # "ainsi que", nor "plus que", "tel que")
    r"(?<!ainsi)(?<!même)(?<!plus)(?<!moins)(?<!autre)(?<!tel)(?<!telle)(?<!tels)(?<!telles)\s+que\s+"
    r"(?=(?:le|la|les|l['’]|ces|ce|cette|son|sa|ses|leur|leurs|il|elle|ils|elles|on)\b)",
    r"\s+dont\b",
    # "la plainte pour diffamation introduite par M. X": who filed the complaint
    r"\s+(?:introduite?s?|déposée?s?|portée?s?|formée?s?) par\b",
    # "a retenu l'assassinat et lui a infligé quinze ans": a new verb with its object pronoun
    r"\s+et (?:lui|leur|les|l['’]|la|le) ?(?:a|ont|avait|avaient|est|sont|fut)\b",
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
    # "sont reconnus coupables de vols et d'abattage d'arbres les prévenus suivants :": the inverted subject
    r"\s+(?:les|ces) (?:prévenus|accusés|inculpés|détenus|mis en cause)\b",
    r"\s+sera\b",
    r"\s+seront\b",
    # "risque dix ans" is the penalty; "trafic de drogue à (haut) risque" is the offence itself
    r"(?<!\bà)(?<!\bhaut)\s+risque",
    r"\s+encour",
    r"\s+in connection\b",
    r"\s+before\b",
    r"\s+after\b",
    r"\s+when\b",
    r"\s+during\b",
    # (not "driving while disqualified", "operating a vehicle while intoxicated": the offence's own words)
    r"\s+while\b(?! (?:disqualified|intoxicated|impaired|suspended|banned|uninsured|drunk|under the influence)\b)",
    # "convicted of breach of the peace by the Kitwe Magistrate's Court": the court that convicted
    r"\s+by (?:the |a )?(?:[\w'’-]+ ){0,4}?(?i:court|magistrate|judge|tribunal|jury)\b",
    r"\s+which\b",
    # "a firearms offense that brings at least five years": the penalty is not the offence's name
    r"\s+that (?:carries|carry|carried|brings|bring|brought|attracts|attract|attracted)\b",
    # "A, B and C among other offences": the hedge closes the list
    r",?\s+among (?:other|others)\b",
    r"\s+who\b",
    r"(?<! le)\s+but\b",  # not French "dans le but de"
    r"\s+at the\b",
    r"\s+and (?:was|were|has|have|is|are)\b",
    # "found guilty of theft by servant and jailed them", "convicted of treason and remanded": the court's next
    # act, its verb after "and"
    r"\s+and (?:sentenced|remanded|jailed|handed|fined|ordered|cleared|warned|granted|denied|released|held|kept|"
    r"detained|placed|locked|took|"
    r"convicted|acquitted|discharged|adjourned)\b",
    # "charged with trespass on a private residence at Leeson Street Lower": the place ends the offence
    r"\s+at (?=[A-Z0-9])",
    # "criminal misappropriation of funds running into millions"
    r"\s+(?:running|amounting|totalling|totaling) (?:into|to)\b",
    # "ont retenu le meurtre et écarté l'assassinat": the next verb ends the first offence
    r"\s+et\s+(?:a\s+|ont\s+)?(?:écarté|rejeté|abandonné|retenu)\b",
    # "Three men charged with armed robbery appeared on Monday": the verb of the sentence ends the charge
    r"\s+(?:appeared|appears|pleaded|were|was|have|has|had|will|would|remain|remained|stood)\b",
    # "Charged with theft by servant are the ex-employees: …": the charge comes first, its accused after
    r"\s+(?:are|is|were|was|sont|est) (?:the|les|la|le)\b",
    # "accused of riot, also faces counts of aiding …": a second verb of charging opens its own list
    r",?\s+(?:also )?(?:faces|faced)\s+(?:\w+\s+)?(?:counts?|charges?)\b",
    r"\s+for which\b",
    # "eight counts of stock theft she faces in the Mutare court": a relative clause without its "that"
    r"\s+(?:he|she|they)\s+(?=\w)",
    r"\s+over (?:articles|posts|comments)",
    r",\s*(?:il|elle|ils|elles|selon|a|ont|le|la|les|l'|they|he|she)\b",
    r"\s+en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d)",
    r"\s+in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d)",
    # "admitted manslaughter on Aug. 27", "on top of the murder charge": a day abridged, or what comes besides
    r"\s+(?:on|in) (?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b",
    r"\s+(?:on top of|in addition to)\b",
    # "pleaded guilty to murder Friday": the day, bare, as American papers write it
    r"\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    r"\s+le (?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"\s+on (?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)",
    r"\s*[(\[]",
    r"\s+(?:--|[–—-]\s)",
    # "du meurtre de X, crime pour lequel il était détenu": the offence summed up again, in apposition
    r",\s*(?:crimes?|délits?|faits|offen[cs]es?) (?:pour lequel|pour lesquels|dont|qui|that|for which)\b",
    r"\s*:\s",
    r"\s*»",
    r"\s*;",
    r"\s+sur la personne\b",
    r"\s+par (?:le|la|les) (?:tribunal|cour|chambre|juges?|juridiction)",
    r"\s+by (?:the|a) (?:[\w'’-]+ ){0,3}?(?:court|judge|magistrate|jury)",
    # "pleaded guilty to Robbery and Aggravated murder in Deschutes County Court this morning": where and when
    # the plea was made, not the offence (nor "a bias offense in Monday's fatal shooting": the event charged)
    # (a court's own name, capitalised: not "rescuing persons in custody and disturbance of court")
    r"\s+in (?:the |a )?(?:(?-i:[A-Z])[\w'’-]* ){1,4}(?-i:Court|Tribunal)\b",
    r"\s+this (?:morning|afternoon|evening|week)\b",
    r"\s+in (?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b",
    r"\s+(?:renvoyée?s?|reportée?s?|ajournée?s?|adjourned|postponed)\b",
    r",?\s+(?:survenue?s?|commise?s?|perpétrée?s?|intervenue?s?)\b",
    r"\s+contre (?:[A-Z]|son |sa |ses |leur )",
)
