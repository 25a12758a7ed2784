"""Rulings: the cues of each kind of decision, and what marks a request or the bench as subject."""

from __future__ import annotations

# "remanded" is no order after these words: "the remanded accused", "eight remanded protestors"
_AFTER_NO_DETERMINER = r"(?<!\d )" + "".join(
    rf"(?<!\b{word} )"
    for word in "the these those other all of two three four five six seven eight nine ten several many".split()
)

# "The matter was remanded to June 19": of a case, "remanded" puts it off
_AFTER_A_CASE_NOUN = "".join(
    rf"(?<!\b{noun} {aux} )" for noun in ("matter", "case") for aux in ("was", "is", "has been", "had been")
)

# A ruling cue's kind, the pattern (case-insensitive), and whether it carries the next date.
RULING_CUES: tuple[tuple[str, str], ...] = (
    (
        "adjourned",
        r"\b(?:matter|case) (?:was|is|has been|had been) (?:further )?remanded (?:to|until|till)\b|"
        # "remanded the case to 29 August for routine remand": the court puts the case off
        r"\bremanded the (?:case|matter) (?:to|until|till)\b",
    ),
    (
        "adjourned",
        # "Son dossier a pourtant, une fois de plus, été renvoyé": an adverb or an incise inside the verb
        # "les débats avaient été repoussés": a renvoi told in the pluperfect is one all the same
        # "le procès a été appelé puis reporté": called, then put off
        r"\b(?:a|ont|avait|avaient)(?: \w+)?(?: nouveau| fois de plus)?(?:, [^,.;]{1,30},)? été (?:à nouveau |encore |de nouveau |une nouvelle fois )?"
        r"(?:appelée?s? (?:puis|et|avant d['’]être) )?"
        # not "a été renvoyé devant la chambre de jugement": a referral (read below), not a later day
        r"(?:renvoyée?s?|reportée?s?|repoussée?s?|ajournée?s?|remise?s? (?:au|à))\b(?! à (?:\w+ )?reprises)(?! devant\b)",
    ),
    # "l'ordonnance par laquelle il a été renvoyé devant la chambre de jugement": the case sent for trial
    (
        "other",
        r"\b(?:a|ont|avait|avaient)(?: \w+)? été renvoyée?s? devant (?:la |le |les |l['’])(?:\w+ ){0,2}?"
        r"(?:chambre|cour|tribunal|juridiction)",
    ),
    (
        "adjourned",
        # not "renvoyé devant le juge pour être jugé": a referral to a court, not a later day
        r"\b(?:renvoyée?s?|reportée?s?|repoussée?s?|ajournée?s?|renvoie|renvoient|reporte|reportent|ajourne|ajournent) (?![^.;]{0,40}mieux se pourvoir)(?!devant\b)(?:[\w'’]+ ){0,4}?(?:au|aux|à(?! (?:\w+ )?reprises)|jusqu'au|pour le|le|sine die|à une date)\b",
    ),
    (
        "adjourned",
        r"\b(?:a|ont|avait|avaient) (?:\w+ ){0,2}(?:renvoyé|reporté|ajourné|repoussé) (?:l'affaire|le dossier|le procès|l'audience|les débats|la suite|l'examen|le jugement|l'affaire)",
    ),
    (
        "adjourned",
        # "la juge X a remis le dossier au 9 juin": Québec's word for putting a case off to a day
        r"\b(?:a|ont|avait|avaient) (?:\w+ ){0,2}remis (?:l['’]affaire|le dossier|la cause|le procès|l['’]audience) "
        r"(?:au|à)\b",
    ),
    (
        "adjourned",
        # ("Renvoi de l'audience au 29 décembre 2021.": the renvoi told without a verb)
        r"\brenvoi (?:de l'affaire |du dossier |du procès |de l['’]audience |des débats |de la cause )?(?:au|à|jusqu'au)\b|"
        # "Sur le siège, il a tranché en faveur du renvoi": the court decided for the renvoi asked of it
        # ("La cour a donc dû se résoudre au renvoi": brought to it, but the court's decision all the same)
        r"\b(?:tranché|statué|opté|penché)e? (?:en faveur d[ue]|pour) (?:un |le )?(?:renvoi|report)\b|"
        r"\bse résoudre (?:à un|au) (?:renvoi|report)\b|"
        # "Rendez-vous est pris pour le 4 avril 2022": the court has set the day the case comes back
        r"\brendez-vous (?:est |a été )?(?:pris|donné|fixé) (?:pour|au)\b|"
        # "Leur comparution immédiate, programmée le 31 mars, avait fait l'objet d'un renvoi": the hearing put off
        # (not "2 cas ont fait l'objet d'un renvoi": a session's tally of cases, in the plural)
        r"\b(?:a|avait) (?:déjà |encore )?fait l['’]objet d['’]un (?:nouveau |second |deuxième |autre )?"
        r"(?:renvoi|report|ajournement)\b|"
        # "Renvoi a été fait au 14 janvier 2016"
        r"\b(?:renvoi|report) (?:a été |est |avait été )?(?:fait|prononcé|ordonné|décidé|accordé) (?:au|à|jusqu'au)\b|\b(?:obtenu|accordé|ordonné|prononcé|décidé) (?:un |le |son |leur |d['’]un )?(?:\w+ )?(?:renvoi|report|ajournement)\b|\b(?:suspendue?s?|interrompue?s?)\b[^.;]{0,30}\breprendr\w+",
    ),
    # "fixer la suite de leur procès au 21 juin", "set the matter down for August 27", "moved the case to",
    # "must wait until 10th January 2019: the court pushed their matter to that date"
    (
        "adjourned",
        # "Il a ensuite fixé au 24 juillet prochain l'ouverture de l'audition des témoins", "a fixé la prochaine
        # audience au 3 mars": the day the case comes back (a day and its month: "caution fixée à 500 000" is none;
        # nor "Son jugement a été fixé au 12 mars", "son procès, fixé au 6 août": a trial's day set before)
        r"(?:\b(?:a|ont|avait|avaient)(?: (?!été\b)[\w'’]+){0,2} fixé|\b(?:fixe|fixent))\b (?:la (?:prochaine |nouvelle )?(?:audience|date|reprise)\b[^.;]{0,40}? )?(?:au|à)"
        r" (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:\d{1,2}|1er) (?:janvier|février|mars|"
        r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|"
        r"\b(?:fixé|fixer|fixe|fixent|renvoyé|renvoyer) la suite (?:de (?:leur|son|sa|du|de la|l['’])\s*\w+ )?(?:au|à)\b|\bset (?:the (?:matter|case|trial) )?down for\b|(?<!ruling )(?<!judgment )(?<!verdict )(?<!decision )\b(?:moved|pushed) (?:(?:the|their|his|her|its) (?:matter|case|trial) )?to\b(?= [A-Z0-9]| that date\b)",
    ),
    # "set Tuesday, December 10, 2024 as the next date"; "Further hearing in the case was fixed for October 3"
    (
        "adjourned",
        r"\b(?:set|fixed|chose|picked) (?:[\w,'’]+ ){1,6}?as (?:the )?(?:(?:next|new) (?:hearing |trial |court |return )?|"
        # "fixed September 4 as the hearing date for the incitement charge"
        r"(?:hearing|trial|plea|mention|sentencing|judgment|judgement|ruling) )date\b|"
        # "A CMC was set for October 20": a case management conference, a mention, a plea …
        r"\b(?:further hearing|next hearing|further mention|continuation of (?:the )?(?:trial|hearing)|the (?:case|matter)|"
        r"(?-i:CMC)|case management conference|pre-?trial conference|(?:the )?(?:plea|mention|sentencing|bail hearing))\b"
        r"(?: [\w'’]+){0,3}? (?:was|were|has been) (?:further )?(?:fixed|set|slated|scheduled) for\b|"
        # "ordered that they be kept in custody and fixed March 7 for mention"; "fixed Sept. 29 for mention" (a
        # month's abbreviation), "fixed 12 November 2024 for proper arraignment and trial"
        # ("She fixed June 25 for the next hearing", "fixed June 7 for commencement of hearing in the case")
        r"\b(?:fixed|set) (?:[\w,.'’]+ ){1,5}?for (?:the )?(?:further |next |continuation of (?:the )?|proper |"
        r"commencement of (?:the )?)?"
        r"(?:mention|hearing|trial|plea|sentencing|arraignment)\b",
    ),
    # "The case comes up again for mention on March 14": the court has set the day the case comes back
    (
        "adjourned",
        r"\b(?:case|matter|trial)\b(?: [\w'’]+){0,3}? (?:comes|will come|is to come|is due to come|was set to come) "
        r"up again (?:for|on)\b",
    ),
    # "The matter will come up for mention on November 22, the magistrate ruled": the day the bench set
    (
        "adjourned",
        r"\b(?:will|is to|shall) (?:come up|be mentioned|be heard|resume|continue)\b[^.;]{0,60}?,\s*(?:the )?"
        r"(?:(?:chief|senior|principal|resident|trial|presiding) )?(?:magistrate|judge|court|justice|bench)"
        r"(?: [\w'’.-]+){0,3}? (?:ruled|ordered|directed)\b",
    ),
    # "l'examen du dossier reprendra le 7 juillet": the court has set the day the case comes back
    (
        "adjourned",
        r"\b(?:l['’]examen|le procès|l['’]audience|les débats|l['’]affaire|le dossier)\b(?: [\w'’]+){0,3}? "
        r"reprendr(?:a|ont) (?:le|au)\b",
    ),
    # "remis sine die", "s'est vu obligé de remettre sine die l'audience"
    (
        "adjourned",
        r"\b(?:remise?s?|remettre|remet|remettent|reporter|reportée?s?|renvoyer|ajourner) (?:[\w'’]+ ){0,3}?sine die\b|\bsine die\b",
    ),
    # "finit par renvoyer l'audience à quinzaine", "n'a eu d'autre choix que de renvoyer l'affaire au 26 juin"
    (
        "adjourned",
        r"\b(?:renvoyer|reporter|ajourner|repousser) (?:l['’]audience|l['’]affaire|le dossier|le procès|la cause|les débats|le jugement|l['’]examen)\b[^.;]{0,30}?\b(?:au|à|jusqu['’]au|sine die)\b",
    ),
    # "Another adjournment: that was all they got on Wednesday", "un énième renvoi"
    (
        "adjourned",
        r"\b(?:another|a further|a fresh|yet another|a last|a final|one last|un nouvel?|nouvel?|(?:un )?nouveau|énième|un autre|un dernier) (?:adjournment|postponement|renvoi|report|ajournement)\b|"
        # "The defence did not oppose the adjournment", "the court granted the adjournment"
        r"\b(?:did not oppose|granted|allowed|agreed to|acceded to) (?:the|an|a short) (?:adjournment|postponement)\b",
    ),
    # "a décidé de renvoyer le procès au 9 novembre": the decision is the renvoi
    (
        "adjourned",
        # "a décidé, le jeudi 8 décembre dernier, de renvoyer à sa prochaine session le procès": a day between
        r"\b(?:décidé|décide|décidait|ordonné|ordonne|choisi|accepté|acceptait|consenti)(?:, [^,.;]{1,50},)? "
        r"(?:de |d'|d’)(?:renvoyer|reporter|ajourner|repousser)\b|"
        # "Les débats sont suspendus jusqu'à nouvel avis"
        r"\bsuspendue?s? jusqu['’]à nouvel (?:avis|ordre)\b|\b(?:decided|agreed|opted|chose) to (?:adjourn|postpone|defer|put off)\b",
    ),
    (
        "adjourned",
        r"\bput (?:the (?:case|matter|trial|hearing) )?off (?:to|until|till)\b|\bput (?:the (?:case|matter|trial|hearing|arraignment) )off\b|\b(?:adjourn(?:ed|s|ing)?|postpon(?:ed|ing)|deferred|stood down|stands? down (?:to|until|till)|pushed back|put off|rescheduled)\b|"
        # "The trial will now commence on April 20": "now" tells a new day, set as the old one fell through
        r"\b(?:trial|case|matter|hearing) (?:will|shall) now (?:commence|start|begin|resume|continue|proceed|open|be heard)\b",
    ),
    (
        "deliberation_reserved",
        r"\bmise? en délibéré\b|\bmis(?:e|es)? en délibéré\b|\b(?:mis|pris|met|mettra)\w* (?:[\w'’]+ ){0,3}en délibéré\b|\bdélibéré (?:(?:est |a été )?(?:fixé|prévu|attendu|renvoyé) )?(?:au|pour le|le)\b|\ben délibéré (?:au|jusqu'au|pour le)\b",
    ),
    (
        "deliberation_reserved",
        r"\b(?:renvoy\w*|fixé|reporté)\b[^.;]{0,40}?\ble prononcé (?:de (?:sa|la|leur|son) (?:décision|verdict|jugement|arrêt))?|"
        r"\brenvoy\w* (?:sa|la|leur|son) (?:décision|verdict|jugement)\b|"
        r"\b(?:fera|ferait|feront) connaître (?:\w+ ){0,3}(?:sa|son|leur) (?:décision|verdict|jugement|réponse)\b|\b(?:décision|verdict|jugement|arrêt) (?:est |sera )?attendue? (?:le|au|pour le|dans)\b|\b(?:décision|verdict|jugement|arrêt) (?:sera|devrait être|doit être|devra être) (?:rendue?|prononcée?) (?:le|au|pour le|dans)\b|\brendra (?:sa|son) (?:décision|verdict|jugement|arrêt)\b|"
        r"\b(?:verdict|judgment|judgement|ruling|decision) (?:is |was )?(?:expected|due) (?:on|in)\b|"
        # "Verdict le 30 août pour …", "…; décision le 6 septembre": the noun opening its clause, with no verb,
        # announces the day (not "a rendu sa décision le 3 mars")
        r"(?:^|(?<=[;:] ))(?:verdict|décision|jugement|arrêt) (?:le|au) (?:\d|1er|premier)|"
        r"\breserved (?:its |his |her )?(?:judgment|judgement|ruling|verdict|decision|order)s?\b|\b(?:judgment|judgement|ruling|verdict|order) (?:was |has been |is )?reserved\b|"
        # "bond ruling pushed to Monday": the decision itself is put off
        r"\b(?:ruling|judgment|judgement|verdict|decision)s? (?:was |were |has been )?(?:pushed|deferred|put off|moved) (?:back )?(?:to|until)\b|"
        # "Magistrate X deferred his decision by a day", "reporte sa décision à mardi"
        r"\b(?:deferred|postponed|put off|reserved) (?:his|her|its|the court['’]s|the|their) (?:decision|ruling|judgment|"
        r"judgement|verdict)\b",
    ),
    (
        "bail_denied",
        r"\b(?:rejeté|rejette|rejetée?|rejetant|refusé|refuse|refusée?|refusant|débouté|rejet)\b[^.;]{0,60}?\b(?:(?:mise|remise) en liberté|liberté provisoire|demandes? de (?:mise en )?libération|libération conditionnelle)|"
        # "La chambre a refusé de le libérer"
        r"\b(?:a|ont) refusé de (?:le |la |les |l['’])?(?:libérer|relâcher|remettre en liberté)\b",
    ),
    (
        "bail_denied",
        r"\b(?:(?:mise|remise) en liberté|liberté provisoire)[^.;]{0,160}?\b(?:a été |ont été )?(?:rejetée?s?|refusée?s?)",
    ),
    (
        "bail_denied",
        r"\bmaintenue?s? en détention\b|\bmaintien (?:en|de la) détention\b|"
        # "La juridiction a décidé de le maintenir en détention", "a confirmé la détention préventive de X"
        r"\b(?:décidé|décide|ordonné|ordonne) de (?:le |la |les )?maintenir en détention\b|"
        r"\b(?:a|ont) confirmé (?:la|sa|leur) détention (?:préventive|provisoire)\b|"
        r"\bdétention (?:provisoire |préventive )?(?:a|ont) été (?:maintenue|prolongée)s?\b|"
        r"\bmesures? de détention[^.;]{0,30}?(?:a|ont) été (?:maintenue|prolongée)s?\b",
    ),
    ("bail_denied", r"\brefus(?:ed|ing) (?:his|her|their|the) (?:bail )?applications?\b"),
    # "lost his bid for bail in the NSW Supreme Court on Friday", "lost their bail application"
    (
        "bail_denied",
        r"\b(?:lost|loses|lose|losing|failed in) (?:his|her|their|a|the) (?:bid|application|appeal|request) "
        r"(?:for|to be granted) (?:bail|bond)\b|\b(?:lost|loses|lose|losing|failed in) (?:his|her|their|a|the) "
        r"(?:bail|bond) (?:bid|application|appeal|request)\b",
    ),
    # "Kisutu Court strikes out bail application by TFF officials"; "The bail application filed by X and two
    # others has been struck out": struck out, the application frees no one
    (
        "bail_denied",
        r"\b(?:struck|strikes?|striking) out (?:the |his |her |their |a )?(?:bail|bond) (?:application|request|bid|"
        r"motion)s?\b|\bbail (?:bid|application|request|motion)s? (?:[^.;]{0,80}? )?(?:has|have|had|was|were) "
        r"(?:been )?struck out\b",
    ),
    # "rejected his request to have his bail status reviewed"
    (
        "bail_denied",
        # ("the Magistrates' Court on Tuesday rejected his bid to be released": the release asked for)
        r"\b(?:rejected|dismissed|refused|turned down|threw out) (?:his|her|their|the) (?:request|application|bid|"
        r"plea|motion)s? (?:[\w'’-]+ ){0,6}?(?:bail|bond|be released|be freed|release)\b",
    ),
    # "his bail bid has failed", "Their bail application was refused": the bid named by its bail first
    (
        "bail_denied",
        r"\bbail (?:bid|application|request|plea|appeal)s? (?:has |have |had )?(?:failed|"
        r"(?:was |were |has been |have been |had been )(?:denied|refused|rejected|dismissed|turned down|declined))\b",
    ),
    # "Their earlier oral application for bail had been turned down"
    (
        "bail_denied",
        r"\b(?:applications?|requests?|pleas?|motions?) for bail (?:was |were |has been |had been )?"
        r"(?:denied|refused|rejected|dismissed|turned down)\b",
    ),
    # "le tribunal décide qu'il restera en détention provisoire jusqu'à ce qu'un psychiatre l'examine"
    (
        "bail_denied",
        r"\b(?:décide|décidé|ordonne|ordonné|dit) (?:qu['’](?:il|elle|ils|elles) |que (?:\w+ ){1,3}?)"
        r"(?:restera|resteront|demeurera|demeureront|sera maintenue?|seront maintenue?s) en détention\b",
    ),
    # "aucune liberté provisoire ne leur sera accordée", "pas de liberté provisoire pour X": release refused
    ("bail_denied", r"\b(?:aucune|pas de) (?:mise en )?liberté provisoire\b"),
    # "he therefore did not qualify for bail"
    (
        "bail_denied",
        r"\b(?:did|does|do) not qualify for bail\b|\bnot (?:entitled|eligible) (?:to|for) bail\b",
    ),
    # "elle a rejeté la demande": a bail ruling only where the paragraph speaks of release
    (
        "bail_denied",
        r"\b(?:rejeté|rejette|refusé|refuse|écarté|écarte)e?s? (?:toutes |tous )?(?:la|sa|leur|leurs|ses|cette|les|ces) (?:nouvelles? )?(?:demandes?|requêtes?)\b|\bdit non à (?:la|sa|leur|cette|ces|les) (?:nouvelle )?demandes?\b|"
        r"\b(?:toutes )?(?:leurs |ses |sa |la |les )?(?:requêtes?|demandes?) (?:a|ont) été (?:rejetée?s?|refusée?s?)|"
        # "Le 14 juin 2022, le doyen des juges d'instruction l'a rejetée": the request just told
        r"\bl['’](?:a|ont|avait|avaient) (?:\w+ )?(?:rejetée?|refusée?)\b|"
        # "When the application was called on Tuesday, the Kumasi High Court turned it down"
        r"\bturned (?:it|them) down\b|\b(?:rejected|refused) (?:it|them)\b|"
        # "… asked that he be granted bail. The additional magistrate refused, observing that …"
        r"\b(?:magistrate|judge|court|bench) (?:\w+ )?(?:refused|declined)(?=\s*[,.;])",
    ),
    (
        "bail_denied",
        # American courts set a "bond": "judge denies bond", "bond is denied"
        r"\b(?:denied|denies|refused|refuses|rejected|dismissed|turned down) (?:\w+ ){0,3}?(?:bail|bond)\b|"
        # "turned down the request to free Cosmas X on bond"
        r"\b(?:denied|refused|rejected|dismissed|turned down) (?:the |a |his |her |their )?"
        r"(?:requests?|applications?|bids?|pleas?|motions?) to (?:free|release) (?:[\w'’-]+ ){0,4}?on (?:bail|bond)\b|"
        r"\b(?:bail|bond) (?:application |applications |request )?(?:was |were |has been |is )?"
        r"(?:denied|refused|rejected|dismissed)\b",
    ),
    (
        "bail_granted",
        r"\b(?:accordé|accorde|octroyé|obtenu|bénéficié)\b[^.;]{0,40}?\b(?:liberté provisoire|mise en liberté)|\b(?:a|ont|avait|avaient) été (?:re)?(?:mise?s?|placée?s?) en liberté\b|\b(?:re)?mis en liberté provisoire\b|\bliberté provisoire (?:a été |leur a été |lui a été )?(?:accordée|octroyée)|\bplacée?s? sous contrôle judiciaire\b|"
        # "ont décidé de rendre d'office leur liberté aux six opposants", "a eu droit à une liberté provisoire"
        r"(?<!pas )(?<!jamais )\b(?:rendu|rendre|rend|rendent) (?:d['’]office )?(?:la|leur|sa) liberté\b|\beu droit à (?:une |la )?liberté provisoire\b|"
        # ("avait recouvré la liberté sous contrôle judiciaire le 3 août 2017": freed under the court's watch)
        r"\b(?:recouvré|retrouvé) (?:la|sa|leur) liberté (?:provisoire|sous contrôle judiciaire)\b|"
        # "a obtenu sa libération sous conditions", "remis en liberté sous conditions"
        r"\b(?:obtenu|accordé|octroyé) (?:\w+ ){0,2}?(?:sa |leur |la |une )?libération (?:sous conditions?|provisoire|sous caution)\b|"
        r"\b(?:re)?mise?s? en liberté sous (?:conditions?|caution)\b|"
        # "ont été relâchés vendredi contre caution", "sortis sous caution"
        r"\b(?:relâchée?s?|libérée?s?|sortie?s?|élargie?s?) (?:\w+ ){0,2}?(?:contre|sous) (?:une )?caution\b|"
        # "les six prévenus sont désormais sous contrôle judiciaire"
        # ("les deux autres restent libres, sous contrôle judiciaire"; "Renvoi au 19 juin, et d'ici là contrôle
        # judiciaire": the supervision until the trial)
        r"\b(?:sont|est|restent|reste|demeurent|demeure) (?:\w+,? )?sous contrôle judiciaire\b|"
        r"\bd['’]ici là,? (?:sous )?contrôle judiciaire\b",
    ),
    (
        "bail_granted",
        r"\b(?:bail|bond) (?:was |were |has been |had been )?(?:set|fixed)\b|"
        # "Bail of GH¢6,000 each, with one surety to be justified: that was the ruling": the sum names the bail set
        # (not "He is on bail of D400,000": the state the accused is in, granted before)
        r"(?<!\bon )\b(?:bail|bond) of (?:[^\s\d]{0,5}\s?)?\d|"
        # "Bail for James Hess was set Wednesday at $500,000": the one bailed between the noun and its verb
        r"\b(?:bail|bond) for (?:[\w'’.-]+ ){1,4}?(?:was|were|has been|had been) (?:set|fixed|granted)\b|\b(?:granted|admitted to|released on|freed on) (?:[^\s]+ ){0,3}?(?:bail|bond)\b|\bgranted (?:[\w'’-]+ ){1,3}\(\d{1,2}\)(?:,? and (?:[\w'’-]+ ){1,3}\(\d{1,2}\))? (?:bail|bond)\b|\bextended (?:\w+ ){0,2}?bail\b|\bbail (?:was |were |has been )?extended\b|\bset bail at\b|\bbail (?:was |has been )?granted\b|\bcash bail\b|"
        # "let A and party spokesperson B out on bail", "freed him and three others on Ksh 1M bail"
        # ("a Malindi court on July 24, 2023 allowed them out on free bond")
        r"\b(?:let|freed|released|allowed) (?:[\w'’]+ ){1,8}?(?:out )?on (?:[\w'’,.]+ ){0,4}?(?:bail|bond)\b|"
        # a headline's "Fraud couple gets bail" (not "had got bail", "secured bail" long before)
        r"\b(?:gets|secures) (?:\w+ )?bail\b|"
        # "Eight vendors … walked out on bail on Tuesday", "walked free on bail"
        r"\bwalk(?:ed|s)? (?:out|free)(?: of (?:court|custody|prison))? on (?:[\w'’,.]+ ){0,3}?(?:bail|bond)\b|"
        # "ordered release with immediate effect, each on a Ksh 10,000 personal bond"
        r"\bordered (?:\w+ ){0,2}?release\b[^.;]{0,50}?\bon (?:[\w'’,.]+ ){0,4}?(?:bail|bond)\b|"
        r"\bremanded (?:[\w'’.]+ ){0,3}?on (?:[\w'’,.]+ ){0,3}?bail\b|"
        # "was on Friday remanded out of custody to May 27": remanded free, on bail
        r"\bremanded (?:[\w'’.]+ ){0,3}?out of custody\b|"
        # "the magistrate admitted Mr X to $50 bail": the accused between the verb and its bail
        r"\badmitted (?:[\w'’.-]+ ){1,4}?to (?:[^\s]+ ){0,3}?(?:bail|bond)\b|"
        # "Magistrate X allowed bail of RM3,500 with one surety", "allowed him bail"
        r"\ballow(?:ed|s)? (?:him |her |them |the (?:accused|defendants?) )?(?:bail|bond)\b",
    ),
    (
        "detention_ordered",
        # (not "placé en détention provisoire depuis décembre dernier": a state since then, not a decision)
        # "a été conduit tout droit en détention sitôt la décision rendue": taken away to prison from the bench
        r"\b(?:a|ont) été (?:re)?(?:conduite?s?|emmenée?s?|conduits|emmenés) (?:\w+ ){0,2}?(?:en détention|en prison)\b|"
        # ("se sont vu décerner des mandats de dépôt": the infinitive after "se voir", the warrants many)
        r"\bmandats? de dépôt\b[^.;]{0,30}?\b(?:décerné|délivré|confirmé|maintenu)|\b(?:décerné|décerner|délivré|délivrer|confirmé|maintenu|placée?s?|mise?s?) (?:\w+ ){0,3}?(?:sous )?mandats? de dépôt\b(?! depuis)|\bplacée?s? en détention(?: provisoire| préventive)?\b(?! (?:provisoire |préventive )?depuis)|\bécrouée?s?\b(?! depuis)",
    ),
    (
        "detention_ordered",
        # not "hundreds of people held on remand", "have been in custody on remand since": the state they are
        # in, not an order
        # (not "remains held without bail", "the year he had already spent on remand": a state, not an order)
        r"(?<!remains )(?<!remained )\bheld without bail\b|(?<!\bheld )(?<!already )(?<!\bspent )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bcustody )\bon remand\b(?! (?:ever )?since\b)|\bsent (?:\w+ ){0,3}?(?:to|on|into) remand\b|\b(?:was|were) sent back (?:in)?to (?:police )?custody\b|\b(?:will |to |would )?(?:stay|remain) (?:in )?(?:detention|custody|remand|behind bars|in jail)\b|\b(?:ordered|order) (?:\w+ ){0,2}held (?:without bail|in custody)\b|\bremand(?:ed|ing) (?:\w+ ){0,4}in(?:to)? (?:prison |police )?custody\b|\bordered (?:\w+ ){0,3}?(?:detained|held in custody)\b|"
        # not "the bail application of eight remanded protestors": after an article or a number, before its
        # noun, "remanded" tells the state they are in; "remanded Mr X on bail to Tuesday's sitting":
        # remanded free, on bail, is not detention
        + _AFTER_NO_DETERMINER
        # (not "The matter was remanded to June 19": a case is put off, not detained)
        + _AFTER_A_CASE_NOUN
        # ("remanded Chikore out of custody to November 7": on bail)
        # ("remanded him to October 21 on $50 000 bail": a day between, still free on bail; "where the military
        # court had remanded them": a remand told in the pluperfect is an earlier one)
        + r"(?<!\bhad )\bremanded\b(?! (?:[\w'’.]+ ){0,5}?on (?:[\w'’,.$]+ ){0,3}?bail\b)(?! (?:[\w'’.]+ ){0,3}?out of custody\b)"
        r"(?! the (?:case|matter)\b)|"
        # "Magistrate X ordered their remand", "ordered the remand of the three in prison custody"
        r"\bordered (?:(?:their|his|her|the) )?remand\b|"
        # India and Pakistan: "sent all eight to judicial custody till January 21", "granted the 3-day physical
        # remand"
        r"\bsent (?:\w+ ){0,3}?to (?:judicial|police) custody\b|"
        r"\b(?:granted|allowed|approved) (?:the |a )?(?:[\w-]+-day )?(?:physical|police|judicial) remand\b|"
        # "He goes back into custody on remand until he reappears on 7 May"
        r"\b(?:goes|go|went|going) back (?:in)?to (?:custody|prison|jail|remand|detention)\b|"
        # "his remand in custody was extended yesterday"
        r"\bremand (?:in custody |in prison )?(?:was |has been |had been )?extended\b|"
        # "Duminda X was today placed in remand custody"; "Further remand until January 06 has been ordered"
        r"\b(?:placed|put|kept|held) (?:\w+ ){0,2}?in remand(?: custody| prison)?\b|"
        r"\b(?:further )?remand (?:until|till|to) [^.;]{1,30}? (?:has been|was|had been|is) ordered\b|"
        # ("extended the accused's judicial remand until Dec 8")
        r"\bextended (?:[\w'’]+ ){0,3}?remand\b|"
        # "will spend at least two more weeks in custody after a hearing on Monday"
        r"\b(?:will |would |to )?spend (?:[\w-]+ ){0,4}?(?:weeks?|days?|months?|nights?) (?:in|behind) (?:custody|detention|jail|prison|bars)\b|"
        # "was returned to military detention", "sent them back to Kuje Prison", "keeps the trio in prison custody"
        r"\b(?:returned|sent (?:\w+ )?back) (?:\w+ ){0,3}?to (?:[\w'’]+ ){0,2}?(?:detention|custody|remand|prison|jail)\b|"
        # (not "no compelling reason to keep Mwenda in custody")
        r"(?<!reason to )(?<!reasons to )\bkeeps? (?:\w+ ){1,3}?in (?:prison |police )?(?:custody|detention|prison|jail)\b|"
        # "ordered that the four be kept in Ikoyi prison until the bail application is heard"
        # ("The court ordered that they be held in remand until December 5")
        r"\b(?:be|been) (?:kept|held|detained) (?:in|at|on) (?:[\w'’]+ ){0,2}?(?:prison|custody|jail|detention|"
        r"correctional|remand)\b|"
        # "ordered that the accused be kept behind bars until then"
        r"\b(?:be|been) (?:kept|held|detained) behind bars\b|"
        # "sent the trio to the Ikoyi Custodial Centre, where they remain", "were ordered held in the Makurdi
        # correctional centre", "kept them in judicial custody for another two weeks"
        # ("sent two farmers, Godwin X and Samson Y, to the Correctional Center": the names listed between)
        # ("was on Monday sent to a correctional centre by a Magistrates' Court": the passive)
        r"\bsent (?:[\w'’]+,? ){0,8}?(?:to|into) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:custodial|correctional) "
        r"(?:cent(?:re|er)|facility)\b|"
        # "seven members … sent to custody", "The seven who go into Police custody": remanded
        r"\b(?:sent|go|goes|went) (?:back )?(?:to|into) (?:police |prison |judicial )?custody\b|"
        r"\bordered (?:\w+ ){0,2}?held (?:in|at) (?:the )?(?:[\w'’-]+ ){0,3}?(?:custodial|correctional|prison|jail)\b|"
        r"\bkept (?:\w+ ){1,2}?in (?:judicial|police|prison) custody\b",
    ),
    (
        "convicted",
        # (after "écopé", an incise may stand before the term: "ont écopé pour cela, respectivement, d'un an")
        # ("quatre jeunes hommes condamnés ce lundi 25 janvier 2021": a headline's bare participle, its day next)
        r"\bcondamnée?s? (?=(?:ce |hier\b|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))|"
        r"\bpeines? (?:de [^.;]{0,40})?prononcée?s? (?:[^.;]{0,100}? )?contre\b|\b(?:a|ont|avait|avaient) condamné\b|\b(?:été|est|sont) condamnée?s?\b|\bprononcé\w* [^.;]{0,40}?\bpeines?\b|\bpeines? (?:de prison |d'emprisonnement )?allant de\b|\bcondamnée?s? (?:\w+ ){0,4}?(?:à|au|aux)\b|\b(?:reconnue?s?|déclarée?s?|jugée?s?) (?!non )coupables?\b|\breconnu\w* (?![^.;]{0,80}?\bnon coupables?)[^.;]{0,80}?\bcoupables?\b|\bécop(?:é|ent|e|ait|aient|èrent) (?:[\w'’]+,? ){0,4}?(?:de|d['’])|\b(?:se sont vue?s?|s['’]est vue?|se voi(?:t|ent)|se verr(?:a|ont)|(?:vien(?:t|nent)|venait|venaient) de se voir) (?:\w+ )?infliger\b|\b(?:a|ont) infligé\b[^.;]{0,120}?\bpeines?\b|"
        # "le tribunal a infligé un mois de prison ferme à un agent"
        # ("leur avaient infligé respectivement trente et treize ans de réclusion": two terms, one per accused)
        # ("a infligé à chacun d'eux un an d'emprisonnement", "a infligé la perpétuité à quatre généraux")
        r"\b(?:a|ont|avait|avaient) infligé (?:la |une )?(?:perpétuité|peine de mort|prison à vie)\b|"
        r"\b(?:a|ont|avait|avaient) infligé (?:[\w'’]+ ){0,3}?(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|"
        r"dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente) (?:et |à |ou )?){1,2}(?:ans?|mois|jours?|années?)\b|"
        r"\bla peine de\b|"
        # "Le tribunal a eu la main lourde ce mercredi : cinq ans de prison ferme": the idiom of a sentence
        r"\b(?:a|ont|avait|avaient) eu la main (?:lourde|légère|leste)\b|"
        # "le tribunal s'en est tenu à 6 ans de détention": the term it settled on, below what was asked
        r"\bs['’]en (?:est|sont|était|étaient) tenue?s? à (?:[\w'’]+ ){1,3}?(?:ans?|mois|années?)\b|"
        # "Côté condamnations, le juge a infligé :" then a term a line; "a prononcé les peines suivantes"
        r"\b(?:a|ont|avait|avaient) infligé\s*:|\b(?:a|ont|avait|avaient) (?:infligé|prononcé) les peines suivantes\b|"
        # "Dix ans de réclusion : c'est la peine qu'a infligée à X la cour criminelle"
        r"\bpeines? qu['’](?:a|ont|avait|avaient) infligée?s?\b|"
        # "telle est la peine infligée mardi 16 septembre à X par le tribunal"
        r"\bpeines? infligée?s? (?:[^.;]{0,120}? )?(?:à|aux?)\b|"
        # "Trois ans ferme. C'est la peine que la Cour criminelle d'Anosy a prononcée hier contre cinq des six"
        r"\bpeines? que (?:la |le |les )?[^.;]{1,60}? (?:a|ont) (?:prononcée?s?|infligée?s?)\b|"
        # "La peine a été prononcée dimanche", "une peine de 30 ans de prison ferme qui est tombée hier"
        r"\bpeines?\b[^.;]{0,60}?\b(?:a|ont) été prononcée?s?\b|\bpeines?\b[^.;]{0,60}?\b(?:est|sont) tombée?s?\b|"
        # "a annoncé sa condamnation par défaut : un an ferme", "a confirmé leur condamnation à dix ans": the
        # conviction as a noun, told with its penalty (not "a annulé la condamnation par défaut à six mois")
        r"(?<!annulé )(?<!annule )(?<!cassé )(?<!casse )(?<!infirmé )(?<!infirme )(?<!effacé )"
        r"\b(?:sa|leur|la|une|cette) condamnation (?:par défaut |par contumace |en appel |en première instance )?"
        r"(?:à|:)\s",
    ),
    # "Le verdict est tombé ce 20 juillet 2018 : 12 mois de prison ferme pour chacun des quatre", "Verdict : 10
    # ans.": the verdict told by its term
    (
        "convicted",
        r"\bverdict\b[^.;]{0,12}?(?:est tombé|:)[^.;]{0,40}?\b(?:ans?|mois|années?|years?|months?)\b|"
        r"\b(?:ans?|mois|années?) (?:de prison |d['’]emprisonnement )?(?:ferme )?pour (?:chacun|chacune|tous|toutes)\b",
    ),
    # "X repart finalement avec dix ans d'emprisonnement", "prend deux ans de SPP", "ressort avec six mois ferme"
    (
        "convicted",
        r"\b(?:repart|repartent|ressort|ressortent|sort|sortent|prend|prennent|récolte|récoltent|hérite|héritent|"
        # "huit partent pour 5 ans de prison ferme", "chacun d'eux devra purger cinq années d'emprisonnement"
        r"partent pour|part pour|devra purger|devront purger|purgera|purgeront|"
        # "le crieur public X s'en tire avec 6 mois de prison"
        r"s['’]en tire|s['’]en tirent|s['’]en sort|s['’]en sortent)"
        r" (?:finalement |donc |ainsi |au final )?(?:avec )?(?:[\w-]+ ){1,3}?(?:ans?|mois) (?:de prison|d['’]emprisonnement|"
        r"de réclusion|de détention|de servitude pénale|de SPP|ferme)\b",
    ),
    # "le tribunal avait frappé vingt-et-un (21) jeunes d'un an de prison", "frappé d'une peine de…"
    (
        "convicted",
        r"\bfrapp\w*\b[^.;]{0,60}?\b(?:ans?|mois) (?:de prison|d['’]emprisonnement|de réclusion|de détention)\b|"
        r"\bfrapp\w*\b[^.;]{0,60}?\bd['’]une (?:peine|amende)\b",
    ),
    (
        "convicted",
        # "The sentence was handed down on Sunday", "will serve 30 years in prison"
        # ("The sentence - 12 months and one day, then three years' probation - was imposed Wednesday")
        r"\bsentences?(?: [-–—][^-–—.;]{1,80}[-–—])? (?:was |were |has been |had been )(?:handed down|passed|imposed|"
        r"pronounced)\b|"
        # "A jury on May 12 found Brian X, 42, of Lusby, guilty of …": the verdict's object between its words
        r"\bfound (?!not\b)[^.;]{1,80}?(?<!\bnot )\bguilty\b|"
        # "Jurors on Wednesday returned a guilty verdict against X for second-degree murder"
        r"\b(?:returned|reached|delivered|handed down) (?:a |their |its )?(?:unanimous |majority )?guilty verdicts?\b|"
        # "Jason X, 52, of Cherokee, learned his sentence on Monday, Sept. 11": the day it was passed
        r"\b(?:learned|learnt|heard|received) (?:his|her|their) (?:prison )?sentences?\b|"
        # "a Tampa man was given two life sentences", "received a life sentence"
        r"\b(?:was|were|been) (?:given|handed) (?:a |two |three |\w+ )?(?:consecutive )?life (?:sentences?|terms?)\b|"
        r"\bwill (?:each )?(?:spend|serve) (?:\w+[ -]){1,4}(?:years?|months?) (?:in prison|in jail|behind bars|in rigorous imprisonment)\b|\bpassed (?:the |a |his |her |their )?(?:[\w-]+ )?sentences?\b|\bhanded down (?:the |a )?(?:[\w-]+ ){0,2}?sentences?\b|\bhanded (?:each of them |each |them |him |her )?(?!up\b|over\b)(?:\w+[ -]){1,3}(?:years?|months?|weeks?)\b|\b(?:given|handed|received) (?:a |an )?[\w-]+(?:[ -]\w+)? (?:prison|jail) (?:term|sentence)\b|\b(?:received|got|was given|were given) (?:\w+[ -]){1,4}(?:years?|months?)\b|\bsentenced (?:\w+ ){0,6}?to\b|\b(?:was|were|been) convicted\b|\bfound guilty\b|"
        # (not "brother of jailed Tabliq leader X": after a determiner, "jailed" tells a state; "Three jailed"
        # is a headline's verb)
        r"(?<!\bof )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\btheir )\bjailed\b|\bsentenced\b|"
        # "the High Court has condemned X (25), of Kibigiri village, to death": a sentence told with its verb
        r"\bcondemned (?:[^.;]{0,100}? )?to (?:death|life|hang|be hanged)\b|"
        # "Five years in hard labour: that is what one Momodou X got from Principal Magistrate Y"
        r"\bthat(?:['’]s| is| was) what (?:[\w'’-]+ ){1,6}?(?:got|received)\b|"
        # "A 30-year prison term was handed to former youth coach X"
        r"\b(?:prison |jail )?(?:term|sentence) (?:was |has been |had been )?(?:handed|given|passed) (?:down )?to\b|"
        # "sent a 43-year-old man to jail for 41 years": a term of prison is a sentence ("sent Connor M. X of
        # Leicester to state prison for 8½ to 12½ years": initials, a place and the prison's kind between)
        r"\bsent (?:[\w.'’-]+ ){0,6}?to (?:state |federal )?(?:jail|prison) for (?:[\w.-]+ ){1,4}?(?:years?|months?)\b|"
        # "the anti-graft court's 2nd Division convicted former mayor X": the bench the subject of the active verb
        # (not "the court heard the convicted man")
        r"\b(?:court|jury|jurors|judge|magistrate|division|bench|tribunal)(?:['’]s)?\b[^.;]{0,40}?\bconvicted "
        r"(?!(?:of|in|on|for|by|man|woman|men|women|felons?|murderers?|persons?|prisoners?|criminals?|killers?)\b)|"
        # a fine is a sentence too: "was fined N50,000", "the magistrate fined him", "was given the S$3,500
        # fine"
        r"\b(?:was|were|been|is|are|being) fined\b|\bfined (?:him|her|them|each|both|the (?:accused|defendants?|"
        r"two|three|four|pair|company)|[A-Z$N₦£€]{1,2}\s?\d|\d)|"
        r"\b(?:given|handed|imposed|received|got) (?:a |an |the )?(?:[\w$₦£€,.'’-]+ ){0,3}?fines?\b"
        r"(?! (?:print|line|art))",
    ),
    (
        "acquitted",
        r"\b(?:relaxée?s?|acquittée?s?|relaxe|acquittement)\b|\b(?:reconnue?s?|déclarée?s?) non coupables?\b|\bn'a (?:rien|aucunement) retenu contre\b|\bblanchie?s?\b|\b(?:acquitted|found not guilty|cleared of)\b|\b(?:ended|ends|resulted) in (?:an |his |her |their )?acquittals?\b|"
        # "the defendant is hereby adjudged not guilty of the crimes"
        r"\b(?:adjudged|declared|pronounced) (?:[\w'’-]+ ){0,3}?not guilty\b|"
        # "when a court cleared five of nine people charged with killing …": the bench, subject of "cleared"
        # (not "the court cleared the way for", "cleared its backlog")
        r"\b(?:court|judges?|jury|magistrate|bench|tribunal) (?:\w+ ){0,2}?cleared\b"
        r"(?! (?:the |its |a )?(?:way|path|backlog|road|air|room)\b)|"
        # "the jury found Ann X not guilty of murder"
        r"\bfound [^.;]{1,80}?\bnot guilty\b|"
        # "relâchés au bénéfice du doute", "freed on the benefit of the doubt": the doubt acquits
        r"\b(?:au|le) bénéfice du doute\b|\bbenefit of (?:the )?doubt\b",
    ),
    (
        "dismissed",
        r"\bnon-lieu\b|\bnullité de la procédure\b|\bannulation de (?:la procédure|la citation|la poursuite|l['’]action)\b|"
        r"\bannulé (?:la procédure|la citation|les poursuites)\b|"
        # "granted the request and discharged them": the charges dropped (not a conditional discharge, a sentence)
        # "discharged the former Speaker and his aide", "discharged John Ikuforiji" (not "discharged the jury")
        r"(?<!conditionally )(?<!absolutely )\bdischarged (?:them|him|her|the (?:accused|suspects?|defendants?|two|three|four)|all|"
        # "discharged two men who had been held", "discharged 47 inmates"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:men|women|persons|people|inmates|prisoners|detainees|suspects|accused|defendants)|"
        r"the (?:former|ex-)\w*|(?-i:(?:Mr|Mrs|Ms|Dr) )?(?-i:[A-Z][a-z]+ [A-Z][a-z]+))\b|"
        # "were discharged on 12 June, 2019 by Justice X" (not "discharged from hospital", "from the army")
        # ("were today, 12th March 2025, discharged by the High Court": the day between the auxiliary and its verb)
        r"(?<!dishonourably )(?<!dishonorably )\b(?:was|were|has been|have been)(?: today| yesterday)?(?:, [^,.;]{1,30},)?"
        r" discharged\b(?! from)(?=[^.;]{0,40}\b(?:by (?:Justice|Judge|the (?:[\w'-]+ ){0,3}?(?:court|judge|magistrate|"
        r"tribunal))|on \w+))|"
        r"\bclassement sans suite\b|\b(?:abandon|arrêt|extinction) des poursuites\b|\babandonné les poursuites\b|\b(?:case|charges?) (?:was |were |has been |have been )?(?:dismissed|dropped|struck out|withdrawn)\b|"
        # (not "struck out the bail application", "the bail application … has been struck out": bail refused)
        r"(?<!been )(?<!was )(?<!were )\bstruck out\b(?! (?:the |his |her |their |a )?(?:bail|bond)\b)|"
        # "le tribunal a jugé irrecevables les poursuites": the prosecution itself falls
        r"\b(?:jugée?s?|déclarée?s?) irrecevables? (?:les poursuites|l['’]action publique|la citation)\b|"
        r"\bpoursuites (?:\w+ )?(?:jugées |déclarées )?irrecevables\b|\birrecevabilité des poursuites\b",
    ),
    (
        "declined_jurisdiction",
        # "le magistrat s'est dit incompétent", "se déclarait incompétent pour chaque prévenu"
        r"\bs['’](?:est|était|étaient|sont) (?:déclarée?s?|dite?s?) incompétente?s?\b|"
        r"\bse (?:sont |est )?(?:déclarée?s?|déclarai(?:t|ent)) incompétente?s?\b|\bdéclaré (?:son |sa )?incompétence\b|"
        # "le président a déclaré sa juridiction incompétente pour en connaître"
        r"\bdéclar\w* (?:sa |la |cette |le |ce )?(?:juridiction|cour|chambre|tribunal) incompétente?\b|"
        # not "d'où la demande d'incompétence, mise en délibéré": the plea, not the court's answer
        r"(?<!demande d')(?<!demande d’)(?<!demandes d')(?<!demandes d’)\bincompétence\b|"
        r"\bdeclined jurisdiction\b|\blacked jurisdiction\b",
    ),
    # "the court found that he and six co-accused had a case to answer"
    ("other", r"\b(?:has|have|had) a case to answer\b"),
    # "yesterday's High Court ruling finding that the evidence had been forced on the accused"
    ("other", r"\b(?:ruling|judgment|judgement|decision) (?:finding|holding|declaring) that\b"),
    # "the judge presiding over their case took himself off it", "le juge s'est récusé": a judge withdraws
    (
        "other",
        r"\b(?:recused (?:himself|herself|themselves)|took (?:himself|herself) off (?:the |their |his |her )?"
        r"(?:case|it|matter|trial)|s['’]est (?:récusée?|déportée?)|se (?:récuse|déporte))\b",
    ),
    # Every other decision of the court: a request of the parties rejected (nullity, recusal, annulment,
    # a renvoi), an expertise or a reopening of the debates ordered, a bond fixed, a warrant issued, the file
    # relinquished, disclosures ordered. Bail has its own kinds: those words are left to them.
    (
        "other",
        r"\b(?:rejeté|rejette|rejetée?s?|écarté|écartée?s?|déclarée?s? irrecevables?|jugée?s? irrecevables?|débouté)\b[^.;]{0,60}?\b(?:exceptions?|nullités?|récusation|annulation|irrecevabilité|incompétence|fins? de non-recevoir|moyens? de (?:nullité|défense)|demandes? (?:de |d'|d’)(?:renvoi|report|récusation|annulation|nullité|expertise|disjonction|jonction|sursis|suspension|réouverture))\b",
    ),
    (
        "other",
        r"\b(?:exceptions?|nullités?|récusation|demandes? (?:de |d'|d’)(?:renvoi|report|récusation|annulation|nullité))\b[^.;]{0,80}?\b(?:a|ont) été (?:rejetée?s?|écartée?s?|déclarée?s? irrecevables?)",
    ),
    (
        "other",
        r"\b(?:ordonné|ordonne|ordonnait|prescrit|décidé|a commis|commis)\b[^.;]{0,40}?\b(?:une |la |l'|l’|un |le )?(?:contre-)?(?:expertise|enquête complémentaire|supplément d'information|réouverture des débats|jonction|disjonction|transport sur les lieux|examen (?:médical|psychiatrique)|comparution personnelle|sursis à statuer)\b|\bréouverture des débats\b[^.;]{0,30}?\b(?:ordonnée|décidée)|\bsuspension du prononcé\b|\bsursis à statuer\b|"
        # "la Cour a choisi de surseoir à statuer"
        r"\bsurs(?:eoir|oit|oient|eoit) à statuer\b|"
        # "les débats y avaient été rouverts", "a rouvert les débats": the hearing reopened
        r"\bdébats (?:\w+ ){0,2}?(?:ont|avaient|ont été|avaient été|sont|furent) (?:\w+ )?rouverts\b|"
        r"\brouv(?:ert|re|rent|rait) les débats\b|"
        # "ont choisi de suspendre les débats tant que la Cour suprême n'aura pas…": a stay, not a pause
        r"\bsuspend\w* (?:les débats|le procès|la procédure|l['’]examen|l['’]affaire)\b[^.;]{0,20}?"
        r"\b(?:tant que|jusqu['’]à|en attendant)\b",
    ),
    # "une nouvelle expertise a été ordonnée"; "le dossier repart à l'instruction"; "a fait droit à la demande
    # de communication des pièces"
    (
        "other",
        r"\b(?:(?:contre-)?expertise|enquête complémentaire|supplément d['’]information|complément d['’]instruction|"
        r"jonction|disjonction)\b[^.;]{0,30}?\b(?:a été |ont été |est )?(?:ordonnée|décidée|prescrite)s?\b|"
        r"\b(?:renvoy\w*|retourn\w*|repart\w*) (?:[\w'’]+ ){0,3}?(?:à l['’]instruction|au (?:ministère public|parquet) "
        r"pour)\b|"
        r"\bfait droit (?:à|aux) (?:la |sa |leur |une |les )?(?:demandes?|requêtes?) (?:de |d['’])"
        r"(?!renvoi|report|mise en liberté|remise en liberté|liberté)",
    ),
    (
        "other",
        r"\b(?:fixé|fixe|fixée|exigé|imposé|ordonné)\b[^.;]{0,30}?\b(?:caution|consignation|cautionnement)\b|\b(?:caution|consignation|cautionnement)\b[^.;]{0,40}?\b(?:a été |est )?fixée?\b",
    ),
    # "la Cour suprême a annulé le verdict et la sentence", "set aside an order", "referred the dispute to
    # mediation", "were on Wednesday committed to the High Court": what the court did, none of the other kinds
    (
        "other",
        r"\b(?:a|ont|avait|avaient) (?:\w+ )?annulé (?:le |la |les )(?:verdict|sentence|condamnation|peine)s?\b|"
        r"\bset aside (?:an |the |a |his |her |their )?(?:order|conviction|sentence|ruling|judgment|judgement|verdict)s?\b|"
        r"\breferred (?:the (?:dispute|matter|case|parties) )?to mediation\b|"
        r"\b(?:was|were) (?:\w+ ){0,3}?committed (?:for trial )?to the High Court\b",
    ),
    (
        "other",
        r"\bmandats? d['’](?:arrêt|amener)(?: international| internationaux)?\b[^.;]{0,40}?\b(?:décerné|délivré|lancé|émis)|\b(?:décerné|décerne|délivré|lancé|émis)\w* (?:\w+ ){0,3}?(?:un |des )?mandats? d['’](?:arrêt|amener)\b",
    ),
    (
        "other",
        r"\b(?:joindre|joint|joignent|a joint) (?:tous )?(?:les |l['’])incidents? au fond\b|\b(?:ordonné|accepté|accordé|autorisé)\b[^.;]{0,50}?\b(?:communiquée?s?|communication)\b|\bs['’](?:est|était|étaient|sont) dessaisie?s?\b|\bse dessaisi[rt]\b|\b(?:a|ont|avait) (?:\w+ )?(?:cassé|annulé) (?:l'|l’|le |la |cet |cette )(?:arrêt|jugement|décision|ordonnance)\b",
    ),
    (
        "other",
        r"\b(?:dismissed|rejected|refused|turned down|overruled|struck out|threw out|declined to (?:take up|hear|entertain|consider))\b(?![^.;]{0,50}\b(?:bail|bond)\b)[^.;]{0,50}?\b(?:applications?|motions?|requests?|objections?|preliminary objection|petitions?|challenges?|exceptions?)\b|\b(?:applications?|motions?|objections?|requests?) (?:for|to|seeking) (?!bail\b)[^.;]{0,60}?\b(?:was|were|has been|have been) (?:dismissed|rejected|refused|turned down|overruled|struck out)\b",
    ),
    (
        "other",
        r"\bissued (?:a |an )?(?:bench |arrest )?warrants?\b|\bwarrants? of arrest\b|\bbench warrants?\b|\b(?:arrest )?warrants? (?:was |were |has been )?issued\b",
    ),
    (
        "other",
        r"\bordered (?:the )?(?:prosecution|state|crown|defen[cs]e|police|accused|defendants?|investigators|government|parties)\b[^.;]{0,20}?\bto (?:supply|provide|serve|furnish|disclose|produce|pay|surrender|deposit|hand over|file)\b|\b(?:directed|instructed|told) the (?:prosecution|state|republic|crown|police|investigators|defen[cs]e) to\b|\b(?:anonymity|gag|restraining|freezing|forfeiture|preservation|non-publication|reporting) (?:orders?|restrictions?)\b|\bordered (?:a |an )?(?:psychiatric|medical|mental)[^.;]{0,20}?\b(?:evaluation|examination|assessment|report)\b",
    ),
    # "further barred them from their offices", "have been directed by the magistrate to report to the DCI"
    (
        "other",
        r"\b(?:barred|banned|restrained|prohibited) (?:them|him|her|the (?:accused|defendants?|suspects?|pair|two)|"
        r"\w+ and \w+) from\b|"
        r"\b(?:have been|has been|were|was) (?:directed|ordered|instructed) (?:by the (?:\w+ )?(?:court|magistrate|judge) )?"
        r"to (?:report|appear|surrender|deposit|pay|produce|attend)\b",
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
    r"mediation|committed to the high court|"
    r"renvo|report|connaître|repouss|ajourn|remis|suspend|interromp|adjourn|postpon|defer|stood down|stands down|stand down|pushed back|will now|shall now|"
    r"sine die|dit non|adjournment|postponement|prononc|remand|stay in|remain in|incident|communi|put off|put the|off to|off until|pushed|rendez-vous|discharg|appeal|kept|behind bars|to jail|to prison|state prison|federal prison|emprisonnement|de prison|réclusion|servitude|spp|ferme|directed|instructed|told the|will spend|will serve|sentence|reschedul|suite|set (?:the )?\w* ?down|moved|délibéré|reserved|décision|verdict|jugement|arrêt|rendra|judgment|judgement|ruling|"
    r"decision|rejet|refus|débout|libert|libérat|maint|denied|rejected|dismissed|turned down|bail|accord|"
    r"octroy|obtenu|bénéfici|contrôle judiciaire|granted|mandat|détention|écrou|remanded|ordered|condamn|condemned|fine|"
    r"coupable|écop|peine|prononc|sentenced|convicted|guilty|jailed|given|handed|received|got|relax|bénéfice|doubt|"
    r"acquitt|blanchi|retenu|cleared|non-lieu|nullité|classement|abandon|struck|dropped|withdrawn|"
    r"incompéten|jurisdiction|appel|pourvoi|graci|grâce|pardon|exception|récusation|annul|irrecevab|recused|"
    r"took himself|judicial custody|police custody|took herself|récus|déport|case to answer|custodial|correctional|purg|partent pour|part pour|"
    r"up again|back into|back to|fixé au|fixé à|fixe au|fixer au|fixent au|fixé la|fixe la|fixer la|fixent la|"
    r"expertise|enquête|supplément|réouverture|rouv|jonction|sursis|surseoir|sursoit|examen|comparution|suspension|caution|"
    r"consignation|dessaisi|cass|overrul|motion|objection|application|request|petition|threw|warrant|order|"
    r"restriction|spend|returned|keep|back to|instruction|droit|nouvel|écart|barred|banned|restrained|prohibited|frapp|inflig|as (?:the )?(?:next|new)|fixed for|set for|slated for|scheduled for|bond|releas|hearing date|trial date|plea date|mention date|for mention|for hearing|for trial|for plea|for sentencing|for further|for continuation|for the mention|for the hearing|for the trial|for the plea|for the sentencing|for the further|for the continuation|for the next|for commencement"
)

# Words that make the clause a request, an intention or a hypothesis, not a decision.
REQUEST_MARKERS: tuple[str, ...] = (
    r"requis|requiert|requérant|réquisitions?|réquisitoire|demandé|demandent|demandait|demandaient",
    r"(?<!la )(?<!sa )(?<!leur )(?<!une )(?<!cette )(?<!la nouvelle )(?<!de )demande\b",
    r"estim\w*|selon|justifi\w*|contest\w*|dénonc\w*|argu\w*|insist\w*|soutenir|soutient|soutiennent|soutenu|souten\w*|^pour (?:me|maître|la défense|l'avocat|le parquet)\b",
    r"sollicit\w*|plaid\w*|réclam\w*|avis favorable|avis défavorable|propos\w* (?:à|au|aux)|souhait\w*",
    # "Le procureur veut qu'ils soient déclarés coupables": what the prosecution wants
    r"veut|veulent|voulait|voulaient|voudrai(?:t|ent)",
    # ("entend faire appel"; not "ont été entendus puis …": heard, not intending)
    r"entend(?!ue?s?\b)\w*|compte\w*|envisag\w*|menac\w*|pourrait|pourraient|risque\w*|encour\w*|va|vont|allait",
    # ("placards demanding that X be kept behind bars")
    r"ask|asked|asks|asking|sought|seeks|seeking|requested|requesting|urged|urging|called for|calling for|calls for|applied for|application for|applied|demand|demanded|demanding|demands",
    # Nigerian and Ghanaian court English: "the prosecutor prayed for the bench warrant to be extended"
    r"prayed|praying|prays|pray for|pray the court",
    # "yet to complete the ruling on whether the pair should be freed on bond": a question still open
    r"whether",
    # ("His lawyer wants the laundering count struck out": what counsel asks, not what the court did)
    r"(?-i:will|would|could|may|might)\b|(?<!alleged )(?<!a )(?<!the )(?<!an )plans? to|intends? to|intend|(?<!for )wants?|faces|facing|risk",
    r"n'a pas|n'ont pas|ne sera|ne seront|not been|did not|didn't|has not|have not|was not|were not",
    # "n'a jamais été condamné", "il n'était pas question de mettre la cause en délibéré"
    r"jamais|pas question",
    # ("venait à l'audience dans l'espoir d'établir son innocence et d'être acquitté": a hope)
    r"aurai(?:t|ent)|serai(?:t|ent)|préféré|would have|hoped|hoping|espér\w*|(?<!sans )espoir",
    # "elle devrait se prononcer sur l'abandon des poursuites": the decision to come is its object
    r"devrai(?:t|ent)|(?:se prononcer|statuer|trancher) sur",
    # "If they are granted bail, they will interfere with the investigation": a condition
    r"(?-i:If|if) (?:he|she|they|it|we|you|the \w+) (?:is|are|was|were|be|gets?|got)\b",
    # "Anyone convicted of rape can be jailed for life": the law's penalty, said of no one
    r"\b(?:anyone|whoever|quiconque)\b",
    # "Were the pair acquitted, he added, they would have served nine months": a condition
    r"(?-i:Were|Should) (?:the|he|she|they|it|we)\b",
    # "The court was due to decide today whether X has a case to answer, but the hearing did not go ahead"
    r"(?:was|were|is|are) (?:due|supposed|expected|scheduled) to",
    r"soulev\w*|invoqu\w*|exception|raised|argued",
)

# The bench and the court as a clause's subject: its verbs are decisions.
DECIDER_SUBJECTS: str = (
    r"(?:la cour|le tribunal|la chambre|le juge|la juge|les juges|le président|la présidente|la juridiction|"
    r"le magistrat|la magistrate|the court|the judge|the magistrate|the tribunal|justice|judge|magistrate)"
)
