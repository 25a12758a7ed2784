"""People: every person the article names, one however often and however partially named, with a role."""

from __future__ import annotations

import re
from collections.abc import Callable

from docket.extract.anonymised import ANONYMISED_NAME
from docket.extract.appositions import ends_on_relative_verb, names_inside_appositions, without_non_parties
from docket.extract.clauses import in_quotation
from docket.extract.group_roles import NO_ROLE, group_role, taken_up_as_accused
from docket.extract.list_shapes import (
    ALIAS_BEFORE,
    BRACKET_CLOSING,
    GROUP_WINDOW,
    NO_PARTY_GROUP,
    bench_not_shared,
    links,
)
from docket.extract.listed_lines import ENUMERATION, ListedLines, name_opens_a_line
from docket.extract.mentions import Sentence
from docket.extract.name_runs import name_runs
from docket.extract.names import (
    PARTICLES,
    NamedRun,
    NameRun,
    folded_words,
    given_name_alone_names_someone,
    name_with_its_ending,
    names_a_place,
)
from docket.extract.patterns import Patterns, lowered_text, may_match, search_lowered
from docket.extract.pronouns import subject_taken_up
from docket.extract.role_shapes import bare_joint, pronoun_taking_up, said_of_all
from docket.extract.roles import THROUGH_COUNSEL, Person, role_of_title, score_mention
from docket.extract.victims import DEED_DAY
from docket.text import FLAGS, NAME_WORD, fold


def find_persons(sentences: list[Sentence], pats: Patterns) -> list[Person]:
    persons: list[Person] = []
    runs = [name_runs(sentence.text) for sentence in sentences]
    # a headline may name "Houndégnon" before the report gives his full name
    surnames = {fold(name.split()[-1]) for found in runs for _, _, name, _ in found if name and " " in name}
    # lists set out a name a line: what each line's introducer is, and the role it gives
    listed_lines = ListedLines(sentences)
    for i, sentence in enumerate(sentences):
        s = sentence.text
        # searched only when a descriptor ("l'opposant X") needs it: most names have a stronger signal
        about_proceedings = _once(
            lambda s=s, lowered=sentence.lowered: (
                # searched case-sensitively in the lower-cased sentence (several times faster)
                may_match(pats.proceedings, lowered) and bool(search_lowered(pats.proceedings, s, lowered))
            )
        )
        named = [found for run in runs[i] if (found := _named_person(s, run, surnames))]
        named = without_non_parties(s, named)
        if not named:
            continue  # nobody named here: the roles and lists below have nothing to read
        # where each named person starts: a verb after the next name is that person's, not this one's
        # ("Y's" is a possessive inside a phrase, not the next subject)
        # "A, le directeur de cabinet de B, et C, qui dirige D, restent en prison": B and D stand inside
        # the appositions of A and C; they are neither items of the list nor subjects of its verb
        embedded = names_inside_appositions(s, [(start, end) for start, end, *_ in named])
        starts = [
            start for k, (start, end, *_) in enumerate(named) if k not in embedded and not _possessive(s, end)
        ]
        previous = sentences[i - 1].text if i else ""
        mentions: list[tuple[Person, int, int, str | None]] = []
        inside: list[bool] = []  # per mention: whether it stands inside another's apposition
        for k, (name_start, name_end, name, before, title_role, lowered_before) in enumerate(named):
            if mentions and ALIAS_BEFORE.fullmatch(s, mentions[-1][2], name_start):
                # "Kokou Kouwonou, plus connu comme Isidore Kouwonou": one person under two names
                aliased, first_start, _, first_role = mentions[-1]
                aliased.forms.add(name)
                if first_role is None:
                    # "Clement X, alias Nana Y, denied the charge": what follows the alias is told of the one
                    # it names
                    next_start = next((start for start in starts if start >= name_end), len(s))
                    first_role = score_mention(
                        aliased,
                        before,
                        s[name_end:],
                        None,
                        about_proceedings,
                        pats,
                        previous,
                        s[name_end:next_start],
                        lowered_before,
                    )
                # "A (aka C), 38, of Kaitaia, and B": a bracketed alias ends at its bracket, where the list
                # goes on
                closing = BRACKET_CLOSING.match(s, name_end)
                if closing and "(" in s[mentions[-1][2] : name_start]:
                    name_end = closing.end()
                mentions[-1] = (aliased, first_start, name_end, first_role)
                continue
            person = _find_or_add(persons, name, i)
            person.sentences.add(i)
            next_start = next((start for start in starts if start >= name_end), len(s))
            # "X, once John Y's top strategist, will spend four months in prison": the verb after a possessive
            # is the possessed noun's, not the possessor's (but "Y's case has been pushed" is Y's case)
            possessor = _possessive(s, name_end) and not _CASE_AFTER_POSSESSIVE.match(s, name_end)
            own_after = "" if possessor else s[name_end:next_start]
            after = s[name_end:]
            resumed = pronoun_taking_up(s, own_after)
            if resumed is not None:
                # "Quant à A et B, ils ont bénéficié d'une relaxe": the pronoun takes up the names put first
                own_after, after = " " + own_after[resumed.end() :], " " + after[resumed.end() :]
            role = score_mention(
                person,
                before,
                after,
                title_role,
                about_proceedings,
                pats,
                previous,
                own_after,
                lowered_before,
                object_of_relative=k in embedded and ends_on_relative_verb(before),
            )
            mentions.append((person, name_start, name_end, role))
            inside.append(k in embedded)
        # most sentences hold none of its participles: their gate spares the match
        opening = _OPENING_PARTICIPLE.match(s) if may_match(_OPENING_PARTICIPLE, sentence.lowered) else None
        if opening and mentions and mentions[0][3] is None and mentions[0][1] >= opening.end() - 2:
            # "Poursuivi pour atteinte à la sûreté de l'Etat, André Okombi Salissa devra revenir…"
            person, start, end, _ = mentions[0]
            if not s[opening.end() : start].strip():
                person.scores["defendant"] += 2
                person.role_text.setdefault("defendant", opening.group(1))
                mentions[0] = (person, start, end, "defendant")
        following = sentences[i + 1].text if i + 1 < len(sentences) else ""
        subject = mentions[0] if mentions and mentions[0][3] is None else None
        # "On commence le 7 septembre avec X. Ce Verviétois de 37 ans est accusé …": a name that closes its
        # sentence is the one the next sentence takes up, whatever opened it
        closes_sentence = subject is not None and not s[subject[2] :].strip(" .!")
        opening = "" if closes_sentence or subject is None else s[: subject[1]]
        if subject and (taken_up := subject_taken_up(opening, following, pats)):
            # "Derek O'Kelly (31) was the first to sit down. He is charged with robbery": the subject before
            mentions[0][0].scores["defendant"] += 2
            mentions[0][0].role_text.setdefault("defendant", taken_up)
        if mentions and mentions[0][3] is None:
            after_colon = bool(i) and sentences[i - 1].text.rstrip().endswith(":")
            if name_opens_a_line(s, mentions[0][1], after_colon) and (
                role := listed_lines.take_role(i, mentions[0][0], pats)
            ):
                mentions[0] = (*mentions[0][:3], role)
                # "- A : recel ; - B : vol ;": lines a semicolon ran together, each opening on its bullet
                for k, (person, start, *rest) in enumerate(mentions[1:], 1):
                    if rest[-1] is None and _BULLET_IN_LINE_BEFORE.search(s, max(0, start - 12), start):
                        mentions[k] = (person, start, *rest[:-1], listed_lines.take_role(i, person, pats))
        listed = [
            mention for mention, embedded_here in zip(mentions, inside, strict=True) if not embedded_here
        ]
        _share_roles_in_lists(s, listed, pats, previous, following, sentence.lowered)
    return persons  # those with no role and in no long list too: the pipeline may yet give them one


# a bullet after a semicolon right before a name: "…, port d'armes ; - Moussa X : recel ;" (looked for in the
# 12 characters before each name: a line of thousands of names stays linear)
_BULLET_IN_LINE_BEFORE = re.compile(r";\s*[-–—•*·]\s+$")


def _once(compute: Callable[[], bool]) -> Callable[[], bool]:
    """`compute`, called at most once: `functools.cache` costs more to build than most sentences save."""
    known: list[bool] = []

    def answer() -> bool:
        if not known:
            known.append(compute())
        return known[0]

    return answer


_ARTICLE_AT_END = re.compile(r"(?i:\b(?:l['’]|la |les |des |du ))$")


def _named_person(s: str, run: NameRun, surnames: set[str]) -> NamedRun | None:
    """A capitalised run that names a person: its span, the name, the text before it and its title's role."""
    _, run_end, name, name_start = run
    if name is None:
        return None
    before = s[max(0, name_start - 80) : name_start]
    if len(name.split()) > 2 and _ARTICLE_AT_END.search(before):
        # "le ministre de l'Industrie Youcef Yousfi": the first word is the ministry
        first = name.split()[0]
        name, name_start = name[len(first) + 1 :], name_start + len(first) + 1
        before = s[max(0, name_start - 80) : name_start]
    title_role, has_title = role_of_title(before)
    words = name.split()
    known_surname = fold(words[-1]) in surnames
    if len(words) < 2 and not (
        has_title
        or known_surname
        or ANONYMISED_NAME.fullmatch(name)
        or given_name_alone_names_someone(s, run_end, before, name)
    ):
        return None
    if not has_title and names_a_place(words, before, s, run_end):
        return None  # "les crimes du Beach", "the Cape Girardeau businessman": a place, untitled
    lowered_before = lowered_text(before)
    if (
        may_match(_CREDIT_BEFORE, lowered_before)
        and _CREDIT_BEFORE.search(before)
        # "Photo: Matthew X, jailed after admitting drugs offences": the one pictured, told by the caption
        and not _CAPTION_SUBJECT_AFTER.match(s, run_end)
    ):
        return None  # "Photo: Abubaker Lubowa/Daily Monitor": who took the picture
    if _BRACKETED_AFTER_NAME.search(before):
        return None  # "Job Sikhala (Zengeza West)", "Ali Bukeni (Nubian Li)": a seat or an alias, not someone
    quoted_alone = before.rstrip().endswith(("«", "“")) and s[run_end:].lstrip().startswith(("»", "”"))
    # "que son employeur (Fraternité Matin) avait licencié", "(Barbados Nation) Three Guyanese …": a name
    # alone between brackets is a paper's or a firm's, an aside
    # (not "l'accusé (Yao X)", "the victim (Jane Y)": a role's holder named in brackets)
    quoted_alone = quoted_alone or (
        before.endswith("(") and s.startswith(")", run_end) and not _ROLE_BEFORE_BRACKET.search(before)
    )
    if not has_title and (
        quoted_alone
        or (
            _NOT_A_PERSON_BEFORE.search(before)
            and not _GIVEN_TO_BEFORE.search(before)
            and not _PROCEEDING_OF_BEFORE.search(before)
            and not _HEARD_FROM_BEFORE.search(before)
            and not (_PAYEE_BEFORE.search(before) and _DAMAGES.search(s))
        )
    ):
        return None  # "le collectif « Ras-le-bol Congo »", "une agence à Hay Riad"
    name, end = name_with_its_ending(s, name, run_end)
    return name_start, end, name, before, title_role, lowered_before


# A sentence opened by what the accused undergo, then the name: "Poursuivi pour X, A devra…"
_OPENING_PARTICIPLE = re.compile(
    # ("Interpellés les 22 et 23 avril en possession de 8 kg d'ivoire, A, B et C …": arrested, then the names)
    # ("Arrêté et inculpé en juillet 2014, X, 38 ans, a vu son procès remis": arrested, then charged; "Arrêté
    # sur place, X a reconnu …": arrested at the scene)
    r"(?:[^.;:!?]{0,60}?\s[-–—]\s+)?\s*((?:arrêtée?s?(?= et| sur place| en flagrant délit)|"
    r"poursuivie?s?|accusée?s?|inculpée?s?|jugée?s?|"
    r"condamnée?s?|détenue?s?|incarcérée?s?|écrouée?s?|déférée?s?|interpellée?s?|"
    # "En prison depuis décembre 2021, N'golo X, qui présidait …": held, then the name
    r"charged|accused|convicted|indicted|remanded|arraigned|appearing(?! for)|en prison|en détention|"
    r"in custody|on remand)\b)"
    r"[^.;:!?]{0,200}?,\s*(?:(?:le|la|l['’]|the)\s+)?",
    FLAGS,
)
_POSSESSIVE = re.compile(r"['’]s?\b")
_CASE_AFTER_POSSESSIVE = re.compile(
    r"(?:['’]s?)?\s+(?:case|matter|trial|retrial|sentencing|arraignment|"
    r"(?:post-arrest |pre-arrest |interim |fresh )?(?:bail|remand|sentencing|committal) "
    r"(?:bid|application|hearing|request|plea|petition))\b",
    FLAGS,
)


def _possessive(s: str, name_end: int) -> bool:
    """The name ending at `name_end` is a possessor: "Y's" written after the run, or inside it ("Tramp's" is
    one capitalised word)."""
    return bool(_POSSESSIVE.match(s, name_end)) or s[max(0, name_end - 2) : name_end] in ("'s", "’s")


# "a refusé la liberté provisoire à X", "infligé à X", "opposant le parquet à X": the one it befalls
_GIVEN_TO_BEFORE = re.compile(
    r"(?:\b(?:refus|accord|inflig|octroy|reproch|notifi|impos|signifi|retir|profit|raison|intent)\w*\b[^.;:!?]{0,50}|"
    r"\bopposant (?:le )?(?:ministère public|parquet) )\bà\s+$",
    FLAGS,
)


# "the terrorism trial of Abubakar Malami", "the murder of Kevin Lunney", "the killings of A and B", "In
# rejecting the application of Nursahira X", "allowed the appeal of Paul X", "postponed the matter of A, 24,
# and B": after "of", a proceeding's or a crime's noun names a person
_PROCEEDING_OF_BEFORE = re.compile(
    r"\b(?:trial|retrial|case|matter|arrest|release|detention|remand|conviction|acquittal|sentencing|arraignment|"
    r"(?:bail )?(?:application|hearing)|extradition|prosecution|murders?|killings?|deaths?|rapes?|"
    r"manslaughter|abductions?|kidnappings?|assaults?|stabbing|shooting|defilement|disappearance|"
    r"appearance(?: there)?|pleas?|appeals?|petitions?)" + DEED_DAY + r"\s+of\s+$",
    FLAGS,
)


# "tenus de payer : … ; à Alphonse X, à Flavien Y et à la famille Z, 30 000 dollars chacun": the payees
_PAYEE_BEFORE = re.compile(r"(?:[,;]|\bet)\s+à\s+$", FLAGS)
_DAMAGES = re.compile(
    r"\b(?:payer|verser|versera|dommages|réparations?|indemni\w+|damages|compensation)\b", FLAGS
)


_BRACKETED_AFTER_NAME = re.compile(rf"{NAME_WORD}\s*\(\s*$")


# A picture's or an article's credit line: the name after it is the photographer's or the writer's.
_CAPTION_SUBJECT_AFTER = re.compile(r",\s+(?:who\b|(?-i:[a-z]+ed)\b)")
_CREDIT_BEFORE = re.compile(r"(?:\bphotos?|\bcrédits?(?: photo)?|\bcredits?|\bimage|©)\s*[:：]\s*$", FLAGS)


# What stands right before an organisation's or a place's name, not a person's.
# "The court heard from Rebecca X, prosecuting": "from" a speaker, not from a place
_HEARD_FROM_BEFORE = re.compile(
    r"\b(?:heard|hears|hear|hearing|evidence|testimony|submissions?|statements?|arguments?) from\s+$", FLAGS
)
_ROLE_BEFORE_BRACKET = re.compile(
    # (nor "l'avocat général (Klougan X)", "The pair, aged 29 (Matlou) and 43 (Maphoto)": a role or an age)
    r"(?:\b(?:accusée?|prévenue?|inculpée?|defendant|accused|suspect|victime?|victim|juge|judge|magistrate|"
    r"avocate?|lawyer|counsel|procureure?|prosecutor|témoin|witness|plaignante?|complainant|défense|defen[cs]e)s?"
    r"(?:\s+[\w-]+)?|\b\d{1,3}(?:\s+ans|\s+years?(?:\s+old)?)?,?)\s*\($",
    FLAGS,
)
_NOT_A_PERSON_BEFORE = re.compile(
    # (not "Quant à A, il …": the names the sentence puts first; nor "in front of A", "on behalf of B")
    # ("the cases reviewed were that of Geoffrey X, 50, jailed for life": the case of the one named)
    r"\b(?<!quant )(?:à|au|aux|in|at|near|près de|from|(?<!front )(?<!behalf )(?<!that )(?<!those )of)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?$|"
    # "militants de l'association Rassemblement Actions Jeunesse", "members of the group Free Uganda Now"
    r"\b(?:l['’]association|le mouvement|le parti|le collectif|l['’]organisation|l['’]ONG|le syndicat|"
    r"la coalition|la plateforme|"
    r"the (?:group|party|movement|association|coalition|organi[sz]ation|NGO|union))\s+$",
    FLAGS,
)


def _share_roles_in_lists(
    sentence: str,
    mentions: list[tuple[Person, int, int, str | None]],
    pats: Patterns,
    previous: str,
    following: str = "",
    lowered: str | None = None,
) -> None:
    """A role given next to one name of a list holds for the whole list.

    "les juges David Bouverat et Stephan Zenger", "the defence lawyers - A, B and C",
    "X, Y et Z ont été condamnés". A list that names no role of its own takes the role of the group its
    clause introduces: "Quatre prévenus ont comparu. Il s'agit de A, de B et de C", "manquent à
    l'appel : A, B", "Three of his co-accused appeared: A, a former officer; B; and C", "Parmi eux, A".
    """
    roles = [role for *_, role in mentions]
    # "According to Phindi X, spokesperson for the NPA, A, B and C are charged": the source is no item
    # `lowered`: `lowered_text(sentence)`, whose word gates say for every part of the sentence at once
    quoted = may_match(_SOURCE_BEFORE, lowered)
    sources = {
        i
        for i, (_, start, end, _) in enumerate(mentions)
        if (quoted and _SOURCE_BEFORE.search(sentence, 0, start))
        # "Through advocate X, A and B said they were innocent": the one counsel a fronted phrase names, its
        # comma closing it, is no item of the clients' list (not "through advocates A, B and C")
        or (_FRONTED_THROUGH.match(sentence, 0, start) and sentence.startswith(",", end))
    }
    linked = [
        links(sentence[left_end:right_start]) and not {i, i + 1} & sources
        for i, ((_, _, left_end, _), (_, right_start, _, _)) in enumerate(
            zip(mentions, mentions[1:], strict=False)
        )
    ]
    for i, is_linked in enumerate(linked):  # forward: the role noun stands before the list
        if bench_not_shared(sentence, mentions[i][2], mentions[i + 1][2], roles[i]):
            # "que préside le juge Martin, Paul D., 28 ans, …": one judge, then the one tried; "stood before
            # Magistrate X together with A and B": A and B a list of their own, read for its introducer
            linked[i] = False
            continue
        if is_linked and roles[i] is not None and roles[i + 1] is None:
            roles[i + 1] = roles[i]
            _give_role(mentions[i + 1][0], roles[i], mentions[i][0])
    carried: str | None = None  # "A et B, qui défendent …": a role the text after the list gives all of it
    for i in range(len(linked) - 1, -1, -1):  # backward: the verb stands after the list
        if linked[i] and roles[i + 1] == "defendant" and roles[i] is None:
            roles[i] = "defendant"
            _give_role(mentions[i][0], "defendant", mentions[i + 1][0])
            continue
        if carried is None and roles[i + 1] not in (None, "defendant"):
            carried = roles[i + 1] if said_of_all(sentence, mentions[i + 1][2]) else None
        if (
            carried
            and linked[i]
            and roles[i] is None
            and bare_joint(sentence, mentions[i][2], mentions[i + 1][1])
        ):
            roles[i] = carried
            _give_role(mentions[i][0], carried, mentions[i + 1][0])
        else:
            carried = None
    first = 0
    while first < len(mentions):  # each list (a run of linked names), read for its introducer
        last = first
        while last < len(linked) and linked[last]:
            last += 1
        if all(role is None for role in roles[first : last + 1]):
            group = group_role(sentence, mentions[first][1], pats, previous, following, lowered)
            if (lawyers := _LAWYERS_TITLE.search(sentence, 0, mentions[first][1])) and (
                lawyers.group(0).rstrip() not in ("Maître", "Maitre") or last - first >= 2
            ):
                # "Mes A, B et C, qui ont plaidé": the lawyers' plural title; "Maître A, B, C et D ont formé
                # un collectif d'avocats": the singular one, before a list of three or more, is shared too
                group = ("defense_counsel", "Mes")
            if group is None and last > first:
                # "… let A and B out on bail. Both are charged with …": a list the next sentence takes up
                group = taken_up_as_accused(following, pats)
            if group == NO_ROLE:
                pass  # "Plusieurs figures du parti …, parmi lesquelles A, B": a group that is no party
            elif group is not None:
                for person, *_ in mentions[first : last + 1]:
                    person.scores[group[0]] += 2
                    person.role_text.setdefault(group[0], group[1])
            elif (
                last - first + 1 >= ENUMERATION
                and not in_quotation(sentence, mentions[first][1])
                # "les cinq candidats (A, B, C, D, E) battent campagne": a list in brackets spells out the
                # noun before it, which names no part in the trial (an accused noun gives its role above)
                and not sentence[: mentions[first][1]].rstrip().endswith("(")
                # "Four sureties came forward: for Mpande, A and B; for Mwanje, C and D": no parties
                and not NO_PARTY_GROUP.search(
                    sentence, max(0, mentions[first][1] - GROUP_WINDOW), mentions[first][1]
                )
            ):
                for person, *_ in mentions[first : last + 1]:
                    person.enumerated = True
        first = last + 1


_LAWYERS_TITLE = re.compile(r"(?:\b(?:Mes|Maîtres|Maitres)|(?-i:Maître|Maitre))\s+$")


_SOURCE_BEFORE = re.compile(r"(?:according to|selon|d['’]après)\s+(?:\w+\s+){0,3}$", FLAGS)
_FRONTED_THROUGH = re.compile(r"\s*" + THROUGH_COUNSEL + r"\s+(?:\w+\s+){0,3}$", FLAGS)


def _give_role(person: Person, role: str, source: Person) -> None:
    person.scores[role] += 2
    person.role_text.setdefault(role, source.role_text.get(role, ""))


def _given_names_differ(words: list[str], known: list[str]) -> bool:
    """Whether given names tell two of one surname apart: "Rasmané X", "Awa X"; "Ali Kaba X", "Ali Sidi X"."""
    mine, theirs = words[:-1], known[:-1]
    if not mine or not theirs:
        return False
    if not set(mine) & set(theirs):
        return True
    return len(mine) > 1 and len(theirs) > 1 and _lacks(mine, theirs) and _lacks(theirs, mine)


def _lacks(names: list[str], others: list[str]) -> bool:
    return any(
        not any(
            other == name or (len(name.rstrip(".")) == 1 and other.startswith(name.rstrip(".")))
            for other in others
        )
        for name in names
    )


def _find_or_add(persons: list[Person], name: str, sentence: int) -> Person:
    # "Da", "Jérôme Kpiéfité Da": a surname may be a word that elsewhere is a particle
    key_words = [w for w in folded_words(name) if w not in PARTICLES] or folded_words(name)
    surname = key_words[-1]
    for person in persons:
        if name in person.forms:
            return person  # a name given before as this person's alias
        known = folded_words(person.name)
        if _given_names_differ(key_words, known):
            continue
        if surname == known[-1] or (len(key_words) == 1 and surname in known):
            if len(name) > len(person.name) and set(key_words) >= set(known) - {known[-1]} | {surname}:
                person.forms.add(person.name)
                person.name = name
            else:
                person.forms.add(name)
            return person
    person = Person(name=name, first_sentence=sentence)
    persons.append(person)
    return person
