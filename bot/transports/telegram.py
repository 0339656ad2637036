"""Telegram transport for the scheduler: sends a `Delivery` with python-telegram-bot and maps its
errors to the platform-neutral `Delivery*` exceptions the dispatcher's retry policy understands."""

from __future__ import annotations

import warnings
from datetime import timedelta

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from scheduler.notifier import (
    Delivery,
    DeliveryBlocked,
    DeliveryRejected,
    DeliveryRetryAfter,
    DeliveryTransient,
)

#: 400 answers that mean the chat is gone for good, like a block: stop sending there.
GONE_CHAT_MARKERS = ("chat not found", "user is deactivated", "group chat was upgraded", "bot was kicked")


def retry_after_seconds(error: RetryAfter) -> float:
    """`retry_after` in seconds, whether PTB gives an int or a timedelta (it changes in 22.x)."""
    with warnings.catch_warnings():  # PTB warns that the attribute's type will change; we handle both
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


def chat_ref(chat_id: str) -> int | str:
    """Numeric chat ids as int, `@channel` names as they are."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id


class TelegramNotifier:
    """`Notifier` over a `telegram.Bot` (initialized by the caller)."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, delivery: Delivery) -> str:
        """Send one text message; returns Telegram's message id."""
        markup = InlineKeyboardMarkup.de_json(delivery.reply_markup, self.bot) if delivery.reply_markup else None
        try:
            message = await self.bot.send_message(
                chat_id=chat_ref(delivery.chat_id),
                text=delivery.text,
                parse_mode=delivery.parse_mode,
                reply_markup=markup,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except RetryAfter as exc:
            raise DeliveryRetryAfter(retry_after_seconds(exc)) from exc
        except Forbidden as exc:
            raise DeliveryBlocked(exc.message) from exc
        except BadRequest as exc:  # before NetworkError: PTB's BadRequest is a NetworkError subclass
            if any(marker in exc.message.lower() for marker in GONE_CHAT_MARKERS):
                raise DeliveryBlocked(exc.message) from exc
            raise DeliveryRejected(exc.message) from exc
        except NetworkError as exc:  # TimedOut, connection errors and 5xx
            raise DeliveryTransient(exc.message or type(exc).__name__) from exc
        except TelegramError as exc:  # e.g. a conflict or an unexpected answer: worth another try
            raise DeliveryTransient(exc.message or type(exc).__name__) from exc
        return str(message.message_id)
