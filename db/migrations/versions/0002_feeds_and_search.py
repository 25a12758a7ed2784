"""Feeds and seen items for the monitor; the search index (FTS5 on SQLite, folded text elsewhere).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The same statement as db.search.FTS_CREATE: a migration must keep working when that module changes.
FTS_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "report, party, court, charge, ruling, tokenize = 'unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_polled_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_new_item_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("next_poll_after", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
    )
    op.create_table(
        "search_docs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("party", sa.Text(), nullable=False),
        sa.Column("court", sa.Text(), nullable=False),
        sa.Column("charge", sa.Text(), nullable=False),
        sa.Column("ruling", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("search_docs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_docs_case_id"), ["case_id"], unique=False)

    op.create_table(
        "seen_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("is_court_report", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("seen_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seen_items_content_sha256"), ["content_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_seen_items_feed_id"), ["feed_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seen_items_url"), ["url"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute(FTS_CREATE)
    # Reports and cases already in the docket are indexed by the store on its next start (see db/search.py).


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table("seen_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seen_items_url"))
        batch_op.drop_index(batch_op.f("ix_seen_items_feed_id"))
        batch_op.drop_index(batch_op.f("ix_seen_items_content_sha256"))

    op.drop_table("seen_items")
    with op.batch_alter_table("search_docs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_docs_case_id"))

    op.drop_table("search_docs")
    op.drop_table("feeds")
