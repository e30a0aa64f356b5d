"""The commendations screen with real widgets on the demo commune (issue 11): create a proposal,
propose from data (a recognised model appears and becomes a proposal), record a decision (the
proposal turns "Được khen"; a future date is refused in the form), the history shows it, the
search works without diacritics, and the screen fits 1366×768."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from danvan_desktop.services.commendations import queries
from danvan_desktop.ui import areas as ui_areas
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.commendations import data_dialogs, dialogs
from danvan_desktop.ui.commendations import screen as screen_module
from danvan_desktop.ui.commendations.data_dialogs import HistoryDialog, SuggestionsDialog
from danvan_desktop.ui.commendations.dialogs import DecisionDialog
from danvan_desktop.ui.commendations.screen import CommendationsScreen
from danvan_desktop.ui.kit.forms import FormDialog

TODAY = dt.date(2026, 11, 20)


class Runner:
    """Drives the forms the screen opens: each call takes the next step's function."""

    def __init__(self) -> None:
        self.steps: list[Any] = []
        self.last: Any = None

    def __call__(self, dialog: Any) -> bool:
        self.last = dialog
        return bool(self.steps.pop(0)(dialog))


def fill(values: dict[str, Any]) -> Any:
    def step(dialog: FormDialog) -> bool:
        dialog.set_values(values)
        return dialog.try_save()

    return step


@pytest.fixture
def screen(qtbot, demo_ctx, monkeypatch: pytest.MonkeyPatch) -> CommendationsScreen:  # noqa: ANN001
    make_app()
    for module in (screen_module, dialogs, data_dialogs):
        for name in ("info", "warn"):
            if hasattr(module, name):
                monkeypatch.setattr(
                    module, name, lambda *a, **k: pytest.fail(f"unexpected message box: {a[1:]}")
                )
    monkeypatch.setattr(screen_module, "confirm", lambda *a, **k: True)
    s = CommendationsScreen(demo_ctx)
    s.today = TODAY
    s.dialog_runner = Runner()
    qtbot.addWidget(s)
    s.resize(1160, 700)
    s.show()
    return s


def rows(table) -> list[list[str]]:  # noqa: ANN001
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def select(screen: CommendationsScreen, name: str) -> None:
    for r in range(screen.table.rowCount()):
        if screen.table.item(r, 2).text() == name:
            screen.table.selectRow(r)
            return
    raise AssertionError(f"{name!r} not in the table")


def test_nav_declares_the_area() -> None:
    nav = {a.key: a for a in ui_areas.collect()}["commendations"]
    assert (nav.label, nav.levels, nav.order) == ("Khen thưởng", ("commune",), 78)


def test_proposal_from_data_decision_and_history(
    screen: CommendationsScreen, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    runner: Runner = screen.dialog_runner
    assert len(rows(screen.table)) == 5  # the demo's round of 2025 and 2026's pending proposal
    granted = [r for r in rows(screen.table) if r[5] == "Được khen"]
    assert len(granted) == 3 and all(r[6] == "125/QĐ-UBND" for r in granted)

    # a round of 2026 at commune level, then a proposal for a person
    runner.steps.append(
        fill({"occasion": "Ngày truyền thống công tác dân vận 15/10", "year": 2026})
    )
    screen.add_round()
    assert "2 đợt/5 năm" not in screen.notice.text()  # 2025 and 2026: within the rule
    commune_round = next(r for r in screen.rounds if r.year == 2026 and r.level == "commune")
    screen.round_combo.setCurrentIndex(screen.round_combo.findData(commune_round.id))
    runner.steps.append(
        fill(
            {
                "subject_kind": "individual",
                "subject_name": "Nguyễn Văn Bình",
                "position": "Công an viên",
                "subject_unit": "Thôn Hạ Bắc",
                "achievements": "Vận động nhân dân lắp camera an ninh.",
                "proposed_on": dt.date(2026, 9, 28),
            }
        )
    )
    screen.add_proposal()
    assert [r[2] for r in rows(screen.table)] == ["Nguyễn Văn Bình"]
    assert rows(screen.table)[0][5] == "Đề xuất"

    # propose from data: a recognised model of 2026 nobody proposed appears; create it alone
    model = next(
        m
        for m in queries.model_choices(screen.ctx, recognised_only=True)
        if m.recognised_on and m.recognised_on.year == 2026
    )

    def pick(dialog: SuggestionsDialog) -> bool:
        assert dialog.year.value() == 2026 and dialog.round.currentData() == commune_round.id
        names = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        assert (model.person_name or model.name) in names
        dialog.set_checked([f"model:{model.id}"])
        return dialog.create()

    runner.steps.append(pick)
    screen.suggest()
    assert "Đã tạo 1 đề nghị" in screen.notice.text()
    names = [r[2] for r in rows(screen.table)]
    assert (model.person_name or model.name) in names and len(names) == 2

    # a decision: a future date is refused in the form, then granted with a real date
    def decide_future(dialog: DecisionDialog) -> bool:
        assert [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
        assert dialog.widgets["issuing_body"].text() == "Ủy ban nhân dân xã Cẩm Xuyên"
        dialog.set_values({"number": "201/QĐ-UBND", "signed_on": TODAY + dt.timedelta(days=3)})
        assert dialog.try_save() is False
        assert "tương lai" in dialog.error.text()
        dialog.set_values({"signed_on": dt.date(2026, 10, 12), "signer": "Lê Văn Hùng"})
        binh = next(r.id for r in screen.rows if r.subject_name == "Nguyễn Văn Bình")
        dialog.tick([binh])
        return dialog.try_save()

    select(screen, "Nguyễn Văn Bình")
    runner.steps.append(decide_future)
    screen.add_decision()
    by_name = {r[2]: r for r in rows(screen.table)}
    assert by_name["Nguyễn Văn Bình"][5] == "Được khen"
    assert by_name["Nguyễn Văn Bình"][6:8] == ["201/QĐ-UBND", "12/10/2026"]
    assert by_name[model.person_name or model.name][5] == "Đề xuất"

    # the history of the person shows the decision
    def look(dialog: HistoryDialog) -> bool:
        history = rows(dialog.history_table)
        assert len(history) == 1 and history[0][4] == "Được khen"
        assert history[0][5] == "201/QĐ-UBND" and "1 lần được khen" in dialog.title.text()
        return False

    select(screen, "Nguyễn Văn Bình")
    runner.steps.append(look)
    screen.history()

    # search without diacritics over every round
    screen.round_combo.setCurrentIndex(0)
    screen.search.setText("nguyen van binh")
    screen.refresh()
    assert [r[2] for r in rows(screen.table)] == ["Nguyễn Văn Bình"]

    # the certificate of the selected granted proposal
    select(screen, "Nguyễn Văn Bình")
    screen.ask_export_path = lambda *a: tmp_path / "gk.pdf"
    screen.print_certificates()
    task = screen.task
    assert task is not None and task.thread is not None  # written on a worker
    qtbot.waitUntil(lambda: task.finished, timeout=15000)
    assert task.ok, task.error
    text = PdfReader(str(tmp_path / "gk.pdf")).pages[0].extract_text()
    assert "GIẤY KHEN" in text and "Nguyễn Văn Bình" in text and "201/QĐ-UBND" in text


def test_a_model_proposal_without_a_model_is_refused_in_the_form(
    screen: CommendationsScreen,
) -> None:
    runner: Runner = screen.dialog_runner
    seen: dict[str, Any] = {}

    def refused(dialog: FormDialog) -> bool:
        dialog.set_values({"subject_kind": "model", "subject_name": ""})
        dialog.update_hint()
        seen["hint"] = dialog.hint_label.text()
        seen["saved"] = dialog.try_save()
        seen["error"] = dialog.error.text()
        return False

    runner.steps.append(refused)
    screen.add_proposal()
    assert "chọn mô hình" in seen["hint"] and seen["saved"] is False
    assert "mô hình" in seen["error"]


def test_fits_a_small_screen_and_watches_its_types(screen: CommendationsScreen) -> None:
    # the main window's navigation takes ~200 px of 1366
    assert screen.minimumSizeHint().width() <= 1366 - 220
    assert screen.minimumSizeHint().height() <= 768 - 120
    assert {"commendation_proposals", "commendation_decisions"} <= screen.watched_types
    assert screen.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
