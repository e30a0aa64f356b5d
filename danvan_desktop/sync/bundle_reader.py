"""Read a `.dvk` sync bundle: the hardened reader (the manifest is in bundle_manifest, the
writer in bundle_writer, the limits in bundle_limits).

A bundle is a zip (DESIGN §3) holding exactly:
- `payload/<entity>.jsonl`: one JSON object per line (UTF-8, sorted keys, compact);
- `manifest.json`: the manifest's canonical bytes (sorted-key compact JSON, UTF-8);
- `signature`: the raw 64-byte Ed25519 signature of exactly those manifest bytes;
- `files/<sha256>` (optional): evidence files, each listed in the manifest's `attachments`
  with its size; the bytes must hash to the name (checked by whoever reads them).

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

import hashlib
import os
import re
import secrets
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from danvan_desktop.store.faults import DiskFull, ReadOnlyStorage, storage_fault
from danvan_desktop.sync import _fileio
from danvan_desktop.sync.bundle_limits import (
    _CHUNK,
    Limits,
    check_depth,
    loads_bounded,
    record_decoder,
)
from danvan_desktop.sync.bundle_manifest import (
    _ATTACHMENT_RE,
    _DRIVE_RE,
    _PAYLOAD_RE,
    BUNDLE_SUFFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    check_record_shape,
    payload_name,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.keys import SIGNATURE_LEN, verify

TrustedKeys = Callable[[str, str], "bytes | None"]

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
    if raw in (MANIFEST_NAME, SIGNATURE_NAME) or _ATTACHMENT_RE.fullmatch(raw):
        return raw
    match = _PAYLOAD_RE.fullmatch(raw)
    if match:
        return match.group(1)
    raise BundleError("unexpected_entry", repr(shown))


def _encoded_name_len(info: zipfile.ZipInfo) -> int:
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    return len(info.orig_filename.encode(encoding, errors="replace"))


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
        attachments: dict[str, zipfile.ZipInfo] | None = None,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self.sender_key = sender_key
        self._fh = fh
        self._zip = zf
        self._payload = payload
        #: evidence files by sha256; the name, the manifest's size and hash were checked
        self.attachments = attachments or {}
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

    def attachment_chunks(self, sha256: str) -> Iterator[bytes]:
        """The bytes of `files/<sha256>`, never more than declared; the caller hashes them."""
        return self._chunks(self.attachments[sha256])

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
        decode = record_decoder.decode
        max_line = self._limits.max_line_bytes
        max_depth = self._limits.max_depth
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
                    # Depth is bounded before the parser recurses (a line of ten thousand
                    # brackets would otherwise raise RecursionError, or worse).
                    if line.count(b"{") + line.count(b"[") > max_depth:
                        check_depth(line, max_depth)
                    record = decode(line.decode("utf-8"))
                except UnicodeDecodeError:
                    raise BundleError(
                        "malformed_jsonl", f"{name} dòng {line_no}: không phải văn bản UTF-8"
                    ) from None
                except (ValueError, RecursionError) as exc:
                    col = getattr(exc, "colno", None)
                    at = f" (cột {col})" if col else ""
                    why = str(exc) if "lồng" in str(exc) else f"không phải JSON hợp lệ{at}"
                    raise BundleError("malformed_jsonl", f"{name} dòng {line_no}: {why}") from None
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
    infos: list[zipfile.ZipInfo], limits: Limits, cd_start: int, attachments: dict[str, Any]
) -> tuple[dict[str, zipfile.ZipInfo], dict[str, zipfile.ZipInfo]]:
    """Names, then declared sizes and layout; returns (control files by name, payload by
    entity) and fills `attachments` (evidence files by sha256). The reads enforce the sizes
    again: these checks only refuse early."""
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
        elif kind.startswith("files/"):
            attachments[kind.removeprefix("files/")] = info
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


def _read_manifest(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits
) -> tuple[Manifest, bytes]:
    """The manifest and its raw bytes, which must be exactly its canonical (signed) form."""
    raw = _read_small(zf, info)
    try:
        data = loads_bounded(raw, max_depth=limits.max_depth, strict_keys=True)
    except (ValueError, RecursionError):
        raise BundleError("bad_manifest", "không đọc được nội dung JSON") from None
    try:
        manifest = Manifest.from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError):
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
        attachments: dict[str, zipfile.ZipInfo] = {}
        control, payload = _check_entries(infos, limits, cd_start, attachments)
        manifest, raw = _read_manifest(zf, control[MANIFEST_NAME], limits)

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
        if set(attachments) != set(manifest.attachments):
            odd = sorted(set(attachments) ^ set(manifest.attachments))[0]
            code = "unlisted_file" if odd in attachments else "missing_file"
            raise BundleError(code, f"files/{odd}")
        for digest, info in attachments.items():
            if info.file_size != manifest.attachments[digest]:
                raise BundleError("corrupted", f"files/{digest}: kích thước khác bản kê")

        bundle = VerifiedBundle(path, fh, zf, manifest, sender_key, payload, limits, attachments)
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
        for digest in sorted(bundle.attachments):
            hasher = hashlib.sha256()
            for chunk in bundle.attachment_chunks(digest):
                hasher.update(chunk)
            if hasher.hexdigest() != digest:
                raise bundle._hash_mismatch(f"files/{digest}")
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
            # Our own disk full or read-only is not a bad bundle: say so as the storage fault.
            fault = storage_fault(exc, staging_dir)
            if isinstance(fault, DiskFull | ReadOnlyStorage):
                raise fault from exc
            raise BundleError(
                "truncated", f"lỗi đọc {src.name} từ ổ đĩa ({exc.strerror or exc})"
            ) from None
        _fileio.commit(out, tmp, final, 0o600)
    return final
