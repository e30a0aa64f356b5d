"""Helpers shared by the inspection-board tests: the initialised commune is built once per
module and copied for each test (initialising seeds ~3,400 official units: about a second)."""

from __future__ import annotations

import shutil
from pathlib import Path

from danvan_desktop.domain.roles import Role
from danvan_desktop.services.context import AppContext, CurrentUser, open_context
from tests.conftest import ADMIN_PASSWORD, COMMUNE, HAMLETS


def build_template(folder: Path) -> Path:
    from danvan_desktop.services import install

    path = folder / "template.sqlite"
    context = open_context(path)
    install.initialise(context, COMMUNE, "admin", ADMIN_PASSWORD, "Nguyễn Văn Quản", HAMLETS)
    context.close()  # checkpoints the WAL: the one file is the whole database
    return path


def open_copy(template: Path, folder: Path) -> AppContext:
    """A fresh copy of the initialised commune (real SQLite file), signed in as the admin."""
    path = folder / "danvan.sqlite"
    shutil.copyfile(template, path)
    context = open_context(path)
    context.user = CurrentUser("admin", "Nguyễn Văn Quản", Role.ADMIN)
    return context
