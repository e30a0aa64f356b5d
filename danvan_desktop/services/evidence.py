"""Managed store of evidence files beside the database, named by content hash.

Files are copied in (never linked), so pulling out the USB stick they came from loses nothing,
and the same photo attached twice is stored once.

Evidence files also travel in data bundles (sync.evidence_files): the province stores a
commune's files here under their hashes, and its screens open them with `evidence_file`. The
size limits a commune applies to what it sends are the province's, set with `set_file_limits`
(a `limits` reference document, which travels down in the reference bundle).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.upper_level import ReferenceDocument

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024
LIMITS_KIND = "limits"
DEFAULT_MAX_FILE_BYTES = 20 << 20
DEFAULT_MAX_BUNDLE_BYTES = 200 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class FileLimits:
    """What a commune may send per evidence file and per bundle (bytes)."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_bundle_bytes: int = DEFAULT_MAX_BUNDLE_BYTES

    def to_json(self) -> str:
        return json.dumps(
            {"max_bundle_bytes": self.max_bundle_bytes, "max_file_bytes": self.max_file_bytes},
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> FileLimits | None:
        """None for anything that is not two positive integers (the defaults then apply)."""
        try:
            data = json.loads(text)
            per_file, per_bundle = data["max_file_bytes"], data["max_bundle_bytes"]
        except (ValueError, TypeError, KeyError):
            return None
        if not all(type(v) is int and v > 0 for v in (per_file, per_bundle)):
            return None
        return cls(per_file, per_bundle)


def stored_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def store_file(files_dir: Path, source: Path) -> tuple[str, int]:
    """Copy `source` into the store (temp file, fsync, rename); return (sha256, size)."""
    source = Path(source)
    if not source.is_file():
        raise RuleViolation(f'Không tìm thấy tệp "{source}".', "file")
    size = source.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise RuleViolation(
            f'Tệp "{source.name}" quá lớn ({size // (1024 * 1024)} MB); tối đa '
            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB.",
            "file",
        )
    files_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=files_dir)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            for chunk in iter(lambda: src.read(1024 * 1024), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = stored_path(files_dir, sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, final)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise RuleViolation(
            f"Không sao chép được tệp minh chứng: {exc.strerror or exc}.", "file"
        ) from exc
    return sha, size


def export_file(files_dir: Path, sha256: str, target: Path) -> Path:
    src = stored_path(files_dir, sha256)
    if not src.exists():
        raise RuleViolation("Tệp minh chứng không còn trong kho lưu trữ.")
    shutil.copyfile(src, target)
    return target


def evidence_file(ctx: AppContext, sha256: str) -> Path | None:
    """The stored file of that hash, for a screen to open beside the criterion that cites it;
    None when it is not here (not sent yet: over the province's limit, or its bundle not yet
    imported). Only a well-formed hash is looked up: never a path from a record."""
    if not _SHA256.fullmatch(sha256):
        return None
    path = stored_path(ctx.files_dir, sha256)
    return path if path.is_file() else None


def set_file_limits(ctx: AppContext, *, max_file_mb: float, max_bundle_mb: float) -> FileLimits:
    """The province sets what its communes may send (a `limits` reference document owned by
    this unit; it goes down with the next reference bundle)."""
    ctx.require(Permission.EDIT)
    if not 0 < max_file_mb <= max_bundle_mb:
        raise RuleViolation(
            "Giới hạn mỗi tệp phải lớn hơn 0 và không vượt giới hạn cả gói.", "max_file_mb"
        )
    if max_bundle_mb > 1024:
        raise RuleViolation("Giới hạn cả gói tối đa 1024 MB.", "max_bundle_mb")
    limits = FileLimits(int(max_file_mb * (1 << 20)), int(max_bundle_mb * (1 << 20)))
    content = limits.to_json()
    with ctx.session() as s:
        row = s.execute(
            select(ReferenceDocument).where(
                ReferenceDocument.unit_code == ctx.unit_code,
                ReferenceDocument.kind == LIMITS_KIND,
            )
        ).scalar_one_or_none()
        if row is None:
            row = ReferenceDocument(kind=LIMITS_KIND, unit_code=ctx.unit_code)
            s.add(row)
        row.content, row.deleted = content, False
        row.sha256 = hashlib.sha256(content.encode("utf-8")).hexdigest()
        row.version = row.sha256[:12]
        row.title = "Giới hạn dung lượng tệp minh chứng gửi lên"
    return limits
