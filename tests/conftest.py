"""Shared fixtures: real SQLite files in tmp folders, offscreen Qt, an isolated settings home."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Before any Qt import, or pytest-qt aborts on a machine with no screen (DESIGN §7).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402

import pytest  # noqa: E402

# Test modules import shared constants as `tests.conftest`; the alias keeps a bare
# `from conftest import …` pointing at this file rather than at a sub-folder's conftest.
sys.modules.setdefault("conftest", sys.modules[__name__])

ADMIN_PASSWORD = "matkhau123"
HAMLETS = ["Thôn Trung Hà", "Thôn Thượng Nam", "Thôn Hạ Bắc", "Tổ dân phố 1", "Thôn Đông"]
COMMUNE = "18673"  # Xã Cẩm Xuyên, Hà Tĩnh


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QSettings, logs and platformdirs write under a per-test home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    if "PySide6.QtCore" in sys.modules:
        # QSettings resolves its folder once per process, ignoring HOME: point it here so a
        # window remembered by one test (area, geometry) never leaks into the next.
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "danvan.sqlite"


@pytest.fixture
def ctx(db_path: Path):  # noqa: ANN201
    """A freshly initialised commune database (real file, migrated), signed in as admin."""
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context

    context = open_context(db_path)
    install.initialise(context, COMMUNE, "admin", ADMIN_PASSWORD, "Nguyễn Văn Quản", HAMLETS)
    yield context
    context.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo commune built once per test session; tests get their own copy."""
    import datetime as dt

    from danvan_desktop import demo
    from danvan_desktop.services.context import open_context

    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    context = open_context(path)
    demo.build_demo(context, today=dt.date(2026, 11, 20))
    context.close()
    return path


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path):  # noqa: ANN201
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    files = demo_template.parent / "demo-files"
    if files.exists():
        shutil.copytree(files, tmp_path / "demo-files")
    context = open_context(path)
    users.authenticate(context, "admin", "danvan2026")
    yield context
    context.close()


def login_as(context, username: str, password: str = ADMIN_PASSWORD):  # noqa: ANN001, ANN201
    from danvan_desktop.services import users

    return users.authenticate(context, username, password)
