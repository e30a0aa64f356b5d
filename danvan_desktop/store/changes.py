"""Which record types a piece of work changed, so the screens showing them can reload.

A `before_flush` listener notes the entity name of every Record added, changed or deleted in
`session.info`; on commit the names go to every `collect()` open in the same thread (a rolled
back transaction changed nothing). The UI's operation helper opens `collect()` around each
service call and broadcasts what it gathered.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from danvan_desktop.store.base import Record, entity_name

_KEY = "changed_entities"
_collectors: ContextVar[tuple[set[str], ...]] = ContextVar("change_collectors", default=())


@event.listens_for(Session, "before_flush")
def _note_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    names: set[str] = session.info.setdefault(_KEY, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Record):
            names.add(entity_name(type(obj)))


@event.listens_for(Session, "after_commit")
def _hand_over(session: Session) -> None:
    names = session.info.pop(_KEY, None)
    if names:
        for target in _collectors.get():
            target.update(names)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)


@contextmanager
def collect() -> Iterator[set[str]]:
    """Gather the entity names committed inside the block (in this thread) into a set."""
    changed: set[str] = set()
    token = _collectors.set((*_collectors.get(), changed))
    try:
        yield changed
    finally:
        _collectors.reset(token)
