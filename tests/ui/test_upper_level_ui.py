"""The upper-level screen (province) and the standing screen (commune), driven with pytest-qt:
import a folder in the background, scan the colour-coded completeness table, filter it, drill
down into a commune's records read-only, record a decision, export Excel and rollups, then see
the standing and the decision at the commune."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from danvan_desktop.services import areas, install, models, users
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import open_context
from danvan_desktop.ui import standing_screen as sts
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.main_window import MainWindow
from danvan_desktop.ui.upper_level import decisions_tab, transfers
from danvan_desktop.ui.upper_level import screen as uls
from danvan_desktop.ui.upper_level import table as ult
from tests.integration.upper_level_suite import PASSWORD, PERIOD, build_commune
from tests.upper_level_support import three_communes

COMMUNES = {"18673": 7, "18652": 4}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("tinh-va-xa")
    bundles = folder / "bundles"
    bundles.mkdir()
    communes = {code: build_commune(folder, code, n, bundles) for code, n in COMMUNES.items()}
    province = folder / "tinh.sqlite"
    ctx = open_context(province)
    install.initialise(ctx, "42", "admin", PASSWORD, "Trần Văn Tỉnh")
    ctx.close()
    return {"bundles": bundles, "communes": communes, "province": province}


def _open(template: Path, tmp_path: Path):  # noqa: ANN202
    path = tmp_path / template.name
    shutil.copyfile(template, path)
    ctx = open_context(path)
    users.authenticate(ctx, "admin", PASSWORD)
    return ctx


@pytest.fixture
def province(world: dict, tmp_path: Path):  # noqa: ANN201
    ctx = _open(world["province"], tmp_path)
    yield ctx
    ctx.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the screens told the user in message boxes (instead of blocking on them)."""
    messages: list[str] = []
    for module in (uls, transfers, sts):
        monkeypatch.setattr(module, "info", lambda _parent, _title, text: messages.append(text))
    return messages


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _loaded(qtbot, screen):  # noqa: ANN001, ANN202
    """Wait for the screen's latest read (it runs off the GUI thread)."""
    qtbot.waitUntil(
        lambda: screen.load_task is not None and screen.load_task.finished, timeout=30000
    )
    assert screen.load_task.error is None
    return screen


def _upper(qtbot, ctx) -> uls.UpperLevelScreen:  # noqa: ANN001
    screen = _window(qtbot, ctx).open_area("upper_level")
    screen.period.setCurrentText(PERIOD)
    return _loaded(qtbot, screen)


def test_areas_follow_the_level_of_the_install(qtbot, province, world, tmp_path: Path) -> None:  # noqa: ANN001
    keys = [a.key for a in _window(qtbot, province).areas]
    assert "upper_level" in keys and "standing" not in keys
    commune = _open(world["communes"]["18673"].db, tmp_path)
    try:
        keys = [a.key for a in _window(qtbot, commune).areas]
        assert "standing" in keys and "upper_level" not in keys
    finally:
        commune.close()


def test_import_scan_filter_drill_down_decide_and_send_back(
    qtbot,
    province,
    world,
    said,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch,
) -> None:
    ul.set_deadline(province, PERIOD, dt.date.today() + dt.timedelta(days=10))
    screen = _upper(qtbot, province)
    assert screen.completeness_model.rowCount() == 69
    assert "<b>0</b> đã gửi đúng hạn" in screen.summary.text()

    # First contact: the officer is shown each commune's fingerprint, confirms, and the import
    # runs again with those keys accepted.
    asked: list[str] = []
    monkeypatch.setattr(
        transfers, "confirm", lambda _parent, _title, text: asked.append(text) or True
    )
    first = screen.start_import(world["bundles"])
    qtbot.waitUntil(
        lambda: first.finished and screen.task is not first and screen.task.finished, timeout=30000
    )
    assert first.error is None and screen.task.error is None
    _loaded(qtbot, screen)
    assert len(asked) == 1 and "Phường Hà Huy Tập" in asked[0] and "Xã Cẩm Xuyên" in asked[0]
    assert first.result.imported == 0 and len(first.result.key_notices) == 2
    assert all(n.fingerprint in asked[0] for n in first.result.key_notices)
    assert "nhập mới 2" in said[-1]
    assert "<b>2</b> đã gửi đúng hạn" in screen.summary.text()
    assert "<b>67</b> chưa gửi" in screen.summary.text()
    model = screen.completeness_model
    sent = [r for r in model.rows if r.status == ul.Submission.ON_TIME]
    assert {r.code for r in sent} == set(COMMUNES)
    row = model.rows.index(sent[0])
    colour = model.data(model.index(row, 2), Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == ult.SUBMISSION_COLOURS[ul.Submission.ON_TIME]
    pending = model.rows.index(next(r for r in model.rows if r.status == ul.Submission.PENDING))
    assert (
        model.data(model.index(pending, 2), Qt.ItemDataRole.BackgroundRole).color().name()
        == ult.SUBMISSION_COLOURS[ul.Submission.PENDING]
    )

    # Scanning: type without diacritics, or keep one status.
    screen.search.setText("cam xuyen")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.rows[0].code == "18673"
    screen.search.clear()
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(ul.Submission.ON_TIME.value))
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=3000)
    screen.status_filter.setCurrentIndex(0)
    # Sorting by the status column puts the communes that sent first.
    screen.completeness_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert {model.rows[0].code, model.rows[1].code} == set(COMMUNES)

    # Aggregates side by side, drill-down read-only.
    aggs = {a.code: a for a in screen.aggregate_model.rows}
    assert aggs["18673"].total == 7 and aggs["18652"].total == 4
    screen.drill_down("18652")
    assert screen.tabs.currentIndex() == 1
    assert screen.drill_model.rowCount() == 4
    assert (
        "Phường Hà Huy Tập" in screen.drill_title.text() and "chỉ xem" in screen.drill_title.text()
    )
    assert screen.drill_table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not screen.decide_button.isEnabled()
    screen.drill_table.selectRow(0)
    assert screen.decide_button.isEnabled()
    record = screen.selected_record()
    revision = models.get_model(province, record.id).revision

    # The dialog refuses in place, then records the upper level's own decision.
    dialog = uls.DecisionDialog(province, "models", record.id, record.name, screen)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("recognition"))
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "số quyết định" in dialog.error.text()
    assert dialog.decision_id is None

    def fill_and_save(self) -> int:  # noqa: ANN001
        self.kind.setCurrentIndex(self.kind.findData("return_for_correction"))
        self.text.setPlainText("Bổ sung minh chứng hoạt động quý IV")
        self.due_on.set_value(dt.date.today() + dt.timedelta(days=7))
        self.save()
        return int(self.result())

    monkeypatch.setattr(uls.DecisionDialog, "exec", fill_and_save)
    screen.decide()
    _loaded(qtbot, screen)
    assert screen.record_decisions_model.rowCount() == 1
    assert screen.record_decisions_model.rows[0].text == "Bổ sung minh chứng hoạt động quý IV"
    assert screen.decisions_model.rowCount() == 1
    assert "1 trả lại" in decisions_tab.decision_text(screen.decision_counts["18652"])
    assert models.get_model(province, record.id).revision == revision  # the commune's row untouched

    # Excel and rollups in the background.
    xlsx = tmp_path / "tong-hop.xlsx"
    task = screen.start_xlsx(xlsx)
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    assert task.error is None
    ws = openpyxl.load_workbook(xlsx)["Tình hình gửi dữ liệu"]
    statuses = [row[3] for row in ws.iter_rows(values_only=True)]
    assert statuses.count("Đã gửi đúng hạn") == 2 and statuses.count("Chưa gửi") == 67
    task = screen.start_rollups(tmp_path / "ve-xa")
    qtbot.waitUntil(lambda: task.finished, timeout=60000)
    assert task.error is None
    assert len(screen.last_rollups) == 69 and "69 gói" in said[-1]
    assert len(list((tmp_path / "ve-xa" / "18652").iterdir())) == 1

    # Back at the commune: its standing and the decision on its record.
    commune = _open(world["communes"]["18652"].db, tmp_path)
    try:
        standing = _loaded(qtbot, _window(qtbot, commune).open_area("standing"))
        assert "Chưa nhận được bản tổng hợp" in standing.headline.text()
        task = standing.start_import([tmp_path / "ve-xa" / "18652"], trust_new=True)
        qtbot.waitUntil(lambda: task.finished, timeout=30000)
        assert task.error is None and "nhập mới 1" in said[-1]
        _loaded(qtbot, standing)
        assert "xếp thứ <b>2</b> / 69" in standing.headline.text()
        assert "Đã gửi đúng hạn" in standing.headline.text()
        assert standing.own_counts() == standing.local_counts()
        assert standing.metrics_model.rowCount() == len(areas.ranked_metrics())
        assert standing.peer_model.rowCount() == 69
        own_row = next(i for i, p in enumerate(standing.peer_model.rows) if p["code"] == "18652")
        cell = standing.peer_model.index(own_row, 1)
        assert (
            standing.peer_model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name()
            == sts.OWN_ROW
        )
        assert standing.decisions_model.rowCount() == 1
        got = standing.decisions_model.rows[0]
        assert (got.kind, got.target_id) == (ul.DecisionKind.RETURN_FOR_CORRECTION, record.id)
        assert "1 cần sửa" in standing.tabs.tabText(1)
    finally:
        commune.close()


def test_import_can_be_cancelled(qtbot, province, world, said) -> None:  # noqa: ANN001
    screen = _upper(qtbot, province)
    task = screen.start_import(world["bundles"], trust_new=True)
    task.cancel()
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    assert type(task.error).__name__ == "Cancelled"
    assert said == []
    assert sum(r.received for r in ul.completeness(province, PERIOD)) == 0


def test_petitions_and_inspection_board_per_commune(qtbot, province, said, tmp_path: Path) -> None:  # noqa: ANN001
    """One tab per registered figure group: petitions, then the People's Inspection Board."""
    three_communes(province)
    screen = _upper(qtbot, province)
    screen.today = dt.date(2026, 11, 25)  # the day the figures of three_communes are worked out for
    screen.period.setCurrentText("2026")
    _loaded(qtbot, screen)
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert titles[2:4] == ["Đơn thư", "Ban Thanh tra nhân dân"]  # in area order, before decisions
    assert "Mô hình, điển hình" not in titles  # the models have their own view
    screen.tabs.setCurrentIndex(2)
    tab, board_tab = screen.figure_tabs["petitions"], screen.figure_tabs["board"]
    model, board = tab.model, board_tab.model
    assert model.rowCount() == board.rowCount() == 69

    def headers(m):  # noqa: ANN001, ANN202
        return [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())]

    rate, overdue = headers(model).index("Tỷ lệ đúng hạn"), headers(model).index("Đang quá hạn")
    board_rate = headers(board).index("Tỷ lệ trả lời đúng hạn")

    def cell(code: str, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole, m=model):  # noqa: ANN001, ANN202
        row = next(i for i, a in enumerate(m.rows) if a.code == code)
        return m.data(m.index(row, column), role)

    texts = [cell("18673", i) for i in range(model.columnCount())]
    assert texts == ["18673", "Xã Cẩm Xuyên", "7", "5", "3", "60%", "2"]
    assert [cell("18673", i, m=board) for i in range(2, board.columnCount())] == [
        "3",
        "4",
        "1",
        "1",
        "33,3%",
    ]
    # Under the threshold (80%): coloured; 100% is not; overdue in red; no figure grey "—".
    bg = Qt.ItemDataRole.BackgroundRole
    assert cell("18673", rate, bg).color().name() == ult.BELOW_THRESHOLD
    assert cell("18673", board_rate, bg, m=board).color().name() == ult.BELOW_THRESHOLD
    assert cell("18652", rate) == "100%" and cell("18652", rate, bg) is None
    assert cell("18673", overdue, Qt.ItemDataRole.ForegroundRole).color().name() == ult.GAP_COLOUR
    assert (cell("18754", rate), cell("18754", overdue)) == ("—", "—")
    assert cell("18754", rate, Qt.ItemDataRole.ForegroundRole).color().name() == ult.NO_FIGURE
    assert "60%" not in (cell("18754", rate, Qt.ItemDataRole.ToolTipRole) or "")
    assert cell("18673", rate, Qt.ItemDataRole.ToolTipRole).startswith("3 / 5")
    summary = tab.summary.text()
    assert "<b>2</b> / 69 đơn vị có dữ liệu" in summary and "giải quyết <b>7</b>" in summary
    assert "đúng hạn <b>71,4%</b>" in summary  # 5 of 7 resolved on time
    assert "trả lời đúng hạn <b>50%</b>" in board_tab.summary.text()  # 2 of 4 judged

    # Sorted best first or worst first, communes without a figure stay at the bottom.
    tab.table.sortByColumn(rate, Qt.SortOrder.DescendingOrder)
    assert [a.code for a in model.rows[:2]] == ["18652", "18673"]
    assert model.rows[2]["petitions_on_time_rate"] is None
    tab.table.sortByColumn(rate, Qt.SortOrder.AscendingOrder)
    assert [a.code for a in model.rows[:2]] == ["18673", "18652"]
    assert model.rows[-1]["petitions_on_time_rate"] is None
    tab.table.sortByColumn(overdue, Qt.SortOrder.AscendingOrder)
    assert [a.code for a in model.rows[:2]] == ["18652", "18673"]

    # The standing a commune receives shows the missing figure as "—", not "None".
    assert sts._num(None) == "—"

    # Excel in the background, one sheet per figure group, read back.
    xlsx = tmp_path / "don-thu.xlsx"
    task = screen.start_xlsx(xlsx)
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    assert task.error is None
    wb = openpyxl.load_workbook(xlsx)

    def body_and_total(sheet: str) -> tuple[dict, tuple]:
        rows = list(wb[sheet].iter_rows(values_only=True))
        header = next(i for i, r in enumerate(rows) if r[0] == "STT")
        body = {r[1]: r for r in rows[header + 1 :] if r[1]}
        return body, next(r for r in rows if r[2] == "Tổng cộng")

    body, total = body_and_total("Đơn thư")
    assert len(body) == 69
    assert body["18673"][3:] == (7, 5, 3, 60, 2)
    assert body["18754"][6:8] == (None, None)
    assert total[3:8] == (9, 7, 5, 71.4, 2)
    body, total = body_and_total("Ban Thanh tra nhân dân")
    assert body["18673"][3:] == (3, 4, 1, 1, 1, 33.3)  # the late answers: in Excel only
    assert body["18754"][8] is None
    assert total[3:] == (4, 5, 2, 1, 1, 50.0)


def test_a_new_area_gets_its_tab_without_hub_edits(
    qtbot,  # noqa: ANN001
    province,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The throwaway area of tests/upper_level_support.py: its group is a tab of the
    upper-level screen (after the registered ones, before the decisions), with its figures."""
    from tests.upper_level_support import add_throwaway_area

    add_throwaway_area(monkeypatch, tmp_path / "area")
    screen = _upper(qtbot, province)
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert titles[-2:] == ["Lĩnh vực thử nghiệm", "Ý kiến, quyết định đã ban hành"]
    model = screen.figure_tabs["zz_throwaway"].model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Chữ số cuối của mã"
    row = next(i for i, a in enumerate(model.rows) if a.code == "18673")
    assert model.data(model.index(row, 2)) == "3"


def test_reload_shows_an_import_made_elsewhere(qtbot, province, world) -> None:  # noqa: ANN001
    """The main window's broadcast calls reload() on a screen whose watched types changed:
    after bundles imported by another path, the completeness table and figures follow."""
    from danvan_desktop.sync import rollup

    screen = _upper(qtbot, province)
    assert screen.watched_types == {"*"}
    assert "<b>0</b> đã gửi đúng hạn" in screen.summary.text()
    result = rollup.import_folder(province, world["bundles"], trust_new=True)
    assert result.imported == 2
    screen.reload()
    _loaded(qtbot, screen)
    assert "<b>2</b> đã gửi đúng hạn" in screen.summary.text()
    sent = {r.code for r in screen.completeness_model.rows if r.status == ul.Submission.ON_TIME}
    assert sent == set(COMMUNES)
    aggs = {a.code: a.total for a in screen.aggregate_model.rows}
    assert (aggs["18673"], aggs["18652"]) == (7, 4)
