"""Fixtures every area's tests share.

`db_url` gives each test a real, empty database on each backend: a SQLite file always, and a database of
its own on the PostgreSQL server named by DOCKET_TEST_PG_URL when it is set (`.ci/postgres.sh` starts one).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

BACKENDS = ["sqlite", "postgresql"]


def _postgres_url() -> str:
    base = os.environ.get("DOCKET_TEST_PG_URL")
    if not base:
        pytest.skip("set DOCKET_TEST_PG_URL to run the store tests on PostgreSQL")
    return base


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'docket.db'}"
        return
    # Each test gets its own schema-free database on the server, dropped afterwards.
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(_postgres_url())
    name = f"docket_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
