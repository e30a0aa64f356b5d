"""The period chooser: a kind (month, quarter, 6 or 9 months, year, review, ad hoc), a year and
a month or quarter, or any from–to span; it makes a services.report_parts.ReportPeriod."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.report_parts import ReportPeriod
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.widgets import DateEdit

KIND_LABELS = {
    "month": translate("periodic_reports.period_chooser", "Tháng"),
    "quarter": translate("periodic_reports.period_chooser", "Quý"),
    "half": translate("periodic_reports.period_chooser", "6 tháng đầu năm"),
    "nine_months": translate("periodic_reports.period_chooser", "9 tháng"),
    "year": translate("periodic_reports.period_chooser", "Năm"),
    "review": translate("periodic_reports.period_chooser", "Sơ kết, tổng kết"),
    "adhoc": translate("periodic_reports.period_chooser", "Đột xuất (từ ngày … đến ngày)"),
}


class PeriodChooser(QWidget):
    changed = Signal()

    def __init__(
        self,
        today: dt.date,
        parent: QWidget | None = None,
        kinds: Sequence[str] = tuple(KIND_LABELS),
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for k in kinds:
            self.kind.addItem(KIND_LABELS[k], k)
        self.number = QSpinBox()
        self.number.setObjectName("period_number")
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.start = DateEdit(value=dt.date(today.year, 1, 1))
        self.start.setObjectName("period_start")
        self.end = DateEdit(value=today)
        self.end.setObjectName("period_end")
        self.number_label = QLabel()
        self.from_label = QLabel(translate("periodic_reports.period_chooser", "từ"))
        self.to_label = QLabel(translate("periodic_reports.period_chooser", "đến"))
        self.year_label = QLabel(translate("periodic_reports.period_chooser", "năm"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.kind,
            self.number_label,
            self.number,
            self.year_label,
            self.year,
            self.from_label,
            self.start,
            self.to_label,
            self.end,
        ):
            row.addWidget(w)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.number, self.year):
            w.valueChanged.connect(lambda _v: self.changed.emit())
        for d in (self.start, self.end):
            d.dateChanged.connect(lambda _d: self.changed.emit())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        span = kind in ("review", "adhoc")
        numbered = kind in ("month", "quarter")
        if kind == "month":
            self.number.setRange(1, 12)
            self.number.setValue(self.today.month)
            self.number_label.setText(translate("periodic_reports.period_chooser", "tháng"))
        elif kind == "quarter":
            self.number.setRange(1, 4)
            self.number.setValue((self.today.month - 1) // 3 + 1)
            self.number_label.setText(translate("periodic_reports.period_chooser", "quý"))
        for w in (self.number, self.number_label):
            w.setVisible(numbered)
        for w in (self.year, self.year_label):
            w.setVisible(not span)
        for w in (self.start, self.end, self.from_label, self.to_label):
            w.setVisible(span)
        self.changed.emit()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def period(self) -> ReportPeriod:
        """The chosen period; RuleViolation (a Vietnamese message) when it makes no sense."""
        kind = self.kind.currentData()
        if kind in ("review", "adhoc"):
            start, end = self.start.value(), self.end.value()
            if start is None or end is None:
                raise RuleViolation(
                    translate(
                        "periodic_reports.period_chooser",
                        "Hãy chọn ngày bắt đầu và ngày kết thúc kỳ báo cáo.",
                    )
                )
            return periods.make_period(kind, start.year, start=start, end=end)
        number = self.number.value() if kind in ("month", "quarter") else None
        return periods.make_period(kind, self.year.value(), number)


class PeriodDialog(QDialog):
    """Ask for a report's period (the petitions' periodic report uses it)."""

    def __init__(
        self,
        today: dt.date,
        parent: QWidget | None = None,
        title: str = "",
        kinds: Sequence[str] = ("month", "quarter", "half", "nine_months", "year", "adhoc"),
        kind: str = "quarter",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            title or translate("periodic_reports.period_chooser", "Chọn kỳ báo cáo")
        )
        self.chooser = PeriodChooser(today, self, kinds)
        self.chooser.set_kind(kind)
        self.error = QLabel()
        self.error.setObjectName("period_error")
        self.error.setStyleSheet("color: #b00020")
        self.shown = QLabel()
        self.shown.setObjectName("period_shown")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.chooser)
        lay.addWidget(self.shown)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.chooser.changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        try:
            p = self.chooser.period()
        except RuleViolation as exc:
            self.shown.setText("")
            self.error.setText(exc.message)
            return
        self.error.setText("")
        self.shown.setText(
            translate(
                "periodic_reports.period_chooser", "Kỳ báo cáo: {label} (từ {a} đến {b})"
            ).format(label=p.label, a=f"{p.start:%d/%m/%Y}", b=f"{p.end:%d/%m/%Y}")
        )

    def accept(self) -> None:
        try:
            self.chooser.period()
        except RuleViolation as exc:
            self.error.setText(exc.message)
            return
        super().accept()
