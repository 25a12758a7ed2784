"""PostgreSQL full-text search: one tsvector per searchable field (accent-free French and English stems,
and plain words), generated from the text in `search_docs` and indexed with GIN; an index for newest-first
hits. Nothing changes on SQLite (FTS5).

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
# Accents go before English and plain words are looked up; French is stemmed first (its stemmer reads
# the accents: "acquittée" and "acquittés" both stem to "acquitt") and its stems lose their accents after.
CONFIGURATIONS = {"docket_english": ("english", "english_stem"), "docket_simple": ("simple", "simple")}
VECTORS = (
    "docket_unaccent(to_tsvector('french', {text})::text)::tsvector",
    "to_tsvector('docket_english', {text})",
    "to_tsvector('docket_simple', {text})",
)
INDEX = "ix_search_docs_vectors"
# Hits come newest first: a common word is answered by walking this index until the page is full.
DATE_INDEX = "ix_search_docs_date"


def _vector(column: str) -> str:
    # Every piece is immutable (constant configurations), so the vector can be a generated column.
    return " || ".join(v.format(text=f"coalesce({column}, '')") for v in VECTORS)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
    )
    unaccent_schema = schema.scalar()
    if unaccent_schema is None:
        # Trusted since PostgreSQL 13: a database owner may create it. Otherwise an administrator must.
        op.execute("CREATE EXTENSION unaccent")
        unaccent_schema = "public"
    # unaccent() is only STABLE (it reads its dictionary by name); with the dictionary fixed it is
    # immutable in fact, which generated columns need.
    op.execute(
        "CREATE FUNCTION docket_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"AS $$ SELECT {unaccent_schema}.unaccent('{unaccent_schema}.unaccent'::regdictionary, $1) $$"
    )
    for name, (base, dictionary) in CONFIGURATIONS.items():
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            "asciiword, asciihword, hword_asciipart, hword, hword_part, word "
            f"WITH {unaccent_schema}.unaccent, {dictionary}"
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
    op.execute("DROP FUNCTION IF EXISTS docket_unaccent(text)")
