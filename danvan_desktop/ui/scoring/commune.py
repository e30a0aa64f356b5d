"""The commune's scoring screen: the year's score so far at the top (and the upper level's
appraisal beside it once received), the criteria with their suggested points explained, where
the points were lost, the charts against last year and (once the published appraisal brought
it) against the province's average, and the lifecycle actions by role."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import CriterionResult, fmt
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import criterion_evidence, drilldown, evaluations, overview
from danvan_desktop.services.scoring.criterion_evidence import Cited
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import OK_BOX
from danvan_desktop.ui.kit.ops import TaskHandle, act, run_task
from danvan_desktop.ui.kit.register import ScreenBase, compact
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.scoring import dialogs
from danvan_desktop.ui.scoring.chart import group_chart, show_pairs
from danvan_desktop.ui.scoring.commune_texts import CommuneTexts
from danvan_desktop.ui.scoring.dialogs import DrillDialog, ScoreDialog, ask_signer
from danvan_desktop.ui.scoring.evidence import EvidencePanel

WATCHED = {
    "scoring_evaluations",
    "scoring_criterion_scores",
    "scoring_appraisals",
    "scoring_rubrics",
    "petitions",
    "petition_steps",
    "reception_sessions",
    "dialogues",
    "models",
    "inspection_activities",
}
_LOST = "#fff3e0"


def _groups(card: evaluations.Scorecard) -> list[CriterionResult]:
    return [r for r in card.result.criteria if r.depth == 0 and r.kind == "base"]


def _pts(r: CriterionResult, value: float | None) -> str:
    if value is None:
        return ""
    return fmt(value) if r.kind != "deduction" else ("−" + fmt(-value) if value else "0")


class CommuneScoringScreen(ScreenBase, CommuneTexts):
    watched_types = WATCHED

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: overview.YearView | None = None
        self._generation = 0
        self.load_task: TaskHandle | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(translate("scoring.commune", "<h2>Chấm điểm phong trào “Dân vận khéo”</h2>"))
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(translate("scoring.commune", "Năm:")))
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.year)
        layout.addLayout(top)
        heads = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(OK_BOX)
        self.received = QLabel()
        self.received.setObjectName("received")
        self.received.setWordWrap(True)
        self.received.setStyleSheet(OK_BOX)
        heads.addWidget(self.summary, 3)
        heads.addWidget(self.received, 2)
        layout.addLayout(heads)
        actions = QHBoxLayout()
        self.score_button = self._button(
            translate("scoring.commune", "Chấm điểm…"), "score", self.score_selected
        )
        self.drill_button = self._button(
            translate("scoring.commune", "Xem hồ sơ"), "drill", self.drill_selected
        )
        self.done_button = self._button(
            translate("scoring.commune", "Đã chấm xong"), "mark_done", self.mark_done
        )
        self.submit_button = self._button(
            translate("scoring.commune", "Ký, gửi cấp trên…"), "submit", self.submit
        )
        self.lock_button = self._button(
            translate("scoring.commune", "Khóa kết quả"), "lock", self.lock
        )
        for b in (self.score_button, self.drill_button, self.done_button):
            actions.addWidget(b)
        actions.addWidget(self.submit_button)
        actions.addWidget(self.lock_button)
        self.reopen_button = self._button(
            translate("scoring.commune", "Mở lại để hoàn thiện"), "reopen", self.reopen
        )
        self.reopen_button.setToolTip(
            translate("scoring.commune", "Cấp trên trả lại phiếu: mở lại để sửa rồi gửi lại.")
        )
        actions.addWidget(self.reopen_button)
        actions.addStretch(1)
        actions.addWidget(
            self._button(
                translate("scoring.commune", "Xuất phiếu (PDF)…"),
                "export_pdf",
                lambda: self.export("pdf"),
            )
        )
        actions.addWidget(
            self._button(
                translate("scoring.commune", "Xuất phiếu (Excel)…"),
                "export_xlsx",
                lambda: self.export("xlsx"),
            )
        )
        layout.addLayout(actions)
        self.tabs = QTabWidget()
        self.criteria: QTableWidget = make_table(
            [
                translate("scoring.commune", "STT"),
                translate("scoring.commune", "Tiêu chí"),
                translate("scoring.commune", "Tối đa"),
                translate("scoring.commune", "Gợi ý"),
                translate("scoring.commune", "Điểm"),
                translate("scoring.commune", "Thẩm định"),
                translate("scoring.commune", "Giải trình"),
            ],
            "criteria",
            on_open=self.score_selected,
        )
        self.criteria.itemSelectionChanged.connect(self.show_detail)
        self.criteria.itemSelectionChanged.connect(self.show_evidence)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(6)
        self.evidence = EvidencePanel(ctx)
        self.evidence.changed.connect(self.refresh)
        self.cited: dict[str, list[Cited]] = {}
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.detail)
        below.addWidget(self.evidence)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.criteria)
        split.addWidget(below)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self.tabs.addTab(split, translate("scoring.commune", "Tiêu chí"))
        self.lost: QTableWidget = make_table(
            [
                translate("scoring.commune", "STT"),
                translate("scoring.commune", "Tiêu chí"),
                translate("scoring.commune", "Điểm mất"),
                translate("scoring.commune", "Điểm"),
                translate("scoring.commune", "Cần làm để được điểm"),
            ],
            "lost",
            on_open=self.open_lost,
        )
        self.tabs.addTab(self.lost, translate("scoring.commune", "Điểm bị mất"))
        self.chart = group_chart()
        # The commune against the province's average: shown once a publication brought it.
        self.province_chart = group_chart("province_chart")
        self.province_chart.hide()
        self.chart_key = QLabel()
        self.chart_key.setObjectName("chart_key")
        self.chart_key.setWordWrap(True)
        pane = QWidget()
        box = QVBoxLayout(pane)
        charts = QHBoxLayout()
        charts.addWidget(self.chart, 1)
        charts.addWidget(self.province_chart, 1)
        box.addLayout(charts, 1)
        box.addWidget(self.chart_key)
        self.tabs.addTab(pane, translate("scoring.commune", "Biểu đồ"))
        layout.addWidget(self.tabs, 1)
        self._fill_years()
        compact(self)
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: slot())
        return b

    # ---- reading ----------------------------------------------------------------------------
    def _fill_years(self) -> None:
        handle = run_task(
            self,
            translate("scoring.commune", "Đọc các năm chấm điểm"),
            lambda _p: overview.years(self.ctx),
            quick=True,
        )
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in handle.result or [dt.date.today().year]:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def reload(self) -> None:
        self._fill_years()
        self.refresh()

    @property
    def card(self) -> evaluations.Scorecard | None:
        return self.view.card if self.view else None

    def refresh(self) -> TaskHandle | None:
        """Read the year's scorecard on a worker thread, then show it (a newer read wins)."""
        year = self.year.currentData()
        if year is None:
            return None
        self._generation += 1
        generation = self._generation

        def done(result: tuple[overview.YearView, dict[str, list[Cited]]]) -> None:
            if generation != self._generation:
                return  # an older read finishing after a newer one started
            keep = selected_id(self.criteria)
            self.view, self.cited = result
            self._show_summary()
            self._fill_criteria(keep)
            self._fill_lost()
            self._fill_chart()
            self._enable()

        self.load_task = run_task(
            self,
            translate("scoring.commune", "Đọc phiếu chấm điểm"),
            lambda _p: self._read(year),
            done,
            show_dialog=False,
        )
        return self.load_task

    @property
    def loaded(self) -> bool:
        """The last read has finished and is shown (tests wait on it)."""
        return self.load_task is None or self.load_task.finished

    def _read(self, year: int) -> tuple[overview.YearView, dict[str, list[Cited]]]:
        view = overview.year_view(self.ctx, year)
        return view, criterion_evidence.cited(self.ctx, view.card.id)

    def _fill_criteria(self, keep: str | None) -> None:
        assert self.view is not None
        card, got = self.view.card, self.view.received
        rows, ids, colours = [], [], []
        shown = overview.appraised_points(card, got) if got and got.status != "returned" else None
        for r in card.result.criteria:
            indent = "    " * r.depth
            appraised = shown.get(r.code) if shown is not None else None
            explanation = r.explanation
            note = card.notes.get(r.code)
            if note is not None and note.override_reason:
                explanation += translate(
                    "scoring.commune", " — Lý do chấm khác gợi ý: {override_reason}"
                ).format(override_reason=note.override_reason)
            rows.append(
                [
                    r.code,
                    indent + r.title,
                    fmt(r.max_points),
                    _pts(r, r.suggested),
                    _pts(r, r.points),
                    _pts(r, appraised),
                    explanation,
                ]
            )
            ids.append(r.code)
            colours.append(_LOST if (not r.is_group and r.lost > 1e-9) else None)
        # shown before filling: a hidden column would be sized to nothing
        self.criteria.setColumnHidden(5, got is None or got.status == "returned")
        fill_table(self.criteria, rows, ids, colours, numeric=[2, 3, 4, 5])
        bold = QFont(self.criteria.font())
        bold.setBold(True)
        for i, r in enumerate(card.result.criteria):
            if r.is_group or r.depth == 0:
                for c in range(self.criteria.columnCount()):
                    item = self.criteria.item(i, c)
                    if item is not None:
                        item.setFont(bold)
        row = next((i for i, code in enumerate(ids) if code == keep), 0 if ids else -1)
        if row >= 0:
            self.criteria.selectRow(row)
        self.show_detail()
        self.show_evidence()

    def show_evidence(self) -> None:
        card, r = self.card, self.selected()
        crit = card.rubric.criterion(r.code) if (card and r) else None
        manual = bool(crit and not crit.is_group and crit.scored_by.value == "unit")
        editable = bool(
            manual
            and card is not None
            and card.status in evaluations.EDITABLE
            and self.ctx.can(Permission.EDIT)
        )
        code = r.code if (r and manual) else None
        self.evidence.show_items(
            card.id if card else None, code, self.cited.get(code or "", []), editable
        )

    def _fill_lost(self) -> None:
        assert self.view is not None
        res = self.view.card.result
        rows = [
            [r.code, r.title, fmt(r.lost), _pts(r, r.points), r.hint or r.explanation]
            for r in res.lost()
        ]
        fill_table(self.lost, rows, [r.code for r in res.lost()], numeric=[2, 3])
        lost = sum(r.lost for r in res.lost() if r.kind == "base")
        self.tabs.setTabText(1, translate("scoring.commune", "Điểm bị mất ({0})").format(fmt(lost)))

    def _fill_chart(self) -> None:
        assert self.view is not None
        card = self.view.card
        maxima = {f"{r.code}. {r.title}": r.max_points for r in _groups(card)}
        shown = overview.figures(card, self.view.last_year, self.view.received)
        this_year = translate("scoring.commune", "Năm {0}").format(card.year)
        last_year = translate("scoring.commune", "Năm {0}").format(card.year - 1)
        if shown.year:
            show_pairs(self.chart, shown.year, (this_year, last_year), maxima)
        else:  # no last year: this year's bars alone
            mine = {f"{r.code}. {r.title}": (r.points, None) for r in _groups(card)}
            show_pairs(self.chart, mine, (this_year,), maxima)
        self.province_chart.setVisible(bool(shown.province))
        if shown.province:
            names = (
                translate("scoring.commune", "Xã (kết quả thẩm định năm {0})").format(card.year),
                translate("scoring.commune", "Bình quân toàn tỉnh"),
            )
            show_pairs(self.province_chart, shown.province, names, maxima)
        self.chart_key.setText(
            "; ".join(f"<b>{g.partition('. ')[0]}</b>: {g.partition('. ')[2]}" for g in maxima)
        )

    # ---- the selected criterion ------------------------------------------------------------
    def selected(self) -> CriterionResult | None:
        code = selected_id(self.criteria)
        if self.card is None or code is None:
            return None
        return self.card.result.by_code().get(code)

    def _enable(self) -> None:
        card = self.card
        r = self.selected()
        editable = card is not None and card.status in evaluations.EDITABLE
        can_edit, can_approve = self.ctx.can(Permission.EDIT), self.ctx.can(Permission.APPROVE)
        crit = card.rubric.criterion(r.code) if (card and r) else None
        self.score_button.setEnabled(
            bool(editable and can_edit and crit and not crit.is_group)
            and bool(crit and crit.scored_by.value == "unit")
        )
        self.drill_button.setEnabled(bool(crit and crit.names()))
        self.done_button.setEnabled(bool(editable and can_edit and card.status != "self_scored"))
        self.submit_button.setEnabled(
            bool(card and card.status == "self_scored" and can_approve and card.rubric_issued)
        )
        published = bool(
            self.view and self.view.received and self.view.received.status == "published"
        )
        self.lock_button.setEnabled(
            bool(card and card.status == "submitted" and published and can_approve)
        )
        returned = bool(
            self.view and self.view.received and self.view.received.status == "returned"
        )
        self.reopen_button.setVisible(bool(card and card.status == "submitted" and returned))
        self.reopen_button.setEnabled(can_edit)
        if card is not None and card.status == "self_scored" and not can_approve:
            self.submit_button.setToolTip(
                translate("scoring.commune", "Lãnh đạo đơn vị ký và gửi phiếu.")
            )

    # ---- actions ----------------------------------------------------------------------------
    def score_selected(self) -> None:
        r, card = self.selected(), self.card
        if r is None or card is None or not self.score_button.isEnabled():
            return
        crit = card.rubric.criterion(r.code)
        note = card.notes.get(r.code)

        def save(values: dict[str, Any]) -> None:
            evaluations.set_score(
                self.ctx,
                card.id,
                r.code,
                values["points"],
                note=values["note"],
                reason=values["reason"],
            )

        self.score_dialog = ScoreDialog(
            crit,
            r,
            note.note if note else "",
            note.override_reason if note else "",
            save,
            self,
        )
        if dialogs.run_dialog(self.score_dialog):
            self.refresh()

    def drill_selected(self) -> None:
        r, card = self.selected(), self.card
        if r is None or card is None:
            return
        handle = run_task(
            self,
            translate("scoring.commune", "Xem hồ sơ của tiêu chí"),
            lambda _p: drilldown.records_behind(self.ctx, card.id, r.code),
            quick=True,
        )
        if handle.ok:
            self.drill_dialog = DrillDialog(r.code, handle.result, self, self.ctx)
            dialogs.run_dialog(self.drill_dialog)

    def open_lost(self) -> None:
        code = selected_id(self.lost)
        for i in range(self.criteria.rowCount()):
            item = self.criteria.item(i, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == code:
                self.tabs.setCurrentIndex(0)
                self.criteria.selectRow(i)
                return

    def mark_done(self) -> None:
        card = self.card
        if card is not None and act(
            self,
            lambda: evaluations.mark_self_scored(self.ctx, card.id),
            translate("scoring.commune", "Chưa đánh dấu chấm xong được"),
        ):
            self.status_message(translate("scoring.commune", "Đã đánh dấu chấm xong."))
            self.refresh()

    def submit(self) -> None:
        card = self.card
        if card is None:
            return
        default = card.signed_by or (self.ctx.user.full_name if self.ctx.user else "")
        self.signer_dialog = ask_signer(
            self,
            default,
            lambda v: evaluations.submit(self.ctx, card.id, v["signed_by"]),
        )
        if dialogs.run_dialog(self.signer_dialog):
            self.status_message(translate("scoring.commune", "Đã ký và gửi phiếu tự chấm."))
            self.refresh()

    def reopen(self) -> None:
        card = self.card
        if card is not None and act(
            self,
            lambda: evaluations.reopen_returned(self.ctx, card.id),
            translate("scoring.commune", "Chưa mở lại được"),
        ):
            self.status_message(
                translate(
                    "scoring.commune", "Đã mở lại phiếu: sửa theo ý kiến cấp trên rồi gửi lại."
                )
            )
            self.refresh()

    def lock(self) -> None:
        card = self.card
        if card is not None and act(
            self,
            lambda: evaluations.lock(self.ctx, card.id),
            translate("scoring.commune", "Chưa khóa được"),
        ):
            self.status_message(translate("scoring.commune", "Đã khóa kết quả năm."))
            self.refresh()
