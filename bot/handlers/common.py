"""The Telegram side of every flow: who is calling, running a flow off the event loop, mapping
domain errors to replies (the one place that does), rendering outcomes, answering every press."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import CallbackQuery, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import texts
from bot.callbacks import Callback, InvalidCallback
from bot.keyboards import markup
from bot.services.base import Caller, Message, Outcome, Services
from bot.services.names import name_choices
from conclusions.errors import DocumentError
from storage.errors import DondocError

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
HandlerCallback = Callable[[Update, Context], Awaitable[None]]
PressCallback = Callable[[Update, Context, Callback], Awaitable[None]]
T = TypeVar("T")


def services_of(context: Context) -> Services:
    """The shared services, put in `bot_data` by `build_application`."""
    return context.application.bot_data["services"]  # type: ignore[no-any-return]


def caller_of(update: Update) -> Caller:
    """The platform-neutral caller of an update."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    # Not `user.full_name`: it runs first and last name together as "Bình Trần Văn".
    choices = name_choices(user.first_name, user.last_name)
    return Caller(
        user_id=str(user.id),
        chat_id=str(chat.id),
        chat_kind="private" if chat.type == "private" else "group",
        display_name=choices[0] if choices else user.username or str(user.id),
        chat_title=chat.title or "",
        name_choices=choices,
    )


def user_error(exc: BaseException) -> str | None:
    """The reply for an error a user caused (None: a bug, left to the global error handler)."""
    if isinstance(exc, DondocError):
        return exc.message
    if isinstance(exc, DocumentError):
        return str(exc)
    if isinstance(exc, InvalidCallback):
        return texts.STALE_BUTTON
    return None


def log_refusal(update: Update, what: object, exc: BaseException) -> None:
    """Tell the operator that a user's request was refused and why (no message text, no token)."""
    user, chat = update.effective_user, update.effective_chat
    log.info(
        "refused %s for user %s in chat %s: %s: %s", getattr(what, "__name__", what),
        user.id if user else "?", chat.id if chat else "?", type(exc).__name__, texts.clip(str(exc), 200),
    )


async def call_flow(context: Context, flow: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a synchronous flow (database work, parsing) in a worker thread so the loop stays free."""
    return await asyncio.to_thread(flow, services_of(context), *args, **kwargs)


def args_of(context: Context) -> list[str]:
    """The words after a command."""
    return list(context.args or [])


async def run_flow(
    update: Update, context: Context, flow: Callable[..., Outcome | None], *args: Any, **kwargs: Any
) -> Outcome | None:
    """Run a flow for the caller of `update`; user errors become a short reply."""
    try:
        return await call_flow(context, flow, caller_of(update), *args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - mapped or re-raised just below
        message = user_error(exc)
        if message is None:
            raise
        log_refusal(update, flow, exc)
        return Outcome.say(message)


async def run_command(update: Update, context: Context, flow: Callable[..., Outcome], *args: Any, **kwargs: Any) -> None:
    """Run a text-command flow and send its outcome; user errors become a short reply."""
    outcome = await run_flow(update, context, flow, *args, **kwargs)
    assert outcome is not None
    await deliver(update, context, outcome)


async def run_answer(update: Update, context: Context, flow: Callable[..., Outcome | None], *args: Any, **kwargs: Any) -> bool:
    """Run the flow answering a pending question and send its outcome; False (nothing sent) when
    the question was gone by the time the flow took it (answered through another instance)."""
    outcome = await run_flow(update, context, flow, *args, **kwargs)
    if outcome is None:
        return False
    await deliver(update, context, outcome)
    return True


async def run_press(update: Update, context: Context, flow: Callable[..., Outcome], *args: Any) -> None:
    """Run a button flow; the press is answered exactly once, with the flow's toast or the refusal."""
    query = update.callback_query
    assert query is not None
    answered = False
    try:
        outcome = await call_flow(context, flow, caller_of(update), *args)
    except Exception as exc:  # noqa: BLE001
        message = user_error(exc)
        if message is None:
            raise
        log_refusal(update, flow, exc)
        await query.answer(_toast(message), show_alert=True)
        return
    try:
        await query.answer(_toast(outcome.toast) if outcome.toast else None, show_alert=outcome.alert)
        answered = True
        await deliver(update, context, outcome, query)
    finally:
        if not answered:
            await answer_quietly(query, texts.APOLOGY)


def _toast(text: str) -> str:
    """Callback answers are plain text up to 200 characters."""
    plain = text.replace("<code>", "").replace("</code>", "").replace("<b>", "").replace("</b>", "")
    return texts.clip(plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), 200)


async def answer_quietly(query: CallbackQuery, text: str | None = None) -> None:
    """Answer a press, ignoring a press that was already answered or has expired."""
    try:
        await query.answer(text)
    except BadRequest:
        pass


async def deliver(update: Update, context: Context, outcome: Outcome, query: CallbackQuery | None = None) -> None:
    """Render an outcome: the edit, the new messages, the wake-up, the menu."""
    chat = update.effective_chat
    assert chat is not None
    if outcome.edit is not None:
        await _edit(context, query, outcome)
    for message in outcome.messages:
        await send(context, chat.id, message)
    if outcome.notified:
        services_of(context).wake()
    if outcome.menu_role is not None:
        from bot.commands import set_chat_menu

        await set_chat_menu(context.bot, chat.id, outcome.menu_role)


async def _edit(context: Context, query: CallbackQuery | None, outcome: Outcome) -> None:
    assert outcome.edit is not None
    reply_markup = markup(outcome.edit.keyboard)
    try:
        if outcome.edit_target is not None:
            chat_id, message_id = outcome.edit_target
            await context.bot.edit_message_text(outcome.edit.text, chat_id=chat_id, message_id=message_id, reply_markup=reply_markup)
        elif query is not None and query.message is not None and query.message.is_accessible:
            await query.edit_message_text(outcome.edit.text, reply_markup=reply_markup)
        elif query is not None and query.message is not None:
            # The pressed message is too old to edit (or inaccessible): send the new state instead.
            await send(context, query.message.chat.id, outcome.edit)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def send(context: Context, chat_id: int | str, message: Message) -> None:
    """Send one neutral message: text with buttons, a generated file, or a stored file."""
    if message.attachment is not None:
        await context.bot.send_document(
            chat_id, document=message.attachment.content, filename=message.attachment.filename,
            caption=message.attachment.caption or None,
        )
    elif message.stored_file is not None:
        stored = message.stored_file
        if stored.kind == "photo":
            await context.bot.send_photo(chat_id, photo=stored.file_id, caption=stored.caption or None)
        else:
            await context.bot.send_document(chat_id, document=stored.file_id, caption=stored.caption or None)
    else:
        await context.bot.send_message(chat_id, message.text, reply_markup=markup(message.keyboard))
