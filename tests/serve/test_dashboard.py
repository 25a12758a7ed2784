"""The dashboard in a browser (textual-serve) behind the token: 401 without, the page with, and the session
runs `docket tui` as the signed-in user."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest

pytest.importorskip("textual_serve")

from docket.cli.serve_dashboard import COOKIE, Running, command_for, make_server  # noqa: E402
from docket.db import users  # noqa: E402
from docket.db.store import Store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def dashboard(tmp_path) -> Iterator[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    store = Store.open(f"sqlite:///{tmp_path / 'docket.db'}")
    _, token = users.add(store, "ana maria")
    _, reader = users.add(store, "bob", read_only=True)
    port = _free_port()
    running = Running(make_server(store, "127.0.0.1", port))
    try:
        yield f"http://127.0.0.1:{port}", token, reader
    finally:
        running.stop()
        store.close()


def test_the_dashboard_page_needs_a_token_and_remembers_it_in_a_cookie(dashboard) -> None:
    base, token, reader = dashboard
    with httpx.Client(base_url=base) as client:
        assert client.get("/").status_code == 401
        assert client.get("/?token=nope").status_code == 401
        assert client.get("/ws").status_code == 401
        assert client.get("/static/js/textual.js").status_code == 401
        assert client.get(f"/?token={reader}").status_code == 403
        page = client.get(f"/?token={token}")
        assert page.status_code == 200 and "ws://" in page.text
        assert client.cookies.get(COOKIE) == token
        # The cookie lets the page's own requests through.
        assert client.get("/").status_code == 200


def test_each_session_runs_the_dashboard_as_its_user() -> None:
    user = users.UserView(1, "ana maria", False, None)  # type: ignore[arg-type]
    assert command_for(user).endswith("-m docket tui --user 'ana maria'")
