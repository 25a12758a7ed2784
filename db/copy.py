"""`docket db copy --to URL`: the whole docket into another database, ids kept (SQLite <-> PostgreSQL).

A team moves a personal SQLite docket into its shared PostgreSQL one (or takes a copy home): sources,
cases, manual records, evidence, follows and feeds keep their ids, so anything that names them (notes,
links, an export) still points at the same thing. Tables go over in foreign-key order, and the search
index is rebuilt by the target's own backend, all in one transaction on the target: a copy interrupted at
any moment leaves the target as empty as it was, never rows without their index, and the same command
copies again from the start.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from . import models as m
from .schema import IMMEDIATE, make_engine, shown_url
from .search import SearchIndex
from .store import Store, StoreError

CHUNK = 1000
# Rebuilt on the target (its text lives in a backend-specific index); the target has its own state row.
NOT_COPIED = frozenset({m.SearchDoc.__tablename__, m.DocketState.__tablename__})


def _tables() -> list[Table]:
    return [t for t in m.Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def _self_references(table: Table) -> list[str]:
    """Columns pointing into their own table (a correction, a merge): filled once every row exists."""
    return [
        column.name for column in table.columns if any(fk.column.table is table for fk in column.foreign_keys)
    ]


def _row_counts(connection: Connection) -> dict[str, int]:
    return {t.name: connection.scalar(select(func.count()).select_from(t)) or 0 for t in _tables()}


def copy_docket(source_url: str, target_url: str) -> dict[str, int]:
    """Copy every row of the docket at `source_url` into the empty docket at `target_url`; rows per table."""
    if source_url == target_url:
        raise StoreError("db copy: the target is the docket itself")
    # Opening brings both schemas to the current version (and creates the target's).
    Store.open(source_url).close()
    Store.open(target_url).close()
    source_engine = make_engine(source_url)
    target_engine = make_engine(target_url)
    try:
        with source_engine.connect() as reader, target_engine.connect() as writer:
            writer = writer.execution_options(**{IMMEDIATE: True})
            with writer.begin():
                already = {name: n for name, n in _row_counts(writer).items() if n}
                if already:
                    held = ", ".join(f"{n} {name}" for name, n in sorted(already.items()))
                    raise StoreError(
                        f"db copy: the docket at {shown_url(target_url)} is not empty ({held}): "
                        "copy into an empty database"
                    )
                counts = {table.name: _copy_table(reader, writer, table) for table in _tables()}
                if writer.dialect.name == "postgresql":
                    _advance_sequences(writer)
                _index(writer)
    finally:
        source_engine.dispose()
        target_engine.dispose()
    return counts


def _index(writer: Connection) -> None:
    """The target's search index, in the copy's own transaction (the session joins it, commits nothing)."""
    with Session(bind=writer, join_transaction_mode="rollback_only") as session:
        SearchIndex(writer.dialect.name).rebuild(session)
        session.flush()
    writer.execute(
        update(m.DocketState).where(m.DocketState.id == 1).values(version=m.DocketState.version + 1)
    )


def _copy_table(reader: Connection, writer: Connection, table: Table) -> int:
    later = _self_references(table)
    key = list(table.primary_key.columns)
    pointing: list[dict[str, object]] = []
    copied = 0
    result = reader.execution_options(yield_per=CHUNK).execute(select(table).order_by(*key))
    for rows in result.partitions():
        batch = [dict(row._mapping) for row in rows]
        writer.execute(table.insert(), [{**row, **dict.fromkeys(later)} for row in batch])
        pointing += [row for row in batch if any(row[c] is not None for c in later)]
        copied += len(batch)
    if pointing:
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({c: bindparam(f"new_{c}") for c in later})
        )
        writer.execute(
            statement, [{"row_id": r["id"], **{f"new_{c}": r[c] for c in later}} for r in pointing]
        )
    return copied


def _advance_sequences(writer: Connection) -> None:
    """Explicit ids leave each table's sequence behind: the next new row must get the next free id."""
    for table in _tables():
        if "id" not in table.columns or not table.c.id.primary_key:
            continue
        writer.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), max_id) "
                f'FROM (SELECT max(id) AS max_id FROM "{table.name}") AS m WHERE max_id IS NOT NULL'
            ),
            {"table": table.name},
        )
