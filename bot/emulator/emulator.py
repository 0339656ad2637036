"""`BotApiEmulator`: server lifecycle plus the in-process control API used by tests and the demo."""

from __future__ import annotations

import asyncio
import copy
import logging
import mimetypes
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from aiohttp import web

from bot.emulator.control_http import ControlRoutes
from bot.emulator.faults import Fault, FaultPlan
from bot.emulator.formatting import command_entities
from bot.emulator.methods import BotApi, photo_sizes
from bot.emulator.server import BotApiRoutes, default_static_dir
from bot.emulator.state import (
    JSON,
    ApiCall,
    CallbackAnswer,
    EmulatedChat,
    EmulatedUser,
    EmulatorEvent,
    StoredFile,
    StoredMessage,
    World,
)
from bot.emulator.webhook import WebhookDeliverer

log = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456789:EMULATOR-dondoc-test-token"
MAX_UPLOAD = 50 * 1024 * 1024  # Bot API upload limit for bots

ChatRef = EmulatedChat | int | None
MessagePredicate = Callable[[StoredMessage], bool]


class BotApiEmulator:
    """A local Telegram Bot API server with an in-process control side."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "dondoc_demo_bot",
        bot_first_name: str = "Dondoc Demo",
        clock: Callable[[], float] | None = None,
        privacy_mode: bool = False,
        static_dir: str | Path | None = None,
        webhook_retry_delay: float = 0.2,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token
        self.privacy_mode = privacy_mode
        bot_id = int(token.split(":", 1)[0])
        self.bot_user = EmulatedUser(
            id=bot_id,
            first_name=bot_first_name,
            username=bot_username,
            language_code=None,
            is_bot=True,
        )
        self.world = World(self.bot_user, clock or time.time)
        self.faults = FaultPlan()
        self.stopping = asyncio.Event()
        self.webhook = WebhookDeliverer(self.world, retry_delay=webhook_retry_delay)
        self.api = BotApi(self.world, self.webhook, self.stopping)
        self.static_dirs: list[Path] = []
        default_dir = Path(static_dir) if static_dir is not None else default_static_dir()
        if default_dir is not None:
            self.static_dirs.append(default_dir)
        self.extra_routes: list[web.RouteDef] = []
        self._runner: web.AppRunner | None = None
        self._wait_cursor = 0

    # --- lifecycle -----------------------------------------------------------------------

    def build_app(self) -> web.Application:
        """The aiohttp application (control routes first, static catch-all last)."""
        app = web.Application(client_max_size=MAX_UPLOAD)
        app.add_routes(ControlRoutes(self).routes())
        # Before the Bot API routes: those end with the static catch-all.
        app.add_routes(self.extra_routes)
        app.add_routes(BotApiRoutes(self).routes())
        return app

    def add_routes(self, routes: list[web.RouteDef]) -> None:
        """Serve extra routes (the demo's clock and people) from the same server; call before `start`."""
        if self._runner is not None:
            raise RuntimeError("add routes before starting the emulator")
        self.extra_routes.extend(routes)

    async def start(self) -> BotApiEmulator:
        """Start serving; with port 0 a free port is picked (see `base_url`)."""
        if self._runner is not None:
            raise RuntimeError("emulator already started")
        self.stopping.clear()
        # Short shutdown timeout: held/long-poll requests are released by `stopping` anyway.
        runner = web.AppRunner(self.build_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        if runner.addresses:
            # Resolve port 0 to the port the OS actually picked.
            self.port = int(runner.addresses[0][1])
        log.info(
            "Telegram Bot API emulator listening on %s (bot @%s)",
            self.base_url,
            self.bot_user.username,
        )
        return self

    async def stop(self) -> None:
        """Release long polls and held requests, stop webhook delivery and the server."""
        if self._runner is None:
            return
        self.stopping.set()
        self.world.update_notifier.notify()
        self.world.event_notifier.notify()
        await self.webhook.close()
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> BotApiEmulator:
        """Start on entering `async with`."""
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop on leaving `async with`."""
        await self.stop()

    @property
    def base_url(self) -> str:
        """`http://host:port`, valid after `start()`; use as TELEGRAM_API_BASE_URL."""
        return f"http://{self.host}:{self.port}"

    @property
    def api_base_url(self) -> str:
        """Value for `ApplicationBuilder.base_url` (`{base_url}/bot`)."""
        return f"{self.base_url}/bot"

    @property
    def file_base_url(self) -> str:
        """Value for `ApplicationBuilder.base_file_url` (`{base_url}/file/bot`)."""
        return f"{self.base_url}/file/bot"

    def add_static_dir(self, path: str | Path) -> None:
        """Serve files from `path` at `/` (index.html for `/`); works before or after start."""
        self.static_dirs.insert(0, Path(path))  # explicit folders win over the packaged page

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Use `clock()` (Unix seconds) for message `date` fields, e.g. for simulated time."""
        self.world.clock = clock

    # --- world setup ---------------------------------------------------------------------

    def add_user(self, user: EmulatedUser) -> None:
        """Register a user without sending anything."""
        self.world.register_user(user)

    def add_chat(self, chat: EmulatedChat) -> None:
        """Register a chat so the bot can send to it before anyone writes there."""
        self.world.register_chat(chat)

    def block(self, user: EmulatedUser) -> None:
        """The user blocks the bot: sends to their private chat answer 403."""
        self.world.blocked_by.add(user.id)

    def unblock(self, user: EmulatedUser) -> None:
        """The user unblocks the bot."""
        self.world.blocked_by.discard(user.id)

    def _resolve_chat(self, user: EmulatedUser, chat: ChatRef) -> EmulatedChat:
        """Accept a chat object, a registered chat id, or None for the user's private chat."""
        if chat is None:
            return EmulatedChat.private(user)
        if isinstance(chat, EmulatedChat):
            return chat
        if chat in self.world.chats:
            return self.world.chats[chat]
        if chat == user.id:
            return EmulatedChat.private(user)
        raise LookupError(f"unknown chat id {chat}; register it with add_chat()")

    # --- injecting user actions ------------------------------------------------------------

    def _user_message(self, user: EmulatedUser, chat: EmulatedChat, fields: JSON) -> JSON:
        """Store a user's message and queue it as a `message` update."""
        self.world.register_user(user)
        data: JSON = {
            "message_id": self.world.next_message_id(chat.id),
            "from": user.to_dict(),
            "chat": chat.to_dict(),
            "date": self.world.now(),
        }
        data.update(fields)
        self.world.add_message(chat, data, from_bot=False)
        if self._delivered_to_bot(chat, data):
            self.world.enqueue_update("message", copy.deepcopy(data))
        return data

    def _delivered_to_bot(self, chat: EmulatedChat, data: JSON) -> bool:
        """Privacy mode: in groups only commands, replies to the bot and mentions reach it."""
        if not self.privacy_mode or chat.type == "private":
            return True
        text = data.get("text") or data.get("caption") or ""
        if text.startswith("/"):
            return True
        if f"@{self.bot_user.username}" in text:
            return True
        reply = data.get("reply_to_message") or {}
        return (reply.get("from") or {}).get("id") == self.bot_user.id

    def _reply_fields(self, chat: EmulatedChat, reply_to: int | None) -> JSON:
        """`reply_to_message` for a user reply."""
        if reply_to is None:
            return {}
        target = self.world.find_message(chat.id, reply_to)
        if target is None:
            raise LookupError(f"no message {reply_to} in chat {chat.id}")
        nested = copy.deepcopy(target.data)
        nested.pop("reply_to_message", None)
        return {"reply_to_message": nested}

    async def send_text(
        self, user: EmulatedUser, chat: ChatRef, text: str, reply_to: int | None = None
    ) -> JSON:
        """User `user` writes `text` in `chat` (None = private chat); returns the Message dict."""
        target = self._resolve_chat(user, chat)
        fields: JSON = {"text": text}
        entities = command_entities(text)
        if entities:
            fields["entities"] = entities
        fields.update(self._reply_fields(target, reply_to))
        return self._user_message(user, target, fields)

    def store_file(
        self, content: bytes, file_name: str | None = None, mime_type: str | None = None
    ) -> StoredFile:
        """Put bytes into the file store (e.g. to pre-seed a file_id)."""
        return self.world.add_file(content, file_name, mime_type, "documents")

    async def send_document(
        self,
        user: EmulatedUser,
        chat: ChatRef,
        filename: str | None,
        content: bytes,
        mime_type: str | None = None,
        caption: str | None = None,
        with_size: bool = True,
    ) -> JSON:
        """User uploads a document; the bot can getFile/download it. `with_size=False` leaves out
        `file_size`, which the Bot API does not always send."""
        target = self._resolve_chat(user, chat)
        if not mime_type or mime_type == "application/octet-stream":
            mime_type = mimetypes.guess_type(filename or "")[0] or mime_type
        stored = self.world.add_file(content, filename, mime_type, "documents")
        fields: JSON = {"document": stored.document_dict()}
        if not with_size:
            del fields["document"]["file_size"]
        if caption:
            fields["caption"] = caption
            entities = command_entities(caption)
            if entities:
                fields["caption_entities"] = entities
        return self._user_message(user, target, fields)

    async def send_photo(
        self,
        user: EmulatedUser,
        chat: ChatRef,
        content: bytes,
        caption: str | None = None,
        filename: str = "photo.jpg",
    ) -> JSON:
        """User sends a photo (PNG/JPEG dimensions are read from the bytes)."""
        target = self._resolve_chat(user, chat)
        stored = self.world.add_file(content, filename, None, "photos")
        fields: JSON = {"photo": photo_sizes(stored, content)}
        if caption:
            fields["caption"] = caption
        return self._user_message(user, target, fields)

    async def press_button(
        self,
        user: EmulatedUser,
        chat: ChatRef,
        message_id: int,
        callback_data: str,
        force: bool = False,
    ) -> str:
        """User presses an inline button; returns the callback query id.

        Raises LookupError if the bot message or button does not exist, unless `force=True`,
        which sends arbitrary (forged) data, even for messages that never existed.
        """
        target = self._resolve_chat(user, chat)
        stored = self.world.find_message(target.id, message_id)
        if not force:
            if stored is None or not stored.from_bot:
                raise LookupError(f"no bot message {message_id} in chat {target.id}")
            if callback_data not in stored.callback_data():
                raise LookupError(
                    f"message {message_id} has no button with callback_data {callback_data!r}; "
                    f"available: {stored.callback_data()}"
                )
        self.world.register_user(user)
        if stored is not None:
            message = copy.deepcopy(stored.data)
        else:
            # Telegram's InaccessibleMessage shape (date 0) for messages the bot cannot see.
            message = {"message_id": message_id, "chat": target.to_dict(), "date": 0}
        query_id = str(secrets.randbits(63))
        query: JSON = {
            "id": query_id,
            "from": user.to_dict(),
            "message": message,
            "chat_instance": str((target.id * 2654435761) & 0x7FFFFFFFFFFFFFFF),
            "data": callback_data,
        }
        self.world.callback_queries[query_id] = query
        self.world.enqueue_update("callback_query", copy.deepcopy(query))
        return query_id

    async def inject_update(self, kind: str, payload: JSON) -> JSON:
        """Queue an arbitrary update (escape hatch, e.g. `my_chat_member`); returns it."""
        return self.world.enqueue_update(kind, payload)

    # --- reading back ----------------------------------------------------------------------

    def messages(self, chat_id: int | None = None) -> list[StoredMessage]:
        """Bot-sent messages in their current state (edits applied; `.history` has old versions)."""
        return [m for m in self.world.iter_messages(chat_id) if m.from_bot]

    def history(self, chat_id: int) -> list[StoredMessage]:
        """Every message in a chat, user and bot, in order."""
        return list(self.world.iter_messages(chat_id))

    def last_message(self, chat_id: int | None = None) -> StoredMessage | None:
        """Newest bot message (in a chat), or None."""
        sent = self.messages(chat_id)
        return sent[-1] if sent else None

    def file_bytes(self, file_id: str) -> bytes:
        """Content of a stored file (uploaded by a user or sent by the bot)."""
        return self.world.files[file_id].content

    def sent_documents(self, chat_id: int | None = None) -> list[tuple[StoredMessage, bytes]]:
        """Documents the bot sent, with their bytes."""
        return [
            (m, self.file_bytes(m.document["file_id"]))
            for m in self.messages(chat_id)
            if m.document is not None
        ]

    @property
    def transcript(self) -> list[ApiCall]:
        """Every Bot API call with arrival timestamps, in completion order."""
        return list(self.world.calls)

    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[ApiCall]:
        """Calls filtered by method (case-insensitive) and/or chat_id."""
        return [
            call
            for call in self.world.calls
            if (method is None or call.method.lower() == method.lower())
            and (chat_id is None or str(call.chat_id) == str(chat_id))
        ]

    @property
    def events(self) -> list[EmulatorEvent]:
        """Event log of message/edit/delete/callback_answer events."""
        return list(self.world.events)

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        """answerCallbackQuery calls received."""
        return list(self.world.callback_answers)

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet confirmed by the bot."""
        return list(self.world.pending_updates)

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Command list set via setMyCommands for a scope/language."""
        params: JSON = {"scope": scope, "language_code": language_code}
        return list(self.world.commands.get(self.api._commands_key(params), []))

    def menu(self, chat_id: int, user_id: int | None = None) -> list[JSON] | None:
        """The command menu a Telegram client shows `user_id` in `chat_id`: the list of the most
        specific scope the bot set (chat member, chat, all group / private chats, default), as
        Telegram resolves it; None when the bot set no commands for any of them."""
        chat = self.world.chats.get(chat_id)
        private = chat.type == "private" if chat is not None else chat_id > 0
        scopes: list[JSON] = []
        if not private and user_id is not None:
            scopes.append({"type": "chat_member", "chat_id": chat_id, "user_id": user_id})
        scopes.append({"type": "chat", "chat_id": chat_id})
        scopes.append({"type": "all_private_chats"} if private else {"type": "all_group_chats"})
        scopes.append({"type": "default"})
        for scope in scopes:
            key = self.api._commands_key({"scope": scope, "language_code": ""})
            if key in self.world.commands:
                return list(self.world.commands[key])
        return None

    @property
    def event_seq(self) -> int:
        """Current event sequence number (pass as `since=` to wait only for later events)."""
        return self.world.last_event_seq

    # --- waiting ---------------------------------------------------------------------------

    async def wait_events(
        self, after: int, timeout: float, chat_id: int | None = None
    ) -> list[EmulatorEvent]:
        """Events after `after` (optionally one chat's), waiting up to `timeout` for the first."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = [
                e for e in self.world.events_after(after) if chat_id is None or e.chat_id == chat_id
            ]
            remaining = deadline - loop.time()
            if found or remaining <= 0 or self.stopping.is_set():
                return found
            await self.world.event_notifier.wait(remaining)

    async def wait_for_message(
        self,
        chat_id: int | None = None,
        predicate: MessagePredicate | None = None,
        timeout: float = 5.0,
        since: int | None = None,
    ) -> StoredMessage:
        """Wait until the bot sends or edits a matching message and return it (current state).

        Only events after `since` count; by default after both the last injected update and
        the message returned by the previous wait, so consecutive waits see consecutive replies.
        """
        cursor = since if since is not None else max(self.world.last_injection_seq, self._wait_cursor)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for event in self.world.events_after(cursor):
                cursor = event.seq
                if event.kind not in ("message", "edit") or not event.from_bot:
                    continue
                if chat_id is not None and event.chat_id != chat_id:
                    continue
                stored = self.world.find_message(event.chat_id or 0, event.message_id or 0)
                if stored is not None and (predicate is None or predicate(stored)):
                    self._wait_cursor = event.seq
                    return stored
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = [m.text for m in self.messages(chat_id)][-5:]
                raise TimeoutError(
                    f"no matching bot message in chat {chat_id} within {timeout}s; "
                    f"latest bot texts: {recent}"
                )
            await self.world.event_notifier.wait(remaining)

    async def wait_for_call(
        self, method: str, predicate: Callable[[ApiCall], bool] | None = None, timeout: float = 5.0
    ) -> ApiCall:
        """Wait until a Bot API call of `method` (matching `predicate`) has been answered."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for call in self.calls(method):
                if predicate is None or predicate(call):
                    return call
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"no {method} call within {timeout}s")
            # Calls are not events; poll briefly (cheap, and only while a test waits).
            await asyncio.sleep(min(0.01, remaining))

    # --- faults ----------------------------------------------------------------------------

    def inject_faults(
        self,
        method: str | None,
        kind: str,
        count: int = 1,
        retry_after: int = 3,
        delay: float = 5.0,
        description: str | None = None,
        chat_id: int | str | None = None,
    ) -> Fault:
        """The next `count` calls of `method` fail with `kind` ("429", "500", "403", "400", "timeout").

        `method=None` matches any method except getUpdates. "timeout" holds the request for
        `delay` seconds and then processes it normally (the client has timed out by then).
        """
        fault = Fault(
            kind=str(kind),
            method=method,
            count=count,
            retry_after=retry_after,
            delay=delay,
            description=description,
            chat_id=chat_id,
        )
        return self.faults.add(fault)

    def clear_faults(self) -> None:
        """Drop all pending faults."""
        self.faults.clear()
