"""Import every table module so Base.metadata (and the SYNCED registry) is complete.

Alembic's env.py and the sync framework import this one module; a new area adds its line here.
"""

from danvan_desktop.store import (  # noqa: F401
    inspection,  # noqa: F401
    model_register,
    petitions,  # noqa: F401
    scoring,  # noqa: F401
    sync_state,  # noqa: F401
    units,
    upper_level,  # noqa: F401
    users,
)
from danvan_desktop.store.base import SYNCED, Base

metadata = Base.metadata

__all__ = ["metadata", "SYNCED"]
