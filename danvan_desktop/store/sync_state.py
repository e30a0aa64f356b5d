"""Sync bookkeeping of this install: its signing key, the keys of units it trusts, the import
ledger, the export log (outgoing seq per recipient and what came back acknowledged) and the
register of same-unit conflicts. None of these tables travel (they are not Records).

Tables (all names start with `sync_`):
- `InstallKey`   this install's Ed25519 key: public key and the private key encrypted with a
                 random key-encryption key (KEK); `KeyWrap` holds that KEK wrapped per user
                 account with a key derived from the user's password (services.signing_keys).
- `PeerKey`      public keys of senders: (unit, install) → key, fingerprint, status
                 ("trusted" / "superseded"), how it became trusted (`source`) and who confirmed.
- `ImportLedger` one row per bundle applied (never for a refused one: a refused import leaves
                 the database as it was). `change_seq` is 0: imported rows are stamped 0 so
                 only local edits are exported again.
- `ExportLog`    one row per bundle written: recipient, seq, hash (the next bundle's
                 prev_bundle_hash), `change_seq_high` (the local change counter the bundle
                 covers) and, once its ack came back, `acked_at` / `acked_by_install`.
- `Conflict`     an incoming version of a record that could not be applied without losing a
                 change made here (DESIGN §2): both versions kept until a person resolves it.

Queries used by the upper level (completeness, rollups) read these tables directly; the
helpers below are the stable ones.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.store.base import Base

# PeerKey.status
TRUSTED = "trusted"
SUPERSEDED = "superseded"
# Conflict.status
OPEN = "open"
KEPT_LOCAL = "kept_local"
TOOK_INCOMING = "took_incoming"


class InstallKey(Base):
    __tablename__ = "sync_install_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(48))
    #: base64(nonce ‖ AES-GCM(KEK, raw 32-byte private key)); the KEK is never stored in clear.
    encrypted_private: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class KeyWrap(Base):
    __tablename__ = "sync_key_wrap"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    kdf: Mapped[str] = mapped_column(String(64))  # e.g. "scrypt:n=32768,r=8,p=1"
    salt: Mapped[str] = mapped_column(String(64))  # base64
    wrapped: Mapped[str] = mapped_column(Text)  # base64(nonce ‖ AES-GCM(derived, KEK))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PeerKey(Base):
    __tablename__ = "sync_peer_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_code: Mapped[str] = mapped_column(String(32))
    install_id: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(48))
    status: Mapped[str] = mapped_column(String(16), default=TRUSTED)
    #: key_file, first_contact, trust_new, reference:<unit>, key_change
    source: Mapped[str] = mapped_column(String(64), default="")
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_sync_peer_key_sender", "unit_code", "install_id", "status"),)


class ImportLedger(Base):
    __tablename__ = "sync_import"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    sender_unit: Mapped[str] = mapped_column(String(32))
    sender_install: Mapped[str] = mapped_column(String(64))
    recipient_unit: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    since_seq: Mapped[int | None] = mapped_column(Integer)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    prev_bundle_hash: Mapped[str | None] = mapped_column(String(64))
    schema_revision: Mapped[str] = mapped_column(String(64), default="")
    rubric_version: Mapped[str | None] = mapped_column(String(128))
    #: the manifest's created_at (when the sender wrote the bundle), naive UTC
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    imported_by: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    #: the period label of the file name (`<unit>_<period>_<seq>_<id>.dvk`): not signed
    period: Mapped[str] = mapped_column(String(64), default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")  # manifest counts, JSON
    summary: Mapped[str] = mapped_column(Text, default="{}")  # {entity: {new, updated, …}}
    n_new: Mapped[int] = mapped_column(Integer, default=0)
    n_updated: Mapped[int] = mapped_column(Integer, default=0)
    n_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    n_conflicts: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of Vietnamese lines
    missing_seqs: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ints
    ack_bundle_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_sync_import_stream", "sender_unit", "sender_install", "seq"),)


class ExportLog(Base):
    __tablename__ = "sync_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    recipient_unit: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    since_seq: Mapped[int | None] = mapped_column(Integer)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    prev_bundle_hash: Mapped[str | None] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255), default="")
    period: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    #: the local change counter covered: an incremental bundle after this one's ack carries
    #: only records with change_seq above it
    change_seq_high: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[str] = mapped_column(Text, default="{}")
    acked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ack_bundle_id: Mapped[str | None] = mapped_column(String(36))
    acked_by_install: Mapped[str | None] = mapped_column(String(64))
    ack_result: Mapped[str | None] = mapped_column(Text)  # JSON as the receiver reported it

    __table_args__ = (UniqueConstraint("recipient_unit", "seq", name="uq_sync_export_stream"),)


class Conflict(Base):
    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    unit_code: Mapped[str] = mapped_column(String(32))  # the record's owner
    bundle_id: Mapped[str] = mapped_column(String(36))
    sender_unit: Mapped[str] = mapped_column(String(32))
    sender_install: Mapped[str] = mapped_column(String(64))
    local_revision: Mapped[int] = mapped_column(Integer)
    incoming_revision: Mapped[int] = mapped_column(Integer)
    local_updated_by: Mapped[str] = mapped_column(String(64), default="")
    incoming_updated_by: Mapped[str] = mapped_column(String(64), default="")
    local: Mapped[str] = mapped_column(Text)  # JSON, travelling columns as in a bundle
    incoming: Mapped[str] = mapped_column(Text)  # JSON, as received (confidential dropped)
    fields: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of differing columns
    reason: Mapped[str] = mapped_column(Text, default="")  # Vietnamese
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default=OPEN, index=True)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_sync_conflict_record", "entity", "record_id"),)


# --------------------------------------------------------------------------- helpers


def trusted_peer(session: Session, unit_code: str, install_id: str) -> PeerKey | None:
    return (
        session.execute(
            select(PeerKey).where(
                PeerKey.unit_code == unit_code,
                PeerKey.install_id == install_id,
                PeerKey.status == TRUSTED,
            )
        )
        .scalars()
        .first()
    )


def last_imported_seq(session: Session, sender_unit: str, sender_install: str) -> int:
    """Highest seq imported from that sender install (0 if none)."""
    return session.execute(
        select(func.coalesce(func.max(ImportLedger.seq), 0)).where(
            ImportLedger.sender_unit == sender_unit, ImportLedger.sender_install == sender_install
        )
    ).scalar_one()


def last_export(session: Session, recipient_unit: str) -> ExportLog | None:
    """The newest bundle written to that recipient (its seq and hash continue the chain)."""
    return session.execute(
        select(ExportLog)
        .where(ExportLog.recipient_unit == recipient_unit)
        .order_by(ExportLog.seq.desc())
        .limit(1)
    ).scalar_one_or_none()


def last_acked_export(
    session: Session, recipient_unit: str, kind: str = "data"
) -> ExportLog | None:
    return session.execute(
        select(ExportLog)
        .where(
            ExportLog.recipient_unit == recipient_unit,
            ExportLog.kind == kind,
            ExportLog.acked_at.is_not(None),
        )
        .order_by(ExportLog.seq.desc())
        .limit(1)
    ).scalar_one_or_none()


def open_conflicts(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(Conflict).where(Conflict.status == OPEN)
    ).scalar_one()
