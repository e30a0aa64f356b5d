"""Screens hear that data changed (issue 9): an operation reports the record types it
committed, the main window broadcasts them, and each screen showing them reloads — at once
if visible, when next shown otherwise. No F5 anywhere in these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan_desktop.services import receptions
from danvan_desktop.store import changes
from danvan_desktop.sync import exporter
from danvan_desktop.ui import petition_dialogs as pd
from danvan_desktop.ui import sync_screen as ss
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.kit.ops import call, change_hub, run_task
from danvan_desktop.ui.main_window import MainWindow
from tests.sync_support import DEMO_PASSWORD, build_province, open_copy


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_collect_sees_what_a_service_committed_and_not_a_rollback(ctx) -> None:  # noqa: ANN001
    import datetime as dt

    with changes.collect() as seen:
        receptions.create_session(
            ctx,
            receptions.SessionInput(
                held_on=dt.date.today(), presider_name="Lê Văn Hùng", visits=1, people=1
            ),
        )
    assert "reception_sessions" in seen
    with changes.collect() as seen, pytest.raises(RuntimeError), ctx.session() as s:
        from danvan_desktop.store.units import Unit

        s.add(Unit(code="x1", name="Thử", level="hamlet", parent_code=""))
        s.flush()
        raise RuntimeError("rolled back")
    assert seen == set()


def test_quick_run_task_reports_changes_and_refusals_in_place(qtbot, ctx) -> None:  # noqa: ANN001
    make_app()
    heard: list[frozenset[str]] = []
    change_hub().changed.connect(heard.append)
    dialog = pd.PetitionDialog(ctx, None)
    qtbot.addWidget(dialog)
    # a refusal from the service: shown in the dialog, the field it names highlighted
    from danvan_desktop.domain.errors import RuleViolation

    def refuse() -> None:
        raise RuleViolation("Nội dung tóm tắt của đơn không được để trống.", "summary")

    assert call(dialog, refuse) is None
    assert "tóm tắt" in dialog.error.text() and dialog.summary.property("invalid") is True
    assert heard == []
    handle = run_task(None, "Lưu", lambda _p: 7, quick=True, changes={"petitions"})
    assert handle.finished and handle.ok and handle.result == 7
    assert heard[-1] == frozenset({"petitions"})


PEOPLE = iter(
    [
        ("Trần Thị Bình", "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất"),
        ("Phạm Văn Cường", "Phản ánh đèn chiếu sáng đường liên thôn hỏng nhiều tháng"),
    ]
)


def _fill_and_save(dialog: pd.PetitionDialog) -> None:
    name, summary = next(PEOPLE)  # unlike each other: no duplicate question pops up
    dialog.type.setCurrentIndex(dialog.type.findData("complaint"))
    dialog.hamlet.setCurrentIndex(1)
    dialog.summary.setPlainText(summary)
    dialog.citizen_name.setText(name)
    dialog.save()
    assert dialog.petition_id is not None, dialog.error.text()


def test_saved_petition_shows_in_the_list_and_early_warning_without_f5(
    qtbot, ctx, monkeypatch
) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx)
    petitions_screen = window.open_area("petitions")
    assert petitions_screen.table_model.rowCount() == 0
    home = window.open_area("home")  # the early warning is the home screen's second tab
    qtbot.waitUntil(lambda: home.data is not None, timeout=20000)
    warning = home.early_warning
    assert warning.cards["open"].value.text() == "0"

    # Saved from its dialog while the early-warning screen is in front: its figures change at
    # once (read again off the GUI thread), and the petitions list (built, hidden) is marked to
    # reload when shown.
    dialog = pd.PetitionDialog(ctx, None, window)
    qtbot.addWidget(dialog)
    _fill_and_save(dialog)
    qtbot.waitUntil(lambda: warning.cards["open"].value.text() == "1", timeout=20000)
    assert warning.cards["open"].value.text() == "1"
    assert "petitions" in window.stale
    petitions_screen = window.open_area("petitions")
    assert petitions_screen.table_model.rowCount() == 1
    assert "petitions" not in window.stale

    # Saved from the list's own "new" button, then switching away and back: both show it.
    monkeypatch.setattr(pd.PetitionDialog, "exec", lambda d: _fill_and_save(d) or 1)
    petitions_screen.new_record()
    assert petitions_screen.table_model.rowCount() == 2
    assert "home" in window.stale
    warning = window.open_area("home").early_warning
    qtbot.waitUntil(lambda: warning.cards["open"].value.text() == "2", timeout=20000)
    assert warning.cards["open"].value.text() == "2"
    assert window.open_area("petitions").table_model.rowCount() == 2


def test_visible_screen_reloads_at_once(qtbot, ctx) -> None:  # noqa: ANN001
    import datetime as dt

    window = _window(qtbot, ctx)
    screen = window.open_area("receptions")
    assert screen.sessions.rowCount() == 0
    handle = run_task(
        None,
        "Lưu",
        lambda _p: receptions.create_session(
            ctx,
            receptions.SessionInput(
                held_on=dt.date.today(), presider_name="Lê Văn Hùng", visits=1, people=1
            ),
        ),
        quick=True,
    )
    assert "reception_sessions" in handle.changed
    assert screen.sessions.rowCount() == 1
    assert "receptions" not in window.stale
    # a screen that does not watch the type is left alone
    assert "models" not in window.stale


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_province(tmp_path_factory.mktemp("province"))


def test_bundle_import_updates_the_models_list(
    qtbot, demo_template: Path, province_template: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(province_template, tmp_path / "tinh" / "tinh.sqlite")
    try:
        bundle = exporter.export_data(commune, tmp_path / "usb")
        monkeypatch.setattr(ss, "info", lambda *a: None)
        monkeypatch.setattr(ss, "warn", lambda *a: None)
        window = _window(qtbot, province)
        models_screen = window.open_area("models")
        before = models_screen.table_model.rowCount()
        sync = window.open_area("sync")
        sync.confirm_key = lambda _notice: True
        sync.add_files([bundle.path])
        qtbot.waitUntil(lambda: sync.task is not None and sync.task.finished, timeout=30000)
        sync.import_previewed()
        qtbot.waitUntil(lambda: sync.task is not None and sync.task.finished, timeout=60000)
        assert sync.task.error is None, sync.task.error
        assert "*" in sync.task.changed
        assert "models" in window.stale
        models_screen = window.open_area("models")
        assert models_screen.table_model.rowCount() == before + bundle.counts["models"]
    finally:
        commune.close()
        province.close()


def test_bundle_import_at_the_province_updates_the_completeness_table(
    qtbot, demo_template: Path, province_template: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    from tests.conftest import COMMUNE

    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(province_template, tmp_path / "tinh" / "tinh.sqlite")
    try:
        window = _window(qtbot, province)
        upper = window.open_area("upper_level")
        qtbot.waitUntil(lambda: upper.load_task is not None and upper.load_task.finished)
        period = upper.current_period()  # the period the province looks at
        bundle = exporter.export_data(commune, tmp_path / "usb", period=period)
        monkeypatch.setattr(ss, "info", lambda *a: None)
        monkeypatch.setattr(ss, "warn", lambda *a: None)
        row = next(r for r in upper.all_rows if r.code == COMMUNE)
        before = (row.status, upper.completeness_model.rowCount())
        sync = window.open_area("sync")
        sync.confirm_key = lambda _notice: True
        sync.add_files([bundle.path])
        qtbot.waitUntil(lambda: sync.task is not None and sync.task.finished, timeout=30000)
        sync.import_previewed()
        qtbot.waitUntil(lambda: sync.task is not None and sync.task.finished, timeout=60000)
        assert sync.task.error is None, sync.task.error
        assert "upper_level" in window.stale
        upper = window.open_area("upper_level")  # no F5: reloaded because it was stale
        qtbot.waitUntil(lambda: upper.load_task is not None and upper.load_task.finished)
        row = next(r for r in upper.all_rows if r.code == COMMUNE)
        assert row.status != before[0], (row.status, before)
    finally:
        commune.close()
        province.close()
