"""/tasks, its filter / page / unit buttons, the board's summary, 📄 details and 📎 evidence."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.handlers.common import Context, PressCallback, answer_quietly, args_of, run_command, run_press
from bot.services import tasks


async def tasks_command(update: Update, context: Context) -> None:
    """/tasks [bộ lọc] [đơn vị] [trang]."""
    await run_command(update, context, tasks.tasks_command, args_of(context))


async def details_command(update: Update, context: Context) -> None:
    """/chitiet N."""
    await run_command(update, context, tasks.details_command, args_of(context))


async def evidence_command(update: Update, context: Context) -> None:
    """/minhchung N."""
    await run_command(update, context, tasks.evidence_command, args_of(context))


async def press_list(update: Update, context: Context, cb: Callback) -> None:
    """A filter, page or unit button."""
    query = update.callback_query
    message_id = query.message.message_id if query is not None and query.message is not None else None
    await run_press(update, context, tasks.open_list, cb.list_ref(), message_id)


async def press_summary(update: Update, context: Context, cb: Callback) -> None:
    """📊 back to the per-unit summary."""
    await run_press(update, context, tasks.open_summary)


async def press_details(update: Update, context: Context, cb: Callback) -> None:
    """📄 N."""
    await run_press(update, context, tasks.details, cb.number)


async def press_evidence(update: Update, context: Context, cb: Callback) -> None:
    """📎 evidence files of a task."""
    await run_press(update, context, tasks.evidence, cb.number)


async def press_nothing(update: Update, context: Context, cb: Callback) -> None:
    """The page counter: nothing to do, but every press is answered."""
    assert update.callback_query is not None
    await answer_quietly(update.callback_query)


PRESSES: dict[str, PressCallback] = {
    "ls": press_list, "sm": press_summary, "dt": press_details, "ev": press_evidence, "nop": press_nothing,
}
