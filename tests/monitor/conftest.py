"""Fixtures: the newsroom's HTTP server on 127.0.0.1, and a docket on each backend (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newsroom import FeedServer, start_server

from docket.db.store import Store


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server, httpd = start_server()
    yield server
    server.stopping.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()
