"""The sync screen driven like a user would: export with progress, drop bundles for a preview,
confirm a new sender by its fingerprint in the trust dialog, import, resolve a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from danvan_desktop.services import install, models
from danvan_desktop.services.context import open_context
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.sync import conflicts, exporter, importer, ledger, trust
from danvan_desktop.ui import sync_screen as ss
from danvan_desktop.ui.app import make_app
from tests.conftest import ADMIN_PASSWORD, COMMUNE
from tests.sync_support import DEMO_PASSWORD, build_province, introduce, open_copy, rename_model


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_province(tmp_path_factory.mktemp("province"))


@pytest.fixture
def commune(demo_template: Path, tmp_path: Path):  # noqa: ANN201
    ctx = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    yield ctx
    ctx.close()


@pytest.fixture
def province(province_template: Path, tmp_path: Path):  # noqa: ANN201
    ctx = open_copy(province_template, tmp_path / "tinh" / "tinh.sqlite")
    yield ctx
    ctx.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The screen's message boxes, recorded instead of shown (they would wait for a click)."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(ss, "info", lambda _parent, title, text: seen.append((title, text)))
    monkeypatch.setattr(ss, "warn", lambda _parent, title, text: seen.append((title, text)))
    return seen


def _screen(qtbot, ctx) -> ss.SyncScreen:  # noqa: ANN001
    make_app()
    screen = ss.SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    return screen


def _drop(screen: ss.SyncScreen, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    screen.drop_area.dropEvent(event)


def _wait(qtbot, screen: ss.SyncScreen) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: screen.task is not None and screen.task.finished, timeout=30000)
    assert screen.task.error is None, screen.task.error


def _cell(table, row: int, col: int) -> str:  # noqa: ANN001
    return table.item(row, col).text()


def test_export_through_the_screen(qtbot, commune, tmp_path: Path) -> None:  # noqa: ANN001
    screen = _screen(qtbot, commune)
    me = trust.own_identity(commune)
    assert screen.own_fingerprint.text() == me.fingerprint
    assert me.fingerprint in screen.identity.text()
    assert screen.recipient.currentData() == "42"  # the province above the commune
    screen.choose_folder = lambda: tmp_path / "usb"
    screen.period.setCurrentText("2026-Q4")
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, screen)
    [made] = list((tmp_path / "usb").glob("*.dvk"))
    assert made.name.startswith(f"{COMMUNE}_2026-Q4_000001_")
    assert (
        "Đã xuất gói số 1" in screen.export_state.text() and str(made) in screen.export_state.text()
    )
    assert screen.export_table.rowCount() == 1 and _cell(screen.export_table, 0, 8) == "chưa"
    with commune.read() as s:
        n_models = s.execute(
            select(func.count()).select_from(DvkModel).where(DvkModel.unit_code == COMMUNE)
        ).scalar_one()
    checked = ledger.verify_bundle(made)
    assert checked.manifest.counts["models"] == n_models >= 40
    assert checked.fingerprint == me.fingerprint


def test_drop_preview_trust_dialog_and_import(
    qtbot,
    commune,
    province,
    tmp_path: Path,  # noqa: ANN001
    messages,
) -> None:
    bundle = exporter.export_data(commune, tmp_path / "usb")
    fingerprint = trust.own_identity(commune).fingerprint
    screen = _screen(qtbot, province)
    _drop(screen, [tmp_path / "usb"])  # a whole folder, as it comes off the drive
    _wait(qtbot, screen)
    assert screen.preview_table.rowCount() == 1
    assert _cell(screen.preview_table, 0, 4) == "Cần xác nhận khóa của nơi gửi"
    assert _cell(screen.preview_table, 0, 5) == str(bundle.records)  # all new
    assert fingerprint in screen.detail.toPlainText()
    labels = {_cell(screen.entity_table, r, 0) for r in range(screen.entity_table.rowCount())}
    assert "Mô hình, điển hình" in labels and "Đơn thư" in labels
    assert screen.ledger_table.rowCount() == 0  # a preview writes nothing

    # First the officer says no: nothing is imported.
    seen: list[str] = []

    def answer(confirm: bool) -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ss.TrustDialog) and w.isVisible()
        )
        seen.append(dialog.fingerprint.text())
        assert not dialog.ok.isEnabled()  # not before the box is ticked
        if confirm:
            dialog.checked.setChecked(True)
            assert dialog.ok.isEnabled()
            dialog.ok.click()
        else:
            dialog.reject()

    QTimer.singleShot(150, lambda: answer(False))
    assert screen.import_previewed() is None
    assert seen == [fingerprint] and trust.list_keys(province) == []

    # Then, after the phone call, yes.
    QTimer.singleShot(150, lambda: answer(True))
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, screen)
    assert seen == [fingerprint, fingerprint]
    assert _cell(screen.preview_table, 0, 4) == "Đã nhập"
    assert screen.ledger_table.rowCount() == 1 and _cell(screen.ledger_table, 0, 6) == str(
        bundle.records
    )
    assert [k.fingerprint for k in trust.list_keys(province)] == [fingerprint]
    assert screen.keys_table.rowCount() == 1
    title, text = messages[-1]
    assert "Đã nhập 1 gói" in text and "Gói xác nhận" in text
    with province.read() as s:
        assert (
            s.execute(
                select(func.count()).select_from(DvkModel).where(DvkModel.unit_code == COMMUNE)
            ).scalar_one()
            == bundle.counts["models"]
        )

    # Dropping the same file again: already imported, nothing to do.
    screen.clear_previews()
    _drop(screen, [bundle.path])
    _wait(qtbot, screen)
    assert _cell(screen.preview_table, 0, 4) == "Đã nhập trước đây"
    assert not screen.import_button.isEnabled()


def test_conflict_register_resolved_from_the_screen(
    qtbot,
    commune,
    tmp_path: Path,  # noqa: ANN001
    messages,
) -> None:
    other = open_context(tmp_path / "may2" / "xa.sqlite")
    try:
        install.initialise(other, COMMUNE, "admin", ADMIN_PASSWORD)
        introduce(commune, other, tmp_path / "keys")
        share = exporter.export_data(commune, tmp_path / "a", recipient=COMMUNE)
        assert importer.import_bundle(other, share.path).status == "applied"
        with commune.read() as s:
            mid = (
                s.execute(
                    select(DvkModel.id).where(DvkModel.unit_code == COMMUNE).order_by(DvkModel.id)
                )
                .scalars()
                .first()
            )
        rename_model(commune, mid, "Tên ở máy một")
        rename_model(other, mid, "Tên ở máy hai")
        again = exporter.export_data(commune, tmp_path / "b", recipient=COMMUNE)
        assert importer.import_bundle(other, again.path).entities["models"].conflicts == 1

        screen = _screen(qtbot, other)
        assert screen.tabs.tabText(3) == "Xung đột (1)"
        screen.tabs.setCurrentIndex(3)
        screen.conflicts_table.selectRow(0)
        assert _cell(screen.conflict_fields, 0, 0) == "Tên"
        assert (_cell(screen.conflict_fields, 0, 1), _cell(screen.conflict_fields, 0, 2)) == (
            "Tên ở máy hai",
            "Tên ở máy một",
        )
        qtbot.mouseClick(screen.take_incoming_button, Qt.MouseButton.LeftButton)
        assert screen.conflicts_table.rowCount() == 0 and screen.tabs.tabText(3) == "Xung đột"
        assert models.get_model(other, mid).name == "Tên ở máy một"
        assert conflicts.list_conflicts(other, status=None)[0].status == "took_incoming"
    finally:
        other.close()
