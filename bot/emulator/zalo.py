"""A local Zalo Bot API emulator for tests, the black-box run and the demo (aiohttp, one port).

It answers as the platform does (see `bot/transports/zalo_api.py` for the sources):

    POST /bot{token}/{method}   JSON body; getMe, getUpdates, setWebhook, deleteWebhook,
                                getWebhookInfo, sendMessage, sendPhoto, sendSticker, sendChatAction.

- `getUpdates` hands out **one** update per call, waits up to `timeout` seconds for one, and ends
  an idle poll with HTTP 408 `{ok:false, error_code:408}`; it answers 409 while a webhook is set.
- With a webhook set, each update is POSTed to it with the `X-Bot-Api-Secret-Token` header (bare,
  or wrapped in `{ok, result}` with `wrap_webhook=True`).
- `repeat_served=True` serves every update a second time later, as real bots have reported, so the
  bot's deduplication is exercised; `getWebhookInfo` answers 404 when none is set.
- `sendMessage` takes 1–2,000 characters of plain text and answers only `{message_id, date}`.
- Faults: `fail_next(method, kind)` with kind "429", "500", "timeout" (the request is held, then
  answered normally) or "403"; `block(chat_id)` makes sends to that chat answer 403 for good.

Control side, for a bot under test in another process (JSON):
    POST /_zalo/send       {"user_id", "text", "name"?, "chat_id"?, "group"?}  a user writes
    GET  /_zalo/messages   ?chat_id=  what the bot sent (all chats without it)
    POST /_zalo/block      {"chat_id"}
    POST /_zalo/faults     {"method", "kind", "count"?, "retry_after"?, "delay"?}

Run standalone: `python -m bot.emulator.zalo --port 8082` (prints the token and base URL).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)

DEFAULT_ZALO_TOKEN = "1459232241454765289:emulated-zalo-secret"
MAX_TEXT = 2000
FAULT_KINDS = ("429", "500", "timeout", "403")


def _json(body: object, status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


def _error(code: int, description: str) -> web.Response:
    return _json({"ok": False, "error_code": code, "description": description}, code)


def new_id() -> str:
    """An opaque id shaped like the platform's ("16f6366b3f02645a3d15")."""
    return secrets.token_hex(10)


def now_ms() -> int:
    """Milliseconds since the epoch, the platform's `date`."""
    return int(time.time() * 1000)


@dataclass
class ZaloFault:
    """The next `count` calls of `method` fail like `kind`."""

    method: str
    kind: str
    count: int = 1
    retry_after: int = 1
    delay: float = 5.0

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")


@dataclass(frozen=True)
class SentText:
    """A message the bot sent."""

    chat_id: str
    text: str
    message_id: str
    date: int


@dataclass
class ZaloEmulator:
    """`async with ZaloEmulator() as zalo:` — then `zalo.api_base_url`, `zalo.token`."""

    token: str = DEFAULT_ZALO_TOKEN
    host: str = "127.0.0.1"
    port: int = 0
    repeat_served: bool = False
    wrap_webhook: bool = False
    account_name: str = "bot.dondoc"
    sent: list[SentText] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    webhook_url: str = ""
    webhook_secret: str = ""
    webhook_statuses: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queue: deque[dict[str, Any]] = deque()
        self._repeats: set[str] = set()  # message ids already served twice
        self._arrived = asyncio.Condition()
        self._faults: list[ZaloFault] = []
        self._blocked: set[str] = set()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._sent_event = asyncio.Event()
        self.webhook_updated_at = 0

    # --- life ---------------------------------------------------------------------------------

    async def start(self) -> ZaloEmulator:
        """Listen (on a free port when `port` is 0)."""
        app = web.Application()
        app.add_routes([
            web.post("/bot{token}/{method}", self._handle),
            web.post("/_zalo/send", self._control_send),
            web.get("/_zalo/messages", self._control_messages),
            web.post("/_zalo/block", self._control_block),
            web.post("/_zalo/faults", self._control_fault),
        ])
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server  # noqa: SLF001 — aiohttp offers no public way to read the bound port
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._session = aiohttp.ClientSession()
        return self

    async def stop(self) -> None:
        """Stop listening and delivering."""
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> ZaloEmulator:
        return await self.start()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.stop()

    @property
    def api_base_url(self) -> str:
        """What ZALO_API_BASE_URL should be to talk to this emulator."""
        return f"http://{self.host}:{self.port}"

    # --- the user side ------------------------------------------------------------------------

    async def user_says(self, user_id: str, text: str, *, name: str = "", chat_id: str | None = None,
                        group: bool = False, event_name: str = "message.text.received") -> dict[str, Any]:
        """A user writes to the bot (in their private chat unless `chat_id`/`group`); returns the update."""
        message: dict[str, Any] = {
            "from": {"id": user_id, "display_name": name or user_id, "is_bot": False},
            "chat": {"id": chat_id or user_id, "chat_type": "GROUP" if group else "PRIVATE"},
            "message_id": new_id(),
            "date": now_ms(),
        }
        if event_name == "message.text.received":
            message["text"] = text
        update = {"event_name": event_name, "message": message}
        async with self._arrived:
            self._queue.append(update)
            self._arrived.notify_all()
        return update

    def block(self, chat_id: str) -> None:
        """The user blocks the bot: every later send to that chat answers 403."""
        self._blocked.add(chat_id)

    def fail_next(self, method: str, kind: str, *, count: int = 1, retry_after: int = 1, delay: float = 5.0) -> None:
        """Make the next `count` calls of `method` fail."""
        self._faults.append(ZaloFault(method=method, kind=kind, count=count, retry_after=retry_after, delay=delay))

    def texts(self, chat_id: str) -> list[str]:
        """What the bot sent to one chat, in order."""
        return [s.text for s in self.sent if s.chat_id == chat_id]

    async def wait_for_texts(self, chat_id: str, count: int, timeout: float = 10.0) -> list[str]:
        """Wait until the bot has sent at least `count` messages to `chat_id`."""
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.texts(chat_id)) < count:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise TimeoutError(f"{len(self.texts(chat_id))} of {count} messages to {chat_id}: {self.texts(chat_id)}")
            self._sent_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._sent_event.wait(), remaining)
        return self.texts(chat_id)

    @property
    def pending(self) -> int:
        """Updates not yet handed out."""
        return len(self._queue)

    # --- the Bot API side ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        if token != self.token:
            return _error(401, "Unauthorized")
        try:
            params = await request.json() if request.can_read_body else {}
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error(400, "Bad Request: body is not JSON")
        except ConnectionResetError:  # the bot gave up on the request (a poll cancelled at shutdown)
            return _error(499, "Client Closed Request")
        params = params if isinstance(params, dict) else {}
        self.calls.append((method, params))
        fault = self._take_fault(method)
        if fault is not None:
            if fault.kind == "timeout":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "429":
                return _json({"ok": False, "error_code": 429, "description": "Too Many Requests",
                              "parameters": {"retry_after": fault.retry_after}}, 429)
            elif fault.kind == "500":
                return _error(500, "Internal Server Error")
            else:
                return _error(403, "Forbidden: the user has blocked the bot")
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(404, "Not Found")
        return await handler(params)  # type: ignore[no-any-return]

    def _take_fault(self, method: str) -> ZaloFault | None:
        for fault in self._faults:
            if fault.method == method:
                fault.count -= 1
                if fault.count <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    async def _m_getMe(self, params: dict[str, Any]) -> web.Response:
        bot_id = self.token.split(":", 1)[0]
        return _json({"ok": True, "result": {"id": bot_id, "account_name": self.account_name,
                                             "account_type": "BASIC", "can_join_groups": False}})

    async def _m_getUpdates(self, params: dict[str, Any]) -> web.Response:
        if self.webhook_url:
            return _error(409, "Conflict: getUpdates is not available while a webhook is set")
        try:
            timeout = max(0.0, min(float(params.get("timeout", 30)), 60.0))
        except (TypeError, ValueError):
            return _error(400, "Bad Request: timeout must be a number of seconds")
        async with self._arrived:
            if not self._queue:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._arrived.wait_for(lambda: bool(self._queue)), timeout)
            if not self._queue:
                return _error(408, "Request timeout")
            update = self._queue.popleft()
        self._maybe_repeat(update)
        return _json({"ok": True, "result": update})

    def _maybe_repeat(self, update: dict[str, Any]) -> None:
        """Serve an already-served update once more, later (after the next one, if any)."""
        message_id = update["message"]["message_id"]
        if self.repeat_served and message_id not in self._repeats:
            self._repeats.add(message_id)
            self._queue.append(update)

    async def _m_setWebhook(self, params: dict[str, Any]) -> web.Response:
        url, secret = str(params.get("url") or ""), str(params.get("secret_token") or "")
        if not url.startswith(("https://", "http://")):
            return _error(400, "Bad Request: url must be an HTTPS address")
        if not 8 <= len(secret) <= 256:
            return _error(400, "Bad Request: secret_token must have 8 to 256 characters")
        self.webhook_url, self.webhook_secret, self.webhook_updated_at = url, secret, now_ms()
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.get_running_loop().create_task(self._deliver_webhooks())
        return _json({"ok": True, "result": {"url": url, "updated_at": self.webhook_updated_at}})

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> web.Response:
        self.webhook_url, self.webhook_secret, self.webhook_updated_at = "", "", now_ms()
        async with self._arrived:
            self._arrived.notify_all()
        return _json({"ok": True, "result": {"url": "", "updated_at": self.webhook_updated_at}})

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> web.Response:
        if not self.webhook_url:
            return _error(404, "Not Found: no webhook is set")
        return _json({"ok": True, "result": {"url": self.webhook_url, "updated_at": self.webhook_updated_at}})

    async def _m_sendMessage(self, params: dict[str, Any]) -> web.Response:
        chat_id, text = str(params.get("chat_id") or ""), params.get("text")
        if not chat_id:
            return _error(400, "Bad Request: chat_id is required")
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_TEXT:
            return _error(400, f"Bad Request: text must have 1 to {MAX_TEXT} characters")
        return self._record(chat_id, text)

    async def _m_sendPhoto(self, params: dict[str, Any]) -> web.Response:
        return self._record(str(params.get("chat_id") or ""), f"[ảnh] {params.get('caption') or params.get('photo')}")

    async def _m_sendSticker(self, params: dict[str, Any]) -> web.Response:
        return self._record(str(params.get("chat_id") or ""), f"[sticker] {params.get('sticker')}")

    async def _m_sendChatAction(self, params: dict[str, Any]) -> web.Response:
        if params.get("action") != "typing":
            return _error(400, "Bad Request: action must be typing")
        return _json({"ok": True})

    def _record(self, chat_id: str, text: str) -> web.Response:
        if chat_id in self._blocked:
            return _error(403, "Forbidden: the user has blocked the bot")
        sent = SentText(chat_id=chat_id, text=text, message_id=new_id(), date=now_ms())
        self.sent.append(sent)
        self._sent_event.set()
        return _json({"ok": True, "result": {"message_id": sent.message_id, "date": sent.date}})

    async def _deliver_webhooks(self) -> None:
        """POST queued updates, one at a time, while a webhook is set; a failed one is retried."""
        assert self._session is not None
        while True:
            async with self._arrived:
                await self._arrived.wait_for(lambda: bool(self._queue) or not self.webhook_url)
                if not self.webhook_url:
                    return
                update = self._queue[0]
            body = {"ok": True, "result": update} if self.wrap_webhook else update
            try:
                async with self._session.post(
                    self.webhook_url, json=body, headers={"X-Bot-Api-Secret-Token": self.webhook_secret},
                    timeout=aiohttp.ClientTimeout(total=10),
                ) as response:
                    status = response.status
            except (aiohttp.ClientError, TimeoutError):
                status = 0
            self.webhook_statuses.append(status)
            if 200 <= status < 300:
                async with self._arrived:
                    if self._queue and self._queue[0] is update:
                        self._queue.popleft()
                    self._maybe_repeat(update)
            else:
                await asyncio.sleep(0.2)

    # --- control over HTTP --------------------------------------------------------------------

    async def _control_send(self, request: web.Request) -> web.Response:
        body = await request.json()
        update = await self.user_says(str(body["user_id"]), str(body.get("text", "")), name=str(body.get("name", "")),
                                      chat_id=body.get("chat_id"), group=bool(body.get("group")))
        return _json({"ok": True, "update": update})

    async def _control_messages(self, request: web.Request) -> web.Response:
        chat_id = request.query.get("chat_id")
        items = [s.__dict__ for s in self.sent if chat_id is None or s.chat_id == chat_id]
        return _json({"ok": True, "messages": items})

    async def _control_block(self, request: web.Request) -> web.Response:
        self.block(str((await request.json())["chat_id"]))
        return _json({"ok": True})

    async def _control_fault(self, request: web.Request) -> web.Response:
        body = await request.json()
        try:
            self.fail_next(str(body["method"]), str(body["kind"]), count=int(body.get("count", 1)),
                           retry_after=int(body.get("retry_after", 1)), delay=float(body.get("delay", 5.0)))
        except (KeyError, ValueError) as exc:
            return _error(400, f"Bad Request: {exc}")
        return _json({"ok": True})


async def _serve(port: int, token: str) -> None:
    async with ZaloEmulator(token=token, port=port) as emulator:
        print(f"Zalo Bot API emulator on {emulator.api_base_url} token {emulator.token}", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    """`python -m bot.emulator.zalo --port 8082`."""
    parser = argparse.ArgumentParser(prog="python -m bot.emulator.zalo", description="Local Zalo Bot API emulator")
    parser.add_argument("--port", type=int, default=8082)
    parser.add_argument("--token", default=DEFAULT_ZALO_TOKEN)
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.token))


if __name__ == "__main__":
    main()
