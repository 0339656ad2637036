"""/sua N donvi|han|noidung …: the admin or the monitoring board corrects a saved task; the change
is audited (who, when, before, after) and the unit(s) concerned are told, in one transaction."""

from __future__ import annotations

from bot import texts
from bot.services import notify
from bot.services.base import Caller, Message, Outcome, Services, acting
from bot.services.deadline_phrase import parse_deadline
from bot.services.field_words import split_field
from conclusions.normalize import ascii_fold
from storage.access import require_oversight
from storage.corrections import correct_task
from storage.errors import InvalidInput
from storage.organizations import find_unit, list_units
from storage.queries import unit_names

_VERBS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("don", "vi"), "unit"), (("donvi",), "unit"), (("chu", "tri"), "unit"),
    (("thoi", "han"), "deadline"), (("han",), "deadline"),
    (("noi", "dung"), "content"), (("noidung",), "content"),
)
_NO_DEADLINE = {"khong han", "khong co han", "khong thoi han", "thuong xuyen"}


def correct(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/sua: parse → authorize → one correction → reply and tell the units."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_oversight(who.actor, who.actor.org_id)
        words = " ".join(args).split()
        if not words or not words[0].isdigit():
            raise InvalidInput(texts.correct_usage(who.today))
        number, rest = int(words[0]), words[1:]
        named = split_field(rest, _VERBS)
        if named is None:
            raise InvalidInput(texts.correct_usage(who.today))
        field, value = named
        if field == "unit":
            units = list_units(session, org_id=who.actor.org_id)
            unit = find_unit(units, value) if value else None
            if unit is None:
                raise InvalidInput(texts.draft_unknown_unit(value, [u.name for u in units]).split("\n")[0])
            change = correct_task(session, actor=who.actor, number=number, unit=unit, now=who.now)
        elif field == "deadline":
            if ascii_fold(" ".join(value.split())).strip(" .") in _NO_DEADLINE:
                deadline = (None, False, None)
            else:
                parsed = parse_deadline(value, who.today)
                if parsed is None or parsed.due is None:
                    raise InvalidInput(texts.draft_bad_deadline(value, who.today))
                deadline = (parsed.due, bool(parsed.strict_before), value)
            change = correct_task(session, actor=who.actor, number=number, deadline=deadline, now=who.now)
        else:
            change = correct_task(session, actor=who.actor, number=number, content=value, now=who.now)
        names = unit_names(session, org_id=who.actor.org_id)
        before = texts.correction_value(change.field, change.before, names)
        after = texts.correction_value(change.field, change.after, names)
        task = change.task
        notice = texts.correction_notice(task.number, task.content, change.field, before, after, who.actor.label)
        queued = 0
        for unit_id in dict.fromkeys([change.previous_unit_id, task.unit_id]):
            queued += notify.to_unit(
                session, org_id=task.org_id, unit_id=unit_id, kind="task_corrected",
                subject=f"task:{task.number}:{change.field}:{who.now.isoformat()}", day=who.today, now=who.now, text=notice,
            )
    return Outcome(messages=[Message(texts.corrected(number, change.field, before, after))], notified=bool(queued))
