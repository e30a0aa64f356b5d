"""Evidence files in bundles (issue 10): the photos and minutes behind a claim travel with the
records that cite them, content-addressed, each once, within the province's size limits.

    FileLimits / file_limits(session, unit_code)   the nearest upper unit's `limits`
                                   ReferenceDocument (it travels down), else the defaults
    add_evidence_files(writer, session, files_dir, *, owners, recipient, full, limits)
        -> FilesSent               what an export adds as `files/<sha256>` and what it skipped
    stage_attachments(bundle, files_dir) -> list[(temp, final)]   import: hash-checked copies
    commit_staged(staged) / drop_staged(staged)    after the commit / on refusal or preview

A file is cited by an `evidence` row (sha256) or by a criterion score's evidence list
({"kind": "file", "sha256": ...}). The entry name is only ever `files/<hash>` and the signed
manifest lists hash and size: on import the bytes are hashed and must give that hash before
they are written under it, so an entry name is never trusted as a path.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.services.evidence import LIMITS_KIND, FileLimits, stored_path
from danvan_desktop.store.dvk_models import Evidence
from danvan_desktop.store.scoring import ScoringCriterionScore
from danvan_desktop.store.sync_files import acknowledged_files
from danvan_desktop.store.upper_level import ReferenceDocument
from danvan_desktop.sync.bundle_limits import Limits
from danvan_desktop.sync.bundle_manifest import _SHA256_RE
from danvan_desktop.sync.bundle_reader import VerifiedBundle
from danvan_desktop.sync.bundle_writer import BundleWriter
from danvan_desktop.sync.errors import BundleError

#: entries a reader accepts, less room for the payload files, manifest and signature
MAX_FILES_PER_BUNDLE = Limits().max_entries - 100
_MISSING = "tệp không còn trong kho minh chứng"


def file_limits(session: Session, chain: list[str]) -> FileLimits:
    """The limits set by the nearest unit of `chain` (this unit, then its upper levels)."""
    rows = session.execute(
        select(ReferenceDocument.unit_code, ReferenceDocument.content).where(
            ReferenceDocument.kind == LIMITS_KIND,
            ReferenceDocument.deleted.is_(False),
            ReferenceDocument.unit_code.in_(chain),
        )
    ).all()
    by_unit = {unit: content for unit, content in rows}
    for unit in chain:
        if unit in by_unit and (found := FileLimits.from_json(by_unit[unit])) is not None:
            return found
    return FileLimits()


@dataclass
class FilesSent:
    sent: dict[str, int] = field(default_factory=dict)  # sha256 → bytes
    #: (file name, sha256, reason) of every cited file that did not go
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    already_acknowledged: int = 0


def _mb(n: int) -> str:
    """Vietnamese size: "78 KB", "20,5 MB"."""
    if n < 1 << 20:
        return f"{n // 1024} KB"
    return f"{n / (1 << 20):.1f}".replace(".", ",").removesuffix(",0") + " MB"


def cited_files(session: Session, owners: set[str]) -> dict[str, str]:
    """sha256 → a file name, for every file the live records of `owners` cite.

    Every citing record, not only those in this bundle: a file skipped for the bundle limit
    (or while it was over the file limit) goes with a later bundle although its record
    already went; the acknowledged files are what keeps each file to once."""
    out: dict[str, str] = {}
    ev = Evidence.__table__
    stmt = select(ev.c.sha256, ev.c.file_name, ev.c.unit_code).where(ev.c.deleted.is_(False))
    for sha, name, unit in session.execute(stmt):
        if unit in owners and isinstance(sha, str) and _SHA256_RE.fullmatch(sha):
            out.setdefault(sha, name or sha)
    sc = ScoringCriterionScore.__table__
    cites = select(sc.c.evidence, sc.c.unit_code).where(
        sc.c.deleted.is_(False), sc.c.evidence != "[]"
    )
    for text, unit in session.execute(cites):
        if unit not in owners:
            continue
        for item in _evidence_items(text):
            sha = item.get("sha256")
            if item.get("kind") == "file" and isinstance(sha, str) and _SHA256_RE.fullmatch(sha):
                out.setdefault(sha, str(item.get("name") or sha))
    return out


def _evidence_items(text: str) -> list[dict[str, Any]]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def add_evidence_files(
    writer: BundleWriter,
    session: Session,
    files_dir: Path,
    *,
    owners: set[str],
    recipient: str,
    full: bool,
    limits: FileLimits,
) -> FilesSent:
    """Add the cited files to the bundle, each once; a full bundle sends all, an incremental
    one leaves out what the recipient acknowledged. Files over a limit are skipped (their
    records still travel) and listed with the reason."""
    result = FilesSent()
    cited = cited_files(session, owners)
    if not cited:
        return result
    done = set() if full else acknowledged_files(session, recipient)
    total = 0
    for sha, name in sorted(cited.items()):
        if sha in done:
            result.already_acknowledged += 1
            continue
        path = stored_path(files_dir, sha)
        try:
            size = path.stat().st_size
        except OSError:
            result.skipped.append((name, sha, _MISSING))
            continue
        if size > limits.max_file_bytes:
            reason = f"tệp nặng {_mb(size)}, vượt giới hạn {_mb(limits.max_file_bytes)} mỗi tệp"
            result.skipped.append((name, sha, reason))
        elif total + size > limits.max_bundle_bytes:
            reason = f"gói đã đủ {_mb(limits.max_bundle_bytes)}; tệp sẽ đi ở gói sau"
            result.skipped.append((name, sha, reason))
        elif len(result.sent) >= MAX_FILES_PER_BUNDLE:
            result.skipped.append((name, sha, "gói đã đủ số tệp; tệp sẽ đi ở gói sau"))
        else:
            result.sent[sha] = writer.add_file(sha, path)
            total += result.sent[sha]
    for name, sha, reason in result.skipped:  # the recipient is told which stayed home
        writer.withhold(sha, f"{name}: {reason}")
    return result


def stage_attachments(bundle: VerifiedBundle, files_dir: Path) -> list[tuple[Path, Path]]:
    """Copy every file the bundle carries into a temp file of the store, hash-checked against
    its (signed) name; returns (temp, final) pairs for `commit_staged`. A file already stored
    is still checked (a tampered entry refuses the bundle) but not staged again. On any fault
    the temps are gone and the BundleError says which file."""
    staged: list[tuple[Path, Path]] = []
    try:
        for sha in sorted(bundle.attachments):
            final = stored_path(files_dir, sha)
            keep = not final.exists()
            out = None
            tmp: Path | None = None
            if keep:
                files_dir.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(prefix=".incoming-", dir=files_dir)
                tmp = Path(name)
                staged.append((tmp, final))
                out = os.fdopen(fd, "wb")
            hasher = hashlib.sha256()
            with out if out is not None else contextlib.nullcontext():
                for chunk in bundle.attachment_chunks(sha):
                    hasher.update(chunk)
                    if out is not None:
                        out.write(chunk)
                if out is not None:
                    out.flush()
                    os.fsync(out.fileno())
            if hasher.hexdigest() != sha:
                raise BundleError("hash_mismatch", f"mã băm của files/{sha} không khớp với bản kê")
    except BaseException:
        drop_staged(staged)
        raise
    return staged


def withheld_warnings(bundle: VerifiedBundle, shown: int = 10) -> list[str]:
    """Lines for the import report: the files the sender's records cite but did not send."""
    held = bundle.manifest.withheld
    if not held:
        return []
    lines = [f"{len(held)} tệp minh chứng nơi gửi chưa gửi kèm (hồ sơ vẫn được nhập):"]
    # Files held back by a limit first: those the appraiser may ask for; lost ones after.
    order = sorted(held.values(), key=lambda why: (why.endswith(_MISSING), why))
    lines += [f"  {why}" for why in order[:shown]]
    if len(held) > shown:
        lines.append(f"  … và {len(held) - shown} tệp khác.")
    return lines


def commit_staged(staged: list[tuple[Path, Path]]) -> None:
    """Move hash-checked temps to their names in the store (rename: all or nothing per file)."""
    for tmp, final in staged:
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            tmp.unlink(missing_ok=True)
        else:
            os.replace(tmp, final)


def drop_staged(staged: list[tuple[Path, Path]]) -> None:
    for tmp, _final in staged:
        tmp.unlink(missing_ok=True)
