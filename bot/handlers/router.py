"""One callback-query handler: parse the data, refuse what this bot never produced, dispatch."""

from __future__ import annotations

import logging

from telegram import Update

from bot import texts
from bot.callbacks import InvalidCallback, parse
from bot.handlers import assign, done, draft_review, explain, extend, importing, onboarding, tasks
from bot.handlers.common import Context, PressCallback, answer_quietly

log = logging.getLogger(__name__)

PRESSES: dict[str, PressCallback] = {
    **tasks.PRESSES, **done.PRESSES, **assign.PRESSES, **extend.PRESSES, **explain.PRESSES, **importing.PRESSES, **onboarding.PRESSES,
    **draft_review.PRESSES,
}


async def on_press(update: Update, context: Context) -> None:
    """Every press is answered: forged or stale data gets a polite refusal and changes nothing."""
    query = update.callback_query
    assert query is not None
    try:
        callback = parse(query.data)
        handler = PRESSES[callback.verb]
    except (InvalidCallback, KeyError):
        log.warning("refused callback data %r from user %s", (query.data or "")[:64], query.from_user.id)
        await answer_quietly(query, texts.STALE_BUTTON)
        return
    await handler(update, context, callback)
