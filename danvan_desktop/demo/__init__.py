"""`danvan demo`: a believable commune to try the app on, built through the services like an
officer would. Each area contributes its records in its own module of this package, which
defines `STEP = DemoStep(...)`; steps are discovered (pkgutil) and run in their `order`, so a
new area adds its own module and no line elsewhere."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import random

from danvan_desktop.demo.commune import DEMO_PASSWORD, DEMO_UNIT, HAMLETS, DemoStep, setup
from danvan_desktop.services.context import AppContext

__all__ = ["DEMO_PASSWORD", "DEMO_UNIT", "HAMLETS", "DemoStep", "build_demo", "steps"]


def steps() -> list[DemoStep]:
    """Every module's STEP, in `order` then key."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        step = getattr(importlib.import_module(f"{__name__}.{info.name}"), "STEP", None)
        if isinstance(step, DemoStep):
            found.append(step)
    return sorted(found, key=lambda s: (s.order, s.key))


def build_demo(
    ctx: AppContext, unit_code: str | None = None, seed: int = 2026, today: dt.date | None = None
) -> str:
    """Build the demo commune in `ctx` (a fresh database); returns the summary, one line per
    area."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    setup(ctx, unit_code or DEMO_UNIT)
    return "\n".join(line for step in steps() if (line := step.build(ctx, rng, today)))
