"""Callback data: a short verb plus opaque integer ids, encoded and parsed only here.

Buttons carry no names, roles or rights: every press is parsed here and then re-authorized by the
storage operation it triggers, so forged or stale data can at worst be refused politely.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64  # Telegram's limit for callback_data

# Task list views as one letter each (callback data is short); values are `storage.tasks` views.
VIEW_CODES = {"o": "open", "q": "overdue", "s": "soon", "d": "done", "a": "all"}
VIEW_LETTERS = {view: code for code, view in VIEW_CODES.items()}

#: verb -> number of fields after the verb (the view letter counts as one).
VERBS: dict[str, int] = {
    "nop": 0,  # a label-only button (page counter)
    "sm": 0,  # per-unit summary (monitoring board)
    "ls": 3,  # list: unit (0 = default scope), view, page
    "dn": 4,  # ✅ pressed on a list: task number + the list to come back to
    "dy": 4,  # confirm done (no note)
    "dc": 4,  # ✖ on the confirmation: back to the list, no note awaited any more
    "dt": 1,  # 📄 details
    "ud": 1,  # ↩ undo done (leader, within a day)
    "ro": 1,  # ↩ reopen (monitoring board)
    "ex": 1,  # ⏳ ask for an extension
    "xa": 1,  # ✔ approve extension request
    "xr": 1,  # ✖ reject extension request
    "gx": 1,  # ❓ ask the unit's leader for an explanation
    "gt": 1,  # reply with an explanation
    "ev": 1,  # show the evidence files
    "ay": 0,  # ✔ assign despite a past deadline (the /giao line waits as the caller's question)
    "ax": 0,  # ✖ do not assign it
    "nm": 1,  # the name to be called by, picked at /start (its position among the profile's names)
    "is": 1,  # ✔ save an import draft
    "ic": 1,  # ✖ cancel an import draft
    "dp": 2,  # a page of an import draft: draft id, page
    "dm": 3,  # 🔗 choose the unit an unknown name of a draft means: draft id, name index, name fingerprint
    "dw": 3,  # 🆕 create an unknown name of a draft as a new unit: draft id, name index, name fingerprint
    "da": 4,  # the unit picked for an unknown name: draft id, name index, name fingerprint, unit id
    "dx": 1,  # 📊 the draft as an Excel workbook: draft id
    "dd": 2,  # 🗑 drop a task of a draft: draft id, draft task number
    "ds": 2,  # ✂ split a task of a draft per unit: draft id, draft task number
}
_VIEW_ARG = {"ls": 1, "dn": 2, "dy": 2, "dc": 2}  # position of the view letter among the arguments


class InvalidCallback(ValueError):
    """Callback data that this bot never produced (forged, truncated or from an old version)."""


@dataclass(frozen=True)
class ListRef:
    """Which task list a button belongs to: unit id (0 = the caller's default), view, page."""

    unit: int = 0
    view: str = "open"
    page: int = 0


@dataclass(frozen=True)
class Callback:
    """A parsed button press."""

    verb: str
    args: tuple[int, ...] = ()
    view: str | None = None

    @property
    def number(self) -> int:
        """The first id (task number, request id or draft id)."""
        return self.args[0]

    def list_ref(self) -> ListRef:
        """The list a list-related press refers to."""
        if self.verb == "ls":
            return ListRef(self.args[0], self.view or "open", self.args[1])
        return ListRef(self.args[1], self.view or "open", self.args[2])


def encode(verb: str, *args: int | str) -> str:
    """Build callback data such as `dt:12` or `ls:3:q:0`; raises if it would exceed 64 bytes."""
    if verb not in VERBS:
        raise ValueError(f"unknown callback verb {verb!r}")
    parts = [verb, *(str(a) for a in args)]
    data = ":".join(parts)
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def list_data(ref: ListRef) -> str:
    """Callback data that opens a task list."""
    return encode("ls", ref.unit, VIEW_LETTERS[ref.view], ref.page)


def done_data(verb: str, number: int, ref: ListRef) -> str:
    """Callback data for ✅ (verb `dn`), its confirmation (`dy`) and cancel (`dc`), remembering the list."""
    return encode(verb, number, ref.unit, VIEW_LETTERS[ref.view], ref.page)


def parse(data: str | None) -> Callback:
    """Parse callback data produced by `encode`, or raise `InvalidCallback`."""
    if not data or len(data.encode()) > MAX_BYTES:
        raise InvalidCallback("empty or oversized callback data")
    verb, *raw = data.split(":")
    arity = VERBS.get(verb)
    view_at = _VIEW_ARG.get(verb)
    if arity is None or len(raw) != arity:
        raise InvalidCallback(f"bad callback {data!r}")
    view: str | None = None
    ints: list[int] = []
    for index, part in enumerate(raw):
        if index == view_at:
            if part not in VIEW_CODES:
                raise InvalidCallback(f"bad view in {data!r}")
            view = VIEW_CODES[part]
            ints.append(0)
            continue
        if not part.isdigit() or len(part) > 12:
            raise InvalidCallback(f"bad id in {data!r}")
        ints.append(int(part))
    if view_at is not None:
        del ints[view_at]
    return Callback(verb, tuple(ints), view)
