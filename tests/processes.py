"""The processes a test started, as /proc tells them: what a killed command leaves behind."""

from __future__ import annotations

from pathlib import Path


def children(pid: int) -> set[int]:
    """Every living descendant of `pid` (parsing workers, multiprocessing's resource tracker)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found
