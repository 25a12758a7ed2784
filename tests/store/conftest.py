"""Fixtures of the store's tests; `db_url` (a real database per test and backend) is in tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from docket.db.store import Store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    """For what only SQLite has (file locking across processes, FTS5)."""
    return f"sqlite:///{tmp_path / 'docket.db'}"
