"""Issue 8's sync attacks against a province on each backend (mixed into UpperLevelSuite, so
test_upper_level_sqlite.py and test_upper_level_postgres.py both run it).

A real commune (18652, with its real signing key) turns hostile after its first real bundle
was imported: it sends a `reference` and a `rollup` carrying a key for a new install of its
neighbour 18673, a transition hung under 18673's model, a "decision" of its own, a bundle
labelled `rollup`; a stranger claims a new install of 18673 with --trust-new; files that used
to crash the reader. Each is refused with its rule, the province keeps no trace, the real
rollup it then sends 18673 carries no attacker key, and one bad file does not stop a folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select


def _manifest(ctx: Any, sender: Any, seq: int, **fields: Any) -> dict[str, Any]:
    from danvan_desktop.domain.ids import uuid7
    from danvan_desktop.store.migrate import current_revision
    from danvan_desktop.sync.bundle_format import utc_now_iso

    return {
        "format_version": 1,
        "bundle_id": uuid7(),
        "kind": "data",
        "sender_unit": sender.unit_code,
        "sender_install": sender.install_id,
        "recipient_unit": "42",
        "created_at": utc_now_iso(),
        "schema_revision": current_revision(ctx.engine),
        "rubric_version": None,
        "rubric_hash": None,
        "seq": seq,
        "prev_bundle_hash": None,
        "full": True,
        "since_seq": None,
        "counts": {},
        "files": {},
        **fields,
    }


def _lines(*records: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def _base(unit: str, **fields: Any) -> dict[str, Any]:
    from danvan_desktop.domain.ids import uuid7

    stamp = "2026-05-04T03:02:01"
    return {
        "id": uuid7(),
        "unit_code": unit,
        "revision": 1,
        "deleted": False,
        "created_at": stamp,
        "updated_at": stamp,
        **fields,
    }


class SyncAuthoritySuite:
    def test_sync_authority_attacks(self, province_url: str, communes, tmp_path: Path) -> None:  # noqa: ANN001
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
        )

        from danvan_desktop.services import signing_keys, users
        from danvan_desktop.store.model_register import DvkModel
        from danvan_desktop.store.sync_state import ImportLedger, PeerKey
        from danvan_desktop.sync import bundle_format, importer, keys, rollup, trust
        from tests.bench.fuzz_bundles import signed_zip
        from tests.integration.upper_level_suite import PASSWORD, open_commune, open_province

        templates, bundles = communes
        province = open_province(province_url)
        users.authenticate(province, "admin", PASSWORD)
        attacker = open_commune(templates["18652"], tmp_path)
        try:
            for t in templates.values():
                trust.trust_key_file(province, t.key_file)
            first = rollup.import_folder(province, bundles, ack_dir=tmp_path / "acks")
            assert first.imported == 3, first.summary()
            me = trust.own_identity(attacker)
            private = signing_keys.unlocked(attacker).private_raw
            sender_key = _lines(trust.sender_key_line(me))
            with province.read() as s:
                victim_model = s.execute(
                    select(DvkModel.id).where(DvkModel.unit_code == "18673")
                ).scalar()

            def bundle(name: str, payload: dict[str, bytes], seq: int = 2, **fields: Any) -> Path:
                files = {f"payload/{e}.jsonl": b for e, b in payload.items()}
                files["payload/sender_key.jsonl"] = sender_key
                path = tmp_path / f"{name}.dvk"
                manifest = _manifest(province, me, seq, **fields)
                path.write_bytes(signed_zip(manifest, files, private, recount=True))
                return path

            def ledger_rows() -> int:
                with province.read() as s:
                    return s.execute(select(func.count()).select_from(ImportLedger)).scalar_one()

            def keys_count() -> int:
                with province.read() as s:
                    return s.execute(select(func.count()).select_from(PeerKey)).scalar_one()

            def refused(path: Path, code: str, **options: Any) -> importer.BundleReport:
                before = (ledger_rows(), keys_count())
                report = importer.import_bundle(
                    province, path, ack_dir=tmp_path / "acks", **options
                )
                assert (report.status, report.code) == ("refused", code), report.message
                assert (ledger_rows(), keys_count()) == before
                return report

            evil = Ed25519PrivateKey.generate()
            evil_raw = keys.public_key_bytes(evil)
            evil_line = trust.sender_key_line(
                trust.Identity("18673", "may-gia-mao", evil_raw, keys.fingerprint(evil_raw))
            )
            for kind in ("reference", "rollup"):
                refused(bundle(kind, {"keys": _lines(evil_line)}, kind=kind), "wrong_direction")
            transition = _base(
                "18652",
                model_id=victim_model,
                action="recognise",
                from_status="implementing",
                to_status="recognised",
                on_date="2026-05-04",
            )
            refused(bundle("child", {"model_transitions": _lines(transition)}), "foreign_parent")
            decision = _base(
                "18652",
                kind="recognition",
                target_entity="models",
                target_id=victim_model,
                target_unit="18673",
                decided_on="2026-05-04",
            )
            refused(bundle("decision", {"upper_decisions": _lines(decision)}), "not_authorised")
            refused(
                bundle("deep", {"models": b"[" * 5000 + b"]" * 5000 + b"\n"}), "malformed_jsonl"
            )
            refused(bundle("huge", {}, seq=1 << 63), "bad_manifest")

            # A stranger claiming a new install of 18673: --trust-new does not take it.
            files = {"payload/sender_key.jsonl": _lines(evil_line)}
            stranger = tmp_path / "stranger.dvk"
            manifest = _manifest(province, trust.Identity("18673", "may-gia-mao", None, ""), 1)
            stranger.write_bytes(
                signed_zip(
                    manifest,
                    files,
                    evil.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
                    recount=True,
                )
            )
            report = refused(stranger, "unknown_sender", trust_new=True)
            assert keys.fingerprint(evil_raw) in report.message

            # The real rollup the province sends 18673 carries no attacker key.
            made = rollup.export_rollups(province, tmp_path / "down", unit="18673")
            own = trust.own_identity(province)
            with bundle_format.open_bundle(
                made[0].path, lambda u, i: own.public_key, expected_recipient="18673"
            ) as down:
                installs = {(r["unit_code"], r["install_id"]) for r in down.iter_records("keys")}
            assert ("18673", "may-gia-mao") not in installs and own.install_id in {
                i for _u, i in installs
            }

            # One bad file beside a good one: the good one imports.
            folder = tmp_path / "usb"
            folder.mkdir()
            good = bundle("good", {}, seq=3)
            good.rename(folder / good.name)
            (folder / "bad.dvk").write_bytes(
                (tmp_path / "deep.dvk").read_bytes() if (tmp_path / "deep.dvk").exists() else b"x"
            )
            result = rollup.import_folder(province, folder, ack_dir=tmp_path / "acks")
            statuses = {o.path.name: o.status for o in result.outcomes}
            assert statuses == {"good.dvk": "imported", "bad.dvk": "refused"}, statuses
        finally:
            attacker.close()
            province.close()
