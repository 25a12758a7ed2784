"""Rulings: the court's decisions, each with the day it was taken and, for a renvoi, the day it points to."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from docket.dates import DateMention
from docket.extract.clauses import (
    LATER_THE_SAME_DAY,
    began_a_state,
    in_quotation,
    is_background,
    is_current,
    told_since,
)
from docket.extract.mentions import Sentence, procedural_dates
from docket.extract.patterns import Patterns, search_lowered
from docket.extract.renvoi_chain import day_of_the_renvoi, renvoi_chain
from docket.extract.verdict_day import (
    date_verdicts_from_the_day_they_fell,
    day_told_again,
    sentence_pronounced,
)
from docket.records import Ruling
from docket.text import FLAGS


@dataclass
class FoundRuling:
    ruling: Ruling
    sentence: int
    next_date: DateMention | None = None
    inherited: bool = False  # its day came from the paragraph or the report, not its own sentence
    chained: bool = False  # a day of a chain of renvois: the court sat that day


# (not "will stay behind bars after appearing this afternoon": the appearance that came before the future
# is past, and its day the hearing's)
FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|sera|seront|devra|devront)\b(?![^.;:]{0,60}\b(?:after|since|après) (?:appearing|"
    r"having|being|his|her|their|son|sa|leur))[^.;:]{0,60}$",
    FLAGS,
)


_THAT_DAY = re.compile(
    r"\W*(?:ce jour[- ]là|le même jour|ce même jour|à cette date|"
    r"that day|on that day|on that date|the same day)\b",
    FLAGS,
)


def _own_clause_start(sentence: str, cue_start: int) -> int:
    """Where the cue's clause starts, at most 60 characters back: "X said the investigations had not been
    finalised, and the magistrate set May 27 for mention": the pluperfect before ", and" is another
    clause's."""
    start = max(0, cue_start - 60)
    joints = list(_CLAUSE_JOINT.finditer(sentence, start, cue_start))
    return joints[-1].end() if joints else start


_CLAUSE_JOINT = re.compile(r"[,;]\s+(?:and|but|et|mais)\s+", FLAGS)


def find_rulings(
    sentences: list[Sentence],
    pats: Patterns,
    event_day: DateMention | None,
    reference: dt.date | None,
) -> list[FoundRuling]:
    """The court's decisions. One told with no day of its own, in a report that names no day the court sat,
    stays undated: the dateline is the day of writing, not the day the court sat ("has been put off until
    April 30th", published on April 15, may have been put off on April 12)."""
    out: list[FoundRuling] = []
    # the last day a hearing or a ruling of this paragraph was dated: "Il a ensuite confirmé…" inherits it
    context_date: DateMention | None = None
    for i, sentence in enumerate(sentences):
        s = sentence.text
        if i and sentence.paragraph != sentences[i - 1].paragraph:
            context_date = None
        if i and _THAT_DAY.match(s):
            # "… pour être appelée le 2 octobre 2025. Ce jour-là, la juridiction a renvoyé l'affaire": the
            # day the sentence before named, across a paragraph's break too
            named_before = procedural_dates(sentences[i - 1])
            if named_before:
                context_date = named_before[-1]
        day_dates = procedural_dates(sentence)
        seen_kinds: set[str] = set()
        cues = sentence.ruling_cues(pats)
        cue_spans = [(kind, m.span()) for kind, m in cues]
        for kind, m in cues:
            if kind in seen_kinds or sentence.cue_is_request(m, pats) or in_quotation(s, m.start()):
                continue
            negated = _NEGATED.search(s, max(0, m.start() - 30), m.start())
            # "aucune liberté provisoire ne leur sera accordée" is itself the refusal
            if (negated or _NEGATED_IN_CUE.search(m.group(0))) and kind != "bail_denied":
                continue  # "aucun mandat de dépôt n'ayant été décerné": what the court did not do
            if _DEMONSTRATIVE.search(s, max(0, m.start() - 8), m.start()):
                continue  # "Avec ce renvoi au 15 novembre, …": the decision already told, named again
            if kind.startswith("bail_") and not _RELEASE_WORDS.search(m.group(0)):
                # "elle a rejeté la demande", "refusing his application": a bail ruling only where the
                # paragraph, or the report's lead, speaks of release
                context = " ".join(x.text for x in sentences if x.paragraph in (sentence.paragraph, 0, 1))
                if not _RELEASE_WORDS.search(context):
                    continue
            vague = _dated_vaguely(sentence, m)
            decided_on, next_date = _ruling_dates(kind, m, sentence, day_dates, reference, cue_spans)
            decided_on = decided_on or day_told_again(sentence, m)
            if (
                kind == "adjourned"
                and next_date is not None
                and LATER_THE_SAME_DAY.search(s, 0, next_date.start - sentence.start)
            ):
                continue  # "adjourned proceedings until later on Monday": a pause in the day's hearing
            if vague:
                decided_on = None  # "condamnés en juin dernier": the report gives no day for it
            decided_day = decided_on.date if decided_on and decided_on.date else None
            inherited = decided_day is None
            if decided_day is None and kind not in PARTY_ACTS and not vague:
                # a decision told without its day was taken at the hearing the paragraph reports
                if context_date is not None and context_date.date is not None:
                    decided_on = context_date
                    decided_day = context_date.date
                elif (
                    event_day
                    and event_day.date
                    and not is_background(s, sentence.lowered)
                    and is_current(
                        s[(clause := _own_clause_start(s, m.start())) : m.start()],
                        # the lower-cased sentence's slice is the window's
                        sentence.lowered[clause : m.start()] if sentence.lowered is not None else None,
                    )
                ):
                    decided_on = event_day
                    decided_day = event_day.date
            ruling = Ruling(
                kind=kind,  # type: ignore[arg-type]
                date=decided_day,
                date_text=decided_on.text if decided_on else None,
                sentence=sentence_pronounced(s) if kind == "convicted" else None,
                summary=s[m.start() : m.end()],
                evidence=sentence.evidence,
            )
            chain = renvoi_chain(sentence, next_date, reference) if kind == "adjourned" else []
            out.append(FoundRuling(ruling, i, chain[0] if chain else next_date, inherited))
            for sat, then in itertools.pairwise(chain):
                # "renvoyée au 27 octobre, puis au 24 novembre … et enfin au 19 janvier": the court sat on
                # each of those days and sent the case on to the next
                again = Ruling(
                    kind="adjourned",
                    date=sat.date,
                    date_text=sat.text,
                    summary=s[m.start() : m.end()],
                    evidence=sentence.evidence,
                )
                out.append(FoundRuling(again, i, then, chained=True))
            seen_kinds.add(kind)
        # "Écroué depuis le 11 février": the day a state began dates no decision told after it
        past = [
            d
            for d in day_dates
            if d.date is not None
            and (not reference or d.date <= reference)
            and not told_since(s, d.start - sentence.start)
        ]
        if past and (
            seen_kinds
            or sentence.hearing_cue(pats)
            or search_lowered(pats.decider, s, sentence.lowered)
            or _RELEASE_WORDS.search(s)
        ):
            context_date = past[-1]
    date_verdicts_from_the_day_they_fell(out, sentences, reference)
    return _dedupe_rulings(_without_transfers(out, sentences))


def _without_transfers(rulings: list[FoundRuling], sentences: list[Sentence]) -> list[FoundRuling]:
    """ "s'est déclaré incompétent et a renvoyé le dossier à la cour spéciale": a renvoi to no day, in the
    sentence where the court gives the case up, sends the file to another court; it adjourns nothing. Nor
    does "a renvoyé le dossier au juge d'instruction", wherever it is told: the file goes to the one who
    investigates it."""
    gave_up = {r.sentence for r in rulings if r.ruling.kind == "declined_jurisdiction"}
    return [
        r
        for r in rulings
        if not (
            (
                r.sentence in gave_up
                and (
                    (r.ruling.kind == "adjourned" and r.next_date is None)
                    # "s'était déclaré incompétent et avait renvoyé le dossier à l'instruction"
                    or (r.ruling.kind == "other" and _TO_THE_INVESTIGATION.search(r.ruling.summary or ""))
                )
            )
            or (
                r.ruling.kind == "adjourned"
                and r.next_date is None
                and _SENT_TO_THE_INVESTIGATION.search(sentences[r.sentence].text)
            )
        )
    ]


_SENT_TO_THE_INVESTIGATION = re.compile(
    r"\brenvoy\w*\b[^.;]{0,60}?"
    r"(?:\bau juge d['’]instruction|\bà l['’]instruction|\bau (?:ministère public|parquet)\b)",
    FLAGS,
)


_TO_THE_INVESTIGATION = re.compile(r"instruction|ministère public|parquet", FLAGS)


def _dated_vaguely(sentence: Sentence, cue: re.Match[str]) -> bool:
    """ "condamnés en juin dernier": the text gives the month, so the day is not the hearing's."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end() + 40
    if any(m.precision != "day" and start <= m.start <= end for m in sentence.dates):
        return True
    # the dates already read first: a sentence with a day-precise date needs no search for a bare month
    month = (
        None
        if any(m.precision == "day" for m in sentence.dates)
        else _MONTH_WITHOUT_DAY.search(sentence.text, 0, cue.start())
    )
    if month and not _SINCE.search(sentence.text, 0, month.start()):
        # "Back in November, the court released them on bail": the month is all the text gives (not "Depuis
        # l'ouverture des débats en janvier, l'affaire a été ajournée six fois": the month the count began)
        return True
    # "écroué sous mandat de dépôt en février": the month may follow the cue's object
    window = sentence.text[cue.start() : cue.end() + 40]
    return bool(_MONTH_WITHOUT_DAY.search(window))


_SINCE = re.compile(r"\b(?:depuis|since)\b", FLAGS)
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s*(?:le\s*|the\s*)?$", FLAGS)
_WHEN_AFTER = re.compile(
    r"[^.;,]{0,20}?,?\s*(?:when|the day|date à laquelle|jour où|où|lorsque|quand)\b", FLAGS
)
_MONTH_WITHOUT_DAY = re.compile(
    r"\b(?:en|in|au mois de|last|dernier)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b(?!\s+\d)",
    FLAGS,
)


_DEMONSTRATIVE = re.compile(r"\b(?:ce|cet|cette|ces|this|that|these)\s+$", FLAGS)
_NEGATED = re.compile(r"\b(?:aucune?|nul|no|not|never)\s+(?:\w+\s+){0,2}$", FLAGS)
_NEGATED_IN_CUE = re.compile(r"^(?:aucune?|nul)\b", FLAGS)


_RELEASE_WORDS = re.compile(
    r"libert|libér|relâch|caution|contrôle judiciaire|détention|bail|bond|release|custody", FLAGS
)


def _renewed(inherited: FoundRuling, dated: FoundRuling) -> bool:
    return (
        # a remand runs a week or a fortnight and is ordered again: a verdict is told again, not renewed
        inherited.ruling.kind == "detention_ordered"
        and inherited.ruling.date is not None
        and dated.ruling.date is not None
        and dated.ruling.date < inherited.ruling.date
        and inherited.sentence > dated.sentence
    )


# Acts of the parties, not of the court: their day is never the hearing's by default.
PARTY_ACTS = frozenset({"appeal_filed", "pardoned"})


def _dedupe_rulings(rulings: list[FoundRuling]) -> list[FoundRuling]:
    # a release the day of an acquittal or a pardon is its consequence, not bail
    freed_on = {r.ruling.date for r in rulings if r.ruling.kind in ("acquitted", "pardoned", "dismissed")}
    rulings = [r for r in rulings if not (r.ruling.kind == "bail_granted" and r.ruling.date in freed_on)]
    # a headline's "une relaxe" told again, with its day, in the body: the dated telling stands
    explicitly_dated = {r.ruling.kind: r for r in rulings if not r.inherited and r.ruling.date}
    for r in rulings:
        dated = explicitly_dated.get(r.ruling.kind)
        if r.inherited and dated is not None and dated.next_date is None and r.next_date is not None:
            # "the hearing was moved to another date … The court set June 28 as the new date": the renvoi
            # told twice, its day to come only the second time
            dated.next_date = r.next_date
    rulings = [
        r
        for r in rulings
        if not (r.inherited and r.ruling.kind in explicitly_dated)
        # "They were first remanded on March 9 … the court remanded the accused for one week": a later
        # day's remand is a decision of its own, not the earlier one told again
        or _renewed(r, explicitly_dated[r.ruling.kind])
    ]
    seen: set[tuple[str, dt.date | None]] = set()
    out = []
    for r in rulings:
        key = (r.ruling.kind, r.ruling.date)
        if key in seen and r.ruling.date is not None:
            continue
        seen.add(key)
        out.append(r)
    return out


def _ruling_dates(
    kind: str,
    cue: re.Match[str],
    sentence: Sentence,
    day_dates: list[DateMention],
    reference: dt.date | None,
    cue_spans: list[tuple[str, tuple[int, int]]],
) -> tuple[DateMention | None, DateMention | None]:
    """The day the ruling was made, and for a renvoi or a délibéré the day it points to.

    A decision already reported cannot be dated after the dateline: such a date is the next one.
    """
    at = sentence.start
    cue_at = at + cue.start()
    past = [
        d
        for d in day_dates
        if (reference is None or (d.date is not None and d.date <= reference))
        # "Détenus depuis le 30 juin 2012, ils n'obtiendront pas de liberté provisoire": before the cue, the
        # day a state began; after it ("écroué depuis le 11 février"), the day of the decision that began it
        and not (d.start < cue_at and began_a_state(sentence.text, d.start - at, d.end - at))
    ]
    if kind not in ("adjourned", "deliberation_reserved"):
        # "to stay in remand till 25 May", "détenu jusqu'au 3 mars": the day a state ends, not the decision's
        past = [d for d in past if not _UNTIL_BEFORE_DATE.search(sentence.text, 0, d.start - at)]
    if kind in ("adjourned", "deliberation_reserved"):
        after = [d for d in day_dates if d.start >= cue_at]
        # "will be back before the court on 17th of May, after their case was adjourned": not the day it was
        before = [
            d
            for d in past
            if d.start < cue_at
            and not search_lowered(
                FUTURE_CLAUSE,
                sentence.text[: d.start - sentence.start],
                sentence.lowered[: d.start - sentence.start] if sentence.lowered is not None else None,
            )
        ]
        if after and after[0] in past and day_of_the_renvoi(sentence, cue.end(), after):
            before, after = [*before, after[0]], after[1:]
        target = after[0] if after else None
        if (
            len(after) > 1
            and _CUE_THEN_FROM.fullmatch(sentence.text, cue.end(), after[0].start - sentence.start)
            and _MOVED_FROM_TO.fullmatch(
                sentence.text, after[0].end - sentence.start, after[1].start - sentence.start
            )
        ):
            target = after[1]  # "reportée du 5 mai au 19 mai": moved from one day to the other
        return (before[-1] if before else None), target
    before = [d for d in past if d.start < cue_at]
    cue_end = sentence.start + cue.end()
    right_after = [d for d in past if 0 <= d.start - cue_end <= 15]
    if right_after and (not before or cue_at - before[-1].end > 15):
        # "… who foretold that the president would die on October 17 …, after his remand in custody was
        # extended yesterday": the day told with the verb, not one far back in another clause
        return right_after[0], None
    if before:
        return before[-1], None
    # "s'est déclaré incompétent et a confirmé le mandat de dépôt du 09 décembre 2016": a date after the
    # cue dates the decision told nearest before it, not one of another kind further back
    after = [
        d
        for d in past
        if not any(
            other != kind and cue.end() <= start and end <= d.start - sentence.start
            for other, (start, end) in cue_spans
        )
        # "écope de dix ans, prononcés par la Cour, devant laquelle il avait comparu le 4 août": recalled
        and not _RECALLED_BEFORE_DATE.search(sentence.text, cue.end(), d.start - sentence.start)
    ]
    return (after[0] if after else None), None


_UNTIL_BEFORE_DATE = re.compile(r"\b(?:until|till|jusqu['’](?:au|à)(?:\s+le)?)\s+(?:the\s+)?$", FLAGS)
_CUE_THEN_FROM = re.compile(r"[^.;,]{0,30}\b(?:du|from)\s+", FLAGS)
_MOVED_FROM_TO = re.compile(r"\s*(?:au|to|until|till)\s+(?:le\s+|the\s+)?", FLAGS)


_RECALLED_BEFORE_DATE = re.compile(r"\b(?:avait|avaient|had)\b[^,.;]{0,30}$", FLAGS)
