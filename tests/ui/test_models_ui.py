"""The model register screen and record dialog, driven with pytest-qt on the demo commune."""

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QDialogButtonBox

from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.services import models
from danvan_desktop.ui import model_dialog as md
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.main_window import MainWindow, settings


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_search_without_diacritics_and_filters(qtbot, demo_ctx) -> None:  # noqa: ANN001
    screen = _window(qtbot, demo_ctx).open_area("models")
    total = models.count_models(demo_ctx)
    assert screen.table_model.rowCount() == total
    qtbot.keyClicks(screen.search, "dan van kheo")
    qtbot.waitUntil(lambda: screen.table_model.rowCount() == 2, timeout=3000)
    names = {screen.table_model.row_object(i).name for i in range(2)}
    assert names == {
        "Bí thư chi bộ dân vận khéo",
        "Dân vận khéo trong phát triển kinh tế vườn hộ gắn với nông thôn mới kiểu mẫu",
    }
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.table_model.rowCount() == total, timeout=3000)
    screen.field.setCurrentIndex(screen.field.findData("defence_security"))
    expected = models.count_models(demo_ctx, models.ModelFilter(field_code="defence_security"))
    assert screen.table_model.rowCount() == expected
    assert f"<b>{expected}</b>" in screen.total_label.text()
    # Vietnamese order in the view: "Đ…" after every "D…"
    screen.field.setCurrentIndex(0)
    shown = [
        screen.table_model.data(screen.table_model.index(r, 0))
        for r in range(screen.table_model.rowCount())
    ]
    first_dd = next(i for i, n in enumerate(shown) if n.startswith("Đ"))
    assert all(not n.startswith("D") for n in shown[first_dd:])
    assert (
        screen.table_model.loaded_rows()
        <= screen.table_model.BLOCK * screen.table_model.KEEP_BLOCKS
    )


def test_create_refuse_in_place_then_save_and_move_along_lifecycle(
    qtbot, demo_ctx, monkeypatch
) -> None:  # noqa: ANN001
    make_app()
    dialog = md.ModelDialog(demo_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.error.isVisible() and "không được để trống" in dialog.error.text()
    assert dialog.model_id is None
    dialog.name.setText("Nuôi ong lấy mật theo tổ hợp tác")  # keyClicks aborts Qt on non-ASCII
    dialog.field.setCurrentIndex(dialog.field.findData("economy"))
    dialog.owner.setCurrentIndex(2)
    dialog.start.set_value(dt.date(2026, 3, 1))
    dialog.evaluation.set_value(dt.date(2026, 2, 1))
    save.click()
    assert "không thể trước" in dialog.error.text()
    dialog.evaluation.set_value(dt.date(2026, 10, 1))
    dialog.texts["goals"].setPlainText("Tăng thu nhập cho 30 hộ")
    save.click()
    assert dialog.model_id is not None and not dialog.error.isVisible()
    detail = models.get_model(demo_ctx, dialog.model_id)
    assert detail.goals == "Tăng thu nhập cho 30 hộ" and detail.status == ModelStatus.DRAFT

    # A step: the dialog asks for a date and a note; answer it without a modal loop.
    def fake_exec(self) -> int:  # noqa: ANN001
        self.date.set_value(dt.date(2026, 3, 2))
        self.note.setPlainText("Đăng ký tại hội nghị thôn")
        return int(self.try_save())  # the form saves through the service itself

    monkeypatch.setattr(md.StepDialog, "exec", fake_exec)
    dialog.tabs.setCurrentIndex(1)
    # Registration needs the registration items: the step form names every one missing.
    shown: list[str] = []
    monkeypatch.setattr(
        md.StepDialog,
        "exec",
        lambda self: (fake_exec(self), shown.append(self.error.text()))[0],
    )
    dialog.findChild(type(save), "action_register").click()
    assert models.get_model(demo_ctx, dialog.model_id).status == ModelStatus.DRAFT
    for label in ("Thực trạng, sự cần thiết", "Tiêu chí đánh giá", "Lực lượng chủ trì"):
        assert label in shown[0], shown
    assert "Mục tiêu" not in shown[0] and "Thời gian bắt đầu" not in shown[0]
    assert "\n– " in shown[0]  # one item a line
    monkeypatch.setattr(md.StepDialog, "exec", fake_exec)
    dialog.tabs.setCurrentIndex(0)
    for key in ("situation", "criteria", "content", "scope", "lead_force"):
        dialog.texts[key].setPlainText("Nội dung đăng ký của mô hình")
    save.click()
    dialog.tabs.setCurrentIndex(1)
    dialog.findChild(type(save), "action_register").click()
    assert models.get_model(demo_ctx, dialog.model_id).status == ModelStatus.REGISTERED
    assert "Đã đăng ký" in dialog.status_label.text()
    assert dialog.steps.rowCount() == 1 and dialog.steps.item(0, 0).text() == "02/03/2026"
    assert dialog.findChild(type(save), "action_recognise") is None  # not an allowed path from here


def test_unsaved_input_is_not_dropped_silently(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    model_id = models.list_models(demo_ctx, limit=1)[0].id
    dialog = md.ModelDialog(demo_ctx, model_id)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    monkeypatch.setattr(md, "confirm", lambda *a: asked.append(a) or False)
    dialog.texts["outputs"].setPlainText("Sửa dở dang")
    dialog.reject()
    assert asked and dialog.isVisible()
    monkeypatch.setattr(md, "confirm", lambda *a: True)
    dialog.reject()
    assert not dialog.isVisible()
    assert models.get_model(demo_ctx, model_id).outputs != "Sửa dở dang"


def test_export_runs_in_background_and_can_be_cancelled(qtbot, demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    screen = _window(qtbot, demo_ctx).open_area("models")
    target = tmp_path / "so-mo-hinh.xlsx"
    task = screen.start_export("xlsx", target)
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    assert task.error is None
    ws = openpyxl.load_workbook(target)["Sổ mô hình"]
    assert ws.max_row > models.count_models(demo_ctx)
    pdf = tmp_path / "ds.pdf"
    task = screen.start_export("pdf", pdf)
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")
    cancelled = tmp_path / "huy.pdf"
    task = screen.start_export("pdf", cancelled)
    task.cancel()
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    assert not cancelled.exists()
    assert type(task.error).__name__ == "Cancelled"


def test_main_window_status_shortcuts_and_geometry(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_ctx)
    assert "Xã Cẩm Xuyên" in window.unit_label.text()
    assert "Nguyễn Văn Quản" in window.user_label.text() and "Quản trị" in window.user_label.text()
    assert demo_ctx.db_path.name in window.db_label.text()
    assert window.db_label.toolTip() == str(demo_ctx.db_path)
    assert window.backup_label.text().startswith("Sao lưu gần nhất")
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    # the app opens on the home screen; the registers follow in the order of an officer's day
    assert labels[:2] == ["Hôm nay", "Mô hình, điển hình"] and "Đơn vị và tài khoản" in labels
    assert window.current_screen().objectName() == "screen_home"
    system_row = [a.key for a in window.areas].index("system")
    # Offscreen windows are never "active", so fire the registered shortcut itself.
    shortcuts = {s.key().toString(): s for s in window.findChildren(QShortcut)}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+F", "Ctrl+N"} <= set(shortcuts)
    actions = {
        a.shortcut().toString(): a
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    assert {"F5", "Ctrl+Q", "Ctrl+Shift+B"} <= set(actions)  # menu actions own these keys
    refreshed = []
    window.open_area("models").refresh = lambda: refreshed.append(True)
    actions["F5"].trigger()
    assert refreshed
    # Ctrl+1…Ctrl+9 reach the first nine areas (with ten or more areas "system" has none)
    row = min(system_row, 8)
    shortcuts[f"Ctrl+{row + 1}"].activated.emit()
    assert window.current_screen().objectName() == f"screen_{window.areas[row].key}"
    window.resize(1111, 777)
    window.close()
    saved = settings().value("main/geometry")
    assert saved is not None and bytes(saved) == bytes(window.saveGeometry())
    assert settings().value("main/area") == window.areas[row].key
    restored = MainWindow(
        demo_ctx
    )  # offscreen clamps sizes to its virtual screen: check it restores
    qtbot.addWidget(restored)
    assert restored.restoreGeometry(saved)
    # a new start opens on the home screen, not on the screen left open
    assert restored.current_screen().objectName() == "screen_home"


def test_backup_now_runs_off_the_gui_thread(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_ctx)
    window.backup_now()
    qtbot.waitUntil(lambda: window.backup_task.finished, timeout=10000)
    assert Path(window.backup_task.result).exists()
    assert window.backup_label.text() != "Sao lưu gần nhất: chưa có"
