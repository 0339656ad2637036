"""Explanations: the board asks the unit's leader about an overdue task (❓); the reply is kept in
the task's history and forwarded to the board."""

from __future__ import annotations

from sqlmodel import Session

from bot import texts
from bot.callbacks import encode
from bot.services import notify, questions
from bot.services.base import Acting, Awaiting, Button, Caller, Message, Outcome, Services, acting
from bot.services.periods import is_overdue, periods_of, shown_period
from bot.services.tasks import task_number
from storage.access import require_close_task, require_oversight
from storage.errors import InvalidInput, InvalidState
from storage.queries import org_timezone, unit_names
from storage.status import task_state
from storage.tasks import get_task, record_note_event


def request(services: Services, caller: Caller, number: int) -> Outcome:
    """❓ / /yeucaugiaitrinh N: ask the unit's leader to explain an overdue task."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        task = get_task(session, actor=who.actor, number=number)
        require_oversight(who.actor, task.org_id)
        tz = org_timezone(session, org_id=task.org_id)
        period = shown_period(periods_of(session, [task], who.today).get(task.id, [])) if task.recurrence else None  # type: ignore[arg-type]
        if task.status != "open" or not is_overdue(task, period, task_state(task, who.today, tz), who.today, tz):
            raise InvalidState(texts.EXPLAIN_ONLY_OVERDUE)
        record_note_event(session, actor=who.actor, number=number, kind="explanation_requested", now=who.now)
        unit = unit_names(session, org_id=task.org_id).get(task.unit_id, "")
        queued = notify.to_leaders(
            session, org_id=task.org_id, unit_id=task.unit_id, kind="explanation_request",
            subject=f"task:{number}:{int(who.now.timestamp())}", day=who.today, now=who.now,
            text=texts.explanation_request(task, who.today, who.actor.label, period),
            keyboard=((Button(texts.BTN_EXPLAIN, encode("gt", number)),),),
        )
    text = texts.explanation_requested(number, unit)
    return Outcome(messages=[Message(text)], toast=text, notified=bool(queued))


def request_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/yeucaugiaitrinh N."""
    return request(services, caller, task_number(args, texts.EXPLAIN_REQUEST_USAGE))


def press_explain(services: Services, caller: Caller, number: int) -> Outcome:
    """✍ Gửi giải trình: the next message is the explanation."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_close_task(who.actor, get_task(session, actor=who.actor, number=number))
        questions.ask(session, who, caller, Awaiting("explanation", caller.chat_id, number))
    return Outcome(messages=[Message(texts.explanation_prompt(number))])


def explain(services: Services, caller: Caller, number: int, text: str) -> Outcome:
    """Keep the leader's explanation with the task and forward it to the board."""
    text = _explanation_text(text)
    with services.transaction() as session:
        who = acting(session, services, caller)
        return _keep(session, who, caller, number, text)


def answer(services: Services, caller: Caller, text: str) -> Outcome | None:
    """The message after ✍: the explanation (None when no longer awaited)."""
    text = _explanation_text(text)
    with services.transaction() as session:
        who = acting(session, services, caller)
        awaiting = questions.take(session, who, caller, "explanation")
        if awaiting is None:
            return None
        return _keep(session, who, caller, awaiting.number, text)


def _explanation_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(texts.EXPLAIN_NEED_TEXT)
    return text


def _keep(session: Session, who: Acting, caller: Caller, number: int, text: str) -> Outcome:
    task = record_note_event(session, actor=who.actor, number=number, kind="explanation", text=text, now=who.now)
    unit = unit_names(session, org_id=task.org_id).get(task.unit_id, "")
    queued = notify.to_board(
        session, org_id=task.org_id, kind="explanation", subject=f"task:{number}:{int(who.now.timestamp())}",
        day=who.today, now=who.now, text=texts.explanation_received(task, unit, who.actor.label, text[:1000]),
    )
    questions.clear(session, who, caller)
    return Outcome(messages=[Message(texts.explanation_saved(number))], notified=bool(queued))


def explain_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/giaitrinh N <nội dung>."""
    return explain(services, caller, task_number(args, texts.EXPLAIN_USAGE), " ".join(args[1:]))
