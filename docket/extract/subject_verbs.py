"""The verb after a name whose subject is the accused ("X comparaît", "X was jailed", "A et B ont pris un an
ferme", "X, 74, allegedly planned …"), unless the name is no subject of it."""

from __future__ import annotations

import re

from docket import lexicon
from docket.extract.appositions import done_past_apposition
from docket.extract.names import OFFICE_TITLES
from docket.extract.patterns import Patterns, lowered_text, may_match, search_lowered
from docket.text import FLAGS


def verb_of_the_accused_after(
    after_text: str, untitled: str, object_of_relative: bool, pats: Patterns
) -> re.Match[str] | None:
    """The verb told of the accused in `after_text` (the text after the name, up to the next name), None when
    the name before it (`untitled`: the text before the name, its title taken off) is not its subject."""
    pursued = _PURSUED_BY_THE_PROSECUTION.match(after_text) if "qu" in after_text[:8] else None
    if pursued is not None and not object_of_relative and not _COMPLEMENT_OF_NOUN.search(untitled):
        return pursued  # the relative clause's subject is the prosecution, its object the name
    lowered_after = lowered_text(after_text)
    after_signal = defendant_verb_opening(after_text, lowered_after, pats)
    if after_signal is None:
        # "X, the former congressman from Louisiana best known for …, was sentenced": past a long apposition
        after_signal = done_past_apposition(after_text, pats)
    if after_signal is None and "llegedly" in after_text:
        after_signal = _ALLEGED_DEED.match(after_text)
    if after_signal is None and may_match(_PENALTY_AFTER, lowered_after):
        # "A et B ont eux aussi pris un an ferme", "A will each serve 18 years in jail": the one punished
        after_signal = _PENALTY_AFTER.match(after_text)
    if after_signal is not None and (
        # "A, qui dirige Samibo Sarl, restent en prison": the object of a relative clause is not the subject
        object_of_relative
        # "le parti de Hama Hamadou, arrêtés…": the complement of a noun is not the participle's subject
        or _COMPLEMENT_OF_NOUN.search(untitled)
        # "Me X explique que son client … veut comparaître": the verb has a subject of its own (not "X, que le
        # parquet avait renvoyé, a comparu": a relative clause closed before the verb, the name its object)
        or _OTHER_SUBJECT.search(
            after_signal.string, _past_a_closed_relative(after_text, after_signal), after_signal.end()
        )
        # "X, à la tête de la Ligue, a vivement condamné la décision": X condemns, in the active voice
        or _CONDEMNS.search(after_signal.group(0)) is not None
    ):
        return None
    return after_signal


# "The businessman, X, 74, allegedly planned the murder of his son": the deed alleged is the accused's, told
# right after the name and its apposition (not "Y, who was allegedly killed", "Z, allegedly stolen": done to
# them)
_ALLEGED_DEED = re.compile(
    r"(?:\s*,[^,.;:]{1,40},)?\s+(?:who\s+|had\s+)?allegedly\s+(?!(?:been|being)\b)(?!\w+en\b)\w+",
    FLAGS,
)


# "Rose X, que la justice poursuit pour meurtre": the one the prosecution pursues
_PURSUED_BY_THE_PROSECUTION = re.compile(
    r"\s*,\s*qu(?:e |['’])(?:la justice|le parquet|le ministère public|l['’]accusation) (?:\w+ )?"
    r"(?:poursui(?:t|vait|vent)|accus(?:e|ait)|soupçonn(?:e|ait))\b",
    FLAGS,
)


_COMPLEMENT_OF_NOUN = re.compile(
    # "secretary to President X, who is accused": a complement, no verb's subject (not "Turning to X, who",
    # nor "Ainsi de X, jugé pour …": likewise X, the subject of an elided clause)
    # ("the preliminary hearing of Joseph X, who faces several felony counts": the hearing is the accused's)
    r"\b(?!(?:procès|affaire|dossier|cas|case|trial|hearing|arraignment|sentencing|audience|ainsi|that|those|"
    r"celui|celle|ceux|celles)\b)[a-zà-ÿ]{3,}(?:\s+(?:de|d['’]|du|of)|(?:(?<!ing)(?<!ed)(?<!spoke)|(?<=according))\s+to)\s*"
    rf"(?:{OFFICE_TITLES}\s+)?$",
    FLAGS,
)


def _past_a_closed_relative(after_text: str, verb: re.Match[str]) -> int:
    """Where a relative clause right after the name ends, when the verb comes after it (else 0)."""
    closed = _CLOSED_RELATIVE.match(after_text)
    return closed.end() if closed is not None and closed.end() < verb.end() else 0


_CLOSED_RELATIVE = re.compile(r"\s*,\s*(?:que|qu['’]|whom)\s[^,.;:!?]{1,80},", FLAGS)
# "Me X a demandé que l'affaire soit jugée": an elided article opens the other subject too
_OTHER_SUBJECT = re.compile(
    r"\b(?:que|qu['’]|that)\s*(?:(?:son|sa|ses|leur|leurs|his|her|their|le|la|les|the)\s+|l['’])\w+|"
    # "In mitigation, X said the defendant had admitted the charges": reported speech without its "that"
    r"\b(?:said|says|told the (?:court|judge|jury|bench|magistrates?))\s+(?:his|her|their|the)\s+\w+|"
    # "Pendant que A et B battent campagne, le tribunal a jugé …": a clause of the bench's own
    r",\s*(?:" + lexicon.DECIDER_SUBJECTS + r"|la justice)\b",
    FLAGS,
)
_CONDEMNS = re.compile(r"\b(?:a|ont|avait|avaient)(?: \w+ment| aussi| également)? condamnée?s?$", FLAGS)
# gated (`may_match`) by the words after the term ("de prison", "ferme", "jail"), rarer than its units
_PENALTY_AFTER = re.compile(r"^[^.;:?!\n]{0,100}?" + lexicon.PENALTY_TERM, FLAGS)


def defendant_verb_opening(text: str, lowered: str | None, pats: Patterns) -> re.Match[str] | None:
    """`pats.defendant_after.search(text)`: a verb of the accused in the text's first clause, within its first
    100 characters.

    Anchored at the start, that pattern tries each of hundreds of verbs at every one of those characters,
    and no word gate spares it. The verbs that open on a word are found through their first words instead
    (`_NEAR_VERBS`, unanchored: the first of them is where the anchored pattern would stop, if it opens
    within reach), the few that may open anywhere by the anchored way (`_FAR_VERBS`); the whole pattern is
    matched only when one of them is there, so the answer is the same."""
    near = search_lowered(_NEAR_VERBS, text, lowered)
    reached = (
        near is not None and near.start() <= _VERB_REACH and not _CLAUSE_END.search(text, 0, near.start())
    )
    # (the far ones by their words first: "box", "fine", "among the" are rare, their lazy openings costly)
    if not reached and not (may_match(_FAR_VERBS, lowered) and _FAR_VERBS.match(text)):
        return None
    return pats.defendant_after.match(text)


# `defendant_after`'s reach and the characters it may not pass ("^[^.;:?!]{0,100}?")
_VERB_REACH = 100
_CLAUSE_END = re.compile(r"[.;:?!]")
_NEAR_VERBS = re.compile(r"\b(?i:" + "|".join(lexicon.DEFENDANT_AFTER_NAME) + r")", re.UNICODE)
_FAR_VERBS = re.compile(
    r"^[^.;:?!]{0,100}?\b(?i:" + "|".join(lexicon.DEFENDANT_AFTER_NAME_FAR) + r")", re.UNICODE
)
