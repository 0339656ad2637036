"""One callback-query handler: parse the data, refuse what this bot never produced, dispatch."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.callbacks import InvalidCallback, parse
from bot.handlers import done, explain, extend, importing, tasks
from bot.handlers.common import Context, PressCallback, answer_quietly

PRESSES: dict[str, PressCallback] = {
    **tasks.PRESSES, **done.PRESSES, **extend.PRESSES, **explain.PRESSES, **importing.PRESSES,
}


async def on_press(update: Update, context: Context) -> None:
    """Every press is answered: forged or stale data gets a polite refusal and changes nothing."""
    query = update.callback_query
    assert query is not None
    try:
        callback = parse(query.data)
        handler = PRESSES[callback.verb]
    except (InvalidCallback, KeyError):
        await answer_quietly(query, texts.STALE_BUTTON)
        return
    await handler(update, context, callback)
