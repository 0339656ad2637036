"""Reaching the Bot API at start: a refusal (a token the server rejects, an address that is not a
Bot API) becomes one line naming the cause and the setting to check, never the token; a network
outage is waited out with backoff, one log line per try."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from telegram import Bot
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

#: Backoff between tries while the Bot API cannot be reached: 1, 2, 4 … up to a minute.
FIRST_DELAY, MAX_DELAY = 1.0, 60.0


class BotApiRefused(Exception):
    """The Bot API answered, and the answer means the settings are wrong; the message says which."""


def safe_url(url: str) -> str:
    """`url` without user and password (a proxy address may carry them)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _status(error: TelegramError) -> str:
    """The server's own words behind PTB's re-raised InvalidToken ("Unauthorized", "Not Found (404)…")."""
    cause = error.__cause__
    return cause.message if isinstance(cause, TelegramError) else error.message


def refusal_text(error: TelegramError, base_url: str) -> str | None:
    """One Vietnamese line naming the cause and the setting to check, or None when the error is an
    outage worth waiting out (network errors, timeouts, 5xx)."""
    where = safe_url(base_url)
    if isinstance(error, InvalidToken):
        status = _status(error)
        if "unauthorized" in status.lower() or "401" in status:
            return ("Telegram Bot API từ chối TELEGRAM_BOT_TOKEN (401 Unauthorized): kiểm tra lại token "
                    "nhận từ @BotFather (the Bot API rejected the token).")
        return (f"Bot API tại {where} trả lời 404 Not Found: kiểm tra TELEGRAM_API_BASE_URL "
                f"(mặc định https://api.telegram.org) và dạng của TELEGRAM_BOT_TOKEN (not a Bot API address, or a malformed token).")
    if isinstance(error, Forbidden | BadRequest | Conflict):
        return (f"Bot API tại {where} từ chối yêu cầu ({type(error).__name__}): kiểm tra TELEGRAM_API_BASE_URL "
                "và TELEGRAM_BOT_TOKEN.")
    if isinstance(error, NetworkError):
        # Another 4xx with a body that is not JSON: something else answers at that address (a web
        # server, a proxy). A 5xx (a proxy whose upstream is down) or a network error is an outage.
        status = re.search(r"\((\d{3})\)", error.message)
        if status and 400 <= int(status.group(1)) < 500:
            return (f"Địa chỉ TELEGRAM_API_BASE_URL ({where}) không phải một Bot API (HTTP {status.group(1)}): "
                    "kiểm tra TELEGRAM_API_BASE_URL (mặc định https://api.telegram.org).")
        return None
    return (f"Địa chỉ TELEGRAM_API_BASE_URL ({where}) không trả lời như một Bot API ({type(error).__name__}): "
            "kiểm tra TELEGRAM_API_BASE_URL (mặc định https://api.telegram.org).")


def _bot(token: str, base_url: str) -> Bot:
    base = base_url.rstrip("/")
    request = HTTPXRequest(connect_timeout=10.0, read_timeout=10.0)
    return Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot", request=request)


@contextmanager
def _quiet_ptb_parsing() -> Iterator[None]:
    """PTB logs a traceback for every answer that is not JSON; the check says it in one line."""
    logger = logging.getLogger("telegram.request")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


async def wait_for_bot_api(token: str, base_url: str, *, first_delay: float = FIRST_DELAY, max_delay: float = MAX_DELAY) -> str:
    """Call getMe until the Bot API answers; returns the bot's username. Raises `BotApiRefused`
    when the answer says the settings are wrong; retries network errors for as long as it takes."""
    delay, tries = first_delay, 0
    while True:
        tries += 1
        bot = _bot(token, base_url)
        try:
            with _quiet_ptb_parsing():
                async with bot:  # initialize = getMe
                    return bot.username
        except TelegramError as error:
            text = refusal_text(error, base_url)
            if text is not None:
                raise BotApiRefused(text) from None
            log.warning("Bot API at %s unreachable (%s: %s); try %d, retrying in %.1f s",
                        safe_url(base_url), type(error).__name__, error.message.splitlines()[0][:200], tries, delay)
        await asyncio.sleep(delay)
        delay = min(max_delay, delay * 2)
