"""Import every table module so Base.metadata (and the SYNCED registry) is complete.

Alembic's env.py and the sync framework import this one module. Every module of
`danvan_desktop.store` is imported (pkgutil), so a new area's tables need no line here.
"""

import importlib
import pkgutil

import danvan_desktop.store as _store
from danvan_desktop.store.base import SYNCED, Base

# walk_packages: an area's tables may live in a sub-package (store/petitions/…) too.
for _info in sorted(pkgutil.walk_packages(_store.__path__, f"{_store.__name__}."), key=str):
    if _info.name != __name__:
        importlib.import_module(_info.name)

metadata = Base.metadata

__all__ = ["metadata", "SYNCED"]
