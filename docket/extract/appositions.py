"""Appositions: the role a name's apposition gives ("Me Fidèl Abouta, avocat de la défense", "X,
prosecuting"), read by the roles stage for each name."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.names import OFFICE_TITLES, TITLE_WORDS, NamedRun
from docket.extract.patterns import Patterns, lowered_text, may_match
from docket.text import FLAGS, NAME_WORD, UPPER

_APPOSITION_AFTER = re.compile(
    # "Shuaibu Aruwan, SAN, for the defence": a senior counsel's rank after the name comes first
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?-i:SAN|QC|KC|SC|BL|Esq)\.?(?=\s*,))?"
    r",\s*((?:l['’]|le |la |les |the |son |sa |his |her |their )?[^,.;]{2,60})"
)
_TITLED_NAME = re.compile(rf"{TITLE_WORDS}\s+[{UPPER}]")
_PLURAL_ROLE_NOUN = re.compile(
    r"(?i:(?:the |les |des |ses |his |her |their )?(?:lawyers|attorneys|advocates|solicitors|barristers|"
    r"avocats|avocates|prosecutors|procureurs|judges|juges|magistrates|magistrats)\b)"
)
_CIVIL_PARTY_FORMED = re.compile(r"(?i:constituée?s? parties? civiles?)")
_WHOSE = re.compile(r"(?i:whose|dont)\b")
_PROSECUTING = re.compile(
    r"(?i:prosecuting|(?:appearing |who appeared )?for the "
    r"(?:prosecution|state|crown|republic|people|government)|"
    # "superintendent Onesmus Towett, leading the prosecution, applied …"
    r"(?:who )?(?:leading|led|leads|conducting|conducted|conducts) the prosecution|"
    # "According to Sergeant 3533 Bobo X, who prosecutes, the next date is …"
    r"who (?:prosecutes|prosecuted|is prosecuting|was prosecuting)|"
    # "Keene X, standing in as prosecutor, had informed the court": the one who holds the seat that day
    r"(?:standing in|acting|appearing|sitting) as (?:the )?(?:\w+ )?prosecutors?)\b"
)
_DEFENDING = re.compile(
    # "Jonas Zimba, leading the defence, did not oppose"
    # "les avocats Y, de la Couronne, et X, de la défense": the side in an apposition of its own
    # ("Ken X, leading his defence, told the magistrate": the defence is the client's)
    # ("John X, for Capaldi, said his client …": British papers name the client after "for")
    r"(?i:defending|de la défense\s*$|(?:leading|who led|who leads) (?:the|his|her|their) defen[cs]e|"
    r"(?-i:for (?:Mr |Mrs |Ms |Miss )?[A-Z][\w'’-]+(?: and (?:Mr |Mrs |Ms |Miss )?[A-Z][\w'’-]+)?\s*$)|"
    r"(?:appearing |who appeared )?for (?:the )?"
    r"(?:defen[cs]e|accused|defendants?|applicants?|\w+ (?:accused|defendant)))\b"
)
_HOLDS_PROSECUTION_SEAT = re.compile(
    r"qui (?:occup\w+|tena\w+|tien\w+) le siège du (?:ministère public|parquet)|"
    r"who (?:represented|appeared for) the (?:State|prosecution|Crown|Republic)",
    FLAGS,
)
# "Paul X occupant le siège du Ministère public", "Awa Y au siège du Procureur": the seat, with no comma
_PROSECUTION_SEAT_AFTER = re.compile(
    r"\s+(?:occupant|qui occup\w+|tenant) le siège du (?:ministère public|parquet|procureur)|"
    r"\s+au (?:siège|banc) du (?:ministère public|parquet|procureur)",
    FLAGS,
)
_ARTICLE_FIRST = re.compile(r"^(?:l['’]|le |la |les |the |un |une |a |an )", FLAGS)
# "Me X, qui fait partie des conseils des parties civiles": one of a group named by its role
# (not "qui fait partie des avocats de X": the client named, read elsewhere)
_MEMBER_OF = re.compile(
    r"^qui (?:fait|font|faisait|faisaient) partie des "
    r"(?=(?:conseils|avocats|avocates) (?:de la|des) (?:parties? civiles?|victimes?|plaignant))",
    FLAGS,
)


_APPOSITION_ADVERBS = re.compile(
    r"^(?:par ailleurs |également |aussi |lui-même |elle-même |notamment |actuel |actuelle |also |now )+",
    FLAGS,
)


_CONSTITUENCY = re.compile(
    r"\b(?:County|District|Constituency|Municipality|Ward|Division|constituency|circonscription|commune|"
    # "Abdu X, who represents Maliba sub-county": Uganda's local councils sit for sub-counties and parishes
    r"[Ss]ub-?[Cc]ounty|Parish|Parliament|parlement|Assemblée)\b"
)
_ONESELF = re.compile(r"(?:himself|herself|themselves|lui-même|elle-même|eux-mêmes)\b", FLAGS)
_REPRESENTS = re.compile(
    # "A et B, qui défendent les deux hommes", "X, qui représentait le parquet", "X, who defends him"
    r"^(?:qui (?:représent(?:e|ent|ait|aient)|défend(?:ent|ait|aient)?|assist(?:e|ent|ait|aient))|"
    r"représentant|"
    r"who (?:represents|represented|is representing|was representing|defends|defended|acts for|acted for|"
    r"appears for|appeared for)|representing|acting for)\s+"
    r"(?P<client>[^,.;]{0,40})",
    FLAGS,
)
# the client a lawyer represents who is the prosecution: "X, qui représentait le parquet"
_PROSECUTION_CLIENT = re.compile(
    r"^(?:le |la |l['’]|the )?(?:parquet|ministère public|accusation|prosecution|state|crown|republic)\b",
    FLAGS,
)


# the words before a role noun in an apposition are a verb phrase, not qualifiers: "informed the magistrate",
# "reste détenu"
_VERB_AND_OBJECT = re.compile(
    r"\b(?:\w{3,}(?:ed|é|ée|és|ées)|told|gave|found|heard|sent|made|took|kept|brought) "
    r"(?:the|a|an|le|la|les|l['’])|"
    r"^(?:reste|restent|demeure|demeurent|est|sont|était|étaient|a|ont|remains?|is|are|was|were|has|have|had)\b",
    FLAGS,
)
_WORD_END = re.compile(r"\S+\s+")
# one or two words that may qualify a role noun in an apposition: "a human rights lawyer", "1er substitut du
# procureur général", "the presiding Harare magistrate" (a place may stand among them)
_QUALIFIED_ROLE = re.compile(
    r"(?:(?!(?:ancien|ancienne|former|ex)\b)(?:[a-zà-ÿ][\w-]*|\d+(?:er|re|e|ème|st|nd|rd|th)|[A-Z][\w'’-]+)\s+){1,2}"
    r"(?=[a-zà-ÿ])"
)
# "X, a Harare Magistrate, sent him back": a bench title may be capitalised after its place
# "X, Zomba's Chief Resident Magistrate, put off the hearing": a rank between the place and the title
# "X, the Kakamega Economic Crimes Senior Principal Magistrate, directed": a division's name as well
_PLACE_BEFORE_TITLE = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,5}(?=(?:Magistrate|Judge|Prosecutor)\b)")
_PRESIDES = re.compile(
    r"(?:qui (?:préside|présidait|présidera)|who (?:presides|presided|chairs|chaired)|presiding)\b"
    r"[^,;.]{0,30}?\b(?:cour|tribunal|chambre|juridiction|court|bench|trial|audience|hearing)|"
    # "Christian Oba, qui la présidait, a fait valoir …", "Souleymane Maïga, qui préside, énumère …": the
    # sitting told before, or the one under way
    r"(?:qui (?:la |le |l['’])?(?:préside|présidait|présidera)|who (?:presides|presided|was presiding))\s*$",
    FLAGS,
)


# "X, whose lawyer is Y": the client, whose counsel is named after (not the French "dont les conseils",
# which papers write of a civil party's as often as of the accused's)
_WHOSE_COUNSEL = re.compile(
    r"\s*whose (?:\w+ )?(?:lawyers?|counsel|attorneys?|solicitors?|advocates?)\b", FLAGS
)
_CLAUSE_VERB_AFTER_NOUN = re.compile(
    # ("the two accused concerned": a participle that qualifies the noun, no verb of a clause)
    r"\s+(?-i:(?:(?!concerned\b)[a-z]{3,}ed(?! by\b)|"
    # ("According to state advocate X, the next witness was meant to fly in": the noun is a clause's subject)
    r"said|told|asked|argued|urged|says|tells|asks|argues|urges|was|were|is|are|will|would|had|has|"
    # "Pearman and Baxter, the judge went on, did as they were told": the noun is a speech tag's subject
    r"went on|goes on|wrote|writes|held|holds|found|finds|adds|notes|observes|continues|explains|states)\b)"
)
_ONE_OF_THE_ACCUSED = re.compile(
    # not "avocate de l'un des accusés": the counsel of one of them is no accused
    r"(?<!de )(?<!d')(?<!d’)(?<!of )(?<!for )(?<!to )(?<!whom )(?<!l')(?<!l’)"
    r"(?:\b(?:l['’]une?|un|une|one|another) (?:des|d['’]entre les|of the) (?:\w+ )?"
    r"(?:accusée?s|prévenue?s|inculpée?s|co-?accusée?s|co-?prévenue?s|accused|defendants|co-?accused|suspects)\b|"
    # "Frank X, his father and the second accused, answers one count": the accused by their rank on the sheet
    r"\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
    r"(?:accused|defendant|suspect)\b|\b(?:le|la) (?:premier|première|deuxième|second|seconde|troisième|"
    r"quatrième|cinquième) (?:accusée?|prévenue?|inculpée?)\b)",
    FLAGS,
)

# ("with solicitor Matthew de Courcy acting for him": a particle may stand inside the name after the noun)
_NAMED_AFTER = re.compile(
    rf"\s+(?:{TITLE_WORDS}\s+)?{NAME_WORD}\s+(?:(?:de|da|del|della|di|du|van|von|der|le|la)\s+)?{NAME_WORD}"
)
# (a court's abbreviation too: "vice-présidente du TGI de Foix", "vice-président du Tmm")
_COURT_IN_PHRASE = re.compile(r"(?i:cour|tribunal|chambre|juridiction|court|bench|jury)|\bT(?:GI|PI|mm|MM)\b")
_CIVIL_CLIENT = re.compile(lexicon.CIVIL_CLIENTS)


def done_past_apposition(after: str, pats: Patterns, *, described: bool = False) -> re.Match[str] | None:
    """What is done to the one named, told past their apposition: "X, Zimbabwe's chief magistrate, was freed
    on bail", "X, the former congressman … best known for the $90,000 …, was sentenced".

    `described`: the text after the name is known to open on an apposition (a role noun was read there), so
    it need not open on an article.
    """
    apposition = (_APPOSITION_AFTER if described else _LONG_APPOSITION).match(after)
    if apposition is None:
        return None
    end = apposition.end()
    if described:
        if not after.startswith(",", end):
            return None
        end += 1
    pleaded = _PLEA_START.match(after, end)
    if pleaded is not None:
        # "Felts, a judge of the Allen Circuit Court, entered a guilty plea": only the accused pleads
        return pleaded
    if not _PASSIVE_START.match(after, end):
        return None
    return pats.defendant_verb.search(after, end, end + 40)


def done_to_the_named(after: str, pats: Patterns) -> re.Match[str] | None:
    """What is done to the one named, told right after the name: "le magistrat X a finalement été condamné",
    "Judge X and ex-judge Y were ordered to prison": one the text names by an office is the accused."""
    passive = _PASSIVE_RIGHT_AFTER.match(after)
    return pats.defendant_verb.search(after, passive.end(), passive.end() + 40) if passive else None


# (not "Judge X, who was appointed …": right after the name, or after one other name joined to it)
_PASSIVE_RIGHT_AFTER = re.compile(
    r"(?:\s+(?:and|et)\s+(?:[\w-]+\s+){1,3}?)?\s*(?:was|were|has been|have been|had been|"
    r"(?:a|ont|avait|avaient)(?: \w+ment)? été|fut|furent)\s",
)


# (a number's separators, "$90,000", do not close it)
_LONG_APPOSITION = re.compile(
    r"\s*,\s*(?:the|a|an|l['’]|le|la|un|une)\s(?:[^,.;:()]|(?<=\d)[,.](?=\d)){2,140},"
)
_PLEA_START = re.compile(
    r"\s*(?:(?:has |had )?(?:pleaded|pled)|pleads|"
    r"(?:has |had )?entered (?:a|his|her) (?:guilty |not guilty )?plea|plaide|a plaidé)\b",
    FLAGS,
)
# what is done to the one named: "was freed on bail", "a été placé sous mandat de dépôt"
_PASSIVE_START = re.compile(r"\s*(?:was|were|is|has been|had been|a été|avait été|est|fut)\s", FLAGS)


_WHAT_ONE_WAS = re.compile(
    r"(?:(?:a|an|the|un|une|le|la|l['’])\s+)?(?:former|formerly|once|ancien|ancienne|naguère|autrefois|ex-)|"
    # "X, élu au conseil municipal de Maroua", "Y, member of the county council": a seat in an assembly,
    # whose "conseil" is no counsel
    r"(?:élue?s?|siégeant|membres?|elected|member|sitting) (?:au|du|of|to|on) (?:the )?(?:\w+ )?"
    r"(?:conseil|council|assemblée|assembly)\b",
    FLAGS,
)


def appositive_role(after: str, pats: Patterns, *, one_person: bool = False) -> tuple[str | None, str]:
    """ "Me Fidèl Abouta, avocat de la défense": the role right after the name, between commas.

    `one_person`: the name stands alone, not last in a list; a plural role noun after it ("Before Judge X,
    lawyers for Y entered pleas") is no apposition of one person's, but the subject of the next clause."""
    m = _APPOSITION_AFTER.match(after)
    if not m:
        seat = _PROSECUTION_SEAT_AFTER.match(after)
        return ("prosecutor", seat.group(0).strip()) if seat else (None, "")
    if one_person and _PLURAL_ROLE_NOUN.match(m.group(1)):
        return None, ""
    phrase = _APPOSITION_ADVERBS.sub("", m.group(1))
    if _TITLED_NAME.match(phrase):
        return None, ""  # "L'avocate de X, Me Y": the apposition names another person
    # the phrase lower-cased once: its words, read in one pass, gate the searches tried at every position
    lowered = lowered_text(phrase)
    if may_match(_CIVIL_PARTY_FORMED, lowered) and _CIVIL_PARTY_FORMED.search(phrase):
        return "civil_party", phrase.strip()
    # common-law reports: "Mr Conor Fitzgerald BL, prosecuting", "Ms Aoife Brennan BL, defending"
    if _PROSECUTING.match(phrase):
        return "prosecutor", phrase.strip()
    if _DEFENDING.match(phrase):
        return "defense_counsel", phrase.strip()
    if _HOLDS_PROSECUTION_SEAT.match(phrase):
        return "prosecutor", phrase.strip()  # "Pascal X, qui occupait le siège du ministère public"
    if _PRESIDES.match(phrase):
        return "judge", phrase.strip()  # "X, qui préside la Cour d'appel de Gitega"
    represents = _REPRESENTS.match(phrase)
    if represents and _ONESELF.match(represents.group("client")):
        return "defendant", phrase.strip()  # "Tio X, representing himself, stood before Judge Y": no counsel
    if represents and _CONSTITUENCY.search(represents.group("client")):
        return None, ""  # "X, who represents Busiki County in Parliament": a member, not counsel
    if represents:
        if _PROSECUTION_CLIENT.match(represents.group("client")):
            return "prosecutor", phrase.strip()
        victims = re.search(
            r"(?i:plaignant|victime|parties? civiles?|famille|victim|complainant|family)", phrase
        ) or _CIVIL_CLIENT.search(represents.group("client"))
        return ("civil_party_counsel" if victims else "defense_counsel"), phrase.strip()
    if _WHOSE_COUNSEL.match(phrase):
        return "defendant", phrase.strip()  # "Moyo, whose lawyer is Brian X, must keep residing …"
    if _WHOSE.match(phrase):
        return None, ""  # "Prosecutor X, whose witnesses tied the accused to the crime": theirs, not them
    if may_match(_ONE_OF_THE_ACCUSED, lowered) and _ONE_OF_THE_ACCUSED.search(phrase):
        return "defendant", phrase.strip()  # "X, ex-ministre des Finances et l'un des principaux accusés"
    if _WHAT_ONE_WAS.match(phrase):
        # "Michael X, formerly circuit judge for the 20th District, pleaded guilty": no judge now
        return None, ""
    bare_phrase = _ARTICLE_FIRST.sub("", _MEMBER_OF.sub("", phrase))
    cue = pats.role_cue.match(bare_phrase)
    if cue is None:
        # "Douglas Coltart, a human rights lawyer,": a few lower-case words may qualify the role noun
        qualified = _QUALIFIED_ROLE.match(bare_phrase) or _PLACE_BEFORE_TITLE.match(bare_phrase)
        if qualified and _VERB_AND_OBJECT.search(qualified.group(0)):
            qualified = None  # "Lusambo, informed the magistrate that …": a verb and its object
        # the role noun after one or two of those words: "1er substitut", "human rights lawyer"
        for word in _WORD_END.finditer(bare_phrase, 0, qualified.end() if qualified else 0):
            cue = pats.role_cue.match(bare_phrase, word.end())
            if cue:
                break
    if cue and cue.lastgroup is not None:
        role = pats.role_of_group[int(cue.lastgroup[1:])]
        if _NAMED_AFTER.match(bare_phrase, cue.end()) and not re.match(
            r"(?i:défendue?s? par|defended by|représentée? par|represented by)", cue.group(0)
        ):
            return None, ""  # "For Monaghan, defence counsel Stephen Mooney said": the role is Mooney's
        if _CLAUSE_VERB_AFTER_NOUN.match(bare_phrase, cue.end()):
            # "Before Magistrate X, the defence counsel accused the prosecution of delays": the noun opens a
            # clause of its own, whose verb follows it
            return None, ""
        if re.match(r"(?i:défendue?s? par|defended by)", cue.group(0)):
            return "defendant", phrase.strip()  # "Aliou Guindo, défendu par Me X": the client
        if role == "defense_counsel" and _CIVIL_CLIENT.search(phrase[cue.end() :]):
            role = "civil_party_counsel"  # "Me X, conseil de la mairie"
        if (
            role == "judge"
            and re.search(r"(?i:président|president)", cue.group(0))
            and re.match(r"\s*(?:de|du|des|d['’]|of)\b", bare_phrase[cue.end() :])
            and not _COURT_IN_PHRASE.search(bare_phrase, cue.end())
            # "X, président du tribunal de Kaga-Bandoro": the court may be the cue's own word
            and not _COURT_IN_PHRASE.search(cue.group(0))
        ):
            return None, ""  # "X, présidente de l'Association des droits de l'Homme": not of a court
        if (
            role == "judge"
            and cue.group(0).lower() == "president"
            and not _COURT_IN_PHRASE.search(bare_phrase)
        ):
            return None, ""  # "Mohamed X, the democratically elected president": a country's, in English
        return role, phrase.strip()
    return None, ""


# between a name and the next: an apposition whose noun takes the next name as its complement ("A, le
# directeur de cabinet de B"), or a relative clause whose verb takes it as its object ("A, qui dirige B")
_INSIDE_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:le|la|l['’]|les|un|une|the|a|an)\s+)?[^,.;:!?()]*?"
    # not "X, le procès de A": a proceeding's complement is its party, who may open a list
    r"\b(?!(?:procès|affaire|dossier|cas|case|trial|audience|hearing)\b)[a-zà-ÿ]{3,}\s+(?:de|du|des|d['’]|of|to)\s*"
    # "secretary to President X", "conseiller du président X": a title may open the complement
    rf"(?:(?:{TITLE_WORDS}|{OFFICE_TITLES})\s+)?|"
    r"\s*,\s*(?:qui|who)\s+[a-zà-ÿ]{3,}(?:\s+(?:les|le|la|l['’]|the))?\s*",
    FLAGS,
)
_RELATIVE_VERB_AT_END = re.compile(r"\b(?:qui|who)\s+[a-zà-ÿ]{3,}(?:\s+(?:les|le|la|l['’]|the))?\s*$", FLAGS)


def names_inside_appositions(sentence: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the names that stand inside the apposition of the name before them."""
    return {
        k
        for k in range(1, len(spans))
        if _INSIDE_APPOSITION.fullmatch(sentence, spans[k - 1][1], spans[k][0])
    }


def ends_on_relative_verb(before: str) -> bool:
    """ "A, qui dirige B": B is the object of a relative clause's verb."""
    return bool(_RELATIVE_VERB_AT_END.search(before))


def without_non_parties(sentence: str, named: list[NamedRun]) -> list[NamedRun]:
    """The names of a sentence less those that name no one in the case: a byline's writer ("By Janet Sesay",
    whose surname would otherwise take up "Sesay said" of counsel), and addresses: "A (47), of Viking Harbour,
    Ushers Island, Dublin 8; B (49), New Oak Estate, Carlow": where a list gives each person's age, the
    capitalised runs between the aged names are their addresses."""
    byline = _BYLINE.match(sentence)
    if byline and named and named[0][0] == byline.end():
        named = named[1:]
    aged = [i for i, (_, end, *_) in enumerate(named) if _AGE_AFTER.match(sentence, end)]
    if len(aged) < 2:
        return named
    # an item of the list opens after a semicolon ("…, a hawker; B, alias C (54)"); an address goes on
    # after a comma
    return [
        n
        for i, n in enumerate(named)
        if i in aged
        or not aged[0] < i <= aged[-1] + 1
        or ";" in sentence[named[i - 1][1] : n[0]]
        # past the last aged name, only an address ("…, Ballyogan Vale"), not "came before Magistrate X"
        or (i > aged[-1] and not _ADDRESS_SO_FAR.fullmatch(sentence, named[i - 1][1], n[0]))
    ]


_BYLINE = re.compile(r"\s*(?:(?:Written |Reported )?[Bb]y|BY|Par|PAR)\s+(?=[A-ZÀ-Ý])")
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
_ADDRESS_SO_FAR = re.compile(r"\s*\(\d{1,3}\)\s*,\s*(?:of\s+)?(?:[A-Z0-9][\w'’-]*[\s,]*)*")
