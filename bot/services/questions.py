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
from storage.pending import clear_pending, get_pending, set_pending, take_pending


def ask(session: Session, who: Acting, caller: Caller, awaiting: Awaiting) -> None:
    """Wait for the caller's next message in this chat (replacing an earlier question there)."""
    set_pending(
        session, member=who.member, chat_id=caller.chat_id, kind=awaiting.kind, payload=awaiting.payload(), now=who.now,
    )


def take(session: Session, who: Acting, caller: Caller, kind: str) -> Awaiting | None:
    """Consume the question of `kind` waiting in this chat; None if there is none (any more)."""
    pending = take_pending(session, member=who.member, chat_id=caller.chat_id, now=who.now, kind=kind)
    return Awaiting.of(pending.kind, pending.chat_id, pending.payload) if pending is not None else None


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
