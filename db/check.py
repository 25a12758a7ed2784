"""`docket db check`: is the docket whole? Its schema version, its database's integrity, its search index.

Each finding is one line; a problem comes with the command that mends it (`docket db upgrade`,
`docket db reindex`), which `--fix` runs for the search index. The check itself writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from . import models as m
from .schema import (
    BadDatabaseURL,
    check_url,
    current_revision,
    head_revision,
    make_engine,
    shown_url,
)
from .store import StoreError, database_reason

REINDEX = "docket db reindex"


@dataclass
class CheckResult:
    lines: list[str] = field(default_factory=list)  # what was found, good or bad
    problems: list[str] = field(default_factory=list)  # the bad, each with what to run
    index_stale: bool = False  # `docket db reindex` would mend it

    def ok(self, line: str) -> None:
        self.lines.append(f"ok: {line}")

    def problem(self, line: str) -> None:
        self.lines.append(f"PROBLEM: {line}")
        self.problems.append(line)


def check_docket(url: str) -> CheckResult:
    """Check the docket at `url` (nothing is created, upgraded or written)."""
    try:
        parsed = check_url(url)
        database = parsed.database or ""
        if parsed.get_backend_name() == "sqlite" and not database.startswith("file:"):
            if not Path(database).expanduser().is_file():
                raise StoreError(f"no docket at {database}: nothing to check")
        engine = make_engine(url)
    except BadDatabaseURL as exc:
        raise StoreError(str(exc)) from None
    result = CheckResult()
    try:
        current = _migration_state(engine, url, result)
        if current:
            with engine.connect() as connection:
                _integrity(connection, result)
                _index_coverage(connection, result)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot check the docket at {shown_url(url)}: {database_reason(exc)}") from None
    finally:
        engine.dispose()
    return result


def _migration_state(engine: Engine, url: str, result: CheckResult) -> bool:
    """Whether the schema is the current one (the other checks read its tables)."""
    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        result.ok(f"schema {revision} (current)")
        return True
    if revision is None:
        if "cases" in inspect(engine).get_table_names():
            result.problem(
                "the docket's tables are there but not the record of their schema version (table "
                "alembic_version): restore the docket from a backup"
            )
        else:
            result.problem(f"no docket at {shown_url(url)} yet: run 'docket db upgrade' to create one")
        return False
    if revision < head:
        result.problem(f"schema {revision}, current is {head}: run 'docket db upgrade'")
    else:
        result.problem(f"schema {revision} is newer than this docket's ({head}): upgrade docket")
    return False


def _integrity(connection: Connection, result: CheckResult) -> None:
    if connection.dialect.name == "sqlite":
        found = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if found == ["ok"]:
            result.ok("database integrity (PRAGMA integrity_check)")
        else:
            result.problem(
                f"the database file is damaged ({'; '.join(found[:3])}): restore it from a backup, or "
                "export what can be read with 'docket export --format json'"
            )
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            tables = sorted({row[0] for row in broken})
            result.problem(
                f"{len(broken)} row(s) point to rows that are gone (in {', '.join(tables)}): restore the "
                "docket from a backup"
            )
        else:
            result.ok("references between records")
    else:
        unchecked = connection.scalar(
            text(
                "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                "WHERE n.nspname = current_schema() AND NOT c.convalidated"
            )
        )
        if unchecked:
            result.problem(f"{unchecked} constraint(s) not validated by the server: restore from a backup")
        else:
            result.ok("references between records (enforced by the server)")


def _index_coverage(connection: Connection, result: CheckResult) -> None:
    cases = connection.scalar(select(func.count()).select_from(m.Case)) or 0
    articles = connection.scalar(select(func.count()).select_from(m.Article)) or 0
    indexed_cases = _count(
        connection, "SELECT count(*) FROM cases WHERE 2 * id IN (SELECT id FROM search_docs)"
    )
    indexed_articles = _count(
        connection, "SELECT count(*) FROM articles WHERE 2 * id + 1 IN (SELECT id FROM search_docs)"
    )
    stale = _count(
        connection,
        "SELECT count(*) FROM search_docs WHERE "
        "(id % 2 = 0 AND id / 2 NOT IN (SELECT id FROM cases)) OR "
        "(id % 2 = 1 AND (id - 1) / 2 NOT IN (SELECT id FROM articles))",
    )
    missing_text = 0
    if connection.dialect.name == "sqlite":
        missing_text = _count(
            connection, "SELECT count(*) FROM search_docs WHERE id NOT IN (SELECT rowid FROM search_fts)"
        ) + _count(
            connection, "SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_docs)"
        )
    coverage = f"{indexed_cases} of {cases} case(s), {indexed_articles} of {articles} report(s)"
    if indexed_cases == cases and indexed_articles == articles and not stale and not missing_text:
        result.ok(f"search index: {coverage}")
        return
    extra = []
    if stale:
        extra.append(f"{stale} entr{'y' if stale == 1 else 'ies'} for records that are gone")
    if missing_text:
        extra.append(f"{missing_text} entr{'y' if missing_text == 1 else 'ies'} without their text")
    result.index_stale = True
    result.problem(
        f"search index: {coverage}"
        + (f"; {', '.join(extra)}" if extra else "")
        + f" (search misses what is not indexed): run '{REINDEX}' or 'docket db check --fix'"
    )


def _count(connection: Connection, sql: str) -> int:
    return int(connection.scalar(text(sql)) or 0)
