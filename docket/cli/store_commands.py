"""Handlers of the store's subcommands (`docket ingest`, `hearings`, `case`, `search`, `record`…).

Each takes the parsed arguments and returns an exit code. Output is for people; errors are one line on
standard error naming the file or value at fault.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import hashlib
import multiprocessing
import os
import re
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import default_locale
from babel.dates import format_date

from docket.db.schema import shown_url
from docket.db.store import Store, StoreError, parse_source
from docket.db.views import CaseSummary, HearingRow, IngestResult, TimelineEntry
from docket.records import ParsedSource

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Inside folders and globs only files that look like reports are read (not the JSON next to them).
REPORT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
# A folder's own documentation is not a report.
NOT_REPORTS = ("readme", "license", "licence", "changelog", "contributing", "notes")
PROGRESS_THRESHOLD = 3
PARALLEL_THRESHOLD = 20  # below this, starting a parsing process costs more than it saves
MAX_PARSE_WORKERS = 3
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str | None) -> str:
    """Report text reaches a terminal: no escape sequences from it."""
    return _CONTROL.sub(" ", text or "")


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"docket: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace) -> Store:
    return Store.open(getattr(args, "db", None))


def _parse_day(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"{option}: not a date: {value!r} (use YYYY-MM-DD)") from None


def _locale(args: argparse.Namespace) -> Locale:
    name = getattr(args, "locale", None) or default_locale("LC_TIME") or "en"
    try:
        return Locale.parse(name.split(".")[0].replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise StoreError(f"--locale: unknown locale {name!r} (e.g. fr_FR, en)") from None


def _run(handler):  # type: ignore[no-untyped-def]
    """Turn a StoreError anywhere in a command into its one-line message and exit code 1."""

    def wrapped(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except StoreError as exc:
            return _fail(str(exc))

    wrapped.__name__ = handler.__name__
    wrapped.__doc__ = handler.__doc__
    return wrapped


# --- ingest ---


def _looks_like_report(path: Path) -> bool:
    return path.suffix.lower() in REPORT_SUFFIXES and not path.stem.lower().startswith(NOT_REPORTS)


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each file to read, or (argument, reason) for an argument that gives none."""
    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and _looks_like_report(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield argument, "no report files (.txt, .md, .html) in this folder"
            for file in found:
                yield str(file), None
        elif path.is_file():
            yield argument, None
        elif glob.has_magic(argument):
            matches = sorted(p for p in glob.glob(argument, recursive=True) if Path(p).is_file())
            matches = [p for p in matches if _looks_like_report(Path(p))]
            if not matches:
                yield argument, "no report file matches this pattern"
            for match in matches:
                yield match, None
        elif path.exists():
            yield argument, "not a regular file"
        else:
            yield argument, "no such file or directory"


# Sources already in the docket (by content), set in each parsing process: they are not parsed again.
_known_hashes: frozenset[str] = frozenset()


def _remember_known(hashes: frozenset[str]) -> None:
    global _known_hashes
    _known_hashes = hashes


def _read_and_parse(path: str) -> ParsedSource | IngestResult:
    uri = str(Path(path).resolve())
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return IngestResult(source=path, status="failed", error=exc.strerror or str(exc))
    sha256 = hashlib.sha256(data).hexdigest()
    if sha256 in _known_hashes:
        return IngestResult(source=uri, status="duplicate")
    return parse_source(data, uri, sha256)


def _parsed_in_order(files: list[str], known: frozenset[str]) -> Iterator[ParsedSource | IngestResult]:
    """Parse in other processes while this one writes: parsing and merging take about as long."""
    workers = min(MAX_PARSE_WORKERS, (os.cpu_count() or 1) - 1)
    if workers < 1 or len(files) < PARALLEL_THRESHOLD:
        _remember_known(known)
        yield from (_read_and_parse(path) for path in files)
        return
    # spawn, not fork: the children must not inherit this process's open database connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_remember_known, initargs=(known,)
    ) as pool:
        yield from pool.map(_read_and_parse, files, chunksize=8)


@_run
def ingest(args: argparse.Namespace) -> int:
    targets = list(expand_paths(args.paths))
    files = [path for path, problem in targets if problem is None]
    results: list[IngestResult] = [
        IngestResult(source=path, status="failed", error=problem) for path, problem in targets if problem
    ]
    store = _open(args)
    try:
        parsed_sources = _parsed_in_order(files, frozenset(store.known_hashes()))
        merged = (
            item if isinstance(item, IngestResult) else store.ingest_parsed(item, item.source)
            for item in parsed_sources
        )
        if len(files) > PROGRESS_THRESHOLD and not args.no_progress and sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:
                task = progress.add_task("ingesting", total=len(files))
                for result in merged:
                    results.append(result)
                    progress.advance(task)
        else:
            results.extend(merged)
    finally:
        store.close()
    _print_ingest_summary(results, len(files))
    return EXIT_FAILED if any(r.status == "failed" for r in results) else EXIT_OK


def _print_ingest_summary(results: list[IngestResult], file_count: int) -> None:
    def total(attribute: str) -> int:
        return sum(getattr(r, attribute) for r in results)

    failures = [r for r in results if r.status == "failed"]
    duplicates = sum(r.status == "duplicate" for r in results)
    not_court = sum(r.status == "not_court" for r in results)
    print(
        f"{file_count} file(s) read: {total('new_cases')} new case(s), "
        f"{total('updated_cases')} updated case(s), "
        f"{total('new_hearings')} new hearing(s), {total('new_rulings')} new ruling(s), "
        f"{duplicates} skipped duplicate(s), {not_court} not a court report, {len(failures)} failure(s)"
    )
    for failure in failures:
        print(f"docket: {failure.source}: {failure.error}", file=sys.stderr)


# --- reading ---


def _hearing_line(row: HearingRow, locale: Locale) -> str:
    when = format_date(row.date, format="full", locale=locale)
    who = ", ".join(row.defendants) or row.case_title
    where = f" — {row.court}" + (f" ({row.country})" if row.country else "") if row.court else ""
    status = "" if row.status == "scheduled" else f" [{row.status}]"
    purpose = f": {row.purpose}" if row.purpose else ""
    return _clean(f"{when}  #{row.case_id} {who}{where}{status}{purpose}")


@_run
def hearings(args: argparse.Namespace) -> int:
    start = _parse_day(args.from_date, "--from") if args.from_date else dt.date.today()
    if args.days is not None and args.days < 0:
        raise StoreError("--days: must be 0 or more")
    locale = _locale(args)
    with _open(args) as store:
        rows = store.upcoming_hearings(
            start, days=args.days, court=args.court, country=args.country, limit=10**6
        )
    if not rows:
        print("no hearings" + (f" from {start.isoformat()}" if args.from_date else " ahead"))
        return EXIT_OK
    for row in rows:
        print(_hearing_line(row, locale))
    return EXIT_OK


def _summary_line(summary: CaseSummary) -> str:
    who = ", ".join(summary.defendants) or summary.title
    court = f" — {summary.court}" if summary.court else ""
    country = f" ({summary.country})" if summary.country else ""
    following = " ★" if summary.followed else ""
    nxt = f"  next: {summary.next_hearing.isoformat()}" if summary.next_hearing else ""
    note = f"  — {summary.follow_note}" if summary.followed and summary.follow_note else ""
    return _clean(f"#{summary.case_id} {who}{court}{country}{following}{nxt}{note}")


def _timeline_lines(entry: TimelineEntry, locale: Locale) -> list[str]:
    when = (
        format_date(entry.date, format="long", locale=locale)
        if entry.date
        else (entry.date_text or "undated")
    )
    marks = []
    if entry.origin == "manual":
        marks.append(f"recorded by {entry.recorded_by}" if entry.recorded_by else "manual")
        if entry.recorded_at:
            marks[-1] += f" on {entry.recorded_at:%Y-%m-%d %H:%M} UTC"
    if entry.corrects_id:
        marks.append(f"corrects #{entry.corrects_id}")
    if entry.superseded:
        marks.append("superseded by a correction")
    detail = f": {entry.detail}" if entry.detail else ""
    party = f" ({entry.party})" if entry.party else ""
    head = f"  {when}  {entry.kind} #{entry.record_id} {entry.label}{party}{detail}"
    if marks:
        head += "  [" + "; ".join(marks) + "]"
    lines = [_clean(head)]
    if entry.evidence and entry.evidence.sentence:
        lines.append(
            _clean(f"      « {' '.join(entry.evidence.sentence.split())} »  — {entry.evidence.source_uri}")
        )
    return lines


@_run
def case(args: argparse.Namespace) -> int:
    locale = _locale(args)
    with _open(args) as store:
        detail = store.case_detail(args.case_id)
        chain = store.case_chain(args.case_id) if detail.follows_case or detail.followed_by else []
    print(_clean(f"Case #{detail.case_id}: {detail.title}"))
    court = detail.court or detail.court_abbr
    if court:
        abbr = f" ({detail.court_abbr})" if detail.court_abbr and detail.court_abbr != court else ""
        written = (
            f'  — as written: "{detail.court_text}"'
            if detail.court_text and detail.court_text != court
            else ""
        )
        print(_clean(f"Court: {court}{abbr}{written}"))
    if detail.chamber:
        print(_clean(f"Chamber: {detail.chamber}"))
    if detail.country:
        print(f"Country: {detail.country}")
    if detail.followed:
        print(_clean("Followed" + (f": {detail.follow_note}" if detail.follow_note else "")))
    if detail.tags:
        print(_clean("Tags: " + ", ".join(detail.tags)))
    if detail.parties:
        print("Parties:")
        for party in detail.parties:
            written = f' ("{party.role_text}")' if party.role_text else ""
            aka = f" — also {', '.join(party.aliases)}" if party.aliases else ""
            print(_clean(f"  {party.role}{written}: {party.name}{aka}"))
    if detail.charges:
        print("Charges:")
        for charge in detail.charges:
            print(_clean(f"  {charge}"))
    if chain:
        print("Proceedings:")
        for summary in chain:
            marker = "→" if summary.case_id == detail.case_id else " "
            print(_clean(f" {marker} #{summary.case_id} {summary.court or summary.title}"))
    print("Timeline:")
    if not detail.timeline:
        print("  (nothing yet)")
    for entry in detail.timeline:
        for line in _timeline_lines(entry, locale):
            print(line)
    if detail.sources:
        print("Reports:")
        for source in detail.sources:
            published = f"{source.article_published.isoformat()} " if source.article_published else ""
            print(_clean(f"  {published}{source.article_title or ''} — {source.source_uri}"))
    return EXIT_OK


@_run
def cases(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.duplicates:
            pairs = store.possible_duplicates()
            if not pairs:
                print("no possible duplicates")
            for first, second, score in pairs:
                print(_clean(f"{score:.2f}  {_summary_line(first)}\n      {_summary_line(second)}"))
                print(f"      merge with: docket merge {first.case_id} {second.case_id}")
            return EXIT_OK
        summaries = store.list_cases(followed_only=args.followed, limit=10**6)
    if not summaries:
        print("no followed cases" if args.followed else "no cases yet: add reports with 'docket ingest PATH'")
    for summary in summaries:
        print(_summary_line(summary))
    return EXIT_OK


@_run
def search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with _open(args) as store:
        hits = store.search(query, limit=args.limit)
    if not hits:
        print("no match")
    for hit in hits:
        where = f"#{hit.case_id} {hit.case_title}" if hit.case_id is not None else f"source #{hit.source_id}"
        print(_clean(f"{where}  [{hit.field}]  {hit.snippet}"))
    return EXIT_OK


# --- recording ---


@_run
def record(args: argparse.Namespace) -> int:
    date = _parse_day(args.date, "--date")
    with _open(args) as store:
        if args.what == "ruling":
            record_id = store.record_ruling(
                args.case_id,
                date,
                args.kind,
                party=args.party,
                sentence=args.sentence,
                note=args.note,
                user=args.user,
            )
        else:
            record_id = store.record_hearing(args.case_id, date, purpose=args.purpose, user=args.user)
    print(f"recorded {args.what} #{record_id} in case #{args.case_id}")
    return EXIT_OK


@_run
def follow(args: argparse.Namespace) -> int:
    with _open(args) as store:
        store.follow(args.case_id, note=args.note, tags=args.tag)
    print(f"following case #{args.case_id}")
    return EXIT_OK


@_run
def unfollow(args: argparse.Namespace) -> int:
    with _open(args) as store:
        store.unfollow(args.case_id)
    print(f"no longer following case #{args.case_id} (its note and tags are kept)")
    return EXIT_OK


@_run
def merge(args: argparse.Namespace) -> int:
    with _open(args) as store:
        store.merge_cases(args.case_a, args.case_b)
    print(f"merged case #{args.case_b} into case #{args.case_a}")
    return EXIT_OK


# --- exchange ---


@_run
def export(args: argparse.Namespace) -> int:
    with _open(args) as store:
        data = store.export(args.format, days=args.days)
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            return _fail(f"{args.output}: {exc.strerror or exc}")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


@_run
def import_(args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        return _fail(f"{args.file}: {exc.strerror or exc}")
    with _open(args) as store:
        counts = store.import_json(data)
    print(", ".join(f"{value} {key.replace('_', ' ')}" for key, value in counts.items()))
    return EXIT_OK


@_run
def db_admin(args: argparse.Namespace) -> int:
    if args.action == "upgrade":
        with _open(args) as store:
            print(f"the docket at {shown_url(store.url)} is up to date")
        return EXIT_OK
    from docket.db.copy import copy_docket  # only this command needs it

    with _open(args) as source:
        source_url = source.url
    counts = copy_docket(source_url, args.to)
    copied = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in counts.items() if n)
    print(f"copied to {shown_url(args.to)}: {copied}")
    return EXIT_OK
