"""The openers of the areas merged with the home screen (plans, democracy, commendations and
the models they flag, periodic reports), driven on the demo commune with pytest-qt: each line
with something to do opens its area's screen with the line's records selected or filtered; a
line without ids opens the right tab; every record type the areas' warnings name has an
opener."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from danvan_desktop.services import areas
from danvan_desktop.services.areas import WarningLine
from danvan_desktop.ui import early_warning_opening
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 20)


def _window(qtbot, ctx):  # noqa: ANN001, ANN202
    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _lines(ctx, record_type: str) -> list[WarningLine]:  # noqa: ANN001
    return [w for w in areas.warnings(ctx, TODAY) if w.record_type == record_type and w.count > 0]


def _selected_ids(table) -> set[str]:  # noqa: ANN001
    return {
        i.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        for i in table.selectionModel().selectedRows()
    }


def _open(window, line: WarningLine):  # noqa: ANN001, ANN202
    assert early_warning_opening.open_line(window, line, TODAY)
    return window.current_screen()


def test_plan_lines_open_their_items_and_documents(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_ctx)
    lines = _lines(demo_ctx, "plan_items")
    assert {w.key for w in lines} == {"plan_items_overdue", "plan_items_due_soon"}
    for line in lines:
        screen = _open(window, line)
        assert screen is window.screens["plans"]
        tab = screen.plans_tab
        assert screen.tabs.currentWidget() is tab
        assert tab.year.currentData() is None and tab.status.currentData() is None
        assert _selected_ids(tab.items.table) == set(line.record_ids)
        # the plan shown is the one holding the item
        assert tab.items.plan is not None and tab.plan_id() == tab.items.plan.id
    # a document from above without a plan: its tab, the document selected
    directive_ids = list(screen.directives_tab.rows)
    assert directive_ids
    screen.tabs.setCurrentIndex(0)
    line = WarningLine(
        "plan_directives_waiting", "x", 1, "warn", "plan_directives", (directive_ids[-1],)
    )
    _open(window, line)
    assert screen.tabs.currentWidget() is screen.directives_tab
    assert _selected_ids(screen.directives_tab.table) == {directive_ids[-1]}
    # without ids: the right tab, nothing selected
    _open(window, WarningLine("plan_directives_waiting", "x", 0, "warn", "plan_directives"))
    assert screen.tabs.currentWidget() is screen.directives_tab


def test_democracy_lines_open_publicity_and_charters(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_ctx)
    publicity = _lines(demo_ctx, "democracy_publicity")
    charters = _lines(demo_ctx, "democracy_charters")
    assert {w.key for w in publicity} == {"publicity_ending_soon", "publicity_too_short"}
    assert [w.key for w in charters] == ["charters_not_reviewed"]
    for line in publicity:
        screen = _open(window, line)
        assert screen is window.screens["democracy"]
        assert screen.tabs.currentWidget() is screen.publicity_tab
        assert screen.publicity_tab.year.currentData() is None  # every year
        assert _selected_ids(screen.publicity_tab.table) == set(line.record_ids)
    screen = _open(window, charters[0])
    assert screen.tabs.currentWidget() is screen.charters_tab
    assert _selected_ids(screen.charters_tab.table) == set(charters[0].record_ids)
    # a search typed earlier does not hide the records
    screen.publicity_tab.search.setText("không có nội dung nào như thế")
    _open(window, publicity[0])
    assert screen.publicity_tab.search.text() == ""
    assert _selected_ids(screen.publicity_tab.table) == set(publicity[0].record_ids)


def test_model_lines_open_the_models_register_on_those_models(qtbot, demo_ctx) -> None:  # noqa: ANN001
    # commendations' "never proposed" and the models area's own "not reviewed this year"
    window = _window(qtbot, demo_ctx)
    lines = _lines(demo_ctx, "models")
    assert {w.key for w in lines} == {"models_never_proposed", "models_review_due"}
    for line in lines:
        screen = _open(window, line)
        assert screen is window.screens["models"]
        model = screen.table_model
        shown = {model.row_object(r).id for r in range(model.rowCount())}
        assert shown == set(line.record_ids) and len(shown) == line.count
        assert screen.show_all_button.isVisible() and line.label in screen.ids_note.text()
        assert window.width() <= 1366  # the line's long title wraps, the window stays put
    screen.show_all_button.click()
    assert model.rowCount() > line.count and not screen.show_all_button.isVisible()


def test_commendation_round_lines_open_the_round(qtbot, demo_ctx) -> None:  # noqa: ANN001
    # the demo has no round coming up without proposals: a line on one of its rounds
    window = _window(qtbot, demo_ctx)
    screen = window.open_area("commendations")
    rounds = [r.id for r in screen.rounds]
    assert len(rounds) >= 2
    screen.status_combo.setCurrentIndex(1)
    line = WarningLine(
        "commendation_round_empty", "x", 1, "warn", "commendation_rounds", (rounds[1],)
    )
    assert _open(window, line) is screen
    assert screen.round_combo.currentData() == rounds[1]
    assert screen.status_combo.currentData() is None
    assert {r.round_id for r in screen.rows} <= {rounds[1]}
    # the cycle line names no round: every round
    _open(
        window, WarningLine("commendation_rounds_over_cycle", "x", 1, "warn", "commendation_rounds")
    )
    assert screen.round_combo.currentData() is None


def test_report_lines_open_the_reports_tab(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_ctx)
    (line,) = _lines(demo_ctx, "periodic_reports")
    # it opens the drafts begun for the reports it counts (the demo began none for this one)
    assert line.key == "reports_overdue"
    screen = _open(window, line)
    assert screen is window.screens["periodic_reports"]
    assert screen.tabs.currentIndex() == 0
    assert _selected_ids(screen.table) == set(line.record_ids)
    screen.tabs.setCurrentIndex(1)
    _open(window, WarningLine("reports_due_soon", "x", 1, "warn", "periodic_reports"))
    assert screen.tabs.currentIndex() == 0


def test_every_record_type_the_areas_warn_about_has_an_opener(demo_ctx) -> None:  # noqa: ANN001
    found = early_warning_opening.openers()
    named = {w.record_type for w in areas.warnings(demo_ctx, TODAY)}
    assert named  # the demo warns about something
    missing = sorted(t for t in named if t not in found)
    assert not missing, missing
    for record_type in named:
        assert early_warning_opening.opener(record_type) is not None, record_type
