"""Dates in hearing reports: every date mention with its span, and the article's dateline.

Two public entries:

* `find_dates(text, language, reference)` returns the date mentions of `text` in text order: full dates
  ("lundi 20 octobre 2025", "Oct 7 2025", "06/10/2025", "2025-10-20"), dates without a year
  ("le 20 octobre", "September 16"), months ("en novembre 2024"), years ("depuis 2015") and days given
  relative to the reference ("hier", "lundi prochain", "dans deux semaines", "last Monday").

The explicit shapes are matched and resolved here, with one regular expression per language built from
Babel's month and weekday names: `dateparser.search_dates` is slow and reads everyday words as dates
("je" as jeudi, "29 ans" as a year, "sept." as 7). Offset phrases ("dans deux semaines", "in 10 days") are
counted from the reference as `dateparser.parse` reads them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from babel.dates import get_day_names, get_month_names

from docket.text import longest_first_tree

Language = Literal["fr", "en"]
Precision = Literal["day", "month", "year"]
Direction = Literal["past", "future", "nearest"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written in a text and the day it stands for.

    `date` is the resolved day; for precision "month" the 1st of the month, for "year" the 1st of January.
    It is None when the text leaves the year (or the day) to a reference that was not given.
    `relative` is True when the day itself comes from the reference ("hier", "next Tuesday", "in 10
    days"); a date without a year ("le 20 octobre") only borrows its year and is not relative.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: Precision
    relative: bool
    weekday_conflict: bool = False


def find_dates(
    text: str,
    language: str,
    reference: dt.date | None,
    *,
    day_reference: bool = True,
    lowered: str | None | bool = False,
) -> list[DateMention]:
    """Every date mention in `text`, in text order, with offsets into `text`.

    `language` is "fr" or "en"; `reference` is the article's date (its dateline), used to resolve
    year-less and relative dates. Without it, those dates come back with `date=None`. When the reference
    is only a stand-in for the article's time (a month marker, the latest date the article writes in
    full), `day_reference=False`: it still gives year-less dates their year, but days told relative to
    the day of writing ("hier", "ce mardi", "last Friday", "dans deux semaines") stay unresolved.

    How the reference resolves them: a year-less date takes the year (reference's ±1) in which its
    weekday holds, else the one nearest the reference ("prochain"/"dernier" pick the side); "lundi 20"
    takes the nearby month whose 20th is a Monday; a bare weekday is the latest one on or before the
    reference, or the next one when its clause speaks of the future ("rendra sa décision mardi",
    "until Monday"); "ce lundi"/"this Monday" is the one in the reference's Monday-to-Sunday week.
    Numeric dates are day-first, as in French and Commonwealth English, except when the second number
    cannot be a month.

    `lowered`: `lowered_text(text)`, where the caller has it (False: not given), spares the scan its own.
    """
    lexicon = _lexicon(check_language(language))
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    mentions: list[DateMention] = []
    # told to the scan by the text's identity: the scan is kept by the text's content, and a scan served
    # from there asks for nothing
    if lowered is not False:
        _GIVEN_LOWERED.append((text, lowered))  # type: ignore[arg-type]
    try:
        matches = _plausible_matches(text, lexicon.language)
    finally:
        _GIVEN_LOWERED.clear()
    for match in matches:
        if not day_reference and match.lastgroup in _DAY_RELATIVE_SHAPES:
            mentions.extend(_resolve(match, text, lexicon, None))
            continue
        try:
            mentions.extend(_resolve(match, text, lexicon, reference))
        except OverflowError:  # a reference at the calendar's edge (year 1 or 9999): no day to count from
            mentions.extend(_resolve(match, text, lexicon, None))
    if not day_reference and reference is not None:
        # a stand-in reference: the latest day the text writes in full, not the day of writing
        mentions = [
            _year_of_its_weekday(m, lexicon, reference) if m.weekday_conflict else m for m in mentions
        ]
    return _glossed_todays(text, mentions)


def _year_of_its_weekday(mention: DateMention, lexicon: _Lexicon, reference: dt.date) -> DateMention:
    """ "jeudi 17 février", where the stand-in reference is the latest date the text writes in full (the
    facts of 2017): the report is written after them, so the day is the first on or after the reference,
    within six years, on which its weekday falls (2022), not the nearest day whose weekday is wrong."""
    if mention.date is None or _YEAR_TOLD.search(mention.text):
        return mention
    named = (lexicon.weekdays.get(_fold(word)) for word in _WORD.findall(mention.text))
    weekday = next((w for w in named if w is not None), None)
    if weekday is None:
        return mention
    for year in range(reference.year, reference.year + 7):
        day = _safe_date(year, mention.date.month, mention.date.day)
        if day is not None and day >= reference and day.weekday() == weekday:
            return replace(mention, date=day, weekday_conflict=False)
    return mention


_WORD = re.compile(r"[^\W\d_]+")


def _glossed_todays(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "were today, November 1, 2019, arraigned": the day "today" names is the one written after it, whatever
    the dateline says (a page dated two days later still means the day it glosses)."""
    for index, (mention, following) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if (
            mention.relative
            and following.date is not None
            and following.precision == "day"
            and not following.relative
            and _TODAY_WORD.fullmatch(mention.text)
            and _GLOSS_GAP.fullmatch(text, mention.end, following.start)
        ):
            mentions[index] = replace(mention, date=following.date, relative=False)
    return mentions


_TODAY_WORD = re.compile(r"(?i:today|aujourd['’]hui)")
_GLOSS_GAP = re.compile(r",\s*")


def day_starts(text: str, language: str) -> list[int]:
    """Where the mentions of `find_dates(text, language, …)` that name a day, not told relative to another,
    may start, whatever the reference: each match's start, and a range's second day ("24 et 25 mars"). Read
    from the scan `find_dates` keeps by the text's content: asked first, it costs `find_dates` nothing."""
    starts = []
    for match in _plausible_matches(text, _lexicon(check_language(language)).language):
        starts.append(match.start())
        if match.lastgroup == "c" and match["c_d0"] is not None:
            starts.extend(start for start, _ in _days_listed_before(match, text))
            starts.append(match.start("c_day"))
    return starts


@lru_cache(maxsize=16)
def _plausible_matches(text: str, language: Language) -> tuple[re.Match[str], ...]:
    """The scan of `text`, which depends on nothing else: an article is read for its dateline's year, its
    latest full date and its sentences' dates, and scanned once (the matches are read, never changed)."""
    lexicon = _lexicon(language)
    return tuple(m for m in _scan(text, lexicon) if _plausible(m, text, lexicon))


# Characters that case-insensitive matching reads just as lower-casing does: ASCII, Latin-1 and Latin
# Extended-A letters (but µ, ß, İ, ı and ſ, which have case variants outside them or lower to two
# characters), general punctuation (’ “ ” – — …), €, and the symbols without case that pages carry (arrows,
# bullets, stars, box drawing, ✉) and the replacement character � of a badly decoded byte: one of them
# would send the whole text the slow way. tests/parser/test_dates.py checks it.
CASE_SAFE = "\x00-\xb4\xb6-\xde\xe0-\u012f\u0132-\u017e\u2000-\u206f\u20ac\u2190-\u245f\u2500-\u2bff\ufffd"
_CASE_UNSAFE = re.compile(f"[^{CASE_SAFE}]")


def lowered_text(text: str) -> str | None:
    """`text` lower-cased, for searches of lower-cased patterns; None when it has characters outside
    CASE_SAFE (or lower-casing would move its offsets)."""
    if text.isascii():  # every ASCII character is CASE_SAFE: spared the search (English texts, mostly)
        return text.lower()
    if _CASE_UNSAFE.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _scan(text: str, lexicon: _Lexicon) -> Iterable[re.Match[str]]:
    """`lexicon.pattern.finditer(text)`, found faster: a case-sensitive search of the lower-cased text
    finds the same spans (half the time of a case-insensitive one), then each is matched again in
    `text` for its groups as written. Texts with characters outside CASE_SAFE take the plain way."""
    if lexicon.lowered is None:
        return lexicon.pattern.finditer(text)
    given = _GIVEN_LOWERED[0] if _GIVEN_LOWERED else None
    lowered = given[1] if given is not None and given[0] is text else lowered_text(text)
    if lowered is None:
        return lexicon.pattern.finditer(text)
    found = []
    for low in lexicon.lowered.finditer(lowered):
        match = lexicon.pattern.match(text, low.start())
        if match is None or match.end() != low.end():  # never expected: then the plain way
            return lexicon.pattern.finditer(text)
        found.append(match)
    return found


# the text `find_dates` is reading and its `lowered_text`, while it reads it, when its caller gave it
_GIVEN_LOWERED: list[tuple[str, str | None]] = []

# Shapes whose day is counted from the day of writing: "hier", "mardi", "last Friday", "dans deux semaines".
_DAY_RELATIVE_SHAPES = frozenset({"w", "x", "o", "p"})


# --- Lexicon -----------------------------------------------------------------------------------------

_WIDTHS = ("wide", "abbreviated")
_CONTEXTS = ("format", "stand-alone")

# Spellings that Babel's CLDR data lacks but reports use.
_EXTRA_MONTHS: dict[str, dict[str, int]] = {
    "fr": {"fév": 2, "fev": 2, "sep": 9},
    "en": {"sept": 9},
}
_EXTRA_WEEKDAYS: dict[str, dict[str, int]] = {
    "fr": {},
    "en": {"tues": 1, "weds": 2, "thur": 3, "thurs": 3},
}

# Number words of offset phrases ("dans deux semaines", "in ten days").
_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
        "seize": 16, "vingt": 20, "trente": 30,
    },
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30,
    },
}  # fmt: skip

# "the 22d October, 2024": "d" for "nd" and "rd", as older and legal English writes ordinals
_DAY_SUFFIX = {"fr": r"(?:er|ᵉʳ)", "en": r"(?:st|nd|rd|th|d)"}

# A pattern that matches nothing: the slot of a word the language does not have.
_NOTHING = r"(?!x)x"

# Words around a date that change how it resolves.
_WORDS = {
    "fr": {
        "yesterday2": r"avant[-\s]hier",
        "tomorrow2": r"apr[èe]s[-\s]demain",
        "today": (
            r"aujourd['’]hui|ce\s+jour(?!\s{0,2}-?\s{0,2}l[àa](?!\w))|ce\s+matin|cet\s+après-midi|ce\s+soir"
        ),
        "yesterday": r"hier",
        "tomorrow": r"demain",
        "weekday_pre": r"ce",
        "weekday_post": r"prochain|dernier|pass[ée]|qui\s+vient",
        "date_post": r"prochain|dernier",
        "range": r",|et|au|à|-|–",
        "year_pre": r"en|depuis",
        "offset_pre": r"dans|d['’]ici|il\s+y\s+a",
        "offset_unit": r"jours?|semaines?|mois|ans?|années?",
        "offset_post": _NOTHING,
        "of": _NOTHING,
    },
    "en": {
        "yesterday2": r"the\s+day\s+before\s+yesterday",
        "tomorrow2": r"the\s+day\s+after\s+tomorrow",
        "today": r"today|this\s+morning|this\s+afternoon|this\s+evening|tonight",
        # "Last evening, 33 people were arraigned": the evening before the day of writing (not "the last
        # night of the festival")
        "yesterday": r"yesterday|(?<!the )last\s+(?:night|evening)",
        "tomorrow": r"tomorrow",
        "weekday_pre": r"on|next|last|this|coming|that",
        # "beginning on Monday next week", "on Thursday last week": the week named after the day
        "weekday_post": r"(?:next|last|this)\s+week",
        "date_post": _NOTHING,
        "range": r",|and|to|&|-|–",
        "year_pre": r"in|since",
        "offset_pre": r"in|within",
        "offset_unit": r"days?|weeks?|months?|years?",
        "offset_post": r"ago|from\s+now",
        "of": r"of",
    },
}


@dataclass(frozen=True, slots=True)
class _Lexicon:
    language: Language
    months: dict[str, int]  # folded name, without its dot -> 1..12
    weekdays: dict[str, int]  # folded name, without its dot -> 0 (Monday)..6
    numbers: dict[str, int]
    pattern: re.Pattern[str]
    # the same pattern, case-sensitive, for lower-cased text (see `_scan`); None if it cannot be
    lowered: re.Pattern[str] | None = None


# the words folded are a date's names and little words ("mars", "févr.", "ce", "dernier"): a few hundred
# at most, each folded again at every date that writes it
@lru_cache(maxsize=1024)
def _fold(word: str) -> str:
    """Lower-case, accent-less, dot-less: the key of a month or weekday name."""
    decomposed = unicodedata.normalize("NFD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_variants(wide: dict[str, int], short: dict[str, int], dot: str = r"\.?") -> str:
    """An alternation of names, each as written and without accents; abbreviations take `dot` after."""
    forms = {re.escape(form) for name in wide for form in (name, _fold(name))}
    forms |= {re.escape(form) + dot for name in short for form in (name, _fold(name))}
    # Longest first, so that "janvier" is tried before "janv" (backtracking would find it anyway).
    return "|".join(sorted(forms, key=len, reverse=True))


def _names(
    getter: Callable[[str, str, str], Mapping[int, str]], language: str, extras: dict[str, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """Wide names and abbreviations from Babel, keyed by their lower-cased spelling (accents kept)."""
    wide: dict[str, int] = {}
    short: dict[str, int] = dict(extras)
    for width in _WIDTHS:
        for context in _CONTEXTS:
            for number, name in getter(width, context, language).items():
                target = wide if width == "wide" else short
                target[name.lower().rstrip(".")] = number
    # An abbreviation that is the whole name ("mars", "mai") is a wide name.
    short = {name: number for name, number in short.items() if name not in wide}
    return wide, short


@cache
def _lexicon(language: Language) -> _Lexicon:
    month_wide, month_short = _names(get_month_names, language, _EXTRA_MONTHS[language])
    day_wide, day_short = _names(get_day_names, language, _EXTRA_WEEKDAYS[language])
    months = {_fold(n): v for n, v in (month_wide | month_short).items()}
    weekdays = {_fold(n): v for n, v in (day_wide | day_short).items()}
    numbers = _NUMBER_WORDS[language]
    words = _WORDS[language]

    end = r"(?!\w)"
    month = rf"(?:{_name_variants(month_wide, month_short)}){end}"
    weekday = rf"(?:{_name_variants(day_wide, {})}){end}"
    # French abbreviated weekdays ("mer.", "sam.") are words without their dot: the dot is required.
    short_dot = r"\.?" if language == "en" else r"\."
    any_weekday = rf"(?:{_name_variants(day_wide, day_short, short_dot)}){end}"
    day = rf"(?<![\w.,])(?:3[01]|[12]\d|0?[1-9])(?!\d){_DAY_SUFFIX[language]}?{end}"
    glued_day = rf"(?:3[01]|[12]\d|0?[1-9])(?!\d){_DAY_SUFFIX[language]}?{end}"
    year = r"(?:19|20)\d\d(?!\d)"
    sp = r"\s{1,3}"
    number = rf"(?:\d{{1,3}}|{'|'.join(sorted(numbers, key=len, reverse=True))}){end}"
    # ("06 September,2023 12:23 pm": a page stamp may glue the year to the comma)
    year_sep = r"(?:\s{0,2},\s{0,3}|\s{1,3})" if language == "en" else sp
    day_comma = ",?" if language == "en" else ""
    # ("October 7,2025": English papers may glue the year to the comma)
    month_first_year = (
        rf"(?:(?:,\s{{0,3}}|{sp})(?P<d_year>{year}))?"
        if language == "en"
        else rf"(?:,?{sp}(?P<d_year>{year}))"
    )
    # ("adjourned to January, 6, 2020", "Nakonde August,6,2014": a comma after the month as well, the year
    # then required, for "In January, 6 people" is no date)
    month_comma_day = rf"|,\s{{0,2}}(?P<d_day3>{glued_day})(?=,\s{{0,3}}{year})" if language == "en" else ""
    # "lundi 20" names a day of a nearby month; "lundi 9 heures" is a time ("on Tuesday the 15-year-old only
    # confirmed his name": a number joined to its noun is no day either)
    day_of_week = rf"{day}(?!\s{{0,3}}(?:h\b|heures?\b|hours?\b|[:h.]\d|%|ans\b|years?\b)|-[a-zà-öø-ÿ])"
    # What a weekday may be followed by when it only introduces a date ("lundi 20 octobre").
    day_month = (
        rf"(?:{day}{sp}(?:{words['of']}{sp})?{month}|\d{{1,2}}[/.-]\d|{month}{sp}\d|"
        rf"(?:the{sp})?{day_of_week})"
    )

    shapes = [
        # "lundi 20 octobre 2025", "le 1er mars", "24 et 25 mars 2025", "Tuesday, 16 September 2025"
        rf"(?P<c>(?:(?P<c_wd>{any_weekday})[\s,]{{1,3}}(?:(?:le|the){sp})?)?"
        rf"(?:(?P<c_d0>{day})\s{{0,2}}(?:{words['range']})\s{{0,2}})?"
        # ("fixed 26, November 2020": English papers may put a comma after the day)
        rf"(?P<c_day>{day}){day_comma}{sp}(?:{words['of']}{sp})?(?P<c_mon>{month})"
        rf"(?:{year_sep}(?P<c_year>{year})|{sp}(?P<c_post>{words['date_post']}){end})?)",
        # "October 7, 2025", "Oct 7 2025", "Sept. 16"
        # ("put the case off until Oct.12": an abbreviation's dot may stand for the space)
        rf"(?P<d>(?:(?P<d_wd>{any_weekday}),?{sp})?(?P<d_mon>{month})"
        rf"(?:{sp}(?P<d_day>{day})|(?<=[a-z])\.(?P<d_day2>{glued_day}){month_comma_day})(?![:.]\d)"
        rf"{month_first_year})",
        # "06/10/2025", "6.10.2025"
        rf"(?P<n>(?:(?P<n_wd>{weekday}),?{sp})?(?<![\d./-])(?P<n_a>\d{{1,2}})(?P<n_sep>[/.-])"
        rf"(?P<n_b>\d{{1,2}})(?P=n_sep)(?P<n_year>{year})(?![./-]\d))",
        # "2025-10-20"
        rf"(?P<i>(?<![\d./-])(?P<i_year>{year})(?P<i_sep>[-/])(?P<i_mon>1[0-2]|0?[1-9])(?P=i_sep)"
        rf"(?P<i_day>3[01]|[12]\d|0?[1-9])(?!\d|[./-]\d))",
        # "26-Nov-2020": day, abbreviated month and year joined by hyphens, as some sites stamp a page
        # (not the "lycée 5-Février-1979", named after a day in full; written in lower case, as the pattern's
        # lower-cased copy, the fast scan, requires)
        rf"(?P<h>(?P<h_day>\d{{1,2}})-(?=[a-zà-öø-ÿ]{{3,4}}\.?-)(?P<h_mon>{month})-(?P<h_year>{year})(?![\w-]))",
        # "19Sep 2019": a page stamp that glues the day to the month's name
        rf"(?P<g>(?<![\w.,])(?P<g_day>3[01]|[12]\d|0?[1-9])(?P<g_mon>{month}){sp}(?P<g_year>{year}))",
        # "novembre 2024", "Sept. 2025"
        rf"(?P<e>(?P<e_mon>{month}){sp}(?P<e_year>{year}))",
        # "en 2015", "since 2015"
        rf"(?P<y>(?:{words['year_pre']}){sp}(?P<y_year>{year})(?!\s{{0,2}}(?:%|€|\$|[-–]\d)))",
        # "hier", "aujourd'hui", "hier mercredi"
        rf"(?P<w>(?:(?P<w_y2>{words['yesterday2']})|(?P<w_t2>{words['tomorrow2']})"
        rf"|(?P<w_t0>{words['today']})|(?P<w_y1>{words['yesterday']})|(?P<w_t1>{words['tomorrow']})){end}"
        rf"(?:,?{sp}(?P<w_wd>{weekday})(?!{sp}(?:{words['weekday_post']}){end})"
        rf"(?![\s,]{{1,3}}(?:le{sp}|the{sp})?{day_month}))?)",
        # "le 5 courant", "jeudi 13 du mois en cours", "the 12th of this month": a day of the dateline's month
        rf"(?P<u>(?:(?P<u_wd>{weekday}),?{sp})?(?P<u_day>{day}){sp}(?:courant|du{sp}mois{sp}en{sp}cours|of{sp}this{sp}month|instant){end})",
        # "lundi 20", "Tuesday the 14th"
        rf"(?P<k>(?P<k_wd>{weekday}),?{sp}(?:the{sp})?(?P<k_day>{day_of_week}))",
        # "lundi prochain", "ce lundi", "jeudi", "next Tuesday"
        # (not the first day of "dans la nuit de mercredi à jeudi": the night's news is the second day's)
        rf"(?P<x>(?:(?P<x_pre>{words['weekday_pre']}){sp})?(?<!nuit du )(?<!nuit de )(?P<x_wd>{weekday})"
        rf"(?:{sp}(?P<x_post>{words['weekday_post']}){end})?"
        rf"(?![\s,]{{1,3}}(?:le{sp}|the{sp})?{day_month}))",
        # "dans deux semaines", "il y a trois jours", "in 10 days"
        rf"(?P<o>(?P<o_pre>{words['offset_pre']}){sp}(?P<o_num>{number}){sp}"
        rf"(?P<o_unit>{words['offset_unit']}){end})",
        # "two weeks from now", "10 days ago"
        rf"(?P<p>(?P<p_num>{number}){sp}(?P<p_unit>{words['offset_unit']}){sp}"
        rf"(?P<p_post>{words['offset_post']}){end})",
    ]
    # Every shape starts with a digit, a month or weekday name, or one of these words with what must follow
    # it ("ce lundi", "en 2015", "dans deux semaines"): a word start that opens none ("ce", "en", "the",
    # "décision") is passed over at once instead of being tried against every shape.
    names = {form for name in month_wide | month_short | day_wide | day_short for form in (name, _fold(name))}
    openings = [
        r"\d",
        # a whole name ("mai", not "mais"; "déc.", not "décision")
        rf"{longest_first_tree(sorted(names))}(?!\w)",
        "|".join(words[key] for key in ("yesterday2", "tomorrow2", "today", "yesterday", "tomorrow")),
        rf"(?:{words['weekday_pre']}){sp}{weekday}",
        rf"(?:{words['year_pre']}){sp}{year}",
        rf"(?:{words['offset_pre']}){sp}{number}",
    ]
    if words["offset_post"] != _NOTHING:  # "two weeks from now"
        openings.append(rf"{number}{sp}(?:{words['offset_unit']})")
    # A mention starts at a word start; checking that first keeps the scan cheap inside words.
    source = rf"(?<!\w)(?=\w)(?={'|'.join(openings)})(?:" + "|".join(shapes) + ")"
    pattern = re.compile(source, re.IGNORECASE)
    # Without the group syntax ("(?P<c>", "(?P=n_sep)") the pattern is all lower case (its words and
    # escapes): case-sensitive, it reads lower-cased text as the case-insensitive one reads the text.
    lowered = None if re.search(r"[A-Z]", re.sub(r"\(\?P[<=]", "", source)) else re.compile(source)
    return _Lexicon(language, months, weekdays, numbers, pattern, lowered)


def check_language(language: str) -> Language:
    if language not in ("fr", "en"):
        raise ValueError(f"unsupported language {language!r}: expected 'fr' or 'en'")
    return language  # type: ignore[return-value]


# --- Filtering ---------------------------------------------------------------------------------------

_HABITUAL = re.compile(r"(?<!\w)(?:chaque|tous\s{1,3}les|every|each)\s{1,3}$", re.IGNORECASE)
_SO_FAR = re.compile(r"(?<!\w)[àa]\s{1,3}$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;»«\"“”(\n–—-])\s*$")


def _plausible(match: re.Match[str], text: str, lexicon: _Lexicon) -> bool:
    """Drops matches that are names or idioms rather than dates."""
    shape = match.lastgroup
    if shape == "x" and _HABITUAL.search(text, max(0, match.start() - 12), match.start()):
        return False  # "chaque lundi", "every Monday": a routine, not a day
    if lexicon.language == "en":
        # English capitalizes months and weekdays; "may", "march" and "sun" in lower case are words.
        for name in ("c_wd", "c_mon", "d_wd", "d_mon", "e_mon", "n_wd", "w_wd", "k_wd", "x_wd"):
            token = match.group(name)
            if token and not token[0].isupper():
                return False
        if shape == "x" and not match.group("x_pre") and _GIVEN_NAME_AFTER_WEEKDAY.match(text, match.end()):
            return False  # "Sunday Ajibade, a 30-year-old painter": a given name (West Africa), not a day
        return True
    if shape == "w" and _fold(match["w_t0"] or "").startswith("ce"):
        # "à ce jour" (and "jusqu'à ce jour") means "so far", not today.
        return not _SO_FAR.search(text, max(0, match.start() - 4), match.start())
    if shape == "x" and not match.group("x_pre"):
        # A capitalized weekday inside a sentence is a name ("Vendredi", "Mardi Gras"), not a day.
        token = match.group("x_wd")
        if token[0].isupper():
            return bool(_SENTENCE_START.search(text, max(0, match.start() - 40), match.start()))
    return True


# A weekday with no "on"/"last"/"next" before it that a surname follows: "Sunday Ajibade", "Friday Okon".
# Not "Monday Justice X ruled", "Tuesday's hearing", "Wednesday March 4" (a month), "Friday Night".
_GIVEN_NAME_AFTER_WEEKDAY = re.compile(
    r" (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Morning|Afternoon|Evening|Night|The|This|That|In|At|On|He|She|They|It|We|His|Her|Their|Mr|Mrs|Ms|Dr|"
    r"Justice|Judge|Magistrate|Chief|Court|Prosecutors?|Police|State|Lawyers?|Counsel|Inspector|"
    r"Superintendent|Sergeant|Detective|Senior|Principal|Resident|High|Federal|Magistrates?)\b)"
    r"(?-i:[A-Z][a-z]{2,})\b(?!['’])"
)


# --- Resolution --------------------------------------------------------------------------------------


def _resolve_current_month(match: re.Match[str], reference: dt.date | None) -> DateMention:
    day = int(_digits(match["u_day"]))
    try:
        date = reference.replace(day=day) if reference is not None else None
    except ValueError:  # "le 31 courant" in a month of 30 days
        date = None
    return _mention(match, "u", date, "day", True)


def _resolve(
    match: re.Match[str], text: str, lexicon: _Lexicon, reference: dt.date | None
) -> list[DateMention]:
    shape = match.lastgroup
    if shape == "c":
        return _resolve_day_month(match, text, lexicon, reference)
    if shape == "d":
        return _resolve_month_first(match, text, lexicon, reference)
    if shape == "n":
        first, second = int(match["n_a"]), int(match["n_b"])
        # Day first, as in French and Commonwealth English ("adjourned to 04/03/2026" is 4 March), even in a
        # text that also writes "March 4, 2026"; month first only when the second number cannot be a month
        month_first = second > 12 and first <= 12
        day, month = (second, first) if month_first else (first, second)
        return _full_date(match, "n", lexicon, int(match["n_year"]), month, day)
    if shape == "i":
        return _full_date(match, "i", lexicon, int(match["i_year"]), int(match["i_mon"]), int(match["i_day"]))
    if shape == "h":
        month = lexicon.months[_fold(match["h_mon"])]
        return _full_date(match, "h", lexicon, int(match["h_year"]), month, int(match["h_day"]))
    if shape == "g":
        month = lexicon.months[_fold(match["g_mon"])]
        return _full_date(match, "g", lexicon, int(match["g_year"]), month, int(match["g_day"]))
    if shape == "e":
        month = lexicon.months[_fold(match["e_mon"])]
        return [_mention(match, "e", dt.date(int(match["e_year"]), month, 1), "month", False)]
    if shape == "y":
        # "en 2015": the preposition only says that the number is a year; the year is the mention.
        start, end = match.span("y_year")
        return [DateMention(start, end, match["y_year"], dt.date(int(match["y_year"]), 1, 1), "year", False)]
    if shape == "w":
        return [_resolve_day_word(match, lexicon, reference)]
    if shape == "u":
        return [_resolve_current_month(match, reference)]
    if shape == "k":
        return [_resolve_weekday_and_day(match, lexicon, reference)]
    if shape == "x":
        return [_resolve_weekday(match, lexicon, reference)]
    if shape in ("o", "p"):
        mention = _resolve_offset(match, shape, lexicon, reference)
        return [mention] if mention else []
    return []


_DIGITS = re.compile(r"\d+")


def _digits(day_text: str) -> str:
    return _DIGITS.match(day_text).group()  # type: ignore[union-attr]


def _mention(
    match: re.Match[str],
    shape: str,
    date: dt.date | None,
    precision: Precision,
    relative: bool,
    weekday_conflict: bool = False,
) -> DateMention:
    return DateMention(
        match.start(shape), match.end(shape), match[shape], date, precision, relative, weekday_conflict
    )


def _weekday_of(token: str | None, lexicon: _Lexicon) -> int | None:
    return None if token is None else lexicon.weekdays.get(_fold(token))


def _full_date(
    match: re.Match[str], shape: str, lexicon: _Lexicon, year: int, month: int, day: int
) -> list[DateMention]:
    date = _safe_date(year, month, day)
    if date is None:
        return []  # "31/02/2025" is a reference number, not a date
    weekday = _weekday_of(match.groupdict().get(f"{shape}_wd"), lexicon)
    conflict = weekday is not None and weekday != date.weekday()
    return [_mention(match, shape, date, "day", False, conflict)]


def _day_and_month(
    text: str,
    span: tuple[int, int],
    day: int,
    month: int,
    year_text: str | None,
    weekday: int | None,
    reference: dt.date | None,
    direction: Direction = "nearest",
) -> list[DateMention]:
    """A date given by day and month name, with or without its year."""
    start, end = span
    if year_text:
        date = _safe_date(int(year_text), month, day)
        if date is None:
            return []
        conflict = weekday is not None and weekday != date.weekday()
        return [DateMention(start, end, text[start:end], date, "day", False, conflict)]
    if _safe_date(2000, month, day) is None:  # a leap year: only impossible days ("31 avril") fail
        return []
    that_year = _THAT_YEAR.search(text[max(0, start - 40) : start])
    told = _YEAR_TOLD.findall(text[max(0, start - 300) : start]) if that_year else []
    if told:
        # "celui jugé en 2015 : cette année-là, le samedi 7 mars": the year the text just told
        return _day_and_month(text, span, day, month, told[-1], weekday, reference, direction)
    found, conflict = _year_for(day, month, reference, weekday, direction)
    return [DateMention(start, end, text[start:end], found, "day", False, conflict)]


_THAT_YEAR = re.compile(
    r"(?i:cette année-là|cette même année|la même année|that year|the same year|that same year)[\s,:]*"
    r"(?:(?:le|on|the)\s+)?$"
)
_YEAR_TOLD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _resolve_month_first(
    match: re.Match[str], text: str, lexicon: _Lexicon, reference: dt.date | None
) -> list[DateMention]:
    return _day_and_month(
        text, match.span("d"), int(_digits(match["d_day"] or match["d_day2"] or match["d_day3"])),
        lexicon.months[_fold(match["d_mon"])],
        match["d_year"], _weekday_of(match["d_wd"], lexicon), reference,
    )  # fmt: skip


def _resolve_day_month(
    match: re.Match[str], text: str, lexicon: _Lexicon, reference: dt.date | None
) -> list[DateMention]:
    post = (match["c_post"] or "").lower()
    direction: Direction = "future" if post == "prochain" else "past" if post == "dernier" else "nearest"
    month = lexicon.months[_fold(match["c_mon"])]
    weekday = _weekday_of(match["c_wd"], lexicon)
    day = int(_digits(match["c_day"]))
    if match["c_d0"] is None:
        return _day_and_month(
            text, match.span("c"), day, month, match["c_year"], weekday, reference, direction
        )
    # "lundi 24 et 25 mars 2025": the first day borrows the month and year of the second, the weekday
    # belongs to the first.
    second = _day_and_month(
        text, (match.start("c_day"), match.end("c")), day, month, match["c_year"], None, reference, direction
    )
    # one sitting of several days: those before the last are of its year, however near the reference
    year = match["c_year"] or next((str(m.date.year) for m in second if m.date is not None), None)
    first = _day_and_month(
        text, (match.start("c"), match.end("c_d0")), int(_digits(match["c_d0"])), month,
        match["c_year"] if weekday is not None else year, weekday, reference, direction,
    )  # fmt: skip  # (a weekday tells its own year)
    listed = [
        mention
        for start, end in _days_listed_before(match, text)
        for mention in _day_and_month(
            text, (start, end), int(_digits(text[start:end])), month, year, None, reference, direction
        )
    ]
    return listed + first + second


# "set down for 2nd, 7th, 12th and 13th October", "les 3, 10 et 17 mars": the days listed before the last two
# share their month (only before a list's "and", not a range's "to": "du 2 au 13 octobre" names two days)
_LISTED_DAYS_BEFORE = re.compile(
    r"(?:(?<![\w.,])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er)?\s{0,2},\s{0,2}){1,8}$"
)
_LISTED_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th|er)?")
_NUMBERED_BEFORE = re.compile(r"(?i:\barts?\.?|\barticles?|\bsections?|\bss?\.|n°|\bnos?\.?|§)\s*$")
_LIST_SEPARATOR = re.compile(r"\s{0,2}(?:,|et|and|&)\s{0,2}", re.IGNORECASE)


def _days_listed_before(match: re.Match[str], text: str) -> list[tuple[int, int]]:
    if match["c_wd"] is not None or not _LIST_SEPARATOR.fullmatch(
        text, match.end("c_d0"), match.start("c_day")
    ):
        return []
    listed = _LISTED_DAYS_BEFORE.search(text, max(0, match.start("c") - 60), match.start("c"))
    if listed is None or _NUMBERED_BEFORE.search(text, max(0, listed.start() - 12), listed.start()):
        return []  # "articles 5, 12 et 13": a statute's numbers
    return [day.span() for day in _LISTED_DAY.finditer(text, listed.start(), listed.end())]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(
    day: int, month: int, reference: dt.date | None, weekday: int | None, direction: Direction
) -> tuple[dt.date | None, bool]:
    """The year of a year-less date: the one its weekday allows, nearest the reference (or on the side
    "prochain"/"dernier" asks for). Returns the date and whether the weekday had to be ignored."""
    if reference is None:
        return None, False
    candidates = [
        d
        for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    if direction == "future":
        candidates = [d for d in candidates if d >= reference] or candidates
    elif direction == "past":
        candidates = [d for d in candidates if d <= reference] or candidates
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        if matching:
            return min(matching, key=lambda d: abs(d - reference)), False
    if not candidates:
        return None, False  # 29 February around three non-leap years
    best = min(candidates, key=lambda d: abs(d - reference))
    return best, weekday is not None


_DAY_WORD_OFFSETS = {"w_y2": -2, "w_y1": -1, "w_t0": 0, "w_t1": 1, "w_t2": 2}


def _resolve_day_word(match: re.Match[str], lexicon: _Lexicon, reference: dt.date | None) -> DateMention:
    offset = next(offset for group, offset in _DAY_WORD_OFFSETS.items() if match[group])
    date = None if reference is None else reference + dt.timedelta(days=offset)
    weekday = _weekday_of(match["w_wd"], lexicon)
    conflict = date is not None and weekday is not None and weekday != date.weekday()
    return _mention(match, "w", date, "day", True, conflict)


def _resolve_weekday_and_day(
    match: re.Match[str], lexicon: _Lexicon, reference: dt.date | None
) -> DateMention:
    """ "lundi 20": the 20th that is a Monday, in the month of the reference or one around it."""
    weekday = _weekday_of(match["k_wd"], lexicon)
    day = int(_digits(match["k_day"]))
    if reference is None:
        return _mention(match, "k", None, "day", False)
    candidates = []
    for shift in (-1, 0, 1):
        year, month = divmod(reference.year * 12 + reference.month - 1 + shift, 12)
        date = _safe_date(year, month + 1, day)
        if date is not None and date.weekday() == weekday:
            candidates.append(date)
    if not candidates:
        # No nearby month has that weekday on that day: only the weekday can be trusted.
        start, end = match.span("k_wd")
        return DateMention(start, end, match["k_wd"], _weekday_before(reference, weekday), "day", True)
    return _mention(match, "k", min(candidates, key=lambda d: abs(d - reference)), "day", False)


def _weekday_before(reference: dt.date, weekday: int) -> dt.date:
    """The latest such weekday on or before the reference: reports tell what happened."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


_NEXT = {"prochain", "qui vient", "next", "coming"}
_LAST = {"dernier", "passe", "last"}


def said_to_be_past(date_text: str) -> bool:
    """ "le 25 janvier dernier", "28 décembre passé", "March 3 last": a date whose last word says it is past
    (the words `_LAST` reads after a year-less date, and their feminine forms)."""
    words = _WORD.findall(date_text)
    return bool(words) and _fold(words[-1]) in _LAST | {"derniere", "passee"}


_THIS = {"ce", "this"}
# the week named after a weekday, as a count of weeks from the reference's
_WEEK_AFTER_THE_DAY = {"next week": 1, "this week": 0, "last week": -1}


# Bare weekdays are read as past ("a plaidé vendredi") unless the tense nearest to them in their clause is
# the future: "rendra sa décision mardi", "renvoyé à lundi", "will appear on Tuesday", "until Monday".
# French future and conditional verbs are told by their ending ("sera", "reprendra", "ferait"), in lower
# case only so that names ("Diarra") are not read as verbs.
_FR_FUTURE_VERB = r"(?!\w*trait\b)[a-zàâçéèêëîïôûü]+[eiduotrvî]r(?:a|ont|ait|aient)"
_FUTURE_CUE = {
    "fr": re.compile(
        rf"(?<![\w'’])(?:{_FR_FUTURE_VERB}|va|vont|doit|doivent|jusqu['’]à|à\s+partir\s+de|d['’]ici"
        r"|prévue?s?|attendue?s?|(?i:à|au)(?=\s*$))(?!\w)"
    ),
    "en": re.compile(
        # "adjourned to Monday" points ahead, "was postponed on Wednesday" and "adjourned it on Thursday"
        # tell when it happened
        r"(?<!\w)(?:will|would|shall|'ll|due|expected|to\s+be|until|till"
        r"|(?:adjourn|postpone|defer)\w*(?!(?:\s+(?!to\b|until\b|till\b)\w+){0,3}\s+on\b)"
        r"|set\s+(?:for|down)|scheduled|fixed|return\w*|to(?=\s*(?:on\s*)?$))(?!\w)",
        re.IGNORECASE,
    ),
}
_PAST_CUE = {
    "fr": re.compile(r"(?<![\w'’])(?i:a|ont|avait|avaient|été|était|étaient|fut|furent|hier)(?!\w)"),
    # "will spend two more weeks in custody after a hearing on Monday": what came before is past
    "en": re.compile(r"(?<!\w)(?:was|were|had|has|have|did|\w+ed|after|following)(?!\w)", re.IGNORECASE),
}
_CLAUSE_END = re.compile(r"[.!?;:«»\n]")
_CUE_REACH = 80


def _announces_future(text: str, start: int, end: int, language: Language) -> bool:
    """Whether the tense nearest to a bare weekday in its clause is the future.

    The words before the weekday decide; when it opens its clause ("Mardi, le tribunal rendra sa
    décision"), the words after it do."""
    future, past = _FUTURE_CUE[language], _PAST_CUE[language]
    before = _CLAUSE_END.split(text[max(0, start - _CUE_REACH) : start])[-1]
    if before.strip(" ,\t\"“”'’-–—(").lower() not in ("", "on"):  # "On Tuesday, the court will rule"
        last_future = max((m.end() for m in future.finditer(before)), default=-1)
        last_past = max((m.end() for m in past.finditer(before)), default=-1)
        return last_future >= 0 and last_future >= last_past
    after = _CLAUSE_END.split(text[end : end + _CUE_REACH])[0]
    first_future = next((m.start() for m in future.finditer(after)), None)
    first_past = next((m.start() for m in past.finditer(after)), None)
    return first_future is not None and (first_past is None or first_future <= first_past)


_NIGHT_OF_BEFORE = re.compile(r"\bnuit d[eu] \w+ (?:à|au) $", re.IGNORECASE)


def _resolve_weekday(match: re.Match[str], lexicon: _Lexicon, reference: dt.date | None) -> DateMention:
    weekday = _weekday_of(match["x_wd"], lexicon)
    assert weekday is not None
    pre = _fold(match["x_pre"] or "")
    post = re.sub(r"\s+", " ", _fold(match["x_post"] or ""))
    start = match.start("x_wd") if pre == "on" else match.start("x")
    span_end = match.end("x")
    text = match.string[start:span_end]
    if reference is None:
        return DateMention(start, span_end, text, None, "day", True)
    today = reference.weekday()
    if post in _WEEK_AFTER_THE_DAY:
        # "Monday next week": that weekday in the (Monday-to-Sunday) week before, of or after the reference's
        delta = 7 * _WEEK_AFTER_THE_DAY[post] + weekday - today
    elif pre in _NEXT or post in _NEXT:
        delta = (weekday - today - 1) % 7 + 1
    elif pre in _LAST or post in _LAST:
        delta = -((today - weekday - 1) % 7 + 1)
    elif pre in _THIS:
        delta = weekday - today  # the same (Monday-to-Sunday) week as the reference
    elif pre == "that":
        # "Cases adjourned to that Friday could not be heard": the day the report already told, not one ahead
        return DateMention(start, span_end, text, _weekday_before(reference, weekday), "day", True)
    elif _NIGHT_OF_BEFORE.search(match.string, max(0, start - 30), start):
        # "dans la nuit de mercredi à jeudi": the night ended on the day told second, not one to come
        return DateMention(start, span_end, text, _weekday_before(reference, weekday), "day", True)
    elif _announces_future(match.string, start, span_end, lexicon.language):  # "postponed on" stays in view
        delta = (weekday - today - 1) % 7 + 1
    else:
        return DateMention(start, span_end, text, _weekday_before(reference, weekday), "day", True)
    return DateMention(start, span_end, text, reference + dt.timedelta(days=delta), "day", True)


# Folded unit as written -> (canonical unit, precision of the day it gives).
_UNITS: dict[str, tuple[str, Precision]] = {
    "jour": ("jour", "day"), "jours": ("jour", "day"), "semaine": ("semaine", "day"),
    "semaines": ("semaine", "day"), "mois": ("mois", "month"), "an": ("an", "year"), "ans": ("an", "year"),
    "annee": ("an", "year"), "annees": ("an", "year"),
    "day": ("day", "day"), "days": ("day", "day"), "week": ("week", "day"), "weeks": ("week", "day"),
    "month": ("month", "month"), "months": ("month", "month"), "year": ("year", "year"),
    "years": ("year", "year"),
}  # fmt: skip


def _resolve_offset(
    match: re.Match[str], shape: str, lexicon: _Lexicon, reference: dt.date | None
) -> DateMention | None:
    number_text = _fold(match[f"{shape}_num"])
    count = int(number_text) if number_text.isdigit() else lexicon.numbers[number_text]
    unit, precision = _UNITS[_fold(match[f"{shape}_unit"])]
    if shape == "o":
        past = _fold(match["o_pre"]).startswith("il")  # "il y a trois jours"
    else:
        if _APPROXIMATELY_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
            return None  # "a little more than two weeks from now": a span of days, no day of its own
        past = _fold(match["p_post"]) == "ago"
    if reference is None:
        return _mention(match, shape, None, precision, True)
    date = _parse_offset(lexicon.language, count, not number_text.isdigit(), unit, past, reference)
    if date is None:
        return None
    if precision == "month":
        date = date.replace(day=1)
    elif precision == "year":
        date = date.replace(month=1, day=1)
    return _mention(match, shape, date, precision, True)


_APPROXIMATELY_BEFORE = re.compile(
    r"\b(?:more than|less than|about|nearly|almost|some|over|roughly|around|plus de|moins de|environ|près de)"
    r"\s+$",
    re.IGNORECASE,
)


# In French "huit jours" is a week and "quinze jours" two; "dans 15 jours" in digits is taken literally.
_IDIOMATIC_DAYS = {8: (1, "semaine"), 15: (2, "semaine")}
# how many of its calendar step each unit counts for: days and weeks in days, months and years in months
_OFFSET_STEPS: dict[str, tuple[int, str]] = {
    "jour": (1, "day"), "semaine": (7, "day"), "mois": (1, "month"), "an": (12, "month"),
    "day": (1, "day"), "week": (7, "day"), "month": (1, "month"), "year": (12, "month"),
}  # fmt: skip


def _parse_offset(
    language: Language, count: int, spelled_out: bool, unit: str, past: bool, reference: dt.date
) -> dt.date | None:
    """The day "dans 2 semaines" / "3 days ago" names from `reference`, as `dateparser.parse` read it (its
    import and first parses were half a second of a dump's time): days and weeks counted in days; months
    and years in calendar months, the day kept, or the month's last where it has fewer; None past the
    calendar's ends. Checked against dateparser for every count a mention holds (0-999), both ways, both
    languages, from month ends, leap days and other days."""
    if language == "fr" and unit == "jour" and spelled_out and count in _IDIOMATIC_DAYS:
        count, unit = _IDIOMATIC_DAYS[count]
    size, step = _OFFSET_STEPS[unit]
    steps = -count * size if past else count * size
    try:
        if step == "day":
            return reference + dt.timedelta(days=steps)
        year, month = divmod(reference.year * 12 + reference.month - 1 + steps, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return reference.replace(year=year, month=month + 1, day=min(reference.day, last))
    except (OverflowError, ValueError):  # past year 1 or 9999
        return None
