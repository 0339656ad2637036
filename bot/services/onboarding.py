"""Joining by invite (/start CODE) in a private chat or a unit's group chat, and who the caller is."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from bot import texts
from bot.callbacks import InvalidCallback, encode
from bot.services.base import Button, Caller, Message, Outcome, Services, acting
from bot.services.names import MAX_NAME, valid_name
from storage.errors import InvalidInput
from storage.invites import find_member, redeem_invite
from storage.models import Member, Organization, Unit
from storage.tasks import org_today


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
                texts.welcome_back(member.display_name, org.name if org else "", unit.name if unit else None, member.role)
            )
        joined = redeem_invite(
            session, code=code[:64], platform_user_id=caller.user_id, display_name=caller.display_name,
            chat_id=caller.chat_id, chat_kind="private" if caller.private else "group", chat_title=caller.chat_title,
            platform=caller.platform, now=services.now(),
        )
        org_name, unit_name, role = joined.organization.name, joined.unit.name if joined.unit else None, joined.member.role
        name = joined.member.display_name
    if caller.private:
        # Asked once, here: which name the bot uses (the profile's two orders, or /ten).
        choices = caller.name_choices if len(set(caller.name_choices)) > 1 else ()
        note = texts.name_line(name, choosing=True, choices=len(choices))
        keyboard = (tuple(
            Button(f"✔ {choice}" if choice == name else choice, encode("nm", index)) for index, choice in enumerate(choices)
        ),) if choices else ()
        welcome = Message(texts.joined_private(name, org_name, unit_name, role, note), keyboard)
        return Outcome(messages=[welcome], menu_role=role)
    return Outcome.say(texts.joined_group(caller.chat_title, org_name, unit_name))


def pick_name(services: Services, caller: Caller, index: int) -> Outcome:
    """A name button under the welcome: the profile's name in that position, re-read from the
    press itself (the button carries only the position)."""
    if index >= len(caller.name_choices):
        raise InvalidCallback(f"no name choice {index}")
    with services.transaction() as session:
        who = acting(session, services, caller)
        name = _set_name(session, who.member, caller.name_choices[index])
        org = session.get(Organization, who.member.org_id)
        unit = session.get(Unit, who.member.unit_id) if who.member.unit_id else None
        welcome = texts.joined_private(
            name, org.name if org else "", unit.name if unit else None, who.member.role, texts.name_line(name, choosing=False),
        )
    return Outcome(edit=Message(welcome), toast=f"Từ nay hệ thống gọi bạn là {name}.")


def name_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/ten [họ và tên]: show or change the name the bot uses for the caller."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        if not args:
            return Outcome.say(texts.name_current(who.member.display_name))
        name = valid_name(" ".join(args))
        if name is None:
            raise InvalidInput(texts.NAME_INVALID)
        return Outcome.say(texts.name_set(_set_name(session, who.member, name)))


def _set_name(session: Session, member: Member, name: str) -> str:
    # The name lives on the member: task history, notices and reports read it from there.
    member.display_name = name[:MAX_NAME]
    session.add(member)
    return member.display_name


def role_and_today(services: Services, caller: Caller) -> tuple[str | None, date]:
    """The caller's role (None for strangers and suspended members) and today in their
    organization, for /help (its example dates come after today)."""
    with services.transaction() as session:
        member = find_member(session, platform_user_id=caller.user_id, platform=caller.platform)
        if member is None or not member.active:
            return None, org_today(session, 0, services.now())
        return member.role, org_today(session, member.org_id, services.now())
