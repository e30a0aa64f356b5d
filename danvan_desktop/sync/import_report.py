"""What an import produces and carries along: the report a person reads, the run handlers see,
the options of a batch and the registry of payload handlers (entities that are not tables).

    BundleReport / EntityCounts / Rejection / ConflictNote / KeyNotice   what a person reads
    ImportRun                     what payload handlers see while a bundle is applied
    register_payload_handler(entity, handler, kinds)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import Progress
from danvan_desktop.services.context import AppContext
from danvan_desktop.sync import authority
from danvan_desktop.sync import reasons as _reasons  # noqa: F401 (codes of the import stage)
from danvan_desktop.sync.bundle_format import (
    Manifest,
    VerifiedBundle,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.exporter import ExportResult

BATCH = 1000
log = logging.getLogger("danvan.sync")
SAMPLES = 200  # rejections / conflicts listed in a report
#: tests only: a file path; the import creates it once rows are written, then sleeps (to be killed)
PAUSE_ENV = "DANVAN_IMPORT_PAUSE_FILE"

PayloadHandler = Callable[["ImportRun", str, Iterator[dict[str, Any]]], int]
HANDLERS: dict[str, tuple[PayloadHandler, frozenset[str]]] = {}


def register_payload_handler(entity: str, handler: PayloadHandler, kinds: Iterable[str]) -> None:
    """Handle payload files that are not SYNCED tables for the given bundle kinds.

    `handler(run, entity, records)` consumes the records (it must iterate them all: the hash
    and count are checked at the end), writes through `run.session` and returns how many it
    applied; `run.warn(text)` adds a line to the report, raising BundleError refuses the bundle.
    """
    HANDLERS[entity] = (handler, frozenset(kinds))


# --------------------------------------------------------------------------- report


@dataclass
class EntityCounts:
    manifest: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    rejected: int = 0

    @property
    def seen(self) -> int:
        return (
            self.new + self.updated + self.unchanged + self.stale + self.conflicts + self.rejected
        )


@dataclass(frozen=True)
class Rejection:
    entity: str
    record_id: str
    code: str
    reason: str  # Vietnamese, with the detail


@dataclass(frozen=True)
class ConflictNote:
    entity: str
    record_id: str
    local_revision: int
    incoming_revision: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class KeyNotice:
    """A sender key a person must confirm (first contact) or a changed key."""

    unit_code: str
    install_id: str
    fingerprint: str
    previous_fingerprint: str | None
    unit_name: str
    #: the unit already has a trusted key (another install): --trust-new does not apply
    unit_has_key: bool = False


@dataclass
class BundleReport:
    source: Path
    status: str = "refused"  # applied, preview, already_imported, refused
    code: str | None = None
    message: str = ""
    manifest: Manifest | None = None
    period: str = ""
    entities: dict[str, EntityCounts] = field(default_factory=dict)
    extras: dict[str, int] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: the first missing seqs (at most SAMPLES); missing_count says how many in all
    missing_seqs: list[int] = field(default_factory=list)
    missing_count: int = 0
    key_notice: KeyNotice | None = None
    ack: ExportResult | None = None
    backup: Path | None = None
    seconds: float = 0.0
    #: evidence files the bundle carried, hash-checked (stored unless already there)
    files: int = 0

    @property
    def ok(self) -> bool:
        return self.status in ("applied", "preview", "already_imported")

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.entities.values())

    def summary(self) -> str:
        """One Vietnamese line for the CLI and the ledger view."""
        if self.status in ("refused", "already_imported"):
            return self.message
        head = "Xem trước" if self.status == "preview" else "Đã nhập"
        if self.manifest is not None and self.manifest.kind == "ack":
            return f"{head} gói xác nhận: {self.extras.get('acks', 0)} gói đã gửi được ghi nhận"
        parts = [
            f"mới {self.total('new')}",
            f"cập nhật {self.total('updated')}",
            f"không đổi {self.total('unchanged')}",
        ]
        if self.total("stale"):
            parts.append(f"cũ hơn (bỏ qua) {self.total('stale')}")
        parts.append(f"xung đột {self.total('conflicts')}")
        if self.files:
            parts.append(f"tệp minh chứng {self.files}")
        return f"{head}: " + ", ".join(parts)


# --------------------------------------------------------------------------- the run


class Refuse(Exception):
    def __init__(self, error: BundleError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class ImportRun:
    """What handlers see while a bundle is applied."""

    ctx: AppContext
    session: Session
    bundle: VerifiedBundle
    report: BundleReport
    me_unit: str
    me_install: str
    owners: set[str]
    acked_watermark: int
    dry_run: bool
    auth: authority.BundleAuthority | None = None
    import_stamp: int = 0
    line_offset: dict[str, int] = field(default_factory=dict)

    @property
    def manifest(self) -> Manifest:
        return self.bundle.manifest

    def warn(self, text: str) -> None:
        self.report.warnings.append(text)


@dataclass
class ImportOptions:
    dry_run: bool
    trust_new: bool
    accept_keys: frozenset[str]
    ack_dir: Path | None
    staging_dir: Path
    progress: Progress | None
    known_revisions: frozenset[str]
    position: tuple[int, int]
