"""Errors raised by domain rules, carrying a Vietnamese message meant for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused something; `message` is Vietnamese and shown to the user as is.

    `field` names what was wrong (a form field, a JSON path, a line of an import) or is empty.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class InputError(DomainError):
    """The user typed or imported something the rules cannot read."""


class ConflictError(DomainError):
    """What was about to be saved is based on an older revision: it changed elsewhere since."""


class LockedError(DomainError):
    """An issued notice is read-only until an amendment is opened for it."""


class StorageError(DomainError):
    """The database cannot do what was asked (read-only, disk full, damaged, busy)."""
