"""Signing keys: encrypted private-key files, public-key files, fingerprints, signatures."""

from __future__ import annotations

import base64
import json
import stat
import unicodedata

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from danvan_desktop.sync import keys
from danvan_desktop.sync.errors import BundleError, KeyFileError

# RFC 8032-style fixed key: private bytes 00..1f.
FIXED_PRIVATE = bytes(range(32))
FIXED_PUBLIC_HEX = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
FIXED_FINGERPRINT = "5647-5AA7-5463-474C-0285-DF5D-BF2B-CAB7"


def test_save_and_load_private_key_with_passphrase(tmp_path):
    pair = keys.generate_keypair()
    path = tmp_path / "khoa_ky.pem"
    keys.save_private_key(pair.private, path, b"mat-khau-dai 2026")
    text = path.read_text("ascii")
    assert text.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    loaded = keys.load_private_key(path, b"mat-khau-dai 2026")
    assert keys.public_key_bytes(loaded) == pair.public_bytes
    # Only the final file is left: the temp file was renamed, not copied.
    assert [p.name for p in tmp_path.iterdir()] == ["khoa_ky.pem"]


def test_private_key_file_is_owner_only(tmp_path):
    path = tmp_path / "khoa.pem"
    keys.save_private_key(keys.generate_keypair().private, path, b"pw")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wrong_passphrase_gives_vietnamese_message(tmp_path):
    path = tmp_path / "khoa.pem"
    keys.save_private_key(keys.generate_keypair().private, path, b"dung")
    with pytest.raises(KeyFileError) as info:
        keys.load_private_key(path, b"sai")
    assert info.value.code == "wrong_passphrase"
    assert "Sai mật khẩu" in str(info.value)
    assert "khoa.pem" in str(info.value)


def test_vietnamese_passphrase_composed_or_decomposed_opens_the_key(tmp_path):
    path = tmp_path / "khoa.pem"
    pair = keys.generate_keypair()
    keys.save_private_key(pair.private, path, unicodedata.normalize("NFC", "Dân vận khéo"))
    loaded = keys.load_private_key(path, unicodedata.normalize("NFD", "Dân vận khéo"))
    assert keys.public_key_bytes(loaded) == pair.public_bytes


def test_empty_passphrase_is_refused(tmp_path):
    with pytest.raises(ValueError, match="không được để trống"):
        keys.save_private_key(keys.generate_keypair().private, tmp_path / "k.pem", b"")
    assert not list(tmp_path.iterdir())


def test_junk_key_file_is_bad_key_file(tmp_path):
    path = tmp_path / "khoa.pem"
    path.write_bytes(b"khong phai khoa")
    with pytest.raises(KeyFileError) as info:
        keys.load_private_key(path, b"pw")
    assert info.value.code == "bad_key_file"
    assert "Tệp khóa không hợp lệ" in str(info.value)


def test_fingerprint_is_stable_and_human_sized():
    private = Ed25519PrivateKey.from_private_bytes(FIXED_PRIVATE)
    assert keys.public_key_bytes(private).hex() == FIXED_PUBLIC_HEX
    assert keys.fingerprint(private.public_key()) == FIXED_FINGERPRINT
    assert keys.fingerprint(bytes.fromhex(FIXED_PUBLIC_HEX)) == FIXED_FINGERPRINT
    other = keys.generate_keypair()
    assert keys.fingerprint(other.public_bytes) != FIXED_FINGERPRINT


def test_public_key_file_round_trip(tmp_path):
    pair = keys.generate_keypair()
    path = tmp_path / "42001.pub.json"
    written = keys.export_public_key_file(pair.public, "42001", "may-1", path)
    doc = json.loads(path.read_text("utf-8"))
    assert set(doc) == {"unit_code", "install_id", "public_key", "fingerprint", "created_at"}
    assert base64.b64decode(doc["public_key"]) == pair.public_bytes
    read = keys.read_public_key_file(path)
    assert read == written
    assert read.public_key == pair.public_bytes
    assert read.fingerprint == keys.fingerprint(pair.public_bytes)


def test_public_key_file_with_swapped_key_is_refused(tmp_path):
    path = tmp_path / "k.json"
    keys.export_public_key_file(keys.generate_keypair().public, "42001", "may-1", path)
    doc = json.loads(path.read_text("utf-8"))
    # Someone swaps the key but leaves the fingerprint the officer will read aloud.
    doc["public_key"] = base64.b64encode(keys.generate_keypair().public_bytes).decode()
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(KeyFileError) as info:
        keys.read_public_key_file(path)
    assert info.value.code == "bad_key_file"
    assert "dấu vân tay không khớp" in str(info.value)


@pytest.mark.parametrize(
    ("patch", "words"),
    [
        ({"public_key": "@@@"}, "base64"),
        ({"public_key": base64.b64encode(b"short").decode()}, "32 byte"),
        ({"unit_code": 42001}, "unit_code"),
        ({"created_at": "hôm qua"}, "thời điểm tạo"),
    ],
)
def test_public_key_file_fields_are_checked(tmp_path, patch, words):
    path = tmp_path / "k.json"
    keys.export_public_key_file(keys.generate_keypair().public, "42001", "may-1", path)
    doc = json.loads(path.read_text("utf-8"))
    doc.update(patch)
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(KeyFileError, match=words):
        keys.read_public_key_file(path)


def test_sign_and_verify():
    pair = keys.generate_keypair()
    sig = keys.sign(pair.private, b"manifest bytes")
    assert len(sig) == 64
    assert keys.verify(pair.public_bytes, b"manifest bytes", sig)
    assert not keys.verify(pair.public_bytes, b"manifest bytez", sig)
    assert not keys.verify(keys.generate_keypair().public_bytes, b"manifest bytes", sig)
    assert not keys.verify(b"\x00" * 31, b"manifest bytes", sig)
    assert not keys.verify(pair.public_bytes, b"manifest bytes", sig[:-1])


def test_changed_key_is_reported_with_both_fingerprints():
    known, new = keys.generate_keypair().public_bytes, keys.generate_keypair().public_bytes
    keys.check_same_key(None, new, "42001")  # first contact
    keys.check_same_key(known, known, "42001")
    with pytest.raises(BundleError) as info:
        keys.check_same_key(known, new, "42001")
    assert info.value.code == "key_changed"
    assert keys.fingerprint(known) in str(info.value)
    assert keys.fingerprint(new) in str(info.value)
