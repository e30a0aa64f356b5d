"""Where bundled resources and migrations live: checkout, installed wheel or PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def _root(name: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    # An installed wheel carries them inside the package (pyproject force-include).
    packaged = Path(__file__).resolve().parent / name
    if packaged.is_dir():
        return packaged
    # A source checkout (editable install): they sit at the repository root.
    return Path(__file__).resolve().parent.parent / name


def resources_dir() -> Path:
    return _root("resources")


def migrations_dir() -> Path:
    return _root("migrations")
