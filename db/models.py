"""The docket's tables (SQLAlchemy 2.x typed ORM).

Parsed facts are deduplicated per case (one hearing per case and date, one ruling per case, date, kind and
party…) and each report that states a fact adds an `Evidence` row pointing at its sentence. Replacing a
source therefore only deletes that source's evidence; a parsed record left with no evidence goes with it.
Manual records (origin "manual") have no evidence and are never touched by ingest.

Datetimes are stored as naive UTC; dates as dates. Nothing here is SQLite-specific, so the same models
serve PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from docket.clock import utcnow

PARSED = "parsed"
MANUAL = "manual"
HEARING_STATUSES = ("scheduled", "held", "postponed", "unconfirmed", "cancelled")


def stored_now() -> dt.datetime:
    """`docket.clock.utcnow()` as the store keeps datetimes: UTC, without a tzinfo."""
    return utcnow().replace(tzinfo=None)


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class DocketState(Base):
    """A single row whose `version` every write transaction bumps: the dashboard's cheap change signal."""

    __tablename__ = "docket_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    uri: Mapped[str] = mapped_column(String(2000), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)
    encoding: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    articles: Mapped[list[Article]] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True, order_by="Article.start"
    )


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    published: Mapped[dt.date | None] = mapped_column(Date)
    published_text: Mapped[str | None] = mapped_column(Text)
    is_court_report: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[Source] = relationship(back_populates="articles")


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    court: Mapped[str | None] = mapped_column(Text)
    court_text: Mapped[str | None] = mapped_column(Text)
    court_abbr: Mapped[str | None] = mapped_column(String(40))
    court_key: Mapped[str | None] = mapped_column(String(300), index=True)  # folded, for matching
    chamber: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    origin: Mapped[str] = mapped_column(String(10), default=PARSED)
    follows_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    followed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    follow_note: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now, onupdate=stored_now)


class CaseReport(Base):
    """An article that reported on a case (one article may report several cases)."""

    __tablename__ = "case_reports"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CaseNameKey(Base):
    """Folded name tokens of a case's defendants: the index case merging looks candidates up in."""

    __tablename__ = "case_name_keys"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    token: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class Party(Base):
    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(String(300), index=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)


class CaseParty(Base):
    __tablename__ = "case_parties"
    __table_args__ = (UniqueConstraint("case_id", "party_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    role_text: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(10), default=PARSED)
    party: Mapped[Party] = relationship()


class Charge(Base):
    __tablename__ = "charges"
    __table_args__ = (UniqueConstraint("case_id", "label"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(10), default=PARSED)


class Hearing(Base):
    __tablename__ = "hearings"
    __table_args__ = (
        Index("ix_hearings_date_case", "date", "case_id"),
        Index("ix_hearings_status_date", "status", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    date_text: Mapped[str | None] = mapped_column(Text)
    precision: Mapped[str] = mapped_column(String(5), default="day")
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    purpose: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(10), default=PARSED)
    recorded_by: Mapped[str | None] = mapped_column(String(200))
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), index=True
    )
    # The hearing this one was set at or replaced (a renvoi): what the monitor reports as "moved".
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now, index=True)
    # The hearing's calendar event (db/events.py): a UUID kept by export/import and db copy, shared by a
    # hearing and what replaces it (a renvoi, a correction); its revision number and when it last changed;
    # what the event said at that revision (date, time, status, purpose), to tell when it changes.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    modified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    time: Mapped[dt.time | None] = mapped_column(Time)  # the hour, when a person recorded it


class Ruling(Base):
    __tablename__ = "rulings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_text: Mapped[str | None] = mapped_column(Text)
    precision: Mapped[str | None] = mapped_column(String(5))
    kind: Mapped[str] = mapped_column(String(30))
    party: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(10), default=PARSED)
    recorded_by: Mapped[str | None] = mapped_column(String(200))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("rulings.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now, index=True)


class Evidence(Base):
    """A sentence of a report that states a parsed fact; exactly one of the record columns is set."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    claim: Mapped[str | None] = mapped_column(String(12))  # what a report said of a hearing: held/scheduled
    hearing_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id", ondelete="CASCADE"), index=True)
    ruling_id: Mapped[int | None] = mapped_column(ForeignKey("rulings.id", ondelete="CASCADE"), index=True)
    charge_id: Mapped[int | None] = mapped_column(ForeignKey("charges.id", ondelete="CASCADE"), index=True)
    case_party_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_parties.id", ondelete="CASCADE"), index=True
    )


class DuplicateCandidate(Base):
    __tablename__ = "duplicate_candidates"
    __table_args__ = (UniqueConstraint("case_a_id", "case_b_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_a_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    case_b_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(default=0.0)


class SearchDoc(Base):
    """Folded searchable text, for dialects without a native full-text backend (see db/search.py)."""

    __tablename__ = "search_docs"
    id: Mapped[int] = mapped_column(primary_key=True)  # 2*case_id for a case, 2*article_id+1 for a report
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source_id: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date)
    report: Mapped[str] = mapped_column(Text, default="")
    party: Mapped[str] = mapped_column(Text, default="")
    court: Mapped[str] = mapped_column(Text, default="")
    charge: Mapped[str] = mapped_column(Text, default="")
    ruling: Mapped[str] = mapped_column(Text, default="")


class Feed(Base):
    __tablename__ = "feeds"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_new_item_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    next_poll_after: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # added with --allow-private: the feed (its redirects and its items' pages) may reach private addresses
    allow_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SeenItem(Base):
    __tablename__ = "seen_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("feeds.id", ondelete="SET NULL"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    content_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)
    is_court_report: Mapped[bool] = mapped_column(Boolean, default=False)


class User(Base):
    """Who may read the docket through `docket serve`: a name and the SHA-256 of a token shown once."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    read_only: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)
