"""Builders for scheduler tests: an organization with reachable units, a monitor, and tasks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.access import Actor
from storage.db import session_scope
from storage.invites import create_invite, redeem_invite
from storage.models import Chat, Outbox, Task
from storage.organizations import create_organization, get_unit
from storage.tasks import add_task

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDED_AT = datetime(2025, 1, 2, 1, 0, tzinfo=UTC)


@dataclass
class SeededOrg:
    """Ids of what `seed_org` created."""

    org_id: int
    units: dict[str, int] = field(default_factory=dict)
    chats: dict[str, int] = field(default_factory=dict)  # label -> Chat.id


def join(engine: Engine, org_id: int, *, role: str, unit_key: str | None, user: str, chat: str | None = None,
         kind: str = "private", title: str = "") -> int:
    """Redeem an invite for `user` in `chat` (default their private chat); returns the Chat.id."""
    with session_scope(engine) as s:
        unit_id = get_unit(s, org_id=org_id, ref=unit_key).id if unit_key else None
        code = create_invite(s, actor=Actor.system(org_id), role=role, unit_ref=unit_id, now=SEEDED_AT).code
    with session_scope(engine) as s:
        membership = redeem_invite(s, code=code, platform_user_id=user, display_name=f"Người dùng {user}",
                                   chat_id=chat or user, chat_kind=kind, chat_title=title, now=SEEDED_AT)
        return membership.chat.id  # type: ignore[return-value]


def seed_org(engine: Engine, *, name: str = "Đảng ủy xã Tân Lợi", units: tuple[str, ...] = ("nong_dan", "phu_nu"),
             user_base: int = 1000, monitor: bool = True) -> SeededOrg:
    """An organization whose listed units each have a leader in a private chat, plus a monitor."""
    with session_scope(engine) as s:
        org_id = create_organization(s, name=name, level="xa").id
    seeded = SeededOrg(org_id=org_id)
    with Session(engine) as s:
        for key in units:
            seeded.units[key] = get_unit(s, org_id=org_id, ref=key).id  # type: ignore[assignment]
    for n, key in enumerate(units):
        seeded.chats[key] = join(engine, org_id, role="leader", unit_key=key, user=str(user_base + n))
    if monitor:
        seeded.chats["monitor"] = join(engine, org_id, role="monitor", unit_key=None, user=str(user_base + 99))
    return seeded


def unit_id_of(engine: Engine, org_id: int, key: str) -> int:
    """The id of a unit by key."""
    with Session(engine) as s:
        return get_unit(s, org_id=org_id, ref=key).id  # type: ignore[return-value]


def task(engine: Engine, org_id: int, unit: str, content: str, *, due: date | None = None, strict: bool = False,
         recurrence: str | None = None, ref: str | None = None) -> int:
    """Add one task; returns its number."""
    with session_scope(engine) as s:
        return add_task(s, actor=Actor.system(org_id), unit_ref=unit, content=content, due=due, strict_before=strict,
                        recurrence=recurrence, ref=ref, deadline_text=None, now=SEEDED_AT).number


def outbox(engine: Engine, **filters: object) -> list[Outbox]:
    """Outbox rows matching equality filters, oldest first."""
    with Session(engine) as s:
        query = select(Outbox)
        for name, value in filters.items():
            query = query.where(getattr(Outbox, name) == value)
        return list(s.exec(query.order_by(Outbox.id)))


def chat(engine: Engine, chat_pk: int) -> Chat:
    """A chat row."""
    with Session(engine) as s:
        found = s.get(Chat, chat_pk)
        assert found is not None
        return found


def task_by_number(engine: Engine, org_id: int, number: int) -> Task:
    """A task row."""
    with Session(engine) as s:
        return s.exec(select(Task).where(Task.org_id == org_id, Task.number == number)).one()
