"""Hearings: the days the court sat and the days it will sit next."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from docket import lexicon
from docket.dates import DateMention, said_to_be_past
from docket.extract.clauses import (
    LATER_THE_SAME_DAY,
    ON_THE_FILE,
    RECALL,
    in_quotation,
    is_background,
    is_current,
)
from docket.extract.mentions import Sentence, procedural_dates
from docket.extract.patterns import Patterns, lowered_text, search_lowered
from docket.extract.rulings import PARTY_ACTS, FoundRuling
from docket.records import Hearing, NextHearing
from docket.text import FLAGS


def find_hearings(
    sentences: list[Sentence],
    pats: Patterns,
    rulings: list[FoundRuling],
    reference: dt.date | None,
    event_date: dt.date | None,
    day_reference: bool = True,
) -> tuple[list[tuple[Hearing, int]], list[tuple[NextHearing, int]]]:
    held: dict[dt.date, tuple[Hearing, int]] = {}
    scheduled: list[tuple[NextHearing, int]] = []
    # under a stand-in reference (a month marker, the article's latest day) a renvoi's or a délibéré's target
    # may fall before it and still be to come: "date 2021-07 … Jugement le 14 juillet"
    targets = {
        (r.sentence, r.next_date.start) for r in rulings if r.next_date is not None and not day_reference
    }
    for i, sentence in enumerate(sentences):
        if not sentence.dates:
            continue  # no day to read: its cues are not needed
        s = sentence.text
        has_hearing_cue = sentence.hearing_cue(pats)
        # "la cour a constaté jeudi…": the court acting on the reported day is the court sitting that day
        court_acted = sentence.court_acted(pats)
        for mention in procedural_dates(sentence):
            assert mention.date is not None
            before = s[: mention.start - sentence.start]
            # the lower-cased sentence holds the same characters at the same offsets: its slice is the
            # window's, searched case-sensitively (several times faster)
            lowered = sentence.lowered[: len(before)] if sentence.lowered is not None else None
            points_ahead = (
                bool(
                    search_lowered(pats.next_date, before[-70:], lowered and lowered[-70:])
                    # "pushed the hearing back to the original 7th October date"
                    # ("to the coming Monday, 29 September")
                    or re.search(
                        r"\b(?:au|jusqu'au|until|to|for)"
                        r"(?:\s+the\s+(?:original|initial|new|coming|next|following))?\s*$",
                        before,
                    )
                    # "Son dossier reviendra devant la Cour du Québec le 20 novembre"
                    or (
                        search_lowered(_FUTURE_TENSE, before[-80:], lowered and lowered[-80:])
                        and _COURT_WORD.search(s)
                    )
                    # "C'est le 16 juin qu'elle devrait se prononcer": the day first, what is to be done after
                    or (
                        _CLEFT_OPENING.search(before[-40:]) is not None
                        and _DONE_AHEAD_AFTER_CLEFT.match(s, mention.end - sentence.start) is not None
                    )
                    # "June 11, this year, is the date set for their next appearance": the day, then named
                    or _NAMED_THE_NEXT_DATE.match(s, mention.end - sentence.start) is not None
                    # "Le 7 septembre, X sera jugé pour …", "On June 3, Y will be sentenced": the day, then
                    # the trial to come
                    or _TRIED_AHEAD_AFTER.match(s, mention.end - sentence.start) is not None
                )
                # "du 15 janvier au 15 mars" is a period, unless a hearing is moved: "reportée du 5 au 19 mai"
                and not (_PERIOD_FROM.search(before[-50:]) and not _MOVED_FROM.search(before[-90:]))
                # "reportée du 5 mai au 19 mai": the day it leaves is no longer a day the court sits
                and not (_FROM_AT_END.search(before) and _MOVED_FROM.search(before[-90:]))
                and not LATER_THE_SAME_DAY.search(before)
                # "arrêt de travail jusqu'au 6 novembre", "un délai courant jusqu'au 4 décembre": how long a
                # victim is off work, or a deadline, no sitting
                and not _UNTIL_NO_SITTING.search(before[-70:])
                # "When the matter came up for mention on Monday": a sitting held, told in the past
                and not _CAME_UP_ON.search(before[-60:])
                # "Their plea had been fixed for Monday": the plan the adjournment told beside it replaced
                and not _PLAN_REPLACED.search(before[-60:])
                # "repoussée au 17 septembre dernier" under a month's marker: its own words say it is past
                and not said_to_be_past(mention.text)
            )
            if reference is not None and mention.date > reference:
                # a future day is a hearing when procedure points at it: "renvoyé au", "plea hearing for";
                # "avant le 4 mars" is a deadline
                if points_ahead and not re.search(r"(?i:\b(?:avant|before|d'ici|by)\s+(?:le\s+)?)$", before):
                    day = _from_hearing_day(mention, reference, event_date)
                    scheduled.append((NextHearing(day, mention.text, _purpose(s), sentence.evidence), i))
                continue
            # without a dateline the reference is a stand-in, the article's latest day: when a renvoi points
            # at that very day, it is still one to come after the reported hearing
            stand_in = reference is None or (not day_reference and mention.date == reference)
            if stand_in and points_ahead and (event_date is None or mention.date > event_date):
                scheduled.append((NextHearing(mention.date, mention.text, _purpose(s), sentence.evidence), i))
                continue
            # a recalled hearing is not today's news, but the day a trial opened always counts
            recalled = (
                (is_background(s, sentence.lowered) or not is_current(s, sentence.lowered))
                and not _TRIAL_OPENED.search(before[-60:])
                and not _NAMED_HEARING.search(before[-40:])  # "lors des audiences des 1er et 2 octobre"
            )
            recent = day_reference and reference is not None and 0 <= (reference - mention.date).days <= 7
            sat = has_hearing_cue or (court_acted and (recent or mention.date == event_date))
            if (i, mention.start) in targets:
                continue
            if _JAILED_ON.search(before[-60:]):
                continue  # "venus à la barre …, écroués, eux, le 16 février": the day they were jailed
            if in_quotation(s, mention.start - sentence.start):
                continue  # « Depuis le 13 décembre 2017, il se trouve à la maison d'arrêt »: someone's words
            if sat and not (recalled and mention.date != event_date):
                day = mention.date
                held.setdefault(day, (Hearing(day, mention.text, "held", None, sentence.evidence), i))
    for r in rulings:
        if r.next_date is not None and r.next_date.date is not None:
            day = (
                r.next_date.date
                if reference is None
                else _from_hearing_day(r.next_date, reference, event_date)
            )
            # "All matters were then pushed to 9 July": a renvoi's target the dateline has already passed
            # ("la séance … avait déjà été repoussée au 17 septembre dernier": one its own words say is past)
            past_target = (day_reference and reference is not None and day < reference) or said_to_be_past(
                r.next_date.text
            )
            if not past_target and not any(n.date == day for n, _ in scheduled):
                purpose = "délibéré" if r.ruling.kind == "deliberation_reserved" else None
                scheduled.append((NextHearing(day, r.next_date.text, purpose, r.ruling.evidence), r.sentence))
        # only a dateline makes a day recent: a stand-in reference is one of the article's own dates
        if r.chained or _ruled_at_reported_hearing(r, reference if day_reference else None, event_date):
            assert r.ruling.date is not None
            held.setdefault(
                r.ruling.date,
                (
                    Hearing(r.ruling.date, r.ruling.date_text or "", "held", None, r.ruling.evidence),
                    r.sentence,
                ),
            )
    for day, (hearing, i) in _days_between_held(sentences, held):
        held.setdefault(day, (Hearing(day, hearing.date_text, "held", None, hearing.evidence), i))
    last_held = max(held, default=dt.date.min)
    scheduled = [(n, i) for n, i in scheduled if n.date > last_held]
    if day_reference and reference is not None and any(n.date > reference for n, _ in scheduled):
        # a renvoi to the dateline's own day is the next hearing only while no later one is told: "put off to
        # 4 July" in a report of 4 July; not "postponed to 23 July" when 23 July moved it to 29 September
        scheduled = [(n, i) for n, i in scheduled if n.date != reference]
    return list(held.values()), scheduled


def _days_between_held(
    sentences: list[Sentence], held: dict[dt.date, tuple[Hearing, int]]
) -> list[tuple[dt.date, tuple[Hearing, int]]]:
    """ "se sont tenues du 29 novembre au 2 décembre les audiences": a session of a few days sat on each."""
    between = []
    for first, (hearing, i) in held.items():
        sentence = sentences[i]
        for a, b in itertools.pairwise(sentence.dates):
            if a.date != first or b.date not in held or not 0 < (b.date - first).days <= 6:
                continue
            joint = sentence.text[a.end - sentence.start : b.start - sentence.start]
            opening = sentence.text[max(0, a.start - sentence.start - 8) : a.start - sentence.start]
            if _SPAN_JOINT.fullmatch(joint) and _SPAN_OPENING.search(opening):
                between += [
                    (first + dt.timedelta(days=n), (hearing, i)) for n in range(1, (b.date - first).days)
                ]
    return between


_SPAN_OPENING = re.compile(r"\b(?:du|from|between)\s+(?:le\s+|the\s+)?$", FLAGS)
_SPAN_JOINT = re.compile(r"\s*(?:au|to|until|and|-|–)\s+(?:le\s+|the\s+)?", FLAGS)


_JAILED_ON = re.compile(
    r"\b(?:écroué|incarcéré|arrêté|interpellé|arrested)\w*(?:, \w+,)?\s+(?:le\s+|on\s+)?$", FLAGS
)


# "interdit de parution du 15 janvier au 15 mars": the end of a period, not a day the court will sit
_PLAN_REPLACED = re.compile(
    # ("L'affaire X, qui était inscrite au 17 septembre, ne reviendra que le 29 octobre": the imperfect)
    r"\b(?:had been|avait été|avaient été|était|étaient) (?:\w+ )?(?:fixed|scheduled|set|slated|listed|"
    r"fixée?s?|prévue?s?|programmée?s?|inscrite?s?|enrôlée?s?) (?:for|on|to|pour|au|le|pour le)\s+"
    r"(?:the\s+|le\s+)?$",
    FLAGS,
)
_PERIOD_FROM = re.compile(
    r"\b(?:du|from|between)\s+(?:\w+\s+)?\d{1,2}(?:er|st|nd|rd|th)?\b[^.;,]{0,20}\s(?:au|to|and|until|till)\s*$",
    FLAGS,
)

# "reportée du 5 mai au 19 mai", "moved from May 5 to May 19": the verb that moves it, then "du"/"from"
_MOVED_FROM = re.compile(
    r"\b(?:renvo|report|repouss|déplac|décal|adjourn|postpon|moved|pushed|shifted|rescheduled)\w*"
    r"(?:\s+[\w'’]+){0,3}?\s+(?:du|from)\s+[^.;,]{0,30}$",
    FLAGS,
)


_UNTIL_NO_SITTING = re.compile(
    r"\b(?:arrêts? (?:de travail|maladie)|incapacité (?:totale )?(?:temporaire )?de travail|ITT|sick leave|"
    r"off work|délais?|deadline)\b[^.;]{0,30}?(?:jusqu['’]au|jusqu['’]à|until|till)\s*$",
    FLAGS,
)
_CAME_UP_ON = re.compile(
    r"\b(?:came|(?:has|had) come) up (?:for (?:mention|hearing|trial|plea|ruling) )?(?:on|last)\s+$", FLAGS
)
_FROM_AT_END = re.compile(r"\b(?:du|from)\s+(?:\w+\s+)?$", FLAGS)


_NAMED_HEARING = re.compile(r"\baudiences? (?:du|des|de|d['’])\s*(?:\w+\s+(?:et|,)\s*)?$", FLAGS)


_FUTURE_TENSE = re.compile(
    lexicon.FUTURE_TENSE_VERB + r"|\b(?:sera|seront|will|shall|is due to|are due to)\b",
    FLAGS,
)


# "C'est le 16 juin", "c'est au 20 octobre", "It is on June 16": a day put first, its clause after it
_CLEFT_OPENING = re.compile(r"\b(?:c['’]est|it is|it's)\s+(?:le|au|à|ce|on)?\s*$", FLAGS)
# "… qu'elle devrait se prononcer", "… que le tribunal rendra sa décision", "… that the court will rule"
_DONE_AHEAD_AFTER_CLEFT = re.compile(
    r"\s*(?:prochain\s*)?,?\s*(?:que|qu['’]|that)\s*(?:[\w'’-]+\s+){0,5}?(?:(?:doit|doivent|devrait|devraient|devra|"
    r"devront|va|vont|will|is to|are to|should)\b|" + lexicon.FUTURE_TENSE_VERB + ")",
    FLAGS,
)
_NAMED_THE_NEXT_DATE = re.compile(lexicon.NAMED_THE_NEXT_DATE, FLAGS)
_TRIED_AHEAD_AFTER = re.compile(
    r"[^.;?!]{0,100}?\b(?:(?:sera|seront) (?:jugée?s?|rejugée?s?)|répondr(?:a|ont) d|"
    r"will (?:be (?:tried|sentenced|arraigned)|stand trial))\b",
    FLAGS,
)
_COURT_WORD = re.compile(
    r"\b(?:cour|tribunal|chambre|juge|jugement|verdict|audience|procès|délibéré|court|judge|magistrate|"
    r"judgment|hearing|trial)\b",
    FLAGS,
)


_TRIAL_OPENED = re.compile(
    r"(?:(?:s['’](?:est|était|étaient|sont) )?(?:ouverte?s?|tenue?s?)|(?:opened|began|started))\b"
    r"[^.;]{0,25}$",
    FLAGS,
)


def _from_hearing_day(mention: DateMention, reference: dt.date, event_date: dt.date | None) -> dt.date:
    """ "renvoyé dans deux semaines" counts from the hearing, not from the day the report came out."""
    assert mention.date is not None
    if event_date is not None and mention.relative and re.match(r"(?i:dans|in)\b", mention.text):
        return mention.date - (reference - event_date)
    return mention.date


# Decisions a court takes sitting (not "placé sous mandat de dépôt", which an investigating judge orders)
_DECIDED_AT_A_SITTING = frozenset({"adjourned", "bail_denied", "bail_granted", "deliberation_reserved"})


def _ruled_at_reported_hearing(r: FoundRuling, reference: dt.date | None, event_date: dt.date | None) -> bool:
    """The court sat the day it ruled, when that ruling is the news, not a judgment recalled as background."""
    if r.ruling.date is None or r.ruling.kind in PARTY_ACTS or r.ruling.kind == "declined_jurisdiction":
        return False
    evidence = r.ruling.evidence.text if r.ruling.evidence is not None else None
    # searched case-sensitively in the evidence lower-cased (several times faster)
    if evidence is not None and search_lowered(ON_THE_FILE, evidence, lowered_text(evidence)):
        return False
    if event_date is not None and r.ruling.date == event_date:
        return True
    if (
        r.ruling.kind in ("convicted", "acquitted", "other")
        and not r.inherited
        and r.ruling.evidence is not None
    ):
        # "Magistrate X on Friday 03 February 2017 threw out his lawyer's challenge": a verdict or a rejected
        # request told with its day was pronounced in court that day, unless it is only recalled
        # ("Pour rappel, le tribunal avait prononcé le 18 avril…") or came from a chamber on the file
        text = r.ruling.evidence.text
        if RECALL.search(text):
            return False
        # a pluperfect verdict is the reported trial's only when the dateline makes it recent
        if not re.search(r"\b(?:avait|avaient|had)\b", text, FLAGS):
            return True
        return reference is not None and (reference - r.ruling.date).days <= 30
    if r.ruling.kind in _DECIDED_AT_A_SITTING and not r.inherited and r.ruling.evidence is not None:
        # "L'affaire avait été appelée le 16 août, puis renvoyée au 27 septembre": a renvoi (or a bail ruling,
        # a délibéré) told with its own day was decided at a sitting that day, recalled or not
        return True
    if reference is None:
        return False
    age = (reference - r.ruling.date).days
    return 0 <= age <= 7


def _purpose(sentence: str) -> str | None:
    lowered = sentence.lower()
    for word, purpose in (
        ("délibéré", "délibéré"),
        ("verdict", "verdict"),
        ("jugement", "jugement"),
        ("plaidoiries", "plaidoiries"),
        ("réquisitoire", "réquisitoire"),
        ("plea", "plea hearing"),
        ("trial", "trial"),
        ("judgment", "judgment"),
        ("sentencing", "sentencing"),
        ("procès", "procès"),
    ):
        if word in lowered:
            return purpose
    return None
