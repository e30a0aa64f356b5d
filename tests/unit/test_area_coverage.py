"""Every synced record type is covered by the kernel's registries: it travels in a bundle
(sync.profiles), the demo gives it at least one row or says why not (danvan_desktop.demo), and
the README's glossary names it (packaging/glossary.py). A new area's table that forgets one of
these fails here, not in a user's hands."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from danvan_desktop import demo
from danvan_desktop.store.base import SYNCED
from danvan_desktop.store.schema import metadata  # noqa: F401  (every table mapped)
from danvan_desktop.sync import profiles

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from glossary import markdown  # noqa: E402


def test_every_synced_type_travels_in_an_export_profile() -> None:
    carried = {s.name for p in profiles.PROFILES.values() for s in p.specs()}
    assert SYNCED and set(SYNCED) <= carried, set(SYNCED) - carried


def test_every_synced_type_has_demo_rows_or_a_reason(demo_template: Path) -> None:
    empty = {entity: why for step in demo.steps() for entity, why in step.empty.items()}
    assert set(empty) <= set(SYNCED), set(empty) - set(SYNCED)  # no stale declaration
    assert all(why.strip() for why in empty.values())
    con = sqlite3.connect(demo_template)
    try:
        counts = {
            entity: con.execute(f'SELECT count(*) FROM "{cls.__tablename__}"').fetchone()[0]
            for entity, cls in SYNCED.items()
        }
    finally:
        con.close()
    missing = sorted(e for e, n in counts.items() if n == 0 and e not in empty)
    assert not missing, f"no demo rows and no reason given (DemoStep.empty): {missing}"
    # A type declared empty that the demo now fills should drop its declaration.
    assert not [e for e in empty if counts[e]], [e for e in empty if counts[e]]


def test_every_synced_type_is_in_the_glossary() -> None:
    glossary = markdown()
    for entity, cls in SYNCED.items():
        assert getattr(cls, "__label__", ""), f"{cls.__name__} has no __label__"
        assert f"| `{cls.__tablename__}` | `{entity}` |" in glossary, entity
