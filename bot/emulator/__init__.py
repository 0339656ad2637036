"""Local Telegram Bot API emulator for tests and the offline demo.

The real python-telegram-bot ``Application`` talks to it over HTTP::

    emu = await BotApiEmulator().start()
    app = (Application.builder().token(emu.token)
           .base_url(f"{emu.base_url}/bot").base_file_url(f"{emu.base_url}/file/bot").build())

Bot API side (what the bot calls)
    ``GET|POST /bot{token}/{method}``  parameters as query string, JSON, form or multipart.
        Supported: getMe, getUpdates (long polling: offset/limit/timeout/allowed_updates),
        sendMessage, editMessageText, editMessageCaption, editMessageReplyMarkup,
        deleteMessage, answerCallbackQuery, sendDocument, sendPhoto, getFile, sendChatAction,
        getChat, setMyCommands, getMyCommands, deleteMyCommands, setWebhook, deleteWebhook,
        getWebhookInfo, close, logOut. Unknown methods answer 404 "Not Found"; a wrong token
        401 "Unauthorized" (404 if malformed), as on Telegram.
    ``GET /file/bot{token}/{file_path}``  download of a file returned by getFile.
    With a webhook set, updates are POSTed to it (header ``X-Telegram-Bot-Api-Secret-Token``)
    and getUpdates answers 409 Conflict.

Control side (JSON, for a browser chat page or curl)
    ``GET  /_emulator/info``                      bot, users, chats, webhook, last event seq
    ``GET  /_emulator/chats``                     known chats
    ``POST /_emulator/chats``                     {"chat": {...}, "user"?: {...}} register a chat
    ``GET  /_emulator/chats/{chat_id}/messages?after=<message_id>``  user+bot messages
    ``POST /_emulator/send``                      {"user": {...}|"user_id", "chat": {...}|"chat_id"?, "text"}
    ``POST /_emulator/upload``                    multipart: file, user (JSON), chat (JSON) or
                                                  chat_id, caption?, as_photo?
    ``POST /_emulator/press``                     {"user"|"user_id", "chat_id", "message_id", "data", "force"?}
    ``GET  /_emulator/events?after=<seq>&timeout=<s>&chat_id=<id>``  long poll; returns
                                                  {"events": [...], "last_seq": n}; event kinds:
                                                  message, edit, delete, callback_answer
    ``GET  /_emulator/files/{file_id}``           raw bytes (Content-Disposition attachment)
    ``GET|POST|DELETE /_emulator/faults``         list / add {"kind", "method"?, "count"?,
                                                  "retry_after"?, "delay"?, "chat_id"?} / clear
    ``GET  /_emulator/calls?method=&after_index=``  Bot API call transcript
    ``GET  /_emulator/callback_answers``          answerCallbackQuery log
    ``GET  /<path>``                              static files from ``bot/emulator/static/`` (if it
                                                  exists) or ``add_static_dir()``; ``/`` → index.html

Run standalone: ``python -m bot.emulator --port 8081``.
"""

from bot.emulator.emulator import DEFAULT_TOKEN, BotApiEmulator
from bot.emulator.faults import Fault
from bot.emulator.methods import ApiError
from bot.emulator.state import (
    ApiCall,
    CallbackAnswer,
    EmulatedChat,
    EmulatedUser,
    EmulatorEvent,
    StoredFile,
    StoredMessage,
)

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "ApiError",
    "BotApiEmulator",
    "CallbackAnswer",
    "EmulatedChat",
    "EmulatedUser",
    "EmulatorEvent",
    "Fault",
    "StoredFile",
    "StoredMessage",
]
