"""/giao <đơn vị> <nội dung> hạn <thời hạn>: the board assigns one task without a document. A
deadline already gone by is asked about first (✔ Vẫn giao / ✖ Hủy, or "có" / "không")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlmodel import Session

from bot import texts
from bot.callbacks import encode
from bot.services import notify, questions
from bot.services.base import Acting, Awaiting, Button, Caller, Message, Outcome, Services, acting
from bot.services.deadline_phrase import parse_deadline
from bot.services.units import leading_unit
from conclusions.normalize import ascii_fold
from storage.access import require_oversight
from storage.errors import InvalidInput, InvalidState
from storage.organizations import list_units
from storage.tasks import add_task

#: The word that starts the deadline ("hạn", typed with or without its accent).
_DEADLINE_WORD = re.compile(r"(?:^|\s)(?:thời\s+)?h[aạ]n\s*:?\s+", re.IGNORECASE)
#: Deadline phrases that mean "no deadline" (a "thường xuyên" task), accents optional.
_NO_DEADLINE = {"thuong xuyen", "khong thoi han", "khong co han", "khong han"}
#: Answers to "the deadline has passed, assign anyway?" typed instead of pressing a button.
_YES = {"co", "dong y", "van giao", "giao", "xac nhan", "ok", "vang", "u"}
_NO = {"khong", "huy", "thoi", "khong giao"}


def assign(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/giao: parse the one-line assignment, then add the task and tell the unit — or, when the
    deadline has already passed, ask first."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        return _assign(session, who, caller, " ".join(args), confirmed=False)


def confirm_press(services: Services, caller: Caller) -> Outcome:
    """✔ Vẫn giao: assign the caller's waiting /giao line (re-checked: role, unit, deadline)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        awaiting = questions.take(session, who, caller, "assign")
        if awaiting is None or not awaiting.text:
            raise InvalidState(texts.ASSIGN_NOTHING_PENDING)
        outcome = _assign(session, who, caller, awaiting.text, confirmed=True)
    reply = outcome.messages[0]
    return Outcome(edit=Message(reply.text), notified=outcome.notified)


def cancel_press(services: Services, caller: Caller) -> Outcome:
    """✖ Hủy: drop the waiting /giao line."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        if questions.take(session, who, caller, "assign") is None:
            raise InvalidState(texts.ASSIGN_NOTHING_PENDING)
    return Outcome(edit=Message(texts.ASSIGN_CANCELLED))


def answer(services: Services, caller: Caller, text: str) -> Outcome | None:
    """"có" / "không" typed after the question; None for any other text (not an answer)."""
    reply = ascii_fold(" ".join(text.split())).strip(" .!")
    if reply not in _YES | _NO:
        return None
    with services.transaction() as session:
        who = acting(session, services, caller)
        awaiting = questions.take(session, who, caller, "assign")
        if awaiting is None or not awaiting.text:
            return None
        if reply in _NO:
            return Outcome.say(texts.ASSIGN_CANCELLED)
        return _assign(session, who, caller, awaiting.text, confirmed=True)


def _is_past(due: date | None, strict_before: bool, today: date) -> bool:
    if due is None:
        return False
    last_day = due - timedelta(days=1) if strict_before else due  # "trước ngày 15" ends on the 14th
    return last_day < today


def _assign(session: Session, who: Acting, caller: Caller, text: str, *, confirmed: bool) -> Outcome:
    require_oversight(who.actor, who.actor.org_id)
    matches = list(_DEADLINE_WORD.finditer(text))
    if not matches:
        raise InvalidInput(texts.assign_usage(who.today))
    head, phrase = text[: matches[-1].start()].strip(), text[matches[-1].end():].strip()
    units = list_units(session, org_id=who.actor.org_id)
    words = head.split()
    found = leading_unit(units, words)
    if found is None:
        raise InvalidInput(texts.assign_unknown_unit([u.name for u in units], who.today))
    unit, used = found
    content = " ".join(words[used:]).lstrip(":,- ")
    if not content:
        raise InvalidInput(texts.assign_usage(who.today))
    if ascii_fold(" ".join(phrase.split())).strip(" .") in _NO_DEADLINE:
        due, strict_before, recurrence = None, False, None
    else:
        deadline = parse_deadline(phrase, who.today)
        if deadline is None:
            raise InvalidInput(texts.assign_bad_deadline(phrase, who.today))
        due, strict_before, recurrence = deadline.due, bool(deadline.strict_before), deadline.recurrence
    if not confirmed and recurrence is None and _is_past(due, strict_before, who.today):
        assert due is not None
        questions.ask(session, who, caller, Awaiting("assign", caller.chat_id, text=text))
        keyboard = ((Button(texts.BTN_ASSIGN_ANYWAY, encode("ay")), Button(texts.BTN_CANCEL, encode("ax"))),)
        return Outcome.say(texts.assign_past_deadline(unit.name, content, due, strict_before, who.today), keyboard)
    if not confirmed:
        questions.take(session, who, caller, "assign")  # a corrected /giao replaces one left unconfirmed
    task = add_task(
        session, actor=who.actor, unit_ref=unit.id, content=content, deadline_text=phrase, due=due,  # type: ignore[arg-type]
        strict_before=strict_before, recurrence=recurrence, now=who.now,
    )
    queued = notify.to_unit(
        session, org_id=task.org_id, unit_id=task.unit_id, kind="new_tasks", subject=f"task:{task.number}",
        day=who.today, now=who.now, text=texts.new_tasks(unit.name, texts.SOURCE_MANUAL, [task]),
    )
    return Outcome(messages=[Message(texts.assigned(task.number, unit.name, task))], notified=bool(queued))
