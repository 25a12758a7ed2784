"""Whether a text opens on an offence's name: its head noun ("meurtre", "murder", "l'assassinat"), a deed
told by its gerund ("making a document without authority"), or the breach of a named law."""

from __future__ import annotations

import re

from docket import lexicon
from docket.text import FLAGS, fold

CHARGE_HEAD_WORDS = frozenset(fold(h) for h in lexicon.CHARGE_HEADS)


def starts_with_charge_head(label: str) -> bool:
    """Whether `label` opens on an offence's name, past its article, its count and its manner ("deux chefs
    de vol", "the brutal murder of …", "the alleged murder of …")."""
    # the first word and whether another follows: the rest of a long clause is not split
    # ("« violences aggravées »": an opening quote and its space are no word of the offence)
    bare = COUNT_PREFIX.sub("", LEADING_ARTICLES.sub("", label.lstrip(" «“\"'‘")))
    bare = _HOW_IT_WAS_DONE.sub("", bare)  # "the brutal murder of …": the offence after its manner
    bare = bare[number.end() :] if (number := NUMBER_BEFORE_OFFENCE.match(bare)) else bare
    words = bare.split(None, 1)
    if not words:
        return False
    # "non dénonciation de crime", "non-assistance à personne en danger": an offence of not doing is named by
    # the deed not done
    if fold(words[0]) == "non" and len(words) > 1:
        words = words[1].split(None, 1)
    # "l'insurrection, la révolution", '"désertion"', "la ''corruption''": the word, not its punctuation
    word = fold(words[0]).strip(",;:«»“”\"'‘’")
    # "murdering" is "murder", "meurtres" "meurtre", "rape-murder", "cyber-bullying" is "cyberbullying";
    # "felony" alone is a grade of offence, which "felony murder" names with its offence
    forms = (word, word.rstrip("s"), word[:-3], word[:-2], word.split("-")[0], word.replace("-", ""))
    if any(form in CHARGE_HEAD_WORDS for form in forms) and (word != "felony" or len(words) > 1):
        return True
    if word in ("infraction", "infractions"):
        # "infraction à la loi fédérale sur les armes": the breach of a named law (not "une infraction
        # passible de trois ans", "l'infraction la plus grave": the word for an offence, untold)
        return len(words) > 1 and _BREACH_OF_A_LAW.match(words[1]) is not None
    # English offences are often named by what was done: "making a document without authority",
    # "being members of a prohibited organisation", "failing to comply with directions"
    return (
        len(words) > 1
        and words[0].islower()
        and word.endswith("ing")
        and len(word) > 4
        and word not in _NOT_OFFENCE_GERUNDS
    )


# what may stand before an offence's name: "de", "l'", "une", "the", "to" (…and to conspiring)
LEADING_ARTICLES = re.compile(
    r"^(?:de |d['’]|du |des |de la |la |le |les |l['’]|une? |of |the |to |an? )+", FLAGS
)
_HOW_IT_WAS_DONE = re.compile(rf"^(?:{lexicon.OFFENCE_MANNER_WORDS}) ", FLAGS)
# -ing words that start a clause about the case, not an offence: "pending trial", "including …"
_NOT_OFFENCE_GERUNDS = frozenset(
    "pending including according following during regarding concerning involving awaiting seeking "
    "acknowledging claiming saying asking adding noting arguing citing requesting string thing something "
    "nothing morning evening building".split()
)


# "two counts of premeditated murder", "deux chefs de vol": how many times is not the offence's name
COUNT_PREFIX = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|un|deux|trois|quatre|cinq|"
    r"plusieurs) )?(?:counts?|chefs?) (?:of |de |d['’])|"
    # "son procès pour diverses infractions de trafic de stupéfiants": how many, told by a plural's quantifier
    r"^(?:plusieurs|diverses|divers|multiples|nombreuses|several|various|multiple|numerous) "
    r"(?:infractions|délits|faits|offen[cs]es|charges) (?:of |de |d['’])|"
    # "nine counts of murder, two of rape and one of assault": the later items leave out "counts"
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) of (?!the\b|them\b|his\b|her\b|their\b)|"
    # "d'une série de cambriolages", "a string of frauds": how many, told by a noun
    r"^(?:une |a )?(?:série|string|slew|series|litany) (?:de |d['’]|of )",
    FLAGS,
)
# "six meurtres et cinq tentatives de meurtre", "dont trois pour tentative de meurtre": how many, then the
# offence itself
NUMBER_BEFORE_OFFENCE = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|\d+|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs) (?:pour |for )?",
    FLAGS,
)
_BREACH_OF_A_LAW = re.compile(r"(?:à la|à l['’]|au|aux) ", FLAGS)
