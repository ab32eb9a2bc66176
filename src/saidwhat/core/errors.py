"""The exceptions saidwhat raises. Every edge (CLI, web, Spark) translates them.

    SaidwhatError
     ├── InputError            the input cannot be read or is not text
     │    └── UnreadableFileError
     ├── ModelError            the spaCy model is missing or unusable
     ├── StoreError            the quote store failed
     │    └── QueryError       a search query is malformed
     └── GoldFormatError       a gold or prediction file is malformed
"""

from __future__ import annotations


class SaidwhatError(Exception):
    """Base of every error saidwhat raises on purpose."""


class InputError(SaidwhatError):
    """The input cannot be used as article text."""


class UnreadableFileError(InputError):
    """A file cannot be read or decoded."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(SaidwhatError):
    """The spaCy English model is missing or cannot be loaded."""


class StoreError(SaidwhatError):
    """The quote store failed."""


class QueryError(StoreError):
    """A search query is malformed."""


class GoldFormatError(SaidwhatError):
    """A gold or prediction file does not follow the expected format."""
