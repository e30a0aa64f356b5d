"""The scoring screens (issue 10) on real databases: self-scoring through the form, an override
refused without a reason, the drill-down to the records behind an indicator, the lifecycle
buttons by status and role, the province's appraisal and publication, and the reload after a
change made elsewhere."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from danvan_desktop.domain.roles import Role
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services import install
from danvan_desktop.services.context import CurrentUser, open_context
from danvan_desktop.services.scoring import appraisals, evaluations, rubrics
from danvan_desktop.store.scoring import ScoringCriterionScore, ScoringEvaluation
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.kit.ops import run_task
from danvan_desktop.ui.scoring import dialogs
from danvan_desktop.ui.scoring.commune import CommuneScoringScreen
from danvan_desktop.ui.scoring.province import ProvinceScoringScreen

YEAR = 2026


def _screen(qtbot, ctx) -> CommuneScoringScreen:  # noqa: ANN001
    make_app()
    screen = CommuneScoringScreen(ctx)
    qtbot.addWidget(screen)
    screen.year.setCurrentIndex(screen.year.findData(YEAR))
    screen.refresh()
    settle(qtbot, screen)
    return screen


def settle(qtbot, screen: CommuneScoringScreen) -> None:  # noqa: ANN001
    """Wait for the screen's read on its worker thread to be shown."""
    qtbot.waitUntil(lambda: screen.loaded and screen.view is not None, timeout=15000)


def _select(screen: CommuneScoringScreen, code: str) -> None:
    for i in range(screen.criteria.rowCount()):
        if screen.criteria.item(i, 0).text() == code:
            screen.criteria.selectRow(i)
            return
    raise AssertionError(code)


def _cell(screen: CommuneScoringScreen, code: str, column: int) -> str:
    for i in range(screen.criteria.rowCount()):
        if screen.criteria.item(i, 0).text() == code:
            return screen.criteria.item(i, column).text()
    raise AssertionError(code)


def _runner(monkeypatch, fill: Callable[[QDialog], int]) -> list[QDialog]:  # noqa: ANN001
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        return fill(dialog)

    monkeypatch.setattr(dialogs, "run_dialog", run)
    return seen


def test_a_manual_criterion_is_scored_through_the_form(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    screen = _screen(qtbot, demo_ctx)
    _select(screen, "1.3")
    assert screen.score_button.isEnabled()
    assert "Hội nghị" in screen.detail.text()  # the evidence it requires is shown

    def fill(d) -> int:  # noqa: ANN001
        d.widgets["points"].setValue(3.5)
        d.widgets["note"].setPlainText("Biên bản hội nghị quán triệt ngày 12/3")
        return int(d.try_save())

    seen = _runner(monkeypatch, fill)
    before = screen.card.result.total
    screen.score_button.click()
    settle(qtbot, screen)
    assert len(seen) == 1
    assert _cell(screen, "1.3", 4) == "3,5"
    assert screen.card.result.total == pytest.approx(before + 3.5)
    assert screen.card.notes["1.3"].note == "Biên bản hội nghị quán triệt ngày 12/3"
    assert f"{fmt(before + 3.5)} điểm" in screen.summary.text()


def test_an_override_needs_a_reason_shown_on_its_field(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    screen = _screen(qtbot, demo_ctx)
    _select(screen, "4.1")
    suggested = screen.card.result.by_code()["4.1"].suggested
    assert suggested is not None and suggested < 10
    attempts: list[bool] = []

    def fill(d) -> int:  # noqa: ANN001
        d.widgets["points"].setValue(10)
        attempts.append(d.try_save())  # no reason: refused in the dialog
        assert d.widgets["reason"].property("invalid") is True
        assert "lý do" in d.error.text()
        d.widgets["reason"].setPlainText("Hai đơn rút trước hạn, đã có biên bản")
        attempts.append(d.try_save())
        return int(attempts[-1])

    _runner(monkeypatch, fill)
    screen.score_button.click()
    settle(qtbot, screen)
    assert attempts == [False, True]
    assert _cell(screen, "4.1", 4) == "10" and _cell(screen, "4.1", 3) == fmt(suggested)
    assert "Hai đơn rút trước hạn" in _cell(screen, "4.1", 6)
    _select(screen, "4.1")
    assert "Hai đơn rút trước hạn" in screen.detail.text()


def test_the_drill_down_lists_the_records_behind_the_indicator(
    qtbot, demo_ctx, monkeypatch
) -> None:  # noqa: ANN001
    screen = _screen(qtbot, demo_ctx)
    _select(screen, "4.1")
    seen = _runner(monkeypatch, lambda d: 0)
    screen.drill_button.click()
    value = screen.card.result.values["petitions_on_time_rate"]
    assert value.denominator and value.denominator > 10
    listed = seen[0].records
    assert listed.count() == value.denominator
    assert all(listed.item(i).text().startswith("Số ") for i in range(listed.count()))
    listed.setCurrentRow(0)  # a line opens the petition itself
    opened = seen[0].open_selected()
    assert opened is not None and len(seen) == 2
    assert opened.petition_id == seen[0].drill.ids[0]
    _select(screen, "1.3")  # a manual criterion has no records behind it
    assert not screen.drill_button.isEnabled()


def test_lifecycle_buttons_follow_status_and_role(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    screen = _screen(qtbot, demo_ctx)
    assert screen.done_button.isEnabled()
    assert not screen.submit_button.isEnabled() and not screen.lock_button.isEnabled()
    card = screen.card
    for code in ("1.3",):  # the template's one criterion scored by hand
        evaluations.set_score(demo_ctx, card.id, code, 2)
    screen.done_button.click()
    settle(qtbot, screen)
    assert screen.card.status == "self_scored"
    assert not screen.done_button.isEnabled() and screen.submit_button.isEnabled()
    admin = demo_ctx.user
    demo_ctx.user = CurrentUser("canbo", "Cán bộ", Role.OFFICER)
    screen.refresh()
    settle(qtbot, screen)
    assert not screen.submit_button.isEnabled()  # a leader signs
    demo_ctx.user = admin
    screen.refresh()
    settle(qtbot, screen)

    def sign(d) -> int:  # noqa: ANN001
        d.widgets["signed_by"].setText("Nguyễn Văn Quản")
        return int(d.try_save())

    _runner(monkeypatch, sign)
    screen.submit_button.click()
    settle(qtbot, screen)
    assert screen.card.status == "submitted" and screen.card.signed_by == "Nguyễn Văn Quản"
    assert not screen.submit_button.isEnabled() and not screen.score_button.isEnabled()
    assert not screen.lock_button.isEnabled()  # the province has not published yet
    screen.year.setCurrentIndex(screen.year.findData(2025))
    settle(qtbot, screen)
    assert screen.card.status == "locked"
    assert not any(
        b.isEnabled() for b in (screen.done_button, screen.submit_button, screen.lock_button)
    )
    assert "/69" in screen.received.text() and "công bố" in screen.received.text()
    assert not screen.criteria.isColumnHidden(5)  # the appraised points beside the claim
    assert screen.criteria.columnWidth(5) > 20
    assert _cell(screen, "1.1", 5) == _cell(screen, "1.1", 4)  # accepted as claimed
    assert _cell(screen, "1.3", 5) != _cell(screen, "1.3", 4)  # changed at the appraisal


def test_the_screen_reloads_after_a_change_made_elsewhere(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from danvan_desktop.ui.main_window import MainWindow

    make_app()
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow([a.key for a in window.areas].index("scoring"))
    screen = window.screens["scoring"]
    screen.year.setCurrentIndex(screen.year.findData(YEAR))
    qtbot.waitUntil(lambda: screen.loaded and screen.card is not None and screen.card.year == YEAR)
    assert _cell(screen, "1.3", 4) == "0"
    eid = screen.card.id
    run_task(None, "Lưu", lambda _p: evaluations.set_score(demo_ctx, eid, "1.3", 4), quick=True)
    qtbot.waitUntil(lambda: _cell(screen, "1.3", 4) == "4", timeout=3000)


# ---- the province ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tinh") / "tinh.sqlite"
    ctx = open_context(path)
    install.initialise(ctx, "42", "admin", "matkhau123", "Trần Văn Tỉnh")
    ctx.close()
    return path


@pytest.fixture
def province(province_template: Path, tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "tinh.sqlite"
    shutil.copyfile(province_template, path)
    ctx = open_context(path)
    ctx.unit_code = "42"
    ctx.user = CurrentUser("admin", "Trần Văn Tỉnh", Role.ADMIN)
    yield ctx
    ctx.close()


def _submitted(ctx, unit: str, rubric_id: str, rate: float) -> str:  # noqa: ANN001
    frozen = {
        "values": {
            "petitions_on_time_rate": {
                "value": rate,
                "numerator": None,
                "denominator": None,
                "unit": "%",
            }
        },
        "criteria": {},
    }
    with ctx.session() as s:
        e = ScoringEvaluation(
            unit_code=unit,
            year=YEAR,
            rubric_id=rubric_id,
            rubric_hash="x",
            status="submitted",
            frozen=json.dumps(frozen),
            signed_by="Chủ tịch",
        )
        s.add(e)
        s.flush()
        for code, pts in {"1.1.a": 2, "1.1.b": 3, "1.2": 3, "1.3": 4, "6.1": 3, "6.2": 2}.items():
            s.add(ScoringCriterionScore(unit_code=unit, evaluation_id=e.id, code=code, points=pts))
        return e.id


def _loaded(qtbot, screen: ProvinceScoringScreen) -> None:  # noqa: ANN001
    """The table is read on a worker: wait for the latest read to be shown."""
    qtbot.waitUntil(
        lambda: screen.load_task is not None and screen.load_task.finished, timeout=10000
    )


def _row(screen: ProvinceScoringScreen, code: str) -> int:
    return next(i for i, r in enumerate(screen.rows) if r.code == code)


def test_the_province_appraises_returns_and_publishes(
    qtbot, province, monkeypatch, tmp_path
) -> None:  # noqa: ANN001
    with province.session() as s:
        rubric = Rubric.load(default_rules_dir() / "rubric_commune_default.json")
        rid = rubrics.store(s, "42", rubric).id
    rubrics.issue(province, rid, dt.date(2026, 5, 1))
    for unit, rate in (("18673", 100.0), ("18676", 95.0), ("18682", 80.0)):
        _submitted(province, unit, rid, rate)
    make_app()
    screen = ProvinceScoringScreen(province)
    qtbot.addWidget(screen)
    screen.year.setCurrentIndex(screen.year.findData(YEAR))
    _loaded(qtbot, screen)
    assert "3 xã đã gửi" in screen.summary.text()
    assert not screen.publish_button.isEnabled()
    assert screen.averages.isHidden()  # nothing appraised yet: no average to show

    def appraise(d) -> int:  # noqa: ANN001
        d.spins["1.3"].setValue(2)
        d.notes["1.3"].setText("Biên bản chưa đủ chữ ký")
        d.overall.setPlainText("Đạt yêu cầu")
        return int(d.try_save())

    _runner(monkeypatch, appraise)
    screen.table.selectRow(_row(screen, "18673"))
    screen.appraise_button.click()
    _loaded(qtbot, screen)
    row = screen.rows[_row(screen, "18673")]
    assert row.appraisal_status == "appraised"
    assert row.appraised_total == pytest.approx(row.claimed.total - 2)
    _runner(monkeypatch, lambda d: int(d.try_save()))
    screen.table.selectRow(_row(screen, "18676"))
    screen.appraise_button.click()  # accepted as claimed
    _loaded(qtbot, screen)

    def give_back(d) -> int:  # noqa: ANN001
        assert not d.try_save()  # comments required
        d.widgets["comments"].setPlainText("Bổ sung minh chứng tiêu chí 1.3")
        return int(d.try_save())

    _runner(monkeypatch, give_back)
    screen.table.selectRow(_row(screen, "18682"))
    screen.return_button.click()
    _loaded(qtbot, screen)
    assert screen.rows[_row(screen, "18682")].appraisal_status == "returned"
    # the mean of the two appraised communes (the returned one is not counted)
    both = [screen.rows[_row(screen, c)].appraised_total for c in ("18673", "18676")]
    assert not screen.averages.isHidden()
    assert f"Bình quân 2 xã đã thẩm định: <b>{fmt(sum(both) / 2)}/100 điểm" in (
        screen.averages.text()
    )
    questions: list[str] = []
    monkeypatch.setattr(screen, "confirm", lambda q: questions.append(q) or True)
    assert screen.publish_button.isEnabled()
    screen.publish_button.click()
    _loaded(qtbot, screen)
    assert "Xếp theo tổng điểm" in questions[0]
    ranks = {r.code: r.rank for r in screen.rows if r.rank}
    assert ranks == {"18676": 1, "18673": 2}
    i = _row(screen, "18676")
    assert screen.table.item(i, 9).text() == "1"
    assert screen.table.item(i, 6).text() == "Đã công bố"
    assert "Xếp theo" in screen.rule.text()
    screen.table.selectRow(i)
    assert not screen.appraise_button.isEnabled()  # published: no appraisal again
    handle = screen.export_to(tmp_path / "xep-hang.xlsx")
    qtbot.waitUntil(lambda: handle.finished, timeout=10000)
    assert handle.ok and Path(handle.result).stat().st_size > 0
    assert appraisals.year_table(province, YEAR)  # still readable afterwards


def test_the_sheet_is_exported_off_the_gui_thread(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    screen = _screen(qtbot, demo_ctx)
    pdf = screen.export_to(tmp_path / "phieu.pdf", "pdf")
    xlsx = screen.export_to(tmp_path / "phieu.xlsx", "xlsx")
    assert pdf.thread is not None  # a worker, not the GUI thread
    qtbot.waitUntil(lambda: pdf.finished and xlsx.finished, timeout=20000)
    assert pdf.ok and xlsx.ok
    assert (tmp_path / "phieu.pdf").read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "phieu.xlsx").active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("Tỷ lệ đơn thư giải quyết đúng hạn" in t for t in texts)


def test_a_commune_without_an_issued_rubric_scores_on_the_template(qtbot, ctx) -> None:  # noqa: ANN001
    screen = _screen(qtbot, ctx)
    assert screen.card is not None and not screen.card.rubric_issued
    assert "MẪU" in screen.summary.text()
    assert not screen.received.isVisibleTo(screen)  # nothing appraised yet
    assert screen.criteria.rowCount() == len(screen.card.result.criteria)
    assert not screen.submit_button.isEnabled()


def test_a_returned_evaluation_is_reopened_for_correction(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from danvan_desktop.store.scoring import ScoringAppraisal

    screen = _screen(qtbot, demo_ctx)
    eid = screen.card.id
    for code in ("1.3",):  # the template's one criterion scored by hand
        evaluations.set_score(demo_ctx, eid, code, 2)
    evaluations.mark_self_scored(demo_ctx, eid)
    evaluations.submit(demo_ctx, eid, "Nguyễn Văn Quản")
    screen.refresh()
    settle(qtbot, screen)
    assert screen.reopen_button.isHidden()
    with demo_ctx.session() as s:  # the province's return, as its rollup leaves it here
        province = rubrics.superior(s, demo_ctx.unit_code)
        s.add(
            ScoringAppraisal(
                unit_code=province,
                evaluation_id=eid,
                commune_code=demo_ctx.unit_code,
                year=YEAR,
                status="returned",
                comments="Bổ sung biên bản tiêu chí 1.3",
            )
        )
    screen.reload()
    settle(qtbot, screen)
    assert "Bổ sung biên bản" in screen.received.text()
    assert not screen.reopen_button.isHidden() and not screen.score_button.isEnabled()
    screen.reopen_button.click()
    settle(qtbot, screen)
    assert screen.card.status == "returned" and not screen.card.frozen
    _select(screen, "1.3")
    assert screen.score_button.isEnabled() and screen.reopen_button.isHidden()


def _bars(view) -> dict[str, list[float]]:  # noqa: ANN001
    (series,) = view.chart().series()
    return {b.label(): [b.at(i) for i in range(b.count())] for b in series.barSets()}


def test_the_chart_shows_the_province_average_once_received(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from danvan_desktop.store.scoring import ScoringAppraisal

    with demo_ctx.session() as s:  # an appraisal published before averages travelled
        for a in s.scalars(select(ScoringAppraisal)):
            a.averages = ""
    screen = _screen(qtbot, demo_ctx)
    assert list(_bars(screen.chart)) == ["Năm 2026", "Năm 2025"]
    screen.year.setCurrentIndex(screen.year.findData(2025))
    settle(qtbot, screen)
    assert list(_bars(screen.chart)) == ["Năm 2025"]  # no 2024
    assert screen.province_chart.isHidden()  # nothing to compare with yet
    averages = {"1": 11.5, "2": 12.25, "3": 10, "4": 14, "5": 9, "6": 3.5, "total": 61.75}
    with demo_ctx.session() as s:  # the published appraisal as a newer rollup leaves it
        a = s.scalars(select(ScoringAppraisal).where(ScoringAppraisal.year == 2025)).one()
        a.averages = json.dumps(averages)
    screen.reload()
    settle(qtbot, screen)
    assert not screen.province_chart.isHidden()
    bars = _bars(screen.province_chart)
    assert list(bars) == ["Xã (kết quả thẩm định năm 2025)", "Bình quân toàn tỉnh"]
    assert bars["Bình quân toàn tỉnh"] == [11.5, 12.25, 10, 14, 9, 3.5]
    mine = _bars(screen.chart)["Năm 2025"]
    # The appraisal marked 1.3 down by one point: the commune's appraised group 1.
    assert bars["Xã (kết quả thẩm định năm 2025)"] == [mine[0] - 1, *mine[1:]]
