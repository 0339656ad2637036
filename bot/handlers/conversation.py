"""Messages that are not commands: the answer to a question the bot just asked (a note or file after
✅, a new deadline after ⏳, an explanation, a document after /import), otherwise a short hint.

The pending question lives in the database (`bot.services.questions`), keyed by user and chat with
a 30-minute expiry, so any instance behind the load balancer — or this one after a restart — reads
the answer as an answer. The question is looked up to route the message, then taken by the flow
that answers it, in the same transaction as the action: two messages racing on two instances
cannot both consume it, and the one that loses is read as free text.
"""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import texts
from bot.handlers.common import Context, call_flow, caller_of, deliver, run_answer
from bot.handlers.importing import import_document, import_text
from bot.services import assign, done, explain, extend, importing, questions
from bot.services.base import Awaiting, Outcome
from storage.errors import DondocError


async def pending(update: Update, context: Context) -> Awaiting | None:
    """The question this user was asked in this chat, if still fresh."""
    return await call_flow(context, questions.pending, caller_of(update))


def _reply_to(update: Update) -> int | None:
    message = update.effective_message
    return message.reply_to_message.message_id if message is not None and message.reply_to_message else None


async def _answer_text(update: Update, context: Context, awaiting: Awaiting, text: str) -> bool:
    if awaiting.kind == "done_note":
        return await run_answer(update, context, done.note_received, text=text, item=None, reply_to=_reply_to(update))
    if awaiting.kind == "extension":
        return await run_answer(update, context, extend.answer, text)
    if awaiting.kind == "explanation":
        return await run_answer(update, context, explain.answer, text)
    if awaiting.kind == "import":
        return await import_text(update, context, text)
    if awaiting.kind == "assign":
        return await run_answer(update, context, assign.answer, text)
    return False


async def on_text(update: Update, context: Context) -> None:
    """Plain text: an answer to the pending question, or a hint (in private chats only)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    awaiting = await pending(update, context)
    if awaiting is not None and await _answer_text(update, context, awaiting, message.text):
        return
    if update.effective_chat is not None and update.effective_chat.type == "private":
        await deliver(update, context, Outcome.say(texts.FREE_TEXT_HINT))


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
    awaiting = await pending(update, context)
    if awaiting is not None and awaiting.kind == "done_note":
        if await run_answer(
            update, context, done.note_received, text=message.caption, item=_file_item(update), reply_to=_reply_to(update),
        ):
            return
        awaiting = None
    private = update.effective_chat.type == "private"
    if (message.document is not None or message.photo) and (
        (awaiting is not None and awaiting.kind == "import")
        or (private and await call_flow(context, importing.is_admin, caller_of(update)))
    ):
        # A photo of a notice is read by OCR like a scanned document (the largest size Telegram offers).
        await import_document(update, context, message.document or message.photo[-1])
        return
    if private:
        await deliver(update, context, Outcome.say(texts.UNEXPECTED_FILE))


async def note_interrupted(update: Update, context: Context) -> None:
    """Runs before every handler: a command, a button press or someone else's message in a chat
    means a note awaited there after ✅ is no longer the latest thing on screen, so a later
    message is taken as the note only if written as one ("ghi chú: …")."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    query, message = update.callback_query, update.message
    if query is not None:
        pressed = query.message.message_id if query.message is not None else 0
        await call_flow(context, questions.something_else_happened, caller_of(update), command=False,
                        pressed_message_id=pressed)
        return
    if message is None:
        return
    text = message.text or message.caption or ""
    command = text.startswith("/")
    if command or chat.type != "private":
        await call_flow(context, questions.something_else_happened, caller_of(update), command=command,
                        pressed_message_id=None)


async def cancel_command(update: Update, context: Context) -> None:
    """/huy: forget the pending question; otherwise drop the newest import preview (the ✖ Hủy button)."""
    if await call_flow(context, questions.cancel, caller_of(update)):
        reply = Outcome.say(texts.PENDING_CANCELLED)
    else:
        try:
            reply = await call_flow(context, importing.cancel, caller_of(update), None, False)
        except DondocError:
            reply = Outcome.say(texts.NOTHING_PENDING)
    await deliver(update, context, reply)
