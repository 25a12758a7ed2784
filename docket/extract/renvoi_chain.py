"""A chain of renvois told in one sentence: each day but the last is a day the court sat and adjourned."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from docket.dates import DateMention
from docket.extract.mentions import Sentence
from docket.text import FLAGS


def renvoi_chain(
    sentence: Sentence, target: DateMention | None, reference: dt.date | None
) -> list[DateMention]:
    """The days of a renvoi told as a chain: "renvoyée au 27 octobre, puis au 24 novembre, au 15 décembre
    et enfin au 19 janvier". The court sat on each day but the last, which the chain now points to; a
    chain whose days are not all past but the last is not read (empty list)."""
    if target is None or target.date is None:
        return []
    days = [target]
    for mention in sentence.dates:
        if mention.start <= days[-1].start:
            continue
        joint = sentence.text[days[-1].end - sentence.start : mention.start - sentence.start]
        if mention.date is None or mention.precision != "day" or not _CHAIN_JOINT.fullmatch(joint):
            break
        days.append(mention)
    if len(days) < 2 or reference is None:
        return []
    # a day without its year was read as still to come ("renvoyée au 27 octobre"); in a chain told as past
    # it is the last such day on or before the report
    days = [_in_the_past(d, reference) for d in days[:-1]] + [days[-1]]
    dates = [d.date for d in days]
    if any(d is None or d > reference for d in dates[:-1]) or dates != sorted(dates, key=str):
        return []
    return days


def _in_the_past(day: DateMention, reference: dt.date) -> DateMention:
    # "au 30 courant et au 5 janvier prochain": a day of the report's own month is still to come, two
    # targets and no chain
    if day.date is None or day.date <= reference or _YEAR.search(day.text) or _THIS_MONTH.search(day.text):
        return day
    try:
        return dataclasses.replace(day, date=day.date.replace(year=day.date.year - 1))
    except ValueError:  # 29 February
        return day


_YEAR = re.compile(r"\d{4}")
_THIS_MONTH = re.compile(r"courant|en cours|this month|instant", FLAGS)


_CHAIN_JOINT = re.compile(
    # a comma or a conjunction: "du 27 au 29 avril" is a period, not a chain
    r"\s*(?:,\s*(?:puis|ensuite|et|then|and(?: then)?)?|(?:puis|ensuite|et|then|and(?: then)?))\s*"
    r"(?:enfin\s+|finalement\s+|finally\s+)?"
    r"(?:au|à|to|until)\s+(?:le\s+|the\s+)?",
    FLAGS,
)


def day_of_the_renvoi(sentence: Sentence, cue_end: int, after: list[DateMention]) -> bool:
    """Whether the first day after a renvoi's cue (`after`: the days past it, in order; `cue_end` in the
    sentence's text) is the day the renvoi was made, not the day it points to: "a de nouveau été reporté ce
    12 avril"; "Nouveau renvoi le 25 janvier dernier, au 22 mars" (the day, then the target)."""
    start = sentence.start
    if _DAY_OF_THE_DECISION.fullmatch(sentence.text, cue_end, after[0].start - start):
        return True
    return (
        len(after) > 1
        and _ON_THE_DAY.fullmatch(sentence.text, cue_end, after[0].start - start) is not None
        and _THEN_TO.fullmatch(sentence.text, after[0].end - start, after[1].start - start) is not None
    )


_DAY_OF_THE_DECISION = re.compile(r"\s*(?:ce|this|on)\s+", FLAGS)
_ON_THE_DAY = re.compile(r"\s*le\s+(?:\w+\s+)?", FLAGS)
_THEN_TO = re.compile(r"(?:\s+(?:dernier|passé|last))?\s*,?\s*(?:au|to)\s+(?:le\s+|the\s+)?", FLAGS)
