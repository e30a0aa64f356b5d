"""Local accounts with roles; passwords hashed with argon2 (never stored or logged in clear)."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission, Role
from danvan_desktop.domain.text import clean, sort_key
from danvan_desktop.services import signing_keys
from danvan_desktop.services.context import AppContext, CurrentUser
from danvan_desktop.store.users import User, find_user, touch_login

_hasher = PasswordHasher()
MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    position: str
    role: Role
    active: bool


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


def authenticate(ctx: AppContext, username: str, password: str) -> CurrentUser:
    """Check a password; on success the context's user becomes this account."""
    wrong = RuleViolation("Tên đăng nhập hoặc mật khẩu không đúng.")
    with ctx.session() as s:
        user = find_user(s, clean(username).lower())
        if user is None or not user.active:
            _hasher.hash(password)  # same work either way: no hint that the name exists
            raise wrong
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise wrong from None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        touch_login(user)
        signing_keys.unlock(ctx, s, user.username, password, user.role)
        current = CurrentUser(user.username, user.full_name or user.username, Role(user.role))
    ctx.user = current
    return current


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
            (UserInfo(u.username, u.full_name, u.position, Role(u.role), u.active) for u in rows),
            key=lambda u: sort_key(u.full_name or u.username),
        )


def count_users(ctx: AppContext) -> int:
    with ctx.read() as s:
        return len(s.execute(select(User.username).where(User.deleted.is_(False))).all())
