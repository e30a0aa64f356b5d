"""The inspection-board screen driven with pytest-qt: forms are filled and saved through the
screen's dialog runner (no modal loop), and what the officer sees is read back from the widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from danvan_desktop.services import inspection as svc
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui import inspection_screen as ui
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.inspection import (
    activities,
    board,
    common,
    investment,
    investment_records,
    plans,
    recommendations,
    reports,
)
from danvan_desktop.ui.inspection import screen as screen_module
from danvan_desktop.ui.inspection_screen import InspectionScreen
from danvan_desktop.ui.kit.forms import FormDialog
from tests.inspection_support import build_template, open_copy

D = dt.date


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("commune"))


@pytest.fixture
def ctx(template: Path, tmp_path: Path) -> Iterator[AppContext]:
    context = open_copy(template, tmp_path)
    yield context
    context.close()


class Forms:
    """Answers the next form(s) the screen opens: values to enter, then Save."""

    def __init__(self, screen: InspectionScreen) -> None:
        self.queue: list[dict[str, Any]] = []
        self.last: FormDialog | None = None
        screen.dialog_runner = self.run

    def answer(self, **values: Any) -> Forms:
        self.queue.append(values)
        return self

    def run(self, dialog: FormDialog) -> bool:
        self.last = dialog
        dialog.set_values(self.queue.pop(0))
        dialog.update_hint()
        return dialog.try_save()


INSPECTION_MODULES = (
    activities,
    board,
    common,
    investment,
    investment_records,
    plans,
    recommendations,
    reports,
    screen_module,
)


@pytest.fixture
def screen(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> InspectionScreen:  # noqa: ANN001
    make_app()
    # a message box would wait for a click that never comes: patched in every tab's module
    for module in INSPECTION_MODULES:
        for name in ("info", "warn"):
            if hasattr(module, name):
                monkeypatch.setattr(
                    module, name, lambda *a, **k: pytest.fail(f"unexpected message box: {a[1:]}")
                )
        if hasattr(module, "confirm"):
            monkeypatch.setattr(module, "confirm", lambda *a, **k: True)
    s = InspectionScreen(ctx)
    s.today = D(2026, 3, 2)
    qtbot.addWidget(s)
    s.resize(1300, 850)
    s.show()
    return s


def select_row(table, text: str, column: int = 0) -> None:  # noqa: ANN001
    for r in range(table.rowCount()):
        if table.item(r, column).text() == text:
            table.selectRow(r)
            return
    raise AssertionError(f"{text!r} not in the table")


def warnings_text(screen: InspectionScreen) -> str:
    return screen.board_tab.warnings.text()


def test_members_with_each_rule_breached_then_satisfied(
    screen: InspectionScreen, ctx: AppContext
) -> None:
    forms = Forms(screen)
    board = screen.board_tab
    forms.answer(name="Nhiệm kỳ 2024–2029", starts_on=D(2024, 7, 1), ends_on=D(2029, 6, 30))
    board.add_term()
    assert screen.term.currentText().startswith("Nhiệm kỳ 2024–2029")
    text = warnings_text(screen)
    assert (
        "Ban mới có 0 thành viên; cần ít nhất 05 thành viên" in text
        and "Ban chưa có Trưởng ban" in text
    )
    assert "5 thôn, tổ dân phố chưa có thành viên" in text

    h = [u.code for u in units.hamlets(ctx)]
    last_name = units.hamlets(ctx)[4].full_name
    for name, hamlet, role in (
        ("Nguyễn Văn An", h[0], "head"),
        ("Trần Thị Bình", h[1], "deputy"),
        ("Lê Văn Cường", h[2], "deputy"),
        ("Phạm Thị Dung", h[3], "deputy"),
    ):
        forms.answer(full_name=name, hamlet_code=hamlet, role=role, elected_on=D(2024, 6, 20))
        board.add_member()
    text = warnings_text(screen)
    assert "Ban mới có 4 thành viên" in text and f"chưa có thành viên: {last_name}." in text
    assert "Ban có 3 Phó Trưởng ban; tối đa 02 Phó Trưởng ban" in text

    forms.answer(
        full_name="Hoàng Văn Em",
        hamlet_code=h[4],
        role="member",
        elected_on=D(2024, 6, 20),
        commune_post="official",
    )
    board.add_member()
    text = warnings_text(screen)
    assert "cần ít nhất 05" not in text and "chưa có thành viên" not in text
    assert "Hoàng Văn Em là cán bộ, công chức cấp xã" in text
    row = next(
        r
        for r in range(board.members.rowCount())
        if board.members.item(r, 0).text() == "Hoàng Văn Em"
    )
    assert board.members.item(row, 0).background().color().name() == ui.RED

    select_row(board.members, "Phạm Thị Dung")
    forms.answer(role="member")
    board.edit_member()
    select_row(board.members, "Hoàng Văn Em")
    forms.answer(commune_post="part_time")
    board.edit_member()
    text = warnings_text(screen)
    assert "Phó Trưởng ban" not in text and "người hoạt động không chuyên trách ở cấp xã" in text
    select_row(board.members, "Hoàng Văn Em")
    forms.answer(commune_post="none")
    board.edit_member()
    assert warnings_text(screen).startswith("✓ Thành phần Ban đúng quy định")

    forms.answer(full_name="Đỗ Văn Phúc", hamlet_code=h[0], role="head", elected_on=D(2025, 1, 5))
    board.add_member()
    assert "Ban có 2 Trưởng ban (Nguyễn Văn An, Đỗ Văn Phúc)" in warnings_text(screen)
    select_row(board.members, "Đỗ Văn Phúc")
    forms.answer(role="member")
    board.edit_member()
    assert warnings_text(screen).startswith("✓")

    select_row(board.members, "Hoàng Văn Em")
    forms.answer(on=D(2026, 2, 1), reason="Chuyển đi nơi khác")
    board.member_leaves()
    text = warnings_text(screen)
    assert (
        f"Vị trí của Hoàng Văn Em ({last_name}) khuyết từ 01/02/2026" in text
        and "phải bầu bổ sung" in text
    )
    left = next(
        m
        for m in svc.list_members(ctx, screen.term_id(), screen.today)
        if m.full_name == "Hoàng Văn Em"
    )
    forms.answer(
        full_name="Vũ Thị Giang",
        hamlet_code=h[4],
        role="member",
        elected_on=D(2026, 2, 20),
        replaces_id=left.id,
    )
    board.add_member()
    assert warnings_text(screen).startswith("✓ Thành phần Ban đúng quy định")
    assert svc.check_members(ctx, screen.term_id(), screen.today) == []

    # A refused input stays in the form with its reason.
    forms.answer(full_name="", hamlet_code=h[0])
    board.add_member()
    # (the form's own check, before the service: the field is named and highlighted)
    assert "Họ và tên không được để trống" in forms.last.error.text()
    assert forms.last.widgets["full_name"].property("invalid")


def _term(ctx: AppContext) -> str:
    return svc.create_term(ctx, svc.TermInput("Nhiệm kỳ 2024–2029", D(2024, 7, 1), D(2029, 6, 30)))


def test_an_inspection_whose_notice_came_too_late(
    screen: InspectionScreen, ctx: AppContext
) -> None:
    _term(ctx)
    screen.reload_terms()
    forms = Forms(screen)
    tab = screen.activities_tab
    screen.tabs.setCurrentWidget(tab)
    forms.answer(
        kind="supervision",
        subject="Việc thu, chi quỹ phòng, chống thiên tai",
        starts_on=D(2026, 3, 16),
        sent_mttq_on=D(2026, 3, 9),
        sent_chairman_on=D(2026, 3, 9),
        sent_subject_on=D(2026, 3, 9),
    )
    tab.add_activity()
    assert "đúng hạn" in forms.last.hint_label.text()
    forms.answer(
        kind="inspection",
        subject="Việc cấp giấy chứng nhận quyền sử dụng đất",
        starts_on=D(2026, 3, 16),
        sent_mttq_on=D(2026, 3, 9),
        sent_chairman_on=D(2026, 3, 11),
        sent_subject_on=D(2026, 3, 12),
    )
    tab.add_activity()
    hint = forms.last.hint_label.text()
    assert "quá muộn" in hint and "09/03/2026" in hint and "Chủ tịch UBND xã" in hint

    model = tab.model
    assert model.rowCount() == 2
    late_row = next(r for r in range(2) if model.row_object(r).notice_late)
    notice_col = [c.header for c in model.columns].index("Gửi kế hoạch")
    index = model.index(late_row, notice_col)
    assert model.data(index) == "Chậm (hạn 09/03/2026)"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == ui.RED
    assert "quá muộn" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "1</b> cuộc gửi kế hoạch chậm" in tab.total.text()
    tab.late_only.setChecked(True)
    assert model.rowCount() == 1 and model.row_object(0).subject.startswith("Việc cấp giấy")

    # MTTQ confirms the minutes of the late one (not before the day it happens).
    tab.table.selectRow(0)
    forms.answer(
        minutes_on=D(2026, 3, 17), confirmed_on=D(2026, 3, 18), confirmed_by="Chủ tịch UB MTTQ xã"
    )
    tab.confirm_minutes()
    assert "tương lai" in forms.last.error.text()
    screen.today = D(2026, 3, 20)
    forms.answer(
        minutes_on=D(2026, 3, 17), confirmed_on=D(2026, 3, 18), confirmed_by="Chủ tịch UB MTTQ xã"
    )
    tab.confirm_minutes()
    assert tab.model.row_object(0).minutes_confirmed_on == D(2026, 3, 18)


def test_a_recommendation_goes_overdue_and_is_then_answered(
    screen: InspectionScreen, ctx: AppContext
) -> None:
    _term(ctx)
    screen.reload_terms()
    forms = Forms(screen)
    tab = screen.recommendations_tab
    screen.tabs.setCurrentWidget(tab)
    screen.today = D(2026, 3, 6)
    forms.answer(
        doc_no="03/KN-TTND",
        sent_on=D(2026, 3, 6),
        addressee="Chủ tịch Ủy ban nhân dân xã",
        content="Đề nghị công khai danh sách hộ được hỗ trợ làm nhà",
    )
    tab.add_recommendation()
    assert "Hạn trả lời: 23/03/2026" in forms.last.hint_label.text()  # 21/03 is a Saturday
    status_col = [c.header for c in tab.model.columns].index("Tình trạng")
    cell = tab.model.index(0, status_col)
    assert tab.model.data(cell) == "Đang chờ trả lời"

    screen.today = D(2026, 3, 30)  # a week past the limit
    screen.refresh()
    cell = tab.model.index(0, status_col)
    assert tab.model.data(cell) == "Quá hạn chưa trả lời"
    assert tab.model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name() == ui.RED
    assert "1 quá hạn chưa trả lời" in tab.total.text()
    tab.state.setCurrentIndex(tab.state.findData("overdue"))
    assert tab.model.rowCount() == 1
    late_col = [c.header for c in tab.model.columns].index("Chậm (ngày)")
    assert tab.model.data(tab.model.index(0, late_col)) == "7"

    tab.table.selectRow(0)
    forms.answer(answered_on=D(2026, 3, 30), answer_ref="45/UBND", summary="Đã niêm yết công khai")
    tab.record_answer()
    assert "quá hạn 7 ngày" in forms.last.hint_label.text() and not forms.last.error.isVisible()
    assert tab.model.rowCount() == 0  # no longer overdue
    tab.state.setCurrentIndex(tab.state.findData("late"))
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, status_col)) == "Đã trả lời quá hạn"
    assert "Tỷ lệ trả lời đúng hạn 15 ngày: <b>0%</b>" in tab.total.text()
    screen.today = D(2026, 4, 20)
    tab.table.selectRow(0)
    forms.answer(state="done", on=D(2026, 4, 15), note="Đã kiểm tra")
    tab.record_follow_up()
    assert tab.model.row_object(0).follow_up == "done"


def test_report_narrative_edited_and_exported(
    qtbot,
    screen: InspectionScreen,
    ctx: AppContext,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    term = _term(ctx)
    svc.create_activity(ctx, term, svc.ActivityInput("supervision", "Chợ xã", D(2026, 2, 2)))
    screen.today = D(2026, 4, 10)
    screen.reload_terms()
    forms = Forms(screen)
    tab = screen.reports_tab
    screen.tabs.setCurrentWidget(tab)
    forms.answer(
        period_kind="quarter",
        year=2026,
        period_no=1,
        doc_no="05/BC-TTND",
        report_date=D(2026, 4, 10),
    )
    tab.new_report()
    assert tab.list.count() == 1 and "Quý I năm 2026" in tab.info_label.text()
    assert "tiến hành 1 cuộc giám sát" in tab.narrative.toPlainText()
    tab.narrative.appendPlainText("Ban đề nghị UBND xã trả lời kiến nghị đúng hạn.")
    assert tab.dirty
    assert tab.save() and not tab.dirty
    assert "Ban đề nghị UBND xã" in svc.get_report(ctx, tab.report.id).narrative

    task = screen.start_export("report", tmp_path / "bc.pdf", report_id=tab.report.id)
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    assert task.error is None
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "bc.pdf").pages)
    assert "Ban đề nghị UBND xã trả lời kiến nghị đúng hạn." in " ".join(text.split())


def test_supervision_board_and_registers_export(
    qtbot,
    screen: InspectionScreen,
    ctx: AppContext,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    forms = Forms(screen)
    tab = screen.investment_tab
    screen.today = D(2026, 6, 1)
    screen.tabs.setCurrentWidget(tab)
    forms.answer(
        name="Đường bê tông thôn Trung Hà",
        investor="UBND xã",
        value_vnd=2_500_000_000,
        board_established_on=D(2026, 3, 1),
        starts_on=D(2026, 3, 10),
    )
    tab.add_project()
    assert tab.projects.rowCount() == 1 and tab.projects.item(0, 1).text() == "2.500.000.000"
    tab.projects.selectRow(0)
    assert "Ban giám sát mới có 0 thành viên" in tab.board_warnings.text()
    for name, side in (
        ("A", "mttq"),
        ("B", "bttnd"),
        ("C", "resident"),
        ("D", "resident"),
        ("E", "resident"),
    ):
        forms.answer(full_name=f"Thành viên {name}", side=side, joined_on=D(2026, 3, 1))
        tab.add_supervisor()
    assert tab.board_warnings.text().startswith("✓ Ban giám sát đúng thành phần")
    forms.answer(on_date=D(2026, 4, 2), content="Kiểm tra vật liệu", findings="Cát lẫn đất")
    tab.add_supervision()
    forms.answer(
        found_on=D(2026, 4, 2),
        description="Cát lẫn đất",
        value_vnd=12_000_000,
        handled_on=D(2026, 4, 20),
        recovered_vnd=2_000_000,
        reduced_vnd=10_000_000,
    )
    tab.add_violation()
    q2 = tab.figures.item(1, 0).text(), tab.figures.item(1, 3).text(), tab.figures.item(1, 7).text()
    assert q2 == ("Quý II năm 2026", "1", "2.000.000")
    forms.answer(on=D(2026, 5, 30), ref="09/QĐ-MTTQ", note="Đã nghiệm thu")
    tab.dissolve()
    assert tab.projects.item(0, 2).text() == "Đã giải thể (30/05/2026)"

    task = screen.start_export("registers", tmp_path / "so.xlsx", year=2026)
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    assert task.error is None
    wb = openpyxl.load_workbook(tmp_path / "so.xlsx")
    projects = list(wb["Công trình"].iter_rows(min_row=5, values_only=True))
    assert projects[0][1] == "Đường bê tông thôn Trung Hà" and projects[0][16] == 2_000_000


def test_area_is_registered(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    from danvan_desktop.ui.main_window import MainWindow, settings

    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        assert isinstance(window.open_area("inspection"), InspectionScreen)
    finally:
        # QSettings keeps one file per process whatever HOME says: leave the next test's window on
        # its first area as it expects.
        settings().remove("main/area")


def test_supervision_board_children_can_be_edited_and_deleted(
    screen: InspectionScreen, ctx: AppContext
) -> None:
    """A mistyped violation is corrected in place (same record, next revision), then deleted."""
    from danvan_desktop.services import investment_supervision as inv

    pid = inv.create_project(
        ctx,
        inv.ProjectInput(
            name="Đường bê tông Thôn Trung Hà",
            investor="UBND xã",
            value_vnd=850_000_000,
            board_established_on=D(2026, 1, 5),
        ),
    )
    for text in ("Sai khối lượng bê tông", "Thiếu biển báo công trình"):
        inv.save_violation(
            ctx,
            pid,
            inv.ViolationInput(found_on=D(2026, 2, 10), description=text, value_vnd=12_000_000),
            today=D(2026, 3, 2),
        )
    tab = screen.findChild(ui.InvestmentTab)
    tab.refresh()
    project = next(p for p in tab.rows if p.id == pid)
    select_row(tab.projects, project.name)
    before = inv.list_violations(ctx, project.id)
    tab.violations.selectRow(0)
    first = next(v for v in before if v.id == ui.selected_id(tab.violations))
    forms = Forms(screen).answer(description="Sai khối lượng bê tông (đã sửa)")
    tab.edit_child(tab.violations)
    assert (
        forms.last.values()["found_on"] == first.found_on
    )  # the form opened on the existing record
    after = {v.id: v for v in inv.list_violations(ctx, project.id)}
    assert len(after) == len(before)
    assert after[first.id].description == "Sai khối lượng bê tông (đã sửa)"
    assert after[first.id].revision == first.revision + 1
    select_row(tab.violations, "Sai khối lượng bê tông (đã sửa)", column=1)
    tab.delete_child(tab.violations)
    assert first.id not in [v.id for v in inv.list_violations(ctx, project.id)]
    assert tab.violations.rowCount() == len(before) - 1
