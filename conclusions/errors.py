"""The one error the extractor raises: a document it cannot read, explained in Vietnamese."""

from __future__ import annotations


class DocumentError(Exception):
    """A file or text that cannot be read as a notice; `str()` is a message for the user."""
