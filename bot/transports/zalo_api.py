"""A small client of the Zalo Bot Platform's HTTP API, on httpx: timeouts, retries with backoff,
errors as a few typed exceptions, and nothing that ever logs the token.

What it relies on (read in November 2026; the platform is young and its answers change):

- The platform's reference, https://bot.zaloplatforms.com/docs (as mirrored, dated 10/12/2025, in
  github.com/XuanNguyenNB/QuanLyThuChi_Bot_Telegram_Zalom `docs/ZALO_BOT_API.md`): every method is
  `POST https://bot-api.zaloplatforms.com/bot<TOKEN>/<method>` with a JSON body; the token is
  `<bot_id>:<access_token>`; `getUpdates` takes only `timeout` (seconds, as a string, default 30)
  and answers `{ok, result}` with **one** update object, and does not work while a webhook is set;
  `setWebhook` takes `url` (HTTPS) and a **required** `secret_token` of 8–256 characters that comes
  back in the `X-Bot-Api-Secret-Token` header; `getWebhookInfo` / `deleteWebhook` answer
  `{url, updated_at}`; `sendMessage` takes `chat_id` and 1–2,000 characters of `text` and answers
  only `{message_id, date}`; `sendChatAction` knows only `typing`; `getMe` answers
  `{id, account_name, account_type, can_join_groups}`. Ids (users, chats, messages) are opaque
  strings such as "16f6366b3f02645a3d15", not numbers, and `date` is in milliseconds.
- The event names (`message.text.received`, `message.image.received`, `message.sticker.received`,
  `message.unsupported.received`) and `chat.chat_type` PRIVATE / GROUP: OpenClaw's Zalo plugin
  (`extensions/zalo/src/api.ts`, npm `@gguf/claw`); its docs (docs.openclaw.ai/channels/zalo) say
  direct messages only, groups "coming soon".
- What the reference does not say, taken from people who ran bots: an idle long poll ends in HTTP
  408 or `ok:false` with `error_code` 408 (blogminhquy/javis-os pull request 121 saw both shapes);
  already-fetched updates can be served again (so callers deduplicate by message id); a webhook
  body may be bare or wrapped in `{ok, result}`; `getWebhookInfo` may answer 404 when none is set.
  The code accepts each of these shapes rather than betting on one.

Retries: a call that is safe to repeat (getMe, getUpdates, the webhook methods, sendChatAction) is
retried on 429, 5xx and network errors with exponential backoff; `sendMessage` is retried only when
the platform cannot have taken it (429, or a connection that never opened) — after a 5xx or a read
timeout the message may have gone out, and the outbox's own retry (with its attempt count) decides.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

log = logging.getLogger(__name__)

ZALO_DEFAULT_API = "https://bot-api.zaloplatforms.com"
#: The platform's limit on one text message, in characters.
MAX_TEXT = 2000
#: Methods safe to repeat after an answer we did not see.
IDEMPOTENT = frozenset({"getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "sendChatAction"})
TEXT_EVENT = "message.text.received"
IMAGE_EVENT = "message.image.received"
STICKER_EVENT = "message.sticker.received"
UNSUPPORTED_EVENT = "message.unsupported.received"


# --- errors -------------------------------------------------------------------------------------


class ZaloError(Exception):
    """A call failed; the message names the method and the platform's words, never the token."""

    def __init__(self, method: str, description: str, *, status: int | None = None) -> None:
        super().__init__(f"{method}: {description}" + (f" ({status})" if status else ""))
        self.method = method
        self.description = description
        self.status = status


class ZaloUnauthorized(ZaloError):
    """The token was refused (401)."""


class ZaloForbidden(ZaloError):
    """The platform refuses to deliver to this chat (403: the user blocked or left the bot)."""


class ZaloNotFound(ZaloError):
    """404: an unknown method, token shape or chat."""


class ZaloConflict(ZaloError):
    """409: getUpdates while a webhook is set (or another poller holds the token)."""


class ZaloBadRequest(ZaloError):
    """Any other 4xx: the request itself is wrong and repeating it will not help."""


class ZaloRetryAfter(ZaloError):
    """429: too many requests; `retry_after` seconds when the platform says, else a guess."""

    def __init__(self, method: str, description: str, *, retry_after: float, status: int | None = 429) -> None:
        super().__init__(method, description, status=status)
        self.retry_after = retry_after


class ZaloServerError(ZaloError):
    """5xx: the platform failed; worth another try later."""


class ZaloNetworkError(ZaloError):
    """Timeout or connection error; `reached` is False when the request surely never arrived."""

    def __init__(self, method: str, description: str, *, reached: bool) -> None:
        super().__init__(method, description)
        self.reached = reached


def error_from(method: str, status: int, body: Any, token: str = "", headers: httpx.Headers | None = None) -> ZaloError:
    """The exception for a failed answer (HTTP status, or `error_code` in an `ok:false` body)."""
    body = body if isinstance(body, dict) else {}
    code = body.get("error_code")
    code = int(code) if isinstance(code, int) or (isinstance(code, str) and code.isdigit()) else 0
    effective = code if code >= 400 else status  # `ok:false` with HTTP 200 carries its code in the body
    description = str(body.get("description") or body.get("message") or f"HTTP {status}")
    if token:
        description = description.replace(token, "<token>")
    if effective == 429:
        retry_after = (body.get("parameters") or {}).get("retry_after") if isinstance(body.get("parameters"), dict) else None
        if retry_after is None and headers is not None and headers.get("retry-after", "").isdigit():
            retry_after = int(headers["retry-after"])
        return ZaloRetryAfter(method, description, retry_after=float(retry_after or 1))
    kinds: dict[int, type[ZaloError]] = {401: ZaloUnauthorized, 403: ZaloForbidden, 404: ZaloNotFound, 409: ZaloConflict}
    if effective in kinds:
        return kinds[effective](method, description, status=effective)
    if effective >= 500:
        return ZaloServerError(method, description, status=effective)
    return ZaloBadRequest(method, description, status=effective)


# --- objects ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZaloUser:
    """Who wrote."""

    id: str
    display_name: str = ""


@dataclass(frozen=True)
class ZaloChat:
    """Where it was written: PRIVATE or GROUP."""

    id: str
    chat_type: str = "PRIVATE"

    @property
    def private(self) -> bool:
        """Whether this is a one-to-one chat with the bot."""
        return self.chat_type.upper() != "GROUP"


@dataclass(frozen=True)
class ZaloMessage:
    """A received message (text, or a photo by URL, or something the platform would not show)."""

    message_id: str
    sender: ZaloUser
    chat: ZaloChat
    date: int = 0  # milliseconds since the epoch
    text: str | None = None
    photo_url: str | None = None
    caption: str | None = None


@dataclass(frozen=True)
class ZaloUpdate:
    """One update: its event name and message (`raw` keeps the platform's own form)."""

    event_name: str
    message: ZaloMessage | None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class BotInfo:
    """What getMe says about the bot."""

    id: str
    account_name: str
    account_type: str = ""
    can_join_groups: bool = False


@dataclass(frozen=True)
class SentMessage:
    """What a send answers: only the new message's id and time."""

    message_id: str
    date: int = 0


@dataclass(frozen=True)
class WebhookInfo:
    """The webhook currently set."""

    url: str
    updated_at: int = 0


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _event_of(message: dict[str, Any]) -> str:
    """The event name of a message given without one (the reference's own getUpdates sample)."""
    if message.get("text") is not None:
        return TEXT_EVENT
    if message.get("photo") or message.get("photo_url"):
        return IMAGE_EVENT
    if message.get("sticker"):
        return STICKER_EVENT
    return UNSUPPORTED_EVENT


def parse_update(data: Any) -> ZaloUpdate | None:
    """One update object from the platform's JSON (None when it has no message we can read)."""
    if not isinstance(data, dict):
        return None
    message = data.get("message")
    if not isinstance(message, dict):
        return ZaloUpdate(event_name=str(data.get("event_name") or ""), message=None, raw=data) if data.get("event_name") else None
    sender = message.get("from") if isinstance(message.get("from"), dict) else {}
    chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
    name = sender.get("display_name") or sender.get("name") or sender.get("first_name") or ""
    parsed = ZaloMessage(
        message_id=str(message.get("message_id") or ""),
        sender=ZaloUser(id=str(sender.get("id") or ""), display_name=str(name)),
        chat=ZaloChat(id=str(chat.get("id") or sender.get("id") or ""), chat_type=str(chat.get("chat_type") or "PRIVATE")),
        date=int(message.get("date") or 0),
        text=_text(message.get("text")),
        photo_url=_text(message.get("photo_url") or message.get("photo")),
        caption=_text(message.get("caption")),
    )
    return ZaloUpdate(event_name=str(data.get("event_name") or _event_of(message)), message=parsed, raw=data)


def updates_from(body: Any) -> list[ZaloUpdate]:
    """The updates in a getUpdates answer or a webhook body: wrapped in `{ok, result}` or bare, one
    object (as documented) or a list (tolerated)."""
    if isinstance(body, dict) and "result" in body and ("ok" in body or "message" not in body):
        body = body["result"]
    items = body if isinstance(body, list) else [body]
    return [update for update in (parse_update(item) for item in items) if update is not None]


# --- the client ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a call is repeated."""

    attempts: int = 4
    base: float = 0.5
    cap: float = 15.0

    def delay(self, attempt: int, error: ZaloError) -> float:
        """Seconds to wait before attempt `attempt + 1` (the platform's retry_after wins)."""
        if isinstance(error, ZaloRetryAfter):
            return min(max(error.retry_after, 0.0), 60.0)
        return min(self.cap, self.base * (2 ** attempt))


def retryable(method: str, error: ZaloError) -> bool:
    """Whether repeating `method` after `error` is useful and safe (see the module docstring)."""
    if isinstance(error, ZaloRetryAfter):
        return True
    if isinstance(error, ZaloNetworkError) and not error.reached:
        return True
    if isinstance(error, ZaloServerError | ZaloNetworkError):
        return method in IDEMPOTENT
    return False


class ZaloClient:
    """`async with ZaloClient(token, base_url=...) as zalo: await zalo.send_message(chat, text)`."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = ZALO_DEFAULT_API,
        timeout: float = 10.0,
        retry: RetryPolicy | None = None,
        http: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._token = token
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self._http = http or httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))
        self._owns_http = http is None
        self._sleep = sleep

    async def __aenter__(self) -> ZaloClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (when this client opened it)."""
        if self._owns_http:
            await self._http.aclose()

    async def call(self, method: str, params: dict[str, Any] | None = None, *, read_timeout: float | None = None) -> Any:
        """Call a method, retrying as `retryable` allows; returns `result` (or the whole body without one)."""
        attempt = 0
        while True:
            try:
                return await self._call_once(method, params or {}, read_timeout)
            except ZaloError as error:
                attempt += 1
                if attempt >= self.retry.attempts or not retryable(method, error):
                    raise
                delay = self.retry.delay(attempt - 1, error)
                log.info("zalo %s failed (%s), attempt %d of %d, again in %.1f s", method, error.description,
                         attempt, self.retry.attempts, delay)
                await self._sleep(delay)

    async def _call_once(self, method: str, params: dict[str, Any], read_timeout: float | None) -> Any:
        url = f"{self.base_url}/bot{self._token}/{method}"
        timeout = httpx.Timeout(read_timeout or self.timeout, connect=min(self.timeout, 5.0))
        try:
            response = await self._http.post(url, json=params, timeout=timeout)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise ZaloNetworkError(method, type(exc).__name__, reached=False) from None
        except httpx.TransportError as exc:  # read/write timeouts, a dropped connection: it may have arrived
            raise ZaloNetworkError(method, type(exc).__name__, reached=True) from None
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400 or not isinstance(body, dict) or body.get("ok") is False:
            if not isinstance(body, dict) and response.status_code < 400:
                body = {"description": "not a Bot API answer"}
            raise error_from(method, max(response.status_code, 400), body, self._token, response.headers)
        return body.get("result", body)

    # --- methods --------------------------------------------------------------------------------

    async def get_me(self) -> BotInfo:
        """The bot's identity; checks the token."""
        result = await self.call("getMe")
        return BotInfo(
            id=str(result.get("id", "")), account_name=str(result.get("account_name") or result.get("name") or ""),
            account_type=str(result.get("account_type", "")), can_join_groups=bool(result.get("can_join_groups")),
        )

    async def get_updates(self, timeout: int = 30) -> list[ZaloUpdate]:
        """Long-poll for the next update: usually one, none when the poll ends idle (HTTP 408)."""
        try:
            result = await self.call("getUpdates", {"timeout": str(timeout)}, read_timeout=timeout + 10.0)
        except ZaloError as error:
            if error.status == 408:
                return []
            raise
        return updates_from({"ok": True, "result": result}) if result else []

    async def set_webhook(self, url: str, secret_token: str) -> WebhookInfo:
        """Have updates posted to `url` with `secret_token` in the X-Bot-Api-Secret-Token header."""
        if not 8 <= len(secret_token) <= 256:
            raise ValueError("the webhook secret must have 8 to 256 characters")
        result = await self.call("setWebhook", {"url": url, "secret_token": secret_token})
        return WebhookInfo(url=str((result or {}).get("url", url)), updated_at=int((result or {}).get("updated_at") or 0))

    async def delete_webhook(self) -> None:
        """Remove the webhook (getUpdates works only without one)."""
        try:
            await self.call("deleteWebhook")
        except ZaloNotFound:
            pass  # none was set

    async def get_webhook_info(self) -> WebhookInfo | None:
        """The webhook set, or None (an empty url, or the 404 some bots get when none is set)."""
        try:
            result = await self.call("getWebhookInfo")
        except ZaloNotFound:
            return None
        url = str((result or {}).get("url") or "")
        return WebhookInfo(url=url, updated_at=int((result or {}).get("updated_at") or 0)) if url else None

    async def send_message(self, chat_id: str, text: str) -> SentMessage:
        """Send 1–2,000 characters of plain text."""
        if not text or len(text) > MAX_TEXT:
            raise ValueError(f"a Zalo message has 1 to {MAX_TEXT} characters, not {len(text)}")
        result = await self.call("sendMessage", {"chat_id": chat_id, "text": text})
        return SentMessage(message_id=str((result or {}).get("message_id", "")), date=int((result or {}).get("date") or 0))

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        """Show "typing…" for a moment (the only action the platform has)."""
        await self.call("sendChatAction", {"chat_id": chat_id, "action": action})
