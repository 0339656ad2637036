"""The question the bot is waiting on in a chat, one per (platform, user, chat), with an expiry.

Asking writes it in the transaction of the action that asks (a newer question replaces the older
one); the answer takes it with `DELETE … RETURNING` in the transaction of the action that answers,
so that of two instances receiving two messages only one gets it, and an answer that fails leaves
it in place. The person and the organization always come from the server-side `Member`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from storage.models import Chat, Member, Outbox, PendingInput

#: A question left unanswered this long no longer captures the person's next message.
PENDING_TTL = timedelta(minutes=30)
#: A message sent this soon after a question, with nothing else in the chat between, answers it
#: without saying so; later, or after something else, only an explicit answer does.
ON_SCREEN_WINDOW = timedelta(minutes=10)

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


def peek_pending(session: Session, *, member: Member, chat_id: str, now: datetime, kind: str) -> PendingInput | None:
    """The fresh question of `kind` waiting in `chat_id`, left in place (deciding whether a message
    answers it comes before taking it)."""
    pending = get_pending(session, member=member, chat_id=chat_id, now=now)
    return pending if pending is not None and pending.kind == kind else None


def interrupt_pending(
    session: Session,
    *,
    platform: str,
    chat_id: str,
    kind: str,
    user_id: str | None = None,
    except_user_id: str | None = None,
    shown_on: int | None = None,
) -> int:
    """Something else happened in `chat_id` (a command, a press, someone else's message): the
    questions of `kind` there (only those of `user_id`, when given) are no longer the latest thing
    on screen. Skips the questions of `except_user_id` and those shown on message `shown_on` (a
    press on the question itself). Returns how many were marked."""
    query = select(PendingInput).where(
        PendingInput.platform == platform, PendingInput.chat_id == str(chat_id), PendingInput.kind == kind,
    )
    if user_id is not None:
        query = query.where(PendingInput.platform_user_id == user_id)
    rows = session.exec(query).all()
    marked = 0
    for row in rows:
        if row.platform_user_id == except_user_id or row.payload.get("interrupted"):
            continue
        if shown_on is not None and row.payload.get("message_id") == shown_on:
            continue
        # A statement, not a flush of the loaded row: a row another instance has just taken is no error.
        session.execute(
            update(PendingInput).where(PendingInput.id == row.id).values(payload={**row.payload, "interrupted": True})  # type: ignore[arg-type]
        )
        marked += 1
    return marked


def delivered_count(session: Session, *, platform: str, chat_id: str, in_flight: bool = False) -> int:
    """How many outbox messages (reminders, notices) have been delivered to `chat_id` so far: kept
    with a question, it tells later whether anything arrived below it (a count, not a time, so a
    clock standing still in tests and the demo does not blur the order). With `in_flight`, messages
    being sent count too: the person may see one, and answer below it, before the dispatcher has
    marked it sent."""
    statuses = ("sent", "sending") if in_flight else ("sent",)
    return session.exec(
        select(func.count(Outbox.id))  # type: ignore[arg-type]
        .join(Chat, Chat.id == Outbox.chat_id)  # type: ignore[arg-type]
        .where(Chat.platform == platform, Chat.chat_id == str(chat_id), Outbox.status.in_(statuses))  # type: ignore[attr-defined]
    ).one()


def still_on_screen(session: Session, *, pending: PendingInput, now: datetime, window: timedelta = ON_SCREEN_WINDOW) -> bool:
    """Whether the question is still the latest thing in its chat: asked within `window`, nothing
    done in the chat since (see `interrupt_pending`), and nothing delivered there since (when the
    question noted the `delivered` count at asking)."""
    if pending.payload.get("interrupted") or now - pending.created_at > window:
        return False
    before = pending.payload.get("delivered")
    # counted at asking: what was sent; counted now: what was sent or is being sent (it lands below the question)
    now_count = delivered_count(session, platform=pending.platform, chat_id=pending.chat_id, in_flight=True)
    return before is None or now_count <= int(before)
