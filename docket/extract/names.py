"""Names: which capitalised runs name a person, and the folded words that identify one."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from docket import lexicon
from docket.text import FLAGS, NAME_WORD, PARTICLE, UPPER, fold

# Up to six capitalised words, particles allowed between them; bounded, so it cannot backtrack badly.
# "Devon F. Rivera", "David P. Feraco": a middle initial inside a name
# "Magistrate E. Sowe", "A. Y. Bojang": a name may open on initials (not "U.S.", whose letters are glued, and
# not the French "M.", Monsieur)
# "E. Sowe", "T. B. Adegoke", and glued: "E.A. Inegbenoise", or with the last dot left out: "G.K Nyirenda"
_INITIALS = rf"(?:(?:[{UPPER}]\.){{1,3}}[{UPPER}]?[ \u00a0]){{1,2}}(?=[{UPPER}][\w'’-])"
# "Karim al-Haddad", "Samir el-Amin": the Arabic article glued to the name word it opens, in lower case
GLUED_ARTICLE = rf"(?:al|el|ad|ed|ash|as|an|ar|at|az)-(?=[{UPPER}])"
# Read as "(?:(?<![\w.])(?!M\.){_INITIALS})?{NAME_WORD}(…){0,5}" (tests/parser/test_patterns.py checks the
# two find the same runs), but written to open on the capital both ways open on: a pattern opening on an
# optional group is tried at every character of every sentence, one opening on a character class only at
# capitals (four times faster). After that capital, the initials' conditions are read behind it: no word
# character or full stop before it, not "M.".
NAME_RE = re.compile(
    rf"[{UPPER}](?:(?<![\w.].)(?<!M)\.(?:[{UPPER}]\.){{0,2}}[{UPPER}]?[ \u00a0]"
    rf"(?:(?:[{UPPER}]\.){{1,3}}[{UPPER}]?[ \u00a0])?"
    rf"(?=[{UPPER}][\w'’-]){NAME_WORD}|[\w'’-]*)"
    rf"(?:[ \u00a0](?:{PARTICLE}[ \u00a0]){{0,2}}(?:{_INITIALS})?(?:{GLUED_ARTICLE})?{NAME_WORD}){{0,5}}"
)
_INITIAL = re.compile(rf"(?:[{UPPER}]\.){{1,3}}")


# Capitalised words that are not people's names (sentence openers, institutions, titles, months…).
_NOT_NAMES = frozenset(fold(w) for w in lexicon.NOT_NAME_WORDS)


_DEMONYMS = frozenset(fold(d) for d in lexicon.DEMONYMS) | frozenset(
    fold(d)
    for d in "franco-béninois franco-malgache franco-sénégalais franco-camerounais ivoirien nigérien".split()
)


# A capitalised run holding one of these is an institution or a place, not a person.
_INSTITUTION_WORDS = frozenset(fold(w) for w in lexicon.INSTITUTION_WORDS)


# Honours that follow a name in English reports: "Tom Little QC".
_POST_NOMINALS = frozenset({"QC", "KC", "SC", "BL", "SAN", "MP", "OBE", "CBE", "Jr", "Sr", "Esq"})


def name_with_its_ending(s: str, name: str, run_end: int) -> tuple[str, int]:
    """The name and where it ends in `s`, past what ends it after its capitalised run: "Christopher M." (the
    initial's full stop ends the name, not the sentence), "Lasme K.A.", "Kouamé N.C." (the initials go on,
    each with its full stop), "Edward James X, Jr. stood before the judge" (a generation's suffix, after
    which the verb is the name's)."""
    end = run_end + 1 if name.endswith(".") and s.startswith(".", run_end) else run_end
    if end > run_end and (more := _MORE_INITIALS.match(s, end)):
        name, end = name + more.group(0), more.end()
    generation = _GENERATION.match(s, end)
    return name, generation.end() if generation else end


_MORE_INITIALS = re.compile(r"(?-i:[A-Z]\.){1,2}(?![\w])")
_GENERATION = re.compile(r",?\s(?-i:Jr\.?|Sr\.?|II|III|IV)(?![\w'’-])")


def clean_name(raw: str, offset: int, following: str = "") -> tuple[str | None, int]:
    """The person's name within a capitalised run, and its offset; None when the run names no one.

    `following` is the text right after the run: "Christopher M." (a name the press shortens to its
    initial) ends on the initial's full stop.
    """
    # the full stop first: most runs are followed by none, and the pattern is spared
    initial = following.startswith(".") and _GIVEN_NAME_AND_INITIAL.fullmatch(raw)
    # (not "L'arrêt A.": an elided noun before the initial, not a given name)
    if initial and not _not_name_word(initial.group(1)) and not _ELIDED_NOUN.match(raw):
        return f"{raw}.", offset
    # "Mandion Son, 72 ans" ends on a surname; "G.T. Sa fiancée", "Fekna Le procès" on a noun's determiner
    determiner_last = raw.rpartition(" ")[2] in _DETERMINER_SURNAMES and _NOUN_NEXT.match(following)
    # "Femi Sunday (29)": a weekday before an age is a surname (West African papers)
    weekday_last = raw.rpartition(" ")[2] in _ENGLISH_WEEKDAYS and _AGE_NEXT.match(following)
    name, shift = _name_in_run(raw, not determiner_last, bool(weekday_last))
    if name is not None and name.endswith(("s'", "s’")):
        name = name[:-1]  # "Ian Roberts' guilty pleas": the possessive's apostrophe is not the surname's
    return name, offset + shift


_AGE_NEXT = re.compile(r"\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,)")
_NOUN_NEXT = re.compile(r"\s+(?!(?:et|and|ou|or|qui|who|dit|alias)\b)(?-i:[a-zà-ÿ])")


_GIVEN_NAME_AND_INITIAL = re.compile(rf"({NAME_WORD}) [{UPPER}]")


# "Sunday Ajibade", "Friday Okon": an English weekday opening a run is a given name (West African
# papers); "Monday Justice X" is not (the next word is a title), nor is "On Monday Kamau" (a time, whose
# "on" goes first: the surname still names the person)
_ENGLISH_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _weekday_as_given_name(words: list[str]) -> bool:
    return len(words) > 1 and words[0] in _ENGLISH_WEEKDAYS and not _not_name_word(words[1])


_TIME_PREPOSITIONS = frozenset("On Since Until By Last Next This Every".split())
_ELIDED_NOUN = re.compile(r"[LlDd]['’][a-zà-ÿ]")
_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=16384)
def _name_in_run(
    raw: str, surname_may_end: bool = True, weekday_ends: bool = False
) -> tuple[str | None, int]:
    offset = 0
    # "Abba Moro’s lawyer": the possessive is not part of the name
    words = _POSSESSIVE_END.sub("", raw.replace("\u00a0", " ")).split(" ")
    # "Extrême-Nord du Cameroun" ends on a country; "Jordan Reid" only starts with one
    last = fold(words[-1])
    if (
        last in _INSTITUTION_WORDS
        or (last in _country_words() and not _surname_that_is_a_country(words))
        or last in _PEOPLES
        or _is_place(" ".join(words))
    ):
        return None, offset  # "Central Criminal Court", "Human Rights Watch"
    # an institution before the name is its title ("State Attorney Mr Joel Okello"), inside it is not
    # ("Bill Collins": a bill is a statute after its title, "the Cybercrime Bill"; first, a given name)
    institution_at = max(
        (
            i
            for i, w in enumerate(words)
            if fold(w) in _INSTITUTION_WORDS and not (i == 0 and fold(w) == "bill")
        ),
        default=-1,
    )
    # drop leading and trailing words that are not names ("Le", "Lundi", an acronym…)
    # leading words that are not names: "Le", an acronym, an English participle opening the sentence
    # ("Representing Doherty", "Prosecuting Smith")
    after_capitals = False  # a word in capitals dropped: "A HUNDRED Tsholotsho", a headline's, not a surname
    after_time_word = False  # "On Tuesday Ssebanenya": the weekday after "On" is a day, not a given name
    while words and (
        _ELIDED_NOUN.match(words[0])  # "L’ex-ministre Augustin X", "L'opposant X": a noun, not a name
        or (_not_name_word(words[0]) and not (_weekday_as_given_name(words) and not after_time_word))
        or (
            words[0].isupper()
            and len(words[0]) > 1
            and not (_INITIAL.fullmatch(words[0]) and len(words) > 1)
            and not _initials_without_dots(words)
            and (after_capitals or not _surname_in_capitals_first(words))
        )
        # (not "Wenjing Lei": no English verb ends its stem on j or q, a Chinese given name may)
        or (len(words) > 1 and words[0].endswith("ing") and not words[0].endswith(("jing", "qing", "zhing")))
        # "Sixty-two-year-old Femi X": the age opening the sentence, not a name
        or (len(words) > 1 and words[0].lower().endswith("-year-old"))
    ):
        after_capitals = after_capitals or words[0].isupper()
        after_time_word = words[0] in _TIME_PREPOSITIONS
        offset += len(words[0]) + 1
        words = words[1:]
    keep_last = (surname_may_end and _determiner_surname(words)) or (weekday_ends and len(words) > 1)
    while words and (
        (_not_name_word(words[-1]) and not _surname_that_is_a_place(words) and not keep_last)
        or words[-1] in _POST_NOMINALS
        or re.fullmatch(PARTICLE, words[-1])
    ):
        words = words[:-1]
    place_surname = _surname_that_is_a_place(words)
    # "Busia Senator Okiya Omtatah": the name is what follows the last title-like word
    for index in range(len(words) - 1, -1, -1):
        # a capitalised particle inside a name ("Thomas De Smet", "Pieter Van der Merwe") is part of it
        inner_particle = 0 < index < len(words) - 1 and (
            re.fullmatch(PARTICLE, words[index], re.IGNORECASE)
            # "Marine Le Pen", "Yann Le Bris": a Breton or Norman surname opens on its article
            or (words[index] in ("Le", "La") and _may_be_a_given_name(words[index - 1]))
            # "Lamin L Jallow": a middle initial written without its full stop ("L", "D", "A" are words too)
            or (len(words[index]) == 1 and words[index].isupper() and _may_be_a_given_name(words[index - 1]))
        )
        given_weekday = index == 0 and _weekday_as_given_name(words) and not after_time_word
        if (
            _not_name_word(words[index])
            and not (place_surname and index == 1)
            and not re.fullmatch(PARTICLE, words[index])
            and not inner_particle
            and not given_weekday
            and not (keep_last and index == len(words) - 1)
        ):
            offset += sum(len(w) + 1 for w in words[: index + 1])
            words = words[index + 1 :]
            break
    if not words or offset < sum(len(w) + 1 for w in raw.split(" ")[: institution_at + 1]):
        return None, offset
    if words[0] in ("St", "St.") and len(words) <= 2:
        return None, offset  # "St Michael", "St James": a parish, a church, a street, no one's name
    name = " ".join(words)
    if any(ch.isdigit() for ch in name) or _is_place(name):
        return None, offset
    return name, offset


# "Mandion Son, 72 ans", "Nguyen Van Le": a surname spelt as a determiner closes the name it ends
_DETERMINER_SURNAMES = frozenset("Son Sa Le La Ma".split())


def _determiner_surname(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] in _DETERMINER_SURNAMES and not _not_name_word(words[-2])


def _initials_without_dots(words: list[str]) -> bool:
    """ "SH Barkun", "MK Nagpal": two initials written without dots before a surname (Gambian, Indian and
    Malaysian papers); no word of two consonants is an acronym that opens a run before a surname alone."""
    return (
        len(words) == 2
        and _TWO_CONSONANT_CAPITALS.fullmatch(words[0]) is not None
        and words[1][:1].isupper()
        and not words[1].isupper()
        and not _not_name_word(words[1])
        and fold(words[1]) not in _INSTITUTION_WORDS
    )


_TWO_CONSONANT_CAPITALS = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ]{2}")


def _surname_that_is_a_place(words: list[str]) -> bool:
    """ "Agba Jalingo": a given name and a town's name, alone in the run, is a person whose surname is also a
    town; a place after a title or an institution word ("Magistrate Ikeja") is still a place."""
    return (
        len(words) == 2
        and _is_place(words[1])
        and fold(words[1]) not in _NOT_NAMES
        and _may_be_a_given_name(words[0])
        and not _POSSESSIVE_END.search(words[0])  # "July's Makeni"
    )


def _surname_that_is_a_country(words: list[str]) -> bool:
    """ "Lindelani Chili": a given name and a country's name, alone in the run, as a surname may be; not
    "Northern Ireland", "South Sudan" (a region's word), "Equatorial Guinea" or a headline's "Jails Kenya"."""
    return (
        len(words) == 2
        and _may_be_a_given_name(words[0])
        and not fold(words[0]).endswith(("ern", "al", "s"))
        # "Ouest France", "Radio Guinée", "Page Niger": a paper, a station or a page named for its country
        and fold(words[0]) not in _MEDIA_BEFORE_A_COUNTRY
    )


def _may_be_a_given_name(word: str) -> bool:
    """A word before a place's name that may be someone's given name: no title or other not-name word, no
    acronym in capitals, not two letters ("Co Dublin"), no count or place word ("Thirteen", "Port")."""
    return (
        not _not_name_word(word)
        and not word.isupper()
        and len(word) > 2
        and fold(word) not in _WORDS_BEFORE_A_PLACE
    )


_MEDIA_BEFORE_A_COUNTRY = frozenset("ouest nord sud est radio tele tv page journal info infos actu".split())


# capitalised words that open a run before a town's name without being anyone's given name: a count opening a
# sentence ("Thirteen Makeni youths"; "one" to "twelve", "all", "both" are not-name words already), an age
# ("Teenage London man"), a place's own first word ("New Philadelphia", "West Kelowna", "Port Moresby"), "Côté
# Ziguinchor" (on Ziguinchor's side)
_WORDS_BEFORE_A_PLACE = frozenset(
    fold(word)
    for word in (
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred"
        " dozens several many some"
        " deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt"
        " teenage teen young elderly new greater upper lower old côté west east north south central"
        " grand port fort saint st san santa mount mont lake little great"
    ).split()
)


def _surname_in_capitals_first(words: list[str]) -> bool:
    """ "SEGLA Félicien", "MASUDI KANSILEMBO Pierre": the surname written in capitals before the given names,
    as West and Central African courts and papers write them; not an acronym ("CRIET Mario X": a court's
    abbreviation, or a word without two vowels, "PDP", "EFCC") nor a run of capitals alone."""
    caps = 0
    while caps < len(words) and words[caps].isupper():
        word = words[caps]
        if (
            len(word) < 3
            or sum(ch in _VOWELS for ch in fold(word)) < 2
            or word in _COURT_ABBREVIATIONS
            or _not_name_word(word)
        ):
            return False
        caps += 1
    return 0 < caps < len(words) and not _not_name_word(words[caps])


# "ordered two South Africans to pay P5000": a people in the plural, no one's name
_PEOPLES = frozenset(
    fold(w)
    for w in """africans nigerians ghanaians kenyans ugandans tanzanians zambians zimbabweans malawians
    mozambicans namibians rwandans burundians congolese cameroonians ethiopians eritreans somalis sudanese
    egyptians libyans americans britons canadians australians indians pakistanis bangladeshis chinese
    lebanese senegalese malians liberians gambians guineans ivorians togolese beninese europeans asians
    arabs lankan lankans african""".split()  # ("a Sri Lankan aged 43", "a South African national")
)
_VOWELS = frozenset("aeiouy")
_COURT_ABBREVIATIONS = frozenset(lexicon.COURT_ABBREVIATION_FORMS)


def _not_name_word(word: str) -> bool:
    # "Ex-congressman X", "l'ex-ministre": the title with its prefix is still a title
    folded = re.sub(r"^(?:[ld]['’])?ex-", "", re.sub(r"^[ld]['’]", "", fold(word.strip("'’"))))
    return folded in _NOT_NAMES or _is_place(word) or folded in _DEMONYMS


@cache
def _country_words() -> frozenset[str]:
    """Country names in French and English, from Babel's locale data: "Cameroun" is nobody's name."""
    from babel import Locale

    words: set[str] = set()
    for locale in ("fr", "en"):
        for name in Locale.parse(locale).territories.values():
            if " " not in name:
                words.add(fold(name))
    return frozenset(words)


def _is_place(word: str) -> bool:
    return word in lexicon.CITY_COUNTRY or word.rstrip("'’s") in lexicon.CITY_COUNTRY


# "Sen. A", "Hon. B": a politician's abbreviated title, as Nigerian and Ghanaian papers write it
TITLE_WORDS = (
    r"(?:Me|Maîtres|Maitres|Maître|Maitre|Mes|MM\.|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Sen\.|Hon\.|"
    r"Judge|Justice|Magistrate)"
)


# offices that may stand between a complement's "de"/"to" and a name: "secretary to President X"
OFFICE_TITLES = r"(?:President|Président|président|Minister|ministre|Governor|gouverneur)"


BARE_TITLES = ("Me", "Maître", "Maitre", "Mes", "Maîtres", "Maitres")


# a name found in a sentence: its start, its end, the name, the text before it, its title's role and the
# text before it lower-cased (`lowered_text`: its word gates already read, for the roles to ask again)
NamedRun = tuple[int, int, str, str, str | None, str | None]


PARTICLES = frozenset(
    fold(p) for p in "de du da dos di van von der ben bin ould ag el al ibn épouse épse ép.".split()
)


@lru_cache(maxsize=8192)
def folded_words(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in name.split())


# "au sergent de l'armée de terre X", "le commissaire de police X": a rank's complement is the rank's, so the
# verb before it still reaches the name
RANK_COMPLEMENT_AT_END = re.compile(
    r"\b((?:colonel|capitaine|lieutenant|commandant|sergent|adjudant|caporal|soldat|brigadier|commissaire|"
    r"inspecteur)s?(?:-(?:chef|major))?)\s+(?:de l['’]|de la |du |des |de )[a-zà-ÿ'’]+"
    r"(?:\s+(?:de|d['’])\s*[a-zà-ÿ]+)?\s*$",
    FLAGS,
)

# "A Las Vegas jury has convicted …", "An Old Bailey jury": a place naming the court, not a person
ATTRIBUTIVE_BEFORE_COURT = re.compile(
    r"\s+(?:jury|jurors|court|magistrates?['’]? court|judge|prison|police)\b"
)


# "the Cape Girardeau businessman", "a Dar es Salaam trader": after an article, a place's name qualifies the
# noun that follows it, and names no one
# (or nothing: "Pennington Gap man convicted after trial", a headline's opening)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$|^\s*$", re.IGNORECASE)
_PERSON_NOUN_AFTER = re.compile(
    r"\s+(?:business(?:man|woman)|man|woman|men|women|boy|girl|teenager|teen|youth|resident|residents|native|"
    r"couple|family|trader|farmer|driver|pastor|official|officials|teacher|student|mother|father|politician|"
    # "Robert X, the Kyadondo East legislator, and 32 others": a constituency before its member
    r"legislator|lawmaker|MP|councill?or|activist|journalist|reporter|mayor)\b"
)


_PLACE_PARTICLES = frozenset({"de", "du", "des"})


def names_a_place(words: list[str], before: str, text: str, run_end: int) -> bool:
    """A capitalised run that names a place (or a grade, "Class B"), not a person: opened by "de", "du" ("les
    crimes du Beach"); two words opened by a county, a compass point, a fort or port or a grade ("Co Mayo",
    "North Wales", "Fort William"), or closed by a compass point, a coast or a town ("Embakasi East", "Ivory
    Coast"); before a noun for a place ("Teso North subcounty"); or between an article and a noun for people,
    as its adjective ("the Cape Girardeau businessman")."""
    if words[0] in _PLACE_PARTICLES:
        return True
    if len(words) == 2 and (words[0] in _PLACE_FIRST_WORDS or words[1] in _PLACE_LAST_WORDS):
        # "of Foxford, Co Mayo", "to flood North Wales with drugs", "Crow Creek, Lower Brule", "the MP for
        # Kawempe South": a county, a region or a constituency by its compass point; "a Class B drug": a grade
        return True
    if _PLACE_NOUN_AFTER.match(text, run_end):
        return True  # "of Kamolo village, Teso North subcounty": the run names the village, the subcounty
    # the noun after is tried first: anchored at the run's end, it fails at once after nearly every name
    return _PERSON_NOUN_AFTER.match(text, run_end) is not None and bool(_ARTICLE_BEFORE.search(before))


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:sub-?county|county|sub-?location|location|district|village|province|region|constituency|ward|"
    # "the case lodged by Masti Gate police"
    r"municipality|township|parish|police|stations?)\b"
)
# "Embakasi East", "Kawempe South", "Ivory Coast", "Spanish Town": a constituency by its compass point, a
# coast, a town (not "West": a surname as often as a point)
_PLACE_LAST_WORDS = frozenset("East South North Coast Town".split())
_PLACE_FIRST_WORDS = frozenset(
    "Co County North South East West Northern Southern Eastern Western Upper Lower Central Class "
    # "of Trencrom, Lundavra Road, Fort William, pled guilty": a town named for its fort, port, cape or mount
    "Fort Port Cape Mount".split()
)


# A capitalised run: where it starts and ends, the person's name within it (None if it names no one), and
# where that name starts.
NameRun = tuple[int, int, str | None, int]


# "Olivier, ébéniste de 36 ans, écoute son avocate", "Basile, 20 ans, de double nationalité", "Nour (19 ans)":
# a given name alone, the way French reports name those they try, is a person when an age follows it
_AGED_AFTER = re.compile(
    r"\s*(?:,\s*(?:(?:âgée?|agée?) de\s+|(?:une?\s+)?[a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?\s+d[e'’]\s*)?"
    r"|\(\s*)\d{1,2}\s*ans\b(?!\s*(?:après|plus|avant|de (?:prison|réclusion)|d['’]emprisonnement|ferme))",
    FLAGS,
)
# (not "un Quinquagénaire, 52 ans", "un habitant de Seraing, 30 ans", "l'Italien, 30 ans": a word an article
# or a preposition governs is a noun or a place)
_DETERMINED_BEFORE = re.compile(
    r"\b(?:de|du|des|à|au|aux|en|le|la|les|l['’]|une?|d['’]|sur|dans|cocktails?|the|an?|of|in|at|from)\s*$",
    FLAGS,
)
_AGE_NOUN = re.compile(r"(?:génaire|tenaire)s?$")


def given_name_alone_names_someone(s: str, run_end: int, before: str, name: str) -> bool:
    """A given name alone that names a person by the age after it ("Olivier, ébéniste de 36 ans"), by what
    the case holds against them ("Premier dossier, celui de Samir, poursuivi pour harcèlement") or as "a
    certain" one ("un certain Nordine", "le nommé Daniel")."""
    if _AGED_AFTER.match(s, run_end):
        # (not "un Quinquagénaire, 52 ans": a noun; "Quinquagénaire (51 ans), marié": an age told, no name)
        return not _DETERMINED_BEFORE.search(before) and not _AGE_NOUN.search(name)
    if not _GIVEN_NAME_SHAPE.fullmatch(name):
        return False  # "K", "X", "Kadu’’", "Multirécidiviste", "Chinois": an initial, a trade, a people
    if _A_CERTAIN_BEFORE.search(before):
        return True
    # "celui de Samir, poursuivi pour …": the file named by the one it pursues
    return bool(_PURSUED_AFTER.match(s, run_end)) and (
        _CASE_OF_BEFORE.search(before) is not None or not _DETERMINED_BEFORE.search(before)
    )


_GIVEN_NAME_SHAPE = re.compile(
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})(?<!iste)(?<!aire)(?<!ien)(?<!ienne)(?<!ais)(?<!ois)"
)
# (one given name is one person: the participle in the singular)
_PURSUED_AFTER = re.compile(r"\s*,\s*(?:poursuivie?|jugée?|inculpée?) (?:pour|de|d['’]|du|des|par)\b", FLAGS)
_CASE_OF_BEFORE = re.compile(r"\b(?:celui|celle|cas|dossier|affaire) d[e'’]\s*$", FLAGS)
_A_CERTAIN_BEFORE = re.compile(
    r"\b(?:un certain|une certaine|(?:le|la|un|une) (?:nommée?|dénommée?))\s+$", FLAGS
)
