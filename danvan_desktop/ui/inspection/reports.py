"""Báo cáo: reports with figures from the records and an editable narrative."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.inspection import (
    PeriodKind,
)
from danvan_desktop.services import inspection as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.common import (
    _Tab,
)
from danvan_desktop.ui.kit.forms import Field, FormDialog, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.widgets import confirm

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


class ReportsTab(_Tab):
    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.list = QListWidget()
        self.list.setObjectName("reports_list")
        self.list.currentItemChanged.connect(lambda *_: self.show_report())
        self.title = QLineEdit()
        self.title.setObjectName("report_title")
        self.doc_no = QLineEdit()
        self.doc_no.setObjectName("report_doc_no")
        self.doc_no.setMaximumWidth(160)
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("narrative")
        self.figures = make_table(
            [
                translate("inspection.reports", "Chỉ tiêu"),
                translate("inspection.reports", "Số liệu"),
            ],
            "report_figures",
        )
        self.figures.verticalHeader().hide()
        self.info_label = QLabel()
        self.info_label.setObjectName("report_info")
        self.report: svc.ReportInfo | None = None
        self.dirty = False
        self.narrative.textChanged.connect(self._changed)
        self.title.textEdited.connect(self._changed)
        self.doc_no.textEdited.connect(self._changed)
        left = QVBoxLayout()
        left.addWidget(
            self.button(
                translate("inspection.reports", "Lập báo cáo mới…"), "new_report", self.new_report
            )
        )
        left.addWidget(self.list, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("inspection.reports", "Tiêu đề:")))
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(translate("inspection.reports", "Số:")))
        head.addWidget(self.doc_no)
        buttons = QHBoxLayout()
        for b in (
            self.button(translate("inspection.reports", "Lưu nội dung"), "save_report", self.save),
            self.button(
                translate("inspection.reports", "Cập nhật số liệu"),
                "refresh_figures",
                self.refresh_figures,
            ),
            self.button(
                translate("inspection.reports", "Đã gửi MTTQ…"), "mark_sent", self.mark_sent
            ),
            self.button(
                translate("inspection.reports", "Xuất PDF…"),
                "report_pdf",
                self.export_pdf,
                edit=False,
            ),
            self.button(
                translate("inspection.reports", "Xóa"), "delete_report", self.delete_report
            ),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.info_label)
        right.addLayout(head)
        right.addWidget(
            QLabel(
                translate(
                    "inspection.reports",
                    "Nội dung báo cáo (sửa tự do; dòng bắt đầu bằng I., II., … là đề mục):",
                )
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.narrative)
        split.addWidget(self.figures)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([520, 480])
        right.addWidget(split, 1)
        right.addLayout(buttons)
        right_box = QWidget()
        right_box.setLayout(right)
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left_box)
        outer.addWidget(right_box)
        outer.setStretchFactor(1, 4)
        outer.setSizes([240, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

    def _changed(self, *_: Any) -> None:
        if not self._loading:
            self.dirty = True

    _loading = False

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.report.id if self.report else None)
        self.list.blockSignals(True)
        self.list.clear()
        for r in svc.list_reports(self.ctx):
            sent = (
                translate("inspection.reports", "Đã gửi MTTQ {0}").format(fmt_date(r.sent_on))
                if r.sent_on
                else translate("inspection.reports", "Chưa gửi")
            )
            item = QListWidgetItem(
                translate("inspection.reports", "{label}\nSố {0}, ngày {1}\n{sent}").format(
                    r.doc_no or "…", fmt_date(r.report_date), label=r.period.label, sent=sent
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.show_report()

    def show_report(self) -> None:
        item = self.list.currentItem()
        if (
            item is not None
            and self.report is not None
            and item.data(Qt.ItemDataRole.UserRole) == self.report.id
            and self.dirty
        ):
            return
        if (
            self.dirty
            and self.report is not None
            and not confirm(
                self,
                translate("inspection.reports", "Báo cáo chưa lưu"),
                translate(
                    "inspection.reports",
                    "Nội dung báo cáo đang sửa chưa được lưu. Bỏ các thay đổi?",
                ),
            )
        ):
            return
        self.report = (
            svc.get_report(self.ctx, item.data(Qt.ItemDataRole.UserRole)) if item else None
        )
        self._loading = True
        r = self.report
        self.title.setText(r.title if r else "")
        self.doc_no.setText(r.doc_no if r else "")
        self.narrative.setPlainText(r.narrative if r else "")
        self._loading = False
        self.dirty = False
        for w in (self.title, self.doc_no, self.narrative):
            w.setEnabled(r is not None and self.editable)
        if r is None:
            self.info_label.setText(
                translate(
                    "inspection.reports",
                    'Chưa có báo cáo. Bấm "Lập báo cáo mới…": số liệu lấy từ các hồ sơ đã ghi.',
                )
            )
            self.figures.setRowCount(0)
            return
        sent = (
            translate("inspection.reports", "; đã gửi MTTQ ngày {0}").format(fmt_date(r.sent_on))
            if r.sent_on
            else translate("inspection.reports", "; chưa gửi")
        )
        self.info_label.setText(
            f"<b>{r.period.label}</b> ({fmt_date(r.period.start)} – {fmt_date(r.period.end)}){sent}"
        )
        f = svc.figures_from_dict(r.figures)
        from danvan_desktop.reports.inspection_reports import FIGURE_LABELS, figure_value

        rows = [[label, figure_value(f, key)] for key, label in FIGURE_LABELS]
        rows.append(
            [
                translate("inspection.reports", "Tỷ lệ trả lời đúng hạn 15 ngày"),
                rules.format_rate(f.answers.on_time_rate),
            ]
        )
        fill_table(self.figures, rows, [""] * len(rows))
        header = self.figures.horizontalHeader()
        # Labels wrap when the pane is narrow; the numbers always show in full.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setWordWrap(True)
        self.figures.resizeRowsToContents()

    def can_close(self) -> bool:
        return not self.dirty or confirm(
            self,
            translate("inspection.reports", "Báo cáo chưa lưu"),
            translate("inspection.reports", "Nội dung báo cáo chưa được lưu. Vẫn đóng?"),
        )

    def new_report_dialog(self) -> FormDialog:
        kinds = [(k.label, k.value) for k in rules.REPORT_PERIODS]
        q = max(1, (self.today.month - 1) // 3)
        fields = [
            Field("period_kind", translate("inspection.reports", "Kỳ báo cáo"), "combo", kinds),
            Field(
                "year", translate("inspection.reports", "Năm"), "int", minimum=2000, maximum=2100
            ),
            Field(
                "period_no",
                translate("inspection.reports", "Quý / nửa năm"),
                "int",
                minimum=0,
                maximum=4,
            ),
            Field("start", translate("inspection.reports", "Từ ngày (đột xuất)"), "date_opt"),
            Field("end", translate("inspection.reports", "Đến ngày (đột xuất)"), "date_opt"),
            Field("doc_no", translate("inspection.reports", "Số văn bản")),
            Field("report_date", translate("inspection.reports", "Ngày báo cáo"), "date"),
        ]

        def save(v: dict) -> str:
            data = subset(v, svc.ReportInput)
            data.period_no = data.period_no or None
            return svc.create_report(self.ctx, data, self.today)

        return FormDialog(
            translate("inspection.reports", "Lập báo cáo của Ban Thanh tra nhân dân"),
            fields,
            {
                "period_kind": PeriodKind.QUARTER.value,
                "year": self.today.year,
                "period_no": q,
                "report_date": self.today,
            },
            save,
            self,
            intro=translate(
                "inspection.reports",
                "Số liệu được tổng hợp từ kế hoạch, cuộc giám sát, kiến nghị đã ghi; phần nhận xét "
                "được soạn sẵn để sửa.",
            ),
        )

    def new_report(self) -> None:
        if not self.can_close():
            return
        dialog = self.new_report_dialog()
        if self.run_dialog(dialog):
            self.dirty = False
            self.report = None
            self.refresh(select=dialog.result_value)

    def save(self) -> bool:
        r = self.report
        if r is None:
            return False

        def do() -> None:
            svc.update_report(
                self.ctx,
                r.id,
                narrative=self.narrative.toPlainText(),
                title=self.title.text(),
                doc_no=self.doc_no.text(),
                expected_revision=r.revision,
            )

        if not self.act(do, translate("inspection.reports", "Chưa lưu được báo cáo")):
            return False
        self.dirty = False
        self.report = None
        self.refresh(select=r.id)
        return True

    def refresh_figures(self) -> None:
        if self.report is not None and (not self.dirty or self.save()):
            self.act(lambda: svc.refresh_report_figures(self.ctx, self.report.id, self.today))
            self.refresh()

    def mark_sent(self) -> None:
        r = self.report
        if r is None:
            return
        dialog = FormDialog(
            translate("inspection.reports", "Đã gửi báo cáo"),
            [Field("on", translate("inspection.reports", "Ngày gửi MTTQ"), "date")],
            {"on": self.today},
            lambda v: svc.mark_report_sent(self.ctx, r.id, v["on"], self.today),
            self,
        )
        if self.run_dialog(dialog):
            self.refresh()

    def export_pdf(self) -> None:
        r = self.report
        if r is None or (self.dirty and not self.save()):
            return
        target = self.screen.ask_path(f"bao-cao-bttnd-{r.period.start:%Y-%m}.pdf", "pdf")
        if target is not None:
            self.screen.start_export("report", target, report_id=r.id)

    def delete_report(self) -> None:
        r = self.report
        if r and confirm(
            self,
            translate("inspection.reports", "Xóa báo cáo"),
            translate("inspection.reports", "Xóa báo cáo {label}?").format(label=r.period.label),
        ):
            self.act(lambda: svc.delete_report(self.ctx, r.id))
            self.dirty = False
            self.report = None
            self.refresh()


# ---- Giám sát đầu tư của cộng đồng --------------------------------------------------------
