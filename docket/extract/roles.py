"""Roles: what one mention of a name says of the person's part (cue nouns, appositions, titles)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from docket import lexicon
from docket.extract.appositions import appositive_role, done_past_apposition, done_to_the_named
from docket.extract.counsel import GENERIC_COUNSEL, SIDE_TO_COUNSEL_GAP, counsel_verb_after
from docket.extract.cue_starts import role_cues_in
from docket.extract.names import (
    ATTRIBUTIVE_BEFORE_COURT,
    BARE_TITLES,
    RANK_COMPLEMENT_AT_END,
    TITLE_WORDS,
    folded_words,
)
from docket.extract.patterns import Patterns, lowered_text, may_match
from docket.extract.role_gaps import (
    AGE_AFTER_NAME,
    APPOSITION_GAP,
    ARTICLE_FIRST,
    CLIENT_AFTER_OF,
    CLIENT_BETWEEN,
    COUNSEL_FOR_CLIENT,
    NAME_THEN_COMMA,
    POSSESSIVE_COUNSEL,
    RANKS,
    REPRESENTED_BY_GAP,
    REPRESENTING,
    ROLE_COMPLEMENT_GAP,
    VERB_IN_GAP,
    WITH_CO_ACCUSED,
    accused_in_office,
    bench_spoken_before,
    role_noun_of_no_part,
)
from docket.extract.role_shapes import (
    COMPLEMENT_OFF_THE_BENCH,
    OFFICE_BEFORE,
    client_of_counsel,
    presides_the_sitting,
    role_told_after,
    victims_own_counsel,
)
from docket.extract.subject_verbs import verb_of_the_accused_after
from docket.extract.victims import VICTIM_AFTER, VICTIM_CONTEXT, victim_told_before
from docket.extract.wordsets import search_from_starts
from docket.text import FLAGS, NAME_WORD, UPPER

_TITLE_ROLES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"(?:Me|Maître|Maitre|Mes|Maîtres|Maitres|maître)$"), "defense_counsel"),
    # ("Mr Recorder Toby X KC": a part-time judge of the Crown Court in England and Wales)
    (re.compile(r"(?:Judge|Justice|Magistrate|Recorder|juge|Juge)$"), "judge"),
    (re.compile(r"(?:Prosecutor|prosecutor|procureur|procureure|Procureur)$"), "prosecutor"),
    (re.compile(r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)$"), None),
    # police ranks, whose bearer the press names by surname alone: "Police prosecutor Sgt 2202 Fadera"
    (re.compile(r"(?:Sgt\.?|Sergeant|Inspector|Insp\.?|Corporal|Cpl\.?|Constable|Supt\.?|ASP|DSP)$"), None),
)


_VERSUS_AFTER = re.compile(rf"\s+(?:contre|c/|v\.|vs\.?|versus)\s+(?:M\.\s+|Mr\.?\s+)?{NAME_WORD}")
_CASE_NOUN = r"(?i:\baffaire|\bcase|\bprocès|\bdossier)"
_CASE_NAMED_BEFORE = re.compile(rf"{_CASE_NOUN}\s*$")
_AGAINST_BEFORE = re.compile(
    rf"{_CASE_NOUN}\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}\s+"
    r"(?:contre|c/|v\.|vs\.?|versus)\s+(?:M\.\s+|Mr\.?\s+)?$"
)


_KIN_OF = re.compile(
    r"\b(?:mère|père|veuve|veuf|fils|fille|frère|sœur|famille|proches|épouse|mari|mother|father|widow|son|"
    r"daughter|brother|sister|family|wife|husband) (?:de|d'|d’|du|of)\s*$",
    FLAGS,
)


# "le père du défunt Ndiaga Diouf", "the deceased, Mary X": the dead are not tried
_DECEASED_BEFORE = re.compile(r"\b(?:défunte?|the deceased,?)\s+$", FLAGS)


@dataclass
class Person:
    name: str
    forms: set[str] = field(default_factory=set)
    scores: Counter[str] = field(default_factory=Counter)
    role_text: dict[str, str] = field(default_factory=dict)
    first_sentence: int = 0
    sentences: set[int] = field(default_factory=set)
    # named in a long list of people the text gives no part: the accused, when the article is a court report
    enumerated: bool = False

    @property
    def surname_key(self) -> str:
        return folded_words(self.name)[-1]

    def role(self) -> str | None:
        if not self.scores:
            return None
        return max(self.scores.items(), key=lambda item: (item[1], item[0] == "defendant"))[0]


# "son père, Albert Kayembe": a relative who speaks, not someone tried
_KIN_APPOSITION = re.compile(
    r"\b(?:son|sa|leur|ses|his|her|their)\s+(?:père|mère|frère|sœur|fils|fille|oncle|tante|épouse|mari|"
    r"veuve|father|mother|brother|sister|son|daughter|uncle|aunt|wife|husband|widow)\s*,\s*$",
    FLAGS,
)


# "His wife, X, has now been sentenced to 27 years": the relative is the one tried when the verdict is hers
_TRIED_AFTER_KIN = re.compile(
    r"[^.;:?!]{0,60}?\b(?:(?:has|have|had|was|were) (?:now |since |also )?been (?:sentenced|jailed|convicted|"
    r"charged|found guilty)|(?:pleaded|pled) guilty|(?:a|ont) été (?:\w+ )?(?:condamnée?s?|inculpée?s?|"
    r"reconnue?s? coupables?)|(?:est|sont) (?:\w+ )?(?:condamnée?s?|jugée?s?|poursuivie?s?))\b",
    FLAGS,
)


def score_mention(
    person: Person,
    before: str,
    after: str,
    title_role: str | None,
    about_proceedings: Callable[[], bool],
    pats: Patterns,
    previous: str = "",
    own_after: str | None = None,
    lowered_before: str | None = None,
    object_of_relative: bool = False,
) -> str | None:
    """Weigh what one mention says of a person's role: explicit role words beat verb context.

    `own_after` is the text after the name up to the next person named: a verb past that one is theirs
    ("Le ministre, X, a commenté le procès de Y, poursuivi pour fraude").
    """
    # "La mère de Romain Verstraete, partie civile": the apposition is the mother's
    # the text before the name lower-cased once: its word gates are then read in one pass (`may_match`)
    if lowered_before is None:  # not given, or `before` has characters lower-casing would misplace
        lowered_before = lowered_text(before)
    if ATTRIBUTIVE_BEFORE_COURT.match(after):
        return None  # "A Las Vegas jury has convicted …", "An Old Bailey jury": a place naming the court
    kin = may_match(_KIN_OF, lowered_before) and _KIN_OF.search(before)
    # "A et B, avocats de X": a plural apposition is a list's; after a name alone it opens the next clause
    one_person = not _LIST_BEFORE.search(before[-24:])
    after_role, after_text = (None, "") if kin else appositive_role(after, pats, one_person=one_person)
    cue_role, cue_text = _cue_role(before, after, pats, previous, lowered_before)
    if cue_role in ("judge", "prosecutor", "defense_counsel") and accused_in_office(before, after, cue_text):
        cue_role, cue_text = ("defendant", "accused in office")  # "prévenus : le magistrat A, l'avocat B"
    if cue_role in ("judge", "prosecutor") and AGE_AFTER_NAME.match(after):
        # "In another matter before the same magistrate, Daniel X, 27, appeared": the one of that age is not
        # the magistrate named before
        cue_role, cue_text = None, ""
    victim_before = may_match(VICTIM_CONTEXT, lowered_before) and victim_told_before(before)
    if victim_before or VICTIM_AFTER.match(after):
        person.scores["victim"] += 3
        person.role_text.setdefault("victim", before.split()[-2] if len(before.split()) > 1 else "")
        return "victim"
    if ("éfunt" in before or "deceased" in before) and _DECEASED_BEFORE.search(before):
        # "l'affaire Ndiaga Diouf" named the case after its victim: what made the dead a defendant was that
        person.scores.pop("defendant", None)
        person.scores["victim"] += 3
        person.role_text.setdefault("victim", before.split()[-1])
        return "victim"
    if _VERSUS_AFTER.match(after) and _CASE_NAMED_BEFORE.search(before):
        # "l'affaire Léon Charles contre Rosemond Jean": the one who brings the case, named first …
        person.scores["civil_party"] += 3
        person.role_text.setdefault("civil_party", "contre")
        return "civil_party"
    # most text before a name holds no case noun (their gate: the window's one pass)
    against = _AGAINST_BEFORE.search(before) if may_match(_AGAINST_BEFORE, lowered_before) else None
    if against:
        # … and the one it is brought against, named second
        person.scores["defendant"] += 3
        person.role_text.setdefault("defendant", against.group(0).strip())
        return "defendant"
    appearing = counsel_verb_after(before, after)
    if appearing:
        # "Kholwani Ngwenya appeared for all four", "X, appearing for the State": counsel, by whom they serve
        role = "prosecutor" if appearing.group(1) else "defense_counsel"
        person.scores[role] += 3
        person.role_text.setdefault(role, appearing.group(0).strip())
        return role
    told = role_told_after(before, after)
    if told is not None:
        # "with Mr X presiding", "Inspector X sought …", "X, of Y Attorneys, represented Z"
        person.scores[told[0]] += 3
        person.role_text.setdefault(told[0], told[1])
        return told[0]
    if (
        after_role in (None, "defendant")
        and may_match(_SPEAKING_COUNSEL, lowered_before)
        and _SPEAKING_COUNSEL.search(before)
    ):
        # "Dans ce dossier, soutient Me X, chacun des prévenus …": a lawyer who speaks is one at work, and
        # what follows the incise is what the lawyer says
        person.scores["defense_counsel"] += 3
        person.role_text.setdefault("defense_counsel", "Me")
        return "defense_counsel"
    if (
        after_role
        and cue_role
        and cue_role != after_role
        and cue_text not in BARE_TITLES
        # the name right after the comma, or after a rank and a number: "Sergeant 9155 X"
        and RANKS.sub("", _TITLE_WORD.sub("", before[-40:])).rstrip().endswith(",")
    ):
        # "Selon la procureure de la République, X, les prévenus avaient …": X is named in apposition to
        # the role noun before; the noun after the closing comma opens the main clause
        after_role, after_text = None, ""
    if after_role == "defendant" and cue_role == "judge" and before.rstrip().endswith(cue_text):
        # "before Magistrate X, the accused, asked …": the noun after the comma opens the main clause
        after_role, after_text = None, ""
    if after_role == "defense_counsel" and cue_role == "prosecutor" and _TRADE_NOUN.match(after_text):
        # "the State side, headed by X, a lawyer with the Communications Commission": the side told before
        # the name; the apposition's "a lawyer" is a trade, which either side may ply
        after_role, after_text = None, ""
    # the text before a name is tried only where one of the pattern's words begins (`search_from_starts`)
    if after_role == "defense_counsel" and search_from_starts(pats.defendant_before, before, lowered_before):
        # "l'audience de Sonia X, avocate et chroniqueuse": the one tried, whose trade is the law
        after_role, after_text = "defendant", after_text
    done = (
        done_past_apposition(after, pats, described=True) if after_role in ("judge", "prosecutor") else None
    )
    if done is not None:
        # "X, Zimbabwe's chief magistrate, was freed on bail": the office is the person's trade, the verb
        # their part in this case
        after_role, after_text = "defendant", done.group(0)
    if after_role:
        person.scores[after_role] += 3
        person.role_text.setdefault(after_role, after_text)
        return after_role
    by_office = cue_role in ("defense_counsel", "judge", "prosecutor")
    co_accused = (WITH_CO_ACCUSED.match(after) or done_to_the_named(after, pats)) if by_office else None
    if co_accused is not None:
        # "A Lusaka lawyer, Germano X, and his two co-accused", "le magistrat X a été condamné": the accused
        cue_role, cue_text = "defendant", co_accused.group(0).strip(" ,")
    if cue_role and cue_text not in BARE_TITLES:
        person.scores[cue_role] += 3
        person.role_text.setdefault(cue_role, cue_text)
        return cue_role
    if (
        may_match(_KIN_APPOSITION, lowered_before)
        and _KIN_APPOSITION.search(before)
        and not _TRIED_AFTER_KIN.match(own_after if own_after is not None else after)
    ):
        return None
    # a bare title says little: "le dossier de Me X" is about a defendant who happens to be a lawyer
    # most text before a name holds no rank: its gate spares the search (tried at every position)
    ranked = (
        RANK_COMPLEMENT_AT_END.sub(r"\1 ", before)
        if may_match(RANK_COMPLEMENT_AT_END, lowered_before)
        else before
    )
    untitled = _TITLE_AT_END.sub("", ranked)
    after_text = after if own_after is None else own_after
    after_signal = verb_of_the_accused_after(after_text, untitled, object_of_relative, pats)
    # `untitled` begins `before`: the lower-cased text's slice is its own
    lowered_untitled = (
        lowered_before[: len(untitled)]
        if lowered_before is not None and before.startswith(untitled)
        else lowered_text(untitled)
    )
    signal = (
        after_signal
        # `untitled` begins `before`: without the gate's words in `before`, it has none either
        or (
            search_from_starts(pats.defendant_before, untitled, lowered_untitled)
            if may_match(pats.defendant_before, lowered_before)
            else None
        )
        or (
            search_from_starts(pats.defendant_descriptor, untitled, lowered_untitled)
            # most text before a name holds no descriptor word: their search spares the pattern's
            # ("reproché à son client, Maître X": a lawyer's title tells whose the descriptor is not)
            if title_role != "defense_counsel"
            and about_proceedings()
            and may_match(pats.defendant_descriptor, lowered_untitled)
            else None
        )
    )
    if cue_role and cue_role not in person.scores:
        # a title is one fact about a person, however often it is repeated
        person.scores[cue_role] += 1
        person.role_text.setdefault(cue_role, cue_text)
    if signal:
        person.scores["defendant"] += 2
        person.role_text.setdefault("defendant", signal.group(0).strip(" ,"))
        return "defendant"
    if title_role and title_role not in person.scores:
        person.scores[title_role] += 1
        person.role_text.setdefault(title_role, before.split()[-1])
    return None  # a bare title is too weak to lend its role to a list


def role_of_title(before: str) -> tuple[str | None, bool]:
    if not before.endswith((" ", "\u00a0")):
        return None, False  # a title is a word then a space: without the space no title pattern counts
    words = before.rstrip().split(" ") if before.strip() else [""]
    # "Police prosecutor Sgt 2202 Fadera", "Sergeant 3368 Ceesay": a service number between title and name
    title_at = len(words) - 2 if len(words) > 1 and words[-1].isdigit() else len(words) - 1
    last = words[title_at]
    if last == "Recorder" and (len(words) < 2 or words[-2] not in ("Mr", "Mrs", "Ms", "Miss", "the")):
        return None, False  # "Business Recorder Report Published …": a paper's name, not the bench's title
    for pattern, role in _TITLE_ROLES:
        if pattern.search(last):
            # "au Palais de Justice de N'Djamena", "the Commissioner for Justice, X": a building's or an
            # office's name, not the bench's title
            head = " ".join(words[:title_at]) + " "
            if OFFICE_BEFORE.search(head, max(0, len(head) - 40)):
                return None, False
            return role, True
    return None, False


def _names_someone(gap: str) -> bool:
    """A capitalised word between a role noun and a name: the role is that other person's.

    Ranks and forms of address are not names: "presided over by Her Honour X", "Chief Inspector X".
    """
    return bool(_UPPER_LETTER.search(RANKS.sub("", _TITLE_WORD.sub("", gap))))


def _cue_role(
    before: str, after: str, pats: Patterns, previous: str, lowered_before: str | None
) -> tuple[str | None, str]:
    """The role noun closest before the name, if nothing but a few words separate them.

    "l'avocat de la défense, Me X" gives X the role; "selon le procureur, X aurait…" does not (X is the
    topic), but "selon la procureure, X, …" does (X is the procureure, named between commas).
    """
    best: tuple[str | None, str] = (None, "")
    last_cue: tuple[str | None, int] = (None, 0)  # the role and end of the cue before, read or passed over
    # searched from the role nouns' beginnings in `lowered_before` (`lowered_text(before)`), without a
    # word gate: nine texts in ten before a name hold one of its words ("m", "s ", "pr"…), whose hits in
    # every sentence's automaton pass (`may_match`) cost more than the tenth spared
    cues = role_cues_in(pats.role_cue, before, lowered_before)
    for m in cues:
        if m.lastgroup is None:
            continue
        role = pats.role_of_group[int(m.lastgroup[1:])]
        # "prosecuting counsel X", "Crown Counsel Advocate X": one office told in two nouns; "For the Crown
        # appears senior Treasury counsel X", "the prosecution is led by lawyer X": the side told first, the
        # trade after it
        one_office = (
            role == "defense_counsel"
            and last_cue[0] == "prosecutor"
            and GENERIC_COUNSEL.fullmatch(m.group(0)) is not None
            and SIDE_TO_COUNSEL_GAP.fullmatch(before, last_cue[1], m.start()) is not None
        )
        role, last_cue = ("prosecutor" if one_office else role), (role, m.end())
        gap = before[m.end() :]
        if role == "defendant" and REPRESENTED_BY_GAP.match(gap):
            return "defense_counsel", (m.group(0) + gap).strip()  # "the accused, represented by X"
        # few texts before a name hold an office's words: the gate (`lowered_before`) spares the search
        if may_match(OFFICE_BEFORE, lowered_before) and OFFICE_BEFORE.search(
            before, max(0, m.start() - 40), m.start()
        ):
            continue  # "le ministre de la Justice, X", "the Minister of Justice X": an office, not the bench
        if role_noun_of_no_part(before, m.start(), role, "," in gap):
            continue  # "un ancien bâtonnier : X", "had a lawyer, X said": not X's part in this trial
        if role in ("victim", "civil_party") and client_of_counsel(before, m.start()):
            continue  # "l'avocate de la victime, Me X": the counsel noun before names X's part
        if role == "defendant" and client_of_counsel(before, m.start(), gap):
            # "Avocat de plusieurs accusés, Me X": the clients of the counsel X is
            return "defense_counsel", before[max(0, m.start() - 40) : m.end()].strip(" ,")
        if (
            role == "defense_counsel"
            and POSSESSIVE_COUNSEL.match(m.group(0))
            and _THROUGH.search(before, max(0, m.start() - 30), m.start())
            # (not "Through his lawyer Eron X, he told court": the name right after the noun is the lawyer's)
            and "," in gap
            # (nor "Through their advocates, A and B, the two had opposed …", "through their advocates C, D
            # and E": the counsel named in the apposition, the clients taken up after it, or counsel listed)
            and not _CLIENTS_TAKEN_UP.match(after)
            and not (m.group(0).endswith("s") and _NAME_IN_GAP.search(gap))
        ):
            return "defendant", m.group(0)  # "Through his lawyers, X told the court": X is the client
        if role == "judge" and COMPLEMENT_OFF_THE_BENCH.match(gap):
            continue  # "le président du parti, X": a president, but not of the court
        # titles and ranks between a role and a name belong to the name ("M.", "Chief Inspector")
        bare_gap = RANKS.sub("", _TITLE_WORD.sub("", gap))
        # "Representing Doherty, Siobhan McCall": the client is named between the role and the counsel
        representing = REPRESENTING.fullmatch(m.group(0)) is not None
        if representing and not gap.strip():
            return "defendant", m.group(0)  # "Representing Doherty, …": Doherty is the client
        client_between = representing and bool(CLIENT_BETWEEN.fullmatch(gap))
        if client_between:
            pass
        elif "," in gap:
            if bench_spoken_before(before, m):
                continue  # "Devant les juges, Me X avait demandé …": where X spoke, not who X is
            if not ARTICLE_FIRST.match(m.group(0)) and NAME_THEN_COMMA.search(
                before, max(0, m.start() - 60), m.start()
            ):
                # "Selon Me Issiaga X, conseil des parties civiles, Harouna Y avait …": the role noun is the
                # apposition of the name before it, closed by its comma; the name after is another person
                continue
            if not (
                APPOSITION_GAP.fullmatch(bare_gap)
                or ROLE_COMPLEMENT_GAP.fullmatch(gap)
                or ROLE_COMPLEMENT_GAP.fullmatch(bare_gap)  # "…, le colonel X": a rank before the name
                or bare_gap.strip() == ","
            ):
                continue
            reported = _REPORTED_BY.search(before[: m.start()])
            if reported and not after.lstrip().startswith(","):
                continue
        elif (
            len(bare_gap.split()) > 4
            # "told the magistrate that Jikwana…": a clause opens between the role noun and the name
            # (not "l'avocat général (Klougan X)": the name in brackets right after its role noun)
            or (_CLAUSE_IN_GAP.search(bare_gap) and bare_gap.strip() != "(")
            or _names_someone(gap)
            # "The magistrate remanded X": a verb between them, whose object X is
            or VERB_IN_GAP.search(bare_gap)
        ):
            # "Judge Caroline Hughes told Bennett": the cue belongs to the name right after it
            continue
        if CLIENT_AFTER_OF.search(bare_gap):  # "solicitor for Mr West"
            # "l'avocat de X": X is the client, not the lawyer
            if role in ("defense_counsel", "civil_party_counsel"):
                return ("defendant" if role == "defense_counsel" else "civil_party"), m.group(0)
            continue
        if role == "judge" and m.group(0).lower() == "president":
            # "the elected President, Julius X": in English a head of state (courts have "presiding")
            continue
        if (
            role == "judge"
            and _PRESIDENT_ALONE.fullmatch(m.group(0))
            and not presides_the_sitting(before, gap, after)
        ):
            continue  # "la présidente, Hélène Carrasco" in a hearing; not "le président Patrice Talon"
        if best[0] is not None and best[1] not in BARE_TITLES and m.group(0) in BARE_TITLES:
            continue  # "avocat de la défense, Me X": the role noun says more than the title
        if role == "defense_counsel" and (_CIVIL_CLIENT.search(gap) or victims_own_counsel(before, m)):
            role = "civil_party_counsel"  # "l'avocat de celle-ci" after the partie civile
        if role == "civil_party" and re.search(
            r"(?i:\bMe\b|Ma[iî]tre|avocat|conseil|intermédiaire|représentée? par)", gap
        ):
            role = "civil_party_counsel"  # "constituée partie civile par l'intermédiaire de Me X"
        if role == "defendant" and COUNSEL_FOR_CLIENT.search(before[: m.start()]):
            role = "defense_counsel"  # "counsel to the first defendant, Mr X"
        best = (role, m.group(0))
    if best[1] in BARE_TITLES:
        # "les plaignantes, assistées par Me X";
        # "Il s'est constitué partie civile. Il est représenté par Me X"
        victims = r"(?i:plaignante?s?|victimes?|parties? civiles?|famille)"
        represented = re.search(rf"(?i:représentée?s? par|assistée?s? par)\s+(?:{TITLE_WORDS}\s*)?$", before)
        if re.search(victims, before) or (represented and re.search(victims, previous)):
            return "civil_party_counsel", best[1]
    return best


# "Through his lawyers, X", "Par la voix de son avocat, X": the one speaking through counsel is the client
THROUGH_COUNSEL = r"(?:through|via|par la voix d[eu]|par l['’]intermédiaire d[eu]|par le biais d[eu])"
_THROUGH = re.compile(THROUGH_COUNSEL + r"\s+$", FLAGS)
# "through their advocates C, D and E": a full name and the list going on, between the plural noun and a name
_NAME_IN_GAP = re.compile(r"(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z])[\w'’.-]+\s*(?:,|and\b|et\b)")
# "…, A and B, the two had opposed": the apposition's end, then the clients it named counsel for
_CLIENTS_TAKEN_UP = re.compile(
    r"(?:\s*(?:,|and|et)\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})*\s*,\s*"
    r"(?:the (?:two|three|four|five|accused|suspects?|pair|trio)|they|he|she|both|les deux|ils|elles?)\b",
    FLAGS,
)
# Clients that make a lawyer counsel for the civil party: victims, and the bodies that sue as one.
_CIVIL_CLIENT = re.compile(lexicon.CIVIL_CLIENTS)


# the patterns of `score_mention`, `_cue_role` and `appositive_role`, compiled once: each is searched
# before or after most names, and `re.search(string, …)` looks its pattern up (and builds the f-strings)
# on every call
_TITLE_AT_END = re.compile(rf"{TITLE_WORDS}\s*$")
_TITLE_WORD = re.compile(rf"{TITLE_WORDS}(?=\s|$)")
# "a lawyer with …", "un avocat au barreau de …": a trade, not a side (not "a defence lawyer")
_TRADE_NOUN = re.compile(
    r"(?i:(?:a|an|une?)\s+(?:(?!defen|défen)[\w-]+\s+)?(?:lawyer|advocate|attorney|avocate?)\b)"
)
_UPPER_LETTER = re.compile(rf"[{UPPER}]")
# ("Selon l'avocat, X offre toutes les garanties": an elided article is a word of its own)
_REPORTED_BY = re.compile(r"(?i:selon|d['’]après|according to)\s+(?:\w+\s+|\w['’]){0,2}$")
# a clause that opens between a role noun and a name: "told the magistrate that Jikwana…"
_CLAUSE_IN_GAP = re.compile(r"[.;:()]|\bet\b|\band\b|\bthat\b|\bque\b|\bqu['’]")
# the name closes a list ("A et Me B, avocats de la défense") or leads the group named after it ("Led by X,
# his lawyers …")
_LIST_BEFORE = re.compile(
    r"(?:\band|\bet|&|,)\s*(?:[A-Z][\w.]{0,6}\s+){0,2}$"
    r"|(?i:\b(?:led|headed) by|(?:conduite?s?|menée?s?) par)\s*$"
)
_PRESIDENT_ALONE = re.compile(r"(?i:(?:la |le )?(?:présidente?|president))")
_SPEAKING_COUNSEL = re.compile(
    r"\b(?:soutient|estime|explique|affirme|déclare|indique|précise|rappelle|souligne|plaide|insiste|martèle|"
    r"argue|dénonce|regrette|déplore|ajoute|poursuit|selon|"
    r"a (?:soutenu|estimé|expliqué|affirmé|déclaré|plaidé))"
    r"\s+(?:Me|Maître|Mes)\s*$",
    FLAGS,
)
