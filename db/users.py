"""The people `docket serve` lets in: each has a name and a token, stored as its SHA-256 only.

A token is 32 random bytes (URL-safe text), so a plain hash suffices: there is nothing to guess.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select

from . import models as m
from .store import Store, StoreError

TOKEN_BYTES = 32


@dataclass(frozen=True, slots=True)
class UserView:
    user_id: int
    name: str
    read_only: bool
    created_at: dt.datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _view(user: m.User) -> UserView:
    return UserView(user.id, user.name, bool(user.read_only), user.created_at)


def add(store: Store, name: str, read_only: bool = False) -> tuple[UserView, str]:
    """A new user and their token (shown once: only its hash is kept)."""
    name = name.strip()
    if not name:
        raise StoreError("a user needs a name")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with store._write() as session:
        if session.scalar(select(m.User.id).where(m.User.name == name)) is not None:
            raise StoreError(f"there is already a user named {name!r}")
        user = m.User(name=name, token_hash=token_hash(token), read_only=read_only)
        session.add(user)
        session.flush()
        return _view(user), token


def listed(store: Store) -> list[UserView]:
    with store._read() as session:
        return [_view(u) for u in session.scalars(select(m.User).order_by(m.User.name))]


def remove(store: Store, name: str) -> bool:
    with store._write() as session:
        return bool(session.execute(delete(m.User).where(m.User.name == name)).rowcount)


def by_token(store: Store, token: str) -> UserView | None:
    if not token:
        return None
    with store._read() as session:
        user = session.scalar(select(m.User).where(m.User.token_hash == token_hash(token)))
        return _view(user) if user is not None else None
