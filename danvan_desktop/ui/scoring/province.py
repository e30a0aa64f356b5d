"""The upper level's scoring screen: the year's communes (their claims, the totals recomputed
from their imported records, the differences, the appraisal and the rank), the appraisal of one
commune, its return for correction, ranking and publication, and the ranking workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import appraisals, criterion_evidence, upper_view
from danvan_desktop.services.scoring.appraisals import CommuneScore
from danvan_desktop.services.scoring.evaluations import STATUS_LABELS
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import OK_BOX
from danvan_desktop.ui.kit.forms import Field, FormDialog
from danvan_desktop.ui.kit.ops import act, run_task
from danvan_desktop.ui.kit.register import EXPORT_FILTERS, ScreenBase, compact
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.scoring import dialogs
from danvan_desktop.ui.scoring.appraise import AppraiseDialog

APPRAISAL_LABELS = {
    "": translate("scoring.province", "Chưa thẩm định"),
    "appraised": translate("scoring.province", "Đã thẩm định"),
    "returned": translate("scoring.province", "Đã trả lại"),
    "published": translate("scoring.province", "Đã công bố"),
}
_DIFF = "#ffe0b2"


class ProvinceScoringScreen(ScreenBase):
    watched_types = {
        "scoring_evaluations",
        "scoring_criterion_scores",
        "scoring_appraisals",
        "scoring_rubrics",
        "petitions",
        "units",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[CommuneScore] = []
        self.load_task: Any = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(translate("scoring.province", "<h2>Thẩm định, xếp hạng chấm điểm các xã</h2>"))
        )
        top.addStretch(1)
        top.addWidget(QLabel(translate("scoring.province", "Năm:")))
        self.year = QComboBox()
        self.year.setObjectName("year")
        this = dt.date.today().year
        for y in range(this, this - 6, -1):
            self.year.addItem(str(y), y)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.year)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(OK_BOX)
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.appraise_button = self._button(
            translate("scoring.province", "Thẩm định…"), "appraise", self.appraise_selected
        )
        self.return_button = self._button(
            translate("scoring.province", "Trả lại để hoàn thiện…"), "return", self.return_selected
        )
        self.publish_button = self._button(
            translate("scoring.province", "Xếp hạng và công bố"), "publish", self.publish
        )
        self.export_button = self._button(
            translate("scoring.province", "Xuất bảng xếp hạng (Excel)…"),
            "export_ranking",
            self.export,
        )
        self.rubrics_button = self._button(
            translate("scoring.province", "Bộ tiêu chí…"), "rubrics", self.open_rubrics
        )
        for b in (self.appraise_button, self.return_button, self.publish_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.rubrics_button)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        self.table: QTableWidget = make_table(
            [
                translate("scoring.province", "Xã"),
                translate("scoring.province", "Phiếu của xã"),
                translate("scoring.province", "Xã tự chấm"),
                translate("scoring.province", "Xếp loại tự chấm"),
                translate("scoring.province", "Tính lại từ hồ sơ"),
                translate("scoring.province", "Số tiêu chí chênh"),
                translate("scoring.province", "Thẩm định"),
                translate("scoring.province", "Điểm thẩm định"),
                translate("scoring.province", "Xếp loại"),
                translate("scoring.province", "Hạng"),
            ],
            "communes",
            on_open=self.appraise_selected,
        )
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.averages = QLabel()
        self.averages.setObjectName("averages")
        self.averages.setWordWrap(True)
        self.averages.hide()
        layout.addWidget(self.averages)
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        compact(self)
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: slot())
        return b

    # ---- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read on a worker: recomputing every commune's indicators from its imported records
        takes seconds for a province of 170 communes."""
        year = self.year.currentData()
        keep = selected_id(self.table)
        self.load_task = run_task(
            self,
            translate("scoring.province", "Đọc kết quả chấm điểm các xã"),
            lambda _p: (
                appraisals.year_table(self.ctx, year),
                upper_view.tie_break_rule(self.ctx, year),
                appraisals.year_averages(self.ctx, year),
            ),
            lambda result: self._show(year, keep, *result),
            show_dialog=False,
        )

    def _show(
        self,
        year: int,
        keep: str | None,
        rows: list[CommuneScore],
        rule: str,
        mean: appraisals.YearAverages | None = None,
    ) -> None:
        if year != self.year.currentData():
            return  # the user chose another year meanwhile: its own read follows
        self.rows = rows
        # the communes that sent something first, then the rest by the unit list's order
        self.rows.sort(key=lambda r: (r.evaluation_id is None, r.rank or 10**6))
        rows, colours = [], []
        for r in self.rows:
            claimed, again = r.claimed, r.recomputed
            rows.append(
                [
                    r.name,
                    STATUS_LABELS.get(r.status, translate("scoring.province", "Chưa gửi"))
                    if r.status
                    else translate("scoring.province", "Chưa gửi"),
                    fmt(claimed.total) if claimed else "",
                    claimed.score_class.label if claimed and claimed.score_class else "",
                    fmt(again.total) if again else "",
                    str(len(r.differences)) if claimed else "",
                    APPRAISAL_LABELS.get(r.appraisal_status, r.appraisal_status) if claimed else "",
                    fmt(r.appraised_total)
                    if r.appraised_total is not None and r.appraisal_status != "returned"
                    else "",
                    r.appraised_class,
                    r.rank or "",
                ]
            )
            colours.append(None)
        fill_table(self.table, rows, [r.code for r in self.rows], colours, numeric=[2, 4, 5, 7, 9])
        for i, r in enumerate(self.rows):
            if r.differences:
                item = self.table.item(i, 5)
                item.setBackground(QBrush(QColor(_DIFF)))
                item.setToolTip(
                    "\n".join(
                        translate("scoring.province", "{code}: xã {0}, tính lại {1}").format(
                            fmt(d.claimed),
                            fmt(d.recomputed) if d.recomputed is not None else "—",
                            code=d.code,
                        )
                        for d in r.differences
                    )
                )
        sent = [r for r in self.rows if r.evaluation_id]
        done = [r for r in sent if r.appraisal_status in ("appraised", "published")]
        self.summary.setText(
            translate(
                "scoring.province",
                "Năm {0}: {1} xã, {2} xã đã gửi phiếu tự chấm, {3} phiếu đã thẩm định, "
                "{4} phiếu có chênh lệch với số liệu tính lại.",
            ).format(
                year, len(self.rows), len(sent), len(done), sum(1 for r in sent if r.differences)
            )
        )
        self.rule.setText(
            translate("scoring.province", "Cách xếp hạng: {0}").format(rule) if rule else ""
        )
        self._show_averages(mean)
        for i, r in enumerate(self.rows):
            if r.code == keep:
                self.table.selectRow(i)
        self._enable()

    def _show_averages(self, mean: appraisals.YearAverages | None) -> None:
        """The mean of the communes appraised so far, per group and in total: what the
        publication sends down for each commune to compare itself with."""
        if mean is None:
            self.averages.clear()
            self.averages.hide()
            return
        groups = " · ".join(
            translate("scoring.province", "{code}: {0}/{1}").format(fmt(m), fmt(mx), code=code)
            for code, _title, mx, m in mean.groups
        )
        self.averages.setText(
            translate(
                "scoring.province",
                "Bình quân {0} xã đã thẩm định: <b>{1}/{2} điểm</b> (theo nhóm tiêu chí {3})",
            ).format(mean.communes, fmt(mean.total), fmt(mean.total_points), groups)
        )
        self.averages.setToolTip(
            "\n".join(f"{code}. {title}: {fmt(m)}/{fmt(mx)}" for code, title, mx, m in mean.groups)
        )
        self.averages.show()

    def selected(self) -> CommuneScore | None:
        code = selected_id(self.table)
        return next((r for r in self.rows if r.code == code), None)

    def _enable(self) -> None:
        r = self.selected()
        can = self.ctx.can(Permission.APPROVE)
        open_ = bool(r and r.evaluation_id and r.appraisal_status != "published")
        self.appraise_button.setEnabled(can and open_)
        self.return_button.setEnabled(can and open_)
        self.publish_button.setEnabled(
            can and any(x.appraisal_status == "appraised" for x in self.rows)
        )
        self.export_button.setEnabled(
            any(x.appraisal_status in ("appraised", "published") for x in self.rows)
        )

    # ---- actions ----------------------------------------------------------------------------
    def appraise_selected(self) -> None:
        r = self.selected()
        if r is None or r.evaluation_id is None or not self.appraise_button.isEnabled():
            return
        eid = r.evaluation_id
        handle = run_task(
            self,
            translate("scoring.province", "Đọc phiếu thẩm định"),
            lambda _p: (upper_view.made(self.ctx, eid), criterion_evidence.cited(self.ctx, eid)),
            quick=True,
        )
        if not handle.ok:
            return
        made, cited = handle.result
        signer = self.ctx.user.full_name if self.ctx.user else ""
        self.appraise_dialog = AppraiseDialog(
            r,
            made,
            lambda points, comments, overall: appraisals.appraise(
                self.ctx, eid, points, comments, overall=overall, decided_by=signer
            ),
            self,
            cited,
        )
        if dialogs.run_dialog(self.appraise_dialog):
            self.status_message(
                translate("scoring.province", "Đã lưu kết quả thẩm định {0}.").format(r.name)
            )
            self.refresh()

    def return_selected(self) -> None:
        r = self.selected()
        if r is None or r.evaluation_id is None:
            return
        eid = r.evaluation_id
        signer = self.ctx.user.full_name if self.ctx.user else ""
        self.return_dialog = FormDialog(
            translate("scoring.province", "Trả lại phiếu tự chấm – {0}").format(r.name),
            [
                Field(
                    "comments",
                    translate("scoring.province", "Nội dung đề nghị xã hoàn thiện"),
                    "multiline",
                    required=True,
                )
            ],
            None,
            lambda v: appraisals.return_for_correction(
                self.ctx, eid, v["comments"], decided_by=signer
            ),
            self,
        )
        if dialogs.run_dialog(self.return_dialog):
            self.refresh()

    def publish(self) -> None:
        year = self.year.currentData()
        handle = run_task(
            self,
            translate("scoring.province", "Đọc cách xếp hạng"),
            lambda _p: upper_view.tie_break_rule(self.ctx, year),
            quick=True,
        )
        rule = handle.result or ""
        question = translate(
            "scoring.province",
            "Xếp hạng và công bố kết quả năm {0} cho mọi xã đã thẩm định?\n\n"
            "Cách xếp hạng: {1}\n\nSau khi công bố, kết quả không thẩm định lại được.",
        ).format(year, rule)
        if not self.confirm(question):
            return
        if act(
            self,
            lambda: appraisals.publish(self.ctx, year),
            translate("scoring.province", "Chưa công bố được"),
        ):
            self.status_message(translate("scoring.province", "Đã xếp hạng và công bố."))
            self.refresh()

    def open_rubrics(self) -> None:
        from danvan_desktop.ui.scoring.rubrics_dialog import RubricsDialog

        RubricsDialog(self.ctx, self).exec()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, translate("scoring.province", "Xếp hạng và công bố"), question
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        year = self.year.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("scoring.province", "Xuất bảng xếp hạng"),
            str(Path.home() / f"xep-hang-{year}.xlsx"),
            EXPORT_FILTERS["xlsx"],
        )
        if path:
            self.export_to(Path(path).with_suffix(".xlsx"))

    def export_to(self, target: Path) -> Any:
        from danvan_desktop.reports.scoring.ranking_sheet import write_ranking_workbook

        year, ctx = self.year.currentData(), self.ctx

        def work(progress: Any) -> Path:
            ranking = upper_view.year_ranking(ctx, year)
            if ranking is None:
                from danvan_desktop.domain.errors import RuleViolation

                raise RuleViolation(
                    translate(
                        "scoring.province", "Chưa thẩm định phiếu nào của năm {year}."
                    ).format(year=year)
                )
            title = translate(
                "scoring.province",
                "BẢNG XẾP HẠNG KẾT QUẢ CHẤM ĐIỂM PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM {year}",
            ).format(year=year)
            return write_ranking_workbook(
                ranking.rubric,
                ranking.results,
                target,
                title=title,
                names=ranking.names,
                progress=progress,
            )

        return run_task(
            self,
            translate("scoring.province", "Xuất bảng xếp hạng"),
            work,
            lambda p: self.status_message(
                translate("scoring.province", "Đã xuất bảng xếp hạng: {0}").format(p)
            ),
        )
