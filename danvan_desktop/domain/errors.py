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

    def __init__(
        self, message: str = "Tài khoản của bạn không có quyền thực hiện thao tác này."
    ) -> None:
        super().__init__(message)
        self.message = message


class Cancelled(Exception):  # noqa: N818 - the name is the contract
    """The user cancelled long work (export, import, report); nothing was written."""

    def __init__(self, message: str = "Đã hủy theo yêu cầu của người dùng.") -> None:
        super().__init__(message)
        self.message = message


class Progress:
    """What long work receives to report progress and notice a cancel (plain Python, no Qt).

    The GUI's task runner passes one wired to a progress dialog; the CLI passes a silent one.
    """

    def __init__(self) -> None:
        self._cancel = False

    def update(self, done: int, total: int = 0, message: str = "") -> None:
        """Report progress; raises Cancelled once the user asked to stop."""
        self.check()
        self.report(done, total, message)

    def report(self, done: int, total: int, message: str) -> None:  # overridden by the GUI
        pass

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def check(self) -> None:
        if self._cancel:
            raise Cancelled()
