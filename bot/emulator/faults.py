"""Fault injection: make the next N matching Bot API calls fail like Telegram does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FAULT_KINDS = ("429", "500", "403", "400", "timeout")

# Methods a wildcard fault skips: the Updater polls them continuously in the background,
# so a wildcard fault would be swallowed by a poll instead of the call under test.
BACKGROUND_METHODS = frozenset({"getupdates"})


@dataclass
class Fault:
    """A planned failure for the next `count` calls of `method` (None = any non-polling call)."""

    kind: str
    method: str | None = None
    count: int = 1
    retry_after: int = 3
    # For "timeout": how long the request is held before it is processed normally.
    delay: float = 5.0
    description: str | None = None
    chat_id: int | str | None = None

    def __post_init__(self) -> None:
        """Validate and normalise the fault."""
        self.kind = str(self.kind)
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")
        if self.count < 1:
            raise ValueError("count must be >= 1")

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        """Whether this fault applies to a call."""
        lowered = method.lower()
        if self.method is None:
            if lowered in BACKGROUND_METHODS:
                return False
        elif self.method.lower() != lowered:
            return False
        if self.chat_id is not None and str(self.chat_id) != str(chat_id):
            return False
        return True

    def error_payload(self) -> tuple[int, dict[str, Any]]:
        """HTTP status and Bot API error body for non-timeout faults."""
        if self.kind == "429":
            description = self.description or f"Too Many Requests: retry after {self.retry_after}"
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": description,
                "parameters": {"retry_after": self.retry_after},
            }
        if self.kind == "403":
            description = self.description or "Forbidden: bot was blocked by the user"
            return 403, {"ok": False, "error_code": 403, "description": description}
        if self.kind == "400":
            description = self.description or "Bad Request: injected fault"
            return 400, {"ok": False, "error_code": 400, "description": description}
        description = self.description or "Internal Server Error"
        return 500, {"ok": False, "error_code": 500, "description": description}

    def to_dict(self) -> dict[str, Any]:
        """Serialise for the JSON control side."""
        return {
            "kind": self.kind,
            "method": self.method,
            "count": self.count,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "description": self.description,
            "chat_id": self.chat_id,
        }


class FaultPlan:
    """Ordered list of pending faults; the first matching one is consumed per call."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        """Schedule a fault."""
        self._faults.append(fault)
        return fault

    def take(self, method: str, chat_id: int | str | None) -> Fault | None:
        """Consume one occurrence of the first fault matching this call."""
        for fault in self._faults:
            if fault.matches(method, chat_id):
                fault.count -= 1
                if fault.count == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        """Drop all pending faults."""
        self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        """Faults not yet used up."""
        return list(self._faults)
