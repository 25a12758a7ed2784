"""Untrusted report text made safe to show.

Reports come from the web: a party name or a sentence may contain Textual/Rich markup (`[@click=app.quit]`)
or terminal escape sequences. Everything from the store reaches the screen through `plain()`, which builds
a `rich.text.Text` (never parsed as markup) and turns control characters into their visible Unicode
"control pictures", so an ESC byte is shown as ␛ instead of being written to the terminal.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, set_cell_size
from rich.style import StyleType
from rich.text import Text

_KEEP = {"\n", "\t"}
_CONTROL_PICTURES = {chr(code): chr(0x2400 + code) for code in range(0x20) if chr(code) not in _KEEP} | {
    "\x7f": "\u2421"
}
# C1 controls (U+0080–U+009F) are interpreted by some terminals (CSI = U+009B): show them as a dot.
_CONTROL_PICTURES |= {chr(code): "\u00b7" for code in range(0x80, 0xA0)}
_TRANSLATION = str.maketrans(_CONTROL_PICTURES)
# Terminal escape sequences copied from a console into a report (colours, titles): dropped whole, so
# "\x1b[31mred\x1b[0m" reads "red" rather than "␛[31mred␛[0m". CSI (ESC [ or U+009B), OSC (ESC ]),
# and the two-character ESC sequences.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
)


def visible(text: str) -> str:
    """The text without terminal escape sequences, and every other control character (but newline and
    tab) replaced by a visible stand-in."""
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    return text.translate(_TRANSLATION)


def one_line(text: str) -> str:
    """For list rows: newlines and tabs become spaces as well."""
    return " ".join(visible(text).split())


def plain(text: str | None, style: StyleType = "", *, single_line: bool = False) -> Text:
    """A Text showing `text` literally (no markup, no escapes)."""
    if not text:
        return Text("", style=style)
    return Text(one_line(text) if single_line else visible(text), style=style)


def fit(text: str, width: int) -> str:
    """Cut `text` to `width` cells with an ellipsis; pad it to exactly `width` so columns line up."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"
