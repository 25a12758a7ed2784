"""Hearings as calendar events: which hearings are one event, and when that event changed.

A hearing is one event for as long as it is the same sitting of the court: a renvoi (a new hearing whose
previous one was postponed) or a person's correction of a hearing moves that event rather than adding one.
Every hearing of such a chain carries the UUID of its first one (`Hearing.uid`, kept by export/import and
`docket db copy`), so a calendar that subscribes updates its event instead of keeping a stale one. The
chain's current hearing carries the event's revision (`sequence`, bumped when its date, hour, status or
purpose changes) and when that was (`modified_at`).

`sync_events` is run inside every write that touches a case's hearings (ingest, records, merges, imports).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m

CHUNK = 500


def fingerprint(hearing: m.Hearing) -> str:
    """What the event says that a calendar shows: a change of any of these is a new revision."""
    said = "|".join(
        (
            hearing.date.isoformat(),
            hearing.time.isoformat("minutes") if hearing.time else "",
            hearing.status or "",
            hearing.purpose or "",
        )
    )
    return hashlib.sha256(said.encode("utf-8")).hexdigest()


def chains(hearings: Sequence[m.Hearing]) -> dict[int, list[m.Hearing]]:
    """Hearings (all of some cases) grouped by the first hearing of their chain."""
    by_id = {h.id: h for h in hearings}

    def root(hearing: m.Hearing) -> m.Hearing:
        seen = {hearing.id}
        while True:
            if hearing.corrects_id in by_id:
                nxt = by_id[hearing.corrects_id]  # type: ignore[index]
            elif hearing.previous_id in by_id and by_id[hearing.previous_id].status == "postponed":  # type: ignore[index]
                nxt = by_id[hearing.previous_id]  # type: ignore[index]
            else:
                return hearing
            if nxt.id in seen:
                return hearing
            seen.add(nxt.id)
            hearing = nxt

    groups: dict[int, list[m.Hearing]] = {}
    for hearing in sorted(hearings, key=lambda h: h.id):
        groups.setdefault(root(hearing).id, []).append(hearing)
    return groups


def current(chain: Sequence[m.Hearing]) -> m.Hearing:
    """The hearing a chain's event shows: the newest one nothing in the chain replaced."""
    replaced = {h.corrects_id for h in chain} | {
        h.previous_id for h in chain if h.previous_id is not None and h.corrects_id is None
    }
    standing = [h for h in chain if h.id not in replaced] or list(chain)
    return max(standing, key=lambda h: h.id)


def sync_events(session: Session, case_ids: Iterable[int]) -> None:
    """Give every hearing of these cases its chain's UUID, and the chains whose current hearing changed a
    new revision. Call after the hearings are written (ids known)."""
    ids = sorted(set(case_ids))
    if not ids:
        return
    session.flush()
    for start in range(0, len(ids), CHUNK):
        hearings = session.scalars(
            select(m.Hearing).where(m.Hearing.case_id.in_(ids[start : start + CHUNK]))
        ).all()
        for chain in chains(hearings).values():
            _sync_chain(chain)
    session.flush()


def _sync_chain(chain: list[m.Hearing]) -> None:
    first = chain[0]
    if not first.uid:
        first.uid = m.new_uid()
    for hearing in chain[1:]:
        if hearing.uid != first.uid:
            hearing.uid = first.uid
    shown = current(chain)
    said = fingerprint(shown)
    if said == shown.fingerprint:
        return
    highest = max(h.sequence or 0 for h in chain)
    if shown.fingerprint is None and len(chain) == 1 and highest == 0:
        shown.sequence = 0  # a new hearing: its first revision
        shown.modified_at = shown.created_at or m.stored_now()
    else:
        shown.sequence = highest + 1
        shown.modified_at = m.stored_now()
    shown.fingerprint = said
