"""Shared test users, chats and a small echo bot built on the real PTB Application."""

from __future__ import annotations

import hashlib

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.emulator import BotApiEmulator, EmulatedChat, EmulatedUser

ALICE = EmulatedUser(id=1001, first_name="Alice", username="alice")
BOB = EmulatedUser(id=1002, first_name="Bình", last_name="Nguyễn", username="binh")
GROUP = EmulatedChat.group(-4001, "Phòng Kế hoạch")
XLSX_BYTES = b"PK\x03\x04fake-xlsx"


def fast_request() -> HTTPXRequest:
    """HTTP client with short timeouts so timeout faults are quick to observe."""
    return HTTPXRequest(connect_timeout=1.0, read_timeout=1.0, write_timeout=1.0, pool_timeout=1.0)


async def start_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with an inline keyboard."""
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Xong", callback_data="done:1"),
                InlineKeyboardButton("Để sau", callback_data="later:1"),
            ]
        ]
    )
    await update.effective_message.reply_text(
        "Chào <b>bạn</b>!", parse_mode="HTML", reply_markup=keyboard
    )


async def export_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a generated file back."""
    await context.bot.send_document(
        update.effective_chat.id, document=XLSX_BYTES, filename="bao_cao.xlsx", caption="Báo cáo"
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the query and edit the message it came from."""
    query = update.callback_query
    await query.answer(f"OK {query.data}")
    await query.edit_message_text(f"Đã chọn: {query.data}")


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download the document and report its size and digest."""
    doc = update.effective_message.document
    content = await (await doc.get_file()).download_as_bytearray()
    digest = hashlib.sha256(bytes(content)).hexdigest()[:12]
    await update.effective_message.reply_text(f"{doc.file_name}: {len(content)} bytes {digest}")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo plain text, naming the chat type."""
    chat_type = update.effective_chat.type
    await update.effective_message.reply_text(f"Echo ({chat_type}): {update.effective_message.text}")


def emulator_application(emulator: BotApiEmulator) -> Application:
    """A bare `Application` wired to the emulator the way production wires TELEGRAM_API_BASE_URL."""
    return (
        Application.builder()
        .token(emulator.token)
        .base_url(f"{emulator.base_url}/bot")
        .base_file_url(f"{emulator.base_url}/file/bot")
        .build()
    )


def build_app(emulator: BotApiEmulator) -> Application:
    """The echo bot wired to the emulator."""
    app = emulator_application(emulator)
    app.add_handler(CommandHandler("start", start_cmd))
    app.add_handler(CommandHandler("export", export_cmd))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    return app
