"""The sender's key during an import: verify with a trusted key, or with the key the bundle
carries on first contact or after a key change (a person confirms the fingerprint; the rule is
trust.key_accepted), and the `sender_key` / `keys` payload handlers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.store.units import Unit
from danvan_desktop.sync import keys, trust
from danvan_desktop.sync import reasons as _reasons  # noqa: F401 (codes of the import stage)
from danvan_desktop.sync.bundle_format import (
    VerifiedBundle,
    open_bundle,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.import_report import (
    BundleReport,
    ImportOptions,
    ImportRun,
    KeyNotice,
    register_payload_handler,
)


def unit_name(session: Session, code: str) -> str:
    unit = session.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none()
    return unit.full_name if unit is not None else code


# --------------------------------------------------------------------------- extras


def _handle_sender_key(run: ImportRun, entity: str, records: Iterator[dict[str, Any]]) -> int:
    n = 0
    for line in records:
        n += 1
        raw = trust.parse_key_line(line, run.manifest.sender_unit, run.manifest.sender_install)
        if raw != run.bundle.sender_key:
            raise BundleError("bad_signature", "khóa ghi trong gói không phải khóa đã ký gói")
    return n


def _handle_keys(run: ImportRun, entity: str, records: Iterator[dict[str, Any]]) -> int:
    """Keys distributed downward by a trusted upper level (reference and rollup bundles)."""
    applied = 0
    for line in records:
        unit, install = line.get("unit_code"), line.get("install_id")
        raw = trust.parse_key_line(line)
        if raw is None or not isinstance(unit, str) or not isinstance(install, str):
            raise BundleError("bad_record", f"{entity}: dòng khóa không hợp lệ")
        assert run.auth is not None
        run.auth.check_key(unit, install, run.me_install)  # refuses the whole bundle
        if (unit, install) == (run.me_unit, run.me_install):
            continue
        try:
            result = trust.trust_key(
                run.session,
                unit,
                install,
                raw,
                source=f"reference:{run.manifest.sender_unit}",
                confirmed_by=run.ctx.user.username,
            )
        except BundleError as exc:
            run.warn(
                f"Không nhận khóa mới của đơn vị {unit} (máy {install}) từ cấp trên: {exc.message}"
            )
            continue
        applied += result.status == "added"
    return applied


register_payload_handler(
    trust.SENDER_KEY_ENTITY, _handle_sender_key, ("data", "ack", "rollup", "reference")
)
register_payload_handler(trust.KEYS_ENTITY, _handle_keys, ("rollup", "reference"))


def open_verified(
    session: Session, staged: Path, me_unit: str, opts: ImportOptions, report: BundleReport
) -> tuple[VerifiedBundle, bytes | None]:
    """open_bundle with the trusted keys; on first contact or a changed key, with the key the
    bundle carries once it verifies. Returns (bundle, key to register or None)."""
    known = trust.trusted_keys(session)
    asked: dict[str, Any] = {}

    def lookup(unit: str, install: str) -> bytes | None:
        asked["sender"] = (unit, install)
        raw = known(unit, install)
        if raw is not None:
            return raw
        raw = trust.claimed_sender_key(staged, unit, install)
        if raw is not None:
            asked["claimed"] = raw
        return raw

    try:
        bundle = open_bundle(staged, lookup, expected_recipient=me_unit, verify_hashes=False)
    except BundleError as exc:
        sender = asked.get("sender")
        if exc.code != "bad_signature" or sender is None or known(*sender) is None:
            raise
        # A known sender whose signature fails: a forged bundle, or the sender's new key.
        old = known(*sender)
        raw = trust.claimed_sender_key(staged, *sender)
        if raw is None or old is None or raw == old:  # old: not None, checked above
            raise
        bundle = open_bundle(
            staged, lambda u, i: raw, expected_recipient=me_unit, verify_hashes=False
        )
        notice = KeyNotice(
            sender[0],
            sender[1],
            keys.fingerprint(raw),
            keys.fingerprint(old),
            unit_name(session, sender[0]),
            True,
        )
        report.key_notice = notice
        if notice.fingerprint not in opts.accept_keys:
            bundle.close()
            raise BundleError(
                "key_changed",
                (
                    f"đơn vị {sender[0]}, máy {sender[1]}: khóa đã đăng ký "
                    f"{notice.previous_fingerprint}, gói ký bằng khóa {notice.fingerprint}; hãy gọi "
                    "điện xác nhận dấu vân tay với nơi gửi trước khi chấp nhận"
                ),
            ) from None
        return bundle, raw
    if "claimed" in asked:
        m = bundle.manifest
        report.key_notice = KeyNotice(
            m.sender_unit,
            m.sender_install,
            keys.fingerprint(asked["claimed"]),
            None,
            unit_name(session, m.sender_unit),
            trust.unit_has_key(session, m.sender_unit),
        )
        return bundle, asked["claimed"]
    return bundle, None


def key_accepted(notice: KeyNotice, opts: ImportOptions) -> bool:
    return trust.key_accepted(
        notice.fingerprint,
        previous_fingerprint=notice.previous_fingerprint,
        unit_has_key=notice.unit_has_key,
        trust_new=opts.trust_new,
        accept_keys=opts.accept_keys,
    )


def trust_sender(run: ImportRun, raw: bytes, opts: ImportOptions) -> None:
    notice = run.report.key_notice
    assert notice is not None
    if not key_accepted(notice, opts):
        if opts.dry_run:
            return
        how = (
            f"đơn vị này đã có khóa đăng ký cho máy khác, nên --trust-new không áp dụng: dòng "
            f"lệnh thêm --accept-key {notice.fingerprint}"
            if notice.unit_has_key
            else "dòng lệnh: thêm --trust-new"
        )
        raise BundleError(
            "unknown_sender",
            (
                f"đơn vị {notice.unit_name} (mã {notice.unit_code}, máy {notice.install_id}); dấu "
                f"vân tay khóa {notice.fingerprint}. Sau khi gọi điện đối chiếu dấu vân tay, hãy "
                f"nhập lại và xác nhận ({how})"
            ),
        )
    source = (
        "key_change"
        if notice.previous_fingerprint
        else "trust_new"
        if opts.trust_new and notice.fingerprint not in opts.accept_keys
        else "first_contact"
    )
    trust.trust_key(
        run.session,
        notice.unit_code,
        notice.install_id,
        raw,
        source=source,
        confirmed_by=run.ctx.user.username,
        replace=notice.previous_fingerprint is not None,
        note=f"gói {run.manifest.bundle_id}",
    )
