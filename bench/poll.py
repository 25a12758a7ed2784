"""Benchmark: poll 200 feeds x 20 items served on loopback, then poll them again unchanged.

    .venv/bin/python bench/poll.py [--feeds 200] [--items 20] [--runs 3] [--workers 16] [--court-share 1.0]
                                   [--no-validators]

Each run starts from an empty docket (SQLite in a temporary folder). The first poll fetches every feed
and ingests every item (parser and store included); the second finds every feed unchanged (304). Prints
the median of each over the runs, and where the first poll's time went in the store. Targets: first
poll under 30 s, second under 3 s. Every item is a court report unless --court-share says otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docket.db.store import Store  # noqa: E402
from docket.monitor import poll as poll_module  # noqa: E402
from docket.monitor.feeds import Fetcher  # noqa: E402
from docket.monitor.poll import poll_feeds  # noqa: E402

TOWNS = (
    "Cotonou",
    "Dakar",
    "Abidjan",
    "Lomé",
    "Bamako",
    "Niamey",
    "Ouagadougou",
    "Conakry",
    "Yaoundé",
    "Parakou",
)
COURTS = ("tribunal de première instance de {}", "tribunal de grande instance de {}", "cour d'appel de {}")
GIVEN = ("Pascal", "Aminata", "Koffi", "Mariam", "Serge", "Fatou", "Issa", "Rokia", "Didier", "Awa")
SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "tou",
    "ba",
    "sé",
    "ndi",
    "go",
    "ra",
    "fa",
    "ké",
    "zou",
    "na",
    "bi",
    "do",
    "yé",
)
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre")


def surname(n: int) -> str:
    """A distinct invented surname for every n below 16**3: real feeds report different people."""
    return "".join(SYLLABLES[(n // 16**i) % 16] for i in range(3)).capitalize()


def item_html(feed: int, item: int) -> tuple[str, str]:
    """An invented French hearing report of about 130 words, different for every (feed, item)."""
    n = feed * 20 + item
    name = f"{GIVEN[n % 10]} {surname(n)}"
    lawyer = f"{GIVEN[(n + 3) % 10]} {surname(n + 2000)}"
    court = COURTS[n % len(COURTS)].format(TOWNS[(n // 3) % len(TOWNS)])
    day, month = 1 + n % 27, MONTHS[(n // 27) % 10]
    title = f"Procès de {name} : l'audience renvoyée au {day} {month} 2027"
    paragraphs = [
        f"Le {court} a examiné mardi le dossier de M. {name}, poursuivi pour escroquerie et abus de "
        f"confiance au préjudice de plusieurs épargnants de la ville, selon l'ordonnance de renvoi.",
        f"À la demande de son avocat, Me {lawyer}, le tribunal a renvoyé l'affaire au {day} {month} 2027 "
        "pour permettre la citation de nouveaux témoins. Le prévenu a comparu libre.",
        "Le parquet a indiqué qu'il s'opposerait à tout nouveau report. Les parties civiles, qui réclament "
        "le remboursement des sommes versées, ont dénoncé la lenteur de la procédure ouverte il y a deux "
        "ans, et leurs conseils ont annoncé qu'ils produiraient de nouvelles pièces lors de la prochaine "
        f"audience. Dossier numéro {n}.",
    ]
    return title, "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def other_news_html(feed: int, item: int) -> tuple[str, str]:
    """An invented sport story of about 110 words: what most of a news site's feed is about."""
    n = feed * 20 + item
    team, rival = surname(n).upper(), surname(n + 3000).upper()
    title = f"Football : l'AS {team} s'impose face au FC {rival} ({n % 4 + 1}-0)"
    paragraphs = [
        f"L'AS {team} a remporté samedi la {n % 30 + 1}e journée du championnat face au FC {rival}, "
        "devant un stade plein et sous une chaleur écrasante.",
        "L'entraîneur a salué l'engagement de ses joueurs et la solidité de la défense, qui n'a concédé "
        "aucune occasion franche pendant toute la seconde période. Le capitaine a ouvert le score à la "
        "demi-heure de jeu sur un coup franc direct, avant que le jeune attaquant entré en jeu ne double la "
        "mise dans les arrêts de jeu. Les deux équipes se retrouveront au match retour le mois prochain, "
        f"dans un stade qui affiche déjà complet selon les organisateurs. Match numéro {n}.",
    ]
    return title, "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def feed_document(base: str, feed: int, items: int, court_share: float) -> bytes:
    published = format_datetime(dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
        f"<title>Feed {feed}</title><link>{base}/</link><description>bench</description>",
    ]
    for item in range(items):
        court = item < round(items * court_share)
        title, html = item_html(feed, item) if court else other_news_html(feed, item)
        url = f"{base}/feed{feed}/item{item}"
        parts.append(
            f"<item><title>{escape(title)}</title><link>{url}</link><guid>{url}</guid>"
            f"<pubDate>{published}</pubDate><description>{escape(html)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def serve(feeds: int, items: int, court_share: float, validators: bool) -> tuple[QuietServer, str]:
    documents: dict[str, tuple[bytes, str]] = {}
    server = QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for feed in range(feeds):
        body = feed_document(base, feed, items, court_share)
        documents[f"/feed{feed}.xml"] = (body, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real feed servers do

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            body, etag = documents[self.path]
            if validators and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if validators:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    server.RequestHandlerClass = Handler
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


def fetch_only(base: str, feeds: int, workers: int) -> float:
    """The monitor's own share: every feed fetched and parsed into items, nothing ingested."""
    with (
        Fetcher(timeout=20, max_per_host=workers) as fetcher,
        ThreadPoolExecutor(max_workers=workers) as pool,
    ):
        start = time.perf_counter()
        urls = [f"{base}/feed{feed}.xml" for feed in range(feeds)]
        fetched = list(pool.map(lambda url: fetcher.fetch_feed(url, allow_private=True), urls))
        elapsed = time.perf_counter() - start
    if any(not result.items for result in fetched):
        raise SystemExit("a feed came back without items")
    return elapsed


class TimedStore:
    """The store, with the time spent in each of its methods added up (what the poll waits on)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.seconds: dict[str, float] = defaultdict(float)

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - start

        return timed


def _workers_cpu() -> float:
    """CPU seconds of the finished child processes (the monitor's parsing pool, once it has shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(base: str, feeds: int, workers: int, validators: bool) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        opened = Store.open("sqlite:///" + str(Path(folder) / "bench.db"))
        store = TimedStore(opened)
        try:
            for feed in range(feeds):
                store.add_feed(f"{base}/feed{feed}.xml", f"Feed {feed}", allow_private=True)
            # One loopback server stands for 200 sites: no per-site limit below the worker count.
            with Fetcher(timeout=20, max_per_host=workers) as fetcher:
                start, cpu_start, workers_start = time.perf_counter(), time.process_time(), _workers_cpu()
                first = poll_feeds(store, fetcher, workers=workers)  # type: ignore[arg-type]
                first_s = time.perf_counter() - start
                spent = ", ".join(f"{name} {s:.1f} s" for name, s in sorted(store.seconds.items()))
                print(f"  first poll's time in the store: {spent}")
                # CPU, unlike wall time, does not depend on what else the machine runs.
                print(
                    f"  first poll's CPU: {time.process_time() - cpu_start:.1f} s in this process "
                    f"(store, fetch threads, the test server), {_workers_cpu() - workers_start:.1f} s in the "
                    "parsing processes"
                )
                start = time.perf_counter()
                second = poll_feeds(store, fetcher, workers=workers)  # type: ignore[arg-type]
                second_s = time.perf_counter() - start
        finally:
            opened.close()
    failed = [o for o in first + second if o.status not in ("ok", "not_modified")]
    if failed:
        raise SystemExit(f"{len(failed)} feed polls failed, e.g. {failed[0].label}: {failed[0].error}")
    if any(o.new_items for o in second):
        raise SystemExit("the second poll found new items in unchanged feeds")
    if validators and any(o.status != "not_modified" for o in second):
        raise SystemExit("the second poll found changed feeds: conditional requests are not working")
    return first_s, second_s, sum(o.new_items for o in first)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument(
        "--court-share",
        type=float,
        default=1.0,
        metavar="F",
        help="fraction of each feed's items that are court reports, the rest sport news (default 1.0)",
    )
    parser.add_argument(
        "--no-validators",
        action="store_true",
        help="serve no ETag and never 304, as some sites do: the second poll reads every item again",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=None,
        metavar="N",
        help="merge a feed's new items N to a transaction (default: the monitor's INGEST_BATCH; 1 is the "
        "former one transaction per item)",
    )
    args = parser.parse_args()
    if args.batch is not None:
        poll_module.INGEST_BATCH = args.batch
    server, base = serve(args.feeds, args.items, args.court_share, not args.no_validators)
    firsts, seconds = [], []
    try:
        fetches = [fetch_only(base, args.feeds, args.workers) for _ in range(args.runs)]
        print(f"fetch and parse only (no ingest): median {statistics.median(fetches):.2f} s")
        for run in range(1, args.runs + 1):
            first_s, second_s, new_items = one_run(base, args.feeds, args.workers, not args.no_validators)
            firsts.append(first_s)
            seconds.append(second_s)
            print(
                f"run {run}: first poll {first_s:.2f} s ({new_items} new items), "
                f"unchanged poll {second_s:.2f} s"
            )
    finally:
        server.shutdown()
    print(
        f"median over {args.runs} runs, {args.feeds} feeds x {args.items} items "
        f"({args.court_share:.0%} court reports), {args.workers} workers: "
        f"first poll {statistics.median(firsts):.2f} s (target < 30 s), "
        f"unchanged poll {statistics.median(seconds):.2f} s (target < 3 s)"
    )


if __name__ == "__main__":
    main()
