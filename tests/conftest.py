"""Shared fixtures: real SQLite files in tmp folders, offscreen Qt, an isolated settings home."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before any Qt import, or pytest-qt aborts on a machine with no screen (DESIGN §7).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402

import pytest  # noqa: E402

# Test modules import shared constants as `tests.conftest`; the alias keeps a bare
# `from conftest import …` pointing at this file rather than at a sub-folder's conftest.
sys.modules.setdefault("conftest", sys.modules[__name__])

if TYPE_CHECKING:
    from danvan_desktop.services.context import AppContext, CurrentUser

ADMIN_PASSWORD = "matkhau123"
HAMLETS = ["Thôn Trung Hà", "Thôn Thượng Nam", "Thôn Hạ Bắc", "Tổ dân phố 1", "Thôn Đông"]
COMMUNE = "18673"  # Xã Cẩm Xuyên, Hà Tĩnh


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Group tests for pytest-xdist (`-n 2 --dist loadgroup`, as .ci/run runs the suite).

    A module whose tests share a fixture built once per module or class (a province, the
    communes of the integration suite, a PDF rendered once) runs on one worker, so that
    fixture is built once rather than once per worker; the PostgreSQL tests share one worker
    and so one server. Every other test goes to whichever worker is free."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if item.get_closest_marker("postgres") is not None:
            item.add_marker(pytest.mark.xdist_group("postgres"))
        elif _uses_a_fixture_of_its_module(item):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


def _uses_a_fixture_of_its_module(item: pytest.Item) -> bool:
    # pytest keeps the resolved fixtures in a private attribute: if that ever changes, tests
    # are simply spread one by one (slower, never wrong).
    module_id = item.nodeid.split("::")[0]
    resolved = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    return any(
        getattr(fixture, "scope", "function") != "function"
        and str(getattr(fixture, "baseid", "")).startswith(module_id)
        for fixtures in resolved.values()
        for fixture in fixtures
    )


@pytest.fixture(autouse=True)
def _no_hidden_message_box(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A message box nobody expected fails its test instead of hanging the run: offscreen, a
    modal QMessageBox waits for a click that never comes (CI would stop at its time limit).
    Tests that expect one patch QMessageBox themselves; theirs replaces this."""
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(kind: str, answer: Any) -> Any:
        def box(_parent: Any, title: str = "", text: str = "", *_a: Any, **_k: Any) -> Any:
            shown.append(f"{kind}: {title}: {text}")
            return answer

        return box

    ok, no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No
    for kind, answer in (("warning", ok), ("critical", ok), ("information", ok), ("question", no)):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind, answer)))
    yield
    if shown:
        pytest.fail("unexpected message box(es): " + " | ".join(shown), pytrace=False)


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


@dataclass(frozen=True)
class CommuneTemplate:
    """An initialised commune database, closed and checkpointed: one file is the whole of it."""

    path: Path
    user: CurrentUser
    unit_code: str
    extra: dict[str, object]  # the install key held open for the admin (signing_keys.SLOT)


@pytest.fixture(scope="session")
def commune_template(tmp_path_factory: pytest.TempPathFactory) -> CommuneTemplate:
    """Migrated and initialised once per session (per xdist worker): migrating and seeding
    ~3,400 official units costs about a second, paid once instead of once per `ctx` test.
    Per worker rather than per run so the opened install key can be handed on as is."""
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context

    path = tmp_path_factory.mktemp("commune-template") / "danvan.sqlite"
    context = open_context(path)
    install.initialise(context, COMMUNE, "admin", ADMIN_PASSWORD, "Nguyễn Văn Quản", HAMLETS)
    template = CommuneTemplate(path, context.user, context.unit_code, dict(context.extra))
    context.close()
    _seal_template(path)
    return template


@pytest.fixture
def ctx(db_path: Path, commune_template: CommuneTemplate) -> Iterator[AppContext]:
    """A freshly initialised commune database (real file, migrated), signed in as admin.

    A copy of the session's template: the same state `install.initialise` leaves, without
    paying for the migration and the seeding in every test."""
    from danvan_desktop.services import signing_keys
    from danvan_desktop.services.context import open_context

    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(commune_template.path, db_path)
    db_path.chmod(0o644)
    context = open_context(db_path)  # at head already: no migration runs
    assert context.unit_code == commune_template.unit_code
    context.user = commune_template.user
    context.extra.update(commune_template.extra)
    # The data key opened at initialisation, held for this copy's engine as a login would.
    signing_keys.hold_data_key(context, context.extra.get(signing_keys.DATA_SLOT))
    yield context
    context.close()


def _seal_template(path: Path) -> None:
    """Fold the WAL into the main file and make the template read-only, so a plain file copy
    is the whole database and no test can change the template by mistake."""
    con = sqlite3.connect(path)
    try:
        busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        con.close()
    wal = path.with_name(path.name + "-wal")
    assert busy == 0 and (not wal.exists() or wal.stat().st_size == 0), "template not checkpointed"
    path.chmod(0o444)


def build_once_per_run(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """A folder that `build(folder)` fills once per test run, shared by the xdist workers.

    Workers share the parent of their base temp dir; a file lock lets the first one build
    (into a side folder renamed at the end, so a crash leaves nothing half-built) and the
    others wait and reuse it. Without xdist it is simply built in this session's temp dir."""
    from filelock import FileLock

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    folder = root / name
    with FileLock(str(root / f"{name}.lock")):
        if not folder.is_dir():
            building = root / f"{name}.building"
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir()
            build(building)
            building.rename(folder)
    return folder


def _build_demo(folder: Path) -> None:
    import datetime as dt

    from danvan_desktop import demo
    from danvan_desktop.services.context import open_context

    path = folder / "demo.sqlite"
    context = open_context(path)
    demo.build_demo(context, today=dt.date(2026, 11, 20))
    context.close()
    _seal_template(path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo commune built once per test run (not per worker); tests get their own copy.

    Its evidence files sit beside it in `demo-files`; the file itself is read-only."""
    return build_once_per_run(tmp_path_factory, "demo", _build_demo) / "demo.sqlite"


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
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
