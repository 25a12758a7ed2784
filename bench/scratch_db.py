"""Throw-away databases for the benchmarks: a SQLite file in the work folder, or a database of its own on
the server named by `--db` (created for the run, dropped after; that URL's user needs CREATEDB)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def scratch_database(server_url: str | None, workdir: Path, name: str) -> Iterator[str]:
    if server_url is None or make_url(server_url).get_backend_name() == "sqlite":
        yield f"sqlite:///{workdir / f'{name}.db'}"
        return
    server = make_url(server_url)
    database = f"docket_bench_{name}_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{database}"'))
        try:
            yield server.set(database=database).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    finally:
        admin.dispose()


def analyze(url: str) -> None:
    """After a bulk load on PostgreSQL, as autovacuum would a little later: the planner needs statistics."""
    if make_url(url).get_backend_name() != "postgresql":
        return
    from docket.db.models import Base

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                connection.execute(text(f'ANALYZE "{table.name}"'))
    finally:
        engine.dispose()
