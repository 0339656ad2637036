"""Recording what happened to a claimed outbox row, one transaction per outcome. A blocked chat or a
failed message also enqueues a report to the monitoring board in the same transaction.

Every outcome also releases the chat the dispatcher took for the send (`pace` seconds from now, see
`queries.claim_chats`). A retry or a failure changes the row only while it is still this worker's
claim: if the lease ran out and another dispatcher took the row over (and maybe sent it), a late
verdict from the first must not put a delivered message back in the queue."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from scheduler import messages, queries
from scheduler.outbox import enqueue
from scheduler.recipients import monitor_chats
from storage.clock import local_today
from storage.db import session_scope
from storage.models import Chat, Member, Organization, Outbox, Unit

CHAT_BLOCKED, DELIVERY_FAILED = "chat_blocked", "delivery_failed"
#: Reports about reports would loop when the board itself is unreachable.
REPORT_KINDS = frozenset({CHAT_BLOCKED, DELIVERY_FAILED})
ERROR_LIMIT = 500


def _release(session: Session, chat_pk: int | None, pace: float) -> None:
    if chat_pk is not None:
        queries.release_chat(session, chat_id=chat_pk, after=pace)


def _still_ours(outbox_id: int, worker_id: str | None) -> Any:
    """The row is still in flight under this worker's claim (any claim when `worker_id` is None)."""
    condition = and_(Outbox.id == outbox_id, Outbox.status == "sending")
    return and_(condition, Outbox.claimed_by == worker_id) if worker_id is not None else condition


def mark_sent(
    engine: Engine, *, outbox_id: int, now: datetime, message_id: str, chat_pk: int | None = None, pace: float = 0.0
) -> None:
    """The platform accepted the message (recorded whoever holds the claim now: it was delivered)."""
    with session_scope(engine) as session:
        session.execute(
            update(Outbox).where(Outbox.id == outbox_id)  # type: ignore[arg-type]
            .values(status="sent", sent_at=now, platform_message_id=message_id[:64], last_error=None)
        )
        _release(session, chat_pk, pace)


def reschedule(
    engine: Engine, *, outbox_id: int, now: datetime, delay: float, error: str, count_attempt: bool,
    worker_id: str | None = None, chat_pk: int | None = None, pace: float = 0.0,
) -> bool:
    """Put the row back in the queue to be tried again after `delay` seconds; False if it is no
    longer this worker's claim (left as it is)."""
    values: dict[str, object] = dict(
        status="pending", next_attempt_at=now + timedelta(seconds=delay), claimed_at=None, claimed_by=None,
        last_error=error[:ERROR_LIMIT],
    )
    if not count_attempt:
        values["attempts"] = Outbox.attempts - 1
    with session_scope(engine) as session:
        changed = session.execute(update(Outbox).where(_still_ours(outbox_id, worker_id)).values(**values).returning(Outbox.id)).first()
        _release(session, chat_pk, pace)
    return changed is not None


def _chat_label(session: Session, chat: Chat) -> str:
    unit = session.get(Unit, chat.unit_id) if chat.unit_id else None
    title = chat.title
    if chat.kind == "private" and chat.member_id:
        member = session.get(Member, chat.member_id)
        title = member.display_name if member else title
    return messages.chat_label(title, chat.kind, unit.name if unit else None)


def _org_today(session: Session, org_id: int, now: datetime):  # type: ignore[no-untyped-def]
    org = session.get(Organization, org_id)
    return local_today(now, org.timezone if org else "Asia/Ho_Chi_Minh")


def mark_blocked(
    engine: Engine, *, outbox_id: int, now: datetime, error: str, worker_id: str | None = None, pace: float = 0.0
) -> None:
    """The chat blocked or removed the bot: stop sending there and tell the monitoring board."""
    with session_scope(engine) as session:
        row = session.get(Outbox, outbox_id)
        if row is None:
            return
        chat = session.get(Chat, row.chat_id)
        assert chat is not None
        _release(session, chat.id, pace)
        if row.status == "sending" and (worker_id is None or row.claimed_by == worker_id):
            row.status, row.last_error, row.claimed_at, row.claimed_by = "failed", f"blocked: {error}"[:ERROR_LIMIT], None, None
            session.add(row)
        was_active = chat.active
        chat.active = False
        chat.inactive_reason = f"blocked: {error}"[:200]
        session.add(chat)
        # The chat's other queued messages cannot arrive either; the report below covers them.
        session.execute(
            update(Outbox).where(Outbox.chat_id == chat.id, col(Outbox.status) == "pending")  # type: ignore[arg-type]
            .values(status="failed", last_error="chat inactive")
        )
        session.flush()
        if not was_active:
            return
        today = _org_today(session, row.org_id, now)
        text = messages.chat_blocked_text(_chat_label(session, chat), error, today)
        for board in monitor_chats(session, org_id=row.org_id):
            enqueue(session, org_id=row.org_id, chat_id=board.id, kind=CHAT_BLOCKED, subject=f"chat:{chat.id}",  # type: ignore[arg-type]
                    for_date=today, text=text, now=now)


def mark_failed(
    engine: Engine, *, outbox_id: int, now: datetime, error: str, worker_id: str | None = None,
    chat_pk: int | None = None, pace: float = 0.0,
) -> None:
    """Give up on one message and report it to the monitoring board."""
    with session_scope(engine) as session:
        _release(session, chat_pk, pace)
        row = session.get(Outbox, outbox_id)
        if row is None or row.status != "sending" or (worker_id is not None and row.claimed_by != worker_id):
            return  # another dispatcher took it over after our lease ran out: its verdict stands
        row.status, row.last_error, row.claimed_at, row.claimed_by = "failed", error[:ERROR_LIMIT], None, None
        session.add(row)
        if row.kind in REPORT_KINDS:
            return
        chat = session.get(Chat, row.chat_id)
        assert chat is not None
        text = messages.delivery_failed_text(_chat_label(session, chat), row.kind, row.for_date, error, row.attempts)
        today = _org_today(session, row.org_id, now)
        for board in monitor_chats(session, org_id=row.org_id):
            if board.id != chat.id:
                enqueue(session, org_id=row.org_id, chat_id=board.id, kind=DELIVERY_FAILED, subject=f"outbox:{row.id}",  # type: ignore[arg-type]
                        for_date=today, text=text, now=now)


def skip_inactive(engine: Engine, *, outbox_ids: list[int]) -> None:
    """Rows queued for a chat that went inactive are not sent (the board was told when it did)."""
    if not outbox_ids:
        return
    with session_scope(engine) as session:
        session.execute(
            update(Outbox).where(col(Outbox.id).in_(outbox_ids))
            .values(status="failed", last_error="chat inactive", claimed_at=None, claimed_by=None)
        )
