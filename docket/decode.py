"""Turn the bytes of a report file into the text every evidence offset refers to.

Reports come as UTF-8 (with or without BOM), UTF-16, legacy Windows/ISO Western encodings, feed dumps
that mix UTF-8 with cp1252, and saved HTML pages. Anything that is not text (PDF, images, archives,
empty files) is refused with an `UnreadableSource` whose message names the file and the reason.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass

from docket.records import UnreadableSource


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    is_html: bool


# Magic numbers of the non-text files people most often drop into a reports folder by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"%!PS", "PostScript"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg audio"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# Order matters: the UTF-32-LE BOM starts with the UTF-16-LE one.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SNIFF_BYTES = 65536
# C0 control bytes that never occur in text (tab, newlines, form feed and escape are tolerated).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
# Where ISO-8859-15 and ISO-8859-1 disagree, only the ISO-8859-15 reading is plausible in prose: a euro
# sign rather than "¤", and "œ"/"Œ" inside a word ("c\xbdur") rather than "½".
_LATIN9_EVIDENCE = re.compile(rb"\xa4|[A-Za-z][\xbc\xbd]|[\xbc\xbd][a-z]")

_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|article|section|h[1-6]|br|span|a|li|ul|table)\b[^<>]{0,400}>", re.I
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Line separators other than LF that str.splitlines() would honour: normalised so that every consumer
# of the text agrees on what a line is.
_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# where any of them is: a text holding none (most) is passed over at a set's speed, twice the sub's
_ANY_LINE_BREAK = re.compile(r"[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Control characters left in otherwise-good text (a stray byte, a BOM from a concatenated file).
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\ufffe]")
_ANY_LINE_BREAK_OR_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff\ufffe]")


def decode_report(data: bytes, name: str) -> Decoded:
    """Decode a report file; raise UnreadableSource (and nothing else) when it is not a text report."""
    try:
        return _decode(data, name)
    except UnreadableSource:
        raise
    except Exception as error:  # the contract: unreadable input never escapes as a crash
        raise UnreadableSource(f"{name}: cannot be decoded as text ({type(error).__name__})") from error


def decode_page(data: bytes, name: str, declared: str | None = None) -> str:
    """A fetched page's markup as text: the charset its server declared (HTTP), else the report rule
    (BOM, UTF-8, the page's <meta charset>, then the likeliest Western codec). Never raises."""
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _decode_text(data, name)[0]
    except Exception:  # noqa: BLE001 - a page of binary junk still becomes (replaced) text
        return data.decode("utf-8", errors="replace")


def _decode(data: bytes, name: str) -> Decoded:
    if not data.strip():
        raise UnreadableSource(f"{name}: empty file, no report text")
    text, encoding = _decode_text(data, name)
    is_html = _looks_like_html(text, name)
    if is_html:
        text = _html_to_text(text)
        if not text.strip():
            raise UnreadableSource(f"{name}: HTML page without any article text")
    elif _looks_like_markdown(text, name):
        text = _markdown_to_text(text)
    text = _normalise(text)
    if not text.strip():
        raise UnreadableSource(f"{name}: only whitespace, no report text")
    return Decoded(text=text, encoding=encoding, is_html=is_html)


def _decode_text(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        # Then as any UTF-8 file: a dump with a BOM may still carry a cp1252 article.
        data = data[len(codecs.BOM_UTF8) :]
    else:
        for bom, codec in _WIDE_BOMS:
            if data.startswith(bom):
                return _decode_wide(data, codec, name), codec
    kind = _binary_kind(data)
    if kind:
        raise UnreadableSource(f"{name}: binary file ({kind}), not a text report")
    byte_order = _utf16_byte_order(data[:_SNIFF_BYTES])
    if byte_order:
        return _decode_bomless_utf16(data, byte_order, name), byte_order
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_html_charset(data)
    if declared:
        return data.decode(declared, errors="replace"), declared
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=_CP1252_FALLBACK), "utf-8+cp1252"
    return _decode_western(data)


def _decode_wide(data: bytes, codec: str, name: str) -> str:
    """UTF-16/32 after a BOM; a truncated file or a stray unpaired surrogate only costs a character."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    if text.count("\ufffd") > max(2, len(text) // 100):
        raise UnreadableSource(f"{name}: starts with a {codec} byte-order mark but is not {codec} text")
    return text


def _binary_kind(data: bytes) -> str | None:
    """What kind of binary file `data` is, or None for text."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4 video or HEIC image"
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        # Every other byte NUL is BOM-less UTF-16 text, decoded by the caller; any other NUL is binary.
        return None if _utf16_byte_order(sample) else "contains NUL bytes"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 50):
        return "mostly control characters"
    return None


def _utf16_byte_order(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for BOM-less UTF-16 of mostly Latin text (every other byte NUL)."""
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _decode_bomless_utf16(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise UnreadableSource(f"{name}: binary file (contains NUL bytes), not a text report") from error


def _declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, when Python knows that codec."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # A page that claims a Unicode encoding but is not valid UTF-8 (nor has a BOM) is lying; and
    # lookup() also knows bytes-to-bytes codecs such as base64, which are not charsets.
    if info.name.startswith("utf") or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def _mostly_utf8(data: bytes) -> bool:
    """True when valid multibyte UTF-8 outnumbers the invalid bytes: a dump that mixes encodings."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    # Two valid multibyte sequences almost never occur by chance in a legacy single-byte file.
    return non_ascii >= 2 and 4 * non_ascii >= invalid


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_decode_byte_cp1252(byte) for byte in bad), error.end


def _decode_byte_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes cp1252 leaves undefined: keep their Latin-1 meaning


_CP1252_FALLBACK = "docket-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _decode_western(data: bytes) -> tuple[str, str]:
    """Decode legacy single-byte Western text, choosing among encodings only where bytes tell them apart."""
    if _C1_BYTES.search(data):
        # Bytes 0x80-0x9F are invisible controls in ISO-8859-*, so ISO-8859-1 is out: the text is
        # cp1252 (curly quotes, œ, euro sign, dashes) or a DOS/Mac code page using them for letters.
        codec = _likeliest_c1_codec(data)
        return data.decode(codec, errors="replace"), _ENCODING_LABELS.get(codec, codec)
    if _LATIN9_EVIDENCE.search(data):
        return data.decode("iso8859_15"), "iso-8859-15"
    # cp1252, ISO-8859-1 and (without the bytes above) ISO-8859-15 decode these bytes identically.
    return data.decode("latin_1"), "latin-1"


_ENCODING_LABELS = {"latin_1": "latin-1", "mac_roman": "mac-roman"}
# Single-byte Western encodings that give bytes 0x80-0x9F a printable meaning, most common first.
_C1_CODECS = ("cp1252", "mac_roman", "cp850")
# Non-ASCII characters that French and English prose actually uses.
_PROSE_CHARACTERS = re.compile("[éèêëàâäîïôöûùüçœæÉÈÊÀÂÎÔÛÇŒ’‘“”«»–—…€°]")


def _likeliest_c1_codec(data: bytes) -> str:
    """The encoding that turns the most bytes into characters of ordinary prose; cp1252 wins ties."""
    sample = data[: _SNIFF_BYTES * 4]
    best, best_score = "", -1
    for codec in _C1_CODECS:
        try:
            score = len(_PROSE_CHARACTERS.findall(sample.decode(codec)))
        except UnicodeDecodeError:
            continue  # cp1252 leaves five bytes undefined
        if score > best_score:
            best, best_score = codec, score
    if best_score > 0:
        return best
    return _charset_normalizer_guess(data)


def _charset_normalizer_guess(data: bytes) -> str:
    """When no encoding yields recognisable prose, let charset-normalizer weigh the whole file."""
    from charset_normalizer import from_bytes  # only such odd files pay for this import

    result = from_bytes(data, cp_isolation=list(_C1_CODECS)).best()
    if result is not None:
        return codecs.lookup(result.encoding).name.replace("-", "_")
    return "cp1252" if _decodes(data, "cp1252") else "latin_1"


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_html(text: str, name: str) -> bool:
    head = text[:_SNIFF_BYTES].lstrip()
    if head.startswith("<") and (name.lower().endswith(_HTML_SUFFIXES) or _HTML_BLOCK_TAG.match(head)):
        return True
    if _HTML_DOCUMENT.search(head[:4096]):
        return True
    # A fragment: several block tags (a Markdown file with one inline <br> stays Markdown).
    tags = 0
    for _ in _HTML_BLOCK_TAG.finditer(head):
        tags += 1
        if tags >= 4:
            return True
    return False


def _html_to_text(markup: str) -> str:
    """The article of an HTML page as a plain-text report would give it: the headline, a blank line,
    then its paragraphs (headings, list items) separated by blank lines; a <br> is a line break.

    The same report saved as text, as bare <p> paragraphs or as a full page with menus and footer then
    reads the same way (the dateline opens the first paragraph, a paragraph never runs into the next).
    """
    title, paragraphs, published = _trafilatura_article(markup)
    if not any(paragraphs):
        title, paragraphs = _lxml_article(markup)
    paragraphs = [text for text in (_clean_block(block) for block in paragraphs) if text]
    title = " ".join(html.unescape(title).split())
    if paragraphs and title and paragraphs[0] == title:
        paragraphs.pop(0)
    if published:
        # the page's date lives in its markup (<time>, meta tags), not in the article's words: it is
        # given a dateline of its own so the report keeps its date
        paragraphs.insert(0, f"Published {published}")
    if title:
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _clean_block(block: str) -> str:
    """One paragraph's text: entities resolved, each line's whitespace collapsed, empty lines dropped."""
    lines = (" ".join(line.split()) for line in html.unescape(block).split("\n"))
    return "\n".join(line for line in lines if line)


_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]\n]{1,300})\]\([^)\s]{1,500}(?:\s+\"[^\"]*\")?\)")


def _looks_like_markdown(text: str, name: str) -> bool:
    if name.lower().endswith((".md", ".markdown")):
        return True
    sample = text[:5000]
    # each mark needs its characters ("#", "*" or "__", "]("): a text without them is not searched
    heading = "#" in sample and bool(_MD_HEADING.search(sample))
    emphasis = ("*" in sample or "__" in sample) and bool(_MD_EMPHASIS.search(sample))
    link = "](" in sample and bool(_MD_LINK.search(sample))
    return heading + emphasis + link >= 2


def _markdown_to_text(text: str) -> str:
    """The words of a Markdown report: headings, emphasis and links reduced to their text.

    Like an HTML page, a Markdown file is read for what it says; `**en délibéré au 28 mars**` is the
    same sentence as in plain text, and every offset refers to this reduced text.
    """
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)


# A site's furniture, dropped before trafilatura looks for the article: on a short report it would
# otherwise take the menu for article text. A page header that holds the headline is kept.
_CHROME_XPATH = [
    "//nav",
    "//footer",
    "//aside",
    "//form",
    "//header[not(.//h1) and not(ancestor::article) and not(ancestor::main)]",
]
# trafilatura's elements of an article's text that are paragraphs of their own.
_TRAFILATURA_BLOCKS = frozenset({"p", "head", "item", "cell"})


def _trafilatura_article(markup: str) -> tuple[str, list[str], str | None]:
    """Headline, paragraphs and publication date of the page's main article, by trafilatura.

    The date is the one its markup states (meta tags, <time>, the URL); trafilatura's wider search of
    the page's words would take a copyright year or a hearing date for it, and the article's own
    dateline, read by the parser, is the better judge of those.
    """
    try:
        import trafilatura  # heavy: imported only when a page actually is HTML

        document = trafilatura.bare_extraction(
            markup,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
            prune_xpath=_CHROME_XPATH,
        )
        if document is None or document.body is None:
            return "", [], None
        paragraphs = _trafilatura_blocks(document.body)
    except Exception:  # trafilatura fails on odd markup; the lxml fallback takes over
        return "", [], None
    return document.title or "", paragraphs, document.date or None


def _trafilatura_blocks(body) -> list[str]:  # noqa: ANN001 - an lxml element of trafilatura's tree
    """The text of each block of trafilatura's article tree, a <lb/> (a <br>) kept as a line break."""
    blocks: list[str] = []
    for element in body.iter(*_TRAFILATURA_BLOCKS):
        if any(parent.tag in _TRAFILATURA_BLOCKS for parent in element.iterancestors()):
            continue  # a paragraph inside a list item or a cell is read with it
        parts: list[str] = []
        _block_text(element, parts)
        blocks.append("".join(parts))
    return blocks


def _block_text(element, parts: list[str]) -> None:  # noqa: ANN001 - an lxml element
    """The words of `element` in document order; a line break (<lb/>) or a nested block is a new line."""
    if element.tag == "lb":
        parts.append("\n")
    elif element.text:
        parts.append(element.text)
    for child in element:
        if child.tag in _TRAFILATURA_BLOCKS:
            parts.append("\n")
        _block_text(child, parts)
        if child.tail:
            parts.append(child.tail)


# Elements that carry site furniture rather than article text.
_BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt")


def _lxml_article(markup: str) -> tuple[str, list[str]]:
    try:
        return _lxml_blocks(markup)
    except Exception:  # markup lxml cannot make sense of: plain tag stripping still yields the words
        return "", _TAG.sub("\n", markup).split("\n")


_TAG = re.compile(r"<[^<>]{0,2000}>")


def _lxml_blocks(markup: str) -> tuple[str, list[str]]:
    import lxml.html

    root = lxml.html.fromstring(markup)
    for element in root.xpath("|".join(f"//{tag}" for tag in _BOILERPLATE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    headings = root.xpath("//h1")
    title = headings[0].text_content() if headings else ""
    blocks = root.xpath("|".join(f"//{tag}" for tag in _BLOCK_TAGS))
    texts = [" ".join(block.text_content().split()) for block in blocks]
    if not any(texts):
        texts = [line.strip() for line in root.text_content().split("\n")]
    return " ".join(title.split()), [text for text in texts if text]


# "ce jeudi12 février 2026": pages lose the space between a weekday and its day as often as any other
_WEEKDAYS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
_GLUED_WEEKDAY = re.compile(
    r"\b(" + "|".join(_WEEKDAYS) + r")(?=(?:3[01]|[12]\d|0?[1-9])(?:er|st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
_WEEKDAY_LENGTHS = sorted({len(day) for day in _WEEKDAYS})
# every weekday ends in i, e or y: one of these (what the case-insensitive match takes for them), before
# the digit of its day
_WEEKDAY_END_BEFORE_DIGIT = re.compile("[eiyEIY\u0130\u0131](?=[0-9])")


def _weekdays_spaced(text: str) -> str:
    """`_GLUED_WEEKDAY.sub(r"\\1 ", text)`, the pattern tried only where a weekday's last letter stands
    before a digit: tried at every word of a dump, the case-insensitive alternation cost about 3 % of
    its parse (0.07 s a 2 MB dump; this, 0.013 s)."""
    ends = []
    for candidate in _WEEKDAY_END_BEFORE_DIGIT.finditer(text):
        end = candidate.end()
        # a weekday's letters hold no word boundary: at most one weekday ends here, and no two overlap
        for length in _WEEKDAY_LENGTHS:
            if length <= end and (glued := _GLUED_WEEKDAY.match(text, end - length)) and glued.end() == end:
                ends.append(end)
                break
    if not ends:
        return text
    pieces = []
    start = 0
    for end in ends:
        pieces += [text[start:end], " "]
        start = end
    pieces.append(text[start:])
    return "".join(pieces)


def _normalise(text: str) -> str:
    # one scan for what both steps look for: a text holding none (most) is not scanned a second time
    if _ANY_LINE_BREAK_OR_STRAY_CONTROL.search(text):
        if _ANY_LINE_BREAK.search(text):
            text = _LINE_BREAKS.sub("\n", text)
        text = _STRAY_CONTROLS.sub("", text)
    text = _weekdays_spaced(text)
    return unicodedata.normalize("NFC", text)
