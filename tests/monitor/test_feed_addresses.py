"""Feeds reach public addresses only, unless added with --allow-private: checked on the address connected
to, after DNS, at every redirect and for teaser pages; the refusal names the link."""

from __future__ import annotations

import datetime as dt

import pytest
from newsroom import FeedServer, Route, hearing_fr, rss, ruling_fr_teaser_page

from docket.cli import main
from docket.db.store import Store
from docket.monitor import feeds


def _add(db_url: str, url: str, *extra: str) -> None:
    assert main(["feeds", "add", url, "--name", "Feed", "--db", db_url, *extra]) == 0


def _poll(db_url: str) -> int:
    return main(["poll", "--db", db_url, "--timeout", "2"])


def _sources(db_url: str) -> int:
    with Store.open(db_url) as store:
        return len(store.list_cases(limit=1000))


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "224.0.0.1",
        "not an address",
    ],
)
def test_private_loopback_link_local_and_unique_local_addresses_are_not_public(address: str) -> None:
    assert not feeds.is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_are_public(address: str) -> None:
    assert feeds.is_public_address(address)


def test_a_feed_on_a_loopback_address_is_refused_without_allow_private(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.routes["/palais.rss"] = Route(
        rss("Palais", [(hearing_fr(feed_server.base, dt.date.today()), None)])
    )
    url = feed_server.url("/palais.rss")
    _add(db_url, url)
    capsys.readouterr()

    assert _poll(db_url) == 1

    err = capsys.readouterr().err
    assert url in err and "refused to connect to 127.0.0.1" in err and "--allow-private" in err
    assert feed_server.requests == []  # not even one request reached the server
    assert _sources(db_url) == 0


def test_a_name_that_resolves_to_loopback_is_refused_after_dns(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.routes["/palais.rss"] = Route(rss("Palais", []))
    url = feed_server.url("/palais.rss").replace("127.0.0.1", "localhost")
    _add(db_url, url)
    capsys.readouterr()

    assert _poll(db_url) == 1

    err = capsys.readouterr().err
    assert "refused to connect to localhost (" in err and url in err
    assert feed_server.requests == []


@pytest.fixture
def loopback_one_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server on 127.0.0.1 stands for a site on the internet; every other address is judged as
    usual (127.0.0.2 is loopback: the inside of a team's network)."""
    judged = feeds.is_public_address
    monkeypatch.setattr(feeds, "is_public_address", lambda a: a == "127.0.0.1" or judged(a))


def test_a_redirect_to_a_private_address_is_refused_and_named(
    feed_server: FeedServer, db_url: str, loopback_one_is_public: None, capsys: pytest.CaptureFixture[str]
) -> None:
    port = feed_server.base.rsplit(":", 1)[1]
    inside = f"http://127.0.0.2:{port}/admin/feed.xml"
    feed_server.routes["/moved.rss"] = Route(status=302, location=inside)
    _add(db_url, feed_server.url("/moved.rss"))
    capsys.readouterr()

    assert _poll(db_url) == 1

    err = capsys.readouterr().err
    assert "refused to connect to 127.0.0.2" in err
    assert feed_server.hits("/moved.rss") == 1 and feed_server.hits("/admin/feed.xml") == 0


def test_a_teaser_link_to_a_private_address_is_refused_and_named(
    feed_server: FeedServer, db_url: str, loopback_one_is_public: None, capsys: pytest.CaptureFixture[str]
) -> None:
    port = feed_server.base.rsplit(":", 1)[1]
    story, teaser = ruling_fr_teaser_page(f"http://127.0.0.2:{port}")
    feed_server.routes["/palais.rss"] = Route(rss("Palais", [(story, teaser)]))
    _add(db_url, feed_server.url("/palais.rss"))
    capsys.readouterr()

    _poll(db_url)

    err = capsys.readouterr().err
    assert story.url in err and "refused to connect to 127.0.0.2" in err
    assert feed_server.hits("/2025/11/sarr-condamne") == 0
    assert _sources(db_url) == 0


def test_a_feed_added_with_allow_private_reaches_this_machine(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.routes["/palais.rss"] = Route(
        rss("Palais", [(hearing_fr(feed_server.base, dt.date.today()), None)])
    )
    _add(db_url, feed_server.url("/palais.rss"), "--allow-private")

    assert _poll(db_url) == 0
    assert _sources(db_url) == 1
    with Store.open(db_url) as store:
        assert store.list_feeds()[0].allow_private
