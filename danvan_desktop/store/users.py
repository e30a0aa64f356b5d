"""Local accounts: never synced, passwords stored only as argon2 hashes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.store.base import Base, Record


class User(Record):
    __tablename__ = "user_account"
    __synced__ = False
    __label__ = "Tài khoản"
    __unaudited__ = ("password_hash", "last_login", "failed_logins", "last_failed_at")

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Wrong passwords in a row (reset by a right one): slows, then locks guessing.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Locked after too many wrong passwords, until an administrator unlocks it.
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


def find_user(session: Session, username: str) -> User | None:
    return session.execute(
        select(User).where(User.username == username, User.deleted.is_(False))
    ).scalar_one_or_none()


def touch_login(user: User) -> None:
    user.last_login = utcnow()


class DataKeyWrap(Base):
    """This install's data key (the key of the confidential columns, `store.sealed`), wrapped
    once per account under a key derived from its password, as the signing key is."""

    __tablename__ = "data_key_wrap"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    kdf: Mapped[str] = mapped_column(String(64))
    salt: Mapped[str] = mapped_column(String(64))  # base64
    wrapped: Mapped[str] = mapped_column(Text)  # base64(nonce ‖ AES-GCM(derived, data key))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
