"""Read queries every area shares, over any Record table: live rows only (tombstones never
count), returning plain values — counts, counts per key, years in use, unit names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.text import fold
from danvan_desktop.store.base import Record
from danvan_desktop.store.units import Unit, get_unit


def count_live(s: Session, cls: type[Record], *conds: Any) -> int:
    """How many live rows of `cls` match `conds`."""
    return s.execute(
        select(func.count()).select_from(cls).where(cls.deleted.is_(False), *conds)
    ).scalar_one()


def exists_live(s: Session, cls: type[Record], *conds: Any) -> bool:
    return (
        s.execute(select(cls.id).where(cls.deleted.is_(False), *conds).limit(1)).first() is not None
    )


def counts_by(s: Session, key: Any, *conds: Any) -> dict[Any, int]:
    """Live rows per value of the column `key` (children per parent id, records per unit…)."""
    cls = key.class_
    return {
        k: int(n)
        for k, n in s.execute(
            select(key, func.count()).where(cls.deleted.is_(False), *conds).group_by(key)
        )
    }


def live_rows(s: Session, cls: type[Record], *conds: Any, order_by: Any = ()) -> list[Any]:
    """Live rows of `cls` matching `conds`, in `order_by` (a column or a tuple of them)."""
    order = order_by if isinstance(order_by, tuple | list) else (order_by,)
    return list(
        s.execute(select(cls).where(cls.deleted.is_(False), *conds).order_by(*order)).scalars()
    )


def distinct_years(s: Session, year_col: Any) -> list[int]:
    """The years in use in an integer year column, newest first."""
    cls = year_col.class_
    return [
        y
        for (y,) in s.execute(
            select(year_col).where(cls.deleted.is_(False)).distinct().order_by(year_col.desc())
        )
    ]


def date_span(
    s: Session, start_col: Any, end_col: Any = None
) -> tuple[dt.date | None, dt.date | None]:
    """(earliest of `start_col`, latest of `end_col` or `start_col`) over live rows."""
    cls = start_col.class_
    first, last = s.execute(
        select(func.min(start_col), func.max(end_col if end_col is not None else start_col)).where(
            cls.deleted.is_(False)
        )
    ).one()
    return first, last


def in_span(
    col: Any,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Any]:
    """Conditions keeping a date column within a calendar year and/or from `start` to `end`
    (each bound optional; none given, no condition)."""
    conds = []
    if year:
        conds += [col >= dt.date(year, 1, 1), col <= dt.date(year, 12, 31)]
    if start:
        conds.append(col >= start)
    if end:
        conds.append(col <= end)
    return conds


def owner_codes(s: Session, cls: type[Record]) -> list[str]:
    """Units owning at least one live row of `cls`, sorted (the communes whose records arrived)."""
    return sorted({c for (c,) in s.execute(select(cls.unit_code).where(cls.deleted.is_(False)))})


def unit_names(s: Session, codes: list[str]) -> dict[str, str]:
    """code -> short name of each unit in `codes`."""
    if not codes:
        return {}
    return dict(s.execute(select(Unit.code, Unit.name).where(Unit.code.in_(codes))).all())


def unit_full_name(s: Session, code: str | None) -> str:
    """A unit's full name ("Thôn Đông") by code; "" when none or unknown."""
    u = get_unit(s, code) if code else None
    return u.full_name if u else ""


def live_unit(s: Session, code: str) -> Unit | None:
    """The unit by code, unless it was removed."""
    u = get_unit(s, code)
    return u if u is not None and not u.deleted else None


def like_escaped(column: Any, chunk: str) -> Any:
    """`column` contains `chunk` literally (LIKE with %, _ and \\ escaped)."""
    escaped = chunk.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def like_words(column: Any, text: str) -> list[Any]:
    """One condition per word of `text`, folded: a folded search column contains them all."""
    return [like_escaped(column, word) for word in fold(text).split()]
