"""Messages to people other than the one acting go through the outbox, in the caller's transaction,
so a change and the news of it are committed together (the dispatcher sends them)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from bot.services.base import Keyboard
from scheduler.outbox import enqueue
from scheduler.recipients import leader_chats, monitor_chats, unit_chats
from storage.models import Chat


def keyboard_dict(keyboard: Keyboard) -> dict[str, Any] | None:
    """Neutral buttons as a Bot API `InlineKeyboardMarkup` dict (what the outbox stores)."""
    if not keyboard:
        return None
    return {"inline_keyboard": [[{"text": b.label, "callback_data": b.data} for b in row] for row in keyboard]}


def _enqueue_all(
    session: Session, chats: list[Chat], *, org_id: int, kind: str, subject: str, day: date, text: str,
    now: datetime, keyboard: Keyboard = (),
) -> int:
    markup = keyboard_dict(keyboard)
    added = 0
    for chat in chats:
        added += enqueue(
            session, org_id=org_id, chat_id=chat.id, kind=kind, subject=subject, for_date=day,  # type: ignore[arg-type]
            text=text, reply_markup=markup, now=now,
        )
    return added


def to_unit(
    session: Session, *, org_id: int, unit_id: int, kind: str, subject: str, day: date, text: str, now: datetime
) -> int:
    """Queue a message for every chat of a unit (its groups and its people)."""
    chats = unit_chats(session, org_id=org_id, unit_id=unit_id)
    return _enqueue_all(session, chats, org_id=org_id, kind=kind, subject=subject, day=day, text=text, now=now)


def to_board(
    session: Session, *, org_id: int, kind: str, subject: str, day: date, text: str, now: datetime,
    keyboard: Keyboard = (), exclude_member_id: int | None = None,
) -> int:
    """Queue a message for the monitoring board (admins when there is no board), leaving out the
    member who acted (nobody is told what they just did themselves)."""
    chats = monitor_chats(session, org_id=org_id)
    if exclude_member_id is not None:
        chats = [chat for chat in chats if chat.member_id != exclude_member_id]
    return _enqueue_all(session, chats, org_id=org_id, kind=kind, subject=subject, day=day, text=text, now=now, keyboard=keyboard)


def to_leaders(
    session: Session, *, org_id: int, unit_id: int, kind: str, subject: str, day: date, text: str, now: datetime,
    keyboard: Keyboard = (),
) -> int:
    """Queue a message for a unit's leaders (the unit's chats when no leader has a private chat)."""
    chats = leader_chats(session, org_id=org_id, unit_id=unit_id) or unit_chats(session, org_id=org_id, unit_id=unit_id)
    return _enqueue_all(session, chats, org_id=org_id, kind=kind, subject=subject, day=day, text=text, now=now, keyboard=keyboard)
