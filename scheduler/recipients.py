"""Who receives what: the chats of a unit, of its leaders and of the monitoring board."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, select

from storage.models import Chat, Member

MONITOR_ROLES = ("monitor",)


def member_chats(
    session: Session, *, org_id: int, unit_id: int | None = None, roles: Sequence[str] | None = None
) -> list[Chat]:
    """Active private chats of the organization's active members (of one unit and/or some roles)."""
    query = (
        select(Chat)
        .join(Member, Member.id == Chat.member_id)  # type: ignore[arg-type]
        .where(Chat.org_id == org_id, Chat.kind == "private", Chat.active == True, Member.active == True)  # noqa: E712
    )
    if unit_id is not None:
        query = query.where(Member.unit_id == unit_id)
    if roles is not None:
        query = query.where(Member.role.in_(tuple(roles)))  # type: ignore[attr-defined]
    return list(session.exec(query.order_by(Chat.id)))


def unit_chats(session: Session, *, org_id: int, unit_id: int) -> list[Chat]:
    """Active chats that receive a unit's messages: its group chats and the private chats of its
    active members, whatever their role (the Ban Dân vận's own tasks reach its monitor)."""
    groups = session.exec(
        select(Chat).where(Chat.org_id == org_id, Chat.unit_id == unit_id, Chat.kind != "private", Chat.active == True)  # noqa: E712
    ).all()
    return [*groups, *member_chats(session, org_id=org_id, unit_id=unit_id)]


def leader_chats(session: Session, *, org_id: int, unit_id: int) -> list[Chat]:
    """Active private chats of a unit's leaders (who answer for it: explanations, results)."""
    return member_chats(session, org_id=org_id, unit_id=unit_id, roles=("leader",))


def monitor_chats(session: Session, *, org_id: int) -> list[Chat]:
    """Active private chats of the organization's monitoring board (role monitor; admins if there is none)."""
    return member_chats(session, org_id=org_id, roles=MONITOR_ROLES) or member_chats(session, org_id=org_id, roles=("admin",))


def chats_by_unit(session: Session, *, org_id: int) -> dict[int, list[Chat]]:
    """`unit_chats` for every unit of the organization at once (two queries instead of one per unit)."""
    found: dict[int, list[Chat]] = {}
    groups = session.exec(
        select(Chat).where(Chat.org_id == org_id, Chat.kind != "private", Chat.active == True, Chat.unit_id != None)  # noqa: E711,E712
    ).all()
    for chat in groups:
        found.setdefault(chat.unit_id, []).append(chat)  # type: ignore[arg-type]
    privates = session.exec(
        select(Chat, Member.unit_id)
        .join(Member, Member.id == Chat.member_id)  # type: ignore[arg-type]
        .where(
            Chat.org_id == org_id, Chat.kind == "private", Chat.active == True,  # noqa: E712
            Member.active == True, Member.unit_id != None,  # noqa: E711,E712
        )
        .order_by(Chat.id)
    ).all()
    for chat, unit_id in privates:
        found.setdefault(unit_id, []).append(chat)
    return found
