"""Joining by invite (/start CODE) in a private chat or a unit's group chat, and who the caller is."""

from __future__ import annotations

from bot import texts
from bot.services.base import Caller, Message, Outcome, Services
from storage.invites import find_member, redeem_invite
from storage.models import Organization, Unit


def start(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/start [CODE]: redeem an invite, or greet / explain how to get one."""
    code = args[0].strip() if args else ""
    with services.transaction() as session:
        if not code:
            member = find_member(session, platform_user_id=caller.user_id, platform=caller.platform)
            if member is None or not member.active:
                return Outcome.say(texts.START_WITHOUT_CODE)
            org = session.get(Organization, member.org_id)
            unit = session.get(Unit, member.unit_id) if member.unit_id else None
            return Outcome.say(
                texts.welcome_back(caller.display_name, org.name if org else "", unit.name if unit else None, member.role)
            )
        joined = redeem_invite(
            session, code=code[:64], platform_user_id=caller.user_id, display_name=caller.display_name,
            chat_id=caller.chat_id, chat_kind="private" if caller.private else "group", chat_title=caller.chat_title,
            platform=caller.platform, now=services.now(),
        )
        org_name, unit_name, role = joined.organization.name, joined.unit.name if joined.unit else None, joined.member.role
    if caller.private:
        return Outcome(messages=[Message(texts.joined_private(caller.display_name, org_name, unit_name, role))], menu_role=role)
    return Outcome.say(texts.joined_group(caller.chat_title, org_name, unit_name))


def role_of(services: Services, caller: Caller) -> str | None:
    """The caller's role, or None for strangers and suspended members (for /help and menus)."""
    with services.transaction() as session:
        member = find_member(session, platform_user_id=caller.user_id, platform=caller.platform)
        return member.role if member is not None and member.active else None
