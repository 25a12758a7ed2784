"""Import hygiene the import contracts (`.ci/lint-imports`) cannot see: the standard library."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOT_IN_THE_STORE = {"argparse", "subprocess", "httpx", "feedparser", "trafilatura", "watchfiles", "signal"}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_the_store_is_storage_only() -> None:
    for path in sorted((REPO / "db").rglob("*.py")):
        assert not imported(path) & NOT_IN_THE_STORE, path


def test_no_code_imports_the_folders_as_top_level_packages() -> None:
    for folder in ("docket", "db", "tui", "monitor", "tests", "bench"):
        for path in sorted((REPO / folder).rglob("*.py")):
            assert not imported(path) & {"db", "tui", "monitor"}, path
