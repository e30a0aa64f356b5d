"""Who may say what in a bundle: the one rule engine every import runs (issue 8).

    for_bundle(session, manifest, me_unit) -> BundleAuthority     the direction rule
    check_entities(auth, manifest)          every payload entity allowed for the bundle kind
    BundleAuthority.check_records(session, spec, records) -> list[Violation]
                                            owner and parent rules, per record, before writing
    BundleAuthority.check_key(unit, install)   keys only from the superior, for units under it
    authority_of(entity) / undeclared() / rule_table()

The rules themselves are declared next to each table (`__authority__`, `__parents__` on the
Record subclasses, vocabulary in domain.authority); this module only enforces them, so a new
area's records are covered by what its own store module declares.

- Direction, from the recipient's own unit list: `data` only from a unit below the recipient
  (or another install of the recipient's own unit); `rollup` / `reference` only from the
  recipient's superior (the parent its database records); `ack` from either.
- Records: OWNER records only in `data` bundles, owned by the sender or a unit below it;
  UPPER records only in `rollup` / `reference`, owned by the sender (or a level above it);
  children only under parents owned by the sender's own units, looked up in the recipient's
  database (which already holds what this bundle brought earlier, in this transaction).
- Keys (`keys` payload): only from the superior, only for units under it, never the
  recipient's own install.
A violation refuses the whole bundle (the importer rolls back); the message names the record
and the rule in Vietnamese.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain import authority as rules
from danvan_desktop.store.base import SYNCED
from danvan_desktop.store.units import Unit
from danvan_desktop.sync import errors as _errors
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.exporter import ancestor_codes, subtree_codes
from danvan_desktop.sync.profiles import EntitySpec, is_synced_entity, spec, synced_specs

AUTHORITY_REASONS = {
    "wrong_direction": "Loại gói không đúng chiều gửi giữa hai đơn vị (nơi gửi không có quyền "
    "gửi loại gói này cho đơn vị này)",
    "not_authorised": "Gói dữ liệu chứa loại bản ghi mà nơi gửi không có quyền tạo",
    "foreign_parent": "Gói dữ liệu gắn bản ghi vào bản ghi của đơn vị khác",
    "missing_parent": "Gói dữ liệu chứa bản ghi gắn vào bản ghi không có ở đây",
    "foreign_key_grant": "Gói dữ liệu mang khóa của đơn vị mà nơi gửi không có quyền giới thiệu",
}
_errors.REASONS.update(AUTHORITY_REASONS)
# foreign_owner / duplicate_uuid live in sync.reasons (import stage); imported for their codes.
from danvan_desktop.sync import reasons as _reasons  # noqa: E402,F401

_LOOKUP_CHUNK = 500


def authority_of(entity: str) -> str:
    """The declared authority of a synced entity; RuntimeError if its Record declares none."""
    value = spec(entity).model.__dict__.get("__authority__")
    if value not in rules.AUTHORITIES:
        raise RuntimeError(f"{entity}: Record subclass declares no valid __authority__")
    return str(value)


def parents_of(entity: str) -> dict[str, str]:
    return dict(spec(entity).model.__dict__.get("__parents__", {}))


def undeclared() -> list[str]:
    """Synced entities whose Record subclass declares no authority (a test keeps this empty)."""
    return sorted(
        name
        for name, model in SYNCED.items()
        if model.__dict__.get("__authority__") not in rules.AUTHORITIES
    )


def rule_table() -> dict[str, tuple[str, dict[str, str]]]:
    """entity -> (authority, parents): the whole table, for tests and documentation."""
    return {name: (authority_of(name), parents_of(name)) for name in SYNCED}


@functools.cache
def _orders() -> dict[str, int]:
    return {sp.name: i for i, sp in enumerate(synced_specs())}


def _order(entity: str) -> int:
    return _orders()[entity]


@functools.cache
def _bad_parent_targets() -> tuple[str, ...]:
    out = []
    for name in SYNCED:
        for col, target in parents_of(name).items():
            if target.startswith("@") or target == rules.UNIT_CODE:
                continue
            if not is_synced_entity(target):
                out.append(f"{name}.{col} -> {target}")
    return tuple(out)


@dataclass(frozen=True)
class Violation:
    record: dict[str, Any]
    code: str
    detail: str


@dataclass
class BundleAuthority:
    kind: str
    sender: str
    me: str
    superior: str | None
    #: owners a record of this bundle may have (grows as the bundle adds hamlets of the sender)
    owners: set[str]
    #: units whose keys this bundle may introduce (down bundles from the superior only)
    key_units: frozenset[str]
    #: parents not found yet: they may come later in the same bundle (a link without a foreign
    #: key does not order the tables); checked by `finish` before the commit
    pending: list[tuple[str, dict[str, Any], str, str, str, str]] = field(default_factory=list)

    @property
    def up(self) -> bool:
        return self.kind in rules.UP_KINDS

    def check_entity(self, entity: str) -> None:
        if not is_synced_entity(entity):
            return
        auth = authority_of(entity)
        if auth not in rules.KIND_CARRIES.get(self.kind, frozenset()):
            sp = spec(entity)
            raise BundleError(
                "not_authorised",
                f"{sp.label} ({entity}) trong gói loại {self.kind} từ đơn vị {self.sender}; "
                f"quy tắc: {rules.RULE_TEXT[auth]}",
            )

    def check_records(
        self, session: Session, sp: EntitySpec, batch: Sequence[tuple[dict[str, Any], str]]
    ) -> list[Violation]:
        """Owner and parent rules for a batch of (record, where) of one entity."""
        out: list[Violation] = []
        rule = rules.RULE_TEXT[authority_of(sp.name)]
        owners = self.owners
        kept: list[tuple[dict[str, Any], str]] = []
        for rec, where in batch:
            owner = rec["unit_code"]
            if owner not in owners:
                out.append(
                    Violation(
                        rec,
                        "foreign_owner",
                        f"{where}: bản ghi {rec['id']} thuộc đơn vị {owner}, không thuộc "
                        f"{self.sender}; quy tắc: {rule}",
                    )
                )
            else:
                kept.append((rec, where))
        parents = parents_of(sp.name)
        if not parents or not self.up or not kept:
            # Down bundles come from the verified superior and carry only its own records.
            return out
        wanted: dict[str, set[str]] = {}
        refs: list[tuple[dict[str, Any], str, str, str, Any]] = []
        for rec, where in kept:
            for col, target in parents.items():
                value = rec.get(col)
                if not isinstance(value, str):
                    continue  # None: no parent; another type: decode() names the fault
                if target == rules.UNIT_CODE:
                    if value not in owners:
                        out.append(
                            Violation(
                                rec,
                                "foreign_parent",
                                f"{where}: trường {col} = {str(value)[:40]} không phải đơn vị "
                                f"của {self.sender}; quy tắc: chỉ được thêm đơn vị dưới đơn vị "
                                "của chính mình",
                            )
                        )
                    continue
                entity = rec.get(target[1:]) if target.startswith("@") else target
                if not isinstance(entity, str) or not is_synced_entity(entity):
                    out.append(
                        Violation(
                            rec,
                            "missing_parent",
                            f"{where}: trường {target[1:]} không chỉ loại bản ghi đồng bộ nào "
                            f"({str(entity)[:40]})",
                        )
                    )
                    continue
                wanted.setdefault(entity, set()).add(value)
                refs.append((rec, where, col, entity, value))
        found = _owners_of(session, wanted)
        here = {rec["id"]: rec["unit_code"] for rec, _w in kept}
        for rec, where, col, entity, value in refs:
            owner = found.get((entity, value))
            if owner is None and entity == sp.name:
                # A link to a record of the same kind: in this batch, or later in the file
                # (then `finish` checks it once the whole bundle is in).
                owner = here.get(value)
            label = spec(entity).label
            if owner is None and _order(entity) < _order(sp.name):
                # Its kind was applied before this one: the parent is not coming.
                out.append(
                    Violation(
                        rec,
                        "missing_parent",
                        f"{where}: trường {col} trỏ tới {label} {value} không có ở đây "
                        "và không có trong gói",
                    )
                )
            elif owner is None:
                slim = {"id": rec["id"], "unit_code": rec["unit_code"]}
                self.pending.append((sp.name, slim, where, col, entity, value))
            elif owner not in owners:
                out.append(
                    Violation(
                        rec,
                        "foreign_parent",
                        f"{where}: bản ghi {rec['id']} gắn vào {label} {value} của đơn vị "
                        f"{owner}; quy tắc: đơn vị chỉ được thêm bản ghi con dưới bản ghi của "
                        "chính mình",
                    )
                )
        return out

    def finish(self, session: Session) -> list[tuple[str, Violation]]:
        """Parents that were not there when their children were checked: now (everything of
        the bundle is in the transaction) each must exist and belong to the sender's units."""
        wanted: dict[str, set[str]] = {}
        for _e, _r, _w, _c, entity, value in self.pending:
            wanted.setdefault(entity, set()).add(value)
        found = _owners_of(session, wanted)
        out: list[tuple[str, Violation]] = []
        for child, rec, where, col, entity, value in self.pending:
            owner = found.get((entity, value))
            label = spec(entity).label
            if owner is None:
                out.append(
                    (
                        child,
                        Violation(
                            rec,
                            "missing_parent",
                            f"{where}: trường {col} trỏ tới {label} {value} không có ở đây "
                            "và không có trong gói",
                        ),
                    )
                )
            elif owner not in self.owners:
                out.append(
                    (
                        child,
                        Violation(
                            rec,
                            "foreign_parent",
                            f"{where}: bản ghi {rec['id']} gắn vào {label} {value} của đơn vị "
                            f"{owner}; quy tắc: đơn vị chỉ được thêm bản ghi con dưới bản ghi "
                            "của chính mình",
                        ),
                    )
                )
        self.pending.clear()
        return out

    def check_key(self, unit: str, install: str, me_install: str) -> None:
        if self.kind not in rules.DOWN_KINDS:
            raise BundleError(
                "foreign_key_grant", f"gói loại {self.kind} không được mang khóa của đơn vị khác"
            )
        if (unit, install) == (self.me, me_install):
            return
        if unit not in self.key_units:
            raise BundleError(
                "foreign_key_grant",
                f"khóa của đơn vị {unit} (máy {install}): đơn vị này không thuộc cấp {self.sender}",
            )


def _owners_of(session: Session, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for entity, ids in wanted.items():
        table = spec(entity).table
        ordered = sorted(ids)
        for i in range(0, len(ordered), _LOOKUP_CHUNK):
            chunk = ordered[i : i + _LOOKUP_CHUNK]
            for rid, owner in session.execute(
                select(table.c.id, table.c.unit_code).where(table.c.id.in_(chunk))
            ):
                out[(entity, rid)] = owner
    return out


def superior_of(session: Session, unit_code: str) -> str | None:
    """The recipient's superior as its own database records it (the unit's parent)."""
    return session.execute(select(Unit.parent_code).where(Unit.code == unit_code)).scalar()


def for_bundle(session: Session, manifest: Any, me_unit: str) -> BundleAuthority:
    """The direction rule, then who may own the bundle's records. Raises BundleError."""
    kind, sender = manifest.kind, manifest.sender_unit
    superior = superior_of(session, me_unit)
    below = subtree_codes(session, me_unit) - {me_unit}
    owners: set[str] = set()
    key_units: frozenset[str] = frozenset()
    if kind in rules.UP_KINDS:
        if sender != me_unit and sender not in below:
            raise BundleError(
                "wrong_direction",
                f"gói dữ liệu (data) từ đơn vị {sender}, không phải đơn vị cấp dưới của "
                f"{me_unit}; gói dữ liệu chỉ được gửi lên từ cấp dưới",
            )
        owners = subtree_codes(session, sender)
        if sender != me_unit:
            owners.discard(me_unit)
    elif kind in rules.DOWN_KINDS:
        if superior is None or sender != superior:
            raise BundleError(
                "wrong_direction",
                f"gói loại {kind} từ đơn vị {sender}; chỉ cấp trên trực tiếp của đơn vị này "
                f"({superior or 'không có'}) được gửi gói tổng hợp hoặc tham chiếu xuống",
            )
        owners = {sender, *ancestor_codes(session, sender)} - {me_unit}
        key_units = frozenset(subtree_codes(session, superior))
    elif kind in rules.EITHER_KINDS:
        if sender != superior and sender not in below and sender != me_unit:
            raise BundleError(
                "wrong_direction",
                f"gói xác nhận từ đơn vị {sender}, không phải cấp trên hay cấp dưới của {me_unit}",
            )
    else:
        raise BundleError("wrong_direction", f"loại gói {kind} không được nhận")
    if _bad_parent_targets():
        raise RuntimeError(f"__parents__ names unknown entities: {_bad_parent_targets()}")
    return BundleAuthority(kind, sender, me_unit, superior, owners, key_units)


def check_entities(auth: BundleAuthority, manifest: Any) -> None:
    """Refuse before any record is read if the bundle carries a kind of record its kind may
    not carry (a `data` bundle with decisions, a rollup with petitions)."""
    for entity, n in manifest.counts.items():
        if n:
            auth.check_entity(entity)
