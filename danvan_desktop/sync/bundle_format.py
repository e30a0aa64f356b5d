"""The `.dvk` sync bundle on disk: its manifest, a streaming writer and a hardened reader.

A bundle is a zip (DESIGN §3) holding exactly:
- `payload/<entity>.jsonl`: one JSON object per line (UTF-8, sorted keys, compact);
- `manifest.json`: the manifest's canonical bytes (sorted-key compact JSON, UTF-8);
- `signature`: the raw 64-byte Ed25519 signature of exactly those manifest bytes.

The file name is `<unit-code>_<period>_<seq:06d>_<last 8 hex of bundle id>.dvk`; it is only a
label for people (it is not signed: trust the manifest, never the name).

A bundle's own hash (`bundle_sha256`, used as the next bundle's `prev_bundle_hash`) is the
SHA-256 of the whole `.dvk` file. Zip timestamps are fixed (1980-01-01): the same manifest,
records and key give byte-identical bundles, since Ed25519 signatures are deterministic.

Reading never trusts the zip's headers: structure, names, declared sizes and ratios are checked
before anything is decompressed, sizes are enforced again while streaming, and records are
parsed line by line (memory stays flat in the number of records). This module does not
interpret records; `check_record_shape` only checks the keys every record carries (DESIGN §2).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import stat
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.sync import _fileio
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.keys import SIGNATURE_LEN, sign, verify

FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".dvk"
KINDS = ("data", "rollup", "ack", "reference")
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature"
BASE_RECORD_KEYS = ("id", "unit_code", "revision", "deleted", "created_at", "updated_at")

TrustedKeys = Callable[[str, str], "bytes | None"]

_CHUNK = 1 << 20
_ENTITY_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_PAYLOAD_RE = re.compile(r"payload/([a-z][a-z0-9_]{0,63})\.jsonl")
# Unit codes, install ids and periods also build the file name, where "_" separates parts.
_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,63}")
_REVISION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_DRIVE_RE = re.compile(r"[A-Za-z]:")
_FILE_NAME_RE = re.compile(
    r"([A-Za-z0-9][A-Za-z0-9.-]{0,63})_([A-Za-z0-9][A-Za-z0-9.-]{0,63})_(\d{6,})_([0-9a-f]{8})\.dvk"
)


@dataclass(frozen=True)
class Limits:
    """What the reader accepts. Real bundles sit far below these; the point is to refuse hostile
    files (a zip bomb, a million entries) before they cost memory or disk."""

    max_bundle_bytes: int = 2 << 30  # the .dvk file itself
    max_entries: int = 1000
    max_total_uncompressed: int = 2 << 30  # all entries together, declared and actual
    max_ratio: int = 200  # uncompressed / compressed, per entry (JSON lines of ours: 3-10)
    ratio_min_bytes: int = 1 << 20  # tiny entries may compress absurdly well: no ratio check
    max_manifest_bytes: int = 1 << 20
    max_line_bytes: int = 16 << 20  # one record


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def payload_name(entity: str) -> str:
    return f"payload/{entity}.jsonl"


# --------------------------------------------------------------------------- manifest


def _bad_manifest(detail: str) -> BundleError:
    return BundleError("bad_manifest", detail)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_str(
    name: str,
    value: Any,
    pattern: re.Pattern[str] | None = None,
    *,
    optional: bool = False,
    max_len: int = 128,
) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise _bad_manifest(f"trường {name} phải là chuỗi ký tự khác rỗng")
    if pattern is not None and not pattern.fullmatch(value):
        raise _bad_manifest(f"trường {name} có ký tự không hợp lệ: {value[:40]!r}")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise _bad_manifest(f"trường {name} chứa ký tự điều khiển")


def _check_utc_time(name: str, value: Any) -> None:
    moment = _parse_moment(value)
    if moment is None:
        raise _bad_manifest(f"trường {name} không phải thời điểm ISO 8601 hợp lệ: {value!r:.60}")
    if moment.utcoffset() != dt.timedelta(0):
        raise _bad_manifest(f"trường {name} phải theo giờ UTC: {value!r}")


def _is_canonical_uuid(value: Any) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _parse_moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _check_uuid(name: str, value: Any) -> None:
    if not _is_canonical_uuid(value):
        raise _bad_manifest(f"trường {name} phải là UUID dạng chuẩn (chữ thường, có gạch nối)")


@dataclass(frozen=True, kw_only=True)
class Manifest:
    """What a bundle declares about itself (DESIGN §3); signed as `canonical_bytes()`.

    `full` bundles carry everything and have `since_seq` None; incremental ones carry changes
    since the acknowledged `since_seq`. `prev_bundle_hash` is None only for a sender's first
    bundle to that recipient. `counts` / `files` are filled in by `BundleWriter`.
    """

    format_version: int = FORMAT_VERSION
    bundle_id: str
    kind: str
    sender_unit: str
    sender_install: str
    recipient_unit: str
    created_at: str
    schema_revision: str
    rubric_version: str | None
    rubric_hash: str | None
    seq: int
    prev_bundle_hash: str | None
    full: bool
    since_seq: int | None
    counts: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    @classmethod
    def new(
        cls,
        *,
        kind: str,
        sender_unit: str,
        sender_install: str,
        recipient_unit: str,
        schema_revision: str,
        seq: int,
        prev_bundle_hash: str | None = None,
        full: bool = True,
        since_seq: int | None = None,
        rubric_version: str | None = None,
        rubric_hash: str | None = None,
    ) -> Manifest:
        """A manifest for a new bundle: fresh UUIDv7 bundle id, created now (UTC)."""
        return cls(
            bundle_id=uuid7(),
            kind=kind,
            sender_unit=sender_unit,
            sender_install=sender_install,
            recipient_unit=recipient_unit,
            created_at=utc_now_iso(),
            schema_revision=schema_revision,
            rubric_version=rubric_version,
            rubric_hash=rubric_hash,
            seq=seq,
            prev_bundle_hash=prev_bundle_hash,
            full=full,
            since_seq=since_seq,
        )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def canonical_bytes(self) -> bytes:
        """Sorted-key compact JSON in UTF-8: exactly the bytes of manifest.json and of the
        signature's message."""
        return json.dumps(
            self.to_dict(),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            allow_nan=False,
        ).encode("utf-8")

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(sorted(self.counts))

    def validate(self) -> None:
        """Raise BundleError('bad_manifest' / 'future_format') naming the first bad field."""
        if not _is_int(self.format_version) or self.format_version < 1:
            raise _bad_manifest("trường format_version phải là số nguyên dương")
        if self.format_version > FORMAT_VERSION:
            raise BundleError(
                "future_format",
                f"gói dùng định dạng phiên bản {self.format_version}, "
                f"phần mềm này chỉ đọc được đến phiên bản {FORMAT_VERSION}",
            )
        _check_uuid("bundle_id", self.bundle_id)
        if self.kind not in KINDS:
            raise _bad_manifest(f"trường kind phải là một trong {', '.join(KINDS)}")
        _check_str("sender_unit", self.sender_unit, _CODE_RE)
        _check_str("sender_install", self.sender_install, _CODE_RE)
        _check_str("recipient_unit", self.recipient_unit, _CODE_RE)
        _check_utc_time("created_at", self.created_at)
        _check_str("schema_revision", self.schema_revision, _REVISION_RE)
        _check_str("rubric_version", self.rubric_version, optional=True)
        _check_str("rubric_hash", self.rubric_hash, optional=True)
        if not _is_int(self.seq) or self.seq < 1:
            raise _bad_manifest("trường seq phải là số nguyên dương")
        if self.prev_bundle_hash is not None and not (
            isinstance(self.prev_bundle_hash, str) and _SHA256_RE.fullmatch(self.prev_bundle_hash)
        ):
            raise _bad_manifest("trường prev_bundle_hash phải là mã SHA-256 (64 ký tự hex)")
        if not isinstance(self.full, bool):
            raise _bad_manifest("trường full phải là true hoặc false")
        if self.full:
            if self.since_seq is not None:
                raise _bad_manifest("gói đầy đủ (full) không được có since_seq")
        elif not _is_int(self.since_seq) or not 0 <= self.since_seq < self.seq:
            raise _bad_manifest("gói bổ sung phải có since_seq là số nguyên nhỏ hơn seq")
        if not isinstance(self.counts, dict) or not isinstance(self.files, dict):
            raise _bad_manifest("trường counts và files phải là bảng tên → giá trị")
        for entity, n in self.counts.items():
            if not isinstance(entity, str) or not _ENTITY_RE.fullmatch(entity):
                raise _bad_manifest(f"tên loại dữ liệu không hợp lệ trong counts: {entity!r}")
            if not _is_int(n) or n < 0:
                raise _bad_manifest(f"counts[{entity}] phải là số nguyên không âm")
        for path, digest in self.files.items():
            if not isinstance(path, str) or not _PAYLOAD_RE.fullmatch(path):
                raise _bad_manifest(f"tên tệp không hợp lệ trong files: {str(path)[:80]!r}")
            if not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest):
                raise _bad_manifest(f"files[{path}] phải là mã SHA-256 (64 ký tự hex)")
        if {payload_name(e) for e in self.counts} != set(self.files):
            raise _bad_manifest("counts và files không liệt kê cùng các loại dữ liệu")

    @classmethod
    def from_dict(cls, data: Any) -> Manifest:
        """Build and validate; a newer format_version is reported before anything else."""
        if not isinstance(data, dict):
            raise _bad_manifest("nội dung không phải một đối tượng JSON")
        version = data.get("format_version")
        if _is_int(version) and version > FORMAT_VERSION:
            raise BundleError(
                "future_format",
                f"gói dùng định dạng phiên bản {version}, "
                f"phần mềm này chỉ đọc được đến phiên bản {FORMAT_VERSION}",
            )
        names = [f.name for f in dataclasses.fields(cls)]
        missing = [n for n in names if n not in data]
        if missing:
            raise _bad_manifest(f"thiếu trường {', '.join(missing)}")
        unknown = sorted(set(data) - set(names))
        if unknown:
            raise _bad_manifest(f"có trường lạ {', '.join(unknown)[:200]}")
        manifest = cls(**data)
        manifest.validate()
        return manifest


def bundle_file_name(unit_code: str, period: str, seq: int, bundle_id: str) -> str:
    """`<unit-code>_<period>_<seq>_<short-id>.dvk`; seq zero-padded to 6 digits so names sort.

    The short id is the last 8 hex digits of the bundle id: a UUIDv7 starts with its
    timestamp, so its first 8 digits are shared by every bundle made within ~65 seconds (two
    installs of one commune exporting seq 1 to the same drive would collide)."""
    if not _CODE_RE.fullmatch(unit_code):
        raise ValueError(f"unit code not usable in a file name: {unit_code!r}")
    if not _CODE_RE.fullmatch(period):
        raise ValueError(f"period not usable in a file name: {period!r}")
    if not _is_int(seq) or seq < 0:
        raise ValueError(f"seq must be a non-negative int: {seq!r}")
    return f"{unit_code}_{period}_{seq:06d}_{uuid.UUID(bundle_id).hex[-8:]}{BUNDLE_SUFFIX}"


def parse_bundle_file_name(name: str) -> tuple[str, str, int, str] | None:
    """(unit_code, period, seq, short_id) from a bundle's file name, or None if it is not one."""
    match = _FILE_NAME_RE.fullmatch(name)
    if not match:
        return None
    unit_code, period, seq, short_id = match.groups()
    return unit_code, period, int(seq), short_id


# --------------------------------------------------------------------------- writer


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
        if manifest_base.counts or manifest_base.files:
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

    def _flush(self, batch: list[str], hasher: Any, dst: BinaryIO, room: int) -> int:
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

    def finish(self) -> Path:
        """Sign, close and move the bundle into place; returns its final path."""
        if self._state != "open" or self._zip is None or self._stack is None:
            raise RuntimeError("BundleWriter is not open")
        try:
            manifest = dataclasses.replace(
                self._base,
                counts=dict(sorted(self._counts.items())),
                files=dict(sorted(self._files.items())),
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


# --------------------------------------------------------------------------- reader

_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_LOCAL_HEADER_LEN = 30
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    struct.error,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    UnicodeDecodeError,
    IndexError,
    KeyError,
)


def _zip_error(name: str, exc: BaseException) -> BundleError:
    text = str(exc)
    if "CRC" in text:
        return BundleError("corrupted", f"{name}: mã kiểm tra CRC không khớp")
    if isinstance(exc, EOFError) or "ended before" in text:
        return BundleError("corrupted", f"{name}: dữ liệu nén kết thúc sớm")
    if isinstance(exc, NotImplementedError | RuntimeError):
        return BundleError("unsupported_zip", name)
    return BundleError("corrupted", f"{name}: cấu trúc zip bị sai")


def _check_end_records(fh: BinaryIO, size: int, limits: Limits) -> tuple[int, int]:
    """Check the zip's end records before zipfile parses anything.

    Returns (number of entries, offset of the central directory).

    zipfile would allocate an object per central-directory entry before we could count them,
    so the count and the directory's size are checked here first. Our writer never adds a
    comment, data before the first entry or after the end record: all of that is refused.
    """
    if size < _EOCD.size:
        raise BundleError("truncated", "tệp rỗng hoặc quá ngắn")
    fh.seek(size - _EOCD.size)
    end = fh.read(_EOCD.size)
    if end[:4] != b"PK\x05\x06":
        fh.seek(0)
        if fh.read(4) != b"PK\x03\x04":
            raise BundleError("not_a_zip")
        tail_at = max(0, size - 65557)
        fh.seek(tail_at)
        tail = fh.read()
        found = tail.rfind(b"PK\x05\x06")
        if found >= 0 and found + _EOCD.size <= len(tail):
            comment_len = struct.unpack_from("<H", tail, found + 20)[0]
            if found + _EOCD.size + comment_len <= len(tail):
                # A whole end record with a comment or junk after it: not something we wrote.
                raise BundleError("corrupted", "có dữ liệu thừa sau phần kết của tệp zip")
        raise BundleError("truncated", "không thấy phần kết của tệp zip")
    _sig, disk, disk_cd, n_disk, n_total, cd_size, cd_offset, comment_len = _EOCD.unpack(end)
    if comment_len or disk or disk_cd or n_disk != n_total:
        raise BundleError("corrupted", "phần kết của tệp zip có giá trị sai")
    cd_end = size - _EOCD.size
    loc_at = size - _EOCD.size - _EOCD64_LOCATOR.size
    locator = b""
    if loc_at >= 0:
        fh.seek(loc_at)
        locator = fh.read(_EOCD64_LOCATOR.size)
    if locator[:4] == b"PK\x06\x07" or n_total == 0xFFFF or 0xFFFFFFFF in (cd_size, cd_offset):
        # zip64 (written past 65,535 entries or 2 GiB): the real numbers are in the zip64 end
        # record just before the locator, whatever the classic record says.
        if len(locator) != _EOCD64_LOCATOR.size:
            raise BundleError("truncated", "thiếu phần kết zip64")
        sig, _disk, rec64_at, _disks = _EOCD64_LOCATOR.unpack(locator)
        if sig != b"PK\x06\x07" or rec64_at + _EOCD64.size != loc_at:
            raise BundleError("corrupted", "phần kết zip64 bị sai")
        fh.seek(rec64_at)
        rec = _EOCD64.unpack(fh.read(_EOCD64.size))
        if rec[0] != b"PK\x06\x06" or rec[6] != rec[7]:
            raise BundleError("corrupted", "phần kết zip64 bị sai")
        n_total, cd_size, cd_offset = rec[7], rec[8], rec[9]
        cd_end = rec64_at
    if n_total > limits.max_entries:
        raise BundleError("too_large", f"có {n_total} tệp bên trong, tối đa {limits.max_entries}")
    if cd_size > limits.max_entries * 1024:
        raise BundleError("too_large", "danh mục tệp của zip quá lớn")
    if cd_offset + cd_size != cd_end:
        raise BundleError("corrupted", "vị trí danh mục tệp của zip không khớp")
    return n_total, cd_offset


def _classify_entry(raw: str) -> str:
    """The entry's own name for manifest.json / signature, else its entity; refuses the rest."""
    shown = raw[:80]
    if "\\" in raw:
        raise BundleError("path_traversal", f"tên tệp dùng dấu gạch ngược: {shown!r}")
    if raw.startswith("/"):
        raise BundleError("path_traversal", f"tên tệp là đường dẫn tuyệt đối: {shown!r}")
    if _DRIVE_RE.match(raw):
        raise BundleError("path_traversal", f"tên tệp có ký hiệu ổ đĩa: {shown!r}")
    if ".." in raw.split("/"):
        raise BundleError("path_traversal", f"tên tệp trỏ ra thư mục cha (..): {shown!r}")
    if raw in (MANIFEST_NAME, SIGNATURE_NAME):
        return raw
    match = _PAYLOAD_RE.fullmatch(raw)
    if match:
        return match.group(1)
    raise BundleError("unexpected_entry", repr(shown))


def _encoded_name_len(info: zipfile.ZipInfo) -> int:
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    return len(info.orig_filename.encode(encoding, errors="replace"))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


_record_decoder = json.JSONDecoder(parse_constant=_reject_constant)


def check_record_shape(entity: str, rec: Any, where: str | None = None) -> None:
    """Check the keys every synced record carries (DESIGN §2); the values' meaning is the
    importer's business. Raises BundleError('bad_record') naming the entity and the field."""
    place = where or entity

    def bad(detail: str) -> BundleError:
        return BundleError("bad_record", f"{place}: {detail}")

    if not isinstance(rec, dict):
        raise bad("bản ghi không phải một đối tượng JSON")
    missing = [k for k in BASE_RECORD_KEYS if k not in rec]
    if missing:
        raise bad(f"thiếu trường {', '.join(missing)}")
    if not _is_canonical_uuid(rec["id"]):
        raise bad(f"trường id phải là UUID dạng chuẩn: {str(rec['id'])[:40]!r}")
    unit = rec["unit_code"]
    if not isinstance(unit, str) or not _CODE_RE.fullmatch(unit):
        raise bad(f"trường unit_code (đơn vị sở hữu) không hợp lệ: {str(unit)[:40]!r}")
    if not _is_int(rec["revision"]) or rec["revision"] < 1:
        raise bad("trường revision phải là số nguyên dương")
    if not isinstance(rec["deleted"], bool):
        raise bad("trường deleted phải là true hoặc false")
    for key in ("created_at", "updated_at"):
        # Naive times are accepted as UTC: the store keeps naive UTC timestamps.
        moment = _parse_moment(rec[key])
        if moment is None or moment.utcoffset() not in (None, dt.timedelta(0)):
            raise bad(f"trường {key} phải là thời điểm UTC dạng ISO 8601: {str(rec[key])[:40]!r}")


class VerifiedBundle:
    """An open bundle whose structure, manifest, signature and (unless deferred) payload hashes
    have been checked. Use as a context manager; records stream from `iter_records`."""

    def __init__(
        self,
        path: Path,
        fh: BinaryIO,
        zf: zipfile.ZipFile,
        manifest: Manifest,
        sender_key: bytes,
        payload: dict[str, zipfile.ZipInfo],
        limits: Limits,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self.sender_key = sender_key
        self._fh = fh
        self._zip = zf
        self._payload = payload
        self._limits = limits
        self._file_sha256: str | None = None

    def __enter__(self) -> VerifiedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()
        self._fh.close()

    @property
    def entities(self) -> tuple[str, ...]:
        return self.manifest.entities

    @property
    def bundle_sha256(self) -> str:
        """SHA-256 of the whole .dvk file (what the sender's next bundle names as previous)."""
        if self._file_sha256 is None:
            # The handle we verified, not the path: the hash is of the very bytes we read.
            # zipfile seeks before each of its reads, so moving the position here is safe.
            digest = hashlib.sha256()
            self._fh.seek(0)
            while chunk := self._fh.read(_CHUNK):
                digest.update(chunk)
            self._file_sha256 = digest.hexdigest()
        return self._file_sha256

    def _chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """Decompressed chunks of one entry; never more than its declared (checked) size."""
        name = info.filename
        got = 0
        try:
            with self._zip.open(info) as src:
                while True:
                    chunk = src.read(_CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > info.file_size:
                        raise BundleError("zip_bomb", f"{name} giải nén ra nhiều hơn khai báo")
                    yield chunk
        except _ZIP_ERRORS as exc:
            raise _zip_error(name, exc) from None
        if got != info.file_size:
            raise BundleError("corrupted", f"{name}: giải nén ra ít hơn khai báo")

    def _hash_mismatch(self, name: str) -> BundleError:
        return BundleError("hash_mismatch", f"mã băm của {name} không khớp với bản kê")

    def check_hash(self, entity: str) -> None:
        """Stream one payload file and compare its SHA-256 with the manifest."""
        name = payload_name(entity)
        digest = hashlib.sha256()
        for chunk in self._chunks(self._payload[entity]):
            digest.update(chunk)
        if digest.hexdigest() != self.manifest.files[name]:
            raise self._hash_mismatch(name)

    def iter_records(self, entity: str, *, check_shape: bool = False) -> Iterator[dict[str, Any]]:
        """Records of `entity`, one per line, in file order; constant memory.

        At the end of the file the hash is compared again (so a file that changed since
        `open_bundle` cannot slip through) and then the count. With
        `open_bundle(verify_hashes=False)` this end check is the only hash check: stage the
        records and apply them only once the iterator finished without an error.
        """
        if entity not in self._payload:
            raise KeyError(f"bundle carries no entity {entity!r}")
        return self._records(entity, check_shape)

    def _records(self, entity: str, check_shape: bool) -> Iterator[dict[str, Any]]:
        name = payload_name(entity)
        decode = _record_decoder.decode
        max_line = self._limits.max_line_bytes
        digest = hashlib.sha256()
        line_no = 0
        tail = b""
        for chunk in self._chunks(self._payload[entity]):
            digest.update(chunk)
            lines = (tail + chunk if tail else chunk).split(b"\n")
            tail = lines.pop()
            if len(tail) > max_line:
                raise BundleError("malformed_jsonl", f"{name} dòng {line_no + 1}: dòng quá dài")
            for line in lines:
                line_no += 1
                if len(line) > max_line:
                    raise BundleError("malformed_jsonl", f"{name} dòng {line_no}: dòng quá dài")
                try:
                    record = decode(line.decode("utf-8"))
                except UnicodeDecodeError:
                    raise BundleError(
                        "malformed_jsonl", f"{name} dòng {line_no}: không phải văn bản UTF-8"
                    ) from None
                except ValueError as exc:
                    col = getattr(exc, "colno", None)
                    at = f" (cột {col})" if col else ""
                    raise BundleError(
                        "malformed_jsonl", f"{name} dòng {line_no}: không phải JSON hợp lệ{at}"
                    ) from None
                if not isinstance(record, dict):
                    raise BundleError(
                        "malformed_jsonl", f"{name} dòng {line_no}: không phải một đối tượng JSON"
                    )
                if check_shape:
                    check_record_shape(entity, record, f"{name} dòng {line_no}")
                yield record
        if digest.hexdigest() != self.manifest.files[name]:
            raise self._hash_mismatch(name)
        if tail:
            raise BundleError(
                "malformed_jsonl", f"{name} dòng {line_no + 1}: dòng cuối không có ký tự xuống dòng"
            )
        expected = self.manifest.counts[entity]
        if line_no != expected:
            raise BundleError(
                "count_mismatch", f"{name} có {line_no} bản ghi, bản kê ghi {expected}"
            )


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        data = zf.read(info)
    except _ZIP_ERRORS as exc:
        raise _zip_error(info.filename, exc) from None
    if len(data) != info.file_size:
        raise BundleError("corrupted", f"{info.filename}: kích thước không khớp")
    return data


def _check_entries(
    infos: list[zipfile.ZipInfo], limits: Limits, cd_start: int
) -> tuple[dict[str, zipfile.ZipInfo], dict[str, zipfile.ZipInfo]]:
    """Names, then declared sizes and layout; returns (control files by name, payload by
    entity). The reads enforce the sizes again: these checks only refuse early."""
    control: dict[str, zipfile.ZipInfo] = {}
    payload: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    for info in infos:
        kind = _classify_entry(info.orig_filename)
        folded = info.orig_filename.casefold()
        if folded in seen:
            raise BundleError("duplicate_entry", repr(info.orig_filename[:80]))
        seen.add(folded)
        if info.orig_filename in (MANIFEST_NAME, SIGNATURE_NAME):
            control[info.orig_filename] = info
        else:
            payload[kind] = info

    total = 0
    for info in infos:
        if info.flag_bits & 0x41:  # traditional or strong encryption
            raise BundleError("unsupported_zip", f"{info.filename} được mã hóa")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError("unsupported_zip", f"{info.filename}: kiểu nén lạ")
        total += info.file_size
        if total > limits.max_total_uncompressed:
            raise BundleError(
                "too_large",
                f"tổng dung lượng giải nén vượt {limits.max_total_uncompressed >> 20} MiB",
            )
        if (
            info.file_size > limits.ratio_min_bytes
            and info.file_size > max(info.compress_size, 1) * limits.max_ratio
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise BundleError(
                "zip_bomb",
                f"{info.filename} nén {ratio} lần (tối đa {limits.max_ratio} lần), "
                f"giải nén ra {info.file_size >> 20} MiB",
            )

    # Entries must not overlap (overlap is how "non-recursive" zip bombs multiply data).
    ordered = sorted(infos, key=lambda i: i.header_offset)
    if ordered and ordered[0].header_offset != 0:
        raise BundleError("corrupted", "có dữ liệu lạ ở đầu tệp zip")
    for here, nxt in zip(ordered, [*ordered[1:], None], strict=True):
        end = here.header_offset + _LOCAL_HEADER_LEN + _encoded_name_len(here) + here.compress_size
        if end > (nxt.header_offset if nxt is not None else cd_start):
            raise BundleError("zip_bomb", f"{here.filename} chồng lên tệp khác trong zip")

    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        if name not in control:
            raise BundleError("missing_file", name)
    if control[MANIFEST_NAME].file_size > limits.max_manifest_bytes:
        raise BundleError("too_large", f"{MANIFEST_NAME} quá lớn")
    if control[SIGNATURE_NAME].file_size != SIGNATURE_LEN:
        raise BundleError("bad_signature", "tệp chữ ký không đúng 64 byte")
    return control, payload


def _read_manifest(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[Manifest, bytes]:
    """The manifest and its raw bytes, which must be exactly its canonical (signed) form."""
    raw = _read_small(zf, info)
    try:
        data = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("bad_manifest", "không đọc được nội dung JSON") from None
    try:
        manifest = Manifest.from_dict(data)
    except TypeError:
        raise BundleError("bad_manifest", "cấu trúc không đúng") from None
    if manifest.canonical_bytes() != raw:
        raise BundleError("bad_manifest", "không ở dạng chuẩn đã ký")
    return manifest, raw


def open_bundle(
    path: Path,
    trusted_keys: TrustedKeys,
    *,
    expected_recipient: str | None,
    limits: Limits = Limits(),  # noqa: B008 (frozen)
    verify_hashes: bool = True,
) -> VerifiedBundle:
    """Open and check a bundle, in this order: zip structure (not_a_zip, truncated, corrupted)
    → entry names (path_traversal, duplicate_entry, unexpected_entry) → sizes and ratios
    (too_large, zip_bomb) → manifest (bad_manifest, future_format) → sender (unknown_sender)
    → signature (bad_signature) → recipient (wrong_recipient) → payload files present and
    listed (missing_file, unlisted_file) → payload hashes (hash_mismatch; with
    `verify_hashes=False` deferred to the end of each `iter_records`).

    `trusted_keys(sender_unit, sender_install)` returns the registered raw public key or None.
    Open the local copy made by `copy_to_staging`, never the file on the removable drive.
    """
    path = Path(path)
    fh: BinaryIO = open(path, "rb")  # noqa: SIM115 (handed to VerifiedBundle)
    zf: zipfile.ZipFile | None = None
    try:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise BundleError("not_a_zip", "không phải tệp thông thường")
        if st.st_size > limits.max_bundle_bytes:
            raise BundleError("too_large", f"tệp nặng {st.st_size // (1 << 20)} MiB")
        n_total, cd_start = _check_end_records(fh, st.st_size, limits)
        try:
            zf = zipfile.ZipFile(fh)
            infos = zf.infolist()
        except _ZIP_ERRORS as exc:
            raise _zip_error(path.name, exc) from None
        if len(infos) != n_total:
            raise BundleError("corrupted", "số tệp trong danh mục zip không khớp")
        control, payload = _check_entries(infos, limits, cd_start)
        manifest, raw = _read_manifest(zf, control[MANIFEST_NAME])

        sender_key = trusted_keys(manifest.sender_unit, manifest.sender_install)
        if sender_key is None:
            raise BundleError(
                "unknown_sender",
                f"đơn vị {manifest.sender_unit}, máy {manifest.sender_install}; hãy nhận tệp "
                "khóa công khai của nơi gửi và xác nhận dấu vân tay trước",
            )
        if not verify(sender_key, raw, _read_small(zf, control[SIGNATURE_NAME])):
            raise BundleError(
                "bad_signature",
                f"chữ ký không khớp với khóa đã đăng ký của đơn vị {manifest.sender_unit}",
            )
        if expected_recipient is not None and manifest.recipient_unit != expected_recipient:
            raise BundleError(
                "wrong_recipient",
                f"gói gửi cho đơn vị {manifest.recipient_unit}, đơn vị này là {expected_recipient}",
            )

        for entity in manifest.entities:
            if entity not in payload:
                raise BundleError("missing_file", payload_name(entity))
        for entity in sorted(payload):
            if entity not in manifest.counts:
                raise BundleError("unlisted_file", payload_name(entity))

        bundle = VerifiedBundle(path, fh, zf, manifest, sender_key, payload, limits)
        if verify_hashes:
            for entity in manifest.entities:
                bundle.check_hash(entity)
        return bundle
    except BaseException:
        if zf is not None:
            zf.close()
        fh.close()
        raise


def verify_file(
    path: Path,
    trusted_keys: TrustedKeys,
    expected_recipient: str | None = None,
    *,
    limits: Limits = Limits(),  # noqa: B008 (frozen)
    check_shape: bool = False,
) -> Manifest:
    """Every check of `open_bundle` plus every line parsed and counted, in one streaming pass
    over each payload file (for `danvan bundle verify`). Returns the verified manifest."""
    with open_bundle(
        path,
        trusted_keys,
        expected_recipient=expected_recipient,
        limits=limits,
        verify_hashes=False,
    ) as bundle:
        for entity in bundle.entities:
            for _record in bundle.iter_records(entity, check_shape=check_shape):
                pass
        return bundle.manifest


# --------------------------------------------------------------------------- staging


def copy_to_staging(
    src: Path, staging_dir: Path, *, max_bytes: int = Limits.max_bundle_bytes
) -> Path:
    """Copy a bundle off the removable drive into `staging_dir` (chunked, size-capped, fsynced)
    and return the local copy's path. Import opens only this copy: the drive may be pulled out
    or the file changed on it while we read."""
    src = Path(src)
    staging_dir = Path(staging_dir)
    staging_dir.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9.-]", "_", src.name.removesuffix(BUNDLE_SUFFIX))[:100] or "goi"
    final = staging_dir / f"{stem}.{secrets.token_hex(4)}{BUNDLE_SUFFIX}"
    try:
        fin = open(src, "rb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        raise BundleError("missing_file", f"không tìm thấy {src}") from None
    with fin, _fileio.temp_file(staging_dir, suffix=BUNDLE_SUFFIX + ".part") as (out, tmp):
        st = os.fstat(fin.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise BundleError("not_a_zip", f"{src.name} không phải tệp thông thường")
        if st.st_size > max_bytes:
            raise BundleError("too_large", f"{src.name} nặng {st.st_size >> 20} MiB")
        copied = 0
        try:
            while chunk := fin.read(_CHUNK):
                copied += len(chunk)
                if copied > max_bytes:  # the file grew while we copied: do not trust stat
                    raise BundleError("too_large", f"{src.name} vượt {max_bytes >> 20} MiB")
                out.write(chunk)
        except OSError as exc:
            raise BundleError(
                "truncated", f"lỗi đọc {src.name} từ ổ đĩa ({exc.strerror or exc})"
            ) from None
        _fileio.commit(out, tmp, final, 0o600)
    return final
