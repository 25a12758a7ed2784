"""Engines and schema upgrades: where the docket lives and how an older database is brought up to date."""

from __future__ import annotations

import re
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


def default_url() -> str:
    path = Path(user_data_dir("docket", appauthor=False)) / "docket.db"
    return f"sqlite:///{path}"


def shown_url(url: str) -> str:
    """The URL for messages: a team server's password never reaches the screen."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BadDatabaseURL(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "postgresql":
        return _postgres_engine(parsed)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
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
    if current is not None and current not in {script.revision for script in scripts.walk_revisions()}:
        raise SchemaTooNew(
            f"the docket at {shown_url(url)} was written by a newer version of docket (schema {current}): "
            "upgrade docket"
        )
    upgrade(url)
