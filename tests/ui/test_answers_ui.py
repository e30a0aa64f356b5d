"""The answers screen driven with pytest-qt on a real commune database: forms are filled and
saved through the screen's dialog runner, and what the officer sees is read back from the
tables (due dates dd/mm/yyyy, status texts and colours)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from danvan_desktop.services import areas
from danvan_desktop.ui.answers import owed_tab, selfcheck_tab
from danvan_desktop.ui.answers.screen import AnswersScreen
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.kit.colours import DEADLINE_COLOURS
from danvan_desktop.ui.kit.forms import FormDialog

D = dt.date


class Forms:
    """Answers the next form(s) the screen opens: values to enter, then Save."""

    def __init__(self, screen: AnswersScreen) -> None:
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


@pytest.fixture
def screen(qtbot, ctx, monkeypatch: pytest.MonkeyPatch) -> AnswersScreen:  # noqa: ANN001
    make_app()
    for module in (owed_tab, selfcheck_tab):
        for name in ("info", "warn"):
            if not hasattr(module, name):
                continue
            monkeypatch.setattr(
                module, name, lambda *a, **k: pytest.fail(f"unexpected message box: {a[1:]}")
            )
        monkeypatch.setattr(module, "ask_to_delete", lambda *a, **k: True)
    s = AnswersScreen(ctx)
    s.today = D(2026, 8, 1)
    qtbot.addWidget(s)
    s.resize(1100, 640)
    s.show()
    return s


def click(screen: AnswersScreen, name: str) -> None:
    button = screen.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    button.click()


def cells(table, row: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_voters_petition_deadline_answer_and_status(screen: AnswersScreen) -> None:
    forms = Forms(screen)
    forms.answer(
        body="HĐND xã",
        session_name="Kỳ họp thứ mười",
        received_on=D(2026, 7, 20),
        content="Đề nghị nâng cấp đường liên thôn",
        responsible="Công chức Địa chính – Xây dựng",
    )
    click(screen, "add_voters")
    assert forms.last is not None and "19/08/2026" in forms.last.hint_label.text()
    table = screen.voters_tab.table
    assert table.rowCount() == 1
    row = cells(table, 0)
    assert row[0] == "20/07/2026" and row[1] == "19/08/2026"
    assert row[5] == "HĐND xã – Kỳ họp thứ mười" and row[3] == "Chưa trả lời"
    assert table.selectionModel().selectedRows()[0].row() == 0  # the new row is selected

    # An answer dated before the petition was received is refused, in Vietnamese, in the form.
    forms.answer(answered_on=D(2026, 7, 19), answer="Đã đưa vào kế hoạch", answer_ref="12/UBND")
    click(screen, "answer_voters")
    assert forms.last is not None
    assert (
        forms.last.error.text()
        == "Ngày trả lời (19/07/2026) không thể trước ngày nhận kiến nghị (20/07/2026)."
    )
    assert cells(table, 0)[2] == "" and cells(table, 0)[3] == "Chưa trả lời"

    # Without content the form itself refuses.
    forms.answer(answered_on=D(2026, 7, 30), answer="")
    click(screen, "answer_voters")
    assert "không được để trống" in forms.last.error.text()

    forms.answer(answered_on=D(2026, 7, 30), answer="Đã đưa vào kế hoạch", answer_ref="12/UBND")
    click(screen, "answer_voters")
    row = cells(table, 0)
    assert row[2] == "30/07/2026" and row[3] == "Đã trả lời đúng hạn"
    assert table.item(0, 3).background().color().name() == DEADLINE_COLOURS["closed_on_time"]


def test_overdue_in_red_search_without_diacritics_and_opening_a_warning(
    screen: AnswersScreen, qtbot
) -> None:  # noqa: ANN001
    forms = Forms(screen)
    for received, content in (
        (D(2026, 6, 1), "Đề nghị sửa chữa hạ tầng thủy lợi"),
        (D(2026, 7, 28), "Đề nghị lắp đèn chiếu sáng"),
    ):
        forms.answer(body="HĐND xã", received_on=received, content=content)
        click(screen, "add_voters")
    table = screen.voters_tab.table
    screen.refresh()
    first = cells(table, 0)
    assert first[1] == "01/07/2026" and first[3] == "Quá hạn chưa trả lời"
    assert table.item(0, 0).background().color().name() == DEADLINE_COLOURS["overdue"]
    assert "1 quá hạn" in screen.voters_tab.total.text()
    screen.voters_tab.search.setText("ha tang thuy loi")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert cells(table, 0)[4] == "Đề nghị sửa chữa hạ tầng thủy lợi"
    screen.voters_tab.search.clear()
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    # the early warning's line opens exactly its records
    line = next(
        w
        for w in areas.area("answers").warnings(screen.ctx, screen.today)
        if w.key == "voter_answers_overdue"
    )
    from danvan_desktop.ui.answers import opening

    class Window(QWidget):  # what the main window offers an opener
        def open_area(self, key: str) -> AnswersScreen:
            assert key == "answers"
            return screen

    assert opening.OPENS[line.record_type].endswith("opening:open_line")
    opening.open_line(Window(), line, screen.today)
    assert screen.tabs.currentWidget() is screen.voters_tab
    assert table.rowCount() == 1 and cells(table, 0)[4].startswith("Đề nghị sửa chữa")
    assert screen.voters_tab.filter_note.isVisible()
    click(screen, "voters_show_all")
    assert table.rowCount() == 2


def test_front_recommendations_and_self_inspection(screen: AnswersScreen) -> None:
    forms = Forms(screen)
    screen.tabs.setCurrentWidget(screen.front_tab)
    forms.answer(subject="Giám sát chính sách hộ nghèo", held_on=D(2026, 6, 10), doc_no="25/TB")
    click(screen, "add_front_activity")
    forms.answer(received_on=D(2026, 6, 15), content="Rà soát hộ cận nghèo")
    click(screen, "add_front")
    table = screen.front_tab.table
    assert cells(table, 0)[5] == "Giám sát chính sách hộ nghèo"
    assert cells(table, 0)[1] == "15/07/2026" and cells(table, 0)[3] == "Quá hạn chưa trả lời"
    forms.answer(answered_on=D(2026, 7, 20), answer="Đã rà soát, bổ sung 3 hộ")
    click(screen, "answer_front")
    assert cells(table, 0)[3] == "Trả lời quá hạn"
    table.selectRow(0)
    forms.answer(subject="Giám sát chính sách an sinh xã hội")
    click(screen, "edit_front_activity")
    assert cells(table, 0)[5] == "Giám sát chính sách an sinh xã hội"
    screen.front_tab.search.setText("an sinh xa hoi")  # only in the new subject
    screen.front_tab.refresh()
    assert table.rowCount() == 1

    screen.tabs.setCurrentWidget(screen.selfcheck_tab)
    tab = screen.selfcheck_tab
    forms.answer(title="Tự kiểm tra 6 tháng đầu năm", held_on=D(2026, 7, 8), plan_no="15/KH")
    click(screen, "add_inspection")
    assert tab.inspections.rowCount() == 1
    forms.answer(content="Thiếu biên bản đánh giá", concerned="Thôn Trung Hà")
    click(screen, "add_finding")
    assert tab.findings.rowCount() == 1
    tab.findings.selectRow(0)
    forms.answer(action="Bổ sung biên bản", due_on=D(2026, 7, 25))
    click(screen, "add_followup")
    assert cells(tab.findings, 0)[4] == "25/07/2026"
    assert cells(tab.findings, 0)[6] == "Quá hạn chưa xong"
    assert "1 việc khắc phục quá hạn" in tab.total.text()
    forms.answer(content="Cách làm hay: tổ tự quản", severity="good")
    click(screen, "add_finding")
    assert tab.findings.rowCount() == 2
    line = next(
        w
        for w in areas.area("answers").warnings(screen.ctx, screen.today)
        if w.key == "self_inspection_followups_overdue"
    )
    assert line.count == 1 and line.record_type == "answers_followups"
    screen.tabs.setCurrentWidget(screen.voters_tab)
    screen.show_records(line.record_type, line.record_ids, line.label)
    assert screen.tabs.currentWidget() is tab and tab.findings.rowCount() == 1
    click(screen, "selfcheck_show_all")
    assert tab.findings.rowCount() == 2
    tab.findings.selectRow(0)
    forms.answer(done_on=D(2026, 7, 31))
    click(screen, "mark_done")
    assert cells(tab.findings, 0)[5] == "31/07/2026"
    assert cells(tab.findings, 0)[6] == "Xong quá hạn"


def test_fits_a_small_screen(screen: AnswersScreen) -> None:
    hint = screen.minimumSizeHint()
    # beside the navigation (about 230 px) in a 1366×768 window with a taskbar
    assert hint.width() <= 1366 - 240 and hint.height() <= 700, hint
    assert screen.tabs.count() == 3
    assert [screen.tabs.tabText(i) for i in range(3)] == [
        "Kiến nghị cử tri",
        "Kiến nghị MTTQ",
        "Tự kiểm tra",
    ]
    assert screen.voters_tab.table.horizontalHeaderItem(1).text() == "Hạn trả lời"


def test_the_screen_reloads_when_a_change_is_announced(qtbot, ctx) -> None:  # noqa: ANN001
    """A voters' petition saved by any operation shows at once on the visible screen (the main
    window reloads the screens watching "answers_owed")."""
    from danvan_desktop.services.answers import owed
    from danvan_desktop.ui.kit.ops import run_task
    from danvan_desktop.ui.main_window import MainWindow

    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_area("answers")
    assert screen.voters_tab.table.rowCount() == 0
    handle = run_task(
        None,
        "Lưu",
        lambda _p: owed.save_item(
            ctx, owed.OwedInput("Đề nghị làm cầu", D(2026, 7, 20), "voters", "HĐND xã")
        ),
        quick=True,
    )
    assert "answers_owed" in handle.changed
    assert screen.voters_tab.table.rowCount() == 1
    assert cells(screen.voters_tab.table, 0)[1] == "19/08/2026"
