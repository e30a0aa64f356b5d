"""This install's Ed25519 signing key, protected by the passwords of its users.

Scheme (no secret ever stored in clear, nothing extra for officers to remember):
- At first run (`services.install.initialise`) the install gets an Ed25519 key pair and a random
  32-byte key-encryption key (KEK). The private key is stored in `sync_install_key` encrypted
  with AES-256-GCM under the KEK (associated data binds it to its public key).
- The KEK is stored once per user account (`sync_key_wrap`), encrypted under a key derived from
  that user's password with scrypt (n=2^15, r=8, p=1: ~32 MiB, ~0.1 s per login).
- Logging in (`services.users.authenticate`) unwraps the KEK and the private key and holds them
  in `ctx.extra[SLOT]` for the session; a sync export or an ack can then be signed.
- Creating a user with the sync permission, or changing a password, wraps the KEK for that
  password while the KEK is held (an administrator is signed in). A reset by an administrator
  who does not hold the KEK deletes the old wrap: the old password must not keep opening it.
- A database from before this scheme gets its key at the first administrator login.

The same scheme protects the data key of the confidential columns (store.sealed): a random
32-byte key, wrapped per account in `data_key_wrap` (every role: a viewer reads names too; who
may see a protected identity stays a matter of permissions), under the same password-derived
key as the KEK (one scrypt per login). The first administrator login (or first run) makes it
and seals what a database from before held in clear; it is held in `ctx.extra[DATA_SLOT]` and
on the context's engine for the session.

Only `cryptography` is used here (services never import `sync`). The public key's fingerprint
is the same as `sync.keys.fingerprint` (the first 16 bytes of SHA-256, grouped by 4 hex).
"""

from __future__ import annotations

import base64
import hashlib
import os
import unicodedata
from dataclasses import dataclass
from typing import cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission, Role, can
from danvan_desktop.services.context import AppContext
from danvan_desktop.store import sealed
from danvan_desktop.store.petitions import strip_identity_from_search
from danvan_desktop.store.sync_state import InstallKey, KeyWrap
from danvan_desktop.store.users import DataKeyWrap

SLOT = "signing_key"
DATA_SLOT = "data_key"
_N, _R, _P = 2**15, 8, 1
_KDF = f"scrypt:n={_N},r={_R},p={_P}"


@dataclass(frozen=True)
class Unlocked:
    """The opened key of this install, held in ctx.extra[SLOT] for the signed-in user."""

    key_id: int
    kek: bytes
    private_raw: bytes  # 32 bytes: Ed25519PrivateKey.from_private_bytes(private_raw)
    public_raw: bytes


def fingerprint(public_raw: bytes) -> str:
    digest = hashlib.sha256(public_raw).digest()[:16].hex().upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _password_bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _derive(password: str, salt: bytes, kdf: str) -> bytes:
    params = dict(p.split("=") for p in kdf.removeprefix("scrypt:").split(","))
    return Scrypt(
        salt=salt, length=32, n=int(params["n"]), r=int(params["r"]), p=int(params["p"])
    ).derive(_password_bytes(password))


def _seal(key: bytes, data: bytes, aad: bytes) -> str:
    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(key).encrypt(nonce, data, aad))


def _open(key: bytes, sealed: str, aad: bytes) -> bytes:
    raw = _unb64(sealed)
    return AESGCM(key).decrypt(raw[:12], raw[12:], aad)


def _wrap_aad(username: str) -> bytes:
    return b"danvan-kek:" + username.encode("utf-8")


def _data_aad(username: str) -> bytes:
    return b"danvan-data-key:" + username.encode("utf-8")


def _key_aad(public_raw: bytes) -> bytes:
    return b"danvan-install-key:" + public_raw


def active_key(session: Session) -> InstallKey | None:
    return (
        session.execute(
            select(InstallKey).where(InstallKey.retired_at.is_(None)).order_by(InstallKey.id.desc())
        )
        .scalars()
        .first()
    )


def public_key(session: Session) -> bytes | None:
    """The raw 32-byte public key of this install (None before the key exists)."""
    row = active_key(session)
    return _unb64(row.public_key) if row else None


def _store_wrap(
    session: Session,
    username: str,
    password: str,
    kek: bytes | None,
    data_key: bytes | None = None,
) -> None:
    """Wrap the KEK and/or the data key for this account (one derivation, one salt for both)."""
    salt = os.urandom(16)
    derived = _derive(password, salt, _KDF)
    for model, secret, aad in (
        (KeyWrap, kek, _wrap_aad(username)),
        (DataKeyWrap, data_key, _data_aad(username)),
    ):
        if secret is None:
            continue
        wrapped = _seal(derived, secret, aad)
        # Session.get types a union of models as their Base; both have these columns.
        row = cast("KeyWrap | DataKeyWrap | None", session.get(model, username))
        if row is None:
            session.add(model(username=username, kdf=_KDF, salt=_b64(salt), wrapped=wrapped))
        else:
            row.kdf, row.salt, row.wrapped, row.updated_at = _KDF, _b64(salt), wrapped, utcnow()


class _Opener:
    """Opens wraps with one password, deriving once per (salt, kdf)."""

    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username, password
        self._keys: dict[tuple[str, str], bytes] = {}

    def open(self, row: KeyWrap | DataKeyWrap, aad: bytes) -> bytes:
        key = self._keys.get((row.salt, row.kdf))
        if key is None:
            key = self._keys[(row.salt, row.kdf)] = _derive(
                self.password, _unb64(row.salt), row.kdf
            )
        return _open(key, row.wrapped, aad)


def hold_data_key(ctx: AppContext, data_key: bytes | None) -> None:
    """Hold (or drop) the data key for this context's sessions."""
    if data_key is None:
        ctx.extra.pop(DATA_SLOT, None)
    else:
        ctx.extra[DATA_SLOT] = data_key
    sealed.use_data_key(ctx.engine, data_key)


def has_data_key(session: Session) -> bool:
    """The database has a data key (its confidential columns are sealed)."""
    return session.execute(select(DataKeyWrap.username).limit(1)).first() is not None


def _create_data_key(ctx: AppContext, session: Session) -> bytes:
    """A new data key, held at once; what the database held in clear is sealed with it."""
    data_key = os.urandom(32)
    hold_data_key(ctx, data_key)
    conn = session.connection()
    strip_identity_from_search(conn)
    if sealed.seal_existing(conn):
        ctx.extra["vacuum_after_sealing"] = True
    return data_key


def _unlock_data(ctx: AppContext, session: Session, opener: _Opener, role: Role | str) -> bool:
    hold_data_key(ctx, None)
    row = session.get(DataKeyWrap, opener.username)
    if row is not None:
        try:
            hold_data_key(ctx, opener.open(row, _data_aad(opener.username)))
            return True
        except (InvalidTag, ValueError):
            return False
    if Role(role) == Role.ADMIN and not has_data_key(session):
        data_key = _create_data_key(ctx, session)
        _store_wrap(session, opener.username, opener.password, None, data_key)
        return True
    return False


def finish_sealing(ctx: AppContext) -> None:
    """After values were sealed: rewrite the SQLite file so no page keeps the old clear text."""
    if not ctx.extra.pop("vacuum_after_sealing", False) or ctx.engine.dialect.name != "sqlite":
        return
    raw = ctx.engine.raw_connection()  # the driver is in autocommit: VACUUM needs no BEGIN
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("VACUUM")
        cursor.close()
    finally:
        raw.close()


def create_install_key(ctx: AppContext, session: Session, username: str, password: str) -> str:
    """Make this install's key pair, wrap it for `username` and hold it open in ctx; returns
    the fingerprint. Used at first run (and for a database made before keys existed)."""
    private = Ed25519PrivateKey.generate()
    private_raw = private.private_bytes_raw()
    public_raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    kek = os.urandom(32)
    data_key = None if has_data_key(session) else _create_data_key(ctx, session)
    row = InstallKey(
        public_key=_b64(public_raw),
        fingerprint=fingerprint(public_raw),
        encrypted_private=_seal(kek, private_raw, _key_aad(public_raw)),
    )
    session.add(row)
    session.flush()
    _store_wrap(session, username, password, kek, data_key)
    ctx.extra[SLOT] = Unlocked(row.id, kek, private_raw, public_raw)
    return row.fingerprint


def unlock(
    ctx: AppContext, session: Session, username: str, password: str, role: Role | str
) -> bool:
    """At login: open the install key with this user's password. Returns whether it is open.

    A wrong-but-accepted password cannot happen (the password was just verified); a wrap that
    fails to open (made for an older password) is left for an administrator to renew. The data
    key is opened (or, at a database's first administrator login, made) at the same time."""
    ctx.extra.pop(SLOT, None)
    opener = _Opener(username, password)
    key = active_key(session)
    if key is None:
        if Role(role) == Role.ADMIN:
            create_install_key(ctx, session, username, password)
            if DATA_SLOT not in ctx.extra:
                _unlock_data(ctx, session, opener, role)
            return True
        _unlock_data(ctx, session, opener, role)
        return False
    _unlock_data(ctx, session, opener, role)
    wrap = session.get(KeyWrap, username)
    if wrap is None:
        return False
    try:
        kek = opener.open(wrap, _wrap_aad(username))
        public_raw = _unb64(key.public_key)
        private_raw = _open(kek, key.encrypted_private, _key_aad(public_raw))
    except (InvalidTag, ValueError):
        return False
    ctx.extra[SLOT] = Unlocked(key.id, kek, private_raw, public_raw)
    data_wrap = session.get(DataKeyWrap, username)
    if DATA_SLOT in ctx.extra and data_wrap is not None and data_wrap.salt != wrap.salt:
        # Wrapped at different times (a database from before the data key): wrap both under
        # one salt once, so each later login derives from the password only once.
        _store_wrap(session, username, password, kek, ctx.extra[DATA_SLOT])
    return True


def grant(
    ctx: AppContext, session: Session, username: str, password: str, role: Role | str
) -> bool:
    """Wrap the keys for a new account: the data key for every role, the signing key only for
    roles that may sync (each only while it is open). Returns whether the signing key was."""
    held: Unlocked | None = ctx.extra.get(SLOT)
    kek = held.kek if held is not None and can(Role(role), Permission.SYNC) else None
    data_key: bytes | None = ctx.extra.get(DATA_SLOT)
    if kek is None and data_key is None:
        return False
    _store_wrap(session, username, password, kek, data_key)
    return kek is not None


def rewrap(
    ctx: AppContext,
    session: Session,
    username: str,
    new_password: str,
    old_password: str | None = None,
) -> bool:
    """After a password change: wrap the keys for the new password, or drop the old wraps."""
    held: Unlocked | None = ctx.extra.get(SLOT)
    kek = held.kek if held is not None else None
    data_key: bytes | None = ctx.extra.get(DATA_SLOT)
    opener = _Opener(username, old_password) if old_password is not None else None
    wrap = session.get(KeyWrap, username)
    if kek is None and wrap is not None and opener is not None:
        try:
            kek = opener.open(wrap, _wrap_aad(username))
        except (InvalidTag, ValueError):
            kek = None
    data_wrap = session.get(DataKeyWrap, username)
    if data_key is None and data_wrap is not None and opener is not None:
        try:
            data_key = opener.open(data_wrap, _data_aad(username))
        except (InvalidTag, ValueError):
            data_key = None
    if kek is None:
        session.execute(delete(KeyWrap).where(KeyWrap.username == username))
    if data_key is None:
        session.execute(delete(DataKeyWrap).where(DataKeyWrap.username == username))
    if kek is not None or data_key is not None:
        _store_wrap(session, username, new_password, kek, data_key)
    return kek is not None


def unlocked(ctx: AppContext) -> Unlocked:
    """The open key, or a Vietnamese explanation of why this user cannot sign."""
    held: Unlocked | None = ctx.extra.get(SLOT)
    if held is None:
        raise RuleViolation(
            "Khóa ký số của máy này chưa được mở cho tài khoản đang đăng nhập. Hãy đăng nhập "
            "lại; nếu vẫn không được, nhờ quản trị viên đặt lại mật khẩu cho tài khoản này."
        )
    return held


def is_unlocked(ctx: AppContext) -> bool:
    return SLOT in ctx.extra
