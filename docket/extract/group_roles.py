"""The role of the group a list of names unfolds: told by the list's introducer ("The accused are:",
"Il s'agit de"), by the clause or the sentence before it, or by what "all of them" do in the next sentence."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.list_shapes import (
    ALL_OF_THEM,
    DEFENDANT_LIST_INTRODUCER,
    FACING_THE_BENCH,
    GROUP_WINDOW,
    LIST_INTRODUCER,
    NAMED_NEXT,
    OWN_GROUP,
    TITLE_BEFORE_ITEM,
    VICTIM_LIST_INTRODUCER,
)
from docket.extract.patterns import Patterns, may_match
from docket.extract.role_shapes import COMPLEMENT_OFF_THE_BENCH
from docket.text import FLAGS


def group_role(
    sentence: str,
    first_start: int,
    pats: Patterns,
    previous: str,
    following: str = "",
    lowered: str | None = None,
) -> tuple[str, str] | None:
    """The role of the group a list introducer points back to, in its clause, the sentence before, or
    what "all of them" do in the sentence after."""
    # "The victims of the abduction: Prof A, Dr B": the first item's title is not the introducer's end
    before = TITLE_BEFORE_ITEM.sub("", sentence[max(0, first_start - GROUP_WINDOW) : first_start])
    # the sentence's word gates hold for its part before the list (`lowered`: its `lowered_text`)
    absent = (
        DEFENDANT_LIST_INTRODUCER.search(before) if may_match(DEFENDANT_LIST_INTRODUCER, lowered) else None
    )
    if absent is not None:
        return "defendant", absent.group(0).strip(" ,:")
    harmed = VICTIM_LIST_INTRODUCER.search(before)
    if harmed is not None:
        return "victim", harmed.group(0).strip(" ,:")
    introducer = LIST_INTRODUCER.search(before) if may_match(LIST_INTRODUCER, lowered) else None
    if introducer is None:
        return None
    # "The prosecutor, Inspector X, named the four farmers as A, B": the one who names them is no group of
    # theirs; the sentence before tells what befell them
    clause = "" if _NAMER.match(introducer.group(0)) else before[: introducer.start()]
    # "Plusieurs figures du parti avaient fait le déplacement, parmi lesquelles A, B": the list unfolds the
    # group its own clause names, whatever the sentence before was about
    own_group = OWN_GROUP.search(clause) is not None
    for context, verb_context in ((clause, clause), (previous[-GROUP_WINDOW:], previous)):
        if own_group and context is not clause:
            return NO_ROLE
        # "quatre seulement se tenaient devant les juges : A, B…": those before the bench are not the bench
        cues = [
            m
            for m in pats.role_cue.finditer(context)
            if m.lastgroup is not None
            and not FACING_THE_BENCH.search(context, max(0, m.start() - 30), m.start())
            # "before an Osogbo Chief Magistrates' Court": a court's name, no group of people
            and not _COURT_AFTER.match(context, m.end())
            # "Eight men were arraigned by police prosecutors … They are:": the agent is not the group
            and not _PASSIVE_AGENT.search(context, max(0, m.start() - 30), m.start())
        ]
        if context is not clause:
            # "…ordered them held, a Luwero magistrate said. The group, among them A, B…": one judge or
            # prosecutor named in the sentence before is not the group a list of names unfolds
            cues = [m for m in cues if group_noun(m.group(0), pats.role_of_group[int(m.lastgroup[1:])])]  # type: ignore[index]
        else:
            # "Justice Daniel Ogembo set personal bonds each for: A, B": a title before its bearer's name is
            # who acts on the list, not the group it names
            # "Dans le dossier d'empoisonnement du président de la République : A, B": a president of
            # something other than a court is no bench either
            cues = [
                m
                for m in cues
                if not _BEARER_NAMED.match(context, m.end())
                # "Même sanction, avec une main que le juge militaire a voulue plus légère, pour :": the bench
                # of a relative clause is who acts, not the group the list names
                and not _RELATIVE_SUBJECT.search(context, max(0, m.start() - 30), m.start())
                # "Leurs casiers sont « longs », soupire la présidente du tribunal :" then a name a line: the
                # one who speaks, after the verb of saying, introduces the list but is not its group
                and not _SPEAKER_AFTER_VERB.search(context, max(0, m.start() - 30), m.start())
                and not (
                    pats.role_of_group[int(m.lastgroup[1:])] == "judge"  # type: ignore[index]
                    and COMPLEMENT_OFF_THE_BENCH.match(context, m.end())
                )
            ]
        if cues:
            cue = cues[-1]
            acted = (
                pats.defendant_verb.search(context, cue.end())
                or _WHOSE_CASE.search(context, cue.start())  # "for the prosecution of the three who …:"
                or _BENCH_ACTS_ON.search(context, cue.end())
            )
            if acted is not None:
                # "Les juges ont acquitté deux des jeunes : A et B", "Les juges ont retenu la culpabilité des
                # autres, poursuivis pour … Il s'agit de : A, B": the bench acts on the list, its object
                return "defendant", acted.group(0)
            return pats.role_of_group[int(cue.lastgroup[1:])], cue.group(0)  # type: ignore[index]
        # "Dix personnes en répondent devant le TGI : A, B…", "Eight people stand trial. Among them are A":
        # no role noun, but the group does what the accused do, wherever in the sentence that says so
        verb = (
            pats.defendant_verb.search(verb_context)
            or _BENCH_DISPOSES_OF_GROUP.search(verb_context)
            # "Further counts accuse them of giving the gunmen shelter. … the men are A, B and C": the group
            # the accusation's object pronoun stands for
            or _ACCUSED_THEM.search(verb_context)
        )
        if verb is not None:
            return "defendant", verb.group(0)
    # "Sur le banc, six noms : A, B… Tous répondent d'escroquerie": the group acts right after the list
    return taken_up_as_accused(following, pats)


def group_noun(cue: str, role: str) -> bool:
    """A role noun that can stand for the group a list unfolds: a plural, or any word for the accused."""
    return role in ("defendant", "victim", "witness", "civil_party") or cue.rstrip().endswith(("s", "x"))


def taken_up_as_accused(following: str, pats: Patterns) -> tuple[str, str] | None:
    """ "Tous répondent de …", "Both are charged with …": the next sentence names a group as the accused."""
    charged = _CHARGE_AGAINST_THEM.match(following)
    if charged is not None:
        return "defendant", charged.group(0).strip()
    after = ALL_OF_THEM.match(following)
    if after is not None and NAMED_NEXT.match(following, after.end()):
        return None  # "Both Simpson and Stewart were found guilty": the group is named, not taken up
    if after is not None and pats.defendant_verb.search(following, after.end(), after.end() + 60):
        return "defendant", after.group(0).strip()
    return None


NO_ROLE = ("", "")
_ACCUSED_THEM = re.compile(
    r"\b(?:(?:accuse[sd]?|charge[sd]?|indict(?:s|ed)?|convicted|sentenced|remanded|jailed) (?:all |both )?"
    r"(?:of )?them|(?:les|leur) (?:accus|poursui|inculp|condamn|reproch)\w+)\b",
    FLAGS,
)
# "The men are A, 47, of X, B … The charge against them is that …": the list the next sentence charges
_CHARGE_AGAINST_THEM = re.compile(
    r"\s*(?:the (?:charges?|counts?|allegations?|case) against "
    r"(?:them|the (?:three|four|five|six|pair|trio))|"
    r"(?:les )?(?:charges|faits) (?:retenue?s )?(?:contre|à l['’]encontre d)['’]?\s*(?:eux|elles))\b",
    FLAGS,
)
_COURT_AFTER = re.compile(r"['’]?s?(?:['’]\s*|\s+)(?:court|tribunal)\b", FLAGS)
# "The magistrate remanded the following accused persons:", "Justice X convicted and jailed the six:": what
# the bench does to the group it lists, in the active voice
_BENCH_ACTS_ON = re.compile(
    r"\b(?:remanded|remands|convicted|convicts|sentenced|sentences|jailed|jails|acquitted|acquits|discharged|"
    r"freed|frees|fined|fines|indicted|arraigned|(?:granted|denied|refused) bail to|admitted to bail)\b",
    FLAGS,
)
# "The magistrate … sent five men, among them retired army officers, to the Male Correctional Centre. They
# are:": the group a court sends to prison or finds guilty (the verb is the bench's: said of a name, it names
# the judge)
_BENCH_DISPOSES_OF_GROUP = re.compile(
    r"\b(?:sent|sends|committed|commits) (?:[\w,'’-]+ ){0,8}?to (?:the )?(?:[\w'’-]+ ){0,3}?"
    r"(?:prison|jail|gaol|custody|remand|correctional (?:centre|center|facility|service))\b|"
    # "It was X, the Chief magistrate, who found the seven guilty on two counts. They are:": whom it convicts
    r"\b(?:found|finds|find) (?:[\w'’-]+ ){1,3}?(?:not )?guilty\b",
    FLAGS,
)
# "The magistrate … delivering judgement in the case of four Nigerians:" then the list: whose case it is
_WHOSE_CASE = re.compile(
    r"\b(?:case|trial|matter|prosecution)s? (?:of|against)\b|"
    r"\b(?:procès|dossier|affaire)s? (?:de|d['’]|des|du|contre)\s"
)
_NAMER = re.compile(rf"(?:{lexicon.NAMING_VERBS})\b", FLAGS)
_PASSIVE_AGENT = re.compile(r"\b(?:by|par)\s+(?:the\s+|les\s+|des\s+)?(?:[\w-]+\s+)?$", FLAGS)
# (French only: the English "said the complainants, among them A" opens a clause whose subject is the group)
_SPEAKER_AFTER_VERB = re.compile(
    r"\b(?:soupire|lance|note|rappelle|relève|observe|ironise|explique|indique|ajoute|souligne|tranche|"
    r"résume)\s+(?:(?:le|la|l['’])\s*)?$",
    FLAGS,
)
_RELATIVE_SUBJECT = re.compile(r"\b(?:que|qu['’]|whom)\s+(?:\w+\s+){0,2}$", FLAGS)
# a capitalised word right after a role's title: the title's bearer ("Justice Daniel Ogembo")
_BEARER_NAMED = re.compile(r"\s+(?-i:[A-ZÀ-Ý])[\w'’-]+")
