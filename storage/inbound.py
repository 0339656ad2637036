"""Incoming messages already handled, by platform message id (Zalo serves updates again)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from storage.models import ReceivedUpdate


def first_time(session: Session, *, platform: str, message_id: str, now: datetime) -> bool:
    """Record `message_id` as handled; False when it already was (a repeat to skip)."""
    values = dict(platform=platform, message_id=message_id[:64], received_at=now)
    table = ReceivedUpdate.__table__
    if session.get_bind().dialect.name == "postgresql":
        statement = pg_insert(table).values(**values).on_conflict_do_nothing(constraint="uq_received_updates_platform_message")
    else:
        statement = sqlite_insert(table).values(**values).on_conflict_do_nothing()
    return session.execute(statement.returning(table.c.id)).first() is not None  # type: ignore[attr-defined]


def forget_before(session: Session, *, before: datetime) -> int:
    """Drop records older than `before` (the platform does not repeat week-old updates); how many."""
    result = session.execute(delete(ReceivedUpdate).where(col(ReceivedUpdate.received_at) < before))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
