"""Lists of names one a line under a colon: "The accused are:" then "- Moses X", "- Nelson Y"; each line's
name takes the role of the group the colon's sentence introduces."""

from __future__ import annotations

import re

from docket.extract.charge_lists import WHO_THEN_WHAT, introduces_bulleted_offences
from docket.extract.group_roles import NO_ROLE, group_noun, group_role
from docket.extract.list_shapes import DEFENDANT_LIST_INTRODUCER
from docket.extract.mentions import Sentence
from docket.extract.patterns import Patterns, lowered_text
from docket.extract.roles import Person
from docket.text import FLAGS

# A list this long of people named with no part of their own is, in a court report, the list of the accused
# (lawyers, judges and witnesses come with their titles): measured on the blind batches, three in four are.
ENUMERATION = 4

# "The accused are:" then one name a line, each after a dash, a bullet or its number ("1. Gideon X")
BULLET = re.compile(r"\s*(?:[-–—•*·]\s+|\d{1,3}[.)](?:\s+|$))")
# "They are:" then "Alhaji X", "Tinashe Y (47)", "Ann Z," one a line: a name, its age or a short apposition
# (an initial's dot is no sentence's end: "Abdouli T. Bah")
LIST_LINE = re.compile(
    r"\s*(?-i:[A-Z])(?:[^.!?:;\n]|(?<=\b(?-i:[A-Z]))\.){2,70}[,.;]?\s*(?:and|et)?\s*", FLAGS
)
# a line that opens on the term, then the name: "two years – David X (26), Headingley;", "- life imprisonment
# plus 81 years: Peneas Y (21)"
TERM_BEFORE_NAME = re.compile(
    r"\s*(?:[-–—•*·]\s*)?(?:(?:[\w½]+[ -]){1,3}(?:ans?|années?|mois|years?|months?)|life|(?:la )?perpétuité)"
    r"\b[^:;—–\n]{0,40}?\s*[—–:-]\s+(?=(?-i:[A-Z]))",
    FLAGS,
)
# ("- MT 140105 Clinton X", "- Prison Officer C.1693 Praygod Y": a rank and a service number too)
# ("- retired Captain Milton X": the rank's "retired" or "former" before it)
# ("- le gendarme major A ;", "- l'adjudant-chef B": a French rank after its article, in lower case)
TITLE_ON_BULLET = re.compile(
    # ("- pupil teacher Justine X": an English trade in lower case, without its article)
    # (not "- a Wahl Deluxe shaving kit", "- the Melaka Mufti": an article opens a thing or an office)
    r"\s*(?:(?:(?:le|la|l['’])\s*)?(?!(?:a|an|the|de|du|des|un|une|les)\b)(?-i:[a-zà-ÿ][\w-]*)\s+"
    r"(?:(?-i:[a-zà-ÿ][\w-]*)\s+)?)?"
    r"(?:(?:retired|former|rtd\.?)\s+)?(?:(?:(?-i:[A-Z])[\w.]*|[\w.]*\d[\w.]*)\s+){0,3}",
    FLAGS,
)


def name_opens_a_line(line: str, name_start: int, after_colon: bool) -> bool:
    """Whether the name at `name_start` is the one a line of a list is about: after its bullet and perhaps a
    title ("- Sergeant Michelle X, of Roxboro station") or after its term ("two years – David X (26)"), or
    first on a line of names under a colon ("Among those missing were:" then "A, B, C and D")."""
    term_first = TERM_BEFORE_NAME.match(line)
    if term_first and term_first.end() == name_start:
        return True
    bullet = BULLET.match(line)
    return bool(
        (bullet or LIST_LINE.fullmatch(line) or after_colon)
        and TITLE_ON_BULLET.fullmatch(line, bullet.end() if bullet else 0, name_start)
    )


def on_a_line_of_a_list(text: str) -> bool:
    return bool(
        BULLET.match(text)
        or (
            LIST_LINE.fullmatch(text)
            and not _PROSE_AFTER_FIRST_WORD.match(text)
            and not _LIST_OPENING_WORD.search(text)  # "The accused —": the line a list hangs from
        )
        or TERM_BEFORE_NAME.match(text)
    )


# "Tous placés en détention préventive dans cette prison, les prévenus" then "- A,", "- B,": a line of prose,
# its words past the first in lower case, is the list's introducer, not one of its lines
_PROSE_AFTER_FIRST_WORD = re.compile(r"\s*\S+(?:\s+(?-i:[a-zà-ÿ])[\w'’-]*,?){4,}[\s,.;]*$", FLAGS)


class ListedLines:
    """ "Those remanded are:" and below it "- Moses X", "- Nelson Y" (or the names without bullets): each
    line's name takes the role of the group the colon's sentence introduces, as a list's items in line do.

    Each sentence is read once for whether it is a line of a list, and each introducer once for its role:
    a page of thousands of name lines stays linear.
    """

    def __init__(self, sentences: list[Sentence]) -> None:
        self._sentences = sentences
        self._head: dict[int, int] = {}  # sentence -> the nearest one at or before it that is no list line
        self._roles: dict[int, tuple[str, str] | None] = {}  # introducer -> the group role it gives
        self._count: dict[int, int] = {}  # introducer -> how many list lines follow it

    def _first_not_a_line(self, k: int) -> int:
        walked: list[int] = []
        while k >= 0 and k not in self._head and on_a_line_of_a_list(self._sentences[k].text):
            walked.append(k)
            k -= 1
        head = self._head.get(k, k)
        for index in walked:
            self._head[index] = head
        return head

    def _lines_under(self, intro: int) -> int:
        if intro not in self._count:
            end = intro + 1
            while end < len(self._sentences) and on_a_line_of_a_list(self._sentences[end].text):
                end += 1
            self._count[intro] = end - intro - 1
        return self._count[intro]

    def take_role(self, i: int, person: Person, pats: Patterns) -> str | None:
        intro = self._first_not_a_line(i - 1)
        if intro < 0:
            return None
        text = self._sentences[intro].text.rstrip()
        # "… against the 7 co-defendants, namely" then "- A,", "- B,": the word that opens a list, as a colon
        text = _LIST_OPENING_WORD.sub(" :", text)
        colon = text.endswith(":")
        if intro not in self._roles:
            previous = self._sentences[intro - 1].text if intro else ""
            if not colon:
                # "Poursuivis devant le TPI pour …, les accusés" then "- A,", "- B,": the group's noun ends
                # the line the list hangs from, without a colon
                self._roles[intro] = _group_noun_at_end(text, pats)
            elif (
                introduces_bulleted_offences(text, previous)
                and not _PEOPLE_NOUN_BEFORE_COLON.search(text)
                # ("Named on the one-count charge, all with no fixed address, were:" then a name a line)
                and not DEFENDANT_LIST_INTRODUCER.search(text)
            ):
                # "They appeared on a five-count charge sheet:" then "- Riotous Conduct (…)": no group
                self._roles[intro] = NO_ROLE
            else:
                self._roles[intro] = group_role(text, len(text), pats, previous, "", lowered_text(text))
                if self._roles[intro] is None and intro >= 2 and _ONLY_A_PRONOUN.match(text):
                    # "Three defendants … have admitted it. Their trial had been listed for Tuesday. They
                    # are:": a bare pronoun points past a sentence that names no group to the one that does
                    earlier = self._sentences[intro - 2].text
                    self._roles[intro] = group_role(text, len(text), pats, earlier, "", lowered_text(text))
        found = self._roles[intro]
        if found in (None, NO_ROLE) and _TERM_THEN_FOR.search(text):
            # "Peine de 02 ans de travaux forcés, avec sursis total, pour :", "5 ans de réclusion pour" then a
            # name a line: those the term is passed on
            found = ("defendant", "listed under the term passed on them")
        if colon and found == NO_ROLE and WHO_THEN_WHAT.match(self._sentences[i].text):
            # "Voici comment se répartissent les poursuites :" then "- A, B et C : association de malfaiteurs,
            # vol ;": who faces what, one line each
            found = ("defendant", "listed with the offences held against them")
        if (
            colon
            and found is None
            and self._lines_under(intro) >= ENUMERATION
            and _name_alone(self._sentences[i].text)
        ):
            # "Justice X admitted to bail the following members of the movement:" then eight names a line:
            # a long list no role names is, as one in a sentence, the list of the accused in a court report
            person.enumerated = True
        line = self._sentences[i].text
        # (a bullet telling a term needs no colon above it: "… d'engins incendiaires." then "- Guillaume X :
        # 12 mois, aménagés sous bracelet électronique")
        # ("… par le juge président, qui a infligé ces peines :" then "- A : 20 ans de réclusion, pour viol":
        # the bench that passed the terms named above, the ones it passed them on listed)
        bench = found is not None and found != NO_ROLE and found[0] in ("judge", "prosecutor")
        if (colon or BULLET.match(line)) and (found in (None, NO_ROLE) or bench) and _tells_a_term(line):
            # "The men concerned:" then "- Kieran X (49), Ballyfermot — six years, suspended;": the one a
            # term is told of, line by line, is the one sentenced
            found = ("defendant", "listed with the term passed on them")
        if found is None or found == NO_ROLE:
            return None
        role, cue = found
        person.scores[role] += 2
        person.role_text.setdefault(role, cue)
        return role


def _group_noun_at_end(line: str, pats: Patterns) -> tuple[str, str] | None:
    """The role of a plural group noun the line ends on ("…, les accusés"), or None."""
    end = len(line.rstrip(" ,"))
    for m in pats.role_cue.finditer(line, max(0, end - 40), end):
        if m.lastgroup is not None and m.end() == end and _PLURAL_ARTICLE.search(line, 0, m.start()):
            role = pats.role_of_group[int(m.lastgroup[1:])]
            if group_noun(m.group(0), role) and m.group(0).rstrip().endswith(("s", "x", "accused")):
                return role, m.group(0)
    return None


# a name's line that ends on its term: "— six years, suspended;", ": 18 mois ferme ;"
# ("- Michael X, 21: nine years' detention raised to 12 years;": an English colon, with no space before it)
# ("- A : pour assassinat, 20 ans de réclusion": the offence may come first)
_TERM_ON_THE_LINE = re.compile(
    r"(?:\s[—–:-]|:)\s*(?:(?:pour|for) [^.;:,]{1,60},\s*)?"
    r"(?:[\w½]+[ -]){1,4}(?:ans?|années?|mois|years?|months?)\b[^.;:]{0,40}[;.,]?\s*$",
    FLAGS,
)
# ("plusieurs notables tombent avec eux, chacun pour 10 ans :": the term after "pour", closing the line)
_TERM_THEN_FOR = re.compile(
    r"\b(?:ans?|années?|mois|years?|months?|perpétuité|life)\b[^.;:!?]{0,60}\b(?:pour|for)\s*:?\s*$|"
    r"\b(?:pour|for) (?:[\w½]+[ -]){1,2}(?:ans?|années?|mois|years?|months?)"
    r"(?: (?:de prison|ferme|each))?\s*:\s*$",
    FLAGS,
)
# ("The accused —" then "1. Michael X alias Y", …, "— pleaded not guilty": a dash opens the list as a colon)
_LIST_OPENING_WORD = re.compile(r",?\s+(?:namely|to wit|viz\.?|à savoir|notamment|[—–])\s*$", FLAGS)
# a name's line whose clause opens on its term: "- Bachir X : 10 ans, après avoir été jugé coupable …"
_TERM_OPENS = re.compile(
    r"[^:—–]{3,80}?\s[—–:]\s*(?:[\w½]+[ -]){1,2}(?:ans?|années?|mois|years?|months?)\b", FLAGS
)


def _tells_a_term(line: str) -> bool:
    """A name's line that tells the term passed on the one named, before or after the name."""
    return bool(_TERM_ON_THE_LINE.search(line) or _TERM_OPENS.match(line) or TERM_BEFORE_NAME.match(line))


# "Ce sont les chefs :" then "- Naganhoui Anatole,": the customary chiefs, not counts ("les chefs suivants :",
# "chefs d'accusation :" are counts)
# "… sont reconnus coupables de destruction de biens, de vols et d'abattage d'arbres les prévenus suivants :":
# the offences come first, the colon introduces the people
_PEOPLE_NOUN_BEFORE_COLON = re.compile(
    r"\b(?:sont|étaient|were|are) (?:les|des|the) chefs\s*:\s*$|"
    r"\b(?:les|des|ces|the(?: following)?)\s+(?:prévenus|accusés|inculpés|condamnés|détenus|personnes|"
    r"accused|defendants|suspects|convicts)(?:\s+suivante?s)?\s*:\s*$|"
    # "The defendants, charged by the police on four counts relating to armed robbery, are:": the group, its
    # charges in apposition
    r"\b(?:les|ces|the)\s+(?:prévenus|accusés|inculpés|condamnés|détenus|accused|defendants|suspects|convicts)"
    r",[^.;:!?]{1,120},\s+(?:are|were|sont|étaient)\s*:\s*$|"
    # "three men were convicted on several counts:" then a name a line, each with its terms
    r"\b(?:men|women|people|persons|accused|defendants|suspects|hommes|femmes|personnes|prévenus|accusés) "
    r"(?:were|have been|ont été|sont) "
    r"(?:convicted|sentenced|found guilty|jailed|condamnée?s|reconnue?s coupables)"
    r"\b[^.;:]{0,40}:\s*$|"
    # "Six personnes y répondent de poursuites pénales :" then a name a line: the group answers for them
    r"\b(?:men|women|people|persons|accused|defendants|suspects|hommes|femmes|personnes|prévenus|accusés|"
    r"individus) (?:y |en )?(?:répondent|répondaient|answer|face|faced)\b[^.;:]{0,60}:\s*$|"
    # "The officers facing the murder charge over the killing of A and B are:": a plural of people opens the
    # line and is the subject of its closing "are" (the charge it faces stands between)
    r"^\s*(?:the|les|ces)\s+(?:[\w-]+\s+)?(?:officers|policemen|policiers|soldiers|soldats|men|women|hommes|"
    r"femmes|persons|people|personnes|suspects|accused|defendants|accusés|prévenus|youths|jeunes|students|"
    r"étudiants|activists|militants|officials|agents)\b[^.;:!?]{0,160}\s(?:are|were|sont|étaient)\s*:\s*$",
    FLAGS,
)
# "They are:", "Ils sont :", "Ce sont :": an introducer whose only subject is a pronoun
_ONLY_A_PRONOUN = re.compile(
    r"\s*(?:they|these|those|ils|elles|ce|ceux-ci|celles-ci) (?:are|were|sont|étaient)\s*:$", FLAGS
)
_PLURAL_ARTICLE = re.compile(r"\b(?:les|des|ces|nos|the|these|all)\s+$", FLAGS)
_BRACKETED = re.compile(r"\([^()]*\)")
_LOWER_WORD = re.compile(r"\b(?-i:[a-zà-ÿ])[\w'’-]{3,}")


def _name_alone(line: str) -> bool:
    """A line that holds a name and no clause: "- Abdou Njie", "Peter Imwatok (Majority Leader)"; not "5.
    National IDs lodged with the court." (a list of terms, whose items are no people)."""
    return len(_LOWER_WORD.findall(_BRACKETED.sub("", line))) <= 1
