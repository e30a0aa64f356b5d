"""Managed store of evidence files beside the database, named by content hash.

Files are copied in (never linked), so pulling out the USB stick they came from loses nothing,
and the same photo attached twice is stored once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from danvan_desktop.domain.errors import RuleViolation

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024


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
