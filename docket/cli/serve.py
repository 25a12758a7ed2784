"""`docket serve`: the docket over HTTP for a team — calendars to subscribe to, a read-only JSON API, and
the dashboard in a browser — every route behind a user's token.

The calendar and the API are a standard-library threading server. A calendar is built once per docket
version and filter: a poll of an unchanged calendar costs a version check and answers 304 to
If-None-Match / If-Modified-Since. The dashboard (textual-serve, when installed) runs `docket tui` per
browser session as the signed-in user, so what they record carries their name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import gzip
import hashlib
import json
import re
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from docket.clock import days_after
from docket.db import users
from docket.db.calendar import CalendarFilter, export_ics
from docket.db.store import Store, StoreError

from . import jsonview
from .exit_codes import EXIT_FAILED, EXIT_OK

VERSION_TTL = 1.0  # seconds a docket version is trusted before it is read again
TOKEN_TTL = 5.0  # seconds a token's user is remembered (a removed user is out within this)
MAX_LIST = 1000
CACHE_BYTES = 512 * 1024 * 1024  # built calendars kept, all filters together; the oldest built go first
CACHE_CALENDARS = 500


class HTTPError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class _Calendar:
    version: int
    body: bytes
    etag: str
    last_modified: dt.datetime
    _gzipped: bytes | None = None

    @property
    def gzip_etag(self) -> str:
        return self.etag[:-1] + '-gzip"'  # another representation, another tag

    def gzipped(self) -> bytes:
        """The body gzipped, made at the first request that accepts it (a 56 MB calendar becomes ~5)."""
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        return self._gzipped

    @property
    def size(self) -> int:
        return len(self.body) + len(self._gzipped or b"")


class Docket:
    """What the handlers share: the store, the users' tokens and the built calendars."""

    def __init__(self, store: Store, version_ttl: float = VERSION_TTL, token_ttl: float = TOKEN_TTL) -> None:
        self.store = store
        self.version_ttl = version_ttl
        self.token_ttl = token_ttl
        self._lock = threading.Lock()
        self._version = (0.0, 0)
        self._tokens: dict[str, tuple[float, users.UserView | None]] = {}
        self._calendars: dict[str, _Calendar] = {}  # oldest built first
        self._building: dict[str, threading.Lock] = {}

    def user(self, token: str) -> users.UserView | None:
        now = time.monotonic()
        cached = self._tokens.get(token)
        if cached is not None and now - cached[0] < self.token_ttl:
            return cached[1]
        user = users.by_token(self.store, token)
        if len(self._tokens) > 10_000:
            self._tokens.clear()
        self._tokens[token] = (now, user)
        return user

    def version(self) -> int:
        checked, version = self._version
        now = time.monotonic()
        if now - checked < self.version_ttl:
            return version
        version = self.store.data_version()
        self._version = (now, version)
        return version

    def calendar(self, selection: CalendarFilter, name: str) -> _Calendar:
        key = selection.key() + "|" + name
        version = self.version()
        cached = self._calendars.get(key)
        if cached is not None and cached.version == version:
            return cached
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        # One build per calendar at a time. While one runs, a poll gets the calendar as it was (if there
        # is one) rather than waiting: calendar apps poll every few minutes and see the change at the next.
        if not building.acquire(blocking=cached is None):
            return cached  # type: ignore[return-value]
        try:
            cached = self._calendars.get(key)
            if cached is not None and cached.version == version:
                return cached
            items = self.store.calendar_events(selection)
            body = export_ics(items, name=name)
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            if cached is not None and cached.etag == etag:
                modified = cached.last_modified  # another write, the same calendar
            else:
                newest = max((i.modified_at for i in items), default=None)
                modified = newest.replace(tzinfo=dt.UTC) if newest else dt.datetime.now(dt.UTC)
                if cached is not None:
                    modified = max(modified, dt.datetime.now(dt.UTC).replace(microsecond=0))
            built = _Calendar(version, body, etag, modified.replace(microsecond=0))
            with self._lock:
                self._calendars.pop(key, None)
                self._calendars[key] = built
                self._evict()
            return built
        finally:
            building.release()

    def _evict(self) -> None:
        """Keep the built calendars under CACHE_BYTES and CACHE_CALENDARS (the newest always stays)."""
        total = sum(c.size for c in self._calendars.values())
        while len(self._calendars) > 1 and (total > CACHE_BYTES or len(self._calendars) > CACHE_CALENDARS):
            key = next(iter(self._calendars))
            total -= self._calendars.pop(key).size
            building = self._building.get(key)
            if building is not None and not building.locked():
                del self._building[key]


def _date(query: dict[str, list[str]], name: str) -> dt.date | None:
    value = _one(query, name)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"{name}: not a date: {value!r} (use YYYY-MM-DD)") from None


def _int(query: dict[str, list[str]], name: str, default: int | None = None) -> int | None:
    value = _one(query, name)
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"{name}: not a whole number: {value!r}") from None
    if number < 0:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"{name}: must be 0 or more")
    return number


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _flag(query: dict[str, list[str]], name: str) -> bool:
    return (_one(query, name) or "").lower() in ("1", "true", "yes", "on")


def calendar_filter(query: dict[str, list[str]], case_id: int | None = None) -> CalendarFilter:
    """The export's filters as query parameters: from, to, days, today, followed, court, country, case."""
    start, end = _date(query, "from"), _date(query, "to")
    days = _int(query, "days")
    if days is not None:
        start = start or _date(query, "today") or dt.date.today()
        last = days_after(start, max(days, 1) - 1)
        end = min(end, last) if end else last
    return CalendarFilter(
        start=start,
        end=end,
        followed=_flag(query, "followed"),
        court=_one(query, "court") or None,
        country=_one(query, "country") or None,
        case_id=case_id if case_id is not None else _int(query, "case"),
    )


def _accepts_gzip(header: str) -> bool:
    """Accept-Encoding names gzip (or *) without q=0."""
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


CASE_CALENDAR = re.compile(r"^/calendar/case/(\d+)\.ics$")
CASE_API = re.compile(r"^/api/cases/(\d+)$")
SCHEMA_API = re.compile(r"^/api/schema/(\w+)\.json$")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a calendar app's polls reuse their connection
    server_version = "docket"
    docket: Docket  # set on the subclass the server makes

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if getattr(self.server, "verbose", False):
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def _token(self, query: dict[str, list[str]]) -> str:
        header = self.headers.get("Authorization", "")
        if header[:7].lower() == "bearer ":
            return header[7:].strip()
        return _one(query, "token") or ""

    def _answer(self, head: bool) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        try:
            user = self.docket.user(self._token(query))
            if user is None:
                self._send(
                    HTTPStatus.UNAUTHORIZED,
                    b"a valid token is needed: 'Authorization: Bearer TOKEN' or ?token=TOKEN\n",
                    "text/plain; charset=utf-8",
                    head,
                    {"WWW-Authenticate": 'Bearer realm="docket"'},
                )
                return
            self._route(url.path, query, head)
        except HTTPError as exc:
            self._json_error(exc.status, str(exc), head)
        except StoreError as exc:
            status = HTTPStatus.NOT_FOUND if str(exc).startswith("no ") else HTTPStatus.BAD_REQUEST
            self._json_error(status, str(exc), head)

    def _route(self, path: str, query: dict[str, list[str]], head: bool) -> None:
        store = self.docket.store
        if path == "/calendar.ics":
            return self._calendar(calendar_filter(query), "Docket hearings", head)
        match = CASE_CALENDAR.match(path)
        if match:
            case_id = int(match.group(1))
            detail = store.case_detail(case_id)  # 404 for an unknown case
            return self._calendar(calendar_filter(query, case_id), f"Docket — {detail.title}", head)
        if path == "/api/hearings":
            start = _date(query, "from") or dt.date.today()
            rows = store.upcoming_hearings(
                start,
                days=_int(query, "days"),
                court=_one(query, "court") or None,
                country=_one(query, "country") or None,
                limit=min(_int(query, "limit", MAX_LIST) or MAX_LIST, MAX_LIST),
                offset=_int(query, "offset", 0) or 0,
            )
            return self._json(jsonview.items(rows), head)
        if path == "/api/cases":
            summaries = store.list_cases(
                followed_only=_flag(query, "followed"),
                limit=min(_int(query, "limit", MAX_LIST) or MAX_LIST, MAX_LIST),
                offset=_int(query, "offset", 0) or 0,
            )
            return self._json(jsonview.items(summaries), head)
        match = CASE_API.match(path)
        if match:
            return self._json(jsonview.plain(store.case_detail(int(match.group(1)))), head)
        if path == "/api/search":
            text = (_one(query, "q") or "").strip()
            if not text:
                raise HTTPError(HTTPStatus.BAD_REQUEST, "q: nothing to search for")
            hits = store.search(text, limit=min(_int(query, "limit", 50) or 50, MAX_LIST))
            return self._json(jsonview.items(hits), head)
        match = SCHEMA_API.match(path)
        if match and match.group(1) in jsonview.SCHEMAS:
            return self._json(jsonview.schema(match.group(1)), head)
        if path in ("/", "/api"):
            return self._json(INDEX, head)
        raise HTTPError(HTTPStatus.NOT_FOUND, f"no such route: {path}")

    def _calendar(self, selection: CalendarFilter, name: str, head: bool) -> None:
        built = self.docket.calendar(selection, name)
        zipped = _accepts_gzip(self.headers.get("Accept-Encoding", ""))
        headers = {
            "ETag": built.gzip_etag if zipped else built.etag,
            "Last-Modified": email.utils.format_datetime(built.last_modified, usegmt=True),
            "Cache-Control": "private, no-cache",
            "Vary": "Accept-Encoding",
        }
        if self._not_modified(built):
            self._send(HTTPStatus.NOT_MODIFIED, b"", None, True, headers)
            return
        if zipped:
            headers["Content-Encoding"] = "gzip"
            body = built.gzipped()
            with self.docket._lock:
                self.docket._evict()  # the gzipped body counts too
        else:
            body = built.body
        self._send(HTTPStatus.OK, body, "text/calendar; charset=utf-8", head, headers)

    def _not_modified(self, built: _Calendar) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            tags = {t.strip().removeprefix("W/") for t in match.split(",")}
            return bool({built.etag, built.gzip_etag, "*"} & tags)
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return built.last_modified <= email.utils.parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _json(self, value: Any, head: bool, status: HTTPStatus = HTTPStatus.OK) -> None:
        body = (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8", head)

    def _json_error(self, status: HTTPStatus, message: str, head: bool) -> None:
        self._json({"error": message}, head, status)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        content_type: str | None,
        head: bool,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != HTTPStatus.NOT_MODIFIED:
            self.wfile.write(body)


INDEX = {
    "calendar": ["/calendar.ics", "/calendar/case/{id}.ics"],
    "calendar_parameters": ["from", "to", "days", "today", "followed", "court", "country", "case"],
    "api": {
        "/api/hearings": "hearings (from, days, court, country, limit, offset): /api/schema/hearings.json",
        "/api/cases": "cases (followed, limit, offset): /api/schema/cases.json",
        "/api/cases/{id}": "a case with its timeline and evidence: /api/schema/case.json",
        "/api/search?q=": "search hits (limit): /api/schema/search.json",
    },
    "authentication": "Authorization: Bearer TOKEN, or ?token=TOKEN (docket users add NAME)",
}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], docket: Docket, verbose: bool = False) -> None:
        handler = type("DocketHandler", (Handler,), {"docket": docket})
        super().__init__(address, handler)
        self.verbose = verbose


def make_server(
    store: Store, host: str = "127.0.0.1", port: int = 0, verbose: bool = False, **ttl: float
) -> Server:
    """A server on (host, port) — port 0 picks a free one (server.server_address says which)."""
    return Server((host, port), Docket(store, **ttl), verbose=verbose)


def run(args: argparse.Namespace) -> int:
    try:
        store = Store.open(getattr(args, "db", None))
    except StoreError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_FAILED
    with store:
        if not users.listed(store):
            print(
                "docket: serve: no users yet, so nobody could get in: add one with 'docket users add NAME'",
                file=sys.stderr,
            )
            return EXIT_FAILED
        try:
            server = make_server(store, args.host, args.port, verbose=True)
        except OSError as exc:
            print(f"docket: serve: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
            return EXIT_FAILED
        host, port = server.server_address[:2]
        print(f"calendar and API on http://{host}:{port}/calendar.ics (a token is needed)", file=sys.stderr)
        dashboard = None
        if not args.no_dashboard:
            from . import serve_dashboard

            dashboard = serve_dashboard.start(args, store, port)
        try:
            server.serve_forever()
        finally:
            server.server_close()
            if dashboard is not None:
                dashboard.stop()
    return EXIT_OK
