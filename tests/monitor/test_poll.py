"""`docket feeds` and `docket poll` against real feeds served on 127.0.0.1 and a real docket file."""

from __future__ import annotations

import datetime as dt
import json
import shlex
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from newsroom import (
    FeedServer,
    Route,
    Story,
    article_page,
    atom,
    hearing_en,
    hearing_fr,
    hearing_fr_moved,
    rss,
    ruling_fr_teaser_page,
    sport_fr,
)

from docket.cli import main
from docket.db.store import Store
from docket.monitor.changes import SCHEMA as NOTIFY_SCHEMA_FILE
from docket.monitor.pipeline import PARALLEL_FROM as PARALLEL_PARSE_MIN

NOTIFY_SCHEMA = json.loads(NOTIFY_SCHEMA_FILE.read_text(encoding="utf-8"))

TODAY = dt.date.today()
FIRST_HEARING = TODAY + dt.timedelta(days=5)
MOVED_HEARING = TODAY + dt.timedelta(days=40)

BAD_FEEDS = {
    # name: (path, the words its failure must be reported with)
    "Serveur en panne": ("/down.xml", "HTTP 500"),
    "Trop lent": ("/slow.xml", "timed out"),
    "Flux cassé": ("/broken.xml", "malformed feed"),
    "Boucle": ("/loop.xml", "redirects"),
}


@dataclass
class News:
    hearing_fr: Story
    hearing_en: Story
    ruling_teaser: Story
    sport: Story

    @property
    def court_stories(self) -> list[Story]:
        return [self.hearing_fr, self.hearing_en, self.ruling_teaser]


def serve_good_feeds(server: FeedServer) -> News:
    """An RSS feed (full content, a WordPress teaser, a sport story) and an ISO-8859-1 Atom feed that
    repeats one RSS story; the teaser's page is served in windows-1252."""
    ruling, teaser = ruling_fr_teaser_page(server.base)
    news = News(
        hearing_fr(server.base, FIRST_HEARING),
        hearing_en(server.base, TODAY + dt.timedelta(days=20)),
        ruling,
        sport_fr(server.base),
    )
    server.routes["/palais.rss"] = Route(
        rss("Le Palais", [(news.hearing_fr, None), (news.ruling_teaser, teaser), (news.sport, None)])
    )
    server.routes["/courts.atom"] = Route(
        atom("Court news", [news.hearing_en, news.hearing_fr], encoding="iso-8859-1"),
        content_type="application/atom+xml",
    )
    server.routes["/2025/11/sarr-condamne"] = Route(
        article_page(news.ruling_teaser, "windows-1252"), content_type="text/html; charset=windows-1252"
    )
    return news


def serve_bad_feeds(server: FeedServer) -> None:
    server.routes["/down.xml"] = Route(b"<h1>Internal error</h1>", status=500, content_type="text/html")
    server.routes["/slow.xml"] = Route(rss("Lent", []), hang_s=10)
    server.routes["/broken.xml"] = Route(
        b"<rss><channel><title>Broken</title><item><title>Unclosed</item></channel>"
    )
    server.routes["/loop.xml"] = Route(status=302, location="/loop.xml")


def add_feed(db_url: str, url: str, name: str) -> None:
    assert main(["feeds", "add", url, "--name", name, "--allow-private", "--db", db_url]) == 0


def sources_by_uri(db_url: str) -> dict[str, set[int]]:
    store = Store.open(db_url)
    try:
        found: dict[str, set[int]] = defaultdict(set)
        for case in store.list_cases(limit=10_000):
            for source in store.case_detail(case.case_id).sources:
                found[source.source_uri].add(source.source_id)
        return found
    finally:
        store.close()


def poll(db_url: str, *extra: str) -> int:
    return main(["poll", "--db", db_url, "--timeout", "1", *extra])


def test_poll_takes_every_good_item_once_and_reports_each_bad_feed_by_name(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    news = serve_good_feeds(feed_server)
    serve_bad_feeds(feed_server)
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")
    add_feed(db_url, feed_server.url("/courts.atom"), "Court news")
    for name, (path, _) in BAD_FEEDS.items():
        add_feed(db_url, feed_server.url(path), name)
    capsys.readouterr()

    assert poll(db_url) == 1  # some feeds failed; the good ones were still taken in

    err = capsys.readouterr().err
    for name, (_, reason) in BAD_FEEDS.items():
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    sources = sources_by_uri(db_url)
    for story in news.court_stories:
        assert len(sources.get(story.url, ())) == 1, (story.url, dict(sources))
    assert news.sport.url not in sources
    store = Store.open(db_url)
    try:
        assert store.item_seen(news.sport.url, None)  # a non-court item is remembered, not re-read
        (teaser_source,) = sources[news.ruling_teaser.url]
        page_text = store.source_text(teaser_source)
    finally:
        store.close()
    # The article came from its page (the teaser has no word of the confiscation), decoded from cp1252.
    assert "confiscation des biens saisis" in page_text
    assert "réclusion criminelle" in page_text


def test_second_poll_adds_nothing_uses_conditional_requests_and_rests_failing_feeds(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good_feeds(feed_server)
    serve_bad_feeds(feed_server)
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")
    add_feed(db_url, feed_server.url("/courts.atom"), "Court news")
    add_feed(db_url, feed_server.url("/down.xml"), "Serveur en panne")
    poll(db_url)
    before = sources_by_uri(db_url)
    requests_before = len(feed_server.requests)
    capsys.readouterr()

    assert poll(db_url) == 1  # the failing feed still counts as failing while it rests

    out, err = capsys.readouterr()
    assert sources_by_uri(db_url) == before
    assert "Le Palais: unchanged" in out and "Court news: unchanged" in out
    second_round = feed_server.requests[requests_before:]
    assert sorted(path for path, _ in second_round) == ["/courts.atom", "/palais.rss"]
    assert all(headers.get("if-none-match") for _, headers in second_round)
    assert all(headers.get("user-agent", "").startswith("Docket/") for _, headers in second_round)
    assert feed_server.hits("/2025/11/sarr-condamne") == 1
    assert "Serveur en panne" in err and "resting until" in err and "HTTP 500" in err


def test_feeds_list_shows_freshness_errors_and_stale_feeds(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good_feeds(feed_server)
    serve_bad_feeds(feed_server)
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")
    add_feed(db_url, feed_server.url("/courts.atom"), "Court news")
    add_feed(db_url, feed_server.url("/down.xml"), "Serveur en panne")
    poll(db_url)
    store = Store.open(db_url)
    try:
        court_news = next(feed for feed in store.list_feeds() if feed.name == "Court news")
        store.update_feed(
            court_news.feed_id,
            last_success_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=30),
        )
    finally:
        store.close()
    capsys.readouterr()

    assert main(["feeds", "list", "--db", db_url]) == 0

    lines = capsys.readouterr().out.splitlines()
    row = {
        name: next(line for line in lines if name in line)
        for name in ("Le Palais", "Court news", "Serveur en panne")
    }
    assert " ok " in row["Le Palais"] and "s ago" in row["Le Palais"]
    assert "STALE" in row["Court news"]
    assert "FAILING x1" in row["Serveur en panne"] and "never" in row["Serveur en panne"]
    assert any("last error" in line and "HTTP 500" in line for line in lines)
    assert any("more than 24 h" in line for line in lines)


def test_feeds_add_and_remove_refuse_bad_input_with_one_line(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["feeds", "add", "ftp://example.org/feed", "--db", db_url]) == 2
    assert "not an http(s) URL: ftp://example.org/feed" in capsys.readouterr().err
    add_feed(db_url, "http://127.0.0.1:9/feed.xml", "Local")
    assert main(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--db", db_url]) == 1
    assert capsys.readouterr().err.count("\n") == 1  # the store's one-line reason
    assert main(["feeds", "remove", "Nowhere", "--db", db_url]) == 1
    assert "no feed 'Nowhere'" in capsys.readouterr().err
    assert main(["feeds", "remove", "Local", "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--db", db_url]) == 0
    assert "no feeds yet" in capsys.readouterr().out


def test_poll_on_an_unusable_database_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are notes, not a docket", encoding="utf-8")

    assert poll("sqlite:///" + str(not_a_database)) == 1

    err = capsys.readouterr().err
    assert err.startswith("docket: ") and err.count("\n") == 1 and "Traceback" not in err


def _notify_cmd(target: Path) -> str:
    script = f"import sys; open({str(target)!r}, 'w', encoding='utf-8').write(sys.stdin.read())"
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(script)}"


def test_notify_cmd_receives_new_cases_hearings_and_then_a_renvoi(
    feed_server: FeedServer, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = serve_good_feeds(feed_server)
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")
    summary_file = tmp_path / "summary.json"

    assert poll(db_url, "--days", "7", "--notify-cmd", _notify_cmd(summary_file)) == 0

    first = json.loads(summary_file.read_text(encoding="utf-8"))
    jsonschema.validate(first, NOTIFY_SCHEMA)
    assert first["failures"] == []
    assert any("Hounkp" in case["title"] or "Hounkpè" in case["defendants"] for case in first["new_cases"])
    # Adjourned at a hearing the report tells of: a new date, or a renvoi from the day it was heard.
    coming = [row["date"] for row in first["newly_scheduled"]] + [row["to"] for row in first["moved"]]
    assert FIRST_HEARING.isoformat() in coming
    assert {"source": news.hearing_fr.url, "article_title": news.hearing_fr.title} in [
        {"source": ruling["source"], "article_title": ruling["article_title"]}
        for ruling in first["new_rulings"]
    ]
    assert "what's new:" in capsys.readouterr().out

    # The next report moves the hearing: a renvoi.
    _, teaser = ruling_fr_teaser_page(feed_server.base)
    moved = hearing_fr_moved(feed_server.base, MOVED_HEARING)
    feed_server.routes["/palais.rss"] = Route(
        rss(
            "Le Palais",
            [(moved, None), (news.hearing_fr, None), (news.ruling_teaser, teaser), (news.sport, None)],
        )
    )
    summary_file.unlink()

    # (The store reports a renvoi only when its new date falls within --days, hence 60.)
    assert poll(db_url, "--days", "60", "--notify-cmd", _notify_cmd(summary_file)) == 0

    second = json.loads(summary_file.read_text(encoding="utf-8"))
    jsonschema.validate(second, NOTIFY_SCHEMA)
    assert second["new_cases"] == []
    assert {"from": FIRST_HEARING.isoformat(), "to": MOVED_HEARING.isoformat()} in [
        {"from": row["from"], "to": row["to"]} for row in second["moved"]
    ], second


def test_a_failing_notify_command_is_reported_not_fatal(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good_feeds(feed_server)
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")

    assert poll(db_url, "--notify-cmd", "echo 'mail server unreachable' >&2; exit 3") == 0

    assert "notify command exited with 3: mail server unreachable" in capsys.readouterr().err
    assert sources_by_uri(db_url)  # the poll itself went through


def test_poll_without_feeds_says_how_to_add_one(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert poll(db_url) == 0
    assert "docket feeds add" in capsys.readouterr().out


def test_a_teaser_whose_page_fails_is_tried_again_at_the_next_poll(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    news = serve_good_feeds(feed_server)
    page = feed_server.routes.pop("/2025/11/sarr-condamne")
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")

    assert poll(db_url) == 0  # the feed answered; one of its items could not be read yet

    assert "item failed" in capsys.readouterr().err
    assert news.ruling_teaser.url not in sources_by_uri(db_url)
    feed_server.routes["/2025/11/sarr-condamne"] = page

    assert poll(db_url) == 0

    assert len(sources_by_uri(db_url)[news.ruling_teaser.url]) == 1
    # Its validators were not saved after the failed page, so the feed came back in full, not as a 304.
    feed_requests = [headers for path, headers in feed_server.requests if path == "/palais.rss"]
    assert len(feed_requests) == 2 and "if-none-match" not in feed_requests[1]


def test_a_moved_feed_is_followed_through_its_redirect(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    news = serve_good_feeds(feed_server)
    feed_server.routes["/old/feed"] = Route(status=301, location="/palais.rss")
    add_feed(db_url, feed_server.url("/old/feed"), "Ancienne adresse")

    assert poll(db_url) == 0

    assert "Ancienne adresse: 3 items, 3 new" in capsys.readouterr().out
    assert news.hearing_fr.url in sources_by_uri(db_url)


def test_failing_feeds_rest_longer_after_each_failure_and_as_long_as_retry_after_asks(
    feed_server: FeedServer, db_url: str, store: Store
) -> None:
    feed_server.routes["/busy.xml"] = Route(b"busy", status=503, headers={"Retry-After": "7200"})
    feed_server.routes["/down.xml"] = Route(b"down", status=500)
    add_feed(db_url, feed_server.url("/busy.xml"), "Busy")
    add_feed(db_url, feed_server.url("/down.xml"), "Down")
    start = dt.datetime.now(dt.UTC)

    assert poll(db_url) == 1

    rests = {feed.name: feed.next_poll_after - start for feed in store.list_feeds() if feed.next_poll_after}
    assert dt.timedelta(hours=2) - dt.timedelta(minutes=1) < rests["Busy"] < dt.timedelta(hours=2, minutes=1)
    assert dt.timedelta(minutes=4) < rests["Down"] < dt.timedelta(minutes=6)
    down = next(feed for feed in store.list_feeds() if feed.name == "Down")
    store.update_feed(down.feed_id, next_poll_after=start - dt.timedelta(seconds=1))  # its rest is over

    assert poll(db_url) == 1

    down = next(feed for feed in store.list_feeds() if feed.name == "Down")
    assert down.consecutive_failures == 2
    assert dt.timedelta(minutes=9) < down.next_poll_after - start < dt.timedelta(minutes=11)
    assert feed_server.hits("/busy.xml") == 1 and feed_server.hits("/down.xml") == 2


def test_a_large_batch_of_new_items_is_taken_in_whole(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Enough new items for the poll to parse them in other processes while it merges.
    stories = []
    for n in range(PARALLEL_PARSE_MIN + 5):
        base = hearing_fr(feed_server.base, FIRST_HEARING) if n % 3 == 0 else sport_fr(feed_server.base)
        stories.append(Story(f"{base.url}-{n}", f"{base.title} ({n})", f"{base.body}\n\nRéférence {n}."))
    feed_server.routes["/gros.rss"] = Route(rss("Gros flux", [(story, None) for story in stories]))
    add_feed(db_url, feed_server.url("/gros.rss"), "Gros flux")
    capsys.readouterr()

    assert poll(db_url) == 0

    out, err = capsys.readouterr()
    court, other = len(stories[::3]), len(stories) - len(stories[::3])
    assert f"Gros flux: {len(stories)} items, {len(stories)} new (" in out
    assert f"{other} not court reports" in out and "unreadable" not in out, out
    assert sum(len(ids) for uri, ids in sources_by_uri(db_url).items() if "/articles/" in uri) == court
    assert err == ""


def test_a_latin1_feed_is_read_with_its_accents(feed_server: FeedServer, db_url: str) -> None:
    story = hearing_fr(feed_server.base, FIRST_HEARING)
    feed_server.routes["/latin1.atom"] = Route(
        atom("Tribunaux", [story], encoding="iso-8859-1"), content_type="application/atom+xml"
    )
    add_feed(db_url, feed_server.url("/latin1.atom"), "Tribunaux")

    assert poll(db_url) == 0

    (source_id,) = sources_by_uri(db_url)[story.url]
    store = Store.open(db_url)
    try:
        text = store.source_text(source_id)
    finally:
        store.close()
    assert "ancien maire Gaston Hounkpè renvoyé" in text and "détournement de deniers publics" in text


def test_the_notify_json_names_each_failed_feed_and_why(
    feed_server: FeedServer, db_url: str, tmp_path: Path
) -> None:
    serve_good_feeds(feed_server)
    serve_bad_feeds(feed_server)
    add_feed(db_url, feed_server.url("/palais.rss"), "Le Palais")
    add_feed(db_url, feed_server.url("/down.xml"), "Serveur en panne")
    add_feed(db_url, feed_server.url("/broken.xml"), "Flux cassé")
    summary_file = tmp_path / "summary.json"

    assert poll(db_url, "--notify-cmd", _notify_cmd(summary_file)) == 1

    payload = json.loads(summary_file.read_text(encoding="utf-8"))
    jsonschema.validate(payload, NOTIFY_SCHEMA)
    failures = payload["failures"]
    assert sorted((f["feed"], f["error"].split(":")[0]) for f in failures) == [
        ("Flux cassé", "malformed feed"),
        ("Serveur en panne", "HTTP 500 Internal Server Error"),
    ]


def test_the_notify_schema_describes_the_typed_payload() -> None:
    """The JSON Schema and the TypedDict the code builds name the same fields, at every level."""
    from typing import get_type_hints

    from docket.monitor import changes

    assert set(NOTIFY_SCHEMA["required"]) == set(get_type_hints(changes.NotifyPayload))
    for key, typed in (
        ("new_cases", changes.NewCase),
        ("newly_scheduled", changes.Scheduled),
        ("moved", changes.Moved),
        ("new_rulings", changes.NewRuling),
    ):
        assert set(NOTIFY_SCHEMA["properties"][key]["items"]["required"]) == set(get_type_hints(typed)), key


def test_a_feed_of_many_new_items_is_merged_in_a_few_transactions_each_item_once(
    feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each commit moves the docket's data version by one: one per item would be 150 and more.
    stories = []
    for n in range(150):
        base = hearing_fr(feed_server.base, FIRST_HEARING) if n % 5 == 0 else sport_fr(feed_server.base)
        stories.append(Story(f"{base.url}-{n}", f"{base.title} ({n})", f"{base.body}\n\nRéférence {n}."))
    feed_server.routes["/fleuve.rss"] = Route(rss("Fleuve", [(story, None) for story in stories]))
    add_feed(db_url, feed_server.url("/fleuve.rss"), "Fleuve")
    store = Store.open(db_url)
    try:
        before = store.data_version()
        capsys.readouterr()
        assert poll(db_url) == 0
        commits = store.data_version() - before
    finally:
        store.close()

    out, err = capsys.readouterr()
    assert "Fleuve: 150 items, 150 new (" in out and err == ""
    assert commits <= 10, commits
    by_uri = sources_by_uri(db_url)
    assert sum(len(ids) for uri, ids in by_uri.items() if "/articles/" in uri) == len(stories[::5])
    assert all(len(ids) == 1 for ids in by_uri.values())
