"""The docket store: the only way the CLI, the monitor and the dashboard read or change the docket.

Every method opens and closes its own session; every return value is a plain record from `db.views`.
Writes run in one transaction each, which on SQLite takes the write lock up front (BEGIN IMMEDIATE) and
waits for it, so an ingest and a person recording a ruling at the same moment both succeed. Every write
transaction bumps `docket_state.version`, the number `data_version()` returns.
"""

from __future__ import annotations

import datetime as dt
import getpass
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, aliased

from docket.clock import days_after
from docket.records import RULING_KINDS, ParsedSource
from docket.text import fold_words

from . import models as m
from .events import sync_events
from .folding import court_filter
from .schema import (
    IMMEDIATE,
    BadDatabaseURL,
    SchemaTooNew,
    current_revision,
    default_url,
    ensure_current,
    make_engine,
    read_only_folder,
    shown_url,
)
from .views import (
    CaseDetail,
    CaseSummary,
    ChangeCounts,
    ChangeSummary,
    EvidenceView,
    FeedView,
    HearingRow,
    IngestResult,
    PartyView,
    SearchHit,
    TimelineEntry,
)

# The calendar and the search index are loaded when first used: the dashboard's first screen needs
# neither, and every module imported before it is time the user waits.
if TYPE_CHECKING:
    from .calendar import CalendarEvent, CalendarFilter
    from .search import Query, SearchIndex

FIRST_REVISION_WITH_SEARCH = "0002"
CHUNK = 500  # ids per IN (…) clause
UNCHANGED = "docket_unchanged"  # session.info flag: the transaction wrote nothing, keep data_version
_FEED_FIELDS = frozenset(FeedView.__dataclass_fields__) - {"feed_id", "url"}
# Written out rather than built from the model: the dashboard reads it as it starts, before its first page,
# and compiling the ORM statement the first time cost ~10 ms of that (bench/NOTES.md, tui5).
_DATA_VERSION = text("SELECT version FROM docket_state WHERE id = 1")


def _parse_query(query: str) -> Query:
    from .search import QueryError, parse_query

    try:
        return parse_query(query)
    except QueryError as exc:
        raise StoreError(f"search: {exc}") from None


class StoreError(Exception):
    """A user-facing error: the message is shown as is (unknown case, bad date, malformed query…)."""


class StoreUnavailable(StoreError):
    """The docket itself cannot be read or written any more (a full disk, a read-only file, a server that
    stopped, a database that is gone): no use going on with the next report of a batch."""


# Errors about one row (a value too long, a constraint): the rest of a batch can still go in.
_ROW_ERRORS = (IntegrityError, DataError)


def database_reason(exc: BaseException) -> str:
    """The database's own reason in one short line: no SQL, no parameters, no driver boilerplate."""
    original = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    reason = lines[0] if lines else type(original).__name__
    if reason.startswith("(") and ") " in reason:  # "(sqlite3.OperationalError) …"
        reason = reason.split(") ", 1)[1]
    return reason if len(reason) <= 200 else reason[:199] + "…"


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(tzinfo=dt.UTC) if value is not None else None


def _naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


class Store:
    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self._writer = engine.execution_options(**{IMMEDIATE: True})
        self.url = url
        # How many past hearings are still unconfirmed, per (docket version, start, court, country): the
        # dashboard's `p` and each next page place their offset with it, and counting them scans every
        # one (50-150 ms on 100,000 cases a few months on). Any write bumps the version, so an entry is
        # never stale; only the current version's entries are kept.
        self._past_counts: dict[tuple[int, dt.date, str | None, str | None], int] = {}
        self._past_counts_lock = threading.Lock()  # the dashboard reads from several worker threads

    @cached_property
    def _index(self) -> SearchIndex:
        from .search import SearchIndex

        return SearchIndex(self._engine.dialect.name)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (creating and upgrading the schema as needed) the docket at `url`; None = default SQLite."""
        url = url or default_url()
        engine: Engine | None = None
        try:
            engine = make_engine(url)
            before = current_revision(engine)
            ensure_current(engine, url, before)
        except (BadDatabaseURL, SchemaTooNew) as exc:
            raise StoreError(str(exc)) from None
        except SQLAlchemyError as exc:
            reason = " ".join(str(getattr(exc, "orig", None) or exc).split())  # one line, even from a server
            folder = read_only_folder(engine) if engine is not None else None
            if folder is not None:
                reason = (
                    f"its schema needs an upgrade, which cannot be written: its folder {folder} is not "
                    "writable"
                )
            raise StoreError(f"cannot open the docket at {shown_url(url)}: {reason}") from None
        except OSError as exc:
            raise StoreError(f"cannot open the docket at {shown_url(url)}: {exc.strerror or exc}") from None
        except ImportError as exc:  # the URL names a database driver that is not installed
            driver = exc.name or str(exc)
            hint = " (pip install 'docket[postgres]')" if "psycopg" in driver else ""
            raise StoreError(
                f"cannot open the docket at {shown_url(url)}: its database driver {driver!r} is not "
                f"installed{hint}"
            ) from None
        store = cls(engine, url)
        if before is not None and before < FIRST_REVISION_WITH_SEARCH:
            store.rebuild_search_index()
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _unavailable(self, exc: SQLAlchemyError, writing: bool) -> StoreUnavailable:
        folder = read_only_folder(self._engine)
        if writing and folder is not None:
            return StoreUnavailable(
                f"the docket at {shown_url(self.url)} is read-only here: its folder {folder} is not "
                "writable (SQLite keeps its journal beside the docket), so it can be read but not changed; "
                "copy it to a writable folder, or ask for write access to that one"
            )
        doing = "written" if writing else "read"
        return StoreUnavailable(
            f"the docket at {shown_url(self.url)} cannot be {doing}: {database_reason(exc)}"
        )

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self._engine, expire_on_commit=False) as session:
                yield session
        except _ROW_ERRORS:
            raise
        except SQLAlchemyError as exc:
            raise self._unavailable(exc, writing=False) from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session:
            try:
                yield session
                if session.info.get(UNCHANGED):
                    session.rollback()
                    return
                session.execute(
                    update(m.DocketState)
                    .where(m.DocketState.id == 1)
                    .values(version=m.DocketState.version + 1)
                )
                session.commit()
            except BaseException as exc:
                try:
                    session.rollback()
                except SQLAlchemyError:
                    pass  # the connection is gone: nothing was committed to roll back
                if isinstance(exc, SQLAlchemyError) and not isinstance(exc, _ROW_ERRORS):
                    raise self._unavailable(exc, writing=True) from None
                raise

    # --- ingest ---

    def has_source(self, sha256: str) -> bool:
        """Whether a source with these contents (sha256) is already in the docket."""
        with self._read() as session:
            found = session.execute(select(m.Source.id).where(m.Source.sha256 == sha256).limit(1))
            return found.scalar_one_or_none() is not None

    def known_hashes(self) -> set[str]:
        """The sha256 of every source already in the docket: a batch skips them before parsing."""
        with self._read() as session:
            return set(session.scalars(select(m.Source.sha256)))

    def ingest_parsed(self, parsed: ParsedSource, uri: str | None = None) -> IngestResult:
        """Merge an already parsed source (tests and generated data build these by hand)."""
        uri = uri or parsed.source
        try:
            with self._write() as session:
                from . import ingest as ingest_module  # not imported by a reader (the dashboard's start)

                result = ingest_module.ingest_parsed(session, parsed, uri, self._index)
                session.info[UNCHANGED] = result.status == "duplicate"
                return result
        except _ROW_ERRORS as exc:  # this report's rows only: the next report may go in
            return IngestResult(source=uri, status="failed", error=f"database error: {database_reason(exc)}")

    def ingest_many(self, sources: Sequence[ParsedSource]) -> list[IngestResult]:
        """Merge parsed sources in one transaction, each under its own savepoint, its result in order.

        What a batch saves is the commit (and its wait for the disk) of each report. A report whose rows
        the database refuses fails alone, as with `ingest_parsed`; a fatal error (disk full, server gone)
        commits nothing of the batch, so a killed or failed batch is run again whole, never half."""
        results: list[IngestResult] = []
        if not sources:
            return results
        from . import ingest as ingest_module  # not imported by a reader (the dashboard's start)

        with self._write() as session:
            for parsed in sources:
                uri = parsed.source
                try:
                    with session.begin_nested():
                        result = ingest_module.ingest_parsed(session, parsed, uri, self._index)
                except _ROW_ERRORS as exc:  # this report's rows only (its savepoint): the next may go in
                    result = IngestResult(
                        source=uri, status="failed", error=f"database error: {database_reason(exc)}"
                    )
                # Each report starts from what the database holds, as in a transaction of its own.
                session.expunge_all()
                results.append(result)
            session.info[UNCHANGED] = all(r.status in ("duplicate", "failed") for r in results)
        return results

    def rebuild_search_index(self) -> None:
        with self._write() as session:
            self._index.rebuild(session)

    # --- reading ---

    def data_version(self) -> int:
        """A number that changes whenever anything is written (by any process): the TUI polls it."""
        with self._engine.connect() as connection:
            return int(connection.scalar(_DATA_VERSION) or 0)

    def upcoming_hearings(
        self,
        start: dt.date,
        days: int | None = None,
        court: str | None = None,
        country: str | None = None,
        include_past: bool = False,
        limit: int = 200,
        offset: int = 0,
        today: dt.date | None = None,
    ) -> list[HearingRow]:
        """Hearings from `start` on, soonest first; with include_past, earlier unconfirmed ones too."""
        today = today or dt.date.today()
        hearing = m.Hearing
        statement = (
            select(
                hearing.id,
                hearing.case_id,
                hearing.date,
                hearing.status,
                hearing.purpose,
                hearing.origin,
                m.Case.title,
                m.Case.court,
                m.Case.court_abbr,
                m.Case.country,
            )
            .join(m.Case, m.Case.id == hearing.case_id)
            .where(~_corrected(m.Hearing))
        )
        if court:
            statement = statement.where(court_filter(court))
        if country:
            statement = statement.where(m.Case.country == country.upper())
        # The order of ix_hearings_date_case (SQLite appends the row id): no sorting, however big the docket.
        order = (hearing.date, hearing.case_id, hearing.id)
        upcoming = statement.where(hearing.date >= start)
        if days is not None:
            upcoming = upcoming.where(hearing.date < days_after(start, max(days, 0)))
        with self._read() as session:
            rows: list[Any] = []
            if include_past:
                # Past hearings still only "scheduled" (unconfirmed) come first: a query of their own,
                # on ix_hearings_status_date, so the upcoming part keeps its index order.
                past = statement.where(hearing.status == "scheduled", hearing.date < start)
                past_total = self._past_count(session, start, court, country)
                if offset < past_total:
                    rows = list(session.execute(past.order_by(*order).offset(offset).limit(limit)))
                offset = max(0, offset - past_total)
            if len(rows) < limit:
                rows += session.execute(
                    upcoming.order_by(*order).offset(offset).limit(limit - len(rows))
                ).all()
            case_ids = sorted({row.case_id for row in rows})
            defendants = _defendants(session, case_ids)
            last_rulings = _last_rulings(session, case_ids)
        return [
            HearingRow(
                hearing_id=row.id,
                case_id=row.case_id,
                date=row.date,
                status=_shown_status(row.status, row.date, today),
                purpose=row.purpose,
                case_title=row.title,
                court=row.court or row.court_abbr,
                country=row.country,
                defendants=defendants.get(row.case_id, ()),
                last_ruling=last_rulings.get(row.case_id),
                origin=row.origin,
            )
            for row in rows
        ]

    def _past_count(self, session: Session, start: dt.date, court: str | None, country: str | None) -> int:
        """How many hearings before `start` are still only scheduled (`upcoming_hearings`' past part)."""
        version = session.scalar(select(m.DocketState.version).where(m.DocketState.id == 1)) or 0
        key = (int(version), start, court or None, country.upper() if country else None)
        with self._past_counts_lock:
            cached = self._past_counts.get(key)
        if cached is not None:
            return cached
        hearing = m.Hearing
        count = (
            select(func.count())
            .select_from(hearing)
            .where(hearing.status == "scheduled", hearing.date < start, ~_corrected(m.Hearing))
        )
        # The cases only for a filter: every hearing has its case (a foreign key), and without the join
        # the count reads ix_hearings_status_date alone.
        if court or country:
            count = count.join(m.Case, m.Case.id == hearing.case_id)
            if court:
                count = count.where(court_filter(court))
            if country:
                count = count.where(m.Case.country == country.upper())
        total = int(session.scalar(count) or 0)
        with self._past_counts_lock:
            if any(known[0] != key[0] for known in self._past_counts):
                self._past_counts.clear()  # another version's counts: never asked for again
            self._past_counts[key] = total
        return total

    def case_detail(self, case_id: int, today: dt.date | None = None) -> CaseDetail:
        """Raises StoreError for an unknown case."""
        today = today or dt.date.today()
        with self._read() as session:
            case = _get_case(session, case_id)
            parties = tuple(
                PartyView(link.party_id, party.name, link.role, link.role_text, tuple(party.aliases or ()))
                for link, party in session.execute(
                    select(m.CaseParty, m.Party)
                    .join(m.Party, m.Party.id == m.CaseParty.party_id)
                    .where(m.CaseParty.case_id == case_id)
                    .order_by(m.CaseParty.role, m.CaseParty.id)
                )
            )
            charges = tuple(
                session.scalars(
                    select(m.Charge.label).where(m.Charge.case_id == case_id).order_by(m.Charge.id)
                )
            )
            timeline = _timeline(session, case_id, today)
            sources = tuple(
                EvidenceView(
                    source.id,
                    source.uri,
                    article.title,
                    article.published,
                    article.start,
                    article.end,
                    article.title,
                )
                for article, source in session.execute(
                    select(m.Article, m.Source)
                    .join(m.CaseReport, m.CaseReport.article_id == m.Article.id)
                    .join(m.Source, m.Source.id == m.Article.source_id)
                    .where(m.CaseReport.case_id == case_id)
                    .order_by(m.Article.published, m.Article.id)
                )
            )
            follows = _summaries(session, [case.follows_case_id], today) if case.follows_case_id else []
            followed_by_ids = list(
                session.scalars(
                    select(m.Case.id).where(m.Case.follows_case_id == case_id).order_by(m.Case.id)
                )
            )
            followed_by = _summaries(session, followed_by_ids, today)
            return CaseDetail(
                case_id=case.id,
                title=case.title,
                court=case.court,
                court_text=case.court_text,
                court_abbr=case.court_abbr,
                chamber=case.chamber,
                country=case.country,
                parties=parties,
                charges=charges,
                timeline=timeline,
                sources=sources,
                followed=case.followed,
                follow_note=case.follow_note,
                tags=tuple(case.tags or ()),
                follows_case=follows[0] if follows else None,
                followed_by=tuple(followed_by),
            )

    def case_chain(self, case_id: int) -> list[CaseSummary]:
        """The case and those it continues or that continue it (first instance → appeal …), oldest first."""
        with self._read() as session:
            case = _get_case(session, case_id)
            first = case
            seen = {case.id}
            while first.follows_case_id and first.follows_case_id not in seen:
                first = session.get(m.Case, first.follows_case_id) or first
                seen.add(first.id)
            chain, frontier = [first.id], [first.id]
            while frontier:
                following = list(
                    session.scalars(
                        select(m.Case.id).where(m.Case.follows_case_id.in_(frontier)).order_by(m.Case.id)
                    )
                )
                frontier = [i for i in following if i not in chain]
                chain.extend(frontier)
            return _summaries(session, chain, dt.date.today())

    def list_cases(
        self, followed_only: bool = False, limit: int = 200, offset: int = 0, today: dt.date | None = None
    ) -> list[CaseSummary]:
        statement = select(m.Case.id).order_by(m.Case.id.desc()).limit(limit).offset(offset)
        if followed_only:
            statement = statement.where(m.Case.followed.is_(True))
        with self._read() as session:
            return _summaries(session, list(session.scalars(statement)), today or dt.date.today())

    def count_cases(self) -> int:
        with self._read() as session:
            return int(session.scalar(select(func.count(m.Case.id))) or 0)

    def possible_duplicates(self) -> list[tuple[CaseSummary, CaseSummary, float]]:
        with self._read() as session:
            pairs = session.execute(
                select(
                    m.DuplicateCandidate.case_a_id, m.DuplicateCandidate.case_b_id, m.DuplicateCandidate.score
                ).order_by(m.DuplicateCandidate.score.desc(), m.DuplicateCandidate.case_a_id)
            ).all()
            summaries = {
                s.case_id: s
                for s in _summaries(
                    session, sorted({i for a, b, _ in pairs for i in (a, b)}), dt.date.today()
                )
            }
        return [
            (summaries[a], summaries[b], score) for a, b, score in pairs if a in summaries and b in summaries
        ]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Fielded full-text search; raises StoreError with a clear message for a malformed query."""
        parsed = _parse_query(query)
        with self._read() as session:
            return self._index.search(session, parsed, limit)

    def source_text(self, source_id: int) -> str:
        with self._read() as session:
            source = session.get(m.Source, source_id)
            if source is None:
                raise StoreError(f"no source #{source_id} in the docket")
            return source.text

    def changes_since(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeSummary:
        since = _naive_utc(since)
        horizon = days_after(today, days_ahead)
        with self._read() as session:
            new_case_ids = list(
                session.scalars(select(m.Case.id).where(m.Case.created_at >= since).order_by(m.Case.id))
            )
            previous = aliased(m.Hearing)
            hearing_rows = session.execute(
                select(m.Hearing, previous.date)
                .outerjoin(previous, previous.id == m.Hearing.previous_id)
                .where(m.Hearing.created_at >= since, m.Hearing.date >= today, m.Hearing.date <= horizon)
                .where(m.Hearing.status == "scheduled", ~_corrected(m.Hearing))
                .order_by(m.Hearing.date, m.Hearing.id)
            ).all()
            rows = _hearing_rows(session, [h for h, _ in hearing_rows], today)
            newly = tuple(row for row, (_, before) in zip(rows, hearing_rows, strict=True) if before is None)
            moved = tuple(
                (row, before)
                for row, (_, before) in zip(rows, hearing_rows, strict=True)
                if before is not None
            )
            ruling_ids = list(
                session.scalars(select(m.Ruling.id).where(m.Ruling.created_at >= since).order_by(m.Ruling.id))
            )
            new_rulings = tuple(_ruling_entries(session, ruling_ids))
            return ChangeSummary(
                new_cases=tuple(_summaries(session, new_case_ids, today)),
                newly_scheduled=newly,
                moved=moved,
                new_rulings=new_rulings,
            )

    def change_counts(self, since: dt.datetime, days_ahead: int, today: dt.date) -> ChangeCounts:
        """How many of each kind of change `changes_since` would list (home's one-line strip): counts
        on the created_at indexes, never the changes themselves (a first import makes 100,000 cases new)."""
        since = _naive_utc(since)
        horizon = days_after(today, days_ahead)
        with self._read() as session:
            cases = session.scalar(select(func.count()).where(m.Case.created_at >= since)) or 0
            scheduled = session.execute(
                select(m.Hearing.previous_id.is_(None), func.count())
                .where(m.Hearing.created_at >= since, m.Hearing.date >= today, m.Hearing.date <= horizon)
                .where(m.Hearing.status == "scheduled", ~_corrected(m.Hearing))
                .group_by(m.Hearing.previous_id.is_(None))
            ).all()
            rulings = session.scalar(select(func.count()).where(m.Ruling.created_at >= since)) or 0
        by_kind = {bool(new): int(count) for new, count in scheduled}
        return ChangeCounts(int(cases), by_kind.get(True, 0), by_kind.get(False, 0), int(rulings))

    # --- recording (manual records; validated, StoreError on bad input) ---

    def record_ruling(
        self,
        case_id: int,
        date: dt.date,
        kind: str,
        party: str | None = None,
        sentence: str | None = None,
        note: str | None = None,
        user: str | None = None,
        corrects: int | None = None,
    ) -> int:
        if kind not in RULING_KINDS:
            raise StoreError(f"unknown ruling kind {kind!r}; use one of: {', '.join(RULING_KINDS)}")
        _check_date(date)
        with self._write() as session:
            _get_case(session, case_id)
            if corrects is not None:
                _check_corrected(session, m.Ruling, corrects, case_id, "ruling")
            ruling = m.Ruling(
                case_id=case_id,
                date=date,
                date_text=date.isoformat(),
                precision="day",
                kind=kind,
                party=party,
                sentence=sentence,
                note=note,
                origin=m.MANUAL,
                recorded_by=user or _login_name(),
                corrects_id=corrects,
            )
            session.add(ruling)
            session.flush()
            self._index.index_cases(session, [case_id])
            return ruling.id

    def record_hearing(
        self,
        case_id: int,
        date: dt.date,
        purpose: str | None = None,
        user: str | None = None,
        corrects: int | None = None,
        status: str | None = None,
        time: dt.time | None = None,
    ) -> int:
        _check_date(date)
        if status is not None and status not in m.HEARING_STATUSES:
            raise StoreError(
                f"unknown hearing status {status!r}; use one of: {', '.join(m.HEARING_STATUSES)}"
            )
        with self._write() as session:
            _get_case(session, case_id)
            if corrects is not None:
                _check_corrected(session, m.Hearing, corrects, case_id, "hearing")
            else:
                same = session.scalar(
                    select(m.Hearing.id)
                    .where(m.Hearing.case_id == case_id, m.Hearing.date == date, ~_corrected(m.Hearing))
                    .order_by(m.Hearing.id)
                    .limit(1)
                )
                if same is not None:
                    raise StoreError(
                        f"case #{case_id} already has a hearing on {date.isoformat()} (#{same}): nothing "
                        "recorded (correct that one to change it)"
                    )
            hearing = m.Hearing(
                case_id=case_id,
                date=date,
                date_text=date.isoformat(),
                precision="day",
                status=status or ("scheduled" if date >= dt.date.today() else "held"),
                purpose=purpose,
                origin=m.MANUAL,
                recorded_by=user or _login_name(),
                corrects_id=corrects,
                time=time,
            )
            session.add(hearing)
            session.flush()
            sync_events(session, [case_id])
            self._index.index_cases(session, [case_id])
            return hearing.id

    def delete_manual(self, record_kind: str, record_id: int) -> None:
        """record_kind: 'ruling' or 'hearing'. Refuses (StoreError) to delete a parsed record."""
        model = {"ruling": m.Ruling, "hearing": m.Hearing}.get(record_kind)
        if model is None:
            raise StoreError(f"unknown record kind {record_kind!r}: use 'ruling' or 'hearing'")
        with self._write() as session:
            record = session.get(model, record_id)
            if record is None:
                raise StoreError(f"no {record_kind} #{record_id} in the docket")
            if record.origin != m.MANUAL:
                raise StoreError(
                    f"{record_kind} #{record_id} comes from a report: only manual records can go"
                )
            case_id = record.case_id
            if isinstance(record, m.Hearing) and record.corrects_id is not None:
                # The corrected hearing shows again: its event gets a revision newer than the correction's.
                corrected = session.get(m.Hearing, record.corrects_id)
                if corrected is not None:
                    corrected.sequence = max(corrected.sequence or 0, record.sequence or 0)
                    corrected.fingerprint = None
            session.delete(record)
            session.flush()
            sync_events(session, [case_id])
            self._index.index_cases(session, [case_id])

    def follow(self, case_id: int, note: str | None = None, tags: Sequence[str] = ()) -> None:
        with self._write() as session:
            case = _get_case(session, case_id)
            case.followed = True
            if note is not None:
                case.follow_note = note
            if tags:
                case.tags = sorted({*(case.tags or []), *(t.strip() for t in tags if t.strip())})

    def unfollow(self, case_id: int) -> None:
        # The note and tags stay: following the case again brings back why.
        with self._write() as session:
            _get_case(session, case_id).followed = False

    def merge_cases(self, keep_id: int, merge_id: int) -> None:
        if keep_id == merge_id:
            raise StoreError("cannot merge a case into itself")
        with self._write() as session:
            _merge_cases(session, _get_case(session, keep_id), _get_case(session, merge_id))
            from . import ingest as ingest_module

            ingest_module.refresh_case(session, keep_id)
            self._index.index_cases(session, [keep_id, merge_id])

    # --- exchange ---

    def export(
        self,
        fmt: str,
        days: int | None = None,
        today: dt.date | None = None,
        selection: CalendarFilter | None = None,
        excel: bool = False,
    ) -> bytes:
        """fmt: ics / csv / json. Deterministic: the same docket gives byte-identical output.

        ics and csv hold the hearings `selection` picks (every hearing by default); `days` keeps the next N
        days from `today` (or from the selection's start)."""
        from . import calendar, exchange

        selection = selection or calendar.CalendarFilter()
        if days is not None:
            start = selection.start or today or dt.date.today()
            selection = replace(selection, start=start, end=days_after(start, max(days, 1) - 1))
        with self._read() as session:
            if fmt == "json":
                return exchange.export_json(session)
            if fmt in ("ics", "csv"):
                items = calendar.events(session, selection)
                if fmt == "ics":
                    return calendar.export_ics(items)
                return calendar.export_csv(items, excel=excel)
        raise StoreError(f"unknown export format {fmt!r}: use ics, csv or json")

    def calendar_events(self, selection: CalendarFilter) -> list[CalendarEvent]:
        from . import calendar

        with self._read() as session:
            return calendar.events(session, selection)

    def import_json(self, data: bytes) -> dict[str, int]:
        from . import exchange

        try:
            with self._write() as session:
                counts = exchange.import_json(session, data)
                self._index.rebuild(session)
                return counts
        except exchange.ExchangeError as exc:
            raise StoreError(f"import: {exc}") from None
        except _ROW_ERRORS as exc:  # a value the database refuses (too long for its column…)
            raise StoreError(f"import: a value the database refuses: {database_reason(exc)}") from None

    # --- feeds (for the monitor) ---

    def add_feed(self, url: str, name: str | None = None, allow_private: bool = False) -> FeedView:
        with self._write() as session:
            if session.scalar(select(m.Feed.id).where(m.Feed.url == url)) is not None:
                raise StoreError(f"the feed {url} is already in the docket")
            if name and session.scalar(select(m.Feed.id).where(m.Feed.name == name)) is not None:
                raise StoreError(f"a feed is already named {name!r}")
            feed = m.Feed(url=url, name=name, consecutive_failures=0, allow_private=allow_private)
            session.add(feed)
            session.flush()
            return _feed_view(feed)

    def list_feeds(self) -> list[FeedView]:
        with self._read() as session:
            return [_feed_view(f) for f in session.scalars(select(m.Feed).order_by(m.Feed.id))]

    def remove_feed(self, feed: str) -> bool:
        """feed: id, name or URL."""
        with self._write() as session:
            conditions = [m.Feed.url == feed, m.Feed.name == feed]
            if feed.isdigit():
                conditions.append(m.Feed.id == int(feed))
            found = session.scalars(select(m.Feed).where(or_(*conditions)).order_by(m.Feed.id)).first()
            if found is None:
                return False
            session.delete(found)
            return True

    def update_feed(self, feed_id: int, **fields: object) -> None:
        """Set FeedView fields (etag, last_modified, last_*_at, last_error, consecutive_failures…)."""
        unknown = set(fields) - _FEED_FIELDS
        if unknown:
            raise StoreError(f"unknown feed fields: {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {
            key: _naive_utc(value) if isinstance(value, dt.datetime) else value
            for key, value in fields.items()
        }
        with self._write() as session:
            feed = session.get(m.Feed, feed_id)
            if feed is None:
                raise StoreError(f"no feed #{feed_id}")
            for key, value in values.items():
                setattr(feed, key, value)

    def item_seen(self, url: str | None, sha256: str | None) -> bool:
        conditions = []
        if url:
            conditions.append(m.SeenItem.url == url)
        if sha256:
            conditions.append(m.SeenItem.content_sha256 == sha256)
        if not conditions:
            return False
        with self._read() as session:
            return session.scalar(select(m.SeenItem.id).where(or_(*conditions)).limit(1)) is not None

    def remember_item(
        self, feed_id: int | None, url: str | None, sha256: str | None, is_court_report: bool
    ) -> None:
        with self._write() as session:
            session.add(
                m.SeenItem(feed_id=feed_id, url=url, content_sha256=sha256, is_court_report=is_court_report)
            )

    def seen_items(self, urls: Sequence[str | None], hashes: Sequence[str | None]) -> set[str]:
        """Which of these item URLs and content hashes were remembered before: a whole feed in one read."""
        seen: set[str] = set()
        with self._read() as session:
            for column, keys in (
                (m.SeenItem.url, sorted({u for u in urls if u})),
                (m.SeenItem.content_sha256, sorted({h for h in hashes if h})),
            ):
                for start in range(0, len(keys), CHUNK):
                    chunk = keys[start : start + CHUNK]
                    seen.update(session.scalars(select(column).where(column.in_(chunk)).distinct()))
        return seen

    def remember_items(self, items: Sequence[tuple[int | None, str | None, str | None, bool]]) -> None:
        """`remember_item` for many (feed id, URL, content hash, is a court report) at once, in one write."""
        if not items:
            return
        with self._write() as session:
            session.execute(
                insert(m.SeenItem.__table__),
                [
                    {"feed_id": feed_id, "url": url, "content_sha256": sha256, "is_court_report": court}
                    for feed_id, url, sha256, court in items
                ],
            )

    # --- for the dashboard: grouped search, summaries by id, name suggestions ---
    def case_summaries(self, case_ids: Sequence[int], today: dt.date | None = None) -> list[CaseSummary]:
        """Summaries of these cases (court, next hearing, followed…), in the order given."""
        with self._read() as session:
            return _summaries(session, list(case_ids), today or dt.date.today())

    def search_total(self, query: str, cap: int = 10_000) -> tuple[int, bool]:
        """How many cases (and reports tied to none) match `query`, counting up to `cap`: (count, capped)."""
        from .search import Fts5Backend

        parsed = _parse_query(query)
        with self._read() as session:
            backend = self._index.backend
            if parsed.groups and isinstance(backend, Fts5Backend):
                conditions = ["search_fts MATCH :match"]
                params: dict[str, object] = {"match": backend.match_expression(parsed), "cap": cap + 1}
                if parsed.after is not None:
                    conditions.append("d.date >= :after")
                    params["after"] = parsed.after
                if parsed.before is not None:
                    conditions.append("d.date <= :before")
                    params["before"] = parsed.before
                if len(conditions) == 1:
                    # A case's records are document 2 * case_id: their case is their rowid, and only a
                    # report's document (odd) is looked up for its case. Joining every match to
                    # search_docs took 2.5 times as long (4.3 -> 1.6 ms for 14,459 matches, tui6).
                    statement = text(
                        "SELECT count(DISTINCT k) FROM (SELECT CASE WHEN f.rowid % 2 = 0 THEN f.rowid "
                        "ELSE (SELECT coalesce(2 * d.case_id, d.id) FROM search_docs AS d "
                        "WHERE d.id = f.rowid) END AS k FROM search_fts AS f "
                        "WHERE search_fts MATCH :match LIMIT :cap)"
                    )
                else:  # dates are in search_docs
                    statement = text(
                        "SELECT count(DISTINCT coalesce(2 * d.case_id, d.id)) FROM (SELECT d.case_id, d.id "
                        "FROM search_fts AS f JOIN search_docs AS d ON d.id = f.rowid "
                        f"WHERE {' AND '.join(conditions)} LIMIT :cap) AS d"
                    )
                count = int(session.execute(statement, params).scalar() or 0)
            else:
                hits = self._index.search(session, parsed, cap + 1)
                count = len({(h.case_id, None) if h.case_id else (None, h.source_id) for h in hits})
        return min(count, cap), count > cap

    def suggest_name(self, word: str, limit: int = 3) -> list[str]:
        """Defendants' names close to `word` (a near-miss spelling: 'Houndegon' -> 'Houndégnon'), best first.

        The candidates are the name keys' distinct words of about the same length (read from their index,
        not by folding every party's name: that took seconds on 100,000 cases); each one found is then
        spelled as a party of a case it keys writes it."""
        from rapidfuzz import fuzz, process

        wanted = fold_words(word)
        if len(wanted) < 4:
            return []
        # A loose index scan: one seek per distinct word (the names repeat from case to case), not a
        # read of every key.
        distinct_words = text(
            "WITH RECURSIVE words(word) AS ("
            " SELECT min(token) FROM case_name_keys"
            " UNION ALL"
            " SELECT (SELECT min(token) FROM case_name_keys WHERE token > words.word)"
            " FROM words WHERE words.word IS NOT NULL"
            ") SELECT word FROM words WHERE word IS NOT NULL"
        )
        low, high = max(4, len(wanted) - 3), len(wanted) + 3
        with self._read() as session:
            candidates = [w for w in session.scalars(distinct_words) if low <= len(w) <= high]
            found = process.extract(wanted, candidates, scorer=fuzz.ratio, limit=limit, score_cutoff=75)
            return [
                spelled
                for match, _score, _index in found
                if match != wanted and (spelled := _spelling(session, match)) is not None
            ]

    def upcoming_hearings_of(
        self, case_ids: Sequence[int], start: dt.date, today: dt.date | None = None, limit: int = 100
    ) -> list[HearingRow]:
        """These cases' hearings from `start` on, soonest first (home's "followed first")."""
        ids = list(case_ids)[:CHUNK]
        if not ids:
            return []
        with self._read() as session:
            hearings = session.scalars(
                select(m.Hearing)
                .where(m.Hearing.case_id.in_(ids), m.Hearing.date >= start, ~_corrected(m.Hearing))
                .order_by(m.Hearing.date, m.Hearing.case_id, m.Hearing.id)
                .limit(limit)
            ).all()
            return _hearing_rows(session, hearings, today or dt.date.today())

    def followed_case_ids(self) -> set[int]:
        with self._read() as session:
            return set(session.scalars(select(m.Case.id).where(m.Case.followed.is_(True))))

    def hearing_counts(
        self,
        days: Sequence[dt.date],
        court: str | None = None,
        country: str | None = None,
        today: dt.date | None = None,
    ) -> dict[dt.date, int]:
        """How many hearings `upcoming_hearings` lists on each of these days (for the day headings): past
        days count only the hearings still to confirm."""
        today = today or dt.date.today()
        wanted = sorted(set(days))
        if not wanted:
            return {}
        statement = (
            select(m.Hearing.date, func.count())
            .join(m.Case, m.Case.id == m.Hearing.case_id)
            .where(m.Hearing.date.in_(wanted), ~_corrected(m.Hearing))
            .where(or_(m.Hearing.date >= today, m.Hearing.status == "scheduled"))
            .group_by(m.Hearing.date)
        )
        if court:
            statement = statement.where(court_filter(court))
        if country:
            statement = statement.where(m.Case.country == country.upper())
        with self._read() as session:
            return {day: int(count) for day, count in session.execute(statement)}

    def last_rulings_of(self, case_ids: Sequence[int]) -> dict[int, str]:
        """The kind of each case's latest ruling (the followed list's "last ruling")."""
        with self._read() as session:
            return _last_rulings(session, list(case_ids)[:CHUNK])


# --- helpers (all take an open session) ---


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _check_date(date: object) -> None:
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        raise StoreError(f"not a date: {date!r} (use YYYY-MM-DD)")


def _get_case(session: Session, case_id: int) -> m.Case:
    case = session.get(m.Case, case_id)
    if case is None:
        raise StoreError(f"no case #{case_id} in the docket")
    return case


def _check_corrected(
    session: Session, model: type[m.Hearing] | type[m.Ruling], record_id: int, case_id: int, kind: str
) -> None:
    record = session.get(model, record_id)
    if record is None or record.case_id != case_id:
        raise StoreError(f"no {kind} #{record_id} in case #{case_id} to correct")


def _corrected(model: type[m.Hearing] | type[m.Ruling]):  # type: ignore[no-untyped-def]
    """A record some manual record corrects: the correction wins, the original is only history.

    IN over the few corrections, not EXISTS: PostgreSQL would hash every hearing to answer EXISTS.
    """
    correction = aliased(model)
    return model.id.in_(select(correction.corrects_id).where(correction.corrects_id.is_not(None)))


def _shown_status(status: str, date: dt.date, today: dt.date) -> str:
    """A scheduled hearing whose day has passed with no report of it is shown as unconfirmed."""
    return "unconfirmed" if status == "scheduled" and date < today else status


def _status(hearing: m.Hearing, today: dt.date) -> str:
    return _shown_status(hearing.status, hearing.date, today)


def _defendants(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for start in range(0, len(case_ids), 500):
        for case_id, name in session.execute(
            select(m.CaseParty.case_id, m.Party.name)
            .join(m.Party, m.Party.id == m.CaseParty.party_id)
            .where(m.CaseParty.case_id.in_(case_ids[start : start + 500]), m.CaseParty.role == "defendant")
            .order_by(m.CaseParty.id)
        ):
            names.setdefault(case_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def _last_rulings(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    latest: dict[int, tuple[dt.date, int, str]] = {}
    for start in range(0, len(case_ids), 500):
        for case_id, ruling_id, date, kind in session.execute(
            select(m.Ruling.case_id, m.Ruling.id, m.Ruling.date, m.Ruling.kind).where(
                m.Ruling.case_id.in_(case_ids[start : start + 500]), ~_corrected(m.Ruling)
            )
        ):
            key = (date or dt.date.min, ruling_id, kind)
            if case_id not in latest or key > latest[case_id]:
                latest[case_id] = key
    return {case_id: kind for case_id, (_, _, kind) in latest.items()}


def _spelling(session: Session, token: str) -> str | None:
    """How a name key's word is written in a party's name ('houndegnon' -> 'Houndégnon')."""
    names = session.execute(
        select(m.Party.name, m.Party.aliases)
        .join(m.CaseParty, m.CaseParty.party_id == m.Party.id)
        .join(m.CaseNameKey, m.CaseNameKey.case_id == m.CaseParty.case_id)
        .where(m.CaseNameKey.token == token)
        .limit(20)
    )
    for name, aliases in names:
        for spelling in (name, *(aliases or [])):
            for part in spelling.split():
                if fold_words(part) == token:
                    return part.strip(",.;:()")
    return None


def _hearing_rows(session: Session, hearings: Sequence[m.Hearing], today: dt.date) -> list[HearingRow]:
    # In chunks: a database takes only so many parameters in one IN (…).
    return [
        row
        for start in range(0, len(hearings), CHUNK)
        for row in _hearing_rows_chunk(session, hearings[start : start + CHUNK], today)
    ]


def _hearing_rows_chunk(session: Session, hearings: Sequence[m.Hearing], today: dt.date) -> list[HearingRow]:
    case_ids = sorted({h.case_id for h in hearings})
    cases = {c.id: c for c in session.scalars(select(m.Case).where(m.Case.id.in_(case_ids)))}
    defendants = _defendants(session, case_ids)
    last = _last_rulings(session, case_ids)
    return [
        HearingRow(
            hearing_id=h.id,
            case_id=h.case_id,
            date=h.date,
            status=_status(h, today),
            purpose=h.purpose,
            case_title=cases[h.case_id].title,
            court=cases[h.case_id].court or cases[h.case_id].court_abbr,
            country=cases[h.case_id].country,
            defendants=defendants.get(h.case_id, ()),
            last_ruling=last.get(h.case_id),
            origin=h.origin,
        )
        for h in hearings
    ]


def _summaries(session: Session, case_ids: Sequence[int], today: dt.date) -> list[CaseSummary]:
    # In chunks: a database takes only so many parameters in one IN (…).
    return [
        row
        for start in range(0, len(case_ids), CHUNK)
        for row in _summaries_chunk(session, case_ids[start : start + CHUNK], today)
    ]


def _summaries_chunk(session: Session, case_ids: Sequence[int], today: dt.date) -> list[CaseSummary]:
    ids = [i for i in case_ids if i is not None]
    if not ids:
        return []
    cases = {c.id: c for c in session.scalars(select(m.Case).where(m.Case.id.in_(ids)))}
    defendants = _defendants(session, ids)
    next_hearings = dict(
        session.execute(
            select(m.Hearing.case_id, func.min(m.Hearing.date))
            # coalesce() keeps the planner off ix_hearings_status_date, which would walk every scheduled
            # hearing of the docket instead of these cases' few (SQLite has no statistics to know better).
            .where(
                m.Hearing.case_id.in_(ids),
                m.Hearing.date >= today,
                func.coalesce(m.Hearing.status, "") == "scheduled",
            )
            .where(~_corrected(m.Hearing))
            .group_by(m.Hearing.case_id)
        ).all()
    )
    last_reports = dict(
        session.execute(
            select(m.CaseReport.case_id, func.max(m.Article.published))
            .join(m.Article, m.Article.id == m.CaseReport.article_id)
            .where(m.CaseReport.case_id.in_(ids))
            .group_by(m.CaseReport.case_id)
        ).all()
    )
    return [
        CaseSummary(
            case_id=case.id,
            title=case.title,
            court=case.court or case.court_abbr,
            country=case.country,
            defendants=defendants.get(case.id, ()),
            next_hearing=next_hearings.get(case.id),
            last_report=last_reports.get(case.id),
            followed=case.followed,
            follow_note=case.follow_note,
        )
        for case in (cases.get(i) for i in ids)
        if case is not None
    ]


def _first_evidence(session: Session, column: Any, record_ids: Sequence[int]) -> dict[int, EvidenceView]:
    """The first sentence that states each record (the earliest report, the earliest place in it)."""
    found: dict[int, EvidenceView] = {}
    if not record_ids:
        return found
    rows = session.execute(
        select(column, m.Evidence, m.Source.uri, m.Article.title, m.Article.published)
        .join(m.Article, m.Article.id == m.Evidence.article_id)
        .join(m.Source, m.Source.id == m.Evidence.source_id)
        .where(column.in_(list(record_ids)))
        .order_by(m.Evidence.id)
    )
    for record_id, evidence, uri, title, published in rows:
        if record_id in found and (found[record_id].sentence or not evidence.text):
            continue
        found[record_id] = EvidenceView(
            evidence.source_id, uri, title, published, evidence.start, evidence.end, evidence.text
        )
    return found


def _ruling_entries(session: Session, ruling_ids: Sequence[int]) -> list[TimelineEntry]:
    # In chunks: a database takes only so many parameters in one IN (…).
    return [
        row
        for start in range(0, len(ruling_ids), CHUNK)
        for row in _ruling_entries_chunk(session, ruling_ids[start : start + CHUNK])
    ]


def _ruling_entries_chunk(session: Session, ruling_ids: Sequence[int]) -> list[TimelineEntry]:
    if not ruling_ids:
        return []
    rulings = session.scalars(select(m.Ruling).where(m.Ruling.id.in_(list(ruling_ids)))).all()
    corrected = set(
        session.scalars(select(m.Ruling.corrects_id).where(m.Ruling.corrects_id.in_(list(ruling_ids))))
    )
    evidence = _first_evidence(session, m.Evidence.ruling_id, list(ruling_ids))
    return [
        TimelineEntry(
            kind="ruling",
            record_id=r.id,
            date=r.date,
            date_text=r.date_text,
            label=r.kind,
            detail="; ".join(x for x in (r.sentence, r.summary, r.note) if x) or None,
            party=r.party,
            origin=r.origin,
            recorded_by=r.recorded_by,
            corrects_id=r.corrects_id,
            superseded=r.id in corrected,
            evidence=evidence.get(r.id),
            recorded_at=_aware(r.created_at),
            sentence=r.sentence,
            note=r.note,
            summary=r.summary,
        )
        for r in sorted(rulings, key=lambda r: r.id)
    ]


def _timeline(session: Session, case_id: int, today: dt.date) -> tuple[TimelineEntry, ...]:
    hearings = session.scalars(select(m.Hearing).where(m.Hearing.case_id == case_id)).all()
    hearing_ids = [h.id for h in hearings]
    corrected = set(
        session.scalars(select(m.Hearing.corrects_id).where(m.Hearing.corrects_id.in_(hearing_ids)))
    )
    evidence = _first_evidence(session, m.Evidence.hearing_id, hearing_ids)
    entries = [
        TimelineEntry(
            kind="hearing",
            record_id=h.id,
            date=h.date,
            date_text=h.date_text,
            label=_status(h, today),
            detail=h.purpose,
            party=None,
            origin=h.origin,
            recorded_by=h.recorded_by,
            corrects_id=h.corrects_id,
            superseded=h.id in corrected,
            evidence=evidence.get(h.id),
            recorded_at=_aware(h.created_at),
        )
        for h in hearings
    ]
    ruling_ids = list(session.scalars(select(m.Ruling.id).where(m.Ruling.case_id == case_id)))
    entries += _ruling_entries(session, ruling_ids)
    # Oldest first; undated rulings last; at the same date the hearing comes before what it decided.
    return tuple(
        sorted(
            entries, key=lambda e: (e.date is None, e.date or dt.date.min, e.kind != "hearing", e.record_id)
        )
    )


def _feed_view(feed: m.Feed) -> FeedView:
    return FeedView(
        feed_id=feed.id,
        url=feed.url,
        name=feed.name,
        etag=feed.etag,
        last_modified=feed.last_modified,
        last_polled_at=_aware(feed.last_polled_at),
        last_success_at=_aware(feed.last_success_at),
        last_new_item_at=_aware(feed.last_new_item_at),
        last_error=feed.last_error,
        last_error_at=_aware(feed.last_error_at),
        consecutive_failures=feed.consecutive_failures or 0,
        next_poll_after=_aware(feed.next_poll_after),
        allow_private=bool(feed.allow_private),
    )


def _merge_cases(session: Session, keep: m.Case, gone: m.Case) -> None:
    """Move everything of `gone` into `keep`, folding duplicates (their evidence joins the kept record)."""
    for article_id in session.scalars(
        select(m.CaseReport.article_id).where(m.CaseReport.case_id == gone.id)
    ).all():
        if session.get(m.CaseReport, (keep.id, article_id)) is None:
            session.add(m.CaseReport(case_id=keep.id, article_id=article_id))
    session.execute(delete(m.CaseReport).where(m.CaseReport.case_id == gone.id))

    kept_links = {
        (link.party_id, link.role): link
        for link in session.scalars(select(m.CaseParty).where(m.CaseParty.case_id == keep.id))
    }
    for link in session.scalars(select(m.CaseParty).where(m.CaseParty.case_id == gone.id)).all():
        twin = kept_links.get((link.party_id, link.role))
        if twin is None:
            link.case_id = keep.id
        else:
            session.execute(
                update(m.Evidence).where(m.Evidence.case_party_id == link.id).values(case_party_id=twin.id)
            )
            session.delete(link)

    kept_charges = {
        fold_words(c.label): c for c in session.scalars(select(m.Charge).where(m.Charge.case_id == keep.id))
    }
    for charge in session.scalars(select(m.Charge).where(m.Charge.case_id == gone.id)).all():
        twin = kept_charges.get(fold_words(charge.label))
        if twin is None:
            charge.case_id = keep.id
        else:
            session.execute(
                update(m.Evidence).where(m.Evidence.charge_id == charge.id).values(charge_id=twin.id)
            )
            session.delete(charge)

    kept_hearings = {
        h.date: h
        for h in session.scalars(
            select(m.Hearing).where(m.Hearing.case_id == keep.id, m.Hearing.origin == m.PARSED)
        )
    }
    for hearing in session.scalars(select(m.Hearing).where(m.Hearing.case_id == gone.id)).all():
        twin = kept_hearings.get(hearing.date) if hearing.origin == m.PARSED else None
        if twin is None:
            hearing.case_id = keep.id
        else:
            session.execute(
                update(m.Evidence).where(m.Evidence.hearing_id == hearing.id).values(hearing_id=twin.id)
            )
            session.execute(
                update(m.Hearing).where(m.Hearing.corrects_id == hearing.id).values(corrects_id=twin.id)
            )
            session.execute(
                update(m.Hearing).where(m.Hearing.previous_id == hearing.id).values(previous_id=twin.id)
            )
            session.delete(hearing)
    session.execute(update(m.Ruling).where(m.Ruling.case_id == gone.id).values(case_id=keep.id))

    session.execute(update(m.Case).where(m.Case.follows_case_id == gone.id).values(follows_case_id=keep.id))
    if keep.follows_case_id in (None, gone.id):
        keep.follows_case_id = gone.follows_case_id if gone.follows_case_id != keep.id else None
    for attr in ("court", "court_text", "court_abbr", "court_key", "chamber", "country"):
        if getattr(keep, attr) is None:
            setattr(keep, attr, getattr(gone, attr))
    keep.followed = keep.followed or gone.followed
    keep.follow_note = keep.follow_note or gone.follow_note
    keep.tags = sorted({*(keep.tags or []), *(gone.tags or [])})
    session.execute(
        delete(m.DuplicateCandidate).where(
            or_(m.DuplicateCandidate.case_a_id == gone.id, m.DuplicateCandidate.case_b_id == gone.id)
        )
    )
    session.flush()
    session.delete(gone)
    session.flush()
