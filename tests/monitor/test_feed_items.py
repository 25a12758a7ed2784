"""What a feed item is taken to be: a full report, or a teaser whose page must be fetched."""

from __future__ import annotations

import pytest
from newsroom import Story, rss, sport_fr

from docket.monitor.feeds import FetchError, html_to_text, parse_feed

LONG = sport_fr("http://example.test")  # well over a hundred words


def parse_one(document: bytes) -> tuple[str, bool]:
    (item,), _warning = parse_feed(document, "application/rss+xml", "http://example.test/feed")
    return item.text, item.is_teaser


def test_a_wordpress_excerpt_is_a_teaser() -> None:
    teaser = (
        "Le tribunal a rendu son verdict dans l'affaire des fonds détournés […] "
        "L'article Verdict attendu est apparu en premier sur Le Palais."
    )
    text, is_teaser = parse_one(rss("t", [(LONG, teaser)]))
    assert is_teaser
    assert "apparu en premier" not in text


def test_a_long_excerpt_that_says_it_goes_on_is_a_teaser() -> None:
    teaser = LONG.body.replace("\n\n", " ") + " Lire la suite"
    _text, is_teaser = parse_one(rss("t", [(LONG, teaser)]))
    assert is_teaser


def test_full_content_is_the_report_and_loses_the_wordpress_footer() -> None:
    story = Story(LONG.url, LONG.title, LONG.body + "\n\nThe post Lions win appeared first on Sports Daily.")
    text, is_teaser = parse_one(rss("t", [(story, None)]))
    assert not is_teaser
    assert text.endswith("selon les organisateurs de la rencontre.")


def test_a_short_item_without_a_link_is_kept_as_it_is() -> None:
    document = b"""<rss version="2.0"><channel><title>t</title>
        <item><guid isPermaLink="false">brief-1</guid><title>Bref</title>
        <description>Audience renvoyee au 3 mars.</description></item></channel></rss>"""
    text, is_teaser = parse_one(document)
    assert (text, is_teaser) == ("Audience renvoyee au 3 mars.", False)


def test_an_html_page_is_not_a_feed() -> None:
    with pytest.raises(FetchError, match=r"not an RSS or Atom feed \(text/html\)"):
        parse_feed(b"<html><body><p>Accueil</p></body></html>", "text/html; charset=utf-8", "http://x/")


def test_item_html_becomes_paragraphs_without_scripts() -> None:
    html = "<p>Le <b>tribunal</b> a&nbsp;statué.</p><script>track()</script><ul><li>un</li><li>deux</li></ul>"
    assert html_to_text(html) == "Le tribunal a statué.\n\nun\n\ndeux"


def test_a_feed_items_date_never_overrides_the_reports_own_dateline() -> None:
    """A 2024 report republished in a 2025 feed keeps its 2024 dates; the feed's date stands in only for
    a report without a dateline of its own (issue 12, item 8)."""
    import datetime as dt

    from docket.monitor.poll import compose_document
    from docket.parse import parse_bytes

    body = (
        "COTONOU, 12 mars 2024 (AFP) - Le procès de Jean Dossou, poursuivi pour escroquerie, s'est ouvert "
        "hier devant le tribunal de première instance de Cotonou. L'audience a été renvoyée au 3 avril."
    )
    document = compose_document("Procès de Jean Dossou", dt.date(2025, 6, 1), body)
    article = parse_bytes(document, "https://example.org/a").articles[0]
    assert article.published == dt.date(2024, 3, 12)
    hearings = [h.date for case in article.cases for h in case.hearings]
    assert hearings and all(date.year == 2024 for date in hearings), hearings

    undated = compose_document("Procès de Jean Dossou", dt.date(2025, 6, 1), body.split(" - ", 1)[1])
    assert parse_bytes(undated, "https://example.org/b").articles[0].published == dt.date(2025, 6, 1)


def test_a_feed_over_the_limit_says_how_to_read_it_and_the_limit_is_configurable(feed_server) -> None:  # type: ignore[no-untyped-def]
    """A feed over 10 MB is refused with the limit and the option that raises it (issue 12, item 8)."""
    import datetime as dt

    from newsroom import Route, hearing_fr, rss

    from docket.cli import build_parser
    from docket.monitor.feeds import Fetcher, FetchError

    story = hearing_fr(feed_server.base, dt.date.today())
    body = rss("Justice", [(story, None)]).replace(
        b"<channel>", b"<channel><!--" + b"x" * 11_000_000 + b"-->"
    )
    feed_server.routes["/big.xml"] = Route(body=body)
    url = feed_server.url("/big.xml")
    with Fetcher() as fetcher, pytest.raises(FetchError) as refused:
        fetcher.fetch_feed(url, allow_private=True)
    assert str(refused.value) == "response larger than 10 MB (a larger feed is read with --max-feed-size)"
    with Fetcher(max_feed_bytes=20 * 1024 * 1024) as fetcher:
        assert len(fetcher.fetch_feed(url, allow_private=True).items) == 1
    assert build_parser().parse_args(["poll", "--max-feed-size", "20MB"]).max_feed_size == 20 * 1024**2
