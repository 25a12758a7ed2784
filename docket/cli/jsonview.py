"""The docket as data: the store's records as JSON for scripts (`--format json|jsonl`) and `docket serve`.

Each shape has its JSON Schema in docket/schemas/ (hearings, cases, case, search, feeds). Dates are ISO
8601 (YYYY-MM-DD), times UTC ISO 8601, tuples arrays; field names are the store's own (docket/db/views.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from importlib import resources
from typing import IO, Any

SCHEMAS = ("hearings", "cases", "case", "search", "feeds")


def plain(value: Any) -> Any:
    """A view (frozen dataclass), and what it holds, as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def feed(view: Any, now: dt.datetime) -> dict[str, Any]:
    from docket.monitor.poll import is_stale

    return {**plain(view), "stale": is_stale(view, now)}


def dumps(value: Any, indent: int | None = 1) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=False)


def write(items: Any, fmt: str, out: IO[str]) -> None:
    """json: one document (indented); jsonl: one compact object a line (for a list)."""
    if fmt == "jsonl" and isinstance(items, list):
        for item in items:
            out.write(dumps(item, indent=None) + "\n")
    else:
        out.write(dumps(items) + "\n")


def schema(name: str) -> dict[str, Any]:
    if name not in SCHEMAS:
        raise KeyError(name)
    text = resources.files("docket").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def items(values: Iterable[Any]) -> list[Any]:
    return [plain(v) for v in values]
