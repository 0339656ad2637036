"""Closing tasks: ✅ → confirm (or a note / photo / file as the next message) → done; /done by
text; undo by the leader within a day; reopen by the monitoring board."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session

from bot import texts
from bot.callbacks import ListRef, done_data, encode
from bot.services import notify, questions
from bot.services.base import Acting, Awaiting, Button, Caller, Message, Outcome, Services, acting
from bot.services.periods import periods_of, shown_period
from bot.services.tasks import render_list, task_number
from conclusions.normalize import ascii_fold
from storage.access import require_close_task
from storage.errors import InvalidState
from storage.queries import org_timezone, unit_names
from storage.status import STATE_LABELS, occurrence_state, task_due, task_state
from storage.tasks import get_task, mark_done, reopen_task


def press_done(services: Services, caller: Caller, number: int, ref: ListRef, message_id: int | None) -> Outcome:
    """✅ on a list: turn the list into a confirmation and wait for an optional note or file."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        task = get_task(session, actor=who.actor, number=number)
        require_close_task(who.actor, task)
        if task.status == "cancelled":
            return Outcome(edit=render_list(session, who, ref), toast=texts.task_cancelled(number), alert=True)
        if task.status != "open":
            return Outcome(edit=render_list(session, who, ref), toast=texts.already_done(number))
        period = shown_period(periods_of(session, [task], who.today).get(task.id, [])) if task.recurrence else None  # type: ignore[arg-type]
        if period is not None and period.status != "open":
            return Outcome(edit=render_list(session, who, ref), toast=texts.period_already_done(number))
        keyboard = ((Button(texts.BTN_CONFIRM_DONE, done_data("dy", number, ref)), Button(texts.BTN_CANCEL, done_data("dc", number, ref))),)
        confirm = Message(texts.confirm_done(task, period), keyboard)
        questions.ask(session, who, caller, Awaiting("done_note", caller.chat_id, number, ref, message_id))
    return Outcome(edit=confirm)


def _ack_keyboard(who: Acting, number: int) -> tuple[tuple[Button, ...], ...]:
    if who.actor.oversees_all_units:
        return ((Button(texts.BTN_REOPEN, encode("ro", number)),),)
    return ((Button(texts.BTN_UNDO, encode("ud", number)),),)


def close(
    services: Services,
    caller: Caller,
    number: int,
    *,
    ref: ListRef | None = None,
    note: str | None = None,
    evidence: list[dict[str, Any]] | None = None,
    list_message: tuple[str, int] | None = None,
) -> Outcome:
    """Mark a task done (one transaction) and acknowledge; refresh the list it was pressed on."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        return _close(session, who, caller, number, ref=ref, note=note, evidence=evidence, list_message=list_message)


def _close(
    session: Session,
    who: Acting,
    caller: Caller,
    number: int,
    *,
    ref: ListRef | None,
    note: str | None,
    evidence: list[dict[str, Any]] | None,
    list_message: tuple[str, int] | None,
) -> Outcome:
    task = get_task(session, actor=who.actor, number=number)
    if task.status == "cancelled":
        raise InvalidState(texts.task_cancelled(number))
    result = mark_done(session, actor=who.actor, number=number, note=note, evidence=evidence, now=who.now)
    task, occurrence = result.task, result.occurrence
    tz = org_timezone(session, org_id=task.org_id)
    unit = unit_names(session, org_id=task.org_id).get(task.unit_id, "")
    period = texts.period_name(task.recurrence, occurrence.period_start, occurrence.due) if occurrence else None
    saved_note = occurrence.result_note if occurrence else task.result_note
    files = len([e for e in evidence or [] if e.get("file_id")])
    at = texts.fmt_time(who.now, tz)
    ack = texts.done_ack(number, unit, who.actor.label, at, saved_note, files, not who.actor.oversees_all_units, period)
    # The board learns of each closure at once (not only at /report) — unless it closed the task itself.
    state = occurrence_state(occurrence, who.today, tz) if occurrence else task_state(task, who.today, tz)
    label = STATE_LABELS[state] if occurrence or task_due(task) is not None else "hoàn thành"  # no deadline: no "đúng hạn"
    queued = notify.to_board(
        session, org_id=task.org_id, kind="task_done",
        subject=f"task:{number}:{int(who.now.timestamp())}" + (f":{occurrence.id}" if occurrence else ""),
        day=who.today, now=who.now, exclude_member_id=who.actor.member_id,
        text=texts.done_notice(
            number, unit, task.content, who.actor.label, at, label, saved_note, files, period,
        ),
        keyboard=((Button(f"{texts.BTN_DETAILS} Chi tiết", encode("dt", number)),),),
    )
    refreshed = render_list(session, who, ref) if ref is not None else None
    # Closed by ✔, /done or a note: no later message in this chat is a note any more.
    questions.clear(session, who, caller)
    return Outcome(
        messages=[Message(ack, _ack_keyboard(who, number))], edit=refreshed, edit_target=list_message,
        notified=bool(queued),
    )


def confirm_press(services: Services, caller: Caller, number: int, ref: ListRef) -> Outcome:
    """✔ Xác nhận hoàn thành (no note)."""
    outcome = close(services, caller, number, ref=ref)
    outcome.toast = f"Đã ghi nhận hoàn thành nhiệm vụ số {number}."
    return outcome


def cancel_press(services: Services, caller: Caller, number: int, ref: ListRef) -> Outcome:
    """✖ Hủy on the confirmation: the list comes back and no later message is a note any more."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        questions.take(session, who, caller, "done_note")
        return Outcome(edit=render_list(session, who, ref), toast=texts.done_cancelled(number))


# "ghi chú: …" (with or without tones, any case; ":" or a dash) says the message is the note.
_EXPLICIT_NOTE_RE = re.compile(r"\s*ghi\s*chu\s*[:：\-–—]\s*")


def explicit_note(text: str | None) -> str | None:
    """The note of a message written as "ghi chú: …", else None."""
    if not text:
        return None
    match = _EXPLICIT_NOTE_RE.match(ascii_fold(text))  # one character for one: offsets hold
    return text[match.end():].strip() if match else None


def note_received(
    services: Services, caller: Caller, *, text: str | None, item: dict[str, Any] | None, reply_to: int | None = None,
) -> Outcome | None:
    """The message after ✅: a note (kept as the result note) and/or a photo or file (kept as evidence).

    Taken only when it is unambiguously the note: written as "ghi chú: …", sent as a reply to the
    question, or sent soon after it with nothing else in the chat between; otherwise the task stays
    open and the person is told how to send the note. The question is consumed in the transaction
    that closes the task; None when no note is awaited any more (answered through another
    instance, cancelled, replaced or expired)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        waiting = questions.peek(session, who, caller, "done_note")
        if waiting is None:
            return None
        question, on_screen = waiting
        note = explicit_note(text)
        replied = reply_to is not None and reply_to == question.list_message_id
        if note is None and not (on_screen or replied):
            questions.interrupt(session, who, caller, "done_note")  # the hint now stands below it
            return Outcome.say(texts.note_not_taken(question.number))
        awaiting = questions.take(session, who, caller, "done_note")
        if awaiting is None:
            return None
        evidence: list[dict[str, Any]] = []
        if item is not None:
            evidence.append({**item, "by": who.member.display_name or caller.display_name, "at": texts.fmt_time(who.now)})
        target = (awaiting.chat_id, awaiting.list_message_id) if awaiting.list_message_id else None
        return _close(
            session, who, caller, awaiting.number, ref=awaiting.list_ref, note=(note if note is not None else text) or None,
            evidence=evidence, list_message=target,
        )


def done_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/done N [ghi chú]."""
    number = task_number(args, texts.DONE_USAGE)
    return close(services, caller, number, note=" ".join(args[1:]) or None)


def reopen(services: Services, caller: Caller, number: int, reason: str | None = None) -> Outcome:
    """↩: the leader's undo within a day, or the board's reopen (the unit is told)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        task = reopen_task(session, actor=who.actor, number=number, reason=reason, now=who.now)
        by_board = who.actor.oversees_all_units
        notified = False
        if by_board:
            notified = bool(notify.to_unit(
                session, org_id=task.org_id, unit_id=task.unit_id, kind="task_reopened",
                subject=f"task:{task.number}:{int(who.now.timestamp())}", day=who.today, now=who.now,
                text=texts.reopened_notice(number, task.content, reason),
            ))
    text = texts.reopened(number, by_board)
    details_button = ((Button(f"{texts.BTN_DETAILS} {number}", encode("dt", number)),),)
    return Outcome(messages=[Message(text, details_button)], toast=text, notified=notified)


def undo_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/hoantac N."""
    return reopen(services, caller, task_number(args, texts.UNDO_USAGE))


def reopen_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/molai N [lý do]."""
    return reopen(services, caller, task_number(args, texts.REOPEN_USAGE), " ".join(args[1:]) or None)
