"""Chat platform transports: each implements `scheduler.notifier.Notifier` for one platform."""
