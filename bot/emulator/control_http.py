"""JSON control side under `/_emulator/…` for browser chat pages and manual driving."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from aiohttp import web

from bot.emulator.params import decode_filename
from bot.emulator.state import JSON, EmulatedChat, EmulatedUser

if TYPE_CHECKING:
    from bot.emulator.emulator import BotApiEmulator

PREFIX = "/_emulator"


def _json(body: object, status: int = 200) -> web.Response:
    """JSON response keeping Vietnamese text unescaped."""
    return web.json_response(body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


def _error(message: str, status: int = 400) -> web.Response:
    """Control-side error body."""
    return _json({"error": message}, status)


class ControlRoutes:
    """Handlers for the JSON control API."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emu = emulator

    def routes(self) -> list[web.RouteDef]:
        """Route table (registered before the static catch-all)."""
        return [
            web.get(f"{PREFIX}/info", self.info),
            web.get(f"{PREFIX}/chats", self.list_chats),
            web.post(f"{PREFIX}/chats", self.add_chat),
            web.get(PREFIX + "/chats/{chat_id}/messages", self.chat_messages),
            web.get(PREFIX + "/chats/{chat_id}/commands", self.chat_commands),
            web.post(f"{PREFIX}/send", self.send),
            web.post(f"{PREFIX}/upload", self.upload),
            web.post(f"{PREFIX}/press", self.press),
            web.get(f"{PREFIX}/events", self.events),
            web.get(PREFIX + "/files/{file_id}", self.file),
            web.get(f"{PREFIX}/faults", self.list_faults),
            web.post(f"{PREFIX}/faults", self.add_fault),
            web.delete(f"{PREFIX}/faults", self.clear_faults),
            web.get(f"{PREFIX}/calls", self.calls),
            web.get(f"{PREFIX}/callback_answers", self.callback_answers),
        ]

    # --- helpers -------------------------------------------------------------------------

    def _user(self, body: JSON) -> EmulatedUser:
        """User from `user` (dict) or `user_id` (registered)."""
        if isinstance(body.get("user"), dict):
            return EmulatedUser.from_dict(body["user"])
        user_id = int(body.get("user_id", 0))
        if user_id in self.emu.world.users:
            return self.emu.world.users[user_id]
        raise ValueError("user (object) or a known user_id is required")

    def _chat(self, body: JSON, user: EmulatedUser) -> EmulatedChat:
        """Chat from `chat` (dict), `chat_id` (registered) or the user's private chat."""
        if isinstance(body.get("chat"), dict):
            data = body["chat"]
            # A bare {"id": …} refers to a known chat; don't overwrite its title/names.
            known = self.emu.world.chats.get(int(data["id"]))
            if known is not None and not (data.get("title") or data.get("first_name")):
                return known
            if int(data["id"]) == user.id and data.get("type", "private") == "private":
                return EmulatedChat.private(user)
            return EmulatedChat.from_dict(data)
        if body.get("chat_id") is not None:
            chat_id = int(body["chat_id"])
            if chat_id in self.emu.world.chats:
                return self.emu.world.chats[chat_id]
            if chat_id == user.id:
                return EmulatedChat.private(user)
            raise ValueError(f"unknown chat_id {chat_id}")
        return EmulatedChat.private(user)

    @staticmethod
    async def _body(request: web.Request) -> JSON:
        """JSON object body (empty if none)."""
        if not request.can_read_body:
            return {}
        body = await request.json()
        if not isinstance(body, dict):
            raise ValueError("JSON object expected")
        return body

    # --- handlers ------------------------------------------------------------------------

    async def info(self, request: web.Request) -> web.Response:
        """Bot identity, URLs and known users/chats."""
        world = self.emu.world
        return _json(
            {
                "base_url": self.emu.base_url,
                "bot": world.bot_user.to_dict(),
                "users": [u.to_dict() for u in world.users.values()],
                "chats": [c.to_dict() for c in world.chats.values()],
                "webhook": self.emu.webhook.info(),
                "last_seq": world.last_event_seq,
            }
        )

    async def list_chats(self, request: web.Request) -> web.Response:
        """Known chats."""
        return _json([c.to_dict() for c in self.emu.world.chats.values()])

    async def add_chat(self, request: web.Request) -> web.Response:
        """Register a chat: {"chat": {...}} and optionally {"user": {...}}."""
        try:
            body = await self._body(request)
            chat = EmulatedChat.from_dict(body["chat"])
            if isinstance(body.get("user"), dict):
                self.emu.add_user(EmulatedUser.from_dict(body["user"]))
        except (ValueError, KeyError, TypeError) as exc:
            return _error(str(exc))
        self.emu.add_chat(chat)
        return _json(chat.to_dict())

    async def chat_commands(self, request: web.Request) -> web.Response:
        """The bot's command menu in a chat, for `?user_id=` (`commands` is null: the bot set none)."""
        try:
            chat_id = int(request.match_info["chat_id"])
            user_id = int(request.query["user_id"]) if request.query.get("user_id") else None
        except ValueError:
            return _error("chat_id and user_id must be integers")
        return _json({"commands": self.emu.menu(chat_id, user_id)})

    async def chat_messages(self, request: web.Request) -> web.Response:
        """All messages of a chat (user and bot), optionally `?after=<message_id>`."""
        try:
            chat_id = int(request.match_info["chat_id"])
            after = int(request.query.get("after", 0))
        except ValueError as exc:
            return _error(str(exc))
        stored = [m for m in self.emu.history(chat_id) if m.message_id > after]
        return _json([m.to_dict() for m in stored])

    async def send(self, request: web.Request) -> web.Response:
        """Inject a text: {"user": {...}, "chat": {...}|"chat_id": n, "text": "..."}."""
        try:
            body = await self._body(request)
            user = self._user(body)
            chat = self._chat(body, user)
            message = await self.emu.send_text(user, chat, str(body["text"]))
        except (ValueError, KeyError, TypeError) as exc:
            return _error(str(exc))
        return _json(message)

    async def upload(self, request: web.Request) -> web.Response:
        """Inject a document/photo: multipart `file`, `user`, `chat`|`chat_id`, `caption`, `as_photo`."""
        try:
            form = await request.post()
            fields: dict[str, Any] = {}
            for key in ("user", "chat"):
                if key in form:
                    fields[key] = json.loads(str(form[key]))
            for key in ("user_id", "chat_id"):
                if key in form:
                    fields[key] = str(form[key])
            upload = form.get("file")
            if not isinstance(upload, web.FileField):
                raise ValueError("multipart field 'file' is required")
            user = self._user(fields)
            chat = self._chat(fields, user)
            caption = str(form["caption"]) if form.get("caption") else None
            content = upload.file.read()
            if str(form.get("as_photo", "")).lower() in ("1", "true", "yes"):
                message = await self.emu.send_photo(user, chat, content, caption=caption)
            else:
                message = await self.emu.send_document(
                    user, chat, decode_filename(upload.filename), content, upload.content_type, caption
                )
        except (ValueError, KeyError, TypeError) as exc:
            return _error(str(exc))
        return _json(message)

    async def press(self, request: web.Request) -> web.Response:
        """Press a button: {"user", "chat_id", "message_id", "data", "force"?}."""
        try:
            body = await self._body(request)
            user = self._user(body)
            chat = self._chat(body, user)
            query_id = await self.emu.press_button(
                user, chat, int(body["message_id"]), str(body["data"]), force=bool(body.get("force"))
            )
        except (ValueError, KeyError, TypeError, LookupError) as exc:
            return _error(str(exc))
        return _json({"callback_query_id": query_id})

    async def events(self, request: web.Request) -> web.Response:
        """Long-poll for events: `?after=<seq>&timeout=<s>&chat_id=<id>`."""
        try:
            after = int(request.query.get("after", 0))
            timeout = min(60.0, float(request.query.get("timeout", 25)))
            chat_raw = request.query.get("chat_id")
            chat_id = int(chat_raw) if chat_raw else None
        except ValueError as exc:
            return _error(str(exc))
        events = await self.emu.wait_events(after, timeout, chat_id)
        return _json(
            {"events": [e.to_dict() for e in events], "last_seq": self.emu.world.last_event_seq}
        )

    async def file(self, request: web.Request) -> web.Response:
        """Download a stored file by file_id (for the browser)."""
        stored = self.emu.world.files.get(request.match_info["file_id"])
        if stored is None:
            return _error("file not found", 404)
        headers = {}
        if stored.file_name:
            encoded = quote(stored.file_name, safe="")
            headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{encoded}"
        return web.Response(
            body=stored.content,
            content_type=stored.mime_type or "application/octet-stream",
            headers=headers,
        )

    async def list_faults(self, request: web.Request) -> web.Response:
        """Pending faults."""
        return _json([f.to_dict() for f in self.emu.faults.pending])

    async def add_fault(self, request: web.Request) -> web.Response:
        """Schedule faults: {"kind", "method"?, "count"?, "retry_after"?, "delay"?, "chat_id"?, …}."""
        try:
            body = await self._body(request)
            fault = self.emu.inject_faults(
                body.get("method"),
                str(body["kind"]),
                int(body.get("count", 1)),
                retry_after=int(body.get("retry_after", 3)),
                delay=float(body.get("delay", 5.0)),
                description=body.get("description"),
                chat_id=body.get("chat_id"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            return _error(str(exc))
        return _json(fault.to_dict())

    async def clear_faults(self, request: web.Request) -> web.Response:
        """Drop pending faults."""
        self.emu.faults.clear()
        return _json({"ok": True})

    async def calls(self, request: web.Request) -> web.Response:
        """Bot API call transcript, optionally `?method=sendMessage&after_index=<n>`."""
        method = request.query.get("method")
        try:
            start = int(request.query.get("after_index", 0) or 0)
        except ValueError as exc:
            return _error(str(exc))
        rows = []
        for index, call in enumerate(self.emu.world.calls[start:], start=start):
            if method and call.method.lower() != method.lower():
                continue
            rows.append(
                {
                    "index": index,
                    "method": call.method,
                    "chat_id": call.chat_id,
                    "time": call.time,
                    "status": call.status,
                    "fault": call.fault,
                    "params": call.params,
                }
            )
        return _json(rows)

    async def callback_answers(self, request: web.Request) -> web.Response:
        """answerCallbackQuery calls received so far."""
        return _json(
            [
                {
                    "callback_query_id": a.callback_query_id,
                    "text": a.text,
                    "show_alert": a.show_alert,
                    "url": a.url,
                    "time": a.time,
                    "data": a.query.get("data"),
                }
                for a in self.emu.world.callback_answers
            ]
        )
