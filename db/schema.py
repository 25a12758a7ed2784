"""Engines and schema upgrades: where the docket lives and how an older database is brought up to date."""

from __future__ import annotations

import os
import re
import weakref
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (a quarter of a second to import) is imported only to upgrade: opening a docket whose schema is
# current reads its revision with one SELECT and compares it with the head named in the migration files.

MIGRATIONS = Path(__file__).with_name("migrations")
IMMEDIATE = "docket_immediate"  # execution option: take SQLite's write lock when the transaction begins
BUSY_TIMEOUT_MS = 60_000
POSTGRES_WRITER_LOCK = 0x646F636B  # an advisory lock key of docket's own ("dock")


class BadDatabaseURL(ValueError):
    pass


class SchemaTooNew(RuntimeError):
    """The database was upgraded by a later docket; this one must not touch it."""


class SchemaUnknown(SchemaTooNew):
    """The docket's tables are there but the record of their schema version is not."""


def default_url() -> str:
    path = Path(user_data_dir("docket", appauthor=False)) / "docket.db"
    return f"sqlite:///{path}"


def shown_url(url: str) -> str:
    """The URL for messages: a team server's password never reaches the screen."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_url(url: str) -> URL:
    """The parsed URL of a docket Docket can keep: SQLite in a file, or PostgreSQL. Raises BadDatabaseURL."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        reason = "its port is not a number" if "int()" in str(exc) else "malformed"
        raise BadDatabaseURL(f"not a database URL: {shown_url_text(url)} ({reason})") from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise BadDatabaseURL(
            f"{backend!r} databases are not supported: use a SQLite file (sqlite:///PATH or a path) "
            "or PostgreSQL (postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME)"
        )
    if backend == "sqlite" and (
        parsed.host or parsed.username is not None or parsed.password is not None or parsed.port
    ):
        # "sqlite://@/0" would open a file named "0" in the current folder: SQLite has no server part
        raise BadDatabaseURL(
            f"{shown_url_text(url)} names a server, which SQLite has none of: give a file (sqlite:///PATH "
            "or a path)"
        )
    if backend == "sqlite" and (not parsed.database or parsed.database == ":memory:"):
        if not (parsed.database or "").startswith("file:"):
            raise BadDatabaseURL(
                f"{shown_url_text(url)} is a database in memory, which keeps nothing: "
                "give a file (sqlite:///PATH or a path)"
            )
    if backend == "postgresql" and not parsed.database:
        raise BadDatabaseURL(f"{shown_url_text(url)} names no database (…/DBNAME at the end)")
    return parsed


def shown_url_text(url: str) -> str:
    """A URL that did not parse, its password (user:password@) hidden all the same."""
    import re

    return repr(re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url))[1:-1]  # control characters escaped


def make_engine(url: str, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    parsed = check_url(url)
    if parsed.get_backend_name() == "postgresql":
        return _postgres_engine(parsed)
    if parsed.database and not parsed.database.startswith("file:"):
        path = Path(parsed.database).expanduser()
        folder = path.parent
        if path.is_file() and folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            return _read_only_engine(path)
        if url == default_url():
            folder.mkdir(parents=True, exist_ok=True)  # only the default location is made on first use
        elif not folder.is_dir():
            # a mistyped --db must not leave folders and an empty docket behind
            raise BadDatabaseURL(
                f"cannot open the docket at {parsed.database}: no folder {folder} (check the path; docket "
                "creates folders only for its default docket)"
            )
    # Connections are pooled (each transaction still sees the latest commits of other processes: a WAL
    # snapshot lasts one transaction); a short-lived engine, like the migration's, needs no pool.
    engine = create_engine(
        parsed,
        poolclass=None if pooled else NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control from the driver, so writers can BEGIN IMMEDIATE (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        # A deferred transaction that reads then writes cannot wait for the lock ("database is locked"
        # at once, whatever the busy timeout); an immediate one queues for it up front.
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


# Engines of dockets opened read-only because SQLite could not keep its journal beside them.
_READ_ONLY: weakref.WeakSet[Engine] = weakref.WeakSet()


def read_only_folder(engine: Engine) -> Path | None:
    """The folder that made the docket read-only (not writable), or None for a docket that can be written."""
    return getattr(engine, "_docket_read_only_folder", None) if engine in _READ_ONLY else None


def _read_only_engine(path: Path) -> Engine:
    """A docket in a folder this user cannot write: SQLite keeps its journal (-wal, -shm) beside the file, so
    it cannot even read there unless told the file is read-only and will not change under it (immutable).
    A docket with a write-ahead log still pending is opened read-only without that promise (SQLite reads
    the log then, where it can)."""
    import sqlite3
    from urllib.parse import quote

    pending = path.with_name(path.name + "-wal")
    immutable = not (pending.exists() and pending.stat().st_size > 0)
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")

    engine._docket_read_only_folder = path.parent  # type: ignore[attr-defined]
    _READ_ONLY.add(engine)
    return engine


def _postgres_engine(url: URL) -> Engine:
    # The docket's indexes are small enough to stay cached: with the default cost of a random read (4, for
    # spinning disks) the planner scans all cases for one court's week of hearings instead of 200 lookups.
    # The dashboard's queries take milliseconds: starting parallel workers would take longer than they do.
    options = "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
    engine = create_engine(url, pool_pre_ping=True, connect_args={"options": options})

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        # As BEGIN IMMEDIATE on SQLite: writers queue for one lock (held until commit or rollback), so one
        # that reads then writes ("is this report new?", "which case is this?") sees every earlier
        # writer's commit, and two processes upgrading the schema at once do it once. Readers never wait.
        if connection.get_execution_options().get(IMMEDIATE, False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({POSTGRES_WRITER_LOCK})")

    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|'([^']*)'|None)""", re.M)


@cache
def known_head() -> str | None:
    """The head revision as the migration files name it (no Alembic): the one no other revises; None
    when the files do not make that plain (then Alembic decides)."""
    revisions, revised = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {m.group(1): m.group(2) or m.group(3) for m in _REVISION.finditer(path.read_text("utf-8"))}
        if found.get("revision"):
            revisions.add(found["revision"])
        if found.get("down_revision"):
            revised.add(found["down_revision"])
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    return versions[0] if len(versions) == 1 else None


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the schema at `url` to `revision`, keeping its data; safe when processes start at once."""
    # Table rebuilds (SQLite batch mode) must not fire ON DELETE CASCADE, so foreign keys are off here.
    engine = make_engine(url, foreign_keys=False, pooled=False)
    try:
        with engine.connect().execution_options(**{IMMEDIATE: True}) as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            from alembic import command

            command.upgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def ensure_current(engine: Engine, url: str, current: str | None = None) -> None:
    current = current or current_revision(engine)
    if current is not None and current == known_head():
        return
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    if current == scripts.get_current_head():
        return
    if current is None and "cases" in inspect(engine).get_table_names():
        raise SchemaUnknown(
            f"the docket at {shown_url(url)} has its tables but no record of their schema version "
            "(table alembic_version is gone): docket will not guess which; restore the docket from a "
            "backup"
        )
    if current is not None and current not in {script.revision for script in scripts.walk_revisions()}:
        raise SchemaTooNew(
            f"the docket at {shown_url(url)} was written by a newer version of docket (schema {current}): "
            "upgrade docket"
        )
    upgrade(url)
