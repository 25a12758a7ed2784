"""The day a decision fell, told apart from its cue: in the sentence after the verdict ("Quatorze personnes …
ont chacune écopé de 10 ans de réclusion criminelle. Le verdict est tombé le lundi 3 février 2025 devant le
tribunal de Lomé."), or as "the same day" as a day the sentence named before it ("arrêtés le 9 mars 2023 et
écroués le même jour sous mandat de dépôt")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from docket.dates import DateMention
from docket.extract.mentions import Sentence, procedural_dates
from docket.text import FLAGS

if TYPE_CHECKING:
    from docket.extract.rulings import FoundRuling

# the decision, then the verb that tells it was given (not "le verdict est attendu le …": a day to come)
_VERDICT_GIVEN = re.compile(
    r"\b(?:verdict|jugement|décision|arrêt|judgment|judgement|sentence)s? "
    r"(?:est |a été |avait été |was |were |has been |had been )?"
    r"(?:tombée?|rendue?|prononcée?|came|delivered|handed down|read out|announced)\b",
    FLAGS,
)
_VERDICT_KINDS = frozenset({"convicted", "acquitted"})


# "Her judgment carries the date June 21, 2023", "Under the ruling, dated December 11", "l'arrêt daté du 3
# mai": the decision's own date, told apart from the sentence that tells what it decided
_JUDGMENT_DATED = re.compile(
    r"\b(?:judgment|judgement|ruling|verdict|jugement|arrêt|décision)s?,? (?:\w+ ){0,2}?(?:is |was )?"
    r"(?:dated|carries the date|bears the date|datée? du|en date du|rendue? le)\s*",
    FLAGS,
)


def _dated_judgment_day(sentences: list[Sentence], reference: dt.date | None) -> DateMention | None:
    """The one day the article gives its judgment as dated (None if it gives none, or more than one)."""
    days: list[DateMention] = []
    for sentence in sentences:
        if "dat" not in sentence.text and "rendu" not in sentence.text:
            continue  # every form holds one of these
        for match in _JUDGMENT_DATED.finditer(sentence.text):
            at = sentence.start + match.end()
            days += [
                d
                for d in procedural_dates(sentence)
                if d.date is not None
                and at <= d.start <= at + 4
                and (reference is None or d.date <= reference)
            ]
    return days[0] if len({d.date for d in days}) == 1 else None


def date_verdicts_from_the_day_they_fell(
    found: list[FoundRuling], sentences: list[Sentence], reference: dt.date | None
) -> None:
    """An undated conviction or acquittal takes the day the next sentence of its paragraph says the verdict
    fell on (the same paragraph: the next one may tell another case), or else the one day the article says
    its judgment is dated."""
    for ruling in found:
        if ruling.ruling.date is not None or ruling.ruling.kind not in _VERDICT_KINDS:
            continue
        at = ruling.sentence
        if at + 1 >= len(sentences) or sentences[at + 1].paragraph != sentences[at].paragraph:
            continue
        following = sentences[at + 1]
        if not _VERDICT_GIVEN.search(following.text):
            continue
        days = [
            d
            for d in procedural_dates(following)
            if d.date is not None and (reference is None or d.date <= reference)
        ]
        if len(days) == 1:
            ruling.ruling.date = days[0].date
            ruling.ruling.date_text = days[0].text
            ruling.inherited = True
    undated = [r for r in found if r.ruling.date is None and r.ruling.kind in _VERDICT_KINDS]
    dated = _dated_judgment_day(sentences, reference) if undated else None
    for ruling in undated if dated is not None else ():
        ruling.ruling.date = dated.date
        ruling.ruling.date_text = dated.text
        ruling.inherited = True


# "écroués le même jour", "remanded the same day": the day named just before, told again
_SAME_DAY = re.compile(r"\b(?:le même jour|ce même jour|le jour même|the same day|that same day)\b", FLAGS)


def day_told_again(sentence: Sentence, cue: re.Match[str]) -> DateMention | None:
    """The day "le même jour" next to the cue (within 40 characters) points back to: the sentence's last
    full day before it, whatever it dated (an arrest, a hearing)."""
    same = _SAME_DAY.search(sentence.text, max(0, cue.start() - 40), cue.end() + 40)
    if same is None:
        return None
    before = [
        d
        for d in sentence.dates
        if d.precision == "day" and d.date is not None and d.end - sentence.start <= same.start()
    ]
    return before[-1] if before else None


def sentence_pronounced(sentence: str) -> str | None:
    """The penalty a conviction's sentence pronounces: "à cinq ans de prison", "to life imprisonment"."""
    m = re.search(
        r"\b(?:à|to|of)\s+((?:\w+[ -]){0,3}(?:ans?|mois|jours?|years?|months?|days?|weeks?)\b[^,.;]{0,50})",
        sentence,
        FLAGS,
    )
    if m:
        return m.group(1).strip()
    m = re.search(
        r"\b(?:la |une )?(?:prison à vie|réclusion criminelle à perpétuité|life imprisonment|"
        r"amende[^,.;]{0,40}|fine[^,.;]{0,40})",
        sentence,
        FLAGS,
    )
    return m.group(0).strip() if m else None
