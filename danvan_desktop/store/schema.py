"""Import every table module so Base.metadata (and the SYNCED registry) is complete.

Alembic's env.py and the sync framework import this one module; a new area adds its line here.
"""

from danvan_desktop.store import model_register, units, users  # noqa: F401
from danvan_desktop.store import petitions  # noqa: F401
from danvan_desktop.store import inspection  # noqa: F401
from danvan_desktop.store import sync_state  # noqa: F401
from danvan_desktop.store import upper_level  # noqa: F401
from danvan_desktop.store.base import SYNCED, Base

metadata = Base.metadata

__all__ = ["metadata", "SYNCED"]
