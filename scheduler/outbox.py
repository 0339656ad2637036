"""Enqueueing messages. Every message anybody wants delivered becomes an outbox row in the
caller's transaction; the unique (chat, kind, subject, day) key makes enqueueing idempotent."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from storage.models import Outbox, utcnow


def enqueue(
    session: Session,
    *,
    org_id: int,
    chat_id: int,
    kind: str,
    subject: str,
    for_date: date,
    text: str,
    reply_markup: dict[str, Any] | None = None,
    parse_mode: str | None = "HTML",
    now: datetime | None = None,
) -> bool:
    """Add one message for `chat_id` (a `Chat.id`) unless the same one is already queued; True if added."""
    now = now or utcnow()
    values = dict(
        org_id=org_id, chat_id=chat_id, kind=kind, subject=subject[:120], for_date=for_date, text=text,
        reply_markup=reply_markup, parse_mode=parse_mode, status="pending", attempts=0,
        next_attempt_at=now, created_at=now,
    )
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement = pg_insert(Outbox.__table__).values(**values).on_conflict_do_nothing(
            constraint="uq_outbox_recipient_kind_subject_day"
        )
    elif dialect == "sqlite":
        statement = sqlite_insert(Outbox.__table__).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        statement = insert(Outbox.__table__).values(**values)
    # RETURNING says reliably whether the row went in; rowcount is -1 for ORM inserts on psycopg.
    return session.execute(statement.returning(Outbox.__table__.c.id)).first() is not None
