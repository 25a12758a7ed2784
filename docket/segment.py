"""Split a feed dump into its articles.

Dumps run articles together with few clues: feed footers ("L'article … est apparu en premier sur",
"The post … appeared first on", "Follow @…"), a headline followed by a byline or a dateline, separator
lines, or a switch from one language to the other. A single article has short lines too (subheadings),
so a short line alone never starts an article: it needs a dateline or byline after it, or a footer
before it.

The work is line by line with bounded regular expressions applied to bounded prefixes, so time stays
linear in the size of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum, auto

from docket.dateline import LEAD_PREFIX, PUBLICATION_CUE, is_dateline_line, opens_with_lead_dateline
from docket.language import language_votes


@dataclass(frozen=True, slots=True)
class ArticleSpan:
    start: int
    end: int
    title: str


class _Kind(IntEnum):  # IntEnum: hashed in C, which plain-text lines pay for in set lookups
    BLANK = auto()  # only a Setext underline once its heading is known: blank lines are not kept
    TEXT = auto()
    HEADING = auto()  # Markdown "# Title" (or a Setext "Title" over "=====")
    DATELINE = auto()  # "Publié le 27/04/2022", "NAIROBI, Dec 31, 2024", "UK NEWS | 16 March 2021"
    BYLINE = auto()  # "By Ed Holt", "Par Jean Dupont"
    LEAD_DATELINE = auto()  # a paragraph opening "COTONOU, 7 oct. 2025 (AFP) - ..."
    SEPARATOR = auto()  # ----, ***, ===
    FEED_FOOTER = auto()  # always ends an article
    LINK_FOOTER = auto()  # "Lire aussi : ...", "Read more", "Source : ..."
    LINK_TITLE = auto()  # the title under a bare "À lire aussi"


_EXCLUDED = frozenset({_Kind.SEPARATOR, _Kind.FEED_FOOTER, _Kind.LINK_FOOTER, _Kind.LINK_TITLE})

# Line lengths (characters) that tell a headline or a dateline from a paragraph.
_HEADLINE_MAX = 200
_KICKER_MAX = 160
_KICKER_WITH_SEPARATOR_MAX = 70
_DATELINE_MAX = 100
_BYLINE_MAX = 80
_PROBE = 300  # regular expressions only ever look at this many leading characters of a line
_TAIL = 12
_FOOTER_MAX = 1000  # a feed footer repeats a headline: longer lines are paragraphs
_DIGIT = re.compile(r"\d")
_TITLE_MAX = 120

# Case matters: "Par Jean Dupont" is a byline, "Par ailleurs, ..." is not.
_BYLINE = re.compile(
    r"(?:By|BY|Par|PAR|Written by|Reporting by|Propos recueillis par|De notre (?:envoy[ée]e?|correspondante?)"
    r"(?: spéciale?| permanente?)?(?: à [^\W\d_]+)?)\s+(?:[A-ZÀ-Þ]|[Ll]a rédaction|notre|l['’])"
)
_SEPARATOR_CHARACTERS = "-*=_~#•·"
_SEPARATOR = re.compile(r"[-*=_~#•·]{3,}|(?:[-*=_~•·] ){2,}[-*=_~•·]")
_FEED_FOOTER_TAILS = (("l'article ", " est apparu en premier sur"), ("the post ", " appeared first on"))
_FOLLOW = re.compile(r"(?:follow|suivez)(?:[- ]nous)?\b[^@\n]{0,40}@\w", re.IGNORECASE)
_LINK_FOOTER = re.compile(
    r"(?:[àa]\s+lire\s+(?:aussi|également|egalement|encore)|lire\s+(?:aussi|également|egalement|la suite)"
    r"|voir\s+aussi|read\s+(?:more|also)|see\s+also|also\s+read|related(?:\s+(?:articles?|stories|news))?"
    r"|sources?)\s*(?:[:|>–—-]|$)",
    re.IGNORECASE,
)
_KICKER_SEPARATORS = (" > ", " | ", " / ")
# a paywall's notice, set between a headline and its dateline
_PAYWALL_NOTICE = re.compile(
    r"(?:article |contenu )?(?:réservé|reserve|réservée) aux abonnés|abonnés|premium|"
    r"(?:for |only for )?(?:subscribers?|members) only|subscriber(?:-only)? (?:article|content)|exclusive",
    re.IGNORECASE,
)
_TEASER_ENDINGS = ("[…]", "[...]", "[ …]", "[ ...]")
_SENTENCE_END = re.compile(r"([.!?…][»”\"]?) (?=[«“\"(]? ?[A-ZÀ-Þ0-9])")
_ABBREVIATIONS = frozenset("m mm mme mlle me mr mrs ms dr st jr no art av cf vs gen col lt sgt".split())

# Language switches only count between runs of real paragraphs: two paragraphs, or one long one (a
# quoted statement in the other language is rarely that long).
_LANGUAGE_LINE_MIN = 150
_LANGUAGE_RUN_MIN = 300
_LANGUAGE_LONG_RUN = 800


@dataclass(slots=True)
class _Line:
    start: int  # of the stripped content
    end: int
    kind: _Kind
    content: str  # stripped, cut to _PROBE characters for classification
    tail: str  # the last characters of the stripped line
    after_blank: bool  # whether blank lines separate it from the line above
    language: str | None = None  # "fr"/"en" for a paragraph whose language is clear


def split_articles(text: str) -> list[ArticleSpan]:
    """The articles of `text` in order: non-overlapping spans with their titles, footers left out."""
    lines = _classify_lines(text)
    segments = _segment(lines)
    spans = [span for segment in segments if (span := _span(text, lines, *segment)) is not None]
    if not spans and text.strip():
        # Only footers or separators: better one article than none for a file that has text.
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        spans = [ArticleSpan(start, end, _first_sentence(text[start:end]))]
    return spans


def _classify_lines(text: str) -> list[_Line]:
    """The non-blank lines of `text`, classified; blank lines only leave their mark on the next line."""
    lines: list[_Line] = []
    position = 0
    after_blank = False
    for raw in _raw_lines(text):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            kind = _kind(stripped)
            probe = stripped[:_PROBE]
            line = _Line(start, start + len(stripped), kind, probe, stripped[-_TAIL:], after_blank)
            if len(stripped) >= _LANGUAGE_LINE_MIN and kind in (_Kind.TEXT, _Kind.LEAD_DATELINE):
                line.language = _clear_language(probe)
            lines.append(line)
            after_blank = False
        else:
            after_blank = True
        position += len(raw) + 1
    _mark_setext_headings(lines)
    _mark_link_titles(lines)
    return lines


def _raw_lines(text: str) -> Iterator[str]:
    """`text.split("\n")` one line at a time: a dump's lines are not all copied at once."""
    position = 0
    while True:
        end = text.find("\n", position)
        if end < 0:
            yield text[position:]
            return
        yield text[position:end]
        position = end + 1


def _kind(line: str) -> _Kind:
    """What a stripped, non-empty line is. Cheap first-character tests keep plain text fast."""
    length = len(line)
    probe = line[:_PROBE]
    first = line[0]
    if first in "LlTt":
        opening = line[:10].lower().replace("’", "'")
        for expected, tail in _FEED_FOOTER_TAILS:
            if opening.startswith(expected) and tail in line[:_FOOTER_MAX].lower().replace("’", "'"):
                return _Kind.FEED_FOOTER
    if first in "FfSs" and length <= 120 and _FOLLOW.match(probe):
        return _Kind.FEED_FOOTER
    if first in "AaÀàLlVvRrSs" and length <= _HEADLINE_MAX and _LINK_FOOTER.match(probe):
        return _Kind.LINK_FOOTER
    if first in _SEPARATOR_CHARACTERS and length <= _HEADLINE_MAX and _SEPARATOR.fullmatch(probe):
        return _Kind.SEPARATOR
    if line.startswith("# "):
        return _Kind.HEADING
    bare = probe.strip("*_ ")
    if length <= _BYLINE_MAX and _is_byline(bare):
        return _Kind.BYLINE
    if length <= _DATELINE_MAX:
        # Every dateline line has a number in it; the search is cheap, the date patterns are not.
        if _DIGIT.search(probe) is not None and is_dateline_line(bare):
            return _Kind.DATELINE
    elif first.isupper() and opens_with_lead_dateline(probe):
        return _Kind.LEAD_DATELINE
    return _Kind.TEXT


def _is_byline(line: str) -> bool:
    if line[:1] not in "BPWRD" or not _BYLINE.match(line):
        return False
    if len(line.split()) > 10 or line.endswith(("!", "?", ":")):
        return False
    # "By Monday, the court had adjourned." is a sentence; "Par M. B." is a byline.
    return not (line.endswith(".") and len(line) > 2 and line[-2].islower())


def _mark_setext_headings(lines: list[_Line]) -> None:
    """A short title directly over "=====" is a Markdown heading, not text followed by a separator."""
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        if line.kind is not _Kind.SEPARATOR or above.kind is not _Kind.TEXT or line.after_blank:
            continue
        if index >= 2 and not above.after_blank:
            continue  # a heading stands apart; a line glued to the text above ends a paragraph
        if len(above.content) > _KICKER_MAX or above.content.endswith((".", "!", "?", "»", '"', "”")):
            continue
        if set(line.content) == {"="}:
            above.kind = _Kind.HEADING
            line.kind = _Kind.BLANK
        elif set(line.content) == {"-"}:
            line.kind = _Kind.BLANK  # a Setext subheading stays inside its article


def _mark_link_titles(lines: list[_Line]) -> None:
    """A bare "À lire aussi" announces the linked title on the next line, which is not a headline."""
    for index, line in enumerate(lines):
        if line.kind is not _Kind.LINK_FOOTER or not _is_bare_link_footer(line.content):
            continue
        following = _next_content(lines, index + 1)
        if following is not None and len(lines[following].content) <= _HEADLINE_MAX:
            if lines[following].kind in (_Kind.TEXT, _Kind.HEADING):
                lines[following].kind = _Kind.LINK_TITLE


def _is_bare_link_footer(content: str) -> bool:
    match = _LINK_FOOTER.match(content)
    return match is not None and not content[match.end() :].strip(" :|>–—-")


def _next_content(lines: list[_Line], index: int) -> int | None:
    while index < len(lines):
        if lines[index].kind is not _Kind.BLANK:
            return index
        index += 1
    return None


def _previous_content(lines: list[_Line], index: int, floor: int) -> int | None:
    while index >= floor:
        if lines[index].kind is not _Kind.BLANK:
            return index
        index -= 1
    return None


# A segment is (first line, end line exclusive, footer title or "").
_Segment = tuple[int, int, str]


def _segment(lines: list[_Line]) -> list[_Segment]:
    segments: list[_Segment] = []
    next_kept = _next_kept_lines(lines)
    first = 0  # first line of the article being read
    has_body = False  # whether that article has any line yet
    language_run = _LanguageRun()
    index = 0
    while index < len(lines):
        line = lines[index]
        kind = line.kind
        if kind is _Kind.BLANK:
            index += 1
            continue
        if kind in _EXCLUDED:
            if _ends_article(lines, index, next_kept):
                teaser = _teaser_start(lines, first, index) if kind is _Kind.FEED_FOOTER else None
                footer_title = _feed_footer_title(line.content) if kind is _Kind.FEED_FOOTER else ""
                if teaser is not None:
                    segments.append((first, teaser, ""))
                    first = teaser
                segments.append((first, index, footer_title))
                first, has_body = index + 1, False
                language_run = _LanguageRun()
            index += 1
            continue
        if kind is _Kind.TEXT and line.end - line.start < _LANGUAGE_LINE_MIN:
            # The common case, kept cheap: a short plain line neither opens an article nor has a language.
            has_body = True
            index += 1
            continue
        start = None
        if has_body and kind is not _Kind.TEXT:
            start = _article_start(lines, index, first)
        if start is None and has_body:
            start = language_run.switch_start(lines, index, first)
        if start is not None:
            segments.append((first, start, ""))
            first = start
            language_run = _LanguageRun()
            language_run.feed(lines, start, index - 1)
        language_run.feed(lines, index, index)
        has_body = True
        index += 1
    segments.append((first, len(lines), ""))
    return segments


def _next_kept_lines(lines: list[_Line]) -> list[int]:
    """For each line, the index of the next line that can belong to an article (len(lines) if none)."""
    following = [len(lines)] * len(lines)
    upcoming = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index].kind is not _Kind.BLANK and lines[index].kind not in _EXCLUDED:
            upcoming = index
    return following


def _ends_article(lines: list[_Line], index: int, next_kept: list[int]) -> bool:
    """Feed footers and separators always end an article; a related-link line only before a new one."""
    if lines[index].kind is not _Kind.LINK_FOOTER:
        return True
    following = next_kept[index]
    if following == len(lines):
        return True
    # "Lire aussi" between two paragraphs of one article is a link, not the article's end.
    nxt = lines[following]
    return nxt.kind is not _Kind.TEXT or _is_headline(nxt)


def _article_start(lines: list[_Line], index: int, floor: int) -> int | None:
    """Where a new article starts if line `index` opens one (after its headline lines), else None."""
    line = lines[index]
    if line.kind is _Kind.HEADING:
        return index
    if line.kind not in (_Kind.DATELINE, _Kind.BYLINE, _Kind.LEAD_DATELINE):
        return None
    if "©" in line.content:
        return None  # "Bordeaux, le 8 décembre 2018 © Radio France - X": a photo's caption and its credit
    start = _header_start(lines, index, floor)
    if start is None:
        return None  # the header lines reach back to the start of the current article
    if start < index and line.kind is _Kind.DATELINE and _signatures_only(lines, start, index):
        # "Marc-Roland X" over "7 janvier 2025 à 17:33, mis à jour à 18:05": the author and the time of the
        # article being read (under its headline and picture), not a new article, which opens on a headline
        return None
    if start < index or line.kind is _Kind.LEAD_DATELINE:
        return start
    # No headline above: a dateline still opens an article when a headline follows it
    # ("Publié le 20/11/2020" then the headline), which a subheading with a date does not.
    following = _next_content(lines, index + 1)
    if following is None or lines[following].kind in _EXCLUDED:
        return None
    if line.kind is not _Kind.DATELINE:
        return None  # a byline under a paragraph signs that paragraph's article
    if "©" in lines[following].content:
        # "Bordeaux le 8 décembre 2018" over "Bordeaux, le 8 décembre 2018 © Radio France - X": a photo's
        # caption and credit inside the article, not a new one's dateline and headline
        return None
    if PUBLICATION_CUE.search(line.content):
        return index
    return index if _is_headline(lines[following]) else None


# a line that is only a person's name: two to four capitalised words ("Marc-Roland Zoellig")
_NAME_ALONE = re.compile(
    r"(?:[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?\.? ){1,3}[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
)


def _signatures_only(lines: list[_Line], start: int, end: int) -> bool:
    return all(
        line.kind is _Kind.BLANK or line.kind is _Kind.BYLINE or _NAME_ALONE.fullmatch(line.content)
        for line in lines[start:end]
    )


def _header_start(lines: list[_Line], index: int, floor: int) -> int | None:
    """First line of the headline block above line `index`; None when it reaches the article start."""
    start = index
    taken: list[_Line] = []
    while len(taken) < 3:
        previous = _previous_content(lines, start - 1, floor)
        if previous is None or not _may_head(lines[previous], taken, lines, previous, floor):
            break
        taken.append(lines[previous])
        start = previous
    if _previous_content(lines, start - 1, floor) is None:
        return None
    return start


def _may_head(candidate: _Line, taken: list[_Line], lines: list[_Line], index: int, floor: int) -> bool:
    """Whether `candidate` belongs to the headline block above the lines already `taken`."""
    if candidate.kind in _EXCLUDED or len(candidate.content) > _HEADLINE_MAX:
        return False
    if _PHOTO_CREDIT.match(candidate.content):
        return False  # "Crédit : X", "[Photo] …" over a byline: a picture inside the article, no new headline
    headlines = [line for line in taken if not _is_label(line)]
    if candidate.kind is _Kind.BYLINE:
        # A byline sits under its headline; above one it is the signature of the previous article.
        return not headlines
    if _is_label(candidate):
        return True
    if candidate.kind is not _Kind.TEXT:
        return False
    if not headlines:
        if not candidate.content.endswith((".", ":", ";", ",")):
            return True
        # A standfirst ending with a full stop ("Pour avoir exécuté...") counts only under a headline.
        above = _previous_content(lines, index - 1, floor)
        return above is not None and _is_headline(lines[above]) and len(lines[above].content) <= _KICKER_MAX
    # Above the headline only labels are expected, unless what was taken is a standfirst.
    return len(headlines) == 1 and headlines[0].content.endswith(".") and _is_headline(candidate)


# a picture's credit or its marker, on a line of its own
_PHOTO_CREDIT = re.compile(
    r"\s*(?:\[?(?:Photo|Image|Illustration)\b|Cr[ée]dits?(?: photo)?\s*:|Photo credit\b|©)", re.IGNORECASE
)


def _is_label(line: _Line) -> bool:
    """Datelines, bylines, Markdown headings and section kickers: lines that frame a headline."""
    return line.kind in (_Kind.DATELINE, _Kind.BYLINE, _Kind.HEADING) or _is_kicker(line.content)


def _is_headline(line: _Line) -> bool:
    if line.kind is _Kind.HEADING:
        return True
    return (
        line.kind is _Kind.TEXT
        and len(line.content) <= _HEADLINE_MAX
        and not line.content.endswith((".", ":", ";", ","))
    )


def _is_kicker(content: str) -> bool:
    """Section labels above a headline: "Justice > Culture", "UK NEWS | Tuesday", "SUISSE"."""
    if len(content) > _KICKER_MAX:
        return False
    # Headlines use separators too ("Côte d'Ivoire / Justice : cinq ans ..."), but they are longer and
    # announce their subject with a colon.
    if len(content) <= _KICKER_WITH_SEPARATOR_MAX and " : " not in content:
        if any(separator in content for separator in _KICKER_SEPARATORS):
            return True
        if " » " in content and "«" not in content:  # a breadcrumb "Accueil » Justice", not a quotation
            return True
    if _PAYWALL_NOTICE.fullmatch(content):
        return True  # "Article réservé aux abonnés" between a headline and its dateline frames them
    if len(content.split()) > 4:
        return False  # asked first: most headlines have more words, and reading their letters costs more
    letters = [character for character in content if character.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class _LanguageRun:
    """The language of the paragraphs read so far in the current article, to notice a switch."""

    __slots__ = ("language", "size", "lines")

    def __init__(self) -> None:
        self.language: str | None = None
        self.size = 0
        self.lines = 0

    def feed(self, lines: list[_Line], first: int, last: int) -> None:
        for index in range(first, last + 1):
            language = lines[index].language
            if language is None:
                continue
            if language != self.language:
                self.language, self.size, self.lines = language, 0, 0
            self.size += lines[index].end - lines[index].start
            self.lines += 1

    def switch_start(self, lines: list[_Line], index: int, floor: int) -> int | None:
        """Where the article in the other language starts, if line `index` opens a substantial one."""
        language = lines[index].language
        if language is None or self.language is None or language == self.language:
            return None
        if not _substantial(self.size, self.lines) or not _run_ahead_substantial(lines, index, language):
            return None
        return _header_start(lines, index, floor)


def _substantial(size: int, count: int) -> bool:
    return (count >= 2 and size >= _LANGUAGE_RUN_MIN) or size >= _LANGUAGE_LONG_RUN


def _run_ahead_substantial(lines: list[_Line], index: int, language: str) -> bool:
    size = count = 0
    checked = 0
    while index < len(lines) and checked < 6:
        line = lines[index]
        index += 1
        if line.kind is _Kind.BLANK:
            continue
        checked += 1
        found = line.language
        if found is None:
            continue
        if found != language:
            break
        size += line.end - line.start
        count += 1
        if _substantial(size, count):
            return True
    return False


def _clear_language(opening: str) -> str | None:
    """The language of a paragraph judged on its opening, when the function words leave no doubt."""
    french, english = language_votes(opening)
    if max(french, english) < 4 or max(french, english) < 3 * min(french, english):
        return None
    return "fr" if french > english else "en"


def _teaser_start(lines: list[_Line], first: int, footer: int) -> int | None:
    """A feed excerpt ending in "[…]" right above its feed footer is an article of its own."""
    last = _previous_content(lines, footer - 1, first)
    if last is None or last <= first or not lines[last].tail.endswith(_TEASER_ENDINGS):
        return None
    # The excerpt may carry its headline, which the footer repeats.
    above = _previous_content(lines, last - 1, first)
    title = _normalised(_feed_footer_title(lines[footer].content))
    if above is not None and above > first and title and _normalised(lines[above].content) == title:
        return above
    return last


def _feed_footer_title(content: str) -> str:
    lowered = content.lower().replace("’", "'")
    for opening, tail in _FEED_FOOTER_TAILS:
        if lowered.startswith(opening):
            end = lowered.find(tail)
            if end > len(opening):
                return content[len(opening) : end].strip()
    return ""


def _normalised(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _span(text: str, lines: list[_Line], first: int, end: int, footer_title: str) -> ArticleSpan | None:
    kept = [index for index in range(first, end) if lines[index].kind not in (_Kind.BLANK, *_EXCLUDED)]
    if not kept:
        return None
    # Related links and separators at the edges are not part of the article.
    start_line, end_line = lines[kept[0]], lines[kept[-1]]
    title = _headline(lines, kept) or footer_title
    if not title:
        opening = text[start_line.start : end_line.end]
        if start_line.kind is _Kind.LEAD_DATELINE and (lead := LEAD_PREFIX.match(opening)):
            opening = opening[lead.end() :]  # "Abidjan (AFP) - " is no part of the story's first sentence
        title = _first_sentence(opening)
    return ArticleSpan(start_line.start, end_line.end, title)


def _headline(lines: list[_Line], kept: list[int]) -> str:
    if len(kept) < 2:
        return ""
    for index in kept[:4]:
        line = lines[index]
        if line.kind in (_Kind.DATELINE, _Kind.BYLINE) or _is_kicker(line.content):
            continue
        if _is_headline(line):
            return line.content.strip("# ").strip() if line.kind is _Kind.HEADING else line.content
        return ""
    return ""


def _first_sentence(text: str) -> str:
    opening = " ".join(text[: _TITLE_MAX * 4].split())
    for match in _SENTENCE_END.finditer(opening):
        words_before = opening[: match.start()].split()
        last_word = words_before[-1].lower().strip('(«"') if words_before else ""
        if match.group(1) == "." and (len(last_word) == 1 or last_word in _ABBREVIATIONS):
            continue  # "M. Koffi", "Dr. Sarr": an abbreviation, not the end of the sentence
        opening = opening[: match.end(1)]
        break
    if len(opening) <= _TITLE_MAX:
        return opening
    cut = opening[:_TITLE_MAX].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"
