"""Which evidence files went to which recipient in which bundle (local bookkeeping, never
synced): an incremental data bundle leaves out the files an acknowledged bundle carried."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from danvan_desktop.store.base import Base
from danvan_desktop.store.sync_state import ExportLog


class SentFile(Base):
    __tablename__ = "sync_sent_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recipient_unit: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)

    __table_args__ = (Index("ix_sync_sent_file_recipient", "recipient_unit", "sha256"),)


def acknowledged_files(session: Session, recipient: str) -> set[str]:
    """Hashes of the files a bundle to `recipient` carried and the recipient acknowledged."""
    stmt = (
        select(SentFile.sha256)
        .join(ExportLog, ExportLog.bundle_id == SentFile.bundle_id)
        .where(SentFile.recipient_unit == recipient, ExportLog.acked_at.is_not(None))
    )
    return set(session.execute(stmt).scalars())
