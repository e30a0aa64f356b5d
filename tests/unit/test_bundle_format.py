"""The .dvk bundle: writer, and a reader that refuses every kind of bad file with its own code."""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from danvan_desktop.sync import bundle_format as bf
from danvan_desktop.sync import keys
from danvan_desktop.sync.errors import BundleError

SENDER, INSTALL, RECIPIENT = "42001", "may-01", "42"
STAMP = "2026-05-04T03:02:01Z"


def record(entity: str, i: int) -> dict[str, Any]:
    return {
        "id": f"01960000-0000-7000-8000-{i:012x}",
        "unit_code": SENDER,
        "revision": 1 + i % 3,
        "deleted": i % 17 == 0,
        "created_at": STAMP,
        "updated_at": STAMP,
        "name": f"{entity}: Mô hình “Dân vận khéo” số {i} — Thôn Đông\nhai dòng",
        "points": i * 0.5,
        "tags": ["kinh tế", None, i],
    }


def records(entity: str, n: int) -> Iterator[dict[str, Any]]:
    return (record(entity, i) for i in range(n))


def base_manifest(**changes: Any) -> bf.Manifest:
    fields: dict[str, Any] = {
        "bundle_id": "01960000-0000-7000-8000-00000000abcd",
        "kind": "data",
        "sender_unit": SENDER,
        "sender_install": INSTALL,
        "recipient_unit": RECIPIENT,
        "created_at": STAMP,
        "schema_revision": "0001_initial",
        "rubric_version": "28-HD/BTGDVTU 2026",
        "rubric_hash": "a" * 64,
        "seq": 7,
        "prev_bundle_hash": "b" * 64,
        "full": False,
        "since_seq": 5,
    }
    fields.update(changes)
    return bf.Manifest(**fields)


@pytest.fixture(scope="module")
def pair() -> keys.KeyPair:
    return keys.generate_keypair()


def trust(pair: keys.KeyPair) -> Callable[[str, str], bytes | None]:
    return lambda unit, install: pair.public_bytes if (unit, install) == (SENDER, INSTALL) else None


def write_bundle(out: Path, pair: keys.KeyPair, entities: dict[str, int], **changes: Any) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with bf.BundleWriter(out, base_manifest(**changes), pair.private, period="2026") as writer:
        for entity, n in entities.items():
            writer.add_records(entity, records(entity, n))
    assert writer.path is not None
    return writer.path


@pytest.fixture()
def small(tmp_path: Path, pair: keys.KeyPair) -> Path:
    return write_bundle(tmp_path / "out", pair, {"models": 5, "units": 2})


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def rebuild(
    src: Path,
    dst: Path,
    *,
    replace: dict[str, bytes] | None = None,
    edit_manifest: Callable[[dict[str, Any]], None] | None = None,
    resign: keys.KeyPair | None = None,
    extra: list[tuple[str, bytes]] | None = None,
    drop: tuple[str, ...] = (),
) -> Path:
    """Re-zip a bundle with changed members, optionally editing and re-signing the manifest."""
    content = members(src)
    content.update(replace or {})
    if edit_manifest is not None:
        doc = json.loads(content["manifest.json"])
        edit_manifest(doc)
        content["manifest.json"] = canonical(doc)
    if resign is not None:
        content["signature"] = keys.sign(resign.private, content["manifest.json"])
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        for name, data in [*((n, d) for n, d in content.items() if n not in drop), *(extra or [])]:
            zf.writestr(zipfile.ZipInfo(name), data)
    return dst


def read_all(path: Path, pair: keys.KeyPair, **kw: Any) -> dict[str, list[dict[str, Any]]]:
    kw.setdefault("expected_recipient", RECIPIENT)
    with bf.open_bundle(path, trust(pair), **kw) as bundle:
        return {e: list(bundle.iter_records(e)) for e in bundle.entities}


# The Vietnamese reason each code must show (one place, so a test fails if a code's wording
# loses its meaning).
EXPECTED_REASON = {
    "not_a_zip": "Tệp không phải là gói dữ liệu đồng bộ",
    "truncated": "Gói dữ liệu bị cắt cụt",
    "corrupted": "Gói dữ liệu bị hỏng",
    "zip_bomb": "Gói dữ liệu có dấu hiệu bom nén",
    "too_large": "Gói dữ liệu vượt quá giới hạn",
    "path_traversal": "Gói dữ liệu chứa đường dẫn nguy hiểm",
    "duplicate_entry": "Gói dữ liệu chứa hai tệp trùng tên",
    "unexpected_entry": "Gói dữ liệu chứa tệp lạ",
    "missing_file": "Gói dữ liệu thiếu tệp",
    "unlisted_file": "Gói dữ liệu chứa tệp không có trong bản kê",
    "bad_manifest": "Bản kê (manifest.json) của gói dữ liệu không hợp lệ",
    "future_format": "Gói dữ liệu được tạo bởi phiên bản phần mềm mới hơn",
    "unknown_sender": "Gói dữ liệu đến từ nơi gửi chưa được đăng ký",
    "bad_signature": "Chữ ký số của gói dữ liệu không hợp lệ",
    "wrong_recipient": "Gói dữ liệu không gửi cho đơn vị này",
    "hash_mismatch": "Gói dữ liệu bị sửa đổi",
    "malformed_jsonl": "Dữ liệu trong gói bị lỗi định dạng",
    "count_mismatch": "Số bản ghi không khớp với bản kê",
    "bad_record": "Bản ghi thiếu hoặc sai trường bắt buộc",
}


def refused(code: str, fn: Callable[[], Any], *words: str) -> BundleError:
    with pytest.raises(BundleError) as info:
        fn()
    err = info.value
    assert err.code == code, f"expected {code}, got {err!r}"
    assert str(err).startswith(EXPECTED_REASON[code])
    for word in words:
        assert word in str(err), f"{word!r} not in {str(err)!r}"
    return err


# --------------------------------------------------------------------------- good bundles


def test_round_trip_10000_records_in_3_entities(tmp_path, pair):
    sizes = {"units": 120, "models": 4880, "petitions": 5000}
    path = write_bundle(tmp_path / "out", pair, sizes)
    assert path.name == "42001_2026_000007_0000abcd.dvk"
    assert bf.parse_bundle_file_name(path.name) == ("42001", "2026", 7, "0000abcd")

    with bf.open_bundle(path, trust(pair), expected_recipient=RECIPIENT) as bundle:
        manifest = bundle.manifest
        assert manifest.counts == sizes
        assert bundle.entities == ("models", "petitions", "units")
        assert manifest.rubric_version == "28-HD/BTGDVTU 2026"
        assert (manifest.seq, manifest.since_seq, manifest.full) == (7, 5, False)
        for entity, n in sizes.items():
            stream = bundle.iter_records(entity, check_shape=True)
            got = [next(stream)]
            # Hashing the file mid-stream must not disturb the records being read.
            assert bundle.bundle_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
            got.extend(stream)
            assert len(got) == n
            assert got == list(records(entity, n))  # same content, same order
        with pytest.raises(KeyError):
            bundle.iter_records("petition")

    # The manifest in the zip is exactly the signed canonical bytes.
    raw = members(path)
    assert raw["manifest.json"] == manifest.canonical_bytes()
    assert keys.verify(pair.public_bytes, raw["manifest.json"], raw["signature"])
    for name, digest in manifest.files.items():
        assert hashlib.sha256(raw[name]).hexdigest() == digest
    line = raw["payload/units.jsonl"].split(b"\n")[1].decode()
    assert "Mô hình “Dân vận khéo”" in line  # ensure_ascii=False
    assert line.index('"created_at"') < line.index('"deleted"') < line.index('"id"')  # sorted

    assert bf.verify_file(path, trust(pair), RECIPIENT, check_shape=True) == manifest


def test_writer_reports_hash_and_is_deterministic(tmp_path, pair):
    outs = []
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        with bf.BundleWriter(tmp_path / sub, base_manifest(), pair.private, period="2026") as w:
            w.add_records("models", records("models", 50))
        assert w.bundle_sha256 == hashlib.sha256(w.path.read_bytes()).hexdigest()
        assert w.manifest is not None and w.manifest.counts == {"models": 50}
        outs.append(w.bundle_sha256)
    assert outs[0] == outs[1]  # fixed timestamps + deterministic Ed25519


def test_entities_named_like_control_files(tmp_path, pair):
    path = write_bundle(tmp_path / "out", pair, {"manifest": 2, "signature": 1})
    got = read_all(path, pair)
    assert got == {
        "manifest": list(records("manifest", 2)),
        "signature": list(records("signature", 1)),
    }


def test_zip64_end_records_are_read(tmp_path, pair, monkeypatch):
    # Bundles over 2 GiB or 65,535 entries end with zip64 records; make zipfile write them.
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 1)
    path = write_bundle(tmp_path / "out", pair, {"models": 3})
    monkeypatch.undo()
    assert path.read_bytes().find(b"PK\x06\x06") > 0
    assert read_all(path, pair) == {"models": list(records("models", 3))}


def test_empty_entity_and_empty_bundle(tmp_path, pair):
    path = write_bundle(tmp_path / "a", pair, {"acks": 0})
    assert read_all(path, pair) == {"acks": []}
    path = write_bundle(tmp_path / "b", pair, {})
    assert read_all(path, pair) == {}


def test_writer_leaves_nothing_on_exception_or_cancel(tmp_path, pair):
    out = tmp_path / "out"
    out.mkdir()

    def exploding() -> Iterator[dict[str, Any]]:
        yield record("models", 1)
        raise RuntimeError("ổ đĩa đầy")

    with (
        pytest.raises(RuntimeError),
        bf.BundleWriter(out, base_manifest(), pair.private, period="2026") as w,
    ):
        w.add_records("models", exploding())
    assert list(out.iterdir()) == []

    with bf.BundleWriter(out, base_manifest(), pair.private, period="2026") as w:
        w.add_records("models", records("models", 10))
        w.cancel()
    assert list(out.iterdir()) == []
    assert w.path is None


def test_writer_refuses_misuse(tmp_path, pair):
    with bf.BundleWriter(tmp_path, base_manifest(), pair.private, period="2026") as w:
        w.add_records("models", [])
        with pytest.raises(ValueError, match="already written"):
            w.add_records("models", [])
        with pytest.raises(ValueError, match="entity name"):
            w.add_records("../x", [])
    with pytest.raises(FileExistsError):
        bf.BundleWriter(tmp_path, base_manifest(), pair.private, period="2026").open()
    with pytest.raises(BundleError) as info:
        bf.BundleWriter(tmp_path, base_manifest(seq=0), pair.private, period="2026")
    assert info.value.code == "bad_manifest" and "seq" in str(info.value)


def test_writer_stops_at_the_size_limit(tmp_path, pair):
    limits = bf.Limits(max_total_uncompressed=10_000)
    with (
        pytest.raises(BundleError) as info,
        bf.BundleWriter(tmp_path, base_manifest(), pair.private, period="2026", limits=limits) as w,
    ):
        w.add_records("models", records("models", 5000))
    assert info.value.code == "too_large"
    assert list(tmp_path.iterdir()) == []


def test_manifest_new_makes_a_valid_manifest():
    m = bf.Manifest.new(
        kind="ack",
        sender_unit="42",
        sender_install="may-2",
        recipient_unit=SENDER,
        schema_revision="abc123",
        seq=1,
    )
    m.validate()
    assert m.created_at.endswith("Z") and m.full and m.since_seq is None
    assert bf.Manifest.from_dict(json.loads(m.canonical_bytes())) == m


# --------------------------------------------------------------------------- bad zips


def test_not_a_zip(tmp_path, pair):
    path = tmp_path / "x.dvk"
    path.write_text("Đây không phải tệp zip", "utf-8")
    refused("not_a_zip", lambda: read_all(path, pair))


def test_truncated_zip(tmp_path, pair, small):
    data = small.read_bytes()
    cut = tmp_path / "cut.dvk"
    cut.write_bytes(data[: len(data) // 2])
    refused("truncated", lambda: read_all(cut, pair), "phần kết")
    cut.write_bytes(data[:-1])
    refused("truncated", lambda: read_all(cut, pair))
    cut.write_bytes(b"")
    refused("truncated", lambda: read_all(cut, pair))


def central_directory_offset(data: bytes) -> int:
    return struct.unpack("<L", data[-6:-2])[0]


def test_corrupted_byte_in_central_directory(tmp_path, pair, small):
    data = bytearray(small.read_bytes())
    cd = central_directory_offset(bytes(data))
    bad = tmp_path / "bad.dvk"
    data[cd + 1] ^= 0xFF  # the central directory's magic number
    bad.write_bytes(data)
    refused("corrupted", lambda: read_all(bad, pair))

    data = bytearray(small.read_bytes())
    data[cd + 16] ^= 0x01  # CRC-32 of the first entry (a payload file)
    bad.write_bytes(data)
    refused("corrupted", lambda: read_all(bad, pair), "CRC", "payload/models.jsonl")


def test_every_single_byte_flip_is_refused_or_harmless(tmp_path, pair):
    """Flip each byte of a small bundle: the reader either refuses with a BundleError or, for a
    byte that carries no meaning (a timestamp, an attribute), yields exactly the same data."""
    path = write_bundle(tmp_path / "out", pair, {"models": 2, "units": 1})
    good = read_all(path, pair)
    data = path.read_bytes()
    bad = tmp_path / "flip.dvk"
    outcomes: dict[str, int] = {}
    for pos in range(len(data)):
        flipped = bytearray(data)
        flipped[pos] ^= 0x55
        bad.write_bytes(flipped)
        try:
            got = read_all(bad, pair)
        except BundleError as err:
            outcomes[err.code] = outcomes.get(err.code, 0) + 1
        else:
            assert got == good, f"byte {pos} changed the data without being noticed"
            outcomes["harmless"] = outcomes.get("harmless", 0) + 1
    print(outcomes)
    assert outcomes.get("harmless", 0) < len(data) // 4
    assert {"corrupted", "truncated"} <= set(outcomes)


def stream_zip(path: Path, entries: list[tuple[str, Callable[[Any], None]]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, fill in entries:
            with zf.open(name, "w", force_zip64=True) as dst:
                fill(dst)


def test_zip_bomb_is_refused_before_decompressing(tmp_path, pair, small):
    block = (b'{"name":"' + b"a" * 4000 + b'"}\n') * 256  # ~1 MiB, squeezes ~1000:1

    def fifty_mb(dst: Any) -> None:
        for _ in range(50):
            dst.write(block)

    raw = members(small)
    bomb = tmp_path / "bomb.dvk"
    stream_zip(
        bomb,
        [
            ("payload/models.jsonl", fifty_mb),
            ("manifest.json", lambda d: d.write(raw["manifest.json"])),
            ("signature", lambda d: d.write(raw["signature"])),
        ],
    )
    assert bomb.stat().st_size < 100_000  # 50 MB in a few dozen KB
    refused("zip_bomb", lambda: read_all(bomb, pair), "payload/models.jsonl", "nén")


def test_lying_declared_size_is_caught_while_streaming(tmp_path, pair, small):
    """The directory says the payload is 10 bytes: the reader must not believe it, nor read
    past it; the data that does come out fails its check."""
    data = bytearray(small.read_bytes())
    cd = central_directory_offset(bytes(data))
    struct.pack_into("<L", data, cd + 24, 10)  # uncompressed size of the first entry
    bad = tmp_path / "lie.dvk"
    bad.write_bytes(data)
    refused("corrupted", lambda: read_all(bad, pair), "payload/models.jsonl")


def test_too_many_entries(tmp_path, pair, small):
    crowd = rebuild(
        small, tmp_path / "crowd.dvk", extra=[(f"payload/e{i}.jsonl", b"") for i in range(30)]
    )
    refused("too_large", lambda: read_all(crowd, pair, limits=bf.Limits(max_entries=20)), "34")


@pytest.mark.parametrize(
    ("name", "code", "words"),
    [
        ("/etc/passwd", "path_traversal", "đường dẫn tuyệt đối"),
        ("../danvan.sqlite", "path_traversal", "thư mục cha"),
        ("payload/../../x.jsonl", "path_traversal", "thư mục cha"),
        ("payload\\models.jsonl", "path_traversal", "gạch ngược"),
        ("C:/Windows/x.jsonl", "path_traversal", "ổ đĩa"),
        ("payload/", "unexpected_entry", "payload/"),
        ("readme.txt", "unexpected_entry", "readme.txt"),
        ("payload/Models.jsonl", "unexpected_entry", "Models"),
        ("payload/models.jsonl", "duplicate_entry", "payload/models.jsonl"),
    ],
)
def test_bad_entry_names(tmp_path, pair, small, name, code, words):
    bad = rebuild(small, tmp_path / "bad.dvk", extra=[(name, b"{}\n")])
    refused(code, lambda: read_all(bad, pair), words)


# --------------------------------------------------------------------------- trust


def test_flipped_byte_in_payload(tmp_path, pair, small):
    payload = members(small)["payload/models.jsonl"]
    at = payload.index("Thôn".encode())
    tampered = payload[:at] + b"X" + payload[at + 1 :]
    bad = rebuild(small, tmp_path / "bad.dvk", replace={"payload/models.jsonl": tampered})
    refused("hash_mismatch", lambda: read_all(bad, pair), "payload/models.jsonl", "không khớp")
    # Deferred hashing catches it at the end of the file, before the count is trusted.
    refused("hash_mismatch", lambda: read_all(bad, pair, verify_hashes=False))
    refused("hash_mismatch", lambda: bf.verify_file(bad, trust(pair)))


def test_valid_bundle_resigned_by_another_key(tmp_path, pair, small):
    intruder = keys.generate_keypair()
    bad = rebuild(small, tmp_path / "bad.dvk", resign=intruder)
    refused("bad_signature", lambda: read_all(bad, pair), SENDER)
    # The same file is fine for whoever trusts the intruder's key: only the key differs.
    assert read_all(bad, intruder)["models"] == list(records("models", 5))


def test_edited_manifest_breaks_the_signature(tmp_path, pair, small):
    def more(doc: dict[str, Any]) -> None:
        doc["recipient_unit"] = "43"

    bad = rebuild(small, tmp_path / "bad.dvk", edit_manifest=more)
    refused("bad_signature", lambda: read_all(bad, pair, expected_recipient="43"))


def test_unknown_sender(small):
    refused(
        "unknown_sender",
        lambda: bf.open_bundle(small, lambda u, i: None, expected_recipient=RECIPIENT),
        SENDER,
        INSTALL,
    )


def test_wrong_recipient(pair, small):
    refused("wrong_recipient", lambda: read_all(small, pair, expected_recipient="48"), "42", "48")
    assert read_all(small, pair, expected_recipient=None)  # not checked when not given


def test_future_format_version(tmp_path, pair, small):
    def future(doc: dict[str, Any]) -> None:
        doc["format_version"] = bf.FORMAT_VERSION + 1
        doc["new_field_of_v2"] = {"x": 1}

    bad = rebuild(small, tmp_path / "bad.dvk", edit_manifest=future, resign=pair)
    refused("future_format", lambda: read_all(bad, pair), "phiên bản 2")


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d.pop("seq"), "thiếu trường seq"),
        (lambda d: d.update(extra=1), "trường lạ extra"),
        (lambda d: d.update(kind="virus"), "kind"),
        (lambda d: d.update(created_at="2026-05-04T10:00:00+07:00"), "UTC"),
        (lambda d: d.update(seq=True), "seq"),
        (lambda d: d.update(full=True), "since_seq"),
        (lambda d: d["counts"].update(ghost=1), "counts và files"),
    ],
)
def test_bad_manifest_fields(tmp_path, pair, small, edit, words):
    bad = rebuild(small, tmp_path / "bad.dvk", edit_manifest=edit, resign=pair)
    refused("bad_manifest", lambda: read_all(bad, pair), words)


def test_manifest_not_in_canonical_form(tmp_path, pair, small):
    pretty = json.dumps(json.loads(members(small)["manifest.json"]), indent=1).encode()
    bad = rebuild(small, tmp_path / "bad.dvk", replace={"manifest.json": pretty})
    bad = rebuild(bad, tmp_path / "bad2.dvk", resign=pair)
    refused("bad_manifest", lambda: read_all(bad, pair), "dạng chuẩn")


def test_missing_and_unlisted_payload_files(tmp_path, pair, small):
    gone = rebuild(small, tmp_path / "gone.dvk", drop=("payload/units.jsonl",))
    refused("missing_file", lambda: read_all(gone, pair), "payload/units.jsonl")
    extra = rebuild(small, tmp_path / "extra.dvk", extra=[("payload/secrets.jsonl", b"{}\n")])
    refused("unlisted_file", lambda: read_all(extra, pair), "payload/secrets.jsonl")
    unsigned = rebuild(small, tmp_path / "unsigned.dvk", drop=("signature",))
    refused("missing_file", lambda: read_all(unsigned, pair), "signature")


# --------------------------------------------------------------------------- payload content


def with_payload(
    tmp_path: Path, small: Path, pair: keys.KeyPair, body: bytes, count: int | None = None
) -> Path:
    """A correctly signed bundle whose models payload is `body` (hash updated; count given)."""

    def edit(doc: dict[str, Any]) -> None:
        doc["files"]["payload/models.jsonl"] = hashlib.sha256(body).hexdigest()
        if count is not None:
            doc["counts"]["models"] = count

    return rebuild(
        small,
        tmp_path / "p.dvk",
        replace={"payload/models.jsonl": body},
        edit_manifest=edit,
        resign=pair,
    )


def test_malformed_json_line(tmp_path, pair, small):
    body = b'{"a":1}\n{"a":2}\n{"a": tr\n{"a":4}\n'
    bad = with_payload(tmp_path, small, pair, body, count=4)
    refused("malformed_jsonl", lambda: read_all(bad, pair), "payload/models.jsonl dòng 3")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'{"a":1}\n[1,2]\n', "dòng 2: không phải một đối tượng JSON"),
        (b'{"a":1}\n\n', "dòng 2"),
        (b'{"a":NaN}\n', "dòng 1"),
        (b'{"a":"\xff"}\n', "UTF-8"),
        (b'{"a":1}\n{"a":2}', "dòng 2: dòng cuối không có ký tự xuống dòng"),
    ],
)
def test_other_malformed_lines(tmp_path, pair, small, body, words):
    bad = with_payload(tmp_path, small, pair, body)
    refused("malformed_jsonl", lambda: read_all(bad, pair), words)


def test_overlong_line(tmp_path, pair, small):
    bad = with_payload(tmp_path, small, pair, b'{"a":"' + b"x" * 3000 + b'"}\n', count=1)
    limits = bf.Limits(max_line_bytes=1000)
    refused("malformed_jsonl", lambda: read_all(bad, pair, limits=limits), "quá dài")


def test_manifest_counts_disagree_with_payload(tmp_path, pair, small):
    def lie(doc: dict[str, Any]) -> None:
        doc["counts"]["models"] = 6

    bad = rebuild(small, tmp_path / "bad.dvk", edit_manifest=lie, resign=pair)
    err = refused("count_mismatch", lambda: read_all(bad, pair), "payload/models.jsonl")
    assert "có 5 bản ghi, bản kê ghi 6" in str(err)


def test_record_shape(tmp_path, pair, small):
    bf.check_record_shape("models", record("models", 3))
    broken = record("models", 3)
    del broken["unit_code"]
    refused("bad_record", lambda: bf.check_record_shape("models", broken), "unit_code")
    for key, value in [
        ("id", "123"),
        ("revision", 0),
        ("deleted", "no"),
        ("updated_at", "2026-05-04T10:00:00+07:00"),
    ]:
        rec = record("models", 1) | {key: value}
        refused("bad_record", lambda r=rec: bf.check_record_shape("models", r), key)

    body = (json.dumps(record("models", 1)) + "\n" + json.dumps(broken) + "\n").encode()
    bad = with_payload(tmp_path, small, pair, body, count=2)
    assert len(read_all(bad, pair)["models"]) == 2  # the reader alone does not interpret
    with bf.open_bundle(bad, trust(pair), expected_recipient=RECIPIENT) as bundle:
        refused(
            "bad_record",
            lambda: list(bundle.iter_records("models", check_shape=True)),
            "payload/models.jsonl dòng 2",
            "unit_code",
        )


# --------------------------------------------------------------------------- staging


def test_copy_to_staging(tmp_path, pair, small):
    staging = tmp_path / "staging"
    local = bf.copy_to_staging(small, staging)
    assert local.parent == staging and local.suffix == ".dvk"
    assert local.read_bytes() == small.read_bytes()
    assert stat.S_IMODE(local.stat().st_mode) == 0o600
    assert read_all(local, pair)["units"] == list(records("units", 2))
    second = bf.copy_to_staging(small, staging)
    assert second != local  # a second copy never overwrites the first

    refused("too_large", lambda: bf.copy_to_staging(small, staging, max_bytes=100))
    assert sorted(staging.iterdir()) == sorted([local, second])  # no partial file left
    refused("missing_file", lambda: bf.copy_to_staging(tmp_path / "khong-co.dvk", staging))


def test_bundle_file_name():
    name = bf.bundle_file_name("42001", "2026-Q2", 12, "01960000-0000-7000-8000-00000000abcd")
    assert name == "42001_2026-Q2_000012_0000abcd.dvk"
    assert bf.parse_bundle_file_name(name) == ("42001", "2026-Q2", 12, "0000abcd")
    # Bundles made in the same minute share a UUIDv7's first digits, not its last ones.
    other = bf.bundle_file_name("42001", "2026-Q2", 12, "01960000-0000-7000-8000-00000000abce")
    assert other != name
    assert bf.parse_bundle_file_name("ảnh.jpg") is None
    with pytest.raises(ValueError):
        bf.bundle_file_name("42_001", "2026", 1, "01960000-0000-7000-8000-00000000abcd")
