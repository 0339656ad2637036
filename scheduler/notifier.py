"""The one thing the scheduler needs from a chat platform: send a text to a chat.

Transports (`bot/transports/telegram.py`, later Zalo) implement `Notifier` and translate their
platform's errors into the `Delivery*` exceptions below, so the dispatcher's retry policy is the
same for every platform and can be tested with a recording notifier or the Bot API emulator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Delivery:
    """One message to send."""

    platform: str
    chat_id: str
    text: str
    parse_mode: str | None = "HTML"
    reply_markup: dict[str, Any] | None = None


class DeliveryError(Exception):
    """Base class of delivery failures."""


class DeliveryRetryAfter(DeliveryError):
    """The platform asked us to slow down (HTTP 429); try again after `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class DeliveryTransient(DeliveryError):
    """Timeout, network error or 5xx: worth retrying with backoff."""


class DeliveryBlocked(DeliveryError):
    """The recipient blocked the bot or removed it from the group (403): stop sending there."""


class DeliveryRejected(DeliveryError):
    """The platform refused this message for good (400: bad markup, chat not found...)."""


class Notifier(Protocol):
    """Sends messages; returns the platform's message id."""

    async def send(self, delivery: Delivery) -> str: ...
