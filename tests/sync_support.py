"""Helpers shared by the sync tests: a province database built once and copied, opening a copy
signed in (so the install key is open), key exchange, table digests to prove "unchanged"."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from danvan_desktop.services import users
from danvan_desktop.services.context import AppContext, open_context
from tests.conftest import ADMIN_PASSWORD

PROVINCE = "42"  # Hà Tĩnh, the demo commune's province
DEMO_PASSWORD = "danvan2026"


def build_province(folder: Path) -> Path:
    from danvan_desktop.services import install

    path = folder / "tinh-template.sqlite"
    context = open_context(path)
    install.initialise(context, PROVINCE, "admin", ADMIN_PASSWORD, "Trần Thị Tỉnh")
    context.close()
    return path


def open_copy(template: Path, target: Path, password: str = ADMIN_PASSWORD) -> AppContext:
    """A copy of a template database, opened and signed in as admin (install key open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    context = open_context(target)
    users.authenticate(context, "admin", password)
    return context


def db_file(context: AppContext) -> Path:
    assert context.db_path is not None
    return context.db_path


def table_digest(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a SHA-256 over every row of every table (in rowid/primary-key order)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE '%_fts%' ORDER BY name"
            )
        ]
        out = {}
        for name in names:
            digest = hashlib.sha256()
            n = 0
            for row in con.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
                n += 1
            out[name] = (n, digest.hexdigest())
        return out
    finally:
        con.close()


def introduce(a: AppContext, b: AppContext, folder: Path) -> None:
    """Each side trusts the other's key file (what officers do once, by USB and phone)."""
    from danvan_desktop.sync import trust

    folder.mkdir(parents=True, exist_ok=True)
    for me, other, name in ((a, b, "a.key"), (b, a, "b.key")):
        trust.export_own_key(me, folder / name)
        trust.trust_key_file(other, folder / name)


def rename_model(context: AppContext, model_id: str, name: str) -> int:
    from danvan_desktop.services import models

    data = models.as_input(models.get_model(context, model_id))
    data.name = name
    return models.update_model(context, model_id, data)


def owned_counts(context: AppContext, owners: set[str]) -> dict[str, int]:
    """Rows per synced entity owned by those units (what a data bundle should carry)."""
    from sqlalchemy import func, select

    from danvan_desktop.sync.profiles import synced_specs

    with context.read() as s:
        return {
            sp.name: s.execute(
                select(func.count())
                .select_from(sp.table)
                .where(sp.table.c.unit_code.in_(sorted(owners)))
            ).scalar_one()
            for sp in synced_specs()
        }
