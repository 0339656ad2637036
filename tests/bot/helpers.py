"""A small world for the bot tests: one commune with invites, users, and chat helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Engine

from bot.emulator import BotApiEmulator, EmulatedChat, EmulatedUser
from bot.emulator.state import StoredMessage
from storage.access import Actor
from storage.db import session_scope
from storage.invites import create_invite
from storage.organizations import create_organization, get_unit
from storage.tasks import add_task

# 06:00 in Hà Nội on Monday 10/03/2025: before the 07:30 daily check, so no reminders interfere.
START = datetime(2025, 3, 9, 23, 0, tzinfo=UTC)
TODAY = date(2025, 3, 10)

ADMIN = EmulatedUser(id=501, first_name="Văn phòng", last_name="Đảng ủy")
MONITOR = EmulatedUser(id=502, first_name="Trưởng ban", last_name="Dân vận")
LEADER = EmulatedUser(id=503, first_name="An", last_name="Nguyễn Văn")
MEMBER = EmulatedUser(id=504, first_name="Bình", last_name="Trần Thị")
OTHER_LEADER = EmulatedUser(id=505, first_name="Cường", last_name="Lê")
OUTSIDER = EmulatedUser(id=506, first_name="Dũng", last_name="Phạm")
FOREIGN_LEADER = EmulatedUser(id=507, first_name="Em", last_name="Hoàng")
UNIT_GROUP = EmulatedChat.group(-7001, "Hội Nông dân xã Tân Lợi")


@dataclass
class World:
    """Ids and invite codes of the test organization (and of a second, foreign one)."""

    org_id: int
    farmers_id: int
    veterans_id: int
    codes: dict[str, str] = field(default_factory=dict)


def make_world(engine: Engine) -> World:
    """Two organizations; invites for each role of the first and a leader of the second."""
    with session_scope(engine) as session:
        org = create_organization(session, name="Đảng ủy xã Tân Lợi", level="xa")
        other = create_organization(session, name="Đảng ủy xã Hòa Bình", level="xa")
        system, foreign = Actor.system(org.id), Actor.system(other.id)  # type: ignore[arg-type]
        farmers = get_unit(session, org_id=org.id, ref="nong_dan")  # type: ignore[arg-type]
        veterans = get_unit(session, org_id=org.id, ref="cuu_chien_binh")  # type: ignore[arg-type]
        world = World(org_id=org.id, farmers_id=farmers.id, veterans_id=veterans.id)  # type: ignore[arg-type]
        specs = {
            "admin": ("admin", None), "monitor": ("monitor", None), "leader": ("leader", "nong_dan"),
            "member": ("member", "nong_dan"), "other_leader": ("leader", "cuu_chien_binh"), "group": ("member", "nong_dan"),
        }
        for name, (role, unit) in specs.items():
            world.codes[name] = create_invite(session, actor=system, role=role, unit_ref=unit, now=START).code
        world.codes["foreign"] = create_invite(session, actor=foreign, role="leader", unit_ref="nong_dan", now=START).code
        world.codes["expired"] = create_invite(
            session, actor=system, role="leader", unit_ref="nong_dan", ttl=timedelta(days=1), now=START - timedelta(days=3)
        ).code
    return world


def add_tasks(engine: Engine, org_id: int, unit: str, dues: list[date | None], content: str = "Nhiệm vụ") -> list[int]:
    """Assign tasks directly in storage (as an admin from the CLI would); returns their numbers."""
    numbers = []
    with session_scope(engine) as session:
        actor = Actor.system(org_id)
        for index, due in enumerate(dues, start=1):
            task = add_task(session, actor=actor, unit_ref=unit, content=f"{content} {index}", due=due,
                            deadline_text=due.strftime("%d/%m/%Y") if due else None, now=START)
            numbers.append(task.number)
    return numbers


class Talk:
    """One user in one chat, driving the bot through the emulator and waiting for its answers."""

    def __init__(self, emulator: BotApiEmulator, user: EmulatedUser, chat: EmulatedChat | None = None) -> None:
        self.emulator, self.user = emulator, user
        self.chat = chat or EmulatedChat.private(user)

    async def say(self, text: str, timeout: float = 10.0) -> StoredMessage:
        """Send a text and return the bot's first reply (new message or edit) in this chat."""
        await self.emulator.send_text(self.user, self.chat, text)
        return await self.emulator.wait_for_message(self.chat.id, timeout=timeout)

    async def press(self, message: StoredMessage, data: str, timeout: float = 10.0) -> StoredMessage:
        """Press a button of `message` and return the bot's next message or edit in this chat."""
        await self.emulator.press_button(self.user, self.chat, message.message_id, data)
        return await self.emulator.wait_for_message(self.chat.id, timeout=timeout)

    async def press_for_answer(self, message_id: int, data: str, force: bool = False, timeout: float = 10.0) -> str | None:
        """Press (possibly forged data) and return the callback answer's text."""
        query_id = await self.emulator.press_button(self.user, self.chat, message_id, data, force=force)
        return await answer_of(self.emulator, query_id, timeout)

    async def next(self, predicate=None, timeout: float = 10.0) -> StoredMessage:  # type: ignore[no-untyped-def]
        """The bot's next message or edit here (optionally matching `predicate`)."""
        return await self.emulator.wait_for_message(self.chat.id, predicate, timeout=timeout)


async def answer_of(emulator: BotApiEmulator, query_id: str, timeout: float = 10.0) -> str | None:
    """Wait for the answerCallbackQuery of one press and return its text."""
    seq = 0
    while True:
        for answer in emulator.callback_answers:
            if answer.callback_query_id == query_id:
                return answer.text
        events = await emulator.wait_events(seq, timeout)
        if not events:
            raise TimeoutError(f"press {query_id} was not answered within {timeout}s")
        seq = events[-1].seq


def button(message: StoredMessage, label_start: str) -> str:
    """The callback data of the first button whose label starts with `label_start`."""
    for b in message.buttons():
        if b["text"].startswith(label_start):
            return b["callback_data"]
    raise AssertionError(f"no button {label_start!r} in {[b['text'] for b in message.buttons()]}")


async def join(emulator: BotApiEmulator, user: EmulatedUser, code: str) -> Talk:
    """Redeem an invite in the user's private chat and return their conversation."""
    talk = Talk(emulator, user)
    reply = await talk.say(f"/start {code}")
    assert "Chào mừng" in (reply.text or ""), reply.text
    return talk
