"""Fetching news feeds and article pages over HTTP, and reading them into plain items.

No database here: the monitor (`docket.monitor.poll`) decides what is new and what goes into the docket. This
module only talks HTTP (httpx: timeouts, a User-Agent, conditional requests, a redirect limit, a size
cap and an overall deadline per request), parses RSS/Atom with feedparser, turns item HTML into text and,
for items that carry only a teaser, extracts the article from its page with trafilatura.
"""

from __future__ import annotations

import calendar
import datetime as dt
import ipaddress
import re
import socket
import threading
import time
import urllib.request
from dataclasses import dataclass
from email.message import Message
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from importlib import metadata

import feedparser
import httpcore
import httpx
import trafilatura

from docket.clock import utcnow
from docket.decode import decode_page

DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
MAX_PER_HOST = 8
MAX_FEED_BYTES = 10 * 1024 * 1024
MAX_PAGE_BYTES = 5 * 1024 * 1024
# Fewer words than this and an item is only a teaser: its article is fetched from its page.
TEASER_MAX_WORDS = 100


def _user_agent() -> str:
    try:
        version = metadata.version("docket")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"Docket/{version} (court-docket feed reader)"


class FetchError(Exception):
    """Why a feed or a page could not be fetched, in words fit for `docket feeds list`."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s  # the server's Retry-After, for a 429 or 503


class PrivateAddressRefused(Exception):
    """A connection to a private, loopback, link-local or otherwise non-public address was refused."""

    def __init__(self, host: str, address: str) -> None:
        shown = host if host == address else f"{host} ({address})"
        super().__init__(
            f"refused to connect to {shown}: not a public address "
            "(add the feed with --allow-private to allow it)"
        )
        self.host = host
        self.address = address


def is_public_address(address: str) -> bool:
    """Whether an IP address is a public (globally routed) one: not private, loopback, link-local,
    unique-local, multicast, reserved or unspecified; an IPv4 address mapped into IPv6 is judged as IPv4."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _public_addresses(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, each checked; raises PrivateAddressRefused if one is not public
    (a name that resolves to a public and a private address is refused: the next lookup may pick either)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        if not is_public_address(address):
            raise PrivateAddressRefused(host, address)
    return addresses


class _PublicOnlyBackend(httpcore.SyncBackend):
    """httpcore's network backend, resolving names itself and connecting only to the public addresses it
    checked (so a name cannot resolve to a public address for the check and a private one for the
    connection). TLS still verifies and sends the host name: httpcore takes it from the URL, not from here."""

    def connect_tcp(  # type: ignore[override]
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options=None,  # type: ignore[no-untyped-def]
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in _public_addresses(host, port):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")


def _check_request_target(request: httpx.Request) -> None:
    """Behind a proxy the connection goes to the proxy: the target's own addresses are checked here."""
    _public_addresses(request.url.host, request.url.port or (443 if request.url.scheme == "https" else 80))


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str | None  # the item's link: what deduplication and the source's URI use
    guid: str | None
    title: str
    published: dt.date | None
    text: str  # the item's body as plain text (the teaser, for a teaser)
    is_teaser: bool


@dataclass(frozen=True, slots=True)
class FeedFetch:
    """One feed fetch. `not_modified` is a 304: the feed is unchanged since the saved validators."""

    status: str  # ok / not_modified
    items: tuple[FeedItem, ...]
    etag: str | None
    last_modified: str | None
    warning: str | None = None  # a feed that parsed only leniently


@dataclass(frozen=True, slots=True)
class Page:
    title: str | None
    text: str


@dataclass(frozen=True, slots=True)
class _Response:
    url: str
    status_code: int
    headers: httpx.Headers
    content: bytes


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


class Fetcher:
    """One HTTP client shared by every worker thread of a poll (httpx.Client is thread-safe)."""

    def __init__(
        self,
        timeout: float = DEFAULT_TIMEOUT,
        max_connections: int = 32,
        max_per_host: int = MAX_PER_HOST,
        max_feed_bytes: int = MAX_FEED_BYTES,
    ) -> None:
        self.timeout = timeout
        self.max_feed_bytes = max_feed_bytes
        self._max_connections = max_connections
        # Two clients: one that connects to public addresses only (every feed's default), and one for the
        # feeds added with --allow-private (a feed on this machine or the team's network).
        self._clients: dict[bool, httpx.Client] = {}
        self._clients_lock = threading.Lock()
        self._max_per_host = max_per_host
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}
        self._host_slots_lock = threading.Lock()

    def _client(self, allow_private: bool) -> httpx.Client:
        with self._clients_lock:
            client = self._clients.get(allow_private)
            if client is None:
                client = self._clients[allow_private] = self._make_client(allow_private)
            return client

    def _make_client(self, allow_private: bool) -> httpx.Client:
        limits = httpx.Limits(
            max_connections=self._max_connections, max_keepalive_connections=self._max_connections
        )
        if allow_private:
            # The user's proxy settings (HTTP_PROXY…) apply to real feeds, never to a feed on this machine.
            mounts: dict[str, httpx.BaseTransport | None] = {
                f"all://{host}": None for host in ("127.0.0.1", "localhost", "[::1]")
            }
            hooks: dict[str, list] = {}
            transport = None
        else:
            transport = httpx.HTTPTransport(limits=limits)
            pool = transport._pool  # httpx offers no other way to choose httpcore's network backend
            if not hasattr(pool, "_network_backend"):
                raise RuntimeError("this httpcore version cannot be guarded against private addresses")
            pool._network_backend = _PublicOnlyBackend()
            mounts = {}
            proxied = any(key in ("http", "https", "all") for key in urllib.request.getproxies())
            hooks = {"request": [_check_request_target]} if proxied else {}
        return httpx.Client(
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": _user_agent()},
            limits=limits,
            transport=transport,
            mounts=mounts,
            event_hooks=hooks,
        )

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        """A site is sent at most `max_per_host` requests at once, however many of its pages a poll wants."""
        try:
            host = httpx.URL(url).host
        except httpx.InvalidURL:
            host = ""
        with self._host_slots_lock:
            return self._host_slots.setdefault(host, threading.BoundedSemaphore(self._max_per_host))

    def close(self) -> None:
        with self._clients_lock:
            for client in self._clients.values():
                client.close()
            self._clients.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get(self, url: str, headers: dict[str, str], max_bytes: int, allow_private: bool) -> _Response:
        # httpx's timeouts bound each read; a server that drips bytes forever is cut by this deadline.
        client = self._client(allow_private)
        try:
            with self._host_slot(url), client.stream("GET", url, headers=headers) as response:
                deadline = time.monotonic() + 3 * self.timeout
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"response larger than {_megabytes(max_bytes)}")
                    if time.monotonic() > deadline:
                        raise FetchError(f"download took longer than {3 * self.timeout:g} s")
                    chunks.append(chunk)
                return _Response(str(response.url), response.status_code, response.headers, b"".join(chunks))
        except PrivateAddressRefused as exc:
            raise FetchError(f"{url}: {exc}") from None
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects (a redirect loop?)") from None
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.timeout:g} s ({type(exc).__name__})") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}") from None
        except httpx.UnsupportedProtocol:
            raise FetchError("not an http(s) URL") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from None

    def fetch_feed(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_private: bool = False,
    ) -> FeedFetch:
        """Fetch and parse one feed, conditionally when validators are given. Raises FetchError.

        Unless `allow_private`, only public addresses are connected to (after DNS and at every redirect)."""
        headers: dict[str, str] = {
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            response = self._get(url, headers, self.max_feed_bytes, allow_private)
        except FetchError as exc:
            if str(exc).startswith("response larger than"):
                raise FetchError(f"{exc} (a larger feed is read with --max-feed-size)") from None
            raise
        if response.status_code == 304:
            return FeedFetch("not_modified", (), etag, last_modified)
        _raise_for_status(response)
        items, warning = parse_feed(response.content, response.headers.get("content-type"), response.url)
        return FeedFetch(
            "ok",
            items,
            response.headers.get("etag"),
            response.headers.get("last-modified"),
            warning,
        )

    def fetch_page(self, url: str, allow_private: bool = False) -> Page:
        """Fetch an article page and extract its text. Raises FetchError (also when no text is found)."""
        response = self._get(
            url,
            {"Accept": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"},
            MAX_PAGE_BYTES,
            allow_private,
        )
        _raise_for_status(response)
        html = decode_html(response.content, response.headers.get("content-type"), url)
        text = trafilatura.extract(html, url=response.url, include_comments=False, favor_recall=True)
        if not text or not text.strip():
            raise FetchError("no article text found in the page")
        metadata_ = trafilatura.extract_metadata(html)
        title = metadata_.title if metadata_ is not None else None
        return Page(title, text.strip())


def _raise_for_status(response: _Response) -> None:
    if response.status_code >= 400:
        try:
            reason = httpx.codes(response.status_code).phrase
        except ValueError:
            reason = ""
        retry_after = _retry_after_s(response.headers.get("retry-after"))
        raise FetchError(f"HTTP {response.status_code} {reason}".rstrip(), retry_after)
    if response.status_code >= 300:
        raise FetchError(f"HTTP {response.status_code} without a usable redirect")


def _retry_after_s(value: str | None) -> float | None:
    """Retry-After as seconds from now: either a number of seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return max(0.0, (moment - utcnow()).total_seconds())


def _charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None


def decode_html(data: bytes, content_type: str | None, url: str = "page") -> str:
    """Decode a page through the parser's decoder: the HTTP charset first, then the report rule."""
    return decode_page(data, url, _charset_from_content_type(content_type))


# --- feeds -----------------------------------------------------------------------------------------

# WordPress appends "L'article X est apparu en premier sur Y." / "The post X appeared first on Y." to
# every item: boilerplate, not report text.
_WORDPRESS_FOOTER = re.compile(
    r"\s*(?:L[’']article\s.{0,400}?\sest apparu en premier sur"
    r"|The post\s.{0,400}?\sappeared first on)\s.{0,200}$",
    re.IGNORECASE | re.DOTALL,
)
_TRUNCATED_END = re.compile(
    r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\[&#8230;\]|lire la suite|read more|continue reading|en savoir plus)\W*$",
    re.IGNORECASE,
)


def parse_feed(data: bytes, content_type: str | None, url: str) -> tuple[tuple[FeedItem, ...], str | None]:
    """Items of an RSS or Atom document, and a warning when it parsed only leniently. Raises FetchError."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # Neither sanitized nor with links resolved inside the HTML (a third of feedparser's time): only the
    # text is kept (html_to_text, which drops scripts and styles itself) and shown as plain text.
    parsed = feedparser.parse(
        data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    items = tuple(item for item in (_item(entry) for entry in parsed.entries) if item is not None)
    if not items and not parsed.version:
        # A web page or anything else that never opened an <rss> or <feed>: likely the site's address.
        shown = (content_type or "no content type").split(";")[0]
        raise FetchError(f"not an RSS or Atom feed ({shown})")
    if not items and parsed.bozo:
        raise FetchError(f"malformed feed: {parsed.get('bozo_exception') or 'unreadable XML'}")
    warning = f"feed parsed leniently: {parsed.get('bozo_exception')}" if parsed.bozo else None
    return items, warning


def _item(entry: feedparser.FeedParserDict) -> FeedItem | None:
    link = entry.get("link") or None
    guid = entry.get("id") or None
    contents = entry.get("content") or []
    full_html = max((c.get("value", "") for c in contents), key=len, default="")
    text = html_to_text(full_html or entry.get("summary", ""))
    body = _WORDPRESS_FOOTER.sub("", text).strip()
    if not (link or guid or body):
        return None
    # An excerpt says so ("[…]", "Lire la suite", the WordPress footer) or is too short to be a report;
    # a long content:encoded is the article itself even with the footer.
    excerpt = bool(_TRUNCATED_END.search(body)) or body != text.strip()
    short = len(body.split()) < TEASER_MAX_WORDS
    fetchable = bool(link) and link.startswith(("http://", "https://"))
    return FeedItem(
        url=link,
        guid=guid,
        title=html_to_text(entry.get("title", "")).strip(),
        published=_entry_date(entry),
        text=body,
        is_teaser=fetchable and (short or (excerpt and not full_html)),
    )


def _entry_date(entry: feedparser.FeedParserDict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date()
    return None


_BLOCK_TAGS = frozenset(
    (
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer figure hr"
    ).split()
)
_SKIPPED_TAGS = frozenset(("script", "style", "noscript", "template", "applet"))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an item's HTML, one paragraph per block. (trafilatura is for whole pages: on a feed
    item's few paragraphs it finds no "main content" and returns nothing.)"""
    if "<" not in fragment:
        return _tidy(unescape(fragment))
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _tidy("".join(collector.parts))


def _tidy(text: str) -> str:
    paragraphs = (" ".join(block.split()) for block in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
