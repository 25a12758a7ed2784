"""Alembic environment: runs on the connection the store hands over (see db/schema.py)."""

from __future__ import annotations

from alembic import context

from docket.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through db.schema.upgrade(), which provides the connection")


def _include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    # The FTS5 index and its shadow tables are made by hand, not from the models.
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


context.configure(
    connection=connection,
    include_name=_include_name,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place: batch mode rebuilds the table and keeps its rows.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
