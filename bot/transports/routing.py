"""One `Notifier` over several platforms, so one dispatcher serves Telegram and Zalo chats alike."""

from __future__ import annotations

from scheduler.notifier import Delivery, DeliveryRejected, Notifier


class RoutingNotifier:
    """Sends each delivery through the notifier of its chat's platform."""

    def __init__(self, notifiers: dict[str, Notifier]) -> None:
        self.notifiers = notifiers

    async def send(self, delivery: Delivery) -> str:
        """Send through the delivery's platform; a platform this process does not serve is a rejection."""
        notifier = self.notifiers.get(delivery.platform)
        if notifier is None:
            raise DeliveryRejected(f"no transport for platform {delivery.platform!r} in this process")
        return await notifier.send(delivery)
