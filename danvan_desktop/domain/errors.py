"""Errors that carry a Vietnamese message meant for the user."""

from __future__ import annotations


class RuleViolation(ValueError):
    """Input or an action breaks a rule of the domain; `message` is shown to the user."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(LookupError):
    """A record the user asked for does not exist (or was deleted)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(PermissionError):
    """The signed-in user's role does not allow the action."""

    def __init__(self, message: str = "Tài khoản của bạn không có quyền thực hiện thao tác này.") -> None:
        super().__init__(message)
        self.message = message
