"""What each bundle kind carries, and how a record's columns become JSON and back.

Stable API (used by exporter, importer and the upper level's rollups):

    spec(entity) -> EntitySpec            one synced entity: model, table, travelling columns
    synced_specs() -> list[EntitySpec]    every SYNCED entity, parents before children (FKs)
    EntitySpec.encode(row) -> dict        a DB row (mapping of column → Python value) → JSON
    EntitySpec.decode(record, where) -> dict   JSON record → column → Python value, checked
    PROFILES[kind] / profile(kind) -> Profile  which entities a bundle kind carries
    register_profile(Profile)             an area or the upper level adds or replaces one

Generic over `store.base.SYNCED`: an area that declares a Record subclass travels with no new
code. Every column travels except `change_seq` (a local counter) and the entity's
`__confidential__` columns (denouncers' identities, citizens' ID numbers), which are never
written to a bundle and never read from one: `EntitySpec.columns` cannot contain them, and
`decode` ignores them if a hostile bundle carries them anyway.

JSON forms: dates "YYYY-MM-DD", datetimes naive UTC ISO ("2026-05-04T03:02:01.123456"; an
incoming offset is converted to UTC), booleans true/false, integers, strings (NFC), null.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Column,
    ColumnDefault,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Table,
)

from danvan_desktop.store import schema
from danvan_desktop.store.base import SYNCED, Record, table_of
from danvan_desktop.sync.errors import BundleError

#: columns that exist on every Record but never travel
LOCAL_COLUMNS = ("change_seq",)
#: travelling columns that say who/when/which version, not what: left out of content compares
BOOKKEEPING = ("id", "revision", "updated_at", "updated_by")
#: derived columns by naming convention, besides an entity's `__unaudited__` (DvkModel keeps
#: `sort_name` audited although it is only the folded name)
DERIVED_NAMES = ("search_text", "sort_name")


class _Bad(ValueError):
    """A value of the wrong type or size; decode() turns it into BundleError('bad_record')."""


def _enc_date(v: Any) -> Any:
    return v.isoformat() if v is not None else None


def _enc_plain(v: Any) -> Any:
    return v


def _dec_str(max_len: int | None) -> Callable[[Any], Any]:
    normalize, is_normalized = unicodedata.normalize, unicodedata.is_normalized

    def dec(v: Any) -> Any:
        if type(v) is not str:
            raise _Bad("phải là chuỗi ký tự")
        if max_len is not None and len(v) > max_len:
            raise _Bad(f"dài quá {max_len} ký tự")
        if v.isascii() or is_normalized("NFC", v):
            return v
        return normalize("NFC", v)

    return dec


def _dec_int(v: Any) -> Any:
    if type(v) is not int:
        raise _Bad("phải là số nguyên")
    if not -(1 << 63) <= v < (1 << 63):
        raise _Bad("số quá lớn")
    return v


def _dec_float(v: Any) -> Any:
    if type(v) not in (int, float):
        raise _Bad("phải là số")
    return v


def _dec_bool(v: Any) -> Any:
    if type(v) is not bool:
        raise _Bad("phải là true hoặc false")
    return v


def _dec_date(v: Any) -> Any:
    if type(v) is not str or len(v) != 10:
        raise _Bad("phải là ngày dạng YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise _Bad("phải là ngày dạng YYYY-MM-DD") from None


def _dec_datetime(v: Any) -> Any:
    if type(v) is not str or len(v) > 40:
        raise _Bad("phải là thời điểm ISO 8601")
    try:
        moment = dt.datetime.fromisoformat(v)
    except ValueError:
        raise _Bad("phải là thời điểm ISO 8601") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _dec_any(v: Any) -> Any:
    if isinstance(v, dict | list):
        raise _Bad("phải là một giá trị đơn")
    return v


def _codec(column: Column) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    t = column.type
    if isinstance(t, DateTime):
        return _enc_date, _dec_datetime
    if isinstance(t, Date):
        return _enc_date, _dec_date
    if isinstance(t, Boolean):
        return _enc_plain, _dec_bool
    if isinstance(t, Integer):  # also BigInteger, SmallInteger
        return _enc_plain, _dec_int
    if isinstance(t, Float | Numeric):
        return (lambda v: float(v) if v is not None else None), _dec_float
    if isinstance(t, String):  # also Text
        return _enc_plain, _dec_str(t.length)
    return _enc_plain, _dec_any


def _default(column: Column) -> Callable[[], Any]:
    """What an INSERT writes for a column the record does not carry (called per batch)."""
    d = column.default
    # Typed DefaultGenerator; is_scalar / is_callable mean a ColumnDefault, which carries `arg`.
    if d is not None and d.is_scalar:
        return lambda: cast(ColumnDefault, d).arg
    if d is not None and d.is_callable:
        # SQLAlchemy wraps callables to take a context
        return lambda: cast(ColumnDefault, d).arg(None)
    return lambda: None


@dataclass(frozen=True, eq=False)
class EntitySpec:
    """One synced entity as it travels."""

    name: str
    model: type[Record]
    table: Table
    #: travelling columns in table order (no confidential, no local-only columns)
    columns: tuple[str, ...]
    confidential: frozenset[str]
    #: derived columns (the entity's `__unaudited__`: folded search keys…): they travel, but
    #: a difference in them alone is not a difference of content
    derived: frozenset[str]
    #: travelling columns an incoming record must carry (NOT NULL and no default)
    required: tuple[str, ...]
    nullable: frozenset[str]
    #: column → what an INSERT writes when the record does not carry it (confidential
    #: columns, change_seq, and columns a sender of an older version did not know)
    defaults: Mapping[str, Callable[[], Any]]
    _encoders: tuple[tuple[str, Callable[[Any], Any]], ...]
    _decoders: tuple[tuple[str, Callable[[Any], Any]], ...]

    @property
    def label(self) -> str:
        return self.model.__label__ or self.name

    def content_columns(self) -> frozenset[str]:
        """Columns compared to tell whether two versions differ (not bookkeeping, not derived)."""
        return frozenset(self.columns) - set(BOOKKEEPING) - self.derived

    def insert_defaults(self) -> dict[str, Any]:
        """Fresh default values of every non-key column (for rows missing some)."""
        return {c: make() for c, make in self.defaults.items()}

    def encode(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """A row (column → Python value) as the JSON object written to a bundle."""
        return {col: enc(row[col]) for col, enc in self._encoders}

    def decode(self, record: Mapping[str, Any], where: str) -> dict[str, Any]:
        """An incoming JSON record → {column: Python value} for the travelling columns it
        carries. Keys that are not travelling columns (confidential ones, unknown ones from
        another version) are ignored. Raises BundleError('bad_record') naming the field."""
        out: dict[str, Any] = {}
        nullable = self.nullable
        for col, dec in self._decoders:
            if col not in record:
                continue
            value = record[col]
            if value is None:
                if col not in nullable:
                    raise BundleError("bad_record", f"{where}: trường {col} không được để trống")
                out[col] = None
                continue
            try:
                out[col] = dec(value)
            except _Bad as exc:
                raise BundleError("bad_record", f"{where}: trường {col} {exc}") from None
        for col in self.required:
            if col not in out:
                raise BundleError("bad_record", f"{where}: thiếu trường {col}")
        return out


@functools.cache
def _specs() -> dict[str, EntitySpec]:
    order = {t.name: i for i, t in enumerate(schema.metadata.sorted_tables)}
    specs: list[EntitySpec] = []
    for name, model in SYNCED.items():
        table = table_of(model)
        confidential = frozenset(model.__confidential__)
        unknown = confidential - set(table.columns.keys())
        if unknown:
            raise RuntimeError(f"{model.__name__}.__confidential__ names no column: {unknown}")
        travelling = [
            c for c in table.columns if c.name not in confidential and c.name not in LOCAL_COLUMNS
        ]
        codecs = {c.name: _codec(c) for c in travelling}
        specs.append(
            EntitySpec(
                name=name,
                model=model,
                table=table,
                columns=tuple(c.name for c in travelling),
                confidential=confidential,
                derived=frozenset(model.__unaudited__)
                | (set(DERIVED_NAMES) & set(table.columns.keys())),
                required=tuple(
                    c.name
                    for c in travelling
                    if not c.nullable and c.default is None and c.server_default is None
                ),
                nullable=frozenset(c.name for c in travelling if c.nullable),
                defaults={c.name: _default(c) for c in table.columns if not c.primary_key},
                _encoders=tuple((c, codecs[c][0]) for c in (x.name for x in travelling)),
                _decoders=tuple((c, codecs[c][1]) for c in (x.name for x in travelling)),
            )
        )
    # Units first: records owned by a hamlet the same bundle brings must find their owner.
    specs.sort(key=lambda s: (s.table.name != "unit", order[s.table.name]))
    return {s.name: s for s in specs}


def spec(entity: str) -> EntitySpec:
    """The spec of a synced entity; KeyError if no SYNCED table has that entity name."""
    return _specs()[entity]


def is_synced_entity(entity: str) -> bool:
    return entity in _specs()


def synced_specs() -> list[EntitySpec]:
    """Every synced entity, parents before children (foreign keys), units first."""
    return list(_specs().values())


# --------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Profile:
    """What one bundle kind carries. `entities` None means every SYNCED entity; the records
    taken are always those owned by the sender's own subtree (`owners="subtree"`) unless a
    profile says otherwise (the upper level's rollups choose their records themselves)."""

    kind: str
    title: str
    entities: tuple[str, ...] | None = None
    #: extra payload entities that are not tables (acks, keys, aggregates)
    extras: tuple[str, ...] = ()
    owners: str = "subtree"

    def specs(self) -> list[EntitySpec]:
        if self.entities is None:
            return synced_specs()
        return [spec(e) for e in sorted(self.entities, key=list(_specs()).index)]


PROFILES: dict[str, Profile] = {
    "data": Profile("data", "Dữ liệu gửi cấp trên", None, extras=("sender_key",)),
    "ack": Profile("ack", "Xác nhận đã nhận", (), extras=("sender_key", "acks")),
}


def register_profile(p: Profile) -> None:
    """Add or replace the profile of a bundle kind (rollup, reference: the upper level's)."""
    for e in p.entities or ():
        spec(e)  # KeyError for an entity that is not synced
    PROFILES[p.kind] = p


def profile(kind: str) -> Profile:
    try:
        return PROFILES[kind]
    except KeyError:
        raise ValueError(f"no export profile for bundle kind {kind!r}") from None
