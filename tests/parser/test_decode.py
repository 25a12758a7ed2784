"""decode_report: the bytes of a report file become the text every evidence offset refers to."""

from __future__ import annotations

import codecs
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docket.decode import (
    _ANY_LINE_BREAK,
    _GLUED_WEEKDAY,
    _LINE_BREAKS,
    _WEEKDAY_END_BEFORE_DIGIT,
    Decoded,
    _weekdays_spaced,
    decode_report,
)
from docket.records import UnreadableSource

FRENCH = (
    "Le procès de Jean-Marc Kabore a été renvoyé au 12 mars. L’avocat a demandé un délai « raisonnable »."
)


def test_plain_utf8_is_kept_as_is() -> None:
    decoded = decode_report(FRENCH.encode("utf-8"), "report.txt")
    assert decoded == Decoded(text=FRENCH, encoding="utf-8", is_html=False)


def test_utf8_bom_is_dropped() -> None:
    decoded = decode_report(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "bom.txt")
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-8"


def test_crlf_and_lone_cr_become_lf() -> None:
    decoded = decode_report(b"Titre\r\n\r\nPremier paragraphe.\rDeuxi\xc3\xa8me.\r\n", "dos.txt")
    assert decoded.text == "Titre\n\nPremier paragraphe.\nDeuxième.\n"


def test_cp1252_with_curly_apostrophe() -> None:
    data = b"L\x92audience a \xe9t\xe9 renvoy\xe9e \x96 le pr\xe9venu reste d\xe9tenu \x85"
    decoded = decode_report(data, "legacy.txt")
    assert decoded.text == "L’audience a été renvoyée – le prévenu reste détenu …"
    assert decoded.encoding == "cp1252"


def test_latin1_without_windows_punctuation() -> None:
    decoded = decode_report("Le procès à Ségou, côté défense.".encode("latin-1"), "latin.txt")
    assert decoded.text == "Le procès à Ségou, côté défense."
    assert decoded.encoding == "latin-1"


def test_latin9_oe_ligature_and_euro() -> None:
    decoded = decode_report("Le cœur du dossier : 5000 € d'amende".encode("iso8859_15"), "latin9.txt")
    assert decoded.text == "Le cœur du dossier : 5000 € d'amende"


def test_mac_roman_is_recognised_over_cp1252() -> None:
    text = "Le procès s’est ouvert à Genève, où l’accusé a été entendu."
    decoded = decode_report(text.encode("mac_roman"), "mac.txt")
    assert decoded.text == text


def test_dump_mixing_utf8_and_cp1252_articles() -> None:
    utf8_part, cp1252_part = "Première dépêche : l’audience est levée.\n", "Deuxième : l’été."
    data = utf8_part.encode("utf-8") + cp1252_part.encode("cp1252")
    decoded = decode_report(data, "mixed.txt")
    assert decoded.text == "Première dépêche : l’audience est levée.\nDeuxième : l’été."


def test_utf8_bom_dump_with_a_cp1252_article() -> None:
    data = codecs.BOM_UTF8 + "Première dépêche : l’été.\n".encode() + "Deuxième : l’été.".encode("cp1252")
    decoded = decode_report(data, "dump.txt")
    assert decoded.text == "Première dépêche : l’été.\nDeuxième : l’été."
    assert decoded.encoding == "utf-8+cp1252"


def test_truncated_utf16_loses_only_the_cut_character() -> None:
    decoded = decode_report("Audience levée".encode("utf-16") + b"\x41", "cut.txt")
    assert decoded.text == "Audience levée\ufffd"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[codec]
    decoded = decode_report(bom + "Audience\r\nrenvoyée".encode(codec), "wide.txt")
    assert decoded.text == "Audience\nrenvoyée"


def test_utf16_without_bom() -> None:
    decoded = decode_report("Le tribunal a statué.\r\n".encode("utf-16-le"), "export.txt")
    assert decoded.text == "Le tribunal a statué.\n"


def test_nfc_normalisation_and_stray_controls() -> None:
    decoded = decode_report("Proce\u0300s\x07 du 3\ufeff mars".encode(), "mac-export.txt")
    assert decoded.text == "Procès du 3 mars"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive or Office document)"),
        (b"Le proc\x00s\x00 a \x01\x02 eu lieu", "binary file (contains NUL bytes)"),
        (bytes(range(1, 9)) * 20, "binary file (mostly control characters)"),
        (b"", "empty file"),
        (b"  \r\n\t\n   ", "empty file"),
        (codecs.BOM_UTF8 + b"\n\n", "only whitespace"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableSource) as caught:
        decode_report(data, "inbox/scan.pdf")
    message = str(caught.value)
    assert message.startswith("inbox/scan.pdf: ")
    assert reason in message
    assert "\n" not in message


def test_pdf_message_reads_well() -> None:
    with pytest.raises(UnreadableSource, match=r"^scan\.pdf: binary file \(PDF\), not a text report$"):
        decode_report(b"%PDF-1.4\n", "scan.pdf")


PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Procès Koffi : renvoi au 12 mars | Le Quotidien du Sud</title>
<script>var tracker = "<p>not article text</p>";</script><style>p { color: red }</style></head>
<body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/justice">Justice</a></li></ul></nav></header>
<main><article>
<h1>Procès Koffi : l&#39;audience renvoyée au 12 mars</h1>
<p class="date">Publié le 03/02/2024</p>
<p>Le tribunal de première instance de Port-Lamy a renvoyé mardi le procès de Jean-Baptiste Koffi,
poursuivi pour abus de biens sociaux, au 12 mars 2024. L&rsquo;avocat de la défense, Me Awa Sarr,
a demandé un délai.</p>
<p>Le parquet ne s&#x27;est pas opposé &agrave; cette demande. Le prévenu reste placé sous contrôle
judiciaire en attendant l'audience.</p>
<h2>Retour sur les faits</h2>
<p>Les faits remontent à 2021, lorsque la société de Jean-Baptiste Koffi avait obtenu plusieurs marchés
publics sans appel d'offres.</p>
</article></main>
<aside><h3>Les plus lus</h3><ul><li>Football : victoire des Lions</li></ul></aside>
<footer><p>© 2024 Le Quotidien du Sud — Tous droits réservés. Mentions légales. Contact.</p></footer>
</body></html>
"""


def test_html_page_keeps_the_article_and_drops_the_boilerplate() -> None:
    decoded = decode_report(PAGE.encode(), "saved-page.txt")  # sniffed from content, not the name
    assert decoded.is_html
    headline, _, body = decoded.text.partition("\n\n")
    assert headline == "Procès Koffi : l'audience renvoyée au 12 mars"
    assert "L’avocat de la défense, Me Awa Sarr" in body
    assert "ne s'est pas opposé à cette demande" in body
    assert "Retour sur les faits" in body
    assert "marchés publics sans appel d'offres." in body
    for boilerplate in ("Accueil", "Politique", "Tous droits réservés", "not article text", "color: red"):
        assert boilerplate not in decoded.text
    assert "&" not in decoded.text and "<" not in decoded.text


def test_html_falls_back_to_lxml_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    decoded = decode_report(PAGE.encode(), "page.html")
    assert decoded.text.startswith("Procès Koffi : l'audience renvoyée au 12 mars\n\n")
    assert "L’avocat de la défense" in decoded.text
    assert "Accueil" not in decoded.text and "Tous droits réservés" not in decoded.text


def test_html_with_declared_legacy_charset() -> None:
    page = "<html><head><meta charset=windows-1252></head><body><p>L’audience a été levée.</p></body></html>"
    decoded = decode_report(page.encode("cp1252"), "old.htm")
    assert decoded.is_html
    assert "L’audience a été levée." in decoded.text


def test_html_fragment_is_sniffed() -> None:
    decoded = decode_report("<p>Le tribunal a renvoyé l&#8217;affaire au 3 mai.</p>".encode(), "feed-item")
    assert decoded.is_html
    assert decoded.text == "Le tribunal a renvoyé l’affaire au 3 mai."


def test_html_page_without_text_is_unreadable() -> None:
    with pytest.raises(UnreadableSource, match="^empty.html: HTML page without any article text$"):
        decode_report(b"<html><head><title></title></head><body><div></div></body></html>", "empty.html")


def test_markdown_is_read_for_its_words() -> None:
    markdown = (
        "# Procès Koffi\n\n*Publié le 3 février 2024*\n\n"
        "Le tribunal a mis **en délibéré au 12 mars** le procès, selon [notre confrère](https://x.example/a).\n"
    )
    for name in ("note.md", "note.txt"):  # by its name, or by its marks
        decoded = decode_report(markdown.encode(), name)
        assert not decoded.is_html
        assert decoded.text == (
            "Procès Koffi\n\nPublié le 3 février 2024\n\n"
            "Le tribunal a mis en délibéré au 12 mars le procès, selon notre confrère.\n"
        )


def test_plain_text_with_an_asterisk_is_not_markdown() -> None:
    text = "Le prévenu* a été condamné à 2*3 mois.\n"
    assert decode_report(text.encode(), "report.txt").text == text


def test_plain_text_does_not_import_html_or_charset_machinery() -> None:
    code = (
        "import sys\n"
        "from docket.decode import decode_report\n"
        "decode_report('Le procès est renvoyé.'.encode(), 'a.txt')\n"
        "decode_report('Le procès'.encode('latin-1'), 'b.txt')\n"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'charset_normalizer') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


SIGNATURES = [b"%PDF-", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html>", b"<p>", b"PK\x03\x04", b""]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(SIGNATURES), body=st.binary(max_size=600))
def test_any_bytes_decode_or_raise_unreadable_source(prefix: bytes, body: bytes) -> None:
    try:
        decoded = decode_report(prefix + body, "fuzz.bin")
    except UnreadableSource as error:
        assert str(error).startswith("fuzz.bin: ")
        return
    assert decoded.text.strip()
    assert "\r" not in decoded.text


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=300), codec=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_any_text_in_any_encoding_decodes_or_raises_unreadable_source(text: str, codec: str) -> None:
    data = text.encode(codec, errors="replace")
    try:
        decoded = decode_report(data, "fuzz.txt")
    except UnreadableSource:
        return
    if codec.startswith("utf"):
        assert decoded.text.strip() or not text.strip()


def test_the_weekday_gate_holds_every_letter_a_weekday_may_end_with() -> None:
    matched_as_weekday_ends = {
        chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch("(?i:[eiy])", chr(c))
    }
    assert {chr(c) for c in range(sys.maxunicode + 1) if _WEEKDAY_END_BEFORE_DIGIT.match(chr(c) + "1")} == (
        matched_as_weekday_ends
    )


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            [
                "jeudi",
                "JEUDI",
                "Sunday",
                "sUnDaY",
                "mercredİ",
                "lundı",
                "wednesday",
                "xmardi",
                "vendredi",
                "12",
                "1",
                "31",
                "0",
                "er",
                "st",
                "th",
                " ",
                "-",
                "é",
                "x",
                "\n",
                "9",
            ]  # fmt: skip
        ),
        max_size=12,
    )
)
def test_a_weekday_glued_to_its_day_is_spaced_as_the_pattern_spaces_it(words: list[str]) -> None:
    text = "".join(words)
    assert _weekdays_spaced(text) == _GLUED_WEEKDAY.sub(r"\1 ", text)


def test_a_weekday_glued_to_its_day_is_spaced() -> None:
    assert (
        _weekdays_spaced("ce jeudi12 février, Sunday3rd; xmardi4")
        == "ce jeudi 12 février, Sunday 3rd; xmardi4"
    )


def test_every_line_break_the_normalisation_replaces_is_one_it_looks_for() -> None:
    for c in range(sys.maxunicode + 1):
        if _LINE_BREAKS.match(chr(c) + "\n"):
            assert _ANY_LINE_BREAK.match(chr(c)), hex(c)


def test_every_character_the_normalisation_changes_is_one_its_first_scan_looks_for() -> None:
    from docket.decode import _ANY_LINE_BREAK_OR_STRAY_CONTROL, _STRAY_CONTROLS

    for c in range(sys.maxunicode + 1):
        if _ANY_LINE_BREAK.match(chr(c)) or _STRAY_CONTROLS.match(chr(c)):
            assert _ANY_LINE_BREAK_OR_STRAY_CONTROL.match(chr(c)), hex(c)
