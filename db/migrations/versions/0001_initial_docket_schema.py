"""Initial docket schema: sources, articles, cases, parties, charges, hearings, rulings, evidence.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("court", sa.Text(), nullable=True),
        sa.Column("court_text", sa.Text(), nullable=True),
        sa.Column("court_abbr", sa.String(length=40), nullable=True),
        sa.Column("court_key", sa.String(length=300), nullable=True),
        sa.Column("chamber", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("follows_case_id", sa.Integer(), nullable=True),
        sa.Column("followed", sa.Boolean(), nullable=False),
        sa.Column("follow_note", sa.Text(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["follows_case_id"], ["cases.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_court_key"), ["court_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_followed"), ["followed"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_follows_case_id"), ["follows_case_id"], unique=False)

    op.create_table(
        "docket_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(
        sa.table("docket_state", sa.column("id", sa.Integer), sa.column("version", sa.Integer)),
        [{"id": 1, "version": 0}],
    )
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("normalized", sa.String(length=300), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parties_normalized"), ["normalized"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uri", sa.String(length=2000), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uri"),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_sha256"), ["sha256"], unique=False)

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_text", sa.Text(), nullable=True),
        sa.Column("is_court_report", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_source_id"), ["source_id"], unique=False)

    op.create_table(
        "case_name_keys",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "token"),
    )
    with op.batch_alter_table("case_name_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_name_keys_token"), ["token"], unique=False)

    op.create_table(
        "case_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("role_text", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "party_id", "role"),
    )
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_parties_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_parties_party_id"), ["party_id"], unique=False)

    op.create_table(
        "charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "label"),
    )
    with op.batch_alter_table("charges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charges_case_id"), ["case_id"], unique=False)

    op.create_table(
        "duplicate_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_a_id", sa.Integer(), nullable=False),
        sa.Column("case_b_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(["case_a_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_b_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_a_id", "case_b_id"),
    )
    with op.batch_alter_table("duplicate_candidates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duplicate_candidates_case_a_id"), ["case_a_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_duplicate_candidates_case_b_id"), ["case_b_id"], unique=False)

    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("precision", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["corrects_id"], ["hearings.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["previous_id"], ["hearings.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hearings_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hearings_corrects_id"), ["corrects_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hearings_created_at"), ["created_at"], unique=False)
        batch_op.create_index("ix_hearings_date_case", ["date", "case_id"], unique=False)

    op.create_table(
        "rulings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("precision", sa.String(length=5), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("party", sa.Text(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["corrects_id"], ["rulings.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rulings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rulings_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rulings_corrects_id"), ["corrects_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rulings_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_rulings_date"), ["date"], unique=False)

    op.create_table(
        "case_reports",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "article_id"),
    )
    with op.batch_alter_table("case_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_reports_article_id"), ["article_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("claim", sa.String(length=12), nullable=True),
        sa.Column("hearing_id", sa.Integer(), nullable=True),
        sa.Column("ruling_id", sa.Integer(), nullable=True),
        sa.Column("charge_id", sa.Integer(), nullable=True),
        sa.Column("case_party_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_party_id"], ["case_parties.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["charge_id"], ["charges.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["ruling_id"], ["rulings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_case_party_id"), ["case_party_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_charge_id"), ["charge_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_hearing_id"), ["hearing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_ruling_id"), ["ruling_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_ruling_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_hearing_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_charge_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_case_party_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_article_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("case_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_reports_article_id"))

    op.drop_table("case_reports")
    with op.batch_alter_table("rulings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rulings_date"))
        batch_op.drop_index(batch_op.f("ix_rulings_created_at"))
        batch_op.drop_index(batch_op.f("ix_rulings_case_id"))
        batch_op.drop_index(batch_op.f("ix_rulings_corrects_id"))

    op.drop_table("rulings")
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_index("ix_hearings_date_case")
        batch_op.drop_index(batch_op.f("ix_hearings_created_at"))
        batch_op.drop_index(batch_op.f("ix_hearings_case_id"))
        batch_op.drop_index(batch_op.f("ix_hearings_corrects_id"))

    op.drop_table("hearings")
    with op.batch_alter_table("duplicate_candidates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_candidates_case_b_id"))
        batch_op.drop_index(batch_op.f("ix_duplicate_candidates_case_a_id"))

    op.drop_table("duplicate_candidates")
    with op.batch_alter_table("charges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charges_case_id"))

    op.drop_table("charges")
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_parties_party_id"))
        batch_op.drop_index(batch_op.f("ix_case_parties_case_id"))

    op.drop_table("case_parties")
    with op.batch_alter_table("case_name_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_name_keys_token"))

    op.drop_table("case_name_keys")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_source_id"))

    op.drop_table("articles")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_sha256"))

    op.drop_table("sources")
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parties_normalized"))

    op.drop_table("parties")
    op.drop_table("docket_state")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_follows_case_id"))
        batch_op.drop_index(batch_op.f("ix_cases_followed"))
        batch_op.drop_index(batch_op.f("ix_cases_created_at"))
        batch_op.drop_index(batch_op.f("ix_cases_court_key"))
        batch_op.drop_index(batch_op.f("ix_cases_country"))

    op.drop_table("cases")
