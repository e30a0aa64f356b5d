"""Who this install trusts: senders' public keys, this install's own key, key files.

Stable API:

    own_identity(ctx) -> Identity                 unit, install id, public key, fingerprint
    export_own_key(ctx, path) -> PublicKeyInfo    `danvan keys export`
    trust_key_file(ctx, path, replace=False) -> TrustResult      `danvan keys trust`
    trust_key(session, unit, install, raw, source, confirmed_by, replace=False) -> TrustResult
    trusted_keys(session) -> TrustedKeys          callback for bundle_format.open_bundle
    list_keys(ctx) -> list[PeerKeyInfo]
    keys_payload(session) -> list[dict]           trusted keys, for a reference/rollup bundle
    sender_key_line(ctx) -> dict                  the `sender_key` line every bundle carries
    claimed_sender_key(path, unit, install) -> bytes | None

Trust is per sender install (unit code + install id): a commune with two computers has two
keys. A key is trusted by importing its key file, on first contact once a person confirms the
fingerprint the bundle's `sender_key` line carries (the bundle is verified with that key
first), with `--trust-new`, or from a `keys` payload of a trusted upper level. A different key
for a known install is never taken silently: `replace=True` is the person's confirmation.
"""

from __future__ import annotations

import base64
import binascii
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import signing_keys
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.sync_state import SUPERSEDED, TRUSTED, PeerKey, trusted_peer
from danvan_desktop.sync import keys
from danvan_desktop.sync.bundle_format import TrustedKeys, loads_bounded, payload_name
from danvan_desktop.sync.errors import BundleError

SENDER_KEY_ENTITY = "sender_key"
KEYS_ENTITY = "keys"
_MAX_KEY_LINE = 4096
_CLAIM_ERRORS = (
    KeyError,
    OSError,
    ValueError,
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    RuntimeError,
    NotImplementedError,
    OverflowError,
    IndexError,
    RecursionError,
)


@dataclass(frozen=True)
class Identity:
    unit_code: str
    install_id: str
    public_key: bytes | None
    fingerprint: str  # "" before the install has a key


@dataclass(frozen=True)
class TrustResult:
    status: str  # added, already, replaced
    unit_code: str
    install_id: str
    fingerprint: str
    previous_fingerprint: str | None = None


@dataclass(frozen=True)
class PeerKeyInfo:
    unit_code: str
    install_id: str
    fingerprint: str
    status: str
    source: str
    confirmed_by: str
    added_at: object


def own_identity_in(session: Session) -> Identity:
    raw = signing_keys.public_key(session)
    return Identity(
        get_setting(session, "unit_code"),
        get_setting(session, "install_id"),
        raw,
        keys.fingerprint(raw) if raw else "",
    )


def own_identity(ctx: AppContext) -> Identity:
    with ctx.read() as s:
        return own_identity_in(s)


def export_own_key(ctx: AppContext, path: Path) -> keys.PublicKeyInfo:
    me = own_identity(ctx)
    if me.public_key is None:
        raise RuleViolation("Máy này chưa có khóa ký số; hãy đăng nhập bằng tài khoản quản trị.")
    return keys.export_public_key_file(me.public_key, me.unit_code, me.install_id, Path(path))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def trust_key(
    session: Session,
    unit_code: str,
    install_id: str,
    raw: bytes,
    *,
    source: str,
    confirmed_by: str,
    replace: bool = False,
    note: str = "",
) -> TrustResult:
    """Register a sender's key inside the caller's transaction. A different key for a known
    install raises BundleError('key_changed') unless `replace` (a person confirmed it)."""
    fp = keys.fingerprint(raw)
    me = own_identity_in(session)
    if (unit_code, install_id) == (me.unit_code, me.install_id):
        raise BundleError("key_changed", "đây là khóa của chính máy này, không cần đăng ký")
    known = trusted_peer(session, unit_code, install_id)
    if known is not None:
        known_raw = base64.b64decode(known.public_key)
        if known_raw == raw:
            return TrustResult("already", unit_code, install_id, fp)
        if not replace:
            keys.check_same_key(known_raw, raw, f"Đơn vị {unit_code}, máy {install_id}")
        known.status, known.superseded_at = SUPERSEDED, utcnow()
    session.add(
        PeerKey(
            unit_code=unit_code,
            install_id=install_id,
            public_key=_b64(raw),
            fingerprint=fp,
            status=TRUSTED,
            source=source,
            confirmed_by=confirmed_by,
            note=note,
        )
    )
    session.flush()
    if known is not None:
        return TrustResult("replaced", unit_code, install_id, fp, known.fingerprint)
    return TrustResult("added", unit_code, install_id, fp)


def unit_has_key(session: Session, unit_code: str) -> bool:
    """Whether any install of the unit already has a trusted key here."""
    found = session.execute(
        select(PeerKey.id).where(PeerKey.unit_code == unit_code, PeerKey.status == TRUSTED)
    ).first()
    return found is not None


def key_accepted(
    fingerprint: str,
    *,
    previous_fingerprint: str | None,
    unit_has_key: bool,
    trust_new: bool,
    accept_keys: frozenset[str] | set[str] | tuple[str, ...],
) -> bool:
    """The one rule for taking a sender's key from a bundle (CLI and GUI alike): a fingerprint
    a person confirmed explicitly always; `trust_new` only at first contact with the unit (no
    key for it at all), never to add a second install or replace a key: a stranger claiming a
    new install of a known commune must not take over its records on a blanket flag."""
    if fingerprint in accept_keys:
        return True
    return trust_new and previous_fingerprint is None and not unit_has_key


def trust_key_file(ctx: AppContext, path: Path, *, replace: bool = False) -> TrustResult:
    info = keys.read_public_key_file(Path(path))
    with ctx.session() as s:
        return trust_key(
            s,
            info.unit_code,
            info.install_id,
            info.public_key,
            source="key_file",
            confirmed_by=ctx.user.username,
            replace=replace,
            note=f"tệp {Path(path).name}",
        )


def trusted_keys(session: Session) -> TrustedKeys:
    """The lookup open_bundle needs, loaded once (a province trusts a few hundred keys)."""
    table = {
        (r.unit_code, r.install_id): base64.b64decode(r.public_key)
        for r in session.execute(select(PeerKey).where(PeerKey.status == TRUSTED)).scalars()
    }
    return lambda unit, install: table.get((unit, install))


def list_keys(ctx: AppContext) -> list[PeerKeyInfo]:
    with ctx.read() as s:
        rows = s.execute(
            select(PeerKey).order_by(PeerKey.unit_code, PeerKey.install_id, PeerKey.id)
        ).scalars()
        return [
            PeerKeyInfo(
                r.unit_code,
                r.install_id,
                r.fingerprint,
                r.status,
                r.source,
                r.confirmed_by,
                r.added_at,
            )
            for r in rows
        ]


def sender_key_line(identity: Identity) -> dict:
    """The one line of `payload/sender_key.jsonl`: lets a recipient that does not know this
    install yet verify the bundle and show the fingerprint for a person to confirm."""
    if identity.public_key is None:
        raise RuleViolation("Máy này chưa có khóa ký số; hãy đăng nhập bằng tài khoản quản trị.")
    return {
        "unit_code": identity.unit_code,
        "install_id": identity.install_id,
        "public_key": _b64(identity.public_key),
        "fingerprint": identity.fingerprint,
    }


def parse_key_line(
    line: object, unit: str | None = None, install: str | None = None
) -> bytes | None:
    """The raw key of a sender_key/keys line if it is well formed (and names that sender)."""
    if not isinstance(line, dict):
        return None
    if unit is not None and (line.get("unit_code"), line.get("install_id")) != (unit, install):
        return None
    try:
        raw = base64.b64decode(str(line.get("public_key", "")), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != keys.PUBLIC_KEY_LEN or line.get("fingerprint") != keys.fingerprint(raw):
        return None
    return raw


def claimed_sender_key(path: Path, unit: str, install: str) -> bytes | None:
    """The key a bundle says it was signed with (its `sender_key` line), read only after
    open_bundle checked the zip's structure, names and sizes; at most 4 KiB are read. The
    bundle must then verify with this key, or it is refused."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(payload_name(SENDER_KEY_ENTITY))
            if info.file_size > _MAX_KEY_LINE:
                return None
            with zf.open(info) as fh:
                data = fh.read(_MAX_KEY_LINE + 1)
        line = loads_bounded(data.splitlines()[0] if data else data, max_depth=4)
    except _CLAIM_ERRORS:
        # A damaged entry (bad deflate stream, bad header, bad JSON) is no key: the bundle
        # then has no key to verify with and is refused as from an unknown sender.
        return None
    return parse_key_line(line, unit, install)


def keys_payload(session: Session) -> list[dict]:
    """This install's key and every trusted key, as `keys` lines for a downward bundle."""
    lines = [sender_key_line(own_identity_in(session))]
    for r in session.execute(
        select(PeerKey)
        .where(PeerKey.status == TRUSTED)
        .order_by(PeerKey.unit_code, PeerKey.install_id)
    ).scalars():
        lines.append(
            {
                "unit_code": r.unit_code,
                "install_id": r.install_id,
                "public_key": r.public_key,
                "fingerprint": r.fingerprint,
            }
        )
    return lines
