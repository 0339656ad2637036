"""Neutral buttons (from the flows) rendered as Telegram inline keyboards."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.services.base import Keyboard


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    """An inline keyboard, or None when the message has no buttons."""
    if not keyboard:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in keyboard])
