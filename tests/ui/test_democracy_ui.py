"""The dissemination and grassroots-democracy screen driven with pytest-qt: forms are filled and
saved through the screen's dialog runner (no modal loop); what the officer sees is read back
from the widgets."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QTableWidget

from danvan_desktop.services.democracy import dissemination as E
from danvan_desktop.store.base import SYNCED
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.areas import collect
from danvan_desktop.ui.democracy import common as common_ui
from danvan_desktop.ui.democracy import evidence as evidence_ui
from danvan_desktop.ui.democracy.screen import DemocracyScreen
from danvan_desktop.ui.kit.forms import FormDialog

TODAY = dt.date(2026, 6, 15)
D = dt.date


class Forms:
    """Answers the next form(s) the screen opens: values to enter, then Save."""

    def __init__(self, screen: DemocracyScreen) -> None:
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


def _screen(qtbot, ctx) -> tuple[DemocracyScreen, Forms]:  # noqa: ANN001
    make_app()
    screen = DemocracyScreen(ctx)
    qtbot.addWidget(screen)
    screen.today = TODAY
    screen.reload()
    return screen, Forms(screen)


def cell(table: QTableWidget, row: int, header: str) -> str:
    for c in range(table.columnCount()):
        if table.horizontalHeaderItem(c).text() == header:
            return table.item(row, c).text()
    raise KeyError(header)


def test_the_area_is_in_the_navigation_for_communes() -> None:
    nav = next(a for a in collect() if a.key == "democracy")
    assert nav.label == "Tuyên truyền, dân chủ" and nav.levels == ("commune",) and nav.order == 24
    assert DemocracyScreen.watched_types - {"unit"} <= set(SYNCED)


def test_an_event_with_participants_shows_its_total(qtbot, ctx, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    screen, forms = _screen(qtbot, ctx)
    tab = screen.events_tab
    forms.answer(
        kind="conference",
        held_on=D(2026, 4, 23),
        title="Hội nghị quán triệt Chỉ thị số 08-CT/TU",
        document="Chỉ thị số 08-CT/TU ngày 18/3/2026",
        cadres=35,
        party_members=120,
        union_members=46,
        citizens=30,
    )
    tab.add()
    assert forms.last is not None and forms.last.result()  # accepted
    assert "Tổng số người tham dự: 231" in forms.last.hint_label.text()
    assert tab.table.rowCount() == 1
    assert cell(tab.table, 0, "Tổng số người") == "231"
    assert cell(tab.table, 0, "Ngày") == "23/04/2026"
    assert "231 lượt người tham dự" in tab.summary.text()
    # the minutes attached: counted on the row, a copy saved out, then removed
    minutes = tmp_path / "bien-ban.pdf"
    minutes.write_bytes(b"%PDF-1.4 bien ban hoi nghi")
    dialog = tab.evidence_dialog(tab.rows[0])
    assert dialog.add_file(minutes) and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "bien-ban.pdf"
    dialog.table.selectRow(0)
    copy = dialog.save_copy(tmp_path / "ban-sao.pdf")
    assert copy is not None and copy.read_bytes() == minutes.read_bytes()
    tab.reload()
    assert cell(tab.table, 0, "Minh chứng") == "1"
    monkeypatch.setattr(evidence_ui, "ask_to_delete", lambda *a: True)
    dialog.remove_file()
    assert dialog.table.rowCount() == 0 and E.list_evidence(ctx, tab.rows[0].id) == []
    # found without diacritics; another year's filter hides it
    tab.search.setText("quan triet 08")
    tab.refresh()
    assert tab.table.rowCount() == 1
    tab.search.setText("tap huan")
    tab.refresh()
    assert tab.table.rowCount() == 0


def test_a_publicity_item_with_an_impossible_date_range_is_refused(qtbot, ctx) -> None:  # noqa: ANN001
    screen, forms = _screen(qtbot, ctx)
    tab = screen.publicity_tab
    forms.answer(
        content="Kế hoạch sử dụng đất năm 2026",
        category="land_use",
        form="posting_office",
        posted_from=D(2026, 5, 10),
        posted_until=D(2026, 5, 1),
    )
    tab.add()
    dialog = forms.last
    assert dialog is not None and not dialog.result()  # stays open
    assert "không thể trước ngày bắt đầu" in dialog.error.text()
    assert dialog.widgets["posted_until"].property("invalid") is True
    assert "không thể trước ngày bắt đầu" in dialog.hint_label.text()
    assert tab.table.rowCount() == 0
    # corrected, it is saved; ten days at the office are short of the 30 required
    forms.answer(posted_until=D(2026, 5, 19))
    forms.run(dialog)
    assert dialog.result()
    tab.reload()
    assert tab.table.rowCount() == 1 and cell(tab.table, 0, "Tình trạng") == "Chưa đủ 30 ngày"


def test_a_matters_result_is_computed(qtbot, ctx) -> None:  # noqa: ANN001
    screen, forms = _screen(qtbot, ctx)
    tab = screen.matters_tab
    forms.answer(
        matter="Mức đóng góp làm đường bê tông",
        meeting_on=D(2026, 3, 10),
        households_total=186,
        households_attending=160,
        votes_for=121,
        votes_against=30,
    )
    tab.add()
    assert forms.last is not None and forms.last.result()
    assert forms.last.hint_label.text().startswith("Kết quả: Thông qua (121/186")
    assert cell(tab.table, 0, "Kết quả") == "Thông qua"
    assert cell(tab.table, 0, "Tỷ lệ tán thành") == "65,1 %"
    tab.table.selectRow(0)
    forms.answer(votes_for=90, votes_against=60)
    tab.edit()
    assert cell(tab.table, 0, "Kết quả") == "Không thông qua"


def test_a_charter_revision_appears_in_its_history(qtbot, ctx) -> None:  # noqa: ANN001
    screen, forms = _screen(qtbot, ctx)
    tab = screen.charters_tab
    assert tab.year.currentData() is None  # every year: a charter lasts for years
    forms.answer(
        title="Hương ước thôn Trung Hà", adopted_on=D(2019, 6, 15), decision_no="128/QĐ-UBND"
    )
    tab.add()
    assert tab.table.rowCount() == 1 and "quá 5 năm" in cell(tab.table, 0, "Tình trạng")
    tab.table.selectRow(0)
    assert tab.history.rowCount() == 1  # as adopted
    forms.answer(
        revised_on=D(2024, 9, 10),
        changes="Bổ sung quy định phân loại rác",
        decision_no="215/QĐ-UBND",
    )
    tab.add_revision()
    assert tab.selected() is not None and tab.selected().version == 2
    assert tab.history.rowCount() == 2
    assert tab.history.item(1, 1).text() == "Bổ sung quy định phân loại rác"
    assert tab.history.item(1, 0).text() == "10/09/2024"
    assert cell(tab.table, 0, "Tình trạng") == "Hiện hành"


def test_the_screen_reloads_what_a_service_wrote(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    screen, _ = _screen(qtbot, ctx)
    E.create_event(ctx, E.EventInput("loudspeaker", D(2026, 2, 5), "Phát thanh", items=12), TODAY)
    screen.reload()  # what the main window calls for a watched type
    assert screen.events_tab.table.rowCount() == 1
    assert cell(screen.events_tab.table, 0, "Tin, bài") == "12"
    # deleted from the register, after the officer confirms
    monkeypatch.setattr(common_ui, "ask_to_delete", lambda *a: True)
    screen.events_tab.table.selectRow(0)
    screen.events_tab.delete_selected()
    assert screen.events_tab.table.rowCount() == 0 and E.list_events(ctx) == []
