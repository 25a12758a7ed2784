"""Mentions: the article's sentences and their dates, read forward where procedure points ahead."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from docket import lexicon
from docket.dateline import RELATED_LINE, in_dateline
from docket.dates import DateMention, find_dates
from docket.extract.clauses import court_is_subject, is_request, ruling_cues
from docket.extract.patterns import Patterns, lowered_text, may_match, search_lowered
from docket.records import Evidence
from docket.sentences import sentence_spans
from docket.text import FLAGS


@dataclass
class Sentence:
    start: int
    end: int
    raw: str  # as in the source, for evidence
    dates: list[DateMention]
    paragraph: int
    court_key: str | None = None  # the court this sentence speaks of (its own mention or the last one)

    # the sentence with hard line wraps read as spaces (same length, so offsets still hold)
    text: str = field(init=False)

    _cues: list[tuple[str, re.Match[str]]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = self.raw.replace("\n", " ")

    _hearing: bool | None = field(default=None, init=False, repr=False)
    _court_acted: bool | None = field(default=None, init=False, repr=False)

    _lowered: str | None | bool = field(default=False, init=False, repr=False)  # False: not yet known
    _procedural: list[DateMention] | None = field(default=None, init=False, repr=False)

    @property
    def lowered(self) -> str | None:
        """The text lower-cased for the patterns' word gates (`may_match`), or None (none can be used)."""
        if self._lowered is False:
            self._lowered = lowered_text(self.text)
        return self._lowered  # type: ignore[return-value]

    def court_acted(self, pats: Patterns) -> bool:
        if self._court_acted is None:
            # without a court named as a subject the court does not act
            self._court_acted = may_match(pats.decider, self.lowered) and court_is_subject(
                self.text, pats, self.lowered
            )
        return self._court_acted

    def hearing_cue(self, pats: Patterns) -> bool:
        if self._hearing is None:
            self._hearing = may_match(pats.hearing, self.lowered) and bool(
                search_lowered(pats.hearing, self.text, self.lowered)
            )
        return self._hearing

    def ruling_cues(self, pats: Patterns) -> list[tuple[str, re.Match[str]]]:
        if self._cues is None:
            self._cues = ruling_cues(self.text, pats, self.lowered)
        return self._cues

    # whether each of `ruling_cues` is a request (by the cue's span): the event day and the rulings both ask
    _requests: dict[tuple[int, int], bool] | None = field(default=None, init=False, repr=False)

    def cue_is_request(self, cue: re.Match[str], pats: Patterns) -> bool:
        """`is_request` for one of this sentence's `ruling_cues`."""
        if self._requests is None:
            self._requests = {}
        answer = self._requests.get(cue.span())
        if answer is None:
            answer = self._requests[cue.span()] = is_request(self.text, cue.start(), pats, cue.end())
        return answer

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.start, self.end, self.raw)


def _without_restated_relatives(mentions: list[DateMention], text: str) -> list[DateMention]:
    """ "in court today, September 22, 2023", "hier, 3 mars 2024": the day told in full right after a
    relative one is that same day, told again; the relative word, counted from a dateline that may be a
    day late, is dropped."""
    kept: list[DateMention] = []
    for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
        if (
            following is not None
            and mention.relative
            and not following.relative
            and following.precision == "day"
            and following.date is not None
            # the same day, or one day off when the dateline is the day after the writing ("dans deux
            # semaines, 11 mars 2024" lists two days)
            and mention.date is not None
            and abs((mention.date - following.date).days) <= 1
            and _APPOSED.fullmatch(text, mention.end, following.start)
        ):
            continue
        kept.append(mention)
    return kept


_APPOSED = re.compile(r"\s*,\s*|\s+[(–—-]\s*")


def read_sentences(
    text: str, start: int, end: int, language: str, reference: dt.date | None, *, day_reference: bool = True
) -> list[Sentence]:
    article = text[start:end]
    # the article lower-cased once (None: a character lower-casing would misplace): its dates' scan reads
    # it, and each sentence's `lowered` is its slice, line breaks made spaces as in `Sentence.text`
    article_lowered = lowered_text(article)
    mentions = [
        _toward_future(
            DateMention(
                m.start + start, m.end + start, m.text, m.date, m.precision, m.relative, m.weekday_conflict
            ),
            text,
            reference,
        )
        for m in _without_restated_relatives(
            find_dates(article, language, reference, day_reference=day_reference, lowered=article_lowered),
            article,
        )
        if not in_dateline(article, m.start, m.end)
    ]
    out: list[Sentence] = []
    index = 0
    paragraph = 0
    # paragraphs are separated by blank lines where the text has any (its lines may be hard-wrapped),
    # else by line breaks
    separator = _BLANK_LINE if _BLANK_LINE.search(article) else _LINE_BREAK
    for s_start, s_end in sentence_spans(text, start, end):
        raw = text[s_start:s_end]
        if (
            (_may_be_menu(raw) and _NAVIGATION.fullmatch(raw))
            or RELATED_LINE.match(text, s_start, s_end)
            or _ADVERT_SLOT.fullmatch(raw)
        ):
            # "Accueil | Politique | Justice | Provinces": the site's menu; "Lire aussi : …": another
            # article's headline; "Advertisement Hide Ad": where an advert stood
            continue
        if out and separator.search(text, out[-1].end, s_start):
            paragraph += 1
        while index < len(mentions) and mentions[index].start < s_start:
            index += 1
        own = []
        j = index
        while j < len(mentions) and mentions[j].end <= s_end:
            own.append(mentions[j])
            j += 1
        sentence = Sentence(s_start, s_end, raw, own, paragraph)
        if article_lowered is not None:
            sentence._lowered = article_lowered[s_start - start : s_end - start].replace("\n", " ")
        out.append(sentence)
    return out


# four or more items of one to three words, apart by "|", "·", "•" or two spaces; no digit (a date line
# such as "Justice | 12 mars 2024 | 10h15" is kept)
_NAVIGATION = re.compile(
    r"\s*[^\s|•·\d]+(?: [^\s|•·\d]+){0,2}(?:(?: {2,}|\s*[|•·]\s*)[^\s|•·\d]+(?: [^\s|•·\d]+){0,2}){3,}\s*"
)


# an advert's slot left in the copied text: "Advertisement", "Advertisement Hide Ad", "PUBLICITÉ",
# "Advertisement - story continues below"
_ADVERT_SLOT = re.compile(
    r"\W*(?:advertisement|publicité|story continues below)"
    r"(?:\W+(?:hide ad|\d+|story continues below|advertisement|continue reading))*\W*",
    re.IGNORECASE,
)


def _may_be_menu(sentence: str) -> bool:
    """False for a sentence `_NAVIGATION` cannot match: its items stand apart by "|", "•", "·" or two spaces.
    Most sentences have none, and the pattern's backtracking over their first words is spared."""
    return "|" in sentence or "•" in sentence or "·" in sentence or "  " in sentence


_BLANK_LINE = re.compile(r"\n\s*\n")


_LINE_BREAK = re.compile(r"\n")


_FUTURE_CUE = re.compile(
    r"(?:" + lexicon.NEXT_DATE_CUES + r")\b[^.;]{0,40}$|" + lexicon.FUTURE_TENSE_VERB + r"[^.;]{0,25}$|"
    # the conditional of a decision to come: "elle ferait connaître mardi sa décision"
    r"\b(?:fer|rendr|prononcer|statuer)aient?\b[^.;]{0,25}$|"
    r"\b(?:will|shall|is due|are due|is set|are set)\b[^.;]{0,40}$",
    FLAGS,
)


_WEEKDAY_NAME = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    FLAGS,
)


_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:ce|cette|on|this|le)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)$",
    FLAGS,
)


# A verb in the past right before the day: "ruled on Thursday", "a décidé mardi", "sat yesterday"; its
# pronoun object may stand between them ("adjourned it on Thursday")
_PAST_VERB_BEFORE = re.compile(
    # ("after the court postponed the matter on Wednesday": the verb's object between it and the day)
    r"\b(?:\w{3,}ed(?:\s+(?:it|them|him|her|(?:the|this|that|his|her|their)\s+\w+))?|said|held|heard|sat|told|gave|found|(?:was|were)\s+\w+|a\s+\w+é|ont\s+\w+é|avait\s+\w+é|"
    # "Le procès a de nouveau été renvoyé lundi": the day of the renvoi ("renvoyé à lundi" names its target)
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?été\s+(?:\w+\s+){0,2}?\w+ée?s?)"
    r"\s+(?:on\s+|last\s+)?$",
    FLAGS,
)


def _toward_future(mention: DateMention, text: str, reference: dt.date | None) -> DateMention:
    """Read "reprendra vendredi" or "a trial date of 25 October" forward from the dateline.

    A date whose year or week the text leaves open is resolved nearest the dateline; after words that
    point ahead (a renvoi, a future tense) it can only be the next one.
    """
    if reference is None or mention.date is None or mention.date > reference or mention.precision != "day":
        return mention
    before = text[max(0, mention.start - 80) : mention.start]
    before = before[before.rfind("\n") + 1 :]  # a headline's "matter postponed" says nothing of the next line
    if re.search(r"\d{4}", mention.text):
        return mention
    # searched case-sensitively in the lower-cased window (its "\w{2,}" before a future ending is tried at
    # every word: several times faster)
    lowered = lowered_text(before)
    if not (may_match(_FUTURE_CUE, lowered) and search_lowered(_FUTURE_CUE, before, lowered)):
        return mention
    if _PAST_VERB_BEFORE.search(before):
        return mention  # "…, a federal judge ruled on Thursday": the verb right before it is past
    if re.match(r"(?i:ce|cette|this)\b", mention.text) or (
        _WEEKDAY_NAME.search(mention.text) and re.search(r"\d", mention.text)
    ):
        return mention  # "ce vendredi" is this week's; "lundi 20 octobre" is fixed by its weekday
    if _WEEKDAY_ONLY.match(mention.text.strip()):
        later = mention.date + dt.timedelta(days=7 * ((reference - mention.date).days // 7 + 1))
    elif not mention.relative and (reference - mention.date).days > 60:
        try:
            later = mention.date.replace(year=mention.date.year + 1)
        except ValueError:  # 29 February
            return mention
    else:
        return mention
    return DateMention(
        mention.start, mention.end, mention.text, later, mention.precision, True, mention.weekday_conflict
    )


# Dates of the facts, not of the procedure: "arrêtés le 29 octobre", "killed on 3 March".
_INCIDENT_BEFORE_DATE = re.compile(
    # ("une manifestation organisée le 22 septembre 2021": the protest's day, not the court's; but "des
    # audiences foraines organisées du 29 novembre au 2 décembre" are sittings)
    r"\b(?:arrêtée?s?|interpellée?s?|commise?s?|survenue?s?|(?<!foraines )(?<!audiences )(?<!audience )"
    r"(?<!sessions )(?<!session )organisée?s?|tuée?s?|assassinée?s?|décédée?s?|née?s?|disparue?s?|"
    r"enlevée?s?|(?:faits|drame|crime|meurtre|événements|incidents) remont\w*|perpétrée?s?|arrested|"
    # (not "His lawyer told the court on Wednesday that he is ill": the day the court heard him)
    r"killed|died|born|disappeared|abducted|occurred|happened|a-t-on appris|appris|said|"
    r"told(?! (?:the )?(?:court|bench|magistrate|judge|jury|tribunal) on\b)|reported|raided|"
    r"searched|"
    r"seized|executed a (?:search )?warrant|discovered|perquisitionnée?s?|saisie?s?|découverte?s?|"
    # ("that they committed the offence at the village office on October 23, 2013": the place between)
    r"committed the (?:offen[cs]es?|crimes?|acts?|murders?)(?: (?:at|in) [^.;,]{1,40}?)?|"
    # ("the offence was committed at Majengo in Moshi on December 19, 2017": the place between; "whose body
    # turned up on July 5, 2022", "was found dead on …": the facts' day; not "the accused turned up before
    # him", "was found guilty on …": the court's)
    r"committed(?: (?:at|in) [^.;,]{1,40}?)?|murdered|"
    # "had admitted taking part in violent disorder on July 5th, 1996"; "les violences qui ont secoué la ville
    # du 3 au 6 septembre": the deed's days, told by what was done
    r"(?:taking|took|taken) part in [^.;,]{1,40}?|secouée?s? [^.;,]{1,30}?|"
    r"(?:body|bodies|remains|corpse) (?:\w+ ){0,2}?turned up|"
    r"(?:was|were) found(?! (?:not )?guilty| liable| in contempt| to have)|found dead|"
    r"(?:says?|said|alleges?|alleged|states?|claims?) that|"
    # "Prosecutor X told the court that on 15 August 2022, Y misrepresented himself": the facts' day
    r"told (?:the )?(?:court|bench|magistrate|judge|jury) that|"
    # "the alleged attempted rape dates from October 22, 2021": when the facts took place
    # ("It all goes back to 16 November 2020", "L'histoire remonte au 16 novembre 2016": how it began; not
    # "goes back to custody until October 28": the day right after, no other word between)
    r"dates? (?:back )?(?:from|to)|dating (?:back )?(?:from|to)|(?:goes|go|went) back to(?=\s*$)|"
    r"(?:affaire|histoire|tout) remont\w*|"
    # "He gave his date of birth as 13 November 1980", "offences on dates between 2 April 1980 and …", "jailed
    # for five years, running from December 31st 2017": a life's, the facts' or the term's days
    r"dates? (?:of birth|de naissance)(?: as| is| was)?|(?:on dates )?between|running from|backdated to|"
    # "The court heard from state prosecutor X that on 24 April, 2023, police received a report": what the
    # court was told happened, its day right after the "that" (not "Readers will recall that on 23 December
    # the magistrate convicted four others": the case's own history)
    r"(?<=\s)(?<!recall )(?<!recalled )(?<!recalls )that(?=\s+(?:on|in)\s))"
    # ("the incident happened at about 3.00pm on Sept.22": the hour told before the day)
    r"\s+(?:\w+\s+){0,2}?(?:(?:at|vers|à) (?:about |around |environ )?\d{1,2}(?:[.:h]\d\d)?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.|heures?)?\s+)?(?:le|du|au|on|in)?\s*$",
    FLAGS,
)


# Days no court sat: the facts' day ("les faits du 15 septembre"), an arrest told at length ("arrêtés par les
# services de sécurité le vendredi 13"), a document's date ("His letter, dated August 17"), a presentation
# to the prosecutor ("déférés au parquet le 30 juin"). (Not "depuis le": "comparaissent depuis le 30
# novembre", "en délibéré depuis le 17 juin" tell a sitting.)
_NO_SITTING_BEFORE_DATE = re.compile(
    # ("a charge arising from an incident on Sept. 8, 2009": the facts' day)
    r"(?:\bfaits\s+(?:du|des)\s+|\b(?:events|incidents?|facts)\s+(?:of|on)\s+|\bevents\b[^.;:]{0,40}?\bon\s+|"
    # "la marche du 27 novembre 2021", "les attentats du 16 mai", "the riots of 9 August": the event's day
    # ("Légende photo : braquage du 8 mars 2013 au change": the offence's day)
    r"\b(?:manifestations?|émeutes?|marches?|protests?|riots?|demonstrations?|attentats?|attaques?|"
    r"affrontements|clashes|braquages?|cambriolages?|incendies?|robber(?:y|ies)|shootings?)\s+(?:du|des|d['’]|of)\s+|"
    # (not "three men picked up with explosives will be delivered on 23 February", "24 people arrested over
    # the protest were on Wednesday ordered remanded": another verb's day, the sentence's own)
    r"\b(?:arrêtée?s?|interpellée?s?|surprise?s?|picked up|arrested|apprehended|rounded up|caught)\b"
    # ("Lenolkulal, arrested and charged in the same week, returns on April 29": past the apposition, the
    # verb of the sentence)
    r"(?:(?!\b(?:will|shall|be|been|sera|seront|devra|devront|were|was|returns?|re-?appears?|revient|reviennent)\b)"
    r"[^.;:]){0,50}?\b(?:le|on)\s+|"
    r"\b(?:dated|datée?s? du|en date du)\s+|"
    # "les événements dramatiques qu'a connus Ouassa les 11 et 14 octobre 2014": what a place went through
    r"\bqu['’](?:a|ont|avait|avaient) (?:connue?s?|vécue?s?|secouée?s?|endeuillée?s?) "
    r"[^.;:]{0,40}?\b(?:le|les)\s+"
    r"(?:\d{1,2}(?:er)?(?:\s*,\s*|\s+et\s+))*|"
    r"\bdéférée?s? (?:\w+ ){0,3}?(?:au|devant le) parquet\b[^.;]{0,30}?\ble\s+)$",
    FLAGS,
)


def procedural_dates(sentence: Sentence) -> list[DateMention]:
    """The sentence's days that are not the facts' (`_INCIDENT_BEFORE_DATE`); read once a sentence, as
    the event day, the rulings and the hearings each ask."""
    if sentence._procedural is None:
        sentence._procedural = _procedural_dates(sentence)
    return list(sentence._procedural)


def _procedural_dates(sentence: Sentence) -> list[DateMention]:
    out = []
    for mention in sentence.dates:
        if mention.precision != "day" or mention.date is None:
            continue
        window = slice(max(0, mention.start - sentence.start - 60), mention.start - sentence.start)
        before, lowered = sentence.text[window], sentence.lowered
        # the lowered sentence holds the same characters at the same offsets: its slice is the window's,
        # read once (`may_match` keeps a text's words by its identity) for the five patterns' gates
        lowered_before = lowered[window] if lowered is not None else None
        if not (
            may_match(_INCIDENT_BEFORE_DATE, lowered_before) and _INCIDENT_BEFORE_DATE.search(before)
        ) and not (
            (may_match(_EVENT_BEFORE_DATE, lowered_before) and _EVENT_BEFORE_DATE.search(before))
            or (may_match(_POLL_BEFORE_DATE, lowered_before) and _POLL_BEFORE_DATE.search(before))
            or (may_match(_ENACTED_BEFORE_DATE, lowered_before) and _ENACTED_BEFORE_DATE.search(before))
            or (may_match(_NO_SITTING_BEFORE_DATE, lowered_before) and _NO_SITTING_BEFORE_DATE.search(before))
        ):
            if _EVENT_AFTER_DAY.match(sentence.text, mention.end - sentence.start):
                continue  # "in court yesterday over Wednesday's violent demonstrations": the events' day
            if _FACTS_TOLD_AFTER_DAY.match(sentence.text, mention.end - sentence.start):
                continue  # "On Nov. 7, 2020, the court heard, X spent the evening drinking": the facts' day
            if _DEED_AFTER_DAY.match(sentence.text, mention.end - sentence.start):
                continue  # "le lundi 3 octobre, du matériel a été saccagé": the deed's day
            out.append(mention)
    return out


# "après l'élection présidentielle du 24 février 2019", "au-delà du scrutin du 24 février": a vote's day
_POLL_BEFORE_DATE = re.compile(
    r"\b(?:élections?|scrutins?|présidentielles?|législatives|référendum|elections?|polls?|referendum)"
    r"(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:du|des|de|d['’]|of|on)\s*$",
    FLAGS,
)


# "(le tribunal), créé par le Décret Présidentiel N°2023-42/PR du 24 avril 2023", "established by an Act of
# …": the day the text that founded the court was enacted (not "une grâce accordée par un décret du …")
_ENACTED_BEFORE_DATE = re.compile(
    r"\b(?:créée?s?|instituée?s?|établie?s?|mise? en place|created|established|set up|instituted)"
    r"\s+(?:par|by)\s+"
    r"(?:le |la |l['’]|un |une |the |an? )?(?:décrets?|lois?|ordonnances?|decrees?|acts?|ordinances?)\b"
    r"(?:\s+[\w°/.-]+){0,4}?\s+(?:du|of|dated)\s*$|"
    # "la Loi N°2011/028 du 14 décembre 2011", "Decree No. 12 of 3 May 2019": a numbered text's own date
    r"\b(?:lois?|décrets?|ordonnances?|arrêtés?|laws?|decrees?|acts?|ordinances?)\s+(?:n[°o]\.?|no\.?|numéro|number)\s*"
    r"[\w/.-]+\s+(?:du|of|dated)\s*$",
    FLAGS,
)


# "On Nov. 7, 2020, the court heard, X spent the evening drinking": the facts the court was told, on their day
_FACTS_TOLD_AFTER_DAY = re.compile(r",\s*(?:the )?(?:court|jury) (?:heard|was told)\s*,")


# "le lundi 3 octobre, du matériel a été saccagé", "on 2 May, a shop was looted": a deed done on that day,
# told in the passive (a few words of subject between; not "il a été condamné": the court's deed)
_DEED_AFTER_DAY = re.compile(
    r"\s*,?\s+(?:[\w'’-]+\s+){1,4}?(?:a|ont|avait|avaient|was|were|had been) (?:été |been )?"
    r"(?:saccagée?s?|incendiée?s?|volée?s?|dérobée?s?|cambriolée?s?|braquée?s?|dégradée?s?|vandalisée?s?|"
    r"détruite?s?|poignardée?s?|agressée?s?|tuée?s?|assassinée?s?|"
    r"looted|ransacked|vandali[sz]ed|torched|set on fire|burgled|stolen|robbed|stabbed|attacked|killed|"
    r"murdered|destroyed)\b",
    FLAGS,
)


# "Wednesday's violent demonstrations", "Sunday's attack": a day in the possessive names the events it owns;
# "jailed over September 11 protest": a day right before the event's noun, its name
_EVENT_AFTER_DAY = re.compile(
    r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}?|\s+)(?:demonstrations?|protests?|riots?|looting|attacks?|violence|clashes|"
    r"shooting|killings?|elections?|polls?|explosions?|blasts?|raids?|robbery|fire)\b"
)


# "arrêtées pendant les manifestations des 19 et 20 août": the days of the events, not of the court
_EVENT_BEFORE_DATE = re.compile(
    # "lors de la manifestation interdite de l'opposition du samedi 20 décembre": the event's own complement
    # may stand between its noun and its day, with no comma
    r"\b(?:pendant|durant|during|lors(?:\s+de)?|au cours de)\s+(?:les?|la|des|du|the)\s+(?:\w+\s+){0,2}?"
    r"(?:manifestations?|émeutes?|marches?|protests?|riots?|demonstrations?|élections?|événements|évènements|"
    r"violences|attaques?|troubles|affrontements|clashes)\b(?:[^.;]{0,20}|[^.;,]{0,45})$",
    FLAGS,
)
