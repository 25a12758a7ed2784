"""Calendar events of hearings: a stored UUID per hearing (shared by a hearing and what replaced it — a
renvoi or a correction), a revision number and its time, the fingerprint of what the event said, and an
optional hour.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CHUNK = 1000


def upgrade() -> None:
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("modified_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("time", sa.Time(), nullable=True))
        batch_op.create_index("ix_hearings_uid", ["uid"], unique=False)
    # Existing hearings get their UUID here; a renvoi (the previous hearing postponed) or a correction shares
    # the UUID of the hearing it replaces, so the event keeps its identity. The same rule as db/events.py,
    # written out: a migration must keep working when that module changes.
    bind = op.get_bind()
    hearings = sa.table(
        "hearings",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("corrects_id", sa.Integer),
        sa.column("previous_id", sa.Integer),
        sa.column("created_at", sa.DateTime),
        sa.column("uid", sa.String),
        sa.column("modified_at", sa.DateTime),
    )
    rows = {
        row.id: row
        for row in bind.execute(
            sa.select(
                hearings.c.id,
                hearings.c.status,
                hearings.c.corrects_id,
                hearings.c.previous_id,
                hearings.c.created_at,
            )
        )
    }

    def root(hearing_id: int) -> int:
        seen = {hearing_id}
        while True:
            row = rows[hearing_id]
            if row.corrects_id in rows:
                nxt = row.corrects_id
            elif row.previous_id in rows and rows[row.previous_id].status == "postponed":
                nxt = row.previous_id
            else:
                return hearing_id
            if nxt in seen:
                return hearing_id
            seen.add(nxt)
            hearing_id = nxt

    uids: dict[int, str] = {}
    values = []
    for hearing_id in sorted(rows):
        key = root(hearing_id)
        uid = uids.setdefault(key, str(uuid.uuid4()))
        values.append({"key": hearing_id, "uid": uid, "modified": rows[hearing_id].created_at})
    statement = (
        sa.update(hearings)
        .where(hearings.c.id == sa.bindparam("key"))
        .values(uid=sa.bindparam("uid"), modified_at=sa.bindparam("modified"))
    )
    for start in range(0, len(values), CHUNK):
        bind.execute(statement, values[start : start + CHUNK])


def downgrade() -> None:
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_index("ix_hearings_uid")
        batch_op.drop_column("time")
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("modified_at")
        batch_op.drop_column("sequence")
        batch_op.drop_column("uid")
