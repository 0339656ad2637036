"""Extensions: a leader asks (/giahan or ⏳), the board decides (✔ Duyệt / ✖ Từ chối, /duyet, /tuchoi),
the unit is told; an approved extension moves the deadline and is recorded."""

from __future__ import annotations

from sqlmodel import Session

from bot import texts
from bot.callbacks import encode
from bot.services import notify, questions
from bot.services.base import Acting, Awaiting, Button, Caller, Message, Outcome, Services, acting
from bot.services.deadline_phrase import split_deadline
from bot.services.tasks import task_number
from storage.access import require_request_extension
from storage.errors import InvalidInput, InvalidState
from storage.queries import unit_names
from storage.tasks import decide_extension, get_task, request_extension


def press_extend(services: Services, caller: Caller, number: int) -> Outcome:
    """⏳ in the details: the next message is the new deadline and the reason."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        task = get_task(session, actor=who.actor, number=number)
        require_request_extension(who.actor, task)
        if task.status != "open":
            raise InvalidState(f"Nhiệm vụ số {number} không còn mở, không cần gia hạn.")
        if task.recurrence:
            raise InvalidState(texts.RECURRING_NO_EXTENSION)
        questions.ask(session, who, caller, Awaiting("extension", caller.chat_id, number))
    return Outcome(messages=[Message(texts.extension_prompt(number, who.today))])


def ask(services: Services, caller: Caller, number: int, text: str) -> Outcome:
    """Send the request to the board with ✔ Duyệt / ✖ Từ chối."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        return _send_request(session, who, caller, number, text)


def answer(services: Services, caller: Caller, text: str) -> Outcome | None:
    """The message after ⏳: the new deadline and the reason (None when no longer awaited)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        awaiting = questions.take(session, who, caller, "extension")
        if awaiting is None:
            return None
        return _send_request(session, who, caller, awaiting.number, text)


def _send_request(session: Session, who: Acting, caller: Caller, number: int, text: str) -> Outcome:
    task = get_task(session, actor=who.actor, number=number)  # refuse unknown / foreign tasks before parsing
    if task.recurrence:
        raise InvalidState(texts.RECURRING_NO_EXTENSION)
    parsed = split_deadline(text, who.today)
    if parsed is None or parsed.deadline.due is None:
        raise InvalidInput(texts.extend_need_deadline(who.today))
    if not parsed.reason:
        raise InvalidInput(texts.extend_need_reason(who.today))
    request = request_extension(
        session, actor=who.actor, number=number, new_due=parsed.deadline.due, deadline_text=parsed.phrase,
        reason=parsed.reason, now=who.now,
    )
    unit = unit_names(session, org_id=task.org_id).get(task.unit_id, "")
    buttons = ((Button(texts.BTN_APPROVE, encode("xa", request.id)), Button(texts.BTN_REJECT, encode("xr", request.id))),)  # type: ignore[arg-type]
    queued = notify.to_board(
        session, org_id=task.org_id, kind="extension_request", subject=f"ext:{request.id}", day=who.today, now=who.now,
        text=texts.extension_request(request, task, unit), keyboard=buttons,
    )
    questions.clear(session, who, caller)
    return Outcome(messages=[Message(texts.extension_sent(number, request.new_due))], notified=bool(queued))


def extension_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/giahan N <hạn mới> <lý do>."""
    today = services.now().date()  # for the example date only: a day off in the org's zone does not matter
    number = task_number(args, texts.extend_usage(today))
    if len(args) < 2:
        raise InvalidInput(texts.extend_need_deadline(today))
    return ask(services, caller, number, " ".join(args[1:]))


def decide(services: Services, caller: Caller, request_id: int, approve: bool, pressed: bool = True) -> Outcome:
    """The board approves or rejects; the unit is told the result."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        request, task = decide_extension(session, actor=who.actor, request_id=request_id, approve=approve, now=who.now)
        unit = unit_names(session, org_id=task.org_id).get(task.unit_id, "")
        queued = notify.to_unit(
            session, org_id=task.org_id, unit_id=task.unit_id, kind="extension_result", subject=f"ext:{request.id}",
            day=who.today, now=who.now, text=texts.extension_result(request, task),
        )
        text = texts.extension_decided(request, task, unit, who.actor.label)
    if pressed:
        return Outcome(edit=Message(text), toast=text, notified=bool(queued))
    return Outcome(messages=[Message(text)], notified=bool(queued))


def approve_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/duyet <số đề nghị>."""
    return decide(services, caller, task_number(args, texts.DECIDE_USAGE), True, pressed=False)


def reject_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/tuchoi <số đề nghị>."""
    return decide(services, caller, task_number(args, texts.DECIDE_USAGE), False, pressed=False)
