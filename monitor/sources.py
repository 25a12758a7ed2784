"""Which files are reports: the one rule `docket ingest`, `docket watch`, the dashboard's import and the
demo all follow, and the reason for every file it leaves out.

A file named on its own is read whatever its name. Inside a folder (or a glob), a file is a report when its
extension says it is text the parser reads (plain text, Markdown, HTML) or, without an extension, when its
first bytes are text. What is left out is said, with why: hidden files and folders, version-control and
tool folders, names of files still being written, other formats, and a folder's own documentation — the
conventional names only (README.md, LICENSE, CHANGELOG.md…, the whole name, so `notes_audience.txt` or
`readme_ruling.txt` are read): a README describing hearings would otherwise become a case.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# What the parser reads: plain text, Markdown, HTML (feed dumps included).
REPORT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
# Names editors and downloaders give files they are still writing.
TEMP_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", ".swx", "~")
TOOL_FOLDERS = frozenset((".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"))
SNIFF_BYTES = 4096
# A folder's own documentation, by its whole name without extension (case-insensitive).
DOCUMENTATION = frozenset(("readme", "license", "licence", "copying", "changelog", "contributing"))

HIDDEN = "hidden"
TOOL_FOLDER = "a version-control or tool folder"
STILL_WRITING = "a temporary name (still being written)"
DOCUMENTATION_FILE = "the folder's documentation, not a report (name it on its own to read it)"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file (or folder) the rule left out, and why."""

    path: Path
    reason: str


@dataclass(slots=True)
class Selection:
    """The report files to read, in a stable order; the files left out; the arguments that gave none."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[Skipped] = field(default_factory=list)


def _looks_like_text(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return True  # let the reader say what is wrong with it
    return bool(head.strip()) and b"\x00" not in head


def skip_reason(path: Path, relative: Path | None = None) -> str | None:
    """None when `path` (found in a folder, `relative` to it) is a report file; otherwise why it is not."""
    parts = (relative or Path(path.name)).parts
    if any(part in TOOL_FOLDERS for part in parts):
        return TOOL_FOLDER
    if any(part.startswith(".") for part in parts):
        return HIDDEN
    name = path.name.lower()
    if name.startswith("~") or name.endswith(TEMP_SUFFIXES):
        return STILL_WRITING
    if path.stem.lower() in DOCUMENTATION:
        return DOCUMENTATION_FILE
    suffix = path.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return None
    if not suffix:
        return None if _looks_like_text(path) else "not text (no extension, binary content)"
    return f"not a report format ({suffix}; reports are .txt, .md or .html)"


def _folder(folder: Path, selection: Selection) -> None:
    for candidate in sorted(folder.iterdir()):
        relative = candidate.relative_to(folder)
        if candidate.is_dir():
            if candidate.name in TOOL_FOLDERS or candidate.name.startswith("."):
                reason = TOOL_FOLDER if candidate.name in TOOL_FOLDERS else HIDDEN
                selection.skipped.append(Skipped(candidate, reason))
                continue
            _folder(candidate, selection)
            continue
        if not candidate.is_file():
            selection.skipped.append(Skipped(candidate, "not a regular file"))
            continue
        reason = skip_reason(candidate, relative)
        if reason is None:
            selection.files.append(candidate)
        else:
            selection.skipped.append(Skipped(candidate, reason))


def folder_reports(folder: Path) -> Selection:
    """A folder's report files, recursively, and every file it leaves out with its reason."""
    selection = Selection()
    _folder(folder, selection)
    return selection


def select(arguments: Iterable[str | Path]) -> Selection:
    """Files, folders (recursively) and globs to the files to read; an argument giving none is a problem."""
    selection = Selection()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            inside = folder_reports(path)
            selection.files.extend(inside.files)
            selection.skipped.extend(inside.skipped)
            if not inside.files:
                selection.problems.append(Skipped(path, "no report files (.txt, .md, .html) in this folder"))
        elif path.is_file():
            selection.files.append(path)  # named on its own: read whatever its name
        elif glob.has_magic(str(argument)):
            matches = sorted(Path(p) for p in glob.glob(str(argument), recursive=True) if Path(p).is_file())
            before = len(selection.files)
            for match in matches:
                reason = skip_reason(match)
                if reason is None:
                    selection.files.append(match)
                else:
                    selection.skipped.append(Skipped(match, reason))
            if len(selection.files) == before:
                selection.problems.append(Skipped(path, "no report file matches this pattern"))
        elif path.exists():
            selection.problems.append(Skipped(path, "not a regular file"))
        else:
            selection.problems.append(Skipped(path, "no such file or directory"))
    return selection


def skipped_lines(skipped: Iterable[Skipped]) -> list[str]:
    """One line per reason, naming every file left out for it."""
    by_reason: dict[str, list[str]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(str(item.path))
    return [
        f"skipped {len(paths)} file(s), {reason}: {', '.join(paths)}" for reason, paths in by_reason.items()
    ]
