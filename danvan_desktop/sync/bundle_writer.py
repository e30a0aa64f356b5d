"""Write a signed `.dvk` bundle (DESIGN §3), streaming: records go out as they come.

A bundle is a zip holding exactly `payload/<entity>.jsonl` (one JSON object per line, UTF-8,
sorted keys, compact), `manifest.json` (the manifest's canonical bytes) and `signature` (the raw
64-byte Ed25519 signature of exactly those bytes). Zip timestamps are fixed (1980-01-01): the
same manifest, records and key give byte-identical bundles (Ed25519 is deterministic).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from danvan_desktop.sync import _fileio
from danvan_desktop.sync.bundle_limits import _CHUNK, Limits
from danvan_desktop.sync.bundle_manifest import (
    _ENTITY_RE,
    _SHA256_RE,
    BUNDLE_SUFFIX,
    FORMAT_VERSION,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    attachment_name,
    bundle_file_name,
    payload_name,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.keys import sign


class BundleWriter:
    """Stream records into a signed bundle; the file appears under its final name only when
    complete (temp file + os.replace), and nothing is left on an exception or `cancel()`.

        with BundleWriter(out_dir, Manifest.new(...), key, period="2026") as writer:
            writer.add_records("models", rows)        # any iterable, consumed lazily
        writer.path, writer.bundle_sha256, writer.manifest
    """

    def __init__(
        self,
        out_dir: Path,
        manifest_base: Manifest,
        private_key: Ed25519PrivateKey,
        *,
        period: str,
        compresslevel: int = 6,
        limits: Limits = Limits(),  # noqa: B008 (frozen, shared safely)
    ) -> None:
        if (
            manifest_base.counts
            or manifest_base.files
            or manifest_base.attachments
            or manifest_base.withheld
        ):
            raise ValueError("manifest_base must not carry counts/files: the writer fills them")
        if manifest_base.format_version != FORMAT_VERSION:
            raise ValueError("a new bundle is always written in the current FORMAT_VERSION")
        manifest_base.validate()
        self.out_dir = Path(out_dir)
        self.file_name = bundle_file_name(
            manifest_base.sender_unit, period, manifest_base.seq, manifest_base.bundle_id
        )
        self._base = manifest_base
        self._key = private_key
        self._compresslevel = compresslevel
        self._limits = limits
        self._counts: dict[str, int] = {}
        self._files: dict[str, str] = {}
        self._attachments: dict[str, int] = {}
        self._withheld: dict[str, str] = {}
        self._total = 0
        self._stack: contextlib.ExitStack | None = None
        self._zip: zipfile.ZipFile | None = None
        self._fh: BinaryIO | None = None
        self._tmp: Path | None = None
        self._state = "new"  # new -> open -> done | cancelled
        self.path: Path | None = None
        self.bundle_sha256: str | None = None
        self.manifest: Manifest | None = None

    # context manager -------------------------------------------------------
    def __enter__(self) -> BundleWriter:
        self.open()
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.cancel()
        elif self._state == "open":
            self.finish()

    def open(self) -> None:
        if self._state != "new":
            raise RuntimeError("BundleWriter can be opened once")
        final = self.out_dir / self.file_name
        if final.exists():
            raise FileExistsError(f"Tệp gói dữ liệu đã tồn tại: {final}")
        self._stack = contextlib.ExitStack()
        self._fh, self._tmp = self._stack.enter_context(
            _fileio.temp_file(self.out_dir, suffix=BUNDLE_SUFFIX + ".part")
        )
        self._zip = zipfile.ZipFile(
            self._fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=self._compresslevel
        )
        self._state = "open"

    # writing ---------------------------------------------------------------
    def add_records(self, entity: str, records: Iterable[dict[str, Any]]) -> int:
        """Write `records` as `payload/<entity>.jsonl`; returns how many. Once per entity."""
        if self._state != "open" or self._zip is None:
            raise RuntimeError("BundleWriter is not open")
        if not _ENTITY_RE.fullmatch(entity):
            raise ValueError(f"entity name must match {_ENTITY_RE.pattern}: {entity!r}")
        if entity in self._counts:
            raise ValueError(f"entity {entity!r} already written to this bundle")
        encode = json.JSONEncoder(
            ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode
        hasher = hashlib.sha256()
        count = 0
        size = 0
        limit = self._limits.max_total_uncompressed - self._total
        batch: list[str] = []
        # Lines go out in batches of ~1000: one hash update and one zlib call per batch.
        with self._zip.open(payload_name(entity), "w", force_zip64=True) as dst:
            for record in records:
                batch.append(encode(record))
                if len(batch) >= 1000:
                    size += self._flush(batch, hasher, dst, limit - size)
                    count += len(batch)
                    batch.clear()
            if batch:
                size += self._flush(batch, hasher, dst, limit - size)
                count += len(batch)
        self._total += size
        self._counts[entity] = count
        self._files[payload_name(entity)] = hasher.hexdigest()
        return count

    def _flush(self, batch: list[str], hasher: Any, dst: IO[bytes], room: int) -> int:
        data = ("\n".join(batch) + "\n").encode("utf-8")
        if len(data) > room:
            raise BundleError(
                "too_large",
                f"dữ liệu vượt {self._limits.max_total_uncompressed // (1 << 20)} MiB; "
                "hãy xuất thành nhiều gói nhỏ hơn",
            )
        hasher.update(data)
        dst.write(data)
        return len(data)

    def add_file(self, sha256: str, source: Path) -> int:
        """Write the file at `source` as `files/<sha256>`, once; returns its size. The bytes are
        hashed while they are written: a file that is not what its hash says (a damaged store)
        stops the export rather than travel under a false name."""
        if self._state != "open" or self._zip is None:
            raise RuntimeError("BundleWriter is not open")
        if not _SHA256_RE.fullmatch(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        if sha256 in self._attachments:
            return self._attachments[sha256]
        hasher = hashlib.sha256()
        size = 0
        room = self._limits.max_total_uncompressed - self._total
        with (
            open(source, "rb") as src,
            self._zip.open(attachment_name(sha256), "w", force_zip64=True) as dst,
        ):
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > room:
                    raise BundleError("too_large", "tệp minh chứng làm gói vượt giới hạn")
                hasher.update(chunk)
                dst.write(chunk)
        if hasher.hexdigest() != sha256:
            raise BundleError(
                "hash_mismatch", f"tệp minh chứng {sha256[:12]}… trong kho không đúng mã băm"
            )
        self._total += size
        self._attachments[sha256] = size
        return size

    def withhold(self, sha256: str, why: str) -> None:
        """Declare a cited file that does not travel in this bundle ("name: reason")."""
        if not _SHA256_RE.fullmatch(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        clean = "".join(ch if ch.isprintable() else " " for ch in why).strip()
        self._withheld[sha256] = clean[:300] or "không rõ lý do"

    def finish(self) -> Path:
        """Sign, close and move the bundle into place; returns its final path."""
        if self._state != "open" or self._zip is None or self._stack is None:
            raise RuntimeError("BundleWriter is not open")
        try:
            manifest = dataclasses.replace(
                self._base,
                counts=dict(sorted(self._counts.items())),
                files=dict(sorted(self._files.items())),
                attachments=dict(sorted(self._attachments.items())),
                withheld=dict(sorted(self._withheld.items())),
            )
            manifest.validate()
            body = manifest.canonical_bytes()
            self._zip.writestr(
                zipfile.ZipInfo(MANIFEST_NAME), body, compress_type=zipfile.ZIP_DEFLATED
            )
            self._zip.writestr(
                zipfile.ZipInfo(SIGNATURE_NAME),
                sign(self._key, body),
                compress_type=zipfile.ZIP_STORED,
            )
            self._zip.close()
            assert self._fh is not None and self._tmp is not None
            self._fh.flush()
            self._fh.seek(0)
            digest = hashlib.sha256()
            while chunk := self._fh.read(_CHUNK):
                digest.update(chunk)
            final = self.out_dir / self.file_name
            if final.exists():
                raise FileExistsError(f"Tệp gói dữ liệu đã tồn tại: {final}")
            _fileio.commit(self._fh, self._tmp, final)
        except BaseException:
            self.cancel()
            raise
        self._stack.close()
        self._state = "done"
        self.manifest = manifest
        self.path = final
        self.bundle_sha256 = digest.hexdigest()
        return final

    def cancel(self) -> None:
        """Drop the bundle: the temp file is deleted, no final file appears."""
        if self._state != "open":
            return
        self._state = "cancelled"
        zf, self._zip = self._zip, None
        if zf is not None:
            with contextlib.suppress(Exception):  # the file is going away anyway
                zf.close()
        if self._stack is not None:
            self._stack.close()
