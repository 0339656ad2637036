"""The question the bot is waiting on in a chat (a note after ✅, a new deadline after ⏳, an
explanation, a document after /import), kept in the database through `storage.pending`.

A flow that asks calls `ask` inside its own transaction; a flow that answers calls `take` inside
the transaction of the action it performs, so the answer is applied once, by whichever instance
receives it, and a refused answer (an unreadable deadline...) leaves the question in place.
"""

from __future__ import annotations

from sqlmodel import Session

from bot.services.base import Acting, Awaiting, Caller, Services
from storage.invites import find_member
from storage.models import Member
from storage.pending import (
    clear_pending,
    delivered_count,
    get_pending,
    interrupt_pending,
    peek_pending,
    set_pending,
    still_on_screen,
    take_pending,
)


def ask(session: Session, who: Acting, caller: Caller, awaiting: Awaiting) -> None:
    """Wait for the caller's next message in this chat (replacing an earlier question there)."""
    payload = awaiting.payload()
    if awaiting.kind == "done_note":  # to tell later whether a reminder or notice arrived below the question
        payload["delivered"] = delivered_count(session, platform=caller.platform, chat_id=caller.chat_id)
    set_pending(session, member=who.member, chat_id=caller.chat_id, kind=awaiting.kind, payload=payload, now=who.now)


def take(session: Session, who: Acting, caller: Caller, kind: str) -> Awaiting | None:
    """Consume the question of `kind` waiting in this chat; None if there is none (any more)."""
    pending = take_pending(session, member=who.member, chat_id=caller.chat_id, now=who.now, kind=kind)
    return Awaiting.of(pending.kind, pending.chat_id, pending.payload) if pending is not None else None


def peek(session: Session, who: Acting, caller: Caller, kind: str) -> tuple[Awaiting, bool] | None:
    """The question of `kind` waiting in this chat, left in place, and whether it is still the
    latest thing on screen (recent, nothing else in the chat since); None if there is none."""
    pending = peek_pending(session, member=who.member, chat_id=caller.chat_id, now=who.now, kind=kind)
    if pending is None:
        return None
    return Awaiting.of(pending.kind, pending.chat_id, pending.payload), still_on_screen(session, pending=pending, now=who.now)


def interrupt(session: Session, who: Acting, caller: Caller, kind: str) -> None:
    """The caller's question of `kind` here is no longer the latest thing on screen (the bot has
    just answered something else), so only an explicit answer will be taken for it."""
    interrupt_pending(session, platform=caller.platform, chat_id=caller.chat_id, kind=kind, user_id=caller.user_id)


def something_else_happened(services: Services, caller: Caller, *, command: bool, pressed_message_id: int | None) -> None:
    """A command, a button press or someone else's message in the caller's chat: the notes awaited
    there (after ✅) are no longer the latest thing on screen. A press on the question's own
    message (✔, ✖) does not count; someone else's plain message leaves the caller's own question."""
    with services.transaction() as session:
        interrupt_pending(
            session, platform=caller.platform, chat_id=caller.chat_id, kind="done_note",
            except_user_id=None if command or pressed_message_id is not None else caller.user_id,
            shown_on=pressed_message_id,
        )


def drop_shown_on(session: Session, who: Acting, caller: Caller, kind: str, message_id: int) -> None:
    """Forget the caller's question of `kind` shown on `message_id` (that message now shows something else)."""
    pending = peek_pending(session, member=who.member, chat_id=caller.chat_id, now=who.now, kind=kind)
    if pending is not None and pending.payload.get("message_id") == message_id:
        take_pending(session, member=who.member, chat_id=caller.chat_id, now=who.now, kind=kind)


def clear(session: Session, who: Acting, caller: Caller) -> None:
    """Forget the question waiting in this chat, if any (the action it led to was done another way)."""
    clear_pending(session, member=who.member, chat_id=caller.chat_id, now=who.now)


def _member(session: Session, caller: Caller) -> Member | None:
    # A suspended member's question is still routed: the flow answering it refuses them politely.
    return find_member(session, platform_user_id=caller.user_id, platform=caller.platform)


def pending(services: Services, caller: Caller) -> Awaiting | None:
    """The question waiting in the caller's chat, to route their message (strangers have none)."""
    with services.transaction() as session:
        member = _member(session, caller)
        found = get_pending(session, member=member, chat_id=caller.chat_id, now=services.now()) if member else None
        return Awaiting.of(found.kind, found.chat_id, found.payload) if found is not None else None


def cancel(services: Services, caller: Caller) -> bool:
    """/huy: forget the question waiting in the caller's chat; True if one was waiting."""
    with services.transaction() as session:
        member = _member(session, caller)
        return member is not None and clear_pending(session, member=member, chat_id=caller.chat_id, now=services.now())
