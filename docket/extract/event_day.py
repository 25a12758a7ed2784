"""The day a report mainly tells of: the most recent day the court sat, which a decision told with no day of
its own inherits (the dateline is the day of writing, not the day the court sat)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from docket.dates import DateMention
from docket.extract.clauses import RECALLED_TENSE, announced_ahead, told_since
from docket.extract.mentions import Sentence, procedural_dates
from docket.extract.patterns import Patterns, may_match, search_lowered
from docket.extract.rulings import FUTURE_CLAUSE
from docket.text import FLAGS


def find_event_day(
    sentences: list[Sentence], reference: dt.date | None, pats: Patterns
) -> DateMention | None:
    """The day the article mainly reports: the most recent hearing day on or before the dateline.

    Its phrase is the one that first named that day ("hier", "lundi 6 octobre"), so a decision that
    inherits the day can still show the words it came from.
    """
    candidates: Counter[dt.date] = Counter()
    phrases: dict[dt.date, DateMention] = {}
    for sentence in sentences:
        if not sentence.dates:
            continue  # no day to count, whatever the sentence decides (its cues are read again below)
        decided = any(not sentence.cue_is_request(m, pats) for _, m in sentence.ruling_cues(pats))
        court_acted = sentence.court_acted(pats)
        # a year in passing ("le convoi intercepté en 2023") does not make the day's verdict background
        if not (decided or court_acted or sentence.hearing_cue(pats)):
            continue
        recalled = (
            search_lowered(RECALLED_TENSE, sentence.text, sentence.lowered)
            if may_match(RECALLED_TENSE, sentence.lowered)
            else None
        )
        for mention in procedural_dates(sentence):
            assert mention.date is not None
            if reference is not None and mention.date > reference:
                continue
            if recalled is not None and recalled.start() < mention.start - sentence.start:
                # "il avait été condamné le 3 mars": the day a recalled tense governs (not "delivered the
                # judgement on Tuesday, holding that the case had been proved": a clause after the day)
                continue
            if court_acted and not (decided or sentence.hearing_cue(pats)):
                # "le tribunal n'a pas pu entamer mardi…": the court's own day, if it is the news
                if reference is None or (reference - mention.date).days > 7:
                    continue
            before = sentence.text[: mention.start - sentence.start]
            if told_since(sentence.text, mention.start - sentence.start):
                continue
            # the lower-cased sentence's slice is the window's (same characters at the same offsets)
            lowered = sentence.lowered[: len(before)] if sentence.lowered is not None else None
            if (
                _TARGET_BEFORE.search(before)
                or search_lowered(FUTURE_CLAUSE, before, lowered)
                or announced_ahead(before)
            ):
                # "The court then put off judgement to April 21", "will be back before the court on 17th of
                # May": the day a case goes to
                continue
            candidates[mention.date] += 1
            phrases.setdefault(mention.date, mention)
    if not candidates:
        lead_day = _lead_day(sentences, reference, pats)
        if lead_day is not None:
            return lead_day
        # a live account ("10h05 : L'audience s'ouvre…") tells of the day it is published
        live = sum(1 for s in sentences if _LIVE_STAMP.match(s.text))
        if live < 2 or reference is None:
            return None
        return _dateline_day(reference)
    return phrases[max(candidates, key=lambda d: (d, candidates[d]))]


def _dateline_day(day: dt.date) -> DateMention:
    """The dateline's day as the day a decision was taken, when the text tells no day of its own."""
    return DateMention(0, 0, f"(dateline {day.isoformat()})", day, "day", True)


def _lead_day(sentences: list[Sentence], reference: dt.date | None, pats: Patterns) -> DateMention | None:
    """ "Two courtrooms, two outcomes for the party's leaders on Monday": the lead says when, the body what.

    A report whose decisions carry no day of their own tells that day once, in its first paragraphs, as a
    day of the week just past, or as a full date after a demonstrative ("ce jeudi 4 juillet 2019"); it is
    the day the court sat when the report tells of a decision at all.
    """
    if not any(not s.cue_is_request(m, pats) for s in sentences for _, m in s.ruling_cues(pats)):
        return None
    first_paragraph = sentences[0].paragraph
    for sentence in sentences:
        if sentence.paragraph > first_paragraph + 4:  # a page's kicker, headline and dateline come first
            break
        if search_lowered(RECALLED_TENSE, sentence.text, sentence.lowered):
            continue
        for mention in procedural_dates(sentence):
            assert mention.date is not None
            if mention.precision != "day":
                continue
            if reference is not None and mention.relative and 0 <= (reference - mention.date).days <= 7:
                return mention
            # "Jour de vérité ce jeudi 4 juillet 2019 à Kolda.": the demonstrative names the day of the news
            before = sentence.text[: mention.start - sentence.start]
            if (
                not mention.relative
                and _THIS_WEEKDAY.search(before)
                and not _TARGET_BEFORE.search(before)  # "renvoyé à ce mardi 28 novembre": a day sent to
            ):
                if reference is None or mention.date <= reference:
                    return mention
    return None


# (the weekday is the mention's own when it stands next to the day: "ce [jeudi 4 juillet 2019]")
_THIS_WEEKDAY = re.compile(
    r"\b(?:ce|this)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$",
    FLAGS,
)


# "pushed the hearing back to the original 7th October date": the day it was first set for is a target too
_TARGET_BEFORE = re.compile(
    # "Rendez-vous est pris pour le jeudi 4 mai": a day set for, as a day sent to
    # ("a renvoyé l'affaire à ce mardi, 28 novembre": "à" and a demonstrative before the weekday; not "dans la
    # nuit du dimanche à lundi", a night)
    # ("The Special Court fixed 29 September 2025 as the new date": the day set, right after the verb)
    r"(?:\b(?:to|until|till|au|jusqu['’]au|à\s+ce|fixed|set)|"
    r"\b(?:pris|fixée?|prévue?|programmée?) pour(?: le)?)\s+"
    r"(?:the\s+(?:original|initial|earlier|first|new|same|coming|next|following)\s+)?"
    # (not "kept in custody until today, Monday, June 5, when they were put before the court": the day it is)
    r"(?:(?:the\s+)?(?!today\b|yesterday\b)\w+day,?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?$"
    # "Verdict le 23 juin.", "Décision le 27 mars": a subheading that announces the day of the decision
    r"|^\W*(?:verdict|décision|jugement|délibéré)\s+(?:le|au)\s+$",
    FLAGS,
)


_LIVE_STAMP = re.compile(r"\d{1,2}\s*[h:]\s*\d{2}\s*[:–—-]")
