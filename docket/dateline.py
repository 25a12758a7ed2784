"""Datelines: the one place that knows how a page gives its date.

* `find_dateline(article_text, language)`: the article's publication date as its dateline, a
  publication marker, a byline or the page's furniture gives it ("COTONOU, 7 oct. 2025 (AFP) -",
  "Publié le 27/04/2022 à 14h15"), or None.
* `is_dateline_line(line)` and `opens_with_lead_dateline(line)`: the line shapes the segmenter uses to
  tell where an article starts.
* `in_dateline(article, start, end)`: whether a date of the article is its dateline, not a fact of a case.
"""

from __future__ import annotations

import re

from docket.dates import DateMention, Language, check_language, find_dates
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
    for lang in (primary, "fr" if primary == "en" else "en"):
        found = _find_dateline(article_text, lang)
        if found is not None:
            return found
    return None


_HEAD_CHARS = 400
_HEAD_LINES = 6
_TAIL_LINES = 3
_PUBLISHED = re.compile(
    r"(?:publi[ée]e?|published|posted|mis\s+en\s+ligne|paru|date\s+de\s+publication)\b[^\n]{0,16}$", re.I
)
_UPDATED = re.compile(
    r"(?:mis[e]?\s+à\s+jour|modifi[ée]e?|actualis[ée]e?|updated|last\s+modified|màj)\b[^\n]{0,16}$", re.I
)
# What may stand before a dateline's date on its line: nothing, "PARIS," "TUNIS, le", "UK NEWS |",
# "TALLINN, Estonia (AP) -", "Par la rédaction (avec AFP) –".
_PLACE = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý(][\w'’.)-]*|d[eu]|la|les|et)){0,4}"
# "Paris, le", "Le", a section or paper's name and a dash, then perhaps the place: "Le Sahel – Niamey,"
_LEAD = re.compile(rf"^\s*(?:[^\n]{{0,80}}[|–—/:)-]\s*)?(?:{_PLACE}\s*,\s*)?(?:[Ll]e\s+)?$")
# What may follow it: nothing, a time, an agency, a dash before the lead paragraph.
_TAIL = re.compile(
    r"^\s*(?:$|[(|–—/-]|,?\s*(?:à\s*)?\d{1,2}\s*(?:h|:)|\s*[,.]?\s*$|\s*,\s*[A-ZÉ][\w.]*\s*(?:$|[(|–—-])|"
    # a blog's "January 30, 2026 in Courts & Crime"
    r"\s+in\s+[A-Z][\w&' -]{0,40}$)"
)

_SECTION_LEAD = re.compile(r"^(?:[^\n]{0,40}[|–—]\s*)?\s*$")
# A wire dateline opening the first line: "DAKAR, 14 mars 2024 (AFP) - Le tribunal …"
_WIRE_LEAD = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30}\s*,\s*(?:[Ll]e\s+)?$")

_RANK_PUBLISHED, _RANK_DATELINE, _RANK_TAIL_PUBLISHED, _RANK_TAIL_DATELINE, _RANK_UPDATED = range(5)


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


def _find_dateline(text: str, language: Language) -> DateMention | None:
    lines = _lines(text)
    head = [(offset, line) for offset, line in lines[:_HEAD_LINES] if offset < _HEAD_CHARS]
    tail = [item for item in lines[-_TAIL_LINES:] if item not in head]
    best: tuple[int, int, DateMention] | None = None
    for in_tail, group in ((False, head), (True, tail)):
        for index, (offset, line) in enumerate(group):
            if not _DIGIT.search(line, 0, 160):
                continue  # every dateline has a number, a day or a year: a headline or a byline has none
            for rank, mention in _dateline_candidates(line, language, is_first=index == 0 and not in_tail):
                if in_tail and rank == _RANK_PUBLISHED:
                    rank = _RANK_TAIL_PUBLISHED
                elif in_tail and rank == _RANK_DATELINE:
                    rank = _RANK_TAIL_DATELINE
                moved = DateMention(
                    mention.start + offset, mention.end + offset, mention.text, mention.date,
                    mention.precision, False, mention.weekday_conflict,
                )  # fmt: skip
                key = (rank, moved.start)
                if best is None or key < best[:2]:
                    best = (rank, moved.start, moved)
    return None if best is None else best[2]


def _dateline_candidates(line: str, language: Language, is_first: bool) -> list[tuple[int, DateMention]]:
    """The full dates of one line that read as its dateline, each with its rank."""
    found: list[tuple[int, DateMention]] = []
    previous_end = 0
    # Only the start of a long line can hold a dateline ("TUNIS, 27 octobre 2025 - La chambre …").
    for mention in find_dates(line[:160], language, None):
        lead = line[previous_end : mention.start]
        previous_end = mention.end
        if mention.precision != "day" or mention.date is None or mention.relative:
            continue
        if _PUBLISHED.search(lead):
            found.append((_RANK_PUBLISHED, mention))
        elif _UPDATED.search(lead):
            found.append((_RANK_UPDATED, mention))
        elif _LEAD.match(line[: mention.start]) and _TAIL.match(line[mention.end :]):
            # A headline can end with a date; on the first line the date must open it or follow a
            # section label ("ACTUALITÉ –", "UK NEWS |").
            lead = line[: mention.start]
            if not is_first or _SECTION_LEAD.match(lead) or _WIRE_LEAD.match(lead):
                found.append((_RANK_DATELINE, mention))
    return found


def in_dateline(article: str, start: int, end: int) -> bool:
    """ "Conakry, le 9 avril 2024 –", "Publié le 27/04/2022": the report's date, not a fact of the case."""
    if start > 400:
        return False
    line_start = article.rfind("\n", 0, start) + 1
    before = article[line_start:start]
    after = article[end : end + 20]
    if re.search(r"(?i:publié|mis à jour|mis en ligne|modifié|updated|published|posted)", before):
        return True
    return bool(
        re.fullmatch(rf"\s*(?:[{UPPER}][\w'’ -]{{1,30}},\s*)?(?:(?i:le)\s+)?(?:\w+\s+)?", before)
        and re.match(r"\s*(?:\(|[-–—:|]|$|\d{1,2}[:h]\d{2})", after)
    )
