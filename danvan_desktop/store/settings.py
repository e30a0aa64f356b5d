"""Read and write this install's key/value settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.store.base import Setting


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.execute(select(Setting).where(Setting.key == key)).scalar_one_or_none()
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
