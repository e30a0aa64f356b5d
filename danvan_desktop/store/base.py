"""The record base every user-created record shares (DESIGN §2), and the audit hook.

Each synced record has a UUIDv7 id, the owning unit's code, UTC created/updated times, a
revision counter, a tombstone instead of a hard delete and `change_seq`, a local counter
that rises with every change so an incremental bundle can take "everything since seq N".
Entities register themselves in SYNCED by subclassing Record, so the sync framework finds
them without new code per area.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, cast

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.ids import uuid7

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def table_of(model: type[Base]) -> Table:
    """The Table a model class is mapped to."""
    # SQLAlchemy types __table__ as FromClause (a class may be mapped to a join or a select);
    # every model here declares __tablename__, so it is a Table.
    return cast(Table, model.__table__)


#: entity name -> Record subclass, in registration (dependency) order.
SYNCED: dict[str, type[Record]] = {}


#: `Index(..., info=COMMUNE_ONLY)`: an index only a commune's own screens use; an upper level's
#: database drops it (store.level_indexes). Never mutated.
COMMUNE_ONLY: dict[str, bool] = {"commune_only": True}


class Record(Base):
    """Abstract base of every record users create; subclasses are synced entities."""

    __abstract__ = True
    #: name of the entity in bundles (payload/<entity>.jsonl); defaults to the table name.
    __entity__: ClassVar[str | None] = None
    #: columns that never leave this install (denouncers' identities, citizens' ID numbers).
    __confidential__: ClassVar[tuple[str, ...]] = ()
    #: columns excluded from the audit log's old→new (derived values such as folded search keys).
    __unaudited__: ClassVar[tuple[str, ...]] = ()
    #: False for records that never travel (kept local).
    __synced__: ClassVar[bool] = True
    #: Vietnamese name of the entity, for the audit log and previews.
    __label__: ClassVar[str] = ""
    #: for an upper-level record (UPPER): the column naming the unit below it is about; such a
    #: record goes down only in that unit's rollup. None: it goes to every unit below (reference
    #: data: deadlines, documents, rubrics).
    __for_unit__: ClassVar[str | None] = None
    #: who may author it when it travels (domain.authority: OWNER, UPPER, BOTH); every synced
    #: subclass declares it, sync.authority refuses bundles breaking it.
    __authority__: ClassVar[str | None] = None
    #: column -> the record it hangs under (an entity name, "@column" or domain.authority
    #: UNIT_CODE): a sender may attach children only under parents of its own units.
    __parents__: ClassVar[dict[str, str]] = {}
    #: a local serial number column (never travels, unique, filled by a trigger when NULL: the
    #: petition's FTS rowid). A bulk import numbers the rows itself: the trigger's UPDATE per
    #: row (and the FTS delete and re-insert it sets off) cost a third of a province's import.
    __serial__: ClassVar[str | None] = None

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if cls.__dict__.get("__abstract__") or not cls.__dict__.get("__tablename__"):
            return
        if cls.__dict__.get("__synced__", True):
            SYNCED[cls.__dict__.get("__entity__") or cls.__tablename__] = cls


def entity_name(cls: type[Record]) -> str:
    return cls.__entity__ or cls.__tablename__


class Counter(Base):
    """Named local counters (change_seq, petition numbers per year, bundle seq per recipient)."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Key/value facts of this install: its unit, install id, last backup, public key…"""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """Who changed which record when, old → new; written in the same transaction."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(64), default="")
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, view, import
    changes: Mapped[str] = mapped_column(String, default="{}")  # JSON {field: [old, new]}
    #: Digest of the record's audited columns after the change (store.audit.state_digest).
    state_hash: Mapped[str | None] = mapped_column(String(64))
    #: The hash chain (store.audit): the previous row's hash, and sha256(prev + this row).
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    row_hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """The head of the audit log's hash chain (one row): its last id and hash (store.audit)."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    row_hash: Mapped[str] = mapped_column(String(64))


__all__ = [
    "AuditHead",
    "Base",
    "Record",
    "SYNCED",
    "Counter",
    "Setting",
    "AuditEntry",
    "entity_name",
    "func",
]
