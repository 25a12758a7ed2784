"""What the dashboard keeps between runs, in the user's config directory (platformdirs): theme, locale,
home filters, recent searches and when home was last seen (for "what changed since your last visit").

One small JSON file; `DOCKET_CONFIG_DIR` names another folder (tests point it at a temporary one). A file
that cannot be read or written never stops the dashboard: it starts with the defaults.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from platformdirs import user_config_dir

FILE_NAME = "tui.json"
RECENT_SEARCHES = 8


def config_dir() -> Path:
    return Path(os.environ.get("DOCKET_CONFIG_DIR") or user_config_dir("docket", appauthor=False))


@dataclass
class Settings:
    theme: str | None = None
    locale: str | None = None
    court: str | None = None  # home's filters
    country: str | None = None
    include_past: bool = False
    recent_searches: list[str] = field(default_factory=list)
    last_visit: str | None = None  # ISO timestamp (UTC) of the previous run's start
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or config_dir() / FILE_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        known = {f.name for f in fields(cls)} - {"path"}
        values = {k: v for k, v in data.items() if k in known} if isinstance(data, dict) else {}
        settings = cls(path=path)
        for name, value in values.items():
            default = getattr(settings, name)
            if value is None or isinstance(value, type(default)) or default is None:
                setattr(settings, name, value)
        settings.recent_searches = [q for q in settings.recent_searches if isinstance(q, str)][
            :RECENT_SEARCHES
        ]
        return settings

    def save(self) -> None:
        if self.path is None:
            return
        data = asdict(self)
        data.pop("path")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            temporary.replace(self.path)
        except OSError:
            pass  # a read-only home: the dashboard works, it just does not remember

    def remember_search(self, query: str) -> None:
        query = query.strip()
        if not query or (self.recent_searches and self.recent_searches[0] == query):
            return
        # A query typed on from the last one ("Hound" then "Houndégnon") replaces it.
        recent = [q for q in self.recent_searches if q != query]
        if recent and query.startswith(recent[0]):
            recent.pop(0)
        self.recent_searches = [query, *recent][:RECENT_SEARCHES]
        self.save()

    def previous_visit(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.last_visit) if self.last_visit else None
        except ValueError:
            return None
