"""Batched writes of one entity during an import: executemany of inserts and updates, through
the raw sqlite3 cursor on SQLite (SQLAlchemy Core elsewhere), and the compiled fast path that
checks and converts a whole record in one call (sync._fastpath)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from danvan_desktop.sync import reasons as _reasons  # noqa: F401 (codes of the import stage)
from danvan_desktop.sync._fastpath import compile_params
from danvan_desktop.sync._fastpath import supported as fastpath_supported
from danvan_desktop.sync.profiles import (
    EntitySpec,
)


class BatchWriter:
    """executemany of inserts / updates for one entity, raw sqlite3 when the engine is SQLite."""

    def __init__(self, session: Session, spec_: EntitySpec) -> None:
        self.session = session
        self.spec = spec_
        self.conn = session.connection()
        dialect = self.conn.dialect
        self.raw = dialect.name == "sqlite"
        self.table = spec_.table
        self.procs = {c.name: c.type._cached_bind_processor(dialect) for c in self.table.columns}
        self._sql: dict[tuple[str, ...], Any] = {}
        #: the model's local serial column (Record.__serial__), numbered here on insert
        #: (SQLite only: there the import holds the write lock; PostgreSQL has no such trigger)
        self.serial: str | None = spec_.model.__serial__ if self.raw else None
        self._next_serial: int | None = None

    def _serials(self, n: int) -> range:
        """The next `n` numbers of the serial column (max + 1 …), read once per writer: the
        import holds the database's write lock for its whole transaction."""
        if self._next_serial is None:
            col = self.table.c[cast(str, self.serial)]
            self._next_serial = (self.conn.execute(select(func.max(col))).scalar() or 0) + 1
        start = self._next_serial
        self._next_serial += n
        return range(start, start + n)

    def _run(self, key: tuple[str, ...], make_sql: Callable[[], Any], rows: list[tuple]) -> None:
        if self.raw:
            sql = self._sql.get(key)
            if sql is None:
                sql = self._sql[key] = make_sql()
            # Optional only once the pool connection is invalidated; this one is in use.
            driver = cast(Any, self.conn.connection.driver_connection)
            cur = driver.cursor()
            try:
                cur.executemany(sql, rows)
            finally:
                cur.close()

    def insert(self, rows: list[dict[str, Any]]) -> None:
        """Insert rows of travelling columns; every other column gets its default."""
        defaults = self.spec.insert_defaults()
        defaults["change_seq"] = 0
        if self.serial is not None:
            defaults.pop(self.serial, None)
            rows = [
                {**r, self.serial: n} for r, n in zip(rows, self._serials(len(rows)), strict=True)
            ]
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault(tuple(r), []).append(r)
        for keys_, group in groups.items():
            rest = tuple(c for c in defaults if c not in keys_)
            cols = keys_ + rest
            if self.raw:
                procs = [self.procs[c] for c in cols]
                fill_row = [defaults[c] for c in rest]
                params = [
                    tuple(
                        p(v) if p is not None and v is not None else v
                        for p, v in zip(procs, [*r.values(), *fill_row], strict=True)
                    )
                    for r in group
                ]
                self._run(("i", *cols), functools.partial(self._insert_sql, cols), params)
            else:
                fill = {c: defaults[c] for c in rest}
                self.conn.execute(insert(self.table), [{**r, **fill} for r in group])

    def insert_params(self, rows: list[tuple]) -> None:
        """Insert rows already checked and converted by the fast path (SQLite only): the
        travelling columns in spec order, then the defaults of the others."""
        defaults = self.spec.insert_defaults()
        defaults["change_seq"] = 0
        if self.serial is not None:
            defaults.pop(self.serial, None)
        rest = tuple(c for c in defaults if c not in self.spec.columns)
        cols = self.spec.columns + rest
        fill = tuple(
            proc(defaults[c])
            if (proc := self.procs[c]) is not None and defaults[c] is not None
            else defaults[c]
            for c in rest
        )
        params = [r + fill for r in rows] if fill else rows
        if self.serial is not None:
            cols += (self.serial,)
            params = [r + (n,) for r, n in zip(params, self._serials(len(params)), strict=True)]
        self._run(("f", *cols), functools.partial(self._insert_sql, cols), params)

    def _insert_sql(self, cols: tuple[str, ...]) -> str:
        return (
            f'INSERT INTO "{self.table.name}" ({", ".join(chr(34) + c + chr(34) for c in cols)})'
            f" VALUES ({', '.join('?' for _ in cols)})"
        )

    def _update_sql(self, cols: tuple[str, ...]) -> str:
        return (
            f'UPDATE "{self.table.name}" SET '
            + ", ".join(f'"{c}" = ?' for c in cols)
            + ', "change_seq" = 0 WHERE "id" = ?'
        )

    def update(self, rows: list[dict[str, Any]]) -> None:
        """Set the travelling columns each row carries, and change_seq 0, by id."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault(tuple(c for c in r if c != "id"), []).append(r)
        for cols, group in groups.items():
            if self.raw:
                procs = [self.procs[c] for c in cols] + [None]
                params = [
                    tuple(
                        p(v) if p is not None and v is not None else v
                        for p, v in zip(procs, [*(r[c] for c in cols), r["id"]], strict=True)
                    )
                    for r in group
                ]
                self._run(("u", *cols), functools.partial(self._update_sql, cols), params)
            else:
                stmt = (
                    self.table.update()
                    .where(self.table.c.id == bindparam("_id"))
                    .values({**{c: bindparam(c) for c in cols}, "change_seq": 0})
                )
                self.conn.execute(
                    stmt, [{**{c: r[c] for c in cols}, "_id": r["id"]} for r in group]
                )


_FAST: dict[tuple[str, str], Callable[[dict[str, Any]], tuple] | None] = {}


def fast_for(sp: EntitySpec, dialect: Any) -> Callable[[dict[str, Any]], tuple] | None:
    key = (sp.name, dialect.name)
    if key not in _FAST:
        _FAST[key] = compile_params(sp, dialect) if fastpath_supported(sp) else None
    return _FAST[key]
