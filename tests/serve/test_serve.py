"""`docket serve` over a real loopback socket: tokens, calendars with conditional requests, the JSON API."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import bamako_murder_report, report  # noqa: E402

from docket.cli import jsonview, main  # noqa: E402
from docket.cli.serve import make_server  # noqa: E402
from docket.db import users  # noqa: E402
from docket.db.store import Store  # noqa: E402

ROUTES = (
    "/",
    "/calendar.ics",
    "/calendar.ics?from=2025-10-01&court=CRIET",
    "/calendar/case/1.ics",
    "/api/hearings?from=2025-10-01",
    "/api/cases",
    "/api/cases/1",
    "/api/search?q=Houndegnon",
    "/api/schema/case.json",
    "/nowhere",
)


@pytest.fixture
def served(db_url: str) -> Iterator[tuple[Store, str, str, str]]:
    store = Store.open(db_url)
    store.ingest_parsed(report("r1.txt", held=("2025-10-06",), next_hearing="2025-10-20"))
    store.ingest_parsed(bamako_murder_report())
    _, token = users.add(store, "ana")
    _, reader = users.add(store, "bob", read_only=True)
    server = make_server(store, version_ttl=0, token_ttl=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield store, f"http://{host}:{port}", token, reader
    finally:
        server.shutdown()
        server.server_close()
        store.close()


def test_every_route_needs_a_valid_token(served) -> None:
    _, base, token, reader = served
    with httpx.Client(base_url=base) as client:
        for route in ROUTES:
            assert client.get(route).status_code == 401, route
            assert client.get(route, headers={"Authorization": "Bearer nope"}).status_code == 401, route
            answer = client.get(route, headers={"Authorization": f"Bearer {token}"})
            assert answer.status_code == (404 if route == "/nowhere" else 200), route
            link = route + ("&" if "?" in route else "?") + f"token={reader}"
            assert client.get(link).status_code == (404 if route == "/nowhere" else 200), route
        assert client.get("/calendar.ics").headers["WWW-Authenticate"].startswith("Bearer")


def test_a_calendar_poll_costs_nothing_when_nothing_changed(served) -> None:
    store, base, token, _ = served
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=auth) as client:
        first = client.get("/calendar.ics")
        assert first.status_code == 200 and first.headers["content-type"].startswith("text/calendar")
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert first.text.count("BEGIN:VEVENT") == 3
        again = client.get("/calendar.ics", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == etag
        assert client.get("/calendar.ics", headers={"If-Modified-Since": modified}).status_code == 304
        # A write that changes no hearing (a feed added) leaves the calendar as it was.
        store.add_feed("https://example.org/feed.xml")
        assert client.get("/calendar.ics", headers={"If-None-Match": etag}).status_code == 304
        # A hearing recorded: a new calendar.
        case_id = store.calendar_events(_all())[0].case_id
        store.record_hearing(case_id, dt.date(2025, 12, 1), user="ana")
        changed = client.get("/calendar.ics", headers={"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["ETag"] != etag
        assert changed.text.count("BEGIN:VEVENT") == 4
        # The export's filters as parameters, and a case's own calendar.
        assert client.get("/calendar.ics?country=ML").text.count("BEGIN:VEVENT") == 1
        assert client.get("/calendar.ics?from=2025-10-07&to=2025-11-30").text.count("BEGIN:VEVENT") == 2
        assert client.get("/calendar.ics?followed=1").text.count("BEGIN:VEVENT") == 0
        assert client.get(f"/calendar/case/{case_id}.ics").text.count("BEGIN:VEVENT") == 3
        assert client.get("/calendar/case/999.ics").status_code == 404
        assert client.get("/calendar.ics?from=soon").status_code == 400


def _all():  # type: ignore[no-untyped-def]
    from docket.db.calendar import CalendarFilter

    return CalendarFilter()


def test_the_json_api_follows_its_schemas(served) -> None:
    store, base, token, _ = served
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        hearings = client.get("/api/hearings?from=2025-10-07").json()
        jsonschema.validate(hearings, jsonview.schema("hearings"))
        assert [h["date"] for h in hearings] == ["2025-10-20", "2025-11-03"]
        cases = client.get("/api/cases").json()
        jsonschema.validate(cases, jsonview.schema("cases"))
        case_id = hearings[0]["case_id"]
        detail = client.get(f"/api/cases/{case_id}").json()
        jsonschema.validate(detail, jsonview.schema("case"))
        assert any(entry["evidence"] for entry in detail["timeline"])
        hits = client.get("/api/search", params={"q": "party:Sangare"}).json()
        jsonschema.validate(hits, jsonview.schema("search"))
        assert hits and hits[0]["case_title"]
        assert client.get("/api/search?q=").status_code == 400
        assert client.get("/api/cases/999").status_code == 404
        assert client.get("/api/schema/hearings.json").json() == jsonview.schema("hearings")


def test_users_command_shows_a_token_once_and_remove_locks_out(db_url: str, capsys, tmp_path) -> None:
    assert main(["users", "add", "carla", "--db", db_url]) == 0
    captured = capsys.readouterr()
    token = captured.out.strip()
    assert len(token) >= 40 and token not in captured.err
    assert main(["users", "add", "carla", "--db", db_url]) == 1
    assert "already" in capsys.readouterr().err
    assert main(["users", "add", "dan", "--read-only", "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", db_url]) == 0
    listing = capsys.readouterr().out
    assert "carla  read-write" in listing and "dan  read-only" in listing and token not in listing
    with Store.open(db_url) as store:
        assert users.by_token(store, token).name == "carla"  # type: ignore[union-attr]
        # Only the hash is stored.
        from sqlalchemy import text

        with store._read() as session:
            stored = session.execute(text("SELECT token_hash FROM users")).scalars().all()
        assert token not in stored and users.token_hash(token) in stored
    assert main(["users", "remove", "carla", "--db", db_url]) == 0
    assert main(["users", "remove", "carla", "--db", db_url]) == 1
    with Store.open(db_url) as store:
        assert users.by_token(store, token) is None


def test_a_poll_during_a_rebuild_gets_the_calendar_as_it_was() -> None:
    from docket.cli.serve import Docket
    from docket.db.calendar import CalendarFilter

    class SlowStore:
        version = 1
        started, release = threading.Event(), threading.Event()
        builds = 0

        def data_version(self) -> int:
            return self.version

        def calendar_events(self, selection: CalendarFilter) -> list:  # type: ignore[type-arg]
            self.builds += 1
            if self.builds == 2:
                self.started.set()
                assert self.release.wait(10)
            return []

    store = SlowStore()
    docket = Docket(store, version_ttl=0)  # type: ignore[arg-type]
    first = docket.calendar(CalendarFilter(), "Docket")
    store.version = 2
    rebuild = threading.Thread(target=docket.calendar, args=(CalendarFilter(), "Docket"))
    rebuild.start()
    assert store.started.wait(10)
    assert docket.calendar(CalendarFilter(), "Docket") is first  # no wait for the rebuild
    store.release.set()
    rebuild.join(10)
    again = docket.calendar(CalendarFilter(), "Docket")
    assert again.version == 2 and again.etag == first.etag and store.builds == 2


def test_a_calendar_app_that_accepts_gzip_gets_it_with_its_own_tag(served) -> None:
    import gzip

    store, base, token, _ = served
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=auth) as client:
        plain = client.get("/calendar.ics", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.headers["vary"] == "Accept-Encoding"
        zipped = client.build_request("GET", "/calendar.ics", headers={"Accept-Encoding": "gzip"})
        answer = client.send(zipped, stream=True)
        raw = b"".join(answer.iter_raw())
        assert answer.headers["content-encoding"] == "gzip" and gzip.decompress(raw) == plain.content
        assert answer.headers["etag"] != plain.headers["etag"]
        # Either tag means "the calendar I have is current", whichever representation it came as.
        for tag in (answer.headers["etag"], plain.headers["etag"]):
            again = client.get("/calendar.ics", headers={"If-None-Match": tag, "Accept-Encoding": "gzip"})
            assert again.status_code == 304
        refused = client.get("/calendar.ics", headers={"Accept-Encoding": "gzip;q=0, identity"})
        assert "content-encoding" not in refused.headers


def test_built_calendars_are_kept_under_a_memory_bound(monkeypatch) -> None:
    from docket.cli import serve
    from docket.db.calendar import CalendarFilter

    class BigStore:
        def data_version(self) -> int:
            return 1

        def calendar_events(self, selection: CalendarFilter) -> list:  # type: ignore[type-arg]
            return []

    monkeypatch.setattr(serve, "CACHE_BYTES", 1000)
    docket = serve.Docket(BigStore(), version_ttl=0)  # type: ignore[arg-type]
    monkeypatch.setattr(serve, "export_ics", lambda items, name: name.encode() * 100)
    for name in ("aaaa", "bbbb", "cccc", "dddd"):  # 400 bytes each
        docket.calendar(CalendarFilter(), name)
    assert [key.rsplit("|", 1)[1] for key in docket._calendars] == ["cccc", "dddd"]
