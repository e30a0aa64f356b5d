"""Property-based fuzzing of the bundle reader and the import (issue 8, item 2), a few seconds.

A real signed bundle (our writer, a sender the province trusts) is mutated by hypothesis: bytes
flipped and the file cut, record lines replaced by any JSON (deep, wrong types, huge numbers),
manifest fields set to any value and signed again. Whatever the file, `verify_file` either
returns a manifest or raises BundleError, and the import returns a report (refused with a known
reason, or accepted): nothing else escapes. The longer run is tests/bench/fuzz_bundles.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.store.migrate import current_revision
from danvan_desktop.sync import importer, keys, trust
from danvan_desktop.sync.bundle_format import BundleWriter, Manifest, verify_file
from danvan_desktop.sync.errors import REASONS, BundleError
from tests.bench.fuzz_bundles import canonical, make_zip, read_entries, signed_zip
from tests.conftest import COMMUNE
from tests.sync_support import build_province, open_copy

INSTALL = "may-fuzz"
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(1 << 70), max_value=1 << 70)
    | st.floats(allow_nan=False)
    | st.text(max_size=50)
    | st.sampled_from(["42", COMMUNE, "01", "2026-05-04", "2026-05-04T03:02:01", uuid7()]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fuzz")
    province = open_copy(build_province(folder), folder / "tinh" / "tinh.sqlite")
    key = Ed25519PrivateKey.generate()
    raw = keys.public_key_bytes(key)
    with province.session() as s:
        trust.trust_key(s, COMMUNE, INSTALL, raw, source="key_file", confirmed_by="admin")
    model = {
        "id": uuid7(),
        "unit_code": COMMUNE,
        "revision": 1,
        "deleted": False,
        "created_at": "2026-05-04T03:02:01",
        "updated_at": "2026-05-04T03:02:01",
        "updated_by": "admin",
        "kind": "model",
        "name": "Mô hình Dân vận khéo",
        "field_code": "economy",
        "status": "draft",
        "year": 2026,
    }
    step = {
        **{k: model[k] for k in ("unit_code", "revision", "deleted", "created_at", "updated_at")},
        "id": uuid7(),
        "model_id": model["id"],
        "action": "register",
        "from_status": "draft",
        "to_status": "registered",
        "on_date": "2026-05-04",
    }
    manifest = Manifest.new(
        kind="data",
        sender_unit=COMMUNE,
        sender_install=INSTALL,
        recipient_unit="42",
        schema_revision=current_revision(province.engine),
        seq=1,
    )
    line = trust.sender_key_line(trust.Identity(COMMUNE, INSTALL, raw, keys.fingerprint(raw)))
    with BundleWriter(folder, manifest, key, period="2026-11") as writer:
        writer.add_records("sender_key", [line])
        writer.add_records("models", [model])
        writer.add_records("model_transitions", [step])
    private_raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    yield {
        "province": province,
        "base": writer.path.read_bytes(),
        "private": private_raw,
        "folder": folder,
        "lookup": lambda u, i: raw if (u, i) == (COMMUNE, INSTALL) else None,
    }
    province.close()


def check(world: Any, data: bytes) -> None:
    """verify_file: a manifest or BundleError; the import (a preview: every check, rolled
    back): a report with a known refusal reason or an accepted status; nothing escapes."""
    path = world["folder"] / "m.dvk"
    path.write_bytes(data)
    try:
        verify_file(path, world["lookup"], "42", check_shape=True)
    except BundleError as exc:
        assert exc.code in REASONS
    [report] = importer.import_bundles(
        world["province"], [path], dry_run=True, staging_dir=world["folder"] / "st"
    )
    if report.status == "refused":
        assert report.code in REASONS, report.message
        assert not report.message.split(": ", 1)[-1].startswith("không đọc được gói ("), (
            report.message
        )
    else:
        assert report.status in ("preview", "already_imported"), report.message


def test_the_base_bundle_is_accepted(world: Any) -> None:
    path = world["folder"] / "base.dvk"
    path.write_bytes(world["base"])
    report = importer.preview_bundle(world["province"], path, staging_dir=world["folder"] / "st")
    assert report.status == "preview", report.message
    assert report.entities["model_transitions"].new == 1


@FUZZ
@given(
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), max_size=8),
    cut=st.none() | st.integers(min_value=0),
)
def test_flipped_or_cut_files_are_refused_never_crash(
    world: Any, flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(world["base"])
    for at, xor in flips:
        data[at % len(data)] ^= xor
    if cut is not None:
        data = data[: cut % len(data)]
    check(world, bytes(data))


@FUZZ
@given(
    entity=st.sampled_from(["models", "model_transitions", "sender_key"]),
    value=json_values,
    depth=st.none() | st.integers(min_value=1, max_value=20_000),
    field=st.sampled_from(["id", "unit_code", "model_id", "name", "revision", "deleted", "zz"]),
)
def test_any_json_in_a_record_line_is_refused_or_applied(
    world: Any, entity: str, value: Any, depth: int | None, field: str
) -> None:
    entries = read_entries(world["base"])
    manifest = json.loads(entries["manifest.json"])
    files = {n: b for n, b in entries.items() if n.startswith("payload/")}
    name = f"payload/{entity}.jsonl"
    rec = json.loads(files[name].splitlines()[0])
    rec[field] = value
    text = json.dumps(rec, ensure_ascii=False).encode()
    if depth is not None:
        text = b"[" * depth + text + b"]" * depth
    files[name] = text + b"\n"
    check(world, signed_zip(manifest, files, world["private"], recount=True))


@FUZZ
@given(
    field=st.sampled_from(
        [
            "seq",
            "since_seq",
            "kind",
            "full",
            "sender_unit",
            "recipient_unit",
            "counts",
            "files",
            "created_at",
            "format_version",
            "prev_bundle_hash",
            "schema_revision",
        ]
    ),
    value=json_values | st.sampled_from([1 << 63, 30_000_000, "rollup", "reference", "ack"]),
    signed=st.booleans(),
)
def test_any_manifest_value_is_refused_or_applied(
    world: Any, field: str, value: Any, signed: bool
) -> None:
    entries = read_entries(world["base"])
    manifest = json.loads(entries["manifest.json"])
    manifest[field] = value
    files = {n: b for n, b in entries.items() if n.startswith("payload/")}
    if signed:
        data = signed_zip(manifest, files, world["private"], recount=False)
    else:
        data = make_zip({**entries, "manifest.json": canonical(manifest)})
    check(world, data)


def test_nested_manifest_is_refused(world: Any) -> None:
    entries = read_entries(world["base"])
    manifest = json.loads(entries["manifest.json"])
    manifest["counts"] = "__deep__"
    files = {n: b for n, b in entries.items() if n.startswith("payload/")}
    check(world, signed_zip(manifest, files, world["private"], recount=False))
