"""Which files on disk are reports to ingest, for the import screen and the demo."""

from __future__ import annotations

from pathlib import Path

# What the parser reads: plain text, Markdown, HTML (feed dumps included).
REPORT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})

# Beside the package in a clone (and an editable install); a plain `pip install .` leaves them in the
# clone, which is then the working directory.
_BESIDE_PACKAGE = Path(__file__).resolve().parent.parent / "samples"
SAMPLES_DIR = _BESIDE_PACKAGE if _BESIDE_PACKAGE.is_dir() else Path.cwd() / "samples"


def report_files(path: Path) -> list[Path]:
    """A file as given (whatever its name), or a folder's report files, recursively, in a stable order.

    Hidden files and folders are skipped (editors and version control keep their own files there), and so
    are README files, which describe a folder rather than report a hearing.
    """
    if path.is_file():
        return [path]
    found = []
    for candidate in path.rglob("*"):
        relative = candidate.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if candidate.stem.upper() == "README":
            continue
        if candidate.is_file() and candidate.suffix.lower() in REPORT_SUFFIXES:
            found.append(candidate)
    return sorted(found)
