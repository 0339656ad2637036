"""What to do after a failed delivery: a pure decision of the error and the attempts so far."""

from __future__ import annotations

import random
from dataclasses import dataclass

from scheduler.notifier import DeliveryBlocked, DeliveryRejected, DeliveryRetryAfter, DeliveryTransient

RETRY, BLOCKED, FAILED = "retry", "blocked", "failed"
MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class RetryDecision:
    """Retry after `delay` seconds, or give up on the chat (blocked) or on the message (failed)."""

    action: str
    delay: float = 0.0
    reason: str = ""
    counts_as_attempt: bool = True  # a 429 is our pacing, not the message's fault


def backoff(attempts: int, *, base: float = 2.0, cap: float = 900.0, jitter: float = 0.5) -> float:
    """Exponential backoff with "equal jitter": half the step fixed, half random (jitter in [0, 1))."""
    step = min(cap, base * 2 ** max(0, attempts - 1))
    return step / 2 + step / 2 * jitter


def retry_decision(
    error: BaseException,
    attempts: int,
    *,
    max_attempts: int = MAX_ATTEMPTS,
    base: float = 2.0,
    cap: float = 900.0,
    jitter: float | None = None,
) -> RetryDecision:
    """Decide after the `attempts`-th failed try: 429 waits exactly `retry_after`; timeouts, network
    errors and 5xx back off exponentially until `max_attempts`; 403 blocks the chat; 400 fails."""
    reason = str(error) or type(error).__name__
    if isinstance(error, DeliveryRetryAfter):
        return RetryDecision(RETRY, max(0.0, float(error.seconds)), reason, counts_as_attempt=False)
    if isinstance(error, DeliveryBlocked):
        return RetryDecision(BLOCKED, reason=reason)
    if isinstance(error, DeliveryRejected):
        return RetryDecision(FAILED, reason=reason)
    if not isinstance(error, DeliveryTransient):
        reason = f"{type(error).__name__}: {reason}"  # an unexpected error: retry it like a transient one
    if attempts >= max_attempts:
        return RetryDecision(FAILED, reason=f"{reason} (sau {attempts} lần thử)")
    return RetryDecision(RETRY, backoff(attempts, base=base, cap=cap, jitter=random.random() if jitter is None else jitter), reason)
