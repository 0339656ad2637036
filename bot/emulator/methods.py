"""Bot API method semantics: what each supported method does to the emulated world."""

from __future__ import annotations

import asyncio
import copy
import mimetypes
import struct
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.emulator.formatting import EntityParseError, format_text, utf16_len
from bot.emulator.params import UploadedPart
from bot.emulator.state import (
    JSON,
    CallbackAnswer,
    EmulatedChat,
    StoredFile,
    StoredMessage,
    World,
    update_allowed,
)
from bot.emulator.webhook import WebhookDeliverer

MAX_TEXT = 4096
MAX_CAPTION = 1024
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_INVALID = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)

Handler = Callable[[JSON, dict[str, UploadedPart]], Awaitable[Any]]


class ApiError(Exception):
    """A Bot API error answer (`ok: false`)."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSON:
        """The JSON body Telegram would send."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


#: The Bot API serves bots files up to 20 MB; getFile on a larger one is refused.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024


def bad_request(message: str) -> ApiError:
    """400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {message}")


def _image_size(content: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG (0, 0 if unknown) for PhotoSize objects."""
    if content[:8] == b"\x89PNG\r\n\x1a\n" and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return int(width), int(height)
    if content[:2] == b"\xff\xd8":
        index = 2
        while index + 9 < len(content):
            if content[index] != 0xFF:
                index += 1
                continue
            marker = content[index + 1]
            length = struct.unpack(">H", content[index + 2 : index + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", content[index + 5 : index + 9])
                return int(width), int(height)
            index += 2 + length
    return 0, 0


def photo_sizes(stored: StoredFile, content: bytes) -> list[JSON]:
    """A one-element PhotoSize array for an uploaded image."""
    width, height = _image_size(content)
    return [
        {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
            "width": width,
            "height": height,
        }
    ]


class BotApi:
    """Implements the supported Bot API methods against a `World`."""

    def __init__(self, world: World, webhook: WebhookDeliverer, stopping: asyncio.Event) -> None:
        self.world = world
        self.webhook = webhook
        self.stopping = stopping
        self.allowed_updates: list[str] | None = None
        self._poll_generation = 0
        handlers: dict[str, Handler] = {
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "sendMessage": self.send_message,
            "editMessageText": self.edit_message_text,
            "editMessageCaption": self.edit_message_caption,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "answerCallbackQuery": self.answer_callback_query,
            "sendDocument": self.send_document,
            "sendPhoto": self.send_photo,
            "getFile": self.get_file,
            "sendChatAction": self.send_chat_action,
            "getChat": self.get_chat,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "close": self.close,
            "logOut": self.close,
        }
        # Telegram treats method names case-insensitively.
        self.handlers = {name.lower(): handler for name, handler in handlers.items()}
        self.method_names = {name.lower(): name for name in handlers}

    def resolve(self, method: str) -> tuple[str, Handler] | None:
        """Canonical method name and handler, or None if unsupported."""
        key = method.lower()
        if key not in self.handlers:
            return None
        return self.method_names[key], self.handlers[key]

    # --- helpers -------------------------------------------------------------------------

    def _chat(self, params: JSON) -> EmulatedChat:
        """The target chat of a send call; raises like Telegram if unusable."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        chat: EmulatedChat | None = None
        if isinstance(raw, str) and raw.startswith("@"):
            chat = next((c for c in self.world.chats.values() if c.username == raw[1:]), None)
        else:
            try:
                chat = self.world.chats.get(int(raw))
            except (TypeError, ValueError):
                chat = None
        if chat is None:
            raise bad_request("chat not found")
        if chat.type == "private" and chat.id in self.world.blocked_by:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _message(self, params: JSON) -> StoredMessage:
        """The message addressed by chat_id + message_id of an edit call."""
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the emulator")
        chat = self._chat(params)
        try:
            message_id = int(params.get("message_id", 0))
        except (TypeError, ValueError) as exc:
            raise bad_request("message identifier is not specified") from exc
        stored = self.world.find_message(chat.id, message_id)
        if stored is None:
            raise bad_request("message to edit not found")
        if not stored.from_bot:
            raise bad_request("message can't be edited")
        return stored

    @staticmethod
    def _text(params: JSON, key: str, entities_key: str, limit: int) -> tuple[str, list[JSON]]:
        """Parse text/caption with parse_mode or entities and enforce Telegram's limits."""
        raw = params.get(key)
        raw = "" if raw is None else str(raw)
        try:
            text, entities = format_text(raw, params.get("parse_mode"), params.get(entities_key))
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from exc
        if utf16_len(text) > limit:
            raise bad_request("message is too long" if key == "text" else "message caption is too long")
        return text, entities

    @staticmethod
    def _markup(params: JSON) -> tuple[JSON | None, JSON | None]:
        """Split reply_markup into (inline keyboard echoed in the message, other keyboard)."""
        markup = params.get("reply_markup")
        if not markup:
            return None, None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None, markup
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise bad_request(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
        if not any(rows):
            return None, None
        return {"inline_keyboard": rows}, None

    def _new_bot_message(self, chat: EmulatedChat, params: JSON, fields: JSON) -> StoredMessage:
        """Create, store and return a message sent by the bot."""
        inline, other = self._markup(params)
        data: JSON = {
            "message_id": self.world.next_message_id(chat.id),
            "from": self.world.bot_user.to_dict(),
            "chat": chat.to_dict(),
            "date": self.world.now(),
        }
        reply_to = self._reply_target(chat, params)
        if reply_to is not None:
            data["reply_to_message"] = reply_to
        data.update(fields)
        if inline is not None:
            data["reply_markup"] = inline
        return self.world.add_message(chat, data, from_bot=True, reply_keyboard=other)

    def _reply_target(self, chat: EmulatedChat, params: JSON) -> JSON | None:
        """The `reply_to_message` object for reply_parameters / reply_to_message_id."""
        reply = params.get("reply_parameters")
        message_id = reply.get("message_id") if isinstance(reply, dict) else None
        message_id = message_id or params.get("reply_to_message_id")
        if not message_id:
            return None
        target = self.world.find_message(chat.id, int(message_id))
        if target is None:
            allow = isinstance(reply, dict) and reply.get("allow_sending_without_reply")
            if allow or params.get("allow_sending_without_reply"):
                return None
            raise bad_request("message to be replied not found")
        nested = copy.deepcopy(target.data)
        nested.pop("reply_to_message", None)  # Telegram nests only one level
        return nested

    def _upload(
        self, params: JSON, files: dict[str, UploadedPart], key: str, folder: str
    ) -> tuple[StoredFile, bytes]:
        """Resolve a media parameter: multipart upload, attach:// reference or existing file_id."""
        value = params.get(key)
        part = files.get(key)
        if part is None and isinstance(value, str) and value.startswith("attach://"):
            part = files.get(value[len("attach://") :])
        if part is not None:
            mime = part.content_type
            if not mime or mime == "application/octet-stream":
                mime = mimetypes.guess_type(part.filename or "")[0] or mime
            stored = self.world.add_file(part.content, part.filename, mime, folder)
            return stored, part.content
        if isinstance(value, str) and value in self.world.files:
            stored = self.world.files[value]
            return stored, stored.content
        if not value:
            raise bad_request(f"there is no {key} in the request")
        raise bad_request("wrong file identifier/HTTP URL specified")

    # --- methods -------------------------------------------------------------------------

    async def get_me(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """getMe."""
        me = self.world.bot_user.to_dict()
        me.pop("language_code", None)
        me.update(
            {
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
                "can_connect_to_business": False,
                "has_main_web_app": False,
            }
        )
        return me

    async def get_updates(self, params: JSON, files: dict[str, UploadedPart]) -> list[JSON]:
        """getUpdates with offset/limit/timeout/allowed_updates and long polling."""
        if self.webhook.active:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0.0, float(params.get("timeout") or 0))
        if params.get("allowed_updates") is not None:
            self.allowed_updates = list(params["allowed_updates"])
        self.world.confirm_updates(offset)
        # A newer getUpdates terminates an older one still waiting, as on Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        self.world.update_notifier.notify()  # wake the older poll so it can answer 409
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            ready = self._ready_updates()
            remaining = deadline - loop.time()
            if ready or remaining <= 0 or self.stopping.is_set():
                return ready[:limit]
            await self.world.update_notifier.wait(remaining)

    def _ready_updates(self) -> list[JSON]:
        """Pending updates passing allowed_updates; filtered-out ones are dropped for good."""
        kept = [u for u in self.world.pending_updates if update_allowed(u, self.allowed_updates)]
        if len(kept) != len(self.world.pending_updates):
            self.world.pending_updates = kept
        return list(kept)

    async def send_message(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """sendMessage."""
        chat = self._chat(params)
        text, entities = self._text(params, "text", "entities", MAX_TEXT)
        if not text.strip():
            raise bad_request("message text is empty")
        fields: JSON = {"text": text}
        if entities:
            fields["entities"] = entities
        return self._new_bot_message(chat, params, fields).data

    async def send_document(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """sendDocument (multipart upload or existing file_id)."""
        chat = self._chat(params)
        caption, entities = self._text(params, "caption", "caption_entities", MAX_CAPTION)
        stored, _ = self._upload(params, files, "document", "documents")
        fields: JSON = {"document": stored.document_dict()}
        if caption:
            fields["caption"] = caption
        if entities:
            fields["caption_entities"] = entities
        return self._new_bot_message(chat, params, fields).data

    async def send_photo(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """sendPhoto (multipart upload or existing file_id)."""
        chat = self._chat(params)
        caption, entities = self._text(params, "caption", "caption_entities", MAX_CAPTION)
        stored, content = self._upload(params, files, "photo", "photos")
        fields: JSON = {"photo": photo_sizes(stored, content)}
        if caption:
            fields["caption"] = caption
        if entities:
            fields["caption_entities"] = entities
        return self._new_bot_message(chat, params, fields).data

    async def edit_message_text(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """editMessageText; omitting reply_markup removes the inline keyboard, like Telegram."""
        stored = self._message(params)
        if "text" not in stored.data:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._text(params, "text", "entities", MAX_TEXT)
        if not text.strip():
            raise bad_request("message text is empty")
        inline, _ = self._markup(params)
        return self._apply_edit(stored, {"text": text, "entities": entities, "reply_markup": inline})

    async def edit_message_caption(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """editMessageCaption."""
        stored = self._message(params)
        if "text" in stored.data:
            raise bad_request("there is no caption in the message to edit")
        caption, entities = self._text(params, "caption", "caption_entities", MAX_CAPTION)
        inline, _ = self._markup(params)
        changes = {"caption": caption, "caption_entities": entities, "reply_markup": inline}
        return self._apply_edit(stored, changes)

    async def edit_message_reply_markup(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """editMessageReplyMarkup; no reply_markup removes the keyboard."""
        stored = self._message(params)
        inline, _ = self._markup(params)
        return self._apply_edit(stored, {"reply_markup": inline})

    def _apply_edit(self, stored: StoredMessage, changes: JSON) -> JSON:
        """Apply field changes (falsy = remove) or raise "message is not modified"."""
        new_data = copy.deepcopy(stored.data)
        for key, value in changes.items():
            if value:
                new_data[key] = value
            else:
                new_data.pop(key, None)
        comparable = {k: v for k, v in new_data.items() if k != "edit_date"}
        current = {k: v for k, v in stored.data.items() if k != "edit_date"}
        if comparable == current:
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        new_data["edit_date"] = self.world.now()
        self.world.replace_message(stored, new_data)
        return new_data

    async def delete_message(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """deleteMessage."""
        chat = self._chat(params)
        stored = self.world.find_message(chat.id, int(params.get("message_id") or 0))
        if stored is None:
            raise bad_request("message to delete not found")
        self.world.delete_message(stored)
        return True

    async def answer_callback_query(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """answerCallbackQuery; each query may be answered once."""
        query_id = str(params.get("callback_query_id") or "")
        query = self.world.callback_queries.pop(query_id, None)
        if query is None:
            raise bad_request(QUERY_INVALID.removeprefix("Bad Request: "))
        answer = CallbackAnswer(
            callback_query_id=query_id,
            text=params.get("text"),
            show_alert=bool(params.get("show_alert", False)),
            url=params.get("url"),
            cache_time=params.get("cache_time"),
            time=time.time(),
            query=query,
        )
        self.world.callback_answers.append(answer)
        message = query.get("message") or {}
        chat_id = (message.get("chat") or {}).get("id")
        self.world.publish(
            "callback_answer",
            chat_id,
            message.get("message_id"),
            True,
            {"callback_query_id": query_id, "text": answer.text, "show_alert": answer.show_alert},
        )
        return True

    async def get_file(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """getFile."""
        stored = self.world.files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        if stored.file_size > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        return stored.file_dict()

    async def send_chat_action(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """sendChatAction (validated, otherwise ignored)."""
        self._chat(params)
        return True

    async def get_chat(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """getChat returning a minimal ChatFullInfo."""
        chat = self._chat(params)
        data = chat.to_dict()
        data.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        return data

    @staticmethod
    def _commands_key(params: JSON) -> tuple[str, str]:
        """Storage key for a (scope, language_code) command list."""
        scope = params.get("scope") or {"type": "default"}
        scope_key = ",".join(f"{k}={scope[k]}" for k in sorted(scope))
        return scope_key, str(params.get("language_code") or "")

    async def set_my_commands(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """setMyCommands."""
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        for command in commands:
            name = str(command.get("command", ""))
            valid_chars = name.replace("_", "").isalnum() and name == name.lower()
            if not (1 <= len(name) <= 32) or not valid_chars:
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.world.commands[self._commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self._menu_changed(params)
        return True

    def _menu_changed(self, params: JSON) -> None:
        """Tell chat pages that a command menu changed (they redraw their shortcuts)."""
        scope = params.get("scope") or {"type": "default"}
        chat_id = scope.get("chat_id") if isinstance(scope, dict) else None
        self.world.publish(
            "commands", int(chat_id) if isinstance(chat_id, int | str) and str(chat_id).lstrip("-").isdigit() else None,
            None, True, {"scope": scope},
        )

    async def get_my_commands(self, params: JSON, files: dict[str, UploadedPart]) -> list[JSON]:
        """getMyCommands."""
        return list(self.world.commands.get(self._commands_key(params), []))

    async def delete_my_commands(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """deleteMyCommands."""
        self.world.commands.pop(self._commands_key(params), None)
        self._menu_changed(params)
        return True

    async def set_webhook(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """setWebhook; an empty URL removes the webhook."""
        url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self.world.drop_pending_updates()
        if not url:
            await self.webhook.remove()
            return True
        if not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook.configure(
            url,
            params.get("secret_token"),
            params.get("allowed_updates"),
            params.get("max_connections"),
        )
        return True

    async def delete_webhook(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """deleteWebhook."""
        if params.get("drop_pending_updates"):
            self.world.drop_pending_updates()
        await self.webhook.remove()
        return True

    async def get_webhook_info(self, params: JSON, files: dict[str, UploadedPart]) -> JSON:
        """getWebhookInfo."""
        return self.webhook.info()

    async def close(self, params: JSON, files: dict[str, UploadedPart]) -> bool:
        """close / logOut: acknowledged, nothing to release locally."""
        return True
