"""A compiled checker per entity for the bulk insert path on SQLite.

`compile_params(spec, dialect)` returns `fast(record) -> tuple`: the DBAPI values of the
entity's travelling columns, in `spec.columns` order, for a record that passes every check of
`bundle_format.check_record_shape` and `EntitySpec.decode` (it is never more lenient: it
demands every travelling column and naive or UTC times). Any other record makes it raise,
and the importer then takes the slow path, which accepts it or names the exact fault.

Why generated code: one Python function call per value (35 columns × a million records) cost
more than SQLite's own insert; straight-line code per entity runs about three times faster.
Column names come from our own metadata, and are only ever used as string literals.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String
from sqlalchemy.engine import Dialect

from danvan_desktop.sync.profiles import EntitySpec


class Fallback(Exception):  # noqa: N818 - a signal, not an error
    """The record needs the slow path (which accepts it or reports why not)."""


# The same patterns as bundle_format: canonical UUID, unit code.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z").match
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,63}\Z").match
_MAX_INT = 1 << 63


def _moment(v: str) -> dt.datetime:
    if len(v) > 40:
        raise Fallback
    m = dt.datetime.fromisoformat(v)
    if m.tzinfo is not None:
        if m.utcoffset():
            raise Fallback
        m = m.replace(tzinfo=None)
    return m


def _day(v: str) -> dt.date:
    if len(v) != 10:
        raise Fallback
    return dt.date.fromisoformat(v)


def compile_params(spec: EntitySpec, dialect: Dialect) -> Callable[[dict[str, Any]], tuple]:
    env: dict[str, Any] = {
        "Fallback": Fallback,
        "_UUID": _UUID,
        "_CODE": _CODE,
        "_moment": _moment,
        "_day": _day,
        "_isnorm": unicodedata.is_normalized,
        "_norm": unicodedata.normalize,
        "_MAX": _MAX_INT,
        "str": str,
        "int": int,
        "bool": bool,
        "float": float,
    }
    out = [
        "def fast(r):",
        "    v = r['id']",
        "    if v.__class__ is not str or not _UUID(v): raise Fallback",
        "    v = r['unit_code']",
        "    if v.__class__ is not str or not _CODE(v): raise Fallback",
        "    v = r['revision']",
        "    if v.__class__ is not int or v < 1: raise Fallback",
        "    if r['deleted'].__class__ is not bool: raise Fallback",
    ]
    names = []
    for i, name in enumerate(spec.columns):
        column = spec.table.c[name]
        t = column.type
        nullable = name in spec.nullable
        proc = t._cached_bind_processor(dialect)
        if proc is not None:
            env[f"p{i}"] = proc
        out.append(f"    v = r[{name!r}]")
        out.append("    if v is None:")
        out.append("        pass" if nullable else "        raise Fallback")
        if isinstance(t, DateTime):
            out.append("    elif v.__class__ is str:")
            out.append("        v = _moment(v)" + (f"; v = p{i}(v)" if proc else ""))
        elif isinstance(t, Date):
            out.append("    elif v.__class__ is str:")
            out.append("        v = _day(v)" + (f"; v = p{i}(v)" if proc else ""))
        elif isinstance(t, Boolean):
            out.append("    elif v.__class__ is bool:")
            out.append(f"        v = p{i}(v)" if proc else "        pass")
        elif isinstance(t, Integer):
            out.append("    elif v.__class__ is int and -_MAX <= v < _MAX:")
            out.append(f"        v = p{i}(v)" if proc else "        pass")
        elif isinstance(t, Float | Numeric):
            out.append("    elif v.__class__ is int or v.__class__ is float:")
            out.append(f"        v = p{i}(v)" if proc else "        pass")
        elif isinstance(t, String):
            out.append("    elif v.__class__ is str:")
            if t.length is not None:
                out.append(f"        if len(v) > {int(t.length)}: raise Fallback")
            out.append("        if not v.isascii() and not _isnorm('NFC', v): v = _norm('NFC', v)")
            if proc is not None:
                out.append(f"        v = p{i}(v)")
        else:
            raise TypeError(f"no fast path for {spec.name}.{name} ({t!r})")
        out.append("    else:")
        out.append("        raise Fallback")
        out.append(f"    v{i} = v")
        names.append(f"v{i}")
    out.append(f"    return ({', '.join(names)},)")
    code = "\n".join(out)
    exec(compile(code, f"<fast {spec.name}>", "exec"), env)  # noqa: S102 (our own metadata)
    return env["fast"]


def supported(spec: EntitySpec) -> bool:
    """Whether every travelling column has a type the compiler knows."""
    return all(
        isinstance(
            spec.table.c[n].type, DateTime | Date | Boolean | Integer | Float | Numeric | String
        )
        for n in spec.columns
    )
