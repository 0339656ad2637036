"""What every flow shares: who is calling, what to answer, and the services to do it with."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import texts
from bot.callbacks import ListRef
from storage.access import Actor
from storage.clock import Clock, SystemClock
from storage.db import session_scope
from storage.errors import DondocError, PermissionDenied
from storage.invites import find_member, register_private_chat
from storage.models import Chat, Member
from storage.tasks import org_today


class NotRegistered(DondocError):
    """The caller has not joined any organization yet."""

    def __init__(self) -> None:
        super().__init__(texts.NOT_REGISTERED)


class SchedulerLike(Protocol):
    """The part of `scheduler.service.SchedulerService` the bot drives."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def wake_dispatcher(self) -> None: ...


@dataclass
class Services:
    """Everything the flows need; built once by the entry point and shared by every update."""

    engine: Engine
    clock: Clock = field(default_factory=SystemClock)
    #: Builds the scheduler from the platform's bot object once the bot is initialized.
    scheduler_factory: Callable[[Any], SchedulerLike] | None = None
    scheduler: SchedulerLike | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
    #: Zalo's monthly quota of sent messages when the bot serves Zalo (shown to admins in /report).
    zalo_quota: int | None = None

    def now(self) -> datetime:
        """The current time (from the clock, so tests and the demo can move it)."""
        return self.clock.now()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction for one user action."""
        with session_scope(self.engine) as session:
            yield session

    def wake(self) -> None:
        """Ask the dispatcher to send freshly enqueued outbox rows now rather than at its next tick."""
        if self.scheduler is not None:
            self.scheduler.wake_dispatcher()


@dataclass(frozen=True)
class Caller:
    """The person writing and where, as the platform reports it."""

    user_id: str
    chat_id: str
    chat_kind: str  # "private" or "group"
    display_name: str
    chat_title: str = ""
    platform: str = "telegram"
    #: The names the platform profile suggests, the likeliest first (see `bot.services.names`);
    #: offered at /start, where the person picks one (by its position, re-read from the profile).
    name_choices: tuple[str, ...] = ()

    @property
    def private(self) -> bool:
        """Whether the conversation is one-to-one with the bot."""
        return self.chat_kind == "private"


@dataclass(frozen=True)
class Button:
    """A neutral button: a label and the callback data it sends (rendered per platform)."""

    label: str
    data: str


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Attachment:
    """A generated file to send (an export)."""

    filename: str
    content: bytes
    caption: str = ""


@dataclass(frozen=True)
class StoredFile:
    """A file a user sent earlier, re-sent by its platform id (evidence)."""

    kind: str  # photo | document
    file_id: str
    caption: str = ""


@dataclass(frozen=True)
class Message:
    """One message to show: text with buttons, or a file."""

    text: str = ""
    keyboard: Keyboard = ()
    attachment: Attachment | None = None
    stored_file: StoredFile | None = None


@dataclass(frozen=True)
class Awaiting:
    """What the caller's next message in `chat_id` is expected to be (a note, an explanation, a
    document...); stored as a pending question by `bot.services.questions`."""

    kind: str  # done_note | extension | explanation | import | assign
    chat_id: str
    number: int = 0
    list_ref: ListRef | None = None
    list_message_id: int | None = None
    #: What the question is about, as typed (a /giao line waiting for its past deadline to be confirmed).
    text: str | None = None

    def payload(self) -> dict[str, Any]:
        """What the stored question keeps beside its kind and chat (JSON)."""
        ref = self.list_ref
        return {
            "number": self.number,
            "list": [ref.unit, ref.view, ref.page] if ref is not None else None,
            "message_id": self.list_message_id,
            "text": self.text,
        }

    @classmethod
    def of(cls, kind: str, chat_id: str, payload: dict[str, Any]) -> Awaiting:
        """The question back from its stored form."""
        ref = payload.get("list")
        message_id = payload.get("message_id")
        return cls(
            kind=kind,
            chat_id=chat_id,
            number=int(payload.get("number") or 0),
            list_ref=ListRef(int(ref[0]), str(ref[1]), int(ref[2])) if ref else None,
            list_message_id=int(message_id) if message_id else None,
            text=str(payload["text"]) if payload.get("text") is not None else None,
        )


@dataclass
class Outcome:
    """What a flow produced: messages to send, an edit of the pressed message, a toast, state."""

    messages: list[Message] = field(default_factory=list)
    edit: Message | None = None
    #: Edit this (chat id, message id) instead of the pressed message (after a typed note).
    edit_target: tuple[str, int] | None = None
    toast: str | None = None
    alert: bool = False
    notified: bool = False
    #: Set the command menu of the caller's chat for this role (after onboarding).
    menu_role: str | None = None

    @classmethod
    def say(cls, text: str, keyboard: Keyboard = ()) -> Outcome:
        """A single reply."""
        return cls(messages=[Message(text, keyboard)])


@dataclass(frozen=True)
class Acting:
    """The registered caller inside a transaction."""

    member: Member
    actor: Actor
    today: date
    now: datetime


def acting(session: Session, services: Services, caller: Caller) -> Acting:
    """The caller as a registered, active member; refuses strangers and foreign group chats."""
    member = find_member(session, platform_user_id=caller.user_id, platform=caller.platform)
    if member is None:
        raise NotRegistered()
    actor = Actor.of(member)
    chat = session.exec(select(Chat).where(Chat.platform == caller.platform, Chat.chat_id == caller.chat_id)).first()
    if chat is not None and chat.org_id != member.org_id:
        raise PermissionDenied(texts.FOREIGN_CHAT)
    if chat is None and caller.private:
        register_private_chat(session, member=member, chat_id=caller.chat_id, platform=caller.platform)
    now = services.now()
    return Acting(member=member, actor=actor, today=org_today(session, member.org_id, now), now=now)
