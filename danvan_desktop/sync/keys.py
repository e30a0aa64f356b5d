"""Ed25519 signing keys of an install, and the public-key files units exchange.

Each install has one key pair. The private key lives in a PKCS#8 PEM file encrypted with a
passphrase (mode 0600); the public key travels as a small JSON file and is confirmed by
reading its fingerprint aloud or over the phone.

Fingerprint: the first 16 bytes (128 bits) of SHA-256 over the raw 32-byte public key, as
upper-case hex in 8 groups of 4 ("AB12-CD34-…-9F0E"). 128 bits is far beyond what anyone
could forge a collision for, and 32 characters can still be compared by eye.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from danvan_desktop.sync._fileio import atomic_write_bytes
from danvan_desktop.sync.errors import BundleError, KeyFileError

PUBLIC_KEY_LEN = 32
SIGNATURE_LEN = 64
PUBLIC_KEY_FILE_FIELDS = ("unit_code", "install_id", "public_key", "fingerprint", "created_at")
_MAX_KEY_FILE_BYTES = 64 * 1024
_FINGERPRINT_RE = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4}){7}$")


@dataclass(frozen=True)
class KeyPair:
    private: Ed25519PrivateKey
    public: Ed25519PublicKey

    @property
    def public_bytes(self) -> bytes:
        return public_key_bytes(self.public)


@dataclass(frozen=True)
class PublicKeyInfo:
    """The content of a public-key file, checked."""

    unit_code: str
    install_id: str
    public_key: bytes  # raw 32 bytes
    fingerprint: str
    created_at: str


def generate_keypair() -> KeyPair:
    private = Ed25519PrivateKey.generate()
    return KeyPair(private, private.public_key())


def _passphrase_bytes(passphrase: bytes | str) -> bytes:
    # A typed Vietnamese passphrase may arrive composed or decomposed: NFC makes both the same.
    if isinstance(passphrase, str):
        passphrase = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    if not passphrase:
        raise ValueError("Mật khẩu bảo vệ khóa ký không được để trống.")
    return passphrase


def save_private_key(key: Ed25519PrivateKey, path: Path, passphrase: bytes | str) -> None:
    """Write the key as encrypted PKCS#8 PEM, atomically, readable by the owner only (0600)."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase_bytes(passphrase)),
    )
    atomic_write_bytes(Path(path), pem, mode=0o600)


def load_private_key(path: Path, passphrase: bytes | str) -> Ed25519PrivateKey:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError("bad_key_file", f"không tìm thấy tệp {path.name}") from None
    try:
        key = serialization.load_pem_private_key(data, password=_passphrase_bytes(passphrase))
    except ValueError as exc:
        # cryptography says "Incorrect password" for a wrong passphrase and other words for junk.
        if "password" in str(exc).lower() or b"ENCRYPTED" in data:
            raise KeyFileError(
                "wrong_passphrase", f"không mở được {path.name}, hãy nhập lại mật khẩu"
            ) from None
        raise KeyFileError("bad_key_file", f"{path.name} không phải tệp khóa PEM") from None
    except (TypeError, UnsupportedAlgorithm):
        raise KeyFileError(
            "bad_key_file", f"{path.name} không phải khóa ký được mã hóa bằng mật khẩu"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("bad_key_file", f"{path.name} không chứa khóa Ed25519")
    return key


def public_key_bytes(pub: Ed25519PublicKey | Ed25519PrivateKey) -> bytes:
    """The raw 32 bytes of a public key (what the manifest's sender is checked against)."""
    if isinstance(pub, Ed25519PrivateKey):
        pub = pub.public_key()
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(pub: bytes | Ed25519PublicKey) -> str:
    raw = pub if isinstance(pub, bytes) else public_key_bytes(pub)
    if len(raw) != PUBLIC_KEY_LEN:
        raise ValueError("public key must be 32 raw bytes")
    digest = hashlib.sha256(raw).digest()[:16].hex().upper()
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def export_public_key_file(
    pub: bytes | Ed25519PublicKey, unit_code: str, install_id: str, path: Path
) -> PublicKeyInfo:
    raw = pub if isinstance(pub, bytes) else public_key_bytes(pub)
    info = PublicKeyInfo(
        unit_code=unit_code,
        install_id=install_id,
        public_key=raw,
        fingerprint=fingerprint(raw),
        created_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    doc = {
        "unit_code": info.unit_code,
        "install_id": info.install_id,
        "public_key": base64.b64encode(raw).decode("ascii"),
        "fingerprint": info.fingerprint,
        "created_at": info.created_at,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(Path(path), text.encode("utf-8"), mode=0o644)
    return info


def read_public_key_file(path: Path) -> PublicKeyInfo:
    """Read and check a public-key file; the fingerprint in it must match the key."""
    path = Path(path)
    name = path.name

    def bad(detail: str) -> KeyFileError:
        return KeyFileError("bad_key_file", f"{name}: {detail}")

    try:
        with path.open("rb") as fh:
            data = fh.read(_MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise bad("không tìm thấy tệp") from None
    if len(data) > _MAX_KEY_FILE_BYTES:
        raise bad("tệp quá lớn, không phải tệp khóa công khai")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad("không đọc được nội dung JSON") from None
    if not isinstance(doc, dict):
        raise bad("nội dung không đúng định dạng")
    missing = [f for f in PUBLIC_KEY_FILE_FIELDS if f not in doc]
    if missing:
        raise bad(f"thiếu trường {', '.join(missing)}")
    for field_name in PUBLIC_KEY_FILE_FIELDS:
        value = doc[field_name]
        if not isinstance(value, str) or not value.strip() or len(value) > 200:
            raise bad(f"trường {field_name} không hợp lệ")
    try:
        raw = base64.b64decode(doc["public_key"], validate=True)
    except (binascii.Error, ValueError):
        raise bad("khóa công khai không đúng mã base64") from None
    if len(raw) != PUBLIC_KEY_LEN:
        raise bad("khóa công khai không đủ 32 byte")
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise bad("khóa công khai không phải khóa Ed25519") from None
    if not _FINGERPRINT_RE.match(doc["fingerprint"]) or doc["fingerprint"] != fingerprint(raw):
        raise bad("dấu vân tay không khớp với khóa (tệp có thể đã bị sửa)")
    try:
        created = dt.datetime.fromisoformat(doc["created_at"])
    except ValueError:
        raise bad("thời điểm tạo không hợp lệ") from None
    if created.utcoffset() is None:
        raise bad("thời điểm tạo thiếu múi giờ")
    return PublicKeyInfo(
        unit_code=unicodedata.normalize("NFC", doc["unit_code"]),
        install_id=doc["install_id"],
        public_key=raw,
        fingerprint=doc["fingerprint"],
        created_at=doc["created_at"],
    )


def check_same_key(known: bytes | None, presented: bytes, sender: str) -> None:
    """Refuse a key that differs from the one registered for `sender` (first contact: no key)."""
    if known is not None and known != presented:
        raise BundleError(
            "key_changed",
            f"{sender}: khóa đã đăng ký {fingerprint(known)}, khóa mới {fingerprint(presented)}; "
            "hãy gọi điện xác nhận dấu vân tay với nơi gửi trước khi chấp nhận",
        )


def sign(priv: Ed25519PrivateKey, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of `data`."""
    return priv.sign(data)


def verify(pub_bytes: bytes, data: bytes, sig: bytes) -> bool:
    """True only if `sig` is a valid signature of `data` by the raw 32-byte key `pub_bytes`."""
    if len(pub_bytes) != PUBLIC_KEY_LEN or len(sig) != SIGNATURE_LEN:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(pub_bytes).verify(sig, data)
    except (InvalidSignature, ValueError):
        return False
    return True
