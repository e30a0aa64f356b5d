"""The `.dvk` bundle's manifest (DESIGN §3): what a bundle declares about itself, its checks,
the file name, and the keys every synced record carries.

A bundle's file name is `<unit-code>_<period>_<seq:06d>_<last 8 hex of bundle id>.dvk`; it is
only a label for people (it is not signed: trust the manifest, never the name).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.sync.errors import BundleError

FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".dvk"
KINDS = ("data", "rollup", "ack", "reference")
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature"
BASE_RECORD_KEYS = ("id", "unit_code", "revision", "deleted", "created_at", "updated_at")
#: seq and since_seq stay far below what a database integer column holds (PostgreSQL INTEGER)
MAX_SEQ = (1 << 31) - 1
#: manifest fields left out when empty (older bundles never had them)
OPTIONAL_FIELDS = ("attachments", "withheld")

_ENTITY_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_PAYLOAD_RE = re.compile(r"payload/([a-z][a-z0-9_]{0,63})\.jsonl")
#: an evidence file travels as `files/<its sha256>`: the name is its hash, listed in the manifest
_ATTACHMENT_RE = re.compile(r"files/([0-9a-f]{64})")
# Unit codes, install ids and periods also build the file name, where "_" separates parts.
_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,63}")
_REVISION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_DRIVE_RE = re.compile(r"[A-Za-z]:")
_FILE_NAME_RE = re.compile(
    r"([A-Za-z0-9][A-Za-z0-9.-]{0,63})_([A-Za-z0-9][A-Za-z0-9.-]{0,63})_(\d{6,})_([0-9a-f]{8})\.dvk"
)


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def payload_name(entity: str) -> str:
    return f"payload/{entity}.jsonl"


def attachment_name(sha256: str) -> str:
    return f"files/{sha256}"


# --------------------------------------------------------------------------- manifest


def _bad_manifest(detail: str) -> BundleError:
    return BundleError("bad_manifest", detail)


def _is_int(value: Any) -> TypeGuard[int]:
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
    bundle to that recipient. `counts` / `files` are filled in by `BundleWriter`, and so is
    `attachments` (evidence files carried as `files/<sha256>`: hash → size in bytes) and
    `withheld` (files the records cite that stayed home: hash → "name: reason"); a bundle
    without either leaves the key out, so records-only bundles are as before.
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
    attachments: dict[str, int] = field(default_factory=dict)
    withheld: dict[str, str] = field(default_factory=dict)

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
        data = dataclasses.asdict(self)
        for optional in OPTIONAL_FIELDS:
            if not data[optional]:
                del data[optional]
        return data

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
        # The fields may come from untrusted JSON (from_dict): check what they really hold.
        raw: Any = self
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
        if self.seq > MAX_SEQ:
            raise _bad_manifest(f"trường seq quá lớn (tối đa {MAX_SEQ})")
        if self.prev_bundle_hash is not None and not (
            isinstance(raw.prev_bundle_hash, str) and _SHA256_RE.fullmatch(raw.prev_bundle_hash)
        ):
            raise _bad_manifest("trường prev_bundle_hash phải là mã SHA-256 (64 ký tự hex)")
        if not isinstance(self.full, bool):
            raise _bad_manifest("trường full phải là true hoặc false")
        if self.full:
            if self.since_seq is not None:
                raise _bad_manifest("gói đầy đủ (full) không được có since_seq")
        elif not _is_int(self.since_seq) or not 0 <= self.since_seq < self.seq:
            raise _bad_manifest("gói bổ sung phải có since_seq là số nguyên nhỏ hơn seq")
        if not isinstance(raw.counts, dict) or not isinstance(raw.files, dict):
            raise _bad_manifest("trường counts và files phải là bảng tên → giá trị")
        for entity, n in raw.counts.items():
            if not isinstance(entity, str) or not _ENTITY_RE.fullmatch(entity):
                raise _bad_manifest(f"tên loại dữ liệu không hợp lệ trong counts: {entity!r}")
            if not _is_int(n) or n < 0:
                raise _bad_manifest(f"counts[{entity}] phải là số nguyên không âm")
        for path, digest in raw.files.items():
            if not isinstance(path, str) or not _PAYLOAD_RE.fullmatch(path):
                raise _bad_manifest(f"tên tệp không hợp lệ trong files: {str(path)[:80]!r}")
            if not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest):
                raise _bad_manifest(f"files[{path}] phải là mã SHA-256 (64 ký tự hex)")
        if {payload_name(e) for e in self.counts} != set(self.files):
            raise _bad_manifest("counts và files không liệt kê cùng các loại dữ liệu")
        if not isinstance(raw.attachments, dict):
            raise _bad_manifest("trường attachments phải là bảng mã băm → kích thước")
        for digest, size in raw.attachments.items():
            if not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest):
                raise _bad_manifest(f"mã băm tệp đính kèm không hợp lệ: {str(digest)[:80]!r}")
            if not _is_int(size) or size < 0:
                raise _bad_manifest(f"attachments[{digest[:12]}…] phải là số nguyên không âm")
        if not isinstance(raw.withheld, dict):
            raise _bad_manifest("trường withheld phải là bảng mã băm → lý do")
        for digest, why in raw.withheld.items():
            if not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest):
                raise _bad_manifest(f"mã băm tệp không gửi không hợp lệ: {str(digest)[:80]!r}")
            _check_str(f"withheld[{digest[:12]}…]", why, max_len=300)

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
        missing = [n for n in names if n not in data and n not in OPTIONAL_FIELDS]
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
