"""Indexes by level: what an upper level's database leaves out.

A commune's registers and early warning need indexes that lead with `deleted` (one unit's own
rows, sorted for a screen); a province or cluster database holds 170 communes' imported rows and
queries them grouped by `unit_code`, so those indexes only cost it time on every import (on the
province round trip, petitions' eleven register indexes were ~40 % of the import). Indexes
declared `info=COMMUNE_ONLY` (store.base) are dropped when a database is set up as an upper
level, and again after every upgrade there (a later revision may create one anew). Dropping is
idempotent (`IF EXISTS`), and a commune's database never loses any.
"""

from __future__ import annotations

from sqlalchemy import Connection, Index
from sqlalchemy.schema import DropIndex

UPPER_LEVELS = ("province", "cluster")


def commune_only_indexes() -> list[Index]:
    from danvan_desktop.store.schema import metadata

    return sorted(
        (ix for t in metadata.tables.values() for ix in t.indexes if ix.info.get("commune_only")),
        key=lambda ix: str(ix.name),
    )


def drop_commune_only_indexes(conn: Connection) -> int:
    """Drop every commune-only index (those present); returns how many were declared."""
    found = commune_only_indexes()
    for ix in found:
        conn.execute(DropIndex(ix, if_exists=True))
    return len(found)


def level_of(conn: Connection) -> str:
    from sqlalchemy import select

    from danvan_desktop.store.settings import Setting

    value = conn.execute(select(Setting.value).where(Setting.key == "unit_level")).scalar()
    return str(value or "commune")


def fit_indexes_to_level(conn: Connection) -> None:
    """After set-up or an upgrade: an upper level's database keeps no commune-only index."""
    if level_of(conn) in UPPER_LEVELS:
        drop_commune_only_indexes(conn)
