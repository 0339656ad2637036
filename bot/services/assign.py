"""/giao <đơn vị> <nội dung> hạn <thời hạn>: the board assigns one task without a document."""

from __future__ import annotations

import re

from bot import texts
from bot.services import notify
from bot.services.base import Caller, Message, Outcome, Services, acting
from bot.services.deadline_phrase import parse_deadline
from bot.services.units import leading_unit
from conclusions.normalize import ascii_fold
from storage.access import require_oversight
from storage.errors import InvalidInput
from storage.organizations import list_units
from storage.tasks import add_task

#: The word that starts the deadline ("hạn", typed with or without its accent).
_DEADLINE_WORD = re.compile(r"(?:^|\s)(?:thời\s+)?h[aạ]n\s*:?\s+", re.IGNORECASE)
#: Deadline phrases that mean "no deadline" (a "thường xuyên" task), accents optional.
_NO_DEADLINE = {"thuong xuyen", "khong thoi han", "khong co han", "khong han"}


def assign(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """Parse the one-line assignment, add the task and tell the unit."""
    text = " ".join(args)
    matches = list(_DEADLINE_WORD.finditer(text))
    if not matches:
        raise InvalidInput(texts.ASSIGN_USAGE)
    head, phrase = text[: matches[-1].start()].strip(), text[matches[-1].end():].strip()
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_oversight(who.actor, who.actor.org_id)
        units = list_units(session, org_id=who.actor.org_id)
        words = head.split()
        found = leading_unit(units, words)
        if found is None:
            raise InvalidInput(texts.assign_unknown_unit([u.name for u in units]))
        unit, used = found
        content = " ".join(words[used:]).lstrip(":,- ")
        if not content:
            raise InvalidInput(texts.ASSIGN_USAGE)
        if ascii_fold(" ".join(phrase.split())).strip(" .") in _NO_DEADLINE:
            due, strict_before, recurrence = None, False, None
        else:
            deadline = parse_deadline(phrase, who.today)
            if deadline is None:
                raise InvalidInput(texts.ASSIGN_BAD_DEADLINE.format(phrase=texts.esc(texts.clip(phrase, 100))))
            due, strict_before, recurrence = deadline.due, bool(deadline.strict_before), deadline.recurrence
        task = add_task(
            session, actor=who.actor, unit_ref=unit.id, content=content, deadline_text=phrase, due=due,  # type: ignore[arg-type]
            strict_before=strict_before, recurrence=recurrence, now=who.now,
        )
        queued = notify.to_unit(
            session, org_id=task.org_id, unit_id=task.unit_id, kind="new_tasks", subject=f"task:{task.number}",
            day=who.today, now=who.now, text=texts.new_tasks(unit.name, texts.SOURCE_MANUAL, [task]),
        )
        text_out = texts.assigned(task.number, unit.name, task)
    return Outcome(messages=[Message(text_out)], notified=bool(queued))
