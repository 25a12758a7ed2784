"""Handlers of the store's subcommands (`docket ingest`, `hearings`, `case`, `search`, `record`…).

Each takes the parsed arguments and returns an exit code. Output is for people; errors are one line on
standard error naming the file or value at fault.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from babel import Locale
from babel.core import default_locale
from babel.dates import format_date

from docket.db.schema import shown_url
from docket.db.store import Store, StoreError, StoreUnavailable
from docket.db.views import CaseSummary, HearingRow, IngestResult, TimelineEntry
from docket.monitor import pipeline, sources

from .exit_codes import EXIT_FAILED, EXIT_OK
from .options import locale_from
from .sanitise import clean as _clean

PROGRESS_THRESHOLD = 3
MAX_IMPORT_BYTES = 256 * 1024 * 1024  # an import file is read whole: `docket import --max-size` for more


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"docket: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace) -> Store:
    return Store.open(getattr(args, "db", None))


def _locale(args: argparse.Namespace) -> Locale:
    try:
        return locale_from(args.locale or default_locale("LC_TIME") or "en")
    except argparse.ArgumentTypeError as exc:  # a locale from the environment Babel does not know
        raise StoreError(f"--locale: {exc}") from None


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


@_run
def ingest(args: argparse.Namespace) -> int:
    selection = sources.select(args.paths)
    for line in sources.skipped_lines(selection.skipped):
        print(f"docket: {line}", file=sys.stderr)
    results: list[IngestResult] = [
        IngestResult(source=str(problem.path), status="failed", error=problem.reason)
        for problem in selection.problems
    ]
    files = selection.files
    with _open(args) as store:
        merged = pipeline.ingest(store, files, args.max_size)
        try:
            if len(files) > PROGRESS_THRESHOLD and not args.no_progress and sys.stderr.isatty():
                from rich.progress import Progress

                with Progress(transient=True) as progress:
                    task = progress.add_task("ingesting", total=len(files))
                    for result in merged:
                        results.append(result)
                        progress.advance(task)
            else:
                results.extend(merged)
        except StoreUnavailable as exc:
            # The docket itself failed (full disk, read-only, server gone): every next file would fail
            # the same way. What went in stays in; the same command later skips it and goes on.
            done = len(results) - len(selection.problems)
            return _fail(
                f"stopped after {done} of {len(files)} file(s): {exc}. What was read is kept; fix that "
                "and run the same command again to go on (files already in the docket are skipped)."
            )
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
        print(_clean(f"docket: {failure.source}: {failure.error}"), file=sys.stderr)


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
    start = args.from_date or dt.date.today()
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
    date = args.date
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
            record_id = store.record_hearing(
                args.case_id,
                date,
                purpose=args.purpose,
                user=args.user,
                time=args.time,
                status=args.status,
                corrects=args.corrects,
            )
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
def import_(args: argparse.Namespace) -> int:
    from docket.parse import read_report
    from docket.records import UnreadableSource

    try:
        data = read_report(args.file, args.max_size or MAX_IMPORT_BYTES)
    except UnreadableSource as exc:
        return _fail(str(exc))
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
    if args.action == "reindex":
        with _open(args) as store:
            store.rebuild_search_index()
            cases = store.count_cases()
        print(f"rebuilt the search index of the docket at {shown_url(store.url)} ({cases} case(s))")
        return EXIT_OK
    if args.action == "check":
        return _db_check(args)
    from docket.db.copy import copy_docket  # only this command needs it

    with _open(args) as source:
        source_url = source.url
    counts = copy_docket(source_url, args.to)
    copied = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in counts.items() if n)
    print(f"copied to {shown_url(args.to)}: {copied}")
    return EXIT_OK


def _db_check(args: argparse.Namespace) -> int:
    from docket.db.check import check_docket
    from docket.db.schema import default_url

    url = getattr(args, "db", None) or default_url()
    result = check_docket(url)
    for line in result.lines:
        print(_clean(line))
    if result.index_stale and args.fix:
        with Store.open(url) as store:
            store.rebuild_search_index()
        result = check_docket(url)
        print("rebuilt the search index (docket db reindex)")
        for line in result.lines:
            print(_clean(line))
    if result.problems:
        return _fail(f"{len(result.problems)} problem(s) in the docket at {shown_url(url)}: see above")
    print(f"the docket at {shown_url(url)} is sound")
    return EXIT_OK
