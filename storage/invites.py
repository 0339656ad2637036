"""Invites and membership: an admin creates a single-use code; redeeming it in a private chat or a
unit's group chat registers the person (and the group) with the invite's organization, unit and role."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, select

from storage.access import ADMIN, LEADER, MEMBER, MONITOR, Actor, require_admin
from storage.errors import InvalidInput, InviteError
from storage.events import record_event
from storage.models import Chat, Invite, Member, Organization, Unit, utcnow
from storage.organizations import get_unit

INVITE_ROLES = (LEADER, MEMBER, MONITOR, ADMIN)
DEFAULT_INVITE_TTL = timedelta(days=7)


def hash_code(code: str) -> str:
    """SHA-256 of a code; only this is stored, so a leaked database leaks no usable invite."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NewInvite:
    """A created invite and its code in clear (shown once, never stored)."""

    invite: Invite
    code: str


def create_invite(
    session: Session,
    *,
    actor: Actor,
    role: str,
    unit_ref: str | int | None = None,
    ttl: timedelta = DEFAULT_INVITE_TTL,
    now: datetime | None = None,
) -> NewInvite:
    """Create a single-use invite for a role (and unit, for leaders and members)."""
    require_admin(actor, actor.org_id)
    if role not in INVITE_ROLES:
        raise InvalidInput(f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {', '.join(INVITE_ROLES)}.")
    unit: Unit | None = None
    if unit_ref is not None and str(unit_ref).strip():
        unit = get_unit(session, org_id=actor.org_id, ref=unit_ref)
    elif role in (LEADER, MEMBER):
        raise InvalidInput("Lời mời cho lãnh đạo hoặc thành viên phải chỉ rõ đơn vị (--unit).")
    now = now or utcnow()
    code = secrets.token_urlsafe(12)
    invite = Invite(
        org_id=actor.org_id,
        unit_id=unit.id if unit else None,
        role=role,
        code_hash=hash_code(code),
        created_at=now,
        expires_at=now + ttl,
        created_by=actor.label,
    )
    session.add(invite)
    session.flush()
    record_event(
        session, actor=actor, kind="invite_created", detail={"invite_id": invite.id, "role": role, "unit_id": invite.unit_id}, at=now
    )
    return NewInvite(invite=invite, code=code)


@dataclass(frozen=True)
class Membership:
    """What redeeming an invite produced."""

    member: Member
    chat: Chat
    organization: Organization
    unit: Unit | None


def redeem_invite(
    session: Session,
    *,
    code: str,
    platform_user_id: str,
    display_name: str,
    chat_id: str,
    chat_kind: str,
    chat_title: str = "",
    platform: str = "telegram",
    now: datetime | None = None,
) -> Membership:
    """Redeem a code: register the person (or update their role) and the chat the code was sent in."""
    now = now or utcnow()
    invite = session.exec(select(Invite).where(Invite.code_hash == hash_code(code))).first()
    if invite is None:
        raise InviteError("Mã mời không đúng. Vui lòng kiểm tra lại hoặc xin mã mới từ văn phòng.")
    if invite.used_at is not None:
        raise InviteError("Mã mời này đã được sử dụng. Mỗi mã chỉ dùng được một lần; hãy xin mã mới.")
    if invite.expires_at <= now:
        raise InviteError("Mã mời đã hết hạn. Vui lòng xin mã mới từ văn phòng.")
    # Claim the invite atomically so two people racing with one code cannot both succeed.
    claimed = session.execute(
        update(Invite).where(Invite.id == invite.id, Invite.used_at.is_(None)).values(used_at=now)  # type: ignore[union-attr]
    )
    if claimed.rowcount != 1:
        raise InviteError("Mã mời này đã được sử dụng. Mỗi mã chỉ dùng được một lần; hãy xin mã mới.")

    member = session.exec(
        select(Member).where(Member.platform == platform, Member.platform_user_id == str(platform_user_id))
    ).first()
    if member is not None and member.org_id != invite.org_id:
        other = session.get(Organization, member.org_id)
        raise InviteError(f"Bạn đã là thành viên của “{other.name if other else 'tổ chức khác'}”; mỗi tài khoản chỉ thuộc một tổ chức.")
    # In a group the code registers the group for the unit; someone who already belongs keeps their
    # own role (a leader linking their unit's group must not be downgraded by a member invite).
    if member is None:
        member = Member(org_id=invite.org_id, platform=platform, platform_user_id=str(platform_user_id), role=invite.role)
        member.unit_id = invite.unit_id
    elif chat_kind == "private":
        member.role = invite.role
        member.unit_id = invite.unit_id
    if not member.display_name:  # a name the person chose (/ten) outlives a later invite
        member.display_name = display_name[:200]
    member.active = True
    session.add(member)
    session.flush()

    chat = session.exec(select(Chat).where(Chat.platform == platform, Chat.chat_id == str(chat_id))).first()
    if chat is not None and chat.org_id != invite.org_id:
        raise InviteError("Nhóm chat này đã được gắn với một tổ chức khác.")
    if chat is None:
        chat = Chat(org_id=invite.org_id, platform=platform, chat_id=str(chat_id), kind=chat_kind)
    chat.kind = chat_kind
    chat.title = chat_title[:200]
    chat.active = True
    chat.inactive_reason = None
    if chat_kind == "private":
        chat.member_id = member.id
        chat.unit_id = member.unit_id
    else:
        chat.member_id = None
        chat.unit_id = invite.unit_id
    session.add(chat)
    invite.used_by_member_id = member.id
    invite.used_at = now
    session.add(invite)
    session.flush()
    actor = Actor.of(member)
    record_event(
        session,
        actor=actor,
        kind="invite_redeemed",
        detail={"invite_id": invite.id, "role": invite.role, "unit_id": invite.unit_id, "chat_kind": chat_kind},
        at=now,
    )
    org = session.get(Organization, invite.org_id)
    unit = session.get(Unit, invite.unit_id) if invite.unit_id else None
    assert org is not None
    return Membership(member=member, chat=chat, organization=org, unit=unit)


def find_member(session: Session, *, platform_user_id: str, platform: str = "telegram") -> Member | None:
    """The registered member for a platform user, if any (active or not)."""
    return session.exec(
        select(Member).where(Member.platform == platform, Member.platform_user_id == str(platform_user_id))
    ).first()


def register_private_chat(
    session: Session, *, member: Member, chat_id: str, platform: str = "telegram"
) -> Chat:
    """Make sure a member's private chat is known and active (they wrote to the bot privately)."""
    chat = session.exec(select(Chat).where(Chat.platform == platform, Chat.chat_id == str(chat_id))).first()
    if chat is None:
        chat = Chat(org_id=member.org_id, platform=platform, chat_id=str(chat_id), kind="private")
    if chat.org_id != member.org_id:
        return chat
    chat.member_id = member.id
    chat.unit_id = member.unit_id
    if not chat.active:
        chat.active = True
        chat.inactive_reason = None
    session.add(chat)
    session.flush()
    return chat
