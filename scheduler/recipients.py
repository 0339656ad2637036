"""Who receives what: the chats of a unit and of the monitoring board."""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import Chat, Member

MONITOR_ROLES = ("monitor",)


def unit_chats(session: Session, *, org_id: int, unit_id: int) -> list[Chat]:
    """Active chats that receive a unit's messages: its group chats and the private chats of its active
    members, whatever their role (the Ban Dân vận's own tasks reach its monitor)."""
    groups = session.exec(
        select(Chat).where(Chat.org_id == org_id, Chat.unit_id == unit_id, Chat.kind != "private", Chat.active == True)  # noqa: E712
    ).all()
    privates = session.exec(
        select(Chat)
        .join(Member, Member.id == Chat.member_id)  # type: ignore[arg-type]
        .where(
            Chat.org_id == org_id, Chat.kind == "private", Chat.active == True,  # noqa: E712
            Member.unit_id == unit_id, Member.active == True,  # noqa: E712
        )
    ).all()
    return [*groups, *privates]


def monitor_chats(session: Session, *, org_id: int) -> list[Chat]:
    """Active private chats of the organization's monitoring board (role monitor; admins if there is none)."""
    def chats_for(roles: tuple[str, ...]) -> list[Chat]:
        return list(
            session.exec(
                select(Chat)
                .join(Member, Member.id == Chat.member_id)  # type: ignore[arg-type]
                .where(
                    Chat.org_id == org_id, Chat.kind == "private", Chat.active == True,  # noqa: E712
                    Member.active == True, Member.role.in_(roles),  # type: ignore[attr-defined]  # noqa: E712
                )
            )
        )

    return chats_for(MONITOR_ROLES) or chats_for(("admin",))


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
            Member.active == True, Member.role.in_(("leader", "member")), Member.unit_id != None,  # type: ignore[attr-defined]  # noqa: E711,E712
        )
    ).all()
    for chat, unit_id in privates:
        found.setdefault(unit_id, []).append(chat)
    return found
