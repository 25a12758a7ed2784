"""Words that look like names and are not: capitalised sentence openers, titles and months, and the words
that make a capitalised run an institution or a place. Data; `docket.extract.names` folds them once."""

# Capitalised words that are not people's names (sentence openers, institutions, titles, months…).
NOT_NAME_WORDS = frozenset(
    """le la les l un une des du de d au aux et ou en dans sur sous par pour avec sans selon lors après avant
    ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu qui que quoi dont où
    mais donc or ni car si comme quand alors ainsi aussi enfin puis ensuite cependant pourtant toutefois
    cour tribunal chambre juge juges président présidente procureur procureure substitut parquet
    magistrat magistrats greffier greffière vice-président vice-présidente
    ministère public république état etat gouvernement police gendarmerie justice maître me mes m mme
    mlle monsieur madame messieurs maîtres avocat avocate avocats défense accusation audience procès affaire
    appeal déclare condamne ordonne acquitte
    dossier prévenu prévenus accusé accusés partie parties civile civiles garde sceaux ministre
    the a an and or but of in on at to for by with from his her their its he she they it this that
    these those there here when while after before as if court high magistrate magistrates judge judges
    justice justices prosecutor prosecutors prosecution defence defense lawyer lawyers counsel state federal
    republic
    mr mrs ms dr prof sir lord lady hon chief senior principal president minister police ministry
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday
    saturday sunday aujourd hier demain today yesterday tomorrow afp ips reuters ap apa mapa xinhua
    selon according lire read follow source photo crédit credit video vidéo récit retour
    amnesty international human rights watch union africaine européenne nations unies onu un
    constitution code pénal article loi décret prison maison centrale mouvement parti
    ex ancien ancienne député sénateur senator général colonel capitaine commandant lieutenant attorneys
    directeur directrice secrétaire patron chef advocate advocates attorney inspector detective sergeant
    constable master under judicial salle ph audition recorder lordship ladyship
    superintendent commissioner officer honour honor worship former late retired acting speaker garda
    our now back sent comes officials official accounts organiser organizer attention
    lt gen maj brig col capt cpl sgt pte rtd mp woman deputy mayor councillor governor chairman sheikh shiekh
    pastor pasteur reverend rev bishop évêque imam abbé prophet prophète sultan emir émir commander
    councilman councilwoman councilmember alderman conseiller conseillère first second third fourth fifth
    insp det supt sport sports offences offenses congressman congresswoman lawmaker legislator
    among amongst amid despite during between within without against parmi malgré pendant durant
    one two three four five six seven eight nine ten eleven twelve both all each every tous toutes chacun
    adjourns remands jails frees sentences convicts acquits arraigns quashes dismisses refuses stays remains
    case cases murder trial verdict killing meurtre assassinat postpones
    robbery robberies assault assaults suicide theft fraud rape burglary manslaughter kidnapping trafficking
    smuggling laundering bribery extortion arson defilement homicide infractions économiques escroquerie
    because although though however meanwhile since until unless whether parce lorsque puisque quoique
    denies admits pleads murdering member members arraignment hearing sentencing rejects upholds overturns
    electrician mechanic trader teacher student businessman businesswoman journalist activist nurse soldier
    labourer vendor rider motorcyclist commerçant commerçante enseignant étudiant étudiante journaliste
    chauffeur cultivateur mécanicien élève men women people persons youths boys girls children
    zealander zealanders buddhist buddhists defender defenders attorney-at-law attorneys-at-law
    alleged crime crimes division native seul seule seuls seules only
    auditor appel cfa adviser deux trois quatre cinq sept huit neuf dix onze douze year's eve general's
    coordinator gets grants rules must not had bail""".split()
)


# A capitalised run holding one of these is an institution or a place, not a person.
INSTITUTION_WORDS = frozenset(
    """court courts tribunal cour chambre association party parti movement mouvement ministry
    ministère authority autorité department département directorate division limited ltd corporation trust
    cooperative factory manager officer director secretary chairman chairperson engineer accountant clerk
    recorder registrar city county district region province municipality
    airport airports dollars dollar shillings naira cedis euros superstore supermarket mall tv radio island
    islands station instance hotel stadium mission area
    university université bureau commission council conseil committee comité union front alliance
    agency agence office service services police gendarmerie army armée forces force group groupe
    company société bank banque prison hospital hôpital church église school école assembly assemblée
    senate sénat parliament parlement government gouvernement republic république state états kingdom
    nations campaign foundation fondation network réseau institute institut centre center league ligue
    club fédération federation organisation organization society société collectif coalition hub watch
    international press presse radio télévision television news journal daily times post airways airline
    airlines road street avenue fm facebook twitter google whatsapp linkedin instagram youtube tiktok prix
    falls house mount rue boulevard lane drive estate quartier close square barracks district region province
    county compound township village cité constituency municipality congress unit squad info command law
    laws act acts code bill decree ordinance constitution platform academy académie asbl sarl lodge gardens
    estates plantation pharmacy place heights crescent terrace view conduct behaviour behavior damage
    bay quay farm settlement haram chiefdom chieftaincy manor zone sessions session administration affairs
    section offshore development board youth économie economy college report hebdo express grove security
    crisis park archives team operation investments town apartments flats lga practice solicitors associates
    change""".split()  # a statute: "the Criminal Justice Act", "the Police Act" name no Justice Act; "Riotous
    # Conduct", "Malicious Damage": an offence
)
