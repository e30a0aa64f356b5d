"""Local accounts: never synced, passwords stored only as argon2 hashes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.store.base import Record


class User(Record):
    __tablename__ = "user_account"
    __synced__ = False
    __label__ = "Tài khoản"
    __unaudited__ = ("password_hash", "last_login")

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login: Mapped[dt.datetime | None] = mapped_column(DateTime)


def find_user(session: Session, username: str) -> User | None:
    return session.execute(
        select(User).where(User.username == username, User.deleted.is_(False))
    ).scalar_one_or_none()


def touch_login(user: User) -> None:
    user.last_login = utcnow()
