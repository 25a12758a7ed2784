"""PostgreSQL full-text search: one tsvector per searchable field (accent-free French, English and plain
words), generated from the text in `search_docs` and indexed with GIN, and an index for newest-first hits.
Nothing changes on SQLite (FTS5).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The same names as db.search_pg: a migration must keep working when that module changes.
FIELDS = ("report", "party", "court", "charge", "ruling")
CONFIGURATIONS = {"docket_french": "french_stem", "docket_english": "english_stem", "docket_simple": "simple"}
BASE_CONFIGURATION = {"docket_french": "french", "docket_english": "english", "docket_simple": "simple"}
INDEX = "ix_search_docs_vectors"
# Hits come newest first: a common word is answered by walking this index until the page is full.
DATE_INDEX = "ix_search_docs_date"


def _vector(column: str) -> str:
    # Each configuration is a constant: to_tsvector(regconfig, text) is immutable, so it can be generated.
    return " || ".join(f"to_tsvector('{name}', coalesce({column}, ''))" for name in CONFIGURATIONS)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    has_unaccent = op.get_bind().exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
    if has_unaccent.scalar() is None:
        # Trusted since PostgreSQL 13: a database owner may create it. Otherwise an administrator must.
        op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, dictionary in CONFIGURATIONS.items():
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{BASE_CONFIGURATION[name]})")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            f"asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, {dictionary}"
        )
    for field in FIELDS:
        op.execute(
            f"ALTER TABLE search_docs ADD COLUMN vector_{field} tsvector "
            f"GENERATED ALWAYS AS ({_vector(field)}) STORED"
        )
    columns = ", ".join(f"vector_{field}" for field in FIELDS)
    op.execute(f"CREATE INDEX {INDEX} ON search_docs USING gin ({columns})")
    op.execute(f"CREATE INDEX {DATE_INDEX} ON search_docs (date DESC NULLS LAST, id)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {DATE_INDEX}")
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    for field in FIELDS:
        op.execute(f"ALTER TABLE search_docs DROP COLUMN IF EXISTS vector_{field}")
    for name in CONFIGURATIONS:
        op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
