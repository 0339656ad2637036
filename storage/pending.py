"""The question the bot is waiting on in a chat, one per (platform, user, chat), with an expiry.

Asking writes it in the transaction of the action that asks (a newer question replaces the older
one); the answer takes it with `DELETE … RETURNING` in the transaction of the action that answers,
so that of two instances receiving two messages only one gets it, and an answer that fails leaves
it in place. The person and the organization always come from the server-side `Member`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from storage.models import Member, PendingInput

#: A question left unanswered this long no longer captures the person's next message.
PENDING_TTL = timedelta(minutes=30)

_COLUMNS = tuple(PendingInput.__table__.c)  # type: ignore[attr-defined]


def is_fresh(pending: PendingInput, *, now: datetime) -> bool:
    """Whether a question is still waiting for its answer at `now`."""
    return pending.expires_at > now


def _key(member: Member, chat_id: str) -> list[ColumnElement[bool]]:
    return [
        PendingInput.platform == member.platform,  # type: ignore[list-item]
        PendingInput.platform_user_id == member.platform_user_id,  # type: ignore[list-item]
        PendingInput.chat_id == str(chat_id),  # type: ignore[list-item]
        PendingInput.org_id == member.org_id,  # type: ignore[list-item]
    ]


def set_pending(
    session: Session,
    *,
    member: Member,
    chat_id: str,
    kind: str,
    payload: dict[str, Any] | None = None,
    now: datetime,
    ttl: timedelta = PENDING_TTL,
) -> None:
    """Ask `member` a question in `chat_id`, replacing any earlier one there (an upsert, so two
    instances asking at once leave one row, not a unique-key error)."""
    values = dict(
        org_id=member.org_id, platform=member.platform, platform_user_id=member.platform_user_id,
        chat_id=str(chat_id), kind=kind, payload=payload or {}, created_at=now, expires_at=now + ttl,
    )
    replace = {name: values[name] for name in ("org_id", "kind", "payload", "created_at", "expires_at")}
    table = PendingInput.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        statement = pg_insert(table).values(**values).on_conflict_do_update(
            constraint="uq_pending_inputs_user_chat", set_=replace
        )
    else:
        statement = sqlite_insert(table).values(**values).on_conflict_do_update(
            index_elements=["platform", "platform_user_id", "chat_id"], set_=replace
        )
    session.execute(statement)


def get_pending(session: Session, *, member: Member, chat_id: str, now: datetime) -> PendingInput | None:
    """The question waiting in `chat_id`, if still fresh (read only: answering uses `take_pending`)."""
    pending = session.exec(select(PendingInput).where(*_key(member, chat_id))).first()
    return pending if pending is not None and is_fresh(pending, now=now) else None


def take_pending(
    session: Session, *, member: Member, chat_id: str, now: datetime, kind: str | None = None
) -> PendingInput | None:
    """Remove and return the question waiting in `chat_id` (of `kind`, when given), if still fresh.

    One statement deletes and returns the row: a concurrent transaction taking the same question
    waits for this one and then finds nothing. An expired question is removed and None returned."""
    statement = delete(PendingInput).where(*_key(member, chat_id))
    if kind is not None:
        statement = statement.where(PendingInput.kind == kind)  # type: ignore[arg-type]
    row = session.execute(statement.returning(*_COLUMNS)).first()
    if row is None:
        return None
    pending = PendingInput.model_validate(dict(row._mapping))
    return pending if is_fresh(pending, now=now) else None


def clear_pending(session: Session, *, member: Member, chat_id: str, now: datetime) -> bool:
    """Forget the question waiting in `chat_id`; True if a fresh one was there."""
    return take_pending(session, member=member, chat_id=chat_id, now=now) is not None
