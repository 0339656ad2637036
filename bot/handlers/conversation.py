"""Messages that are not commands: the answer to a question the bot just asked (a note or file after
✅, a new deadline after ⏳, an explanation, a document after /import), otherwise a short hint.

The pending question lives in `context.user_data` (per user, in memory): a restart forgets it and
the user simply presses the button again. Import previews themselves are persisted (`ImportDraft`).
"""

from __future__ import annotations

import time
from typing import Any

from telegram import Update

from bot import texts
from bot.handlers.common import AWAITING_AT_KEY, AWAITING_KEY, Context, call_flow, caller_of, deliver, run_command
from bot.handlers.importing import import_document, import_text
from bot.services import done, explain, extend, importing
from bot.services.base import Awaiting, Outcome
from storage.errors import DondocError

#: A question left unanswered this long no longer captures the user's next message.
AWAITING_TTL = 30 * 60


def pending(update: Update, context: Context) -> Awaiting | None:
    """The question this user was asked in this chat, if still fresh."""
    data = context.user_data
    if data is None or update.effective_chat is None:
        return None
    awaiting = data.get(AWAITING_KEY)
    if not isinstance(awaiting, Awaiting) or awaiting.chat_id != str(update.effective_chat.id):
        return None
    if time.monotonic() - data.get(AWAITING_AT_KEY, 0.0) > AWAITING_TTL:
        data.pop(AWAITING_KEY, None)
        return None
    return awaiting


async def on_text(update: Update, context: Context) -> None:
    """Plain text: an answer to the pending question, or a hint (in private chats only)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    awaiting = pending(update, context)
    if awaiting is None:
        if update.effective_chat is not None and update.effective_chat.type == "private":
            await deliver(update, context, Outcome.say(texts.FREE_TEXT_HINT))
        return
    text = message.text
    if awaiting.kind == "done_note":
        await run_command(update, context, done.note_received, awaiting, text=text, item=None)
    elif awaiting.kind == "extension":
        await run_command(update, context, extend.ask, awaiting.number, text)
    elif awaiting.kind == "explanation":
        await run_command(update, context, explain.explain, awaiting.number, text)
    elif awaiting.kind == "import":
        await import_text(update, context, text)


def _file_item(update: Update) -> dict[str, Any] | None:
    message = update.effective_message
    assert message is not None
    if message.photo:
        return {"kind": "photo", "file_id": message.photo[-1].file_id, "platform": "telegram"}
    if message.document is not None:
        return {"kind": "document", "file_id": message.document.file_id, "file_name": message.document.file_name,
                "platform": "telegram"}
    return None


async def on_file(update: Update, context: Context) -> None:
    """A photo or document: evidence after ✅, a notice to import, or a hint."""
    message = update.effective_message
    assert message is not None and update.effective_chat is not None
    awaiting = pending(update, context)
    if awaiting is not None and awaiting.kind == "done_note":
        await run_command(update, context, done.note_received, awaiting, text=message.caption, item=_file_item(update))
        return
    private = update.effective_chat.type == "private"
    if message.document is not None and (
        (awaiting is not None and awaiting.kind == "import")
        or (private and await call_flow(context, importing.is_admin, caller_of(update)))
    ):
        await import_document(update, context, message.document)
        return
    if private:
        await deliver(update, context, Outcome.say(texts.UNEXPECTED_FILE))


async def cancel_command(update: Update, context: Context) -> None:
    """/huy: forget the pending question; otherwise drop the newest import preview (the ✖ Hủy button)."""
    if pending(update, context) is not None:
        reply = Outcome.say(texts.PENDING_CANCELLED)
    else:
        try:
            reply = await call_flow(context, importing.cancel, caller_of(update), None, False)
        except DondocError:
            reply = Outcome.say(texts.NOTHING_PENDING)
    reply.clear_awaiting = True
    await deliver(update, context, reply)
