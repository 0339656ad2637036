"""Domain errors. Each carries a Vietnamese message fit to show a user as is; the bot and the CLI
map the whole hierarchy to a reply or a one-line error (exit code 2) in one place each."""

from __future__ import annotations


class DondocError(Exception):
    """Base of every error a user can cause; `str(error)` is the Vietnamese message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DondocError):
    """The thing asked for does not exist in this organization."""


class AlreadyExists(DondocError):
    """A name or record that must be unique is already taken."""


class InvalidInput(DondocError):
    """The input cannot be used (bad role, bad level, empty name...)."""


class PermissionDenied(DondocError):
    """The actor's role or unit does not allow this action."""


class DuplicateImport(DondocError):
    """The same document was already imported into this organization."""


class InviteError(DondocError):
    """An invite code is unknown, expired or already used."""


class InvalidState(DondocError):
    """The action does not fit the record's current state (closing a closed task...)."""
