"""The monitor tests' newsroom: an HTTP server on 127.0.0.1 serving the feeds and pages a test sets, and
invented court reports (French and English), a sport story, and RSS / Atom / HTML builders for them."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape, quoteattr

from babel.dates import format_date


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    location: str | None = None  # for redirects
    hang_s: float = 0.0  # answer only after this long (or when the server stops)
    validators: bool = True  # send ETag / Last-Modified and answer 304 when they match
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FeedServer:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for requested, _ in self.requests if requested == path)


LAST_MODIFIED = "Mon, 24 Nov 2025 08:00:00 GMT"


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path)
            if route is None:
                self._answer(404, b"not found", "text/plain")
                return
            if route.hang_s:
                server.stopping.wait(route.hang_s)
            if route.location is not None:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            if route.validators and route.status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            extra = {"ETag": etag, "Last-Modified": LAST_MODIFIED} if route.validators else {}
            extra.update(route.headers)
            self._answer(route.status, route.body, route.content_type, extra)

        def _answer(
            self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
        ) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (extra or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    return Handler


def start_server() -> tuple[FeedServer, ThreadingHTTPServer]:
    holder: list[FeedServer] = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: _handler(holder[0])(*a))
    httpd.daemon_threads = True
    server = FeedServer(base=f"http://127.0.0.1:{httpd.server_address[1]}")
    holder.append(server)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, httpd


# --- invented reports and feeds ----------------------------------------------------------------------


def fr_date(day: dt.date) -> str:
    return format_date(day, format="d MMMM y", locale="fr")


def en_date(day: dt.date) -> str:
    return format_date(day, format="d MMMM y", locale="en")


@dataclass(frozen=True)
class Story:
    url: str
    title: str
    body: str  # plain paragraphs separated by blank lines
    published: dt.date = dt.date.today() - dt.timedelta(days=3)

    @property
    def rfc822(self) -> str:
        return format_datetime(dt.datetime.combine(self.published, dt.time(7, 30), dt.UTC))

    def html(self) -> str:
        return "".join(f"<p>{escape(p)}</p>" for p in self.body.split("\n\n"))


def hearing_fr(base: str, next_hearing: dt.date) -> Story:
    return Story(
        f"{base}/articles/hounkpe-renvoi",
        "Cotonou : le procès de l'ancien maire Gaston Hounkpè renvoyé",
        "Le tribunal de première instance de Cotonou a examiné lundi le dossier de M. Gaston Hounkpè, "
        "ancien maire de la commune, poursuivi pour détournement de deniers publics et abus de fonction.\n\n"
        "Le prévenu a comparu détenu. Ses avocats, Me Rachida Kora et Me Paul Agbo, ont demandé un délai "
        "pour prendre connaissance des pièces versées au dossier par le parquet la semaine dernière.\n\n"
        f"Le tribunal a renvoyé l'affaire au {fr_date(next_hearing)} pour la suite des débats. Le parquet "
        "a requis le maintien en détention du prévenu, que la défense conteste depuis son arrestation.\n\n"
        "L'affaire porte sur plusieurs marchés publics attribués entre 2019 et 2022, selon l'acte de "
        "renvoi. Une vingtaine de témoins doivent être entendus par le tribunal lors des prochaines "
        "audiences, a précisé le président de la chambre correctionnelle.",
    )


def hearing_fr_moved(base: str, new: dt.date) -> Story:
    """A later report of the same case that sets another date: the earlier hearing was postponed."""
    return Story(
        f"{base}/articles/hounkpe-nouveau-renvoi",
        "Cotonou : nouveau renvoi dans le procès de l'ancien maire Gaston Hounkpè",
        "Le procès de M. Gaston Hounkpè, ancien maire poursuivi pour détournement de deniers publics, "
        "devant le tribunal de première instance de Cotonou, connaît un nouveau report.\n\n"
        f"Le tribunal a de nouveau renvoyé l'affaire au {fr_date(new)}, à la demande du parquet qui "
        "attend le rapport d'un expert-comptable. Me Rachida Kora, avocate du prévenu, a dénoncé une "
        "manœuvre dilatoire et demandé la mise en liberté provisoire de son client.\n\n"
        "Le prévenu reste détenu à la prison civile de Cotonou. Plusieurs associations de la société "
        "civile suivent ce dossier de près depuis l'ouverture de l'enquête, il y a trois ans, et "
        "réclament un procès rapide et équitable.",
        published=dt.date.today() - dt.timedelta(days=1),
    )


def hearing_en(base: str, next_hearing: dt.date) -> Story:
    return Story(
        f"{base}/news/okoro-adjourned",
        "Lagos court adjourns fraud trial of businessman Chinedu Okoro",
        "A Federal High Court sitting in Lagos on Monday adjourned the trial of businessman Chinedu Okoro, "
        "who is charged with fraud and money laundering, after the prosecution asked for more time to "
        "bring its witnesses.\n\n"
        f"Justice Amina Bello adjourned the matter to {en_date(next_hearing)} and ordered that the "
        "defendant remain in custody. Okoro pleaded not guilty to all the counts when he was arraigned "
        "earlier this year.\n\n"
        "His lawyer, Tunde Ade, told the court that the defence was ready to proceed and asked that the "
        "trial be given accelerated hearing. The prosecution said two of its witnesses were abroad and "
        "would be available next month, according to court documents seen by reporters.",
    )


def ruling_fr_teaser_page(base: str) -> tuple[Story, str]:
    """A WordPress-style teaser item and the full article its link leads to."""
    story = Story(
        f"{base}/2025/11/sarr-condamne",
        "Dakar : dix ans de réclusion pour Mamadou Sarr",
        "La chambre criminelle du tribunal de grande instance de Dakar a condamné jeudi M. Mamadou Sarr à "
        "dix ans de réclusion criminelle pour trafic international de drogue.\n\n"
        "Le tribunal a également ordonné la confiscation des biens saisis lors de son arrestation au port "
        "de Dakar. Son avocat, Me Ibrahima Ndiaye, a annoncé qu'il ferait appel de cette décision.\n\n"
        "Le parquet avait requis quinze ans de réclusion criminelle et une amende de cinquante millions de "
        "francs CFA. Deux coaccusés, poursuivis pour complicité, ont été relaxés au bénéfice du doute "
        "après plus de deux ans de détention provisoire.",
    )
    teaser = (
        "La chambre criminelle du tribunal de grande instance de Dakar a condamné jeudi M. Mamadou Sarr "
        "[…] L'article Dakar : dix ans de réclusion pour Mamadou Sarr est apparu en premier sur Le Palais."
    )
    return story, teaser


def sport_fr(base: str) -> Story:
    return Story(
        f"{base}/sport/lions-victoire",
        "Football : les Lions s'imposent face aux Étalons",
        "L'équipe nationale a remporté samedi son match de qualification face aux Étalons sur le score "
        "de deux buts à zéro, devant un stade plein.\n\n"
        "Le sélectionneur a salué l'engagement de ses joueurs et la solidité de la défense, qui n'a "
        "concédé aucune occasion franche pendant toute la seconde période.\n\n"
        "Le capitaine a ouvert le score à la demi-heure de jeu sur un coup franc direct, avant que le "
        "jeune attaquant entré en jeu ne double la mise dans les arrêts de jeu. Les deux équipes se "
        "retrouveront au match retour le mois prochain, dans un stade qui affiche déjà complet selon "
        "les organisateurs de la rencontre.",
    )


def rss(title: str, items: list[tuple[Story, str | None]], encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document; each item with its full HTML as content:encoded, or only a teaser."""
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>t</description>",
    ]
    for story, teaser in items:
        parts.append(
            f"<item><title>{escape(story.title)}</title><link>{escape(story.url)}</link>"
            f"<guid>{escape(story.url)}</guid><pubDate>{story.rfc822}</pubDate>"
        )
        if teaser is None:
            parts.append(f"<description>{escape(story.html())}</description>")
            parts.append(f"<content:encoded><![CDATA[{story.html()}]]></content:encoded>")
        else:
            parts.append(f"<description>{escape(teaser)}</description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode(encoding)


def atom(title: str, stories: list[Story], encoding: str = "utf-8") -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title><id>urn:docket:test</id><updated>{dt.date.today()}T08:00:00Z</updated>",
    ]
    for story in stories:
        parts.append(
            f"<entry><title>{escape(story.title)}</title><link href={quoteattr(story.url)}/>"
            f"<id>{escape(story.url)}</id><updated>{story.published}T07:00:00Z</updated>"
            f'<content type="html">{escape(story.html())}</content></entry>'
        )
    parts.append("</feed>")
    return "\n".join(parts).encode(encoding)


def article_page(story: Story, encoding: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{escape(story.title)}</title></head><body>"
        "<nav><a href='/'>Accueil</a> | <a href='/justice'>Justice</a></nav>"
        f"<article><h1>{escape(story.title)}</h1>{story.html()}</article>"
        "<footer>© Le Palais — tous droits réservés</footer></body></html>"
    ).encode(encoding)
