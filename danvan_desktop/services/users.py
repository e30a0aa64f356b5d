"""Local accounts with roles; passwords hashed with argon2 (never stored or logged in clear)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission, Role
from danvan_desktop.domain.text import clean, sort_key
from danvan_desktop.services import signing_keys
from danvan_desktop.services.context import AppContext, CurrentUser
from danvan_desktop.store.users import User, find_user, touch_login

_hasher = PasswordHasher()
MIN_PASSWORD = 8
#: Wrong passwords in a row before each further try must wait (1 s, then doubling)…
SLOW_AFTER = 3
#: …and before the account locks until an administrator unlocks it.
LOCK_AFTER = 10


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    position: str
    role: Role
    active: bool
    locked: bool = False


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise RuleViolation(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.", "password")


def _check_username(username: str) -> str:
    username = clean(username).lower()
    if (
        not username
        or not all(ch.isalnum() or ch in "._-" for ch in username)
        or not username.isascii()
    ):
        raise RuleViolation(
            "Tên đăng nhập chỉ gồm chữ không dấu, số và dấu chấm, gạch dưới, gạch ngang.",
            "username",
        )
    return username


def create_user_in(
    session,
    username: str,
    password: str,
    full_name: str,
    role: Role,  # noqa: ANN001
    unit_code: str,
    position: str = "",
) -> User:
    username = _check_username(username)
    _check_password(password)
    if find_user(session, username) is not None:
        raise RuleViolation(f'Tên đăng nhập "{username}" đã có.', "username")
    user = User(
        username=username,
        full_name=clean(full_name),
        position=clean(position),
        role=Role(role).value,
        password_hash=_hasher.hash(password),
        unit_code=unit_code,
    )
    session.add(user)
    return user


def create_user(
    ctx: AppContext, username: str, password: str, full_name: str, role: Role, position: str = ""
) -> UserInfo:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.session() as s:
        u = create_user_in(s, username, password, full_name, role, ctx.unit_code, position)
        signing_keys.grant(ctx, s, u.username, password, role)
        return UserInfo(u.username, u.full_name, u.position, Role(u.role), u.active)


def retry_wait(failed: int, last_failed: dt.datetime | None, now: dt.datetime) -> int:
    """Seconds still to wait before the next try after `failed` wrong passwords in a row."""
    if failed < SLOW_AFTER or last_failed is None:
        return 0
    delay = dt.timedelta(seconds=2 ** min(failed - SLOW_AFTER, 10))
    return max(0, math.ceil((last_failed + delay - now).total_seconds()))


def _locked_message() -> RuleViolation:
    return RuleViolation(
        f"Tài khoản đã bị khóa vì nhập sai mật khẩu {LOCK_AFTER} lần liên tiếp. "
        "Nhờ quản trị viên mở khóa (Hệ thống → Tài khoản → Đặt lại mật khẩu)."
    )


def authenticate(ctx: AppContext, username: str, password: str) -> CurrentUser:
    """Check a password; on success the context's user becomes this account.

    The GUI's login and every command go through here, so the same rule slows and locks
    guessing everywhere: after SLOW_AFTER wrong passwords in a row a try must wait (1 s,
    doubling), after LOCK_AFTER the account is locked until an administrator unlocks it. A try
    made too early is refused without checking the password (it does not count either)."""
    wrong = RuleViolation("Tên đăng nhập hoặc mật khẩu không đúng.")
    refusal: RuleViolation | None = None
    # The failure is recorded in its own committed transaction, then reported.
    with ctx.session() as s:
        user = find_user(s, clean(username).lower())
        if user is None or not user.active:
            _hasher.hash(password)  # same work either way: no hint that the name exists
            raise wrong
        if user.locked:
            raise _locked_message()
        now = utcnow()
        wait = retry_wait(user.failed_logins or 0, user.last_failed_at, now)
        if wait:
            raise RuleViolation(
                f"Đã nhập sai mật khẩu {user.failed_logins} lần liên tiếp. "
                f"Hãy chờ {wait} giây rồi thử lại."
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins = (user.failed_logins or 0) + 1
            user.last_failed_at = now
            if user.failed_logins >= LOCK_AFTER:
                user.locked = True
                refusal = _locked_message()
            else:
                refusal = wrong
        if refusal is None:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_logins, user.last_failed_at = 0, None
            touch_login(user)
            signing_keys.unlock(ctx, s, user.username, password, user.role)
            current = CurrentUser(user.username, user.full_name or user.username, Role(user.role))
    if refusal is not None:
        raise refusal
    ctx.user = current
    signing_keys.finish_sealing(ctx)
    return current


def unlock_user(ctx: AppContext, username: str) -> None:
    """An administrator clears a lock (and the count of wrong passwords)."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.session() as s:
        user = find_user(s, username)
        if user is None:
            raise RuleViolation("Không tìm thấy tài khoản.")
        user.locked, user.failed_logins, user.last_failed_at = False, 0, None


def change_password(
    ctx: AppContext, username: str, new_password: str, old_password: str | None = None
) -> None:
    _check_password(new_password)
    if username != ctx.user.username:
        ctx.require(Permission.MANAGE_USERS)
    with ctx.session() as s:
        user = find_user(s, username)
        if user is None:
            raise RuleViolation("Không tìm thấy tài khoản.")
        if old_password is not None:
            try:
                _hasher.verify(user.password_hash, old_password)
            except (VerificationError, InvalidHashError):
                raise RuleViolation("Mật khẩu hiện tại không đúng.", "old_password") from None
        user.password_hash = _hasher.hash(new_password)
        if username != ctx.user.username:
            # An administrator's reset is also how a locked account is opened again.
            user.locked, user.failed_logins, user.last_failed_at = False, 0, None
        signing_keys.rewrap(ctx, s, user.username, new_password, old_password)


def set_role(ctx: AppContext, username: str, role: Role, active: bool = True) -> None:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.session() as s:
        user = find_user(s, username)
        if user is None:
            raise RuleViolation("Không tìm thấy tài khoản.")
        if username == ctx.user.username and (Role(role) != Role.ADMIN or not active):
            raise RuleViolation(
                "Không thể tự bỏ quyền quản trị hoặc khóa tài khoản đang đăng nhập."
            )
        user.role = Role(role).value
        user.active = active


def list_users(ctx: AppContext) -> list[UserInfo]:
    with ctx.read() as s:
        rows = s.execute(select(User).where(User.deleted.is_(False))).scalars()
        return sorted(
            (
                UserInfo(
                    u.username, u.full_name, u.position, Role(u.role), u.active, bool(u.locked)
                )
                for u in rows
            ),
            key=lambda u: sort_key(u.full_name or u.username),
        )


def count_users(ctx: AppContext) -> int:
    with ctx.read() as s:
        return len(s.execute(select(User.username).where(User.deleted.is_(False))).all())
