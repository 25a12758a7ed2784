"""The parser's public entry: bytes or a file in, a `ParsedSource` (articles, cases, evidence) out.

    parsed = parse_file(Path("report.txt"))
    for article in parsed.articles:
        for case in article.cases:
            print(case.court, [p.name for p in case.defendants], case.next_hearing)

Steps: decode (encoding detection, HTML reduced to its article) → split a feed dump into articles →
each article's language and dateline → extraction of its cases (`docket.extract`). Every offset in the
records is into `ParsedSource.text`. Raises `UnreadableSource` (with a user-facing message) for a file
that is not a text report; never anything else for any input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from docket.dateline import BIRTH_BEFORE, find_dateline, find_month_marker
from docket.dates import DateMention, day_starts, find_dates, said_to_be_past
from docket.decode import decode_report
from docket.extract import extract_cases
from docket.extract.clauses import announced_ahead
from docket.extract.patterns import lowered_text, may_match
from docket.language import detect_language
from docket.lexicon import FUTURE_TENSE_VERB, NAMED_THE_NEXT_DATE, NEXT_DATE_CUES
from docket.records import Article, ParsedSource, UnreadableSource
from docket.segment import ArticleSpan, split_articles

# The largest report file read (`--max-size`): a news report is a few kilobytes, a feed dump a few megabytes.
MAX_REPORT_BYTES = 20 * 1024 * 1024
# The longest text read as one article (a long feature is ~60,000 characters); longer is a dump whose
# reports could not be told apart.
MAX_ARTICLE_CHARS = 250_000


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def read_report(path: Path | str, max_bytes: int | None = None) -> bytes:
    """A report file's bytes: regular files only (a device, pipe or socket is refused, never read forever)
    and at most `max_bytes` (default MAX_REPORT_BYTES). Raises UnreadableSource naming the file."""
    path = Path(path)
    limit = MAX_REPORT_BYTES if max_bytes is None else max_bytes
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise UnreadableSource(f"{path}: is a folder, not a report file") from None
    except FileNotFoundError:
        raise UnreadableSource(f"{path}: no such file") from None
    except OSError as error:
        raise UnreadableSource(f"{path}: cannot be read ({error.strerror or error})") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise UnreadableSource(f"{path}: is a folder, not a report file")
        raise UnreadableSource(f"{path}: not a regular file (a device, pipe or socket): not read")
    with os.fdopen(descriptor, "rb") as file:
        size = os.fstat(descriptor).st_size
        if size > limit:
            raise UnreadableSource(
                f"{path}: {_megabytes(size)}, over the limit of {_megabytes(limit)} per report (--max-size)"
            )
        try:
            data = file.read(limit + 1)  # a file still growing stops at the limit too
        except OSError as error:
            raise UnreadableSource(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > limit:
        raise UnreadableSource(f"{path}: over the limit of {_megabytes(limit)} per report (--max-size)")
    return data


def parse_file(path: Path | str, max_bytes: int | None = None) -> ParsedSource:
    return parse_bytes(read_report(path, max_bytes), str(path), MAX_ARTICLE_CHARS)


# Fewer words than this after an article is its tail ("(Avec AFP)", "Publié le 08/02/2026 à 18h00"),
# not an article of its own.
_FRAGMENT_WORDS = 15


def _with_footers_joined(text: str, spans: list[ArticleSpan]) -> list[ArticleSpan]:
    joined: list[ArticleSpan] = []
    for span in spans:
        # at most that many splits: the words of a whole article are not needed to tell it is longer
        if joined and len(text[span.start : span.end].split(None, _FRAGMENT_WORDS)) < _FRAGMENT_WORDS:
            previous = joined.pop()
            span = ArticleSpan(previous.start, span.end, previous.title)
        elif len(joined) == 1 and _is_page_chrome(text[joined[0].start : joined[0].end]):
            # a kicker above the headline ("Palais de justice de Sherbrooke"), or a page's header of menus and
            # dates with no sentence of its own, opens the article below it
            joined.pop()
            span = ArticleSpan(spans[0].start, span.end, span.title)
        joined.append(span)
    return joined


def _is_page_chrome(fragment: str) -> bool:
    words = fragment.split()
    if len(words) < _FRAGMENT_WORDS:
        return True
    # "Vous-êtes ici: Accueil › Actualités › 2021 07 15 › Article 608335 / Actualités of Thursday, …"
    return len(words) < 3 * _FRAGMENT_WORDS and not _SENTENCE_LINE.search(fragment)


# a line of prose: several words ending on a full stop
_SENTENCE_LINE = re.compile(r"(?m)^[^\n]*\b\w+(?:\s+[^\s]+){6,}[.!?»\"”]\s*$")


def _latest_full_date(article: str, language: str) -> dt.date | None:
    """For an article without a dateline, its own latest dated day anchors "le 16 septembre dernier".

    Another article's dateline in the same dump may be years away; a date the article writes in full
    is from the article's own time, and so are its year-less dates read in that year ("Le 21 février, la
    cour a décerné…" after "le 18 février 2013"). Days announced as still to come do not count.
    """
    full = [
        m.date
        for m in find_dates(article, language, None)
        if m.date and m.precision == "day" and not BIRTH_BEFORE.search(article, max(0, m.start - 30), m.start)
    ]
    if not full:
        return None
    past, upcoming = [], []
    for mention in find_dates(article, language, max(full), day_reference=False):
        if mention.date is None or mention.precision != "day":
            continue
        if BIRTH_BEFORE.search(article, max(0, mention.start - 30), mention.start):
            continue  # "He gave his date of birth as 13 November 1980": a life's day, not the article's time
        # ("renvoyée au 28 décembre dernier": a renvoi's day the writer calls past was before the writing)
        announced = _announced(article, mention) and not said_to_be_past(mention.text)
        (upcoming if announced else past).append(mention.date)
    if past:
        return max(past)
    # only a renvoi's date: the report was written before it
    return min(upcoming) - dt.timedelta(days=1) if upcoming else None


def _day_called_this(article: str, language: str, marker: dt.date | None) -> dt.date | None:
    """A full date told with "ce" ("ce 13 septembre 2021", "ce lundi 13 septembre 2021") is the day of
    writing: without a dateline it tells what "ce lundi" and "hier" mean. Only one such day counts; under
    a month marker ("› 2022 › 11 ›") the day may leave its year to the marker ("ce 30 novembre")."""
    if language != "fr":
        return None
    # no day opens right after "ce" in nine articles in ten: their dates are not resolved for nothing
    if not any(
        _THIS_BEFORE.search(article, max(0, start - 4), start) for start in day_starts(article, language)
    ):
        return None
    return _the_one_full_day_after(
        article,
        language,
        marker,
        _THIS_BEFORE,
        4,
        lambda m: (
            # in prose, not in a ticker of headlines ("Le temps qu'il fera ce dimanche 1er février 2026")
            _in_prose(article, m.start)
            # in the marker's month, when the page gives one
            and (
                marker is None
                or (m.date is not None and (m.date.year, m.date.month) == (marker.year, marker.month))
            )
        ),
    )


def _the_one_full_day_after(
    article: str,
    language: str,
    marker: dt.date | None,
    before: re.Pattern[str],
    window: int,
    keep: Callable[[DateMention], bool] = lambda _: True,
) -> dt.date | None:
    """The one day written in full right after `before` (searched in the `window` characters before it) that
    `keep` accepts; None when there is none, or more than one."""
    days = {
        m.date
        for m in find_dates(article, language, marker, day_reference=False)
        if m.date is not None
        and m.precision == "day"
        and not m.relative
        and before.search(article, max(0, m.start - window), m.start)
        and keep(m)
    }
    return days.pop() if len(days) == 1 else None


def _in_prose(article: str, offset: int) -> bool:
    line_end = article.find("\n", offset)
    line = article[article.rfind("\n", 0, offset) + 1 : line_end if line_end >= 0 else len(article)]
    return line.rstrip().endswith((".", "!", "?", "»", '"', "”"))


_THIS_BEFORE = re.compile(r"(?i:(?<![\w'’])ce\s+)$")


def _day_glossing_today(article: str, language: str, marker: dt.date | None) -> dt.date | None:
    """ "Judgement is due today, Tuesday, August 27, 2024": the full date that glosses "today" is the day of
    writing, whatever later day the text announces. Only one such day counts."""
    if "today," not in article and "aujourd" not in article:
        return None
    return _the_one_full_day_after(article, language, marker, _TODAY_BEFORE, 20)


_TODAY_BEFORE = re.compile(r"(?i:\btoday|\baujourd['’]hui),\s*$")


def _latest_day_of_month(article: str, language: str, marker: dt.date) -> dt.date:
    """A month marker ("date 2019-01") stands for its middle, but the page was written after the days of
    that month it reports: "ont comparu ce lundi 21 janvier" is past, so the reference moves up to it."""
    latest = marker
    for mention in find_dates(article, language, marker, day_reference=False):
        if (
            mention.date is not None
            and mention.precision == "day"
            and (mention.date.year, mention.date.month) == (marker.year, marker.month)
            and not _announced(article, mention)
        ):
            latest = max(latest, mention.date)
    return latest


_FUTURE_BEFORE = re.compile(r"(?i:" + FUTURE_TENSE_VERB + r"|\bwill\b)[^.;]{0,30}$")
_NAMED_THE_NEXT_DATE = re.compile(NAMED_THE_NEXT_DATE, re.IGNORECASE)
_FUTURE_AFTER = re.compile(
    r"(?i:[^.;]{0,40}?\b(?:doit|doivent|devra|devront|sera|seront|will|is due|are due)\b)"
)


def _announced(article: str, mention: DateMention) -> bool:
    """A day told as still to come: "renvoi au lundi 21 octobre", "le 21 octobre prochain", "attendra le 27
    décembre", "c'est le mardi 27 décembre que le tribunal doit se prononcer", "Décision attendue le…"."""
    start = max(0, mention.start - 60)
    # most windows hold none of the cues' words: their gate (one pass) spares the cues' alternation
    may_announce = may_match(_ANNOUNCES_DATE, lowered_text(article[start : mention.start]))
    announced = may_announce and _ANNOUNCES_DATE.search(article, start, mention.start)
    return bool(
        announced
        or _AHEAD.search(mention.text)
        or _FUTURE_BEFORE.search(article, max(0, mention.start - 40), mention.start)
        or _FUTURE_AFTER.match(article, mention.end)
        or _NAMED_THE_NEXT_DATE.match(article, mention.end)
        or announced_ahead(article[max(0, mention.start - 100) : mention.start])
        # "l'a renvoyé à une date ultérieure, officiellement au 29 janvier 2026": "au" a day is where it goes
        or _TO_THE_DAY.search(article, max(0, mention.start - 30), mention.start)
    )


_AHEAD = re.compile(r"(?i:prochain|next|coming)")
# ("led the court to defer this session to the coming Monday, 29 September 2025")
_TO_THE_DAY = re.compile(
    r"(?i:(?<![\w'’])(?:au|jusqu['’]au|to|until)\s+(?:the\s+(?:coming|next|following)\s+)?(?:\w+\s+)?)$"
)

# Words that announce a date still to come ("renvoi au lundi 21 octobre 2019"), in the same line: a
# headline without a full stop ("… renvoi du procès au 26 mai") announces nothing of the body's first date
_ANNOUNCES_DATE = re.compile(r"(?:" + NEXT_DATE_CUES + r")\b[^.;\n]{0,40}$", re.IGNORECASE)


@contextlib.contextmanager
def _frozen_as_read() -> Iterator[Callable[[], None]]:
    """A dump's articles, each one's objects frozen (`gc.freeze`) once it is read, all thawed at the end.

    The records are kept to the end, and each full collection of the cyclic garbage collector went
    through all those read so far: about 1 s of a 20 MB dump's 20 s of CPU. Frozen, no collection looks
    at them, and what the parse drops is still freed at once by reference counting. Only when nothing was
    frozen before: a caller's frozen objects (a server about to fork) are left as they were.
    """
    if gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def parse_bytes(data: bytes, source: str, max_article_chars: int | None = None) -> ParsedSource:
    """max_article_chars: refuse (UnreadableSource) a text that would be one article longer than this."""
    decoded = decode_report(data, source)
    text = decoded.text
    # the raw bytes are not kept while a dump is read (20 MB of them beside its text and records)
    sha256 = hashlib.sha256(data).hexdigest()
    del data
    spans = _with_footers_joined(text, split_articles(text))
    for span in spans:
        if max_article_chars is not None and span.end - span.start > max_article_chars:
            # Not one report but many run together: read as one, they would give one case hundreds of
            # hearings. Refused with how to make it readable.
            raise UnreadableSource(
                f"{source}: reads as one article of {span.end - span.start:,} characters, more than a report "
                f"can be ({max_article_chars:,}): reports run together without separators? Put a line of "
                "'---' between them"
            )
    languages = [detect_language(text[s.start : s.end]) for s in spans]
    datelines = [find_dateline(text[s.start : s.end], lang) for s, lang in zip(spans, languages, strict=True)]
    # An article without a dateline of its own is read against the dump's other datelines.
    fallback = next((d.date for d in datelines if d is not None and d.date is not None), None)
    articles = []
    with _frozen_as_read() as article_read:
        for span, language, dateline in zip(spans, languages, datelines, strict=True):
            published: dt.date | None = dateline.date if dateline else None
            article_text = text[span.start : span.end]
            # Without its own dateline an article still has a time: a month marker, its latest full date, or
            # the dump's dateline. Those give year-less dates their year, never the day "hier" means; only a
            # day the text calls its own ("ce 13 septembre 2021") does.
            marker = None if published else find_month_marker(article_text, language)
            # "l'affaire a connu son épilogue ce 13 septembre 2021": the day the text calls its own
            today = None if published else _day_called_this(article_text, language, marker)
            latest = None if published or marker else _latest_full_date(article_text, language)
            if today is not None and latest is not None and latest > today:
                today = None  # "ce mercredi 30 avril 2014, vingt ans après…", told days later: a day recalled
            if published is None:
                # "due from the High Court today, Tuesday, August 27, 2024": the day of writing, said so
                today = _day_glossing_today(article_text, language, marker) or today
            reference = (
                published
                or today
                or (marker and _latest_day_of_month(article_text, language, marker))
                or latest
                or fallback
            )
            is_court_report, cases = extract_cases(
                text,
                span.start,
                span.end,
                language,
                reference,
                day_reference=published is not None or today is not None,
            )
            articles.append(
                Article(
                    title=span.title,
                    start=span.start,
                    end=span.end,
                    language=language,  # type: ignore[arg-type]
                    published=published,
                    published_text=dateline.text if dateline else None,
                    is_court_report=is_court_report,
                    cases=cases,
                )
            )
            article_read()
    if articles and articles[0].published is None and fallback is not None:
        # the file's date is its first dateline, wherever the dump puts it
        articles[0].published = fallback
    return ParsedSource(
        source=source,
        text=text,
        encoding=decoded.encoding,
        sha256=sha256,
        articles=articles,
    )
