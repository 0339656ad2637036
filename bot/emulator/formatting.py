"""Text helpers: UTF-16 offsets, command entities and Telegram-style HTML parsing."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

JSON = dict[str, Any]

_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,64})?")

# Telegram's supported HTML tags and the entity type each one produces.
_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
    "span": "spoiler",
}


class EntityParseError(ValueError):
    """Raised for HTML Telegram would reject with "can't parse entities"."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[JSON]:
    """The `bot_command` entity Telegram adds when a text starts with a command."""
    match = _COMMAND_RE.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group(0))}]


class _TelegramHtmlParser(HTMLParser):
    """Strips Telegram-supported tags and records the entities they describe."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # Not `offset`: HTMLParser uses that attribute for its own bookkeeping.
        self._pos = 0
        self.stack: list[tuple[str, int, JSON]] = []
        self.entities: list[JSON] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an entity."""
        attributes = dict(attrs)
        if tag not in _TAG_ENTITY:
            raise EntityParseError(f'Unsupported start tag "{tag}"')
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            raise EntityParseError('Unsupported start tag "span"')
        extra: JSON = {}
        if tag == "a":
            href = attributes.get("href") or ""
            mention = re.match(r"tg://user\?id=(\d+)", href)
            if mention:
                extra = {"type": "text_mention", "user": {"id": int(mention.group(1))}}
            else:
                extra = {"url": href}
        elif tag == "tg-emoji":
            extra = {"custom_emoji_id": attributes.get("emoji-id", "")}
        elif tag == "code" and self.stack and self.stack[-1][0] == "pre":
            # <pre><code class="language-x"> sets the language of the enclosing pre entity.
            css = attributes.get("class") or ""
            if css.startswith("language-"):
                self.stack[-1][2]["language"] = css[len("language-") :]
        elif tag == "blockquote" and "expandable" in attributes:
            extra = {"type": "expandable_blockquote"}
        self.stack.append((tag, self._pos, extra))

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost entity; mismatches are errors like on Telegram."""
        if not self.stack or self.stack[-1][0] != tag:
            expected = f"</{self.stack[-1][0]}>" if self.stack else "nothing"
            raise EntityParseError(f'Unmatched end tag "{tag}", expected {expected}')
        open_tag, start, extra = self.stack.pop()
        length = self._pos - start
        if open_tag == "code" and self.stack and self.stack[-1][0] == "pre":
            return  # folded into the pre entity
        if length <= 0:
            return  # Telegram drops empty entities
        entity: JSON = {"type": _TAG_ENTITY[open_tag], "offset": start, "length": length}
        entity.update(extra)
        self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        """Append plain text."""
        self.parts.append(data)
        self._pos += utf16_len(data)


def parse_html(text: str) -> tuple[str, list[JSON]]:
    """Return (plain text, entities) for a Telegram HTML-formatted text."""
    parser = _TelegramHtmlParser()
    parser.feed(text)
    parser.close()
    if parser.stack:
        tag = parser.stack[-1][0]
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{tag}"')
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
    return "".join(parser.parts), entities


def format_text(
    text: str, parse_mode: str | None, entities: list[JSON] | None
) -> tuple[str, list[JSON]]:
    """Apply parse_mode (HTML parsed; Markdown kept verbatim) or explicit entities."""
    if entities:
        return text, list(entities)
    if parse_mode and parse_mode.upper() == "HTML":
        return parse_html(text)
    return text, []
