# ruff: noqa: F811, ANN001, ANN201
"""Issue 8, items 1-3: who may say what in a bundle, files that crashed the reader, --trust-new.

Each test is an attack that succeeded before (a key for another commune trusted and handed
down in a rollup, records hung under another commune's records, a commune's bundle labelled
`rollup`, a stranger claiming a new install of a known commune, files that raised instead of
being refused, `bundle verify` saying yes to what import refuses); each is now refused with the
rule named and the province database byte-for-byte unchanged.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from danvan_desktop import cli
from danvan_desktop.domain import authority as rules
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.services import signing_keys
from danvan_desktop.store.base import SYNCED
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.sync_state import last_imported_seq
from danvan_desktop.store.units import Unit
from danvan_desktop.sync import (
    authority,
    bundle_format,
    bundle_limits,
    importer,
    keys,
    rollup,
    trust,
)
from danvan_desktop.sync.errors import REASONS
from tests.conftest import ADMIN_PASSWORD, COMMUNE
from tests.sync_support import DEMO_PASSWORD, db_file, introduce, open_copy, table_digest
from tests.unit.test_sync_bad_input import (  # noqa: F401 (fixtures)
    OTHER_INSTALL,
    bundles,
    craft,
    key_line,
    lines,
    model_line,
    outsider,
    province,
    province_template,
    refused,
    send,
)

STAMP = {"created_at": "2026-05-04T03:02:01", "updated_at": "2026-05-04T03:02:01"}


def base(unit: str, **fields: Any) -> dict[str, Any]:
    return {"id": uuid7(), "unit_code": unit, "revision": 1, "deleted": False, **STAMP, **fields}


def victim_rows(ctx) -> tuple[str, str]:  # noqa: ANN001
    """A model and a petition of the demo commune, once its bundle is at the province."""
    with ctx.read() as s:
        model = s.execute(select(DvkModel.id).where(DvkModel.unit_code == COMMUNE)).scalar()
        petition = s.execute(select(Petition.id).where(Petition.unit_code == COMMUNE)).scalar()
    assert model and petition
    return model, petition


@pytest.fixture
def with_demo(province, bundles):  # noqa: ANN001, ANN201
    """The province after importing the demo commune's real bundle."""
    good = bundles["good"].path
    report = importer.import_bundle(province, good, ack_dir=good.parent / "acks")
    assert report.status == "applied", report.message
    return province


# ---- the rule table ----------------------------------------------------------------------------


def test_every_synced_type_declares_its_authority() -> None:
    assert authority.undeclared() == []
    table = authority.rule_table()
    assert set(table) == set(SYNCED)
    assert table["upper_decisions"][0] == rules.UPPER
    assert table["models"][0] == rules.OWNER
    assert table["model_transitions"][1] == {"model_id": "models"}
    assert table["evidence"][1] == {"record_id": "@record_entity"}
    for name, (_auth, parents) in table.items():
        for col, target in parents.items():
            assert col in SYNCED[name].__table__.columns, (name, col)
            assert target.startswith("@") or target == rules.UNIT_CODE or target in SYNCED


def test_a_record_type_without_a_declaration_is_found() -> None:
    model = SYNCED["calendar_days"]
    saved = model.__dict__["__authority__"]
    try:
        del model.__authority__
        assert authority.undeclared() == ["calendar_days"]
        with pytest.raises(RuntimeError):
            authority.authority_of("calendar_days")
    finally:
        model.__authority__ = saved


# ---- keys ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["reference", "rollup"])
def test_commune_cannot_make_province_trust_a_key_for_another_commune(
    with_demo, bundles, outsider, tmp_path: Path, demo_template: Path, kind: str
) -> None:  # noqa: ANN001
    province = with_demo
    evil = Ed25519PrivateKey.generate()
    evil_fp = keys.fingerprint(keys.public_key_bytes(evil))
    path = send(
        outsider,
        tmp_path / f"{kind}.dvk",
        {"keys": key_line(evil, COMMUNE, "may-gia-mao")},
        kind=kind,
    )
    report = refused(province, path, "wrong_direction", trust_new=True)
    assert "cấp trên" in report.message
    with province.read() as s:
        assert trust.trusted_keys(s)(COMMUNE, "may-gia-mao") is None

    # The real rollup the province then sends down to the victim carries no such key, and the
    # victim's import of it trusts nothing new from the attacker.
    made = rollup.export_rollups(province, tmp_path / "down", unit=COMMUNE)
    assert len(made) == 1
    province_fp = trust.own_identity(province).fingerprint
    with province.read() as s:
        lookup = trust.trusted_keys(s)
    own = trust.own_identity(province)
    with bundle_format.open_bundle(
        made[0].path,
        lambda u, i: own.public_key if (u, i) == (own.unit_code, own.install_id) else lookup(u, i),
        expected_recipient=COMMUNE,
    ) as down:
        fps = {line["fingerprint"] for line in down.iter_records("keys")}
    assert province_fp in fps and evil_fp not in fps

    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    try:
        introduce(commune, province, tmp_path / "keys2")
        got = importer.import_bundle(commune, made[0].path, ack_dir=tmp_path / "acks")
        assert got.status == "applied", got.message
        with commune.read() as s:
            assert trust.trusted_keys(s)(COMMUNE, "may-gia-mao") is None
            assert evil_fp not in {r.fingerprint for r in trust.list_keys(commune)}
    finally:
        commune.close()


def test_superior_may_hand_down_keys_only_for_units_under_it(
    province, tmp_path: Path, demo_template: Path
) -> None:  # noqa: ANN001
    """At the commune: a rollup of its real province naming a unit outside the province."""
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    try:
        introduce(commune, province, tmp_path / "keys")
        me = trust.own_identity(province)
        # Signed with the province's real key: its own reference bundle plus one key line.
        made = rollup.export_reference(province, tmp_path / "down", unit=COMMUNE)[0]
        with zipfile.ZipFile(made.path) as zf:
            payload = {
                i.filename.removeprefix("payload/").removesuffix(".jsonl"): zf.read(i)
                for i in zf.infolist()
                if i.filename.startswith("payload/")
            }
            schema = json.loads(zf.read("manifest.json"))["schema_revision"]
        stranger = Ed25519PrivateKey.generate()
        payload["keys"] += key_line(stranger, "01", "ha-noi")  # Hà Nội: not under province 42
        private = Ed25519PrivateKey.from_private_bytes(signing_keys.unlocked(province).private_raw)
        path = craft(
            tmp_path / "forged.dvk",
            private,
            payload,
            sender=me.unit_code,
            install=me.install_id,
            schema=schema,
            kind="reference",
            recipient_unit=COMMUNE,
            seq=2,
        )
        report = refused(commune, path, "foreign_key_grant")
        assert "01" in report.message
    finally:
        commune.close()


# ---- records under records of another unit -----------------------------------------------------


def test_child_records_under_another_communes_records_are_refused(
    with_demo, outsider, tmp_path: Path
) -> None:  # noqa: ANN001
    model, petition = victim_rows(with_demo)
    s_unit = outsider["unit"]
    transition = base(
        s_unit,
        model_id=model,
        action="recognise",
        from_status="implementing",
        to_status="recognised",
        on_date="2026-05-04",
    )
    step = base(
        s_unit,
        petition_id=petition,
        action="close",
        from_status="processing",
        to_status="closed",
        on_date="2026-05-04",
    )
    for entity, rec in (("model_transitions", transition), ("petition_steps", step)):
        path = send(outsider, tmp_path / f"{entity}.dvk", {entity: lines(rec)})
        report = refused(with_demo, path, "foreign_parent")
        assert rec["id"] in report.message and COMMUNE in report.message
        assert "quy tắc" in report.message


def test_decision_in_a_communes_bundle_is_refused(with_demo, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    model, _petition = victim_rows(with_demo)
    decision = base(
        outsider["unit"],
        kind="recognition",
        target_entity="models",
        target_id=model,
        target_unit=COMMUNE,
        decided_on="2026-05-04",
        level="province",
    )
    path = send(outsider, tmp_path / "d.dvk", {"upper_decisions": lines(decision)})
    report = refused(with_demo, path, "not_authorised")
    assert "upper_decisions" in report.message and "cấp trên" in report.message


def test_children_under_own_records_in_the_same_bundle_apply(
    province, outsider, tmp_path: Path
) -> None:  # noqa: ANN001
    own = model_line(unit_code=outsider["unit"])
    child = base(
        outsider["unit"],
        model_id=own["id"],
        action="register",
        from_status="draft",
        to_status="registered",
        on_date="2026-05-04",
    )
    path = send(
        outsider,
        tmp_path / "own.dvk",
        {"models": lines(own), "model_transitions": lines(child)},
    )
    report = importer.import_bundle(province, path, ack_dir=tmp_path / "acks")
    assert report.status == "applied", report.message
    assert report.entities["model_transitions"].new == 1


def test_parent_missing_everywhere_is_refused(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    child = base(
        outsider["unit"],
        model_id=uuid7(),
        action="register",
        from_status="draft",
        to_status="registered",
        on_date="2026-05-04",
    )
    path = send(outsider, tmp_path / "orphan.dvk", {"model_transitions": lines(child)})
    refused(province, path, "missing_parent")


# ---- kinds and direction ------------------------------------------------------------------------


def test_communes_bundle_labelled_rollup_is_refused_and_uses_no_seq(
    province, outsider, tmp_path: Path
) -> None:  # noqa: ANN001
    own = model_line(unit_code=outsider["unit"])
    path = send(outsider, tmp_path / "r.dvk", {"models": lines(own)}, kind="rollup")
    refused(province, path, "wrong_direction")
    with province.read() as s:
        assert last_imported_seq(s, outsider["unit"], OTHER_INSTALL) == 0
    good = send(outsider, tmp_path / "g.dvk", {"models": lines(own)})
    report = importer.import_bundle(province, good, ack_dir=tmp_path / "acks")
    assert report.status == "applied", report.message
    assert report.ack is not None and report.ack.path.exists()
    assert not report.missing_seqs


# ---- --trust-new --------------------------------------------------------------------------------


def stranger_bundle(outsider: dict[str, Any], path: Path, install: str) -> tuple[Path, str]:
    fake = Ed25519PrivateKey.generate()
    unit = outsider["unit"]
    own = model_line(unit_code=unit)
    made = craft(
        path,
        fake,
        {"sender_key": key_line(fake, unit, install), "models": lines(own)},
        sender=unit,
        install=install,
        schema=outsider["schema"],
    )
    return made, keys.fingerprint(keys.public_key_bytes(fake))


def test_trust_new_never_adds_a_key_for_a_unit_that_has_one(
    province, outsider, tmp_path: Path
) -> None:  # noqa: ANN001
    path, fp = stranger_bundle(outsider, tmp_path / "s.dvk", "may-moi")
    report = refused(province, path, "unknown_sender", trust_new=True)
    assert fp in report.message and "--accept-key" in report.message
    assert report.key_notice is not None and report.key_notice.unit_has_key
    accepted = importer.import_bundle(province, path, accept_keys=[fp], ack_dir=tmp_path / "acks")
    assert accepted.status == "applied", accepted.message


def test_trust_new_never_replaces_a_key(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    path, fp = stranger_bundle(outsider, tmp_path / "s.dvk", OTHER_INSTALL)
    report = refused(province, path, "key_changed", trust_new=True)
    assert fp in report.message


def test_trust_new_at_first_contact_still_works(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    with province.read() as s:
        known = {r.unit_code for r in trust.list_keys(province)}
        third = (
            s.execute(
                select(Unit.code)
                .where(Unit.parent_code == "42", Unit.code.not_in(sorted(known | {COMMUNE})))
                .order_by(Unit.code)
            )
            .scalars()
            .first()
        )
    path, fp = stranger_bundle({**outsider, "unit": third}, tmp_path / "t.dvk", "may-1")
    report = importer.import_bundle(province, path, trust_new=True, ack_dir=tmp_path / "acks")
    assert report.status == "applied", report.message
    assert report.key_notice is not None and report.key_notice.fingerprint == fp


def test_key_decision_rule() -> None:
    rule = trust.key_accepted
    assert rule("fp", previous_fingerprint=None, unit_has_key=False, trust_new=True, accept_keys=())
    assert not rule(
        "fp", previous_fingerprint=None, unit_has_key=True, trust_new=True, accept_keys=()
    )
    assert not rule(
        "fp", previous_fingerprint="old", unit_has_key=True, trust_new=True, accept_keys=()
    )
    assert rule(
        "fp", previous_fingerprint="old", unit_has_key=True, trust_new=False, accept_keys={"fp"}
    )


def test_cli_prints_the_fingerprint_of_a_key_it_registers(
    province, outsider, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    path, fp = stranger_bundle(outsider, tmp_path / "s.dvk", "may-moi")
    db = db_file(province)
    province.close()
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(["bundle", "import", "--db", str(db), "--trust-new", str(path)])
    out = capsys.readouterr()
    assert code != 0 and fp in out.err and "--accept-key" in out.err
    code = cli.main(["bundle", "import", "--db", str(db), "--accept-key", fp, str(path)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert fp in out.out and "Đã đăng ký khóa" in out.out


# ---- files that crashed the reader ------------------------------------------------------------


def deep_line(depth: int = 1000) -> bytes:
    return b"[" * depth + b"]" * depth + b"\n"


def test_deeply_nested_json_line_is_refused(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    for depth in (40, 1000, 100_000):
        path = send(outsider, tmp_path / f"deep{depth}.dvk", {"models": deep_line(depth)})
        report = refused(province, path, "malformed_jsonl")
        assert "lồng" in report.message


def test_deep_json_in_a_key_line_and_a_manifest(tmp_path: Path) -> None:
    assert trust.parse_key_line(None) is None
    with pytest.raises(ValueError):
        bundle_format.loads_bounded(deep_line(5000))
    # Many brackets inside strings take the precise scan, which must stay linear: a quadratic
    # one would not finish on this line.
    hostile = b'["' + b"{" * 100 + b'\\"' * 400_000 + b'"]'
    bundle_limits.check_depth(hostile, 32)
    assert bundle_format.loads_bounded(b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == {
        "a": "[" * 38
    }


def corrupt_entry(path: Path, name: str) -> Path:
    """Overwrite the compressed bytes of one zip entry (a deflate stream zlib cannot read)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start, start + info.compress_size):
        data[i] = 0xFF
    path.write_bytes(bytes(data))
    return path


def test_corrupt_deflate_in_sender_key_on_first_contact(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    path, _fp = stranger_bundle(outsider, tmp_path / "z.dvk", "may-hong")
    corrupt_entry(path, "payload/sender_key.jsonl")
    assert trust.claimed_sender_key(path, outsider["unit"], "may-hong") is None
    refused(province, path, "unknown_sender", trust_new=True)


def test_huge_seq_is_a_number_not_a_list(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    own = model_line(unit_code=outsider["unit"])
    path = send(outsider, tmp_path / "big.dvk", {"models": lines(own)}, seq=30_000_000)
    report = importer.preview_bundle(province, path, ack_dir=tmp_path / "acks")
    assert report.status == "preview", report.message
    assert report.missing_count == 29_999_999 and len(report.missing_seqs) <= 200
    assert any("29999999 gói" in w for w in report.warnings)
    huge = send(outsider, tmp_path / "huge.dvk", {"models": lines(own)}, seq=1 << 63)
    report = refused(province, huge, "bad_manifest")
    assert "seq" in report.message


def test_one_bad_file_does_not_stop_the_folder(
    with_demo, bundles, outsider, tmp_path: Path
) -> None:  # noqa: ANN001
    folder = tmp_path / "usb"
    folder.mkdir()
    own = model_line(unit_code=outsider["unit"])
    send(outsider, folder / "a_deep.dvk", {"models": deep_line(2000)})
    send(outsider, folder / "b_huge.dvk", {"models": lines(own)}, seq=1 << 63)
    bad_key, _fp = stranger_bundle(outsider, folder / "c_zlib.dvk", "may-hong")
    corrupt_entry(bad_key, "payload/sender_key.jsonl")
    (folder / "d_junk.dvk").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    good = send(outsider, folder / "e_good.dvk", {"models": lines(own)}, seq=2)
    result = rollup.import_folder(with_demo, folder, trust_new=True, ack_dir=tmp_path / "acks")
    by_name = {o.path.name: o for o in result.outcomes}
    assert by_name[good.name].status == "imported", by_name[good.name].message
    for name in ("a_deep.dvk", "b_huge.dvk", "c_zlib.dvk", "d_junk.dvk"):
        assert by_name[name].status == "refused", name


# ---- bundle verify --db runs every check of the import -----------------------------------------


def test_verify_with_db_refuses_what_import_refuses(
    with_demo, bundles, outsider, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: ANN001
    province = with_demo
    unit = outsider["unit"]
    first = send(outsider, tmp_path / "first.dvk", {"models": lines(model_line(unit_code=unit))})
    assert importer.import_bundle(province, first, ack_dir=tmp_path / "a").status == "applied"
    cases = {
        "replayed_seq": send(
            outsider, tmp_path / "replay.dvk", {"models": lines(model_line(unit_code=unit))}
        ),
        "foreign_owner": send(
            outsider,
            tmp_path / "owner.dvk",
            {"models": lines(model_line(unit_code=COMMUNE))},
            seq=2,
        ),
        "future_schema": send(
            outsider,
            tmp_path / "schema.dvk",
            {"models": lines(model_line(unit_code=unit))},
            seq=2,
            schema="9999_tuong_lai",
        ),
        "wrong_recipient": bundles["wrong"].path,
        "wrong_direction": send(
            outsider,
            tmp_path / "dir.dvk",
            {"models": lines(model_line(unit_code=unit))},
            kind="reference",
            seq=2,
        ),
    }
    db = db_file(province)
    before = table_digest(db)
    province.close()
    for code, path in cases.items():
        assert cli.main(["bundle", "verify", str(path)]) == 0, code  # the file alone is fine
        capsys.readouterr()
        assert cli.main(["bundle", "verify", "--db", str(db), str(path)]) != 0, code
        err = capsys.readouterr().err
        assert REASONS[code] in err, (code, err)
    assert table_digest(db) == before


def test_parent_of_the_wrong_type_is_a_refusal_not_a_crash(province, outsider, tmp_path: Path):
    """Found by tests/bench/fuzz_bundles.py: a unit whose parent_code is an object."""
    hamlet = base(outsider["unit"], code="X-1", name="Thôn", level="hamlet", parent_code={"a": 1})
    path = send(outsider, tmp_path / "u.dvk", {"unit": lines(hamlet)})
    report = refused(province, path, "bad_record")
    assert "parent_code" in report.message


def test_known_revisions_read_without_alembic_match_alembics() -> None:
    from alembic.script import ScriptDirectory

    from danvan_desktop.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert importer._known_revisions() == {r.revision for r in script.walk_revisions()}


def test_link_to_a_record_of_the_same_kind_must_exist_or_come(
    with_demo, outsider, tmp_path: Path
) -> None:
    """A petition marked duplicate of another commune's petition, or of one that is nowhere."""
    from danvan_desktop.sync.profiles import spec

    _model, victim = victim_rows(with_demo)
    sp = spec("petitions")
    with with_demo.read() as s:
        row = s.execute(select(sp.table).where(sp.table.c.id == victim)).mappings().one()
    for target, code in ((victim, "foreign_parent"), (uuid7(), "missing_parent")):
        mine = sp.encode(row) | {
            "id": uuid7(),
            "unit_code": outsider["unit"],
            "duplicate_of_id": target,
            "hamlet_code": None,
        }
        path = send(outsider, tmp_path / f"{code}.dvk", {"petitions": lines(mine)})
        refused(with_demo, path, code)
