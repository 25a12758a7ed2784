"""The one sanitiser for text from reports (and feeds) that reaches a terminal: no control characters,
so a report cannot move the cursor, retitle the window or hide a line with escape sequences."""

from __future__ import annotations

import re
from typing import TextIO

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Report text made safe to print: each control character (but tab and newline) becomes a space."""
    return _CONTROL.sub(" ", text or "")


class CleanStream:
    """A text stream that cleans everything written to it (for code that prints report text itself)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(clean(text))

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()
