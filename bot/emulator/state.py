"""In-memory Telegram world: users, chats, messages, files, updates and the event log."""

from __future__ import annotations

import asyncio
import copy
import itertools
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

# Update types Telegram delivers when allowed_updates is empty (chat_member etc. need opt-in).
DEFAULT_UPDATE_TYPES = frozenset(
    {"message", "edited_message", "callback_query", "channel_post", "my_chat_member"}
)


def update_type(update: JSON) -> str:
    """The payload key of an update (message, callback_query, …)."""
    return next(key for key in update if key != "update_id")


def update_allowed(update: JSON, allowed_updates: list[str] | None) -> bool:
    """Whether an update passes the bot's allowed_updates filter."""
    if not allowed_updates:
        return update_type(update) in DEFAULT_UPDATE_TYPES
    return update_type(update) in allowed_updates


@dataclass(frozen=True)
class EmulatedUser:
    """A human Telegram user driving the bot from the control side."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "vi"
    is_bot: bool = False

    def to_dict(self) -> JSON:
        """Return the Bot API `User` object."""
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: JSON) -> EmulatedUser:
        """Build a user from a (possibly partial) Bot API `User` dict."""
        return cls(
            id=int(data["id"]),
            first_name=str(data.get("first_name") or f"User {data['id']}"),
            last_name=data.get("last_name"),
            username=data.get("username"),
            language_code=data.get("language_code", "vi"),
        )


@dataclass(frozen=True)
class EmulatedChat:
    """A chat (private, group or supergroup) the bot takes part in."""

    id: int
    type: str = "private"
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None

    @classmethod
    def private(cls, user: EmulatedUser) -> EmulatedChat:
        """Return the private chat between the bot and `user` (chat id == user id)."""
        return cls(
            id=user.id,
            type="private",
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
        )

    @classmethod
    def group(cls, id: int, title: str, supergroup: bool = False) -> EmulatedChat:
        """Return a group chat; ids should be negative (-100… for supergroups) like Telegram."""
        return cls(id=id, type="supergroup" if supergroup else "group", title=title)

    @classmethod
    def from_dict(cls, data: JSON) -> EmulatedChat:
        """Build a chat from a (possibly partial) Bot API `Chat` dict."""
        return cls(
            id=int(data["id"]),
            type=str(data.get("type", "private" if int(data["id"]) > 0 else "group")),
            title=data.get("title"),
            username=data.get("username"),
            first_name=data.get("first_name"),
            last_name=data.get("last_name"),
        )

    def to_dict(self) -> JSON:
        """Return the Bot API `Chat` object."""
        data: JSON = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass
class StoredMessage:
    """A message in a chat; `data` is its current Bot API dict, `history` its earlier versions."""

    data: JSON
    from_bot: bool
    history: list[JSON] = field(default_factory=list)
    # Reply keyboards are not echoed back by Telegram, but a chat UI wants to show them.
    reply_keyboard: JSON | None = None
    deleted: bool = False

    @property
    def chat_id(self) -> int:
        """Id of the chat the message is in."""
        return int(self.data["chat"]["id"])

    @property
    def message_id(self) -> int:
        """Per-chat message id."""
        return int(self.data["message_id"])

    @property
    def text(self) -> str | None:
        """Text, or caption for media messages."""
        return self.data.get("text", self.data.get("caption"))

    @property
    def reply_markup(self) -> JSON | None:
        """Current inline keyboard markup, if any."""
        return self.data.get("reply_markup")

    @property
    def document(self) -> JSON | None:
        """Bot API `Document` dict, if any."""
        return self.data.get("document")

    @property
    def edited(self) -> bool:
        """Whether the message was edited at least once."""
        return bool(self.history)

    def buttons(self) -> list[JSON]:
        """All inline keyboard buttons, row by row, flattened."""
        markup = self.reply_markup or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    def callback_data(self) -> list[str]:
        """Callback data of every inline button."""
        return [b["callback_data"] for b in self.buttons() if "callback_data" in b]

    def __getitem__(self, key: str) -> Any:
        """Dict-style access to the Bot API fields."""
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        """Dict-style `get` on the Bot API fields."""
        return self.data.get(key, default)

    def to_dict(self) -> JSON:
        """Serialise for the JSON control side."""
        return {
            "message": self.data,
            "from_bot": self.from_bot,
            "history": self.history,
            "reply_keyboard": self.reply_keyboard,
            "deleted": self.deleted,
        }


@dataclass
class StoredFile:
    """An uploaded or bot-sent file kept in memory."""

    file_id: str
    file_unique_id: str
    content: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None

    @property
    def file_size(self) -> int:
        """Size in bytes."""
        return len(self.content)

    def file_dict(self) -> JSON:
        """Bot API `File` object returned by getFile."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
            "file_path": self.file_path,
        }

    def document_dict(self) -> JSON:
        """Bot API `Document` object."""
        data: JSON = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
        }
        if self.file_name is not None:
            data["file_name"] = self.file_name
        if self.mime_type is not None:
            data["mime_type"] = self.mime_type
        return data


@dataclass(frozen=True)
class ApiCall:
    """One Bot API request as seen by the emulator (for transcripts and rate measurements)."""

    method: str
    params: JSON
    chat_id: int | str | None
    time: float
    monotonic: float
    status: int = 200
    fault: str | None = None


@dataclass(frozen=True)
class CallbackAnswer:
    """An answerCallbackQuery call, linked to the query it answered."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    time: float
    query: JSON


@dataclass(frozen=True)
class EmulatorEvent:
    """A change visible in a chat: new/edited/deleted message or callback answer."""

    seq: int
    kind: str
    chat_id: int | None
    message_id: int | None
    from_bot: bool
    time: float
    payload: JSON

    def to_dict(self) -> JSON:
        """Serialise for the JSON control side."""
        return {
            "seq": self.seq,
            "kind": self.kind,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "from_bot": self.from_bot,
            "time": self.time,
            "payload": self.payload,
        }


class Notifier:
    """Broadcast wake-up: every waiter is released on `notify()`."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake all current waiters."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, timeout: float | None) -> bool:
        """Wait for the next notify; False on timeout."""
        event = self._event
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        return True


class World:
    """All mutable emulator state; every method runs on the emulator's event loop."""

    def __init__(self, bot_user: EmulatedUser, clock: Callable[[], float] = time.time) -> None:
        self.bot_user = bot_user
        self.clock = clock
        self.users: dict[int, EmulatedUser] = {}
        self.chats: dict[int, EmulatedChat] = {}
        self.chat_messages: dict[int, list[StoredMessage]] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.blocked_by: set[int] = set()
        self.pending_updates: list[JSON] = []
        self.callback_queries: dict[str, JSON] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.calls: list[ApiCall] = []
        self.events: list[EmulatorEvent] = []
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.update_notifier = Notifier()
        self.event_notifier = Notifier()
        # Sequence number of the last event before the most recent injected update;
        # wait_for_message() looks only at events after it by default.
        self.last_injection_seq = 0
        self._update_ids = itertools.count(1)
        self._event_seq = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._file_counter = itertools.count(1)

    # --- clock -------------------------------------------------------------------------

    def now(self) -> int:
        """Current Unix time as Telegram reports it (whole seconds)."""
        return int(self.clock())

    # --- chats and users -----------------------------------------------------------------

    def register_user(self, user: EmulatedUser) -> None:
        """Remember a user (and keep the latest profile)."""
        self.users[user.id] = user

    def register_chat(self, chat: EmulatedChat) -> None:
        """Remember a chat so the bot may send to it."""
        self.chats[chat.id] = chat
        self.chat_messages.setdefault(chat.id, [])

    def next_message_id(self, chat_id: int) -> int:
        """Allocate the next per-chat message id."""
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def find_message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        """Look up a non-deleted message."""
        for stored in self.chat_messages.get(chat_id, []):
            if stored.message_id == message_id and not stored.deleted:
                return stored
        return None

    def iter_messages(self, chat_id: int | None = None) -> Iterator[StoredMessage]:
        """Iterate non-deleted messages of one chat or of all chats."""
        chat_ids = [chat_id] if chat_id is not None else list(self.chat_messages)
        for cid in chat_ids:
            for stored in self.chat_messages.get(cid, []):
                if not stored.deleted:
                    yield stored

    def add_message(
        self, chat: EmulatedChat, data: JSON, from_bot: bool, reply_keyboard: JSON | None = None
    ) -> StoredMessage:
        """Store a new message and publish a `message` event."""
        self.register_chat(chat)
        stored = StoredMessage(data=data, from_bot=from_bot, reply_keyboard=reply_keyboard)
        self.chat_messages[chat.id].append(stored)
        self.publish("message", chat.id, stored.message_id, from_bot, data)
        return stored

    def replace_message(self, stored: StoredMessage, new_data: JSON) -> None:
        """Apply an edit, keeping the previous version in the history."""
        stored.history.append(copy.deepcopy(stored.data))
        stored.data = new_data
        self.publish("edit", stored.chat_id, stored.message_id, stored.from_bot, new_data)

    def delete_message(self, stored: StoredMessage) -> None:
        """Mark a message deleted."""
        stored.deleted = True
        self.publish("delete", stored.chat_id, stored.message_id, stored.from_bot, stored.data)

    # --- events --------------------------------------------------------------------------

    def publish(
        self, kind: str, chat_id: int | None, message_id: int | None, from_bot: bool, payload: JSON
    ) -> EmulatorEvent:
        """Append an event and wake waiters."""
        event = EmulatorEvent(
            seq=next(self._event_seq),
            kind=kind,
            chat_id=chat_id,
            message_id=message_id,
            from_bot=from_bot,
            time=time.time(),
            payload=copy.deepcopy(payload),
        )
        self.events.append(event)
        self.event_notifier.notify()
        return event

    @property
    def last_event_seq(self) -> int:
        """Sequence number of the newest event (0 if none)."""
        return self.events[-1].seq if self.events else 0

    def events_after(self, seq: int) -> list[EmulatorEvent]:
        """Events with a sequence number greater than `seq`."""
        return [event for event in self.events if event.seq > seq]

    # --- updates -------------------------------------------------------------------------

    def enqueue_update(self, kind: str, payload: JSON) -> JSON:
        """Queue an update for getUpdates / webhook delivery."""
        update = {"update_id": next(self._update_ids), kind: payload}
        self.last_injection_seq = self.last_event_seq
        self.pending_updates.append(update)
        self.update_notifier.notify()
        return update

    def confirm_updates(self, offset: int) -> None:
        """Forget updates below `offset` (Telegram's confirmation semantics)."""
        if offset < 0:
            # Negative offsets keep only the last -offset updates.
            self.pending_updates = self.pending_updates[offset:]
        elif offset > 0:
            self.pending_updates = [u for u in self.pending_updates if u["update_id"] >= offset]

    def drop_pending_updates(self) -> None:
        """Drop all queued updates."""
        self.pending_updates.clear()

    # --- files ---------------------------------------------------------------------------

    def add_file(
        self, content: bytes, file_name: str | None, mime_type: str | None, folder: str
    ) -> StoredFile:
        """Store bytes and allocate ids and a download path."""
        number = next(self._file_counter)
        # Telegram's ids are opaque; a recognisable prefix helps when reading transcripts.
        file_id = f"EMU{number:04d}{secrets.token_hex(8)}"
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=file_id,
            file_unique_id=f"U{number:04d}{secrets.token_hex(4)}",
            content=content,
            file_path=f"{folder}/file_{number}{suffix}",
            file_name=file_name,
            mime_type=mime_type,
        )
        self.files[file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored
