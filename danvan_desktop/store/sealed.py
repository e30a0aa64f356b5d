"""Confidential columns encrypted at rest, under this install's data key.

A denouncer's identity must not be readable from a stolen laptop or a copied backup. The
columns that hold it are declared with the types below, so services read and write plain
text and the file holds only ciphertext:

- `Sealed`: AES-256-GCM with a random nonce (names, addresses, phone numbers); the column's
  name is the associated data, so a value cannot be moved to another column unnoticed.
- `SealedExact`: AES-SIV, deterministic, for a value that is looked up by equality (a
  citizen's ID number: the duplicate check asks `citizen_id_no == digits`, which still works
  since the bound value is encrypted the same way). Equal values show as equal ciphertexts.
- `BlindIndex`: a keyed HMAC of a folded search key (the duplicate check's name and address
  keys): an equality match works, the value cannot be read back.

The data key is random, wrapped per account under the account's password like the signing
key (services.signing_keys), opened at login and held on the engine (`use_data_key`): the
type's processors only see the dialect, and each AppContext has its own engine. The empty
string stays empty (records that arrive by sync carry no identity; the province holds none).
Without the key a sealed value reads as PLACEHOLDER, never fails; writing a non-empty value
without the key is refused once the database has a data key (before it has one — a database
from before this scheme, until its first administrator login — values are written as they
were and sealed at that login).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, String, event, inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from danvan_desktop.domain.errors import RuleViolation

GCM_PREFIX = "dk1:"
SIV_PREFIX = "dks1:"
MAC_PREFIX = "dkh1:"
#: What a sealed value reads as without the data key (no login, or an account without a wrap).
PLACEHOLDER = "(cần đăng nhập)"
#: A sealed value that does not open (altered, or sealed under another key).
UNREADABLE = "(không giải mã được)"
_ATTR = "_danvan_keyring"
_PREFIXES = ("dk1:", "dks1:", "dkh1:")


def _subkey(data_key: bytes, label: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label).derive(data_key)


class Keyring:
    """The opened data key of one engine (subkeys for each use), or none."""

    def __init__(self) -> None:
        self.gcm: AESGCM | None = None
        self.siv: AESSIV | None = None
        self.mac: bytes | None = None
        #: The database has a data key: a non-empty value must not be written in clear.
        self.required = False

    def load(self, data_key: bytes | None) -> None:
        if data_key is None:
            self.gcm = self.siv = self.mac = None
            return
        self.gcm = AESGCM(_subkey(data_key, b"danvan fields gcm"))
        self.siv = AESSIV(_subkey(data_key, b"danvan fields siv", 64))
        self.mac = _subkey(data_key, b"danvan blind index")
        self.required = True

    @property
    def is_open(self) -> bool:
        return self.gcm is not None


def keyring(dialect: Dialect) -> Keyring:
    ring = getattr(dialect, _ATTR, None)
    if ring is None:
        ring = Keyring()
        setattr(dialect, _ATTR, ring)
    return ring


def use_data_key(engine: Engine, data_key: bytes | None, *, required: bool | None = None) -> None:
    """Hold (or drop, with None) the data key for every session of this engine."""
    ring = keyring(engine.dialect)
    ring.load(data_key)
    if required is not None:
        ring.required = required or data_key is not None


def _locked() -> RuleViolation:
    return RuleViolation(
        "Dữ liệu bảo mật (danh tính người gửi đơn) chỉ ghi được khi đã đăng nhập bằng tài "
        "khoản được cấp khóa dữ liệu. Hãy đăng nhập lại; nếu vẫn không được, nhờ quản trị "
        "viên đặt lại mật khẩu cho tài khoản này."
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Sealed(TypeDecorator):
    """A text column stored as AES-GCM ciphertext (random nonce)."""

    impl = String
    cache_ok = True

    def __init__(self, length: int | None = None, *, aad: str = "") -> None:
        super().__init__(length)
        self.aad = aad.encode("utf-8")

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not value or not isinstance(value, str) or value.startswith(GCM_PREFIX):
            return value
        ring = keyring(dialect)
        if ring.gcm is None:
            if ring.required:
                raise _locked()
            return value
        nonce = os.urandom(12)
        return GCM_PREFIX + _b64(nonce + ring.gcm.encrypt(nonce, value.encode(), self.aad))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if not value or not value.startswith(GCM_PREFIX):
            return value
        ring = keyring(dialect)
        if ring.gcm is None:
            return PLACEHOLDER
        try:
            raw = base64.b64decode(value[len(GCM_PREFIX) :], validate=True)
            return ring.gcm.decrypt(raw[:12], raw[12:], self.aad).decode()
        except (InvalidTag, ValueError):
            return UNREADABLE


class SealedExact(Sealed):
    """A text column stored as AES-SIV ciphertext: deterministic, so `==` still finds it."""

    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not value or not isinstance(value, str) or value.startswith(SIV_PREFIX):
            return value
        ring = keyring(dialect)
        if ring.siv is None:
            if ring.required:
                raise _locked()
            return value
        return SIV_PREFIX + _b64(ring.siv.encrypt(value.encode(), [self.aad]))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if not value or not value.startswith(SIV_PREFIX):
            return value
        ring = keyring(dialect)
        if ring.siv is None:
            return PLACEHOLDER
        try:
            raw = base64.b64decode(value[len(SIV_PREFIX) :], validate=True)
            return ring.siv.decrypt(raw, [self.aad]).decode()
        except (InvalidTag, ValueError):
            return UNREADABLE


class BlindIndex(TypeDecorator):
    """A folded search key stored as a keyed HMAC: matched by equality, never read back."""

    impl = String
    cache_ok = True

    def __init__(self, length: int | None = None, *, aad: str = "") -> None:
        super().__init__(length)
        self.aad = aad.encode("utf-8")

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not value or not isinstance(value, str) or value.startswith(MAC_PREFIX):
            return value
        ring = keyring(dialect)
        if ring.mac is None:
            if ring.required:
                raise _locked()
            return value
        digest = hmac.new(ring.mac, self.aad + b"\0" + value.encode(), hashlib.sha256)
        return MAC_PREFIX + digest.hexdigest()[:40]


def _sealed_columns() -> list[tuple[Any, list[Any]]]:
    from danvan_desktop.store.base import Base

    out = []
    for table in Base.metadata.sorted_tables:
        cols = [c for c in table.columns if isinstance(c.type, Sealed | BlindIndex)]
        if cols:
            out.append((table, cols))
    return out


def seal_existing(conn: Any) -> int:
    """Encrypt the values still in clear (a database from before this scheme) under the key now
    held on `conn`'s engine; returns the rows changed. Run inside the caller's transaction."""
    from sqlalchemy import String as Plain
    from sqlalchemy import bindparam, or_, select, type_coerce

    ring = keyring(conn.dialect)
    if not ring.is_open:
        raise _locked()
    prefixes = (GCM_PREFIX, SIV_PREFIX, MAC_PREFIX)
    changed = 0
    for table, cols in _sealed_columns():
        pk = next(iter(table.primary_key.columns))
        raw = [type_coerce(c, Plain).label(c.name) for c in cols]
        clear = or_(*(and_clear(c, prefixes) for c in cols))
        rows = conn.execute(select(pk, *raw).where(clear)).mappings().all()
        if not rows:
            continue
        stmt = (
            table.update()
            .where(pk == bindparam("b_pk"))
            .values({c.name: bindparam(f"b_{c.name}", type_=c.type) for c in cols})
        )
        params = []
        for r in rows:
            item = {"b_pk": r[pk.name]}
            for c in cols:
                item[f"b_{c.name}"] = r[c.name]
            params.append(item)
        conn.execute(stmt, params)
        changed += len(rows)
    return changed


def and_clear(column: Any, prefixes: tuple[str, ...]) -> Any:
    """`column` holds a non-empty value without any of the sealed prefixes (i.e. in clear)."""
    from sqlalchemy import String as Plain
    from sqlalchemy import and_, type_coerce

    raw = type_coerce(column, Plain)
    return and_(raw != "", *(~raw.startswith(p, autoescape=True) for p in prefixes))


@event.listens_for(Session, "before_flush")
def _refuse_clear_writes(session: Session, _ctx: Any, _instances: Any) -> None:
    """Say it plainly before a flush (a bind processor's error would come wrapped): a sealed
    value cannot be written without the data key once the database has one."""
    ring = keyring(session.get_bind().dialect)
    if ring.is_open or not ring.required:
        return
    for obj in (*session.new, *session.dirty):
        table = getattr(type(obj), "__table__", None)
        if table is None:
            continue
        state = inspect(obj)
        for column in table.columns:
            if not isinstance(column.type, Sealed | BlindIndex):
                continue
            attr = state.attrs.get(column.key) if column.key in state.attrs else None
            if attr is None or not attr.history.added:
                continue
            value = attr.history.added[0]
            if value and isinstance(value, str) and not value.startswith(_PREFIXES):
                raise _locked()
