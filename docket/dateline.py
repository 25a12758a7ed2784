"""Datelines: the one place that knows how a page gives its date.

* `find_dateline(article_text, language)`: the article's publication date as its dateline, a
  publication marker, a byline or the page's furniture gives it ("COTONOU, 7 oct. 2025 (AFP) -",
  "Publié le 27/04/2022 à 14h15"), or None.
* `is_dateline_line(line)` and `opens_with_lead_dateline(line)`: the line shapes the segmenter uses to
  tell where an article starts.
* `in_dateline(article, start, end)`: whether a date of the article is its dateline, not a fact of a case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from docket import lexicon
from docket.dates import DateMention, Language, check_language, find_dates, lowered_text
from docket.text import UPPER

_MONTH = (
    r"(?:janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[ûu]t|"
    r"septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?|"
    r"january|jan\.?|february|feb\.?|march|mar\.?|april|apr\.?|may|june|jun\.?|july|jul\.?|august|aug\.?|"
    r"september|sep\.?|october|november|december)"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"\b(?:1er|\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+{_YEAR})?(?!\w)"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+{_YEAR})?(?!\w)"
    rf"|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:{_YEAR}|\d{{2}})\b"
    rf"|\b{_YEAR}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE,
)
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2}}\b")
_WEEKDAY_OR_TIME = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mon|tue|wed|thu|fri|sat|sun|à|at|am|pm|gmt|utc|heures?)\b"
    r"|\b\d{1,2}\s?[h:]\s?\d{0,2}\b",
    re.IGNORECASE,
)
# "Publié le ...", "... | Mis à jour le ...": at the start of the line or after a label separator, so
# that a sentence such as "Le rapport publié en 2023 ..." is not taken for a dateline.
PUBLICATION_CUE = re.compile(
    r"(?:^|[|/•·–—-]\s{0,3})(?:publi[ée]e?|mise? à jour|modifi[ée]e?|actualis[ée]e?|updated|published|posted"
    r"|last updated)\b",
    re.IGNORECASE,
)
# Words that make a date-bearing short line a sentence ("Renvoi au 12 mars 2024") and not a dateline.
_SENTENCE_WORDS = frozenset(
    "le la les du de des au aux en et dans pour sur avec par the of on in an and to for with by from".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_PLACE_THEN_LE = re.compile(r"[A-ZÀ-Þ][\w'’-]{1,25}(?:[ -][A-ZÀ-Þ][\w'’-]{1,25}){0,2},? le ")
# "COTONOU, 7 oct. 2025 (AFP) -": a city in capitals, then a date or an agency, then the story.
_LEAD_CITY = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,30}[A-ZÀ-Þ](?:\s*\([^()]{1,30}\))?\s*,\s")
_AGENCY = re.compile(r"\((?:[A-Z][A-Za-z]{1,9}(?:[/ -][A-Z][A-Za-z]{1,9}){0,2})\)")
_LEAD_DASH = re.compile(r"\s[-–—]\s|\)\s*[-–—:]")
LEAD_PREFIX = re.compile(r".{0,120}?(?:\)\s*[-–—:]|\s[-–—])\s+")
# "Abidjan (AFP) - ...": a city in ordinary case needs the agency and the dash right after it.
_LEAD_TOWN_AGENCY = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]{1,25}(?: [A-ZÀ-Þ][\w'’.-]{1,25}){0,2}(?:, [^()]{1,40})?"
    r" ?\((?:[A-Z][A-Za-z]{1,9}(?:[/ -][A-Z][A-Za-z]{1,9}){0,2})\) ?[-–—] "
)


def is_dateline_line(line: str) -> bool:
    """A short line that is a dateline or a publication marker ("Publié le 3 mars 2024 à 10h")."""
    if PUBLICATION_CUE.search(line):
        return True
    if not _DATE.search(line) or not _HAS_YEAR.search(line):
        return False
    if line.endswith(".") and not line.endswith(("h.", "min.")):
        return False  # a dateline is a label, not a sentence
    place = _PLACE_THEN_LE.match(line)  # "Abidjan, le 12 mars 2024": that "le" is no sentence
    remainder = _WEEKDAY_OR_TIME.sub(" ", _DATE.sub(" ", line[place.end() :] if place else line))
    words = _WORD.findall(remainder)
    return len(words) <= 5 and not any(word.lower() in _SENTENCE_WORDS for word in words)


def opens_with_lead_dateline(line: str) -> bool:
    """A paragraph opened by a wire dateline: "COTONOU, 7 oct. 2025 (AFP) - Le tribunal …"."""
    city = _LEAD_CITY.match(line)
    if city is None:
        return _LEAD_TOWN_AGENCY.match(line) is not None
    after = line[city.end() : city.end() + 70]
    return bool((_DATE.search(after) or _AGENCY.search(after)) and _LEAD_DASH.search(after))


def find_dateline(article_text: str, language: str) -> DateMention | None:
    """The article's publication date from its dateline, or None when it has none.

    Looks at the first lines (about 400 characters) and the last few lines, where some dumps put
    "Publié le …". A date introduced as a publication date wins over a bare dateline ("PARIS, 7 oct. 2025
    (AFP) -", a date alone on its line), which wins over an update date ("Mis à jour le …"). A date in
    running prose ("Le tribunal a jugé le 26 mai 2025 …") is not a dateline. Offsets are into
    `article_text`.
    """
    primary = check_language(language)
    # the lines both languages read: half the articles have no dateline and are read in both
    head, tail = _head_and_tail(article_text)
    for lang in (primary, "fr" if primary == "en" else "en"):
        found = _find_dateline(article_text, lang, head, tail)
        if found is not None:
            return None if _outside_the_month_marker(found, article_text, primary) else found
    return _glossed_today(article_text, primary)


def _outside_the_month_marker(found: DateMention, article_text: str, language: Language) -> bool:
    """ "date 2020-06" over the page, then "25 juin 2018, 20 heures. Il fait doux …": where the page files
    itself under a month, a day long before it (or after it) opens the story, and is no dateline. A day of the
    month before is still the page's (filed when it was saved)."""
    if found.date is None:
        return False
    marker = find_month_marker(article_text, language, in_figures=True)
    if marker is None:
        return False
    earliest = (marker.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return not (earliest <= found.date <= marker.replace(day=28) + dt.timedelta(days=4))


# "The case was called at 12 noon today [March 28, 2022]": an editor's gloss gives the day the report calls
# today, where the page carries no dateline
_TODAY_GLOSS = re.compile(
    r"\b(?:today|this morning|this afternoon|aujourd['’]hui|ce jour|ce matin|cet après-midi)\s*[\[(]\s*"
    r"([^\[\]()\n]{6,40}?)\s*[\])]",
    re.IGNORECASE,
)


# every gloss opens with one of these (lower-cased) and holds a bracket
_TODAY_WORDS = ("today", "this morning", "this afternoon", "aujourd", "ce jour", "ce matin", "cet après-midi")


def _may_gloss_today(text: str) -> bool:
    """False for a text `_TODAY_GLOSS` cannot match: without a bracket, or without any of its words in a
    text whose lower-cased form holds the words case-insensitive matching finds (`lowered_text`). The search
    over a whole article (a case-insensitive alternation tried at every word) costs four times more."""
    if "[" not in text and "(" not in text:
        return False
    lowered = lowered_text(text)
    return lowered is None or any(word in lowered for word in _TODAY_WORDS)


def _glossed_today(text: str, language: Language) -> DateMention | None:
    if not _may_gloss_today(text):
        return None
    for gloss in _TODAY_GLOSS.finditer(text):
        for mention in find_dates(gloss.group(1), language, None):
            if mention.precision == "day" and mention.date is not None and not mention.relative:
                offset = gloss.start(1)
                return DateMention(
                    mention.start + offset, mention.end + offset, mention.text, mention.date, "day", False
                )
    return None


# The page's head runs to its first paragraph: menus, kickers, bylines and markers stand above it, however
# many lines they take. Past these bounds the text is the article's own.
_HEAD_MAX_LINES = 40
_HEAD_MAX_CHARS = 4000
_PARAGRAPH_MIN = 200  # characters: a line this long is the article's text, not page furniture
_HEAD_PROSE_LINES = 2  # a standfirst, then the first paragraph (which a wire dateline may open)
_TAIL_LINES = 8  # "Publié le …" under the text, before the share buttons and the comment form
_PUBLISHED = re.compile(
    r"(?:publi[ée]e?|published|posted|mis\s+en\s+ligne|paru|date\s+de\s+publication|"
    # "Prochaine date fixée : lundi 21 octobre 2019", "New date set: …": the case's next day, not the page's
    r"(?<!prochaine )(?<!nouvelle )(?<!next )(?<!new )date(?!\s+(?:fixée|retenue|set|fixed)\b))"
    r"\b[^\n]{0,16}$",
    re.I,
)
_UPDATED = re.compile(
    r"(?:mis[e]?\s+à\s+jour|modifi[ée]e?|actualis[ée]e?|updated|last\s+modified|màj)\b[^\n]{0,16}$", re.I
)
# What may stand before a dateline's date on its line: nothing, "PARIS," "TUNIS, le", "UK NEWS |",
# "TALLINN, Estonia (AP) -", "Par la rédaction (avec AFP) –", "NAIROBI, Kenya,".
_PLACE = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý(][\w'’.)-]*|d[eu]|la|les|et)){0,4}"
# "Paris, le", "Le", a section or paper's name and a dash, then perhaps the place: "Le Sahel – Niamey,"
# "NAIROBI Kenya February 14, 2024": a wire's place in capitals may stand without a comma
_CAPITAL_PLACE = r"[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*(?:\s+[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*)*(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+"
_LEAD = re.compile(
    # ("Disappearance of a certain amount of drugs seized on board an Iranian dhow last month |20 May 2023": a
    # headline of any length, a bar, the page's date)
    rf"^\s*(?:[^\n]{{0,80}}[|–—/:)-]\s*|[^\n]{{80,160}}\|\s*"
    # "Regional News of Monday, 16 August 2021": a news site's edition label
    r"|[^\n]{0,40}\b(?:[Nn]ews|[Ee]dition|[ÉéEe]dition|[Aa]ctualités?|[Ii]nfos?) (?:of|du|de)\s+)?"
    rf"(?:{_PLACE}\s*,\s*){{0,2}}(?:{_CAPITAL_PLACE})?(?:[Ll]e\s+)?$"
)
_EDITION_LABEL = re.compile(
    r"\s*[^\n]{0,40}\b(?:[Nn]ews|[ÉéEe]dition|[Aa]ctualités?|[Ii]nfos?) (?:of|du|de)\s+"
)
# What may follow it: nothing, a time, an agency, a dash or a colon before the lead paragraph ("March 7, 2013:
# Tanzania's High Court …"), a view counter.
# ("September 8, 2017, Friday @ 10:36| 4978 views": a weekday, then the clock after an at sign)
_TAIL = re.compile(
    r"^\s*(?:$|[(\[|–—/=-]|:\s|,?\s*(?:à\s*|at\s*)?\d{1,2}\s*(?:h|:)|\s*[,.]?\s*$|\s*,\s*[A-ZÉ][\w.]*\s*(?:$|[(|–—@-])|"
    r"\d[\d  .,]*\s*(?:vues|views|lectures|reads|commentaires?|comments?)\b|"
    # a blog's "January 30, 2026 in Courts & Crime"; a byline after the date: "mardi 17 juillet 2012 par X"
    r"\s+in\s+[A-Z][\w&' -]{0,40}$|\s+(?:par|by)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}\s*$|"
    # a printed page's "WEDNESDAY FEBRUARY 3 2016 POLICE tape strung across …": the date, then the lead's
    # first word in capitals
    r"\s+(?-i:[A-Z]{2,}[A-Z'’]*)\s+(?-i:[a-z]))"
)
# "BRUXELLES 22/01 (BELGA) =", "Lagos, May 4 (NAN) -": a wire's place, a day without its year, the agency
# "Tahoua, 26 Jan (ANP)-Ce mercredi …": after an agency's brackets the dash may touch the story
_WIRE_AFTER_YEARLESS = re.compile(r"^\s*(?:[-–—=:]\s|\([^()\n]{1,30}\)\s*[-–—=:]\s?)")
_DATE_ALONE_LEAD = re.compile(r"\s*(?:[Ll]e\s+)?")
_TIME_ONLY = re.compile(r"\s*(?:,?\s*(?:à\s*|at\s*)?\d{1,2}\s*[h:]\s*\d{0,2}(?:\s*(?:am|pm))?)?\s*[.,]?\s*")
_SECTION_LEAD = re.compile(r"^(?:[^\n]{0,40}[|–—]\s*)?\s*$")
# "BRUXELLES 22/01 (BELGA) =": a wire's place in capitals, day and month in figures, the agency
_NUMERIC_YEARLESS_WIRE = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30},?\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})"
    r"\s*\([^()\n]{1,30}\)\s*[-–—=:]"
)
# A wire dateline opening the first line: "DAKAR, 14 mars 2024 (AFP) - Le tribunal …"
_WIRE_LEAD = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30}\s*,\s*(?:[Ll]e\s+)?$")
_PLACE_LEAD = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})(?:\s*\([^()\n]{1,30}\))?"
    r"\s*,\s*(?P<le>[Ll]e\s+)?$"
)


def _known_place_lead(before: str, line: str, after: str) -> bool:
    """ "Libreville, le ", "Kumasi, ", "Bafoussam (Cameroun), le ": a town the lexicon knows, a comma.
    With "le" after its comma, or a dash after the date, any place will do where the line goes on into the
    lead paragraph ("Tahiti, le 12 janvier 2022 – Deux ans de prison ferme : c'est la peine …", "Gitega,
    mardi 24 novembre 2015 — Le tribunal …"); a headline ("Procès Koné, le 20 juillet 2017 - verdict
    attendu") is short."""
    lead = _PLACE_LEAD.match(before)
    if lead is None:
        return False
    wire_shaped = lead["le"] is not None or _DASH_AFTER_DATE.match(after) is not None
    return lead["place"] in lexicon.CITY_COUNTRY or (wire_shaped and len(line) >= _PARAGRAPH_MIN)


_DASH_AFTER_DATE = re.compile(r"\s*[–—-]\s")


# A byline with its date: "Par Jean Koffi - 12 mars 2024", "By John Okafor | June 5, 2024"
_BYLINE_LEAD = re.compile(
    r"^\s*(?:(?:By|BY|Par|PAR|De|Written by|Reporting by)\s+)?[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3}"
    r"\s*(?:[|,•·–—-]|\s{2,})\s*(?:(?:le|on)\s+)?$"
)
# A photo's caption or credit: its date is the page's when nothing better says it.
_CAPTION = re.compile(r"(?i:photo|crédit|credit|©|image|illustration|archives?|capture|caption|légende)")
# A byline's or a source's last letter glued to a day and its month: "Dariustone Blaise31 mars 2016", "La
# Presse11-07-2025"
_GLUED_BYLINE_DAY = re.compile(
    r"(?<=[a-zà-ÿ])[a-zà-ÿ](?=(?:[1-9]|[12]\d|3[01])(?:er)?\s+(?i:janvier|février|fevrier|mars|avril|mai|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b|\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d\d\b)"
)
# A view counter glued to a year: "12 mars 20241 234 vues"
_GLUED_COUNTER = re.compile(
    r"((?:19|20)\d\d)(?=\d{1,3}(?:[  .,]\d{3})*\s*(?:vues|views|lectures|reads|commentaires?|comments?)\b)",
    re.I,
)

(
    _RANK_PUBLISHED,
    _RANK_DATELINE,
    _RANK_BYLINE,
    _RANK_TAIL_PUBLISHED,
    _RANK_TAIL_DATELINE,
    _RANK_YEARLESS_WIRE,
    _RANK_HEAD_LINE,
    _RANK_CAPTION,
    _RANK_UPDATED,
) = range(9)


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    found: list[tuple[int, str]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found.append((position, line.rstrip("\r\n")))
        position += len(line)
    return found


_DIGIT = re.compile(r"\d")


def _head_and_tail(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    lines = _lines(text)
    head: list[tuple[int, str]] = []
    prose = 0
    for index, (offset, line) in enumerate(lines[:_HEAD_MAX_LINES]):
        if offset > _HEAD_MAX_CHARS or (prose >= _HEAD_PROSE_LINES and (index >= 6 or offset >= 400)):
            break  # past the standfirst and the first paragraph, the text is the story
        head.append((offset, line))
        prose += _is_prose(line)
    tail = [item for item in lines[-_TAIL_LINES:] if item not in head and len(item[1]) < _PARAGRAPH_MIN]
    # "Sur le même sujet" / "Read also": the lines after it are other articles, with their own dates
    related = next((i for i, (_, line) in enumerate(tail) if RELATED_LINE.match(line)), None)
    return head, tail if related is None else tail[:related]


# "Lire aussi : …", "Related: …", "READ ALSO: …": a line that names another article (its date is not this
# one's, and the extractor reads none of it as this article's)
RELATED_LINE = re.compile(
    r"\W*(?:sur le même sujet|dans la même rubrique|(?:[àa] )?lire (?:aussi|également)|voir aussi|"
    r"articles? liés?|(?:also )?read (?:also|more)|also read|related(?: articles?| stories| news)?|see also|"
    r"more on this)\b",
    re.IGNORECASE,
)


def _is_prose(line: str) -> bool:
    """A paragraph of the story, not a menu, a kicker, a byline or a caption."""
    stripped = line.rstrip()
    return len(stripped) >= _PARAGRAPH_MIN or (
        stripped.endswith((".", "!", "?", "»", '"', "”")) and len(stripped.split()) >= 6
    )


def _find_dateline(
    text: str, language: Language, head: list[tuple[int, str]], tail: list[tuple[int, str]]
) -> DateMention | None:
    best: tuple[int, int, int, int, DateMention] | None = None
    for in_tail, group in ((False, head), (True, tail)):
        for index, (offset, line) in enumerate(group):
            if not _DIGIT.search(line, 0, 160) and not _LATE_PUBLICATION_MARKER.search(line, 120):
                continue  # every dateline has a number, a day or a year: a headline or a byline has none
            if RELATED_LINE.match(line) or (index and RELATED_LINE.match(group[index - 1][1])):
                continue  # "Lire aussi : …, publié le 3 mai": another article's date
            for rank, mention in _dateline_candidates(line, language, is_first=index == 0 and not in_tail):
                if BIRTH_BEFORE.search(line, max(0, mention.start - 30), mention.start):
                    continue  # "He gave his date of birth as 13 November 1980": a life's day
                if in_tail and (rank == _RANK_PUBLISHED or _SOURCE_CREDIT.match(line)):
                    # "[Repris de Ouest-France, 22.11.2019]": the day the source published it
                    rank = _RANK_TAIL_PUBLISHED
                elif in_tail and rank in (_RANK_DATELINE, _RANK_BYLINE):
                    rank = _RANK_TAIL_DATELINE
                if rank in (_RANK_DATELINE, _RANK_BYLINE, _RANK_TAIL_DATELINE) and _PROSE_AFTER.match(
                    line, mention.end
                ):
                    continue  # "Le 18 février 2013, 19h53. La nuit est tomb…": the story opens on a date
                elif in_tail and rank in (_RANK_YEARLESS_WIRE, _RANK_HEAD_LINE):
                    continue
                if mention.date is None:
                    mention = _with_year_from(text, language, mention)
                    if mention.date is None:
                        continue
                moved = DateMention(
                    mention.start + offset, mention.end + offset, mention.text, mention.date,
                    mention.precision, False, mention.weekday_conflict,
                )  # fmt: skip
                # "4/18/2024" over the page, then "Friday, January 25, 2013" under the headline: a date in
                # figures alone is the day the page was printed or saved; the written one is the article's.
                # "Saturday, November 23, 2024" over the page, then "The Canadian Press, 10 May, 2019 08:30
                # PM": the site's day beside the article's stamp, which carries its clock time
                timed = rank in (_RANK_DATELINE, _RANK_HEAD_LINE) and bool(
                    _CLOCK_AFTER.match(line, mention.end)
                )
                if timed:
                    rank = _RANK_DATELINE
                figures_only = _FIGURES_ONLY.fullmatch(mention.text) is not None
                # "vendredi 26 avril 2024" over "Antananarivo | 03h30": the site's clock, the day the page was
                # read; the article's own date comes under its headline
                site_clock = index + 1 < len(group) and _SITE_CLOCK_LINE.fullmatch(group[index + 1][1])
                key = (rank, int(not timed), int(figures_only or bool(site_clock)), moved.start)
                if best is None or key < best[:4]:
                    best = (*key, moved)
    return None if best is None else best[4]


# the words before a day of birth: "his date of birth as 13 November 1980", "né le 3 mai 1990"
BIRTH_BEFORE = re.compile(
    r"\b(?:dates? of birth|dates? de naissance|born|née?s?)(?: as| is| was| on| le)?\s*$", re.IGNORECASE
)


_SOURCE_CREDIT = re.compile(
    r"\W*(?:repris d[eu]|source\s*:|d['’]après|publié (?:initialement )?(?:dans|par)|"
    r"(?:originally|first) published (?:in|by)|reprinted from)\b",
    re.IGNORECASE,
)


_FIGURES_ONLY = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_SITE_CLOCK_LINE = re.compile(r"\s*(?-i:[A-ZÀ-Ý])[\w'’ -]{1,30}?\s*[|,–-]\s*\d{1,2}\s*[h:]\s*\d{2}\s*")
_CLOCK_AFTER = re.compile(r"\s*(?:,|à|at|-|–)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\b")


# "… : RENVOI AU 08 DÉCEMBRE 2017": a headline's date that procedure points at is the next hearing's
_POINTED_AT = re.compile(r"(?i:\b(?:au|aux|à|jusqu['’]au|to|until|till|pour le)\s*)$")


_FACT_DAY_BEFORE = re.compile(
    r"\b(?:started|began|opened|ended|held|arrested|died|killed|sentenced) on\s+$", re.IGNORECASE
)


# a date (and time) closed by a full stop, then a sentence: a line of the story, not a page's date
# ("Lundi 24 janvier 2022, 22 heures : une patrouille …": the hour in words, a colon, the story in lower case)
_PROSE_AFTER = re.compile(
    r"(?:,?\s*\d{1,2}\s*[h:]\s*\d{2})?\s*[.!?]\s+[^\W\d_]|,?\s*\d{1,2}\s*heures?(?:\s*\d{2})?\s*:\s+(?-i:[a-zà-ÿ])"
    # ("25 juin 2018, 20 heures. Il fait doux, les terrasses sont pleines.": the hour in words, a full stop)
    r"|,?\s*\d{1,2}\s*heures?(?:\s*\d{2})?\s*[.!?]\s+[^\W\d_]"
)


def _published_at_line_end(line: str, language: Language) -> list[tuple[int, DateMention]]:
    """ "… la comparution immédiate de ce lundi a connu une affluence inhabituelle. Par X - Publié le Mardi 4
    Juillet 2023 à 11:21": a byline and its publication marker glued to the end of the standfirst, past the
    start of the line where a dateline stands."""
    if len(line) <= 160:
        return []
    marker = _LATE_PUBLICATION_MARKER.search(line, 120)
    if marker is None:
        return []
    mentions = find_dates(line[marker.end() : marker.end() + 60], language, None)
    first = mentions[0] if mentions else None
    if first is None or first.start > 4 or first.precision != "day" or first.relative or first.date is None:
        return []
    at = marker.end()
    return [
        (_RANK_PUBLISHED, DateMention(first.start + at, first.end + at, first.text, first.date, "day", False))
    ]


# "Par Regis X - Publié le", "| Published on": a marker after a separator (not "le rapport publié le …")
_LATE_PUBLICATION_MARKER = re.compile(
    r"\s[|–—-]\s{1,3}(?:publi[ée]e?|published|posted|mis en ligne)\s+(?:le|on)?\s*", re.IGNORECASE
)


def _dateline_candidates(line: str, language: Language, is_first: bool) -> list[tuple[int, DateMention]]:
    """The dates of one line that read as its dateline, each with its rank.

    A wire dateline may leave out the year ("BRUXELLES 22/01 (BELGA) ="): that candidate comes back
    without its date, for the caller to give it the year of the article's own dates.
    """
    found: list[tuple[int, DateMention]] = []
    previous_end = 0
    # Only the start of a long line can hold a dateline ("TUNIS, 27 octobre 2025 - La chambre …").
    probe = _GLUED_COUNTER.sub(r"\1 ", line[:160])  # only inserts after a year: earlier offsets hold
    # "Dariustone Blaise31 mars 2016": a byline glued to its day; the name's last letter gives way to a
    # space, so that every offset holds
    probe = _GLUED_BYLINE_DAY.sub(" ", probe)
    # its case-insensitive words tried at every position cost more than a search for its digits first
    short = _PUBLISHED_SHORT_YEAR.search(probe) if _DAY_MONTH_DIGITS.search(probe) else None
    if short:
        day = _safe(2000 + int(short["year"]), int(short["month"]), int(short["day"]))
        if day is not None:
            start, end = short.start("day"), short.end("year")
            rank = _RANK_UPDATED if short["updated"] else _RANK_PUBLISHED
            found.append((rank, DateMention(start, end, probe[start:end], day, "day", False)))
    named = _PUBLISHED_SHORT_YEAR_NAMED.search(probe)
    if named:
        found += _named_short_year(probe, named, language)
    numeric = _NUMERIC_YEARLESS_WIRE.match(probe)
    if numeric and 1 <= int(numeric["month"]) <= 12 and 1 <= int(numeric["day"]) <= 31:
        start, end = numeric.start("day"), numeric.end("month")
        found.append((_RANK_YEARLESS_WIRE, DateMention(start, end, probe[start:end], None, "day", False)))
    found += _published_at_line_end(line, language)
    # "date 2017-03 PAPEETE, le 2 mars 2017 - …": the page's month marker glued before a dateline
    glued_marker = _MONTH_MARKER_GLUED.match(probe)
    line_start = glued_marker.end() if glued_marker else 0
    for mention in find_dates(probe, language, None):
        if mention.precision != "day" or mention.relative:
            continue  # "Published:Friday | May 24, 2024": a weekday alone parts no marker from its date
        lead = probe[previous_end : mention.start]
        previous_end = mention.end
        before, after = probe[min(line_start, mention.start) : mention.start], probe[mention.end :]
        if mention.date is None:
            if _LEAD.match(before) and before.strip() and _WIRE_AFTER_YEARLESS.match(after):
                found.append((_RANK_YEARLESS_WIRE, mention))
            continue
        if _PUBLISHED.search(lead):
            found.append((_RANK_PUBLISHED, mention))
        elif _UPDATED.search(lead):
            found.append((_RANK_UPDATED, mention))
        elif _LEAD.match(before) and _TAIL.match(after) and not _POINTED_AT.search(before):
            # A headline can end with a date; on the first line the date must open it or follow a
            # section label ("ACTUALITÉ –", "UK NEWS |").
            if (
                not is_first
                or _SECTION_LEAD.match(before)
                or _WIRE_LEAD.match(before)
                # "Libreville, le 24 août 2024 – (Dépêches 241). Interpellé …": a known seat written in
                # lower case opens the first line as a wire's capitals would
                or _known_place_lead(before, line, after)
                # "Actualités of Tuesday, 7 October 2025": a news site's edition label opening the page
                or _EDITION_LABEL.fullmatch(before)
                # "Le lundi 25 février 2019 à 08:53": a line that is nothing but the date
                or _DATE_ALONE_LEAD.fullmatch(before)
                and _TIME_ONLY.fullmatch(after)
            ):
                found.append((_RANK_DATELINE, mention))
        elif _BYLINE_LEAD.match(before) and _TAIL.match(after):
            found.append((_RANK_BYLINE, mention))
        # the length first: paragraphs are long ("Photo: the four detainees, whose hearings started on
        # March 11, 2014." is a fact of the case, told in a caption)
        elif len(line) < _PARAGRAPH_MIN and _CAPTION.search(line) and not _FACT_DAY_BEFORE.search(before):
            found.append((_RANK_CAPTION, mention))
        elif (
            len(line) <= _FURNITURE_MAX
            and not _is_prose(line)
            # "Crime & Punishment of Tuesday, 13 August 2024": "of" and a weekday name the page's day
            and (not _OF_OR_TOWARD.search(before) or _OF_WEEKDAY.search(before + mention.text))
            # "The officers are due back before the court on September 16, 2024": a kicker's day to come
            and not _ANNOUNCED.search(before)
        ):
            # "Wed, 26 Aug 2009 Source: GNA", "January 23, 2020  By Alex Enumah in Abuja", "(Afriscoop
            # 26/08/2010)", "12.08.2021 Social News": a short line of page furniture around one full date
            found.append((_RANK_HEAD_LINE, mention))
    return _month_first_where_told(found)


def _month_first_where_told(found: list[tuple[int, DateMention]]) -> list[tuple[int, DateMention]]:
    """ "03/11/2013 02:52 pm ET Updated Mar 11, 2013": where the line writes the same day with its month's
    name, a date in figures that reads either way is read month first, as the page writes it."""
    worded = {m.date for _, m in found if m.date is not None and not _FIGURES_ONLY.fullmatch(m.text)}
    out = []
    for rank, mention in found:
        day = mention.date
        if day is not None and day.day <= 12 and _FIGURES_ONLY.fullmatch(mention.text):
            swapped = _safe(day.year, day.day, day.month)
            if swapped is not None and swapped != day and swapped in worded and day not in worded:
                mention = dataclasses.replace(mention, date=swapped)
        out.append((rank, mention))
    return out


_FURNITURE_MAX = 90
_OF_WEEKDAY = re.compile(
    r"(?i:\bof\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\d)", re.IGNORECASE
)
_ANNOUNCED = re.compile(
    # "X connaîtra son jugement le 12 mars 2024": a future tense, as a headline announces
    r"(?:\b(?:"
    + lexicon.AHEAD_CUES
    + "|"
    + lexicon.NEXT_DATE_CUES
    + r")\b|"
    + lexicon.FUTURE_TENSE_VERB
    + r"|\bwill\b)[^.;:\n]{0,50}$",
    re.IGNORECASE,
)
# "Massacre du 28 septembre 2009 : …", "renvoi au 3 mai 2024": a date that names an event or a target
_OF_OR_TOWARD = re.compile(
    r"(?i:\b(?:du|des|de|d['’]|of|since|depuis|au|aux|à|to|until|till|from|pour le|avant le|after|"
    r"before)\s*)$"
)


# "Publié le 12-09-18 à 18h08": a two-digit year, read only where the page says it is the publication date
# what every `_PUBLISHED_SHORT_YEAR` holds: "19.10"
_DAY_MONTH_DIGITS = re.compile(r"\d[/.-]\d")
_PUBLISHED_SHORT_YEAR = re.compile(
    # "Créé le 19.10.10 à 00h00 -- Mis à jour le 19.10.10"; "[La rédaction|Mis à jour|18/06/14]"
    r"(?i:publi[ée]e?|published|posted|mis\s+en\s+ligne|créée?|created|(?P<updated>mis\s+à\s+jour|updated))"
    r"\s*(?:le|on)?\s*[:|]?\s*"
    r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{2})(?![\d/.-])"
)
# "Publié le 25 Jan 21 à 17:12": the month by its name, the year in two digits
_PUBLISHED_SHORT_YEAR_NAMED = re.compile(
    r"(?i:publi[ée]e?|published|posted|mis\s+en\s+ligne)\s*(?:le|on)?\s*:?\s*"
    r"(?P<day>\d{1,2})\s(?P<month>[^\W\d_]{3,9}\.?)\s(?P<year>\d{2})(?![\d/.:h-])"
)


def _named_short_year(probe: str, named: re.Match[str], language: Language) -> list[tuple[int, DateMention]]:
    """ "25 Jan 21" after a publication marker, read as "25 Jan 2021" in either language."""
    full = f"{named['day']} {named['month']} 20{named['year']}"
    for lang in (language, "fr" if language == "en" else "en"):
        for mention in find_dates(full, lang, None):
            if mention.date is not None and mention.precision == "day" and mention.end == len(full):
                start, end = named.start("day"), named.end("year")
                return [
                    (_RANK_PUBLISHED, DateMention(start, end, probe[start:end], mention.date, "day", False))
                ]
    return []


def _with_year_from(text: str, language: Language, mention: DateMention) -> DateMention:
    """A year-less dateline's day in the year nearest the latest date the article writes in full."""
    # "Tahoua, 26 Jan (ANP)-Ce mercredi 26 janvier 2022": the wire's day in one language, the story's
    # dates in the other
    full = [
        m.date
        for lang in (language, "fr" if language == "en" else "en")
        for m in find_dates(text, lang, None)
        if m.date is not None and m.precision == "day" and not m.relative
    ]
    marker = None if full else find_month_marker(text, language)
    if marker is not None:
        # "date 2019-03" over "Thiès, 6 mars (APS) -": a month marker, the only year the page gives
        full = [marker]
    if not full:
        return mention
    anchor = max(full)
    numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})", mention.text)
    if numeric:
        day, month = int(numeric[1]), int(numeric[2])
        days = [_safe(year, month, day) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
        found = min((d for d in days if d is not None), key=lambda d: abs((d - anchor).days), default=None)
    else:
        resolved = find_dates(mention.text, language, anchor)
        found = resolved[0].date if resolved else None
    if found is None:
        return mention
    return DateMention(
        mention.start, mention.end, mention.text, found, "day", False, mention.weekday_conflict
    )


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "date 2023-04", "Avril 2023", "April 2023": a page marker that gives the month but not the day.
_MONTH_MARKER = re.compile(
    # the page's kicker may share the marker's line: "date 2019-01 Le Mans, France"
    r"^\s*(?:(?i:date|publié|published|posted|mis en ligne)\s*:?\s*)?(?P<ym>(?:19|20)\d\d-\d\d)"
    r"(?:\s+\D[^\d]*)?\s*$"
)


# ("date 2023-08 "Complètement ridicule", reconnaît à la barre …": the paragraph may open on a quotation)
_MONTH_MARKER_GLUED = re.compile(
    r"^\s*(?i:date)\s*:?\s*(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)\s+(?=[^\W\d_]|[\"«“'‘(])"
)


# "Le Lynx › Accueil › 2022 › 11 › Société": a site's breadcrumb that files the page under its year and month
_BREADCRUMB_MONTH = re.compile(
    r"(?:^|[›»>/|]\s*)(?P<year>(?:19|20)\d\d)\s*[›»>/|]\s*(?P<month>0?[1-9]|1[0-2])\s*(?:[›»>/|]|$)"
)


def find_month_marker(article_text: str, language: str, *, in_figures: bool = False) -> dt.date | None:
    """The month a page marker gives when the page gives no day ("date 2023-04", "Avril 2023").

    It is no publication date, but it gives year-less dates their year ("le 12 mars prochain").
    Returns the 15th of that month: the middle, so "dernier" and "prochain" fall on the right side.
    `in_figures`: only a marker in figures ("date 2023-04"), which no sentence of the story writes.
    """
    head, tail = _head_and_tail(article_text)
    primary = check_language(language)
    for _, line in head + tail:
        # "date 2021-09 Le procès en appel de …": a page that glued its marker to the first paragraph
        glued = _MONTH_MARKER_GLUED.match(line)
        if glued and 1 <= int(glued["month"]) <= 12:
            return dt.date(int(glued["year"]), int(glued["month"]), 15)
        if len(line) > 120 or not _DIGIT.search(line):
            continue
        if in_figures:
            iso = _MONTH_MARKER.match(line) if len(line) <= 60 else None
            if iso and 1 <= int(iso["ym"][5:]) <= 12:
                return dt.date(int(iso["ym"][:4]), int(iso["ym"][5:]), 15)
            continue
        crumb = _BREADCRUMB_MONTH.search(line)
        if crumb:
            return dt.date(int(crumb["year"]), int(crumb["month"]), 15)
        if len(line) > 60:
            continue
        iso = _MONTH_MARKER.match(line)
        if iso:
            year, month = (int(x) for x in iso["ym"].split("-"))
            if 1 <= month <= 12:
                return dt.date(year, month, 15)
            continue
        mentions = find_dates(line, primary, None)
        if len(mentions) == 1 and mentions[0].precision == "month" and mentions[0].date is not None:
            rest = (line[: mentions[0].start] + line[mentions[0].end :]).strip(" |,.-–—:")
            if len(rest) <= 25:
                return mentions[0].date.replace(day=15)
    return None


def in_dateline(article: str, start: int, end: int) -> bool:
    """ "Conakry, le 9 avril 2024 –", "Publié le 27/04/2022": the report's date, not a fact of the case."""
    if start > 400:
        return False
    line_start = article.rfind("\n", 0, start) + 1
    before = article[line_start:start]
    after = article[end : end + 20]
    # the cue stands in the date's own sentence: "Publié le 12 septembre 2026. Le procès reprendra le 30
    # septembre" (a page flattened to one line) dates the page once, not every day after it
    if re.search(
        r"(?i:publié|mis à jour|mis en ligne|modifié|updated|published|posted)"
        r"(?:(?![a-zà-ÿ0-9]{2}[.!?]\s).)*$",
        before,
    ):
        return True
    if re.fullmatch(r"\s*(?i:date)\s*:?\s*", before):
        return True  # "date 2023-01-30 James Town riots: 19 granted bail": the page's date, then its kicker
    return bool(
        re.fullmatch(rf"\s*(?:[{UPPER}][\w'’ -]{{1,30}},\s*)?(?:(?i:le)\s+)?(?:\w+\s+)?", before)
        and re.match(r"\s*(?:\(|[-–—:|]|$|\d{1,2}[:h]\d{2})", after)
    )
