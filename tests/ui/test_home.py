"""The home screen ("Hôm nay") on the demo commune, driven with pytest-qt: the app opens on it,
it reads off the GUI thread, lists every area's lines grouped by area (an area added at run
time shows with no edit to the screen), each line opens its records through the declared
openers, the year's score and its click, the workbook from its button, and it fits 1366×768."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from danvan_desktop.services import areas
from danvan_desktop.services.areas import ServiceArea, WarningLine
from danvan_desktop.services.scoring.sheets import year_score
from danvan_desktop.ui import early_warning_opening
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.home.screen import LINE_ROLE
from danvan_desktop.ui.home.workbook_action import export_workbook
from danvan_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 20)


def _home(qtbot, ctx, size=(1366, 768)):  # noqa: ANN001, ANN202
    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    home = window.current_screen()
    assert home.objectName() == "screen_home"  # the app opens on the home screen
    qtbot.waitUntil(lambda: home.data is not None, timeout=30000)
    home.today = TODAY
    home.data = None
    home.reload()
    qtbot.waitUntil(lambda: home.data is not None, timeout=30000)
    return window, home


def test_lines_of_every_area_grouped_and_each_opens_its_records(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window, home = _home(qtbot, demo_ctx)
    expected = areas.warnings(demo_ctx, TODAY)
    # every line with something to do, in area order; lines at 0 are left out
    assert [(w.key, w.count) for w in home.lines()] == [
        (w.key, w.count) for w in expected if w.count
    ]
    heads = [
        home.attention.topLevelItem(i).text(0) for i in range(home.attention.topLevelItemCount())
    ]
    busy = [
        a.label
        for a in areas.areas()
        if a.warnings is not None and any(w.count for w in a.warnings(demo_ctx, TODAY))
    ]
    quiet = [
        a.label
        for a in areas.areas()
        if a.warnings is not None and not any(w.count for w in a.warnings(demo_ctx, TODAY))
    ]
    assert heads[: len(busy)] == busy
    if quiet:  # the areas with nothing today are named once, at the end
        assert heads[len(busy) :] == [f"Không có việc cần chú ý: {', '.join(quiet)}"]
    overdue = next(w for w in expected if w.key == "petitions_overdue")
    assert overdue.count > 0
    assert home.cards["danger"].value.text() == str(
        sum(w.count for w in expected if w.severity == "danger")
    )
    # the petitions' line opens the register on exactly those cases
    item = next(
        home.attention.topLevelItem(i).child(j)
        for i in range(home.attention.topLevelItemCount())
        for j in range(home.attention.topLevelItem(i).childCount())
        if home.attention.topLevelItem(i).child(j).data(0, 256).key == "petitions_overdue"
    )
    assert item.background(0).color().name() == "#fde2e1"  # danger: the kit's red
    assert home.open_item(item)
    register = window.current_screen()
    assert register is window.screens["petitions"]
    assert register.table_model.rowCount() == overdue.count
    assert "Đơn thư quá hạn" in register.drill_label.text()
    # the Board's overdue answers open its recommendations, filtered
    window.open_area("home")
    board = next(w for w in home.lines() if w.key == "board_answers_overdue")
    early_warning_opening.open_line(window, board, TODAY)
    inspection = window.current_screen()
    assert inspection is window.screens["inspection"]
    assert inspection.tabs.currentWidget() is inspection.recommendations_tab
    assert inspection.recommendations_tab.state.currentData() == "overdue"


def test_existing_record_types_have_declared_openers() -> None:
    found = early_warning_opening.openers()
    for record_type in (
        "petitions",
        "commitments",
        "reception_sessions",
        "inspection_board_recommendations",
    ):
        assert early_warning_opening.opener(record_type) is not None, record_type
        assert record_type in found


opened: list[tuple[str, tuple[str, ...]]] = []


def open_plan_items(window, line: WarningLine, today: dt.date) -> None:  # noqa: ANN001
    opened.append((line.key, line.record_ids))


def test_a_new_area_shows_and_opens_without_editing_the_screen(
    qtbot, demo_ctx, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    plans = ServiceArea(
        key="plans_test",
        label="Kế hoạch thực hiện (thử)",
        order=15,
        warnings=lambda ctx, today: [
            WarningLine(
                "plan_items_due", "Mục kế hoạch đến hạn", 2, "warn", "plan_items", ("a", "b")
            )
        ],
    )
    monkeypatch.setattr(areas, "_cache", sorted([*areas.areas(), plans], key=lambda a: a.order))
    declared = {**early_warning_opening.openers(), "plan_items": f"{__name__}:open_plan_items"}
    monkeypatch.setattr(early_warning_opening, "openers", lambda: declared)
    _window, home = _home(qtbot, demo_ctx)
    heads = [
        home.attention.topLevelItem(i).text(0) for i in range(home.attention.topLevelItemCount())
    ]
    assert "Kế hoạch thực hiện (thử)" in heads
    head = home.attention.topLevelItem(heads.index("Kế hoạch thực hiện (thử)"))
    assert head.child(0).text(1) == "2" and head.child(0).background(0).color().name() == "#fff1cc"
    opened.clear()
    assert home.open_item(head.child(0))
    assert opened == [("plan_items_due", ("a", "b"))]


def test_score_of_the_year_and_its_click(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window, home = _home(qtbot, demo_ctx)
    with demo_ctx.read() as s:
        score = year_score(s, demo_ctx.unit_code, TODAY.year, TODAY)
    value = home.cards["score"].value.text()
    assert value.split("/")[0] == f"{score.result.total:g}".replace(".", ",")
    assert score.class_label in home.cards["score"].detail.text()
    bars = home.score_view.chart().series()[0].barSets()
    assert bars[0].count() == len(
        [r for r in score.result.criteria if r.depth == 0 and r.kind == "base"]
    )
    home.cards["score"].clicked.emit()
    assert window.current_screen() is window.screens["scoring"]


def test_workbook_from_the_home_screen(qtbot, demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    window, home = _home(qtbot, demo_ctx)
    target = tmp_path / "so.xlsx"
    task = export_workbook(home, demo_ctx, target, TODAY)
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    assert task.ok, task.error
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "Mục lục" and "Đơn thư" in wb.sheetnames
    assert "Đã xuất sổ tổng hợp" in window.statusBar().currentMessage()
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Xuất sổ tổng hợp Excel…" in menu_texts


def test_reloads_on_a_change_and_fits_1366x768(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from danvan_desktop.ui.kit.ops import announce

    window, home = _home(qtbot, demo_ctx)
    first = home.data
    announce({"petitions"})  # any record type: the home watches everything
    qtbot.waitUntil(lambda: home.data is not first, timeout=30000)
    assert window.frameGeometry().height() <= 768 + 40
    QApplication.processEvents()
    # the essentials are in view without scrolling: cards, the list and both charts
    for widget in (home.cards["score"], home.attention, home.trend_view, home.score_view):
        assert widget.isVisible() and widget.height() >= 60, widget.objectName()
        bottom = widget.mapTo(home, widget.rect().bottomLeft()).y()
        assert bottom <= home.height(), widget.objectName()
    # every line with something to do is listed, once; lines with nothing are left out
    tree = home.attention
    listed = [
        tree.topLevelItem(i).child(j).data(0, LINE_ROLE)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    wanted = [line for g in home.data.groups for line in g.lines if line.count]
    assert [x.key for x in listed if x is not None] == [x.key for x in wanted]
    assert wanted and all(x.count for x in listed if x is not None)
    # the first line (the most pressing area first in an officer's day) is in view
    first = tree.topLevelItem(0).child(0)
    assert tree.visualItemRect(first).bottom() <= tree.viewport().height()


def test_the_upper_level_opens_on_its_overview(ctx) -> None:  # noqa: ANN001
    from danvan_desktop.store.settings import set_setting
    from danvan_desktop.ui.areas import visible_areas

    assert [a.key for a in visible_areas(ctx)][0] == "home"  # a commune opens on "Hôm nay"
    with ctx.session() as s:
        set_setting(s, "unit_level", "province")
    shown = [a.key for a in visible_areas(ctx)]
    assert shown[0] == "upper_level" and "home" not in shown


def test_an_area_that_fails_does_not_blank_the_day(ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from danvan_desktop.ui.home import data

    def broken(ctx, today):  # noqa: ANN001, ANN202
        raise RuntimeError("lỗi thử")

    bad = ServiceArea(key="broken_test", label="Lĩnh vực hỏng (thử)", order=1, warnings=broken)
    monkeypatch.setattr(areas, "_cache", [bad, *areas.areas()])
    d = data.load(ctx, TODAY)
    assert d.groups[0].failed and d.groups[0].label == "Lĩnh vực hỏng (thử)"
    others = [w.key for g in d.groups[1:] for w in g.lines]
    assert "petitions_overdue" in others and "board_answers_overdue" in others
