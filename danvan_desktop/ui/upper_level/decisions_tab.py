"""The upper level's decisions on communes' records: their columns, the dialog that records
one, and the "Ý kiến, quyết định đã ban hành" tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.upper_level.table import ListColumn
from danvan_desktop.ui.widgets import DateEdit, FieldError, ok_cancel


def decision_text(counts: dict[str, int]) -> str:
    parts = []
    for kind, mark in (
        (ul.DecisionKind.COMMENT, translate("upper_level.decisions_tab", "ý kiến")),
        (ul.DecisionKind.RECOGNITION, translate("upper_level.decisions_tab", "công nhận")),
        (ul.DecisionKind.RETURN_FOR_CORRECTION, translate("upper_level.decisions_tab", "trả lại")),
    ):
        if counts.get(kind.value):
            parts.append(f"{counts[kind.value]} {mark}")
    return ", ".join(parts)


def decision_columns(show_unit: bool = True) -> list[ListColumn]:
    cols = [
        ListColumn(
            translate("upper_level.decisions_tab", "Ngày"),
            lambda d: fmt_date(d.decided_on),
            sort=lambda d: d.decided_on,
            width=85,
        ),
        ListColumn(
            translate("upper_level.decisions_tab", "Loại"),
            lambda d: d.kind.label,
            width=130,
            background=lambda d: {"recognition": "#d9f2d6", "return_for_correction": "#ffe9b3"}.get(
                d.kind.value
            ),
        ),
    ]
    if show_unit:
        cols.append(
            ListColumn(
                translate("upper_level.decisions_tab", "Đơn vị"),
                lambda d: d.target_unit_name,
                width=170,
            )
        )
    cols += [
        ListColumn(
            translate("upper_level.decisions_tab", "Hồ sơ"), lambda d: d.target_label, width=260
        ),
        ListColumn(
            translate("upper_level.decisions_tab", "Nội dung"),
            lambda d: d.text,
            width=260,
            tooltip=lambda d: d.text,
        ),
        ListColumn(
            translate("upper_level.decisions_tab", "Số quyết định"),
            lambda d: d.decision_no,
            width=100,
        ),
        ListColumn(
            translate("upper_level.decisions_tab", "Hạn hoàn thiện"),
            lambda d: fmt_date(d.due_on),
            sort=lambda d: d.due_on,
            width=95,
        ),
        ListColumn(
            translate("upper_level.decisions_tab", "Tình trạng"),
            _decision_state,
            width=120,
            foreground=lambda d: "#1e7b34" if d.corrected else None,
        ),
        ListColumn(
            translate("upper_level.decisions_tab", "Người ra ý kiến"),
            lambda d: d.decided_by,
            width=140,
        ),
    ]
    return cols


def _decision_state(d: ul.DecisionRow) -> str:
    if d.kind != ul.DecisionKind.RETURN_FOR_CORRECTION:
        return ""
    if d.corrected:
        return translate("upper_level.decisions_tab", "Đã sửa lại")
    if d.due_on and d.due_on < dt.date.today():
        return translate("upper_level.decisions_tab", "Quá hạn hoàn thiện")
    return translate("upper_level.decisions_tab", "Chưa sửa lại")


class DecisionDialog(QDialog):
    """Ghi ý kiến, công nhận hoặc trả lại một hồ sơ của xã (a record of the upper level)."""

    def __init__(
        self,
        ctx: AppContext,
        target_entity: str,
        target_id: str,
        target_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_entity, self.target_id = target_entity, target_id
        self.decision_id: str | None = None
        self.setWindowTitle(
            translate("upper_level.decisions_tab", "Ý kiến, quyết định của cấp trên")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("decision_kind")
        for k in ul.DecisionKind:
            self.kind.addItem(k.label, k.value)
        self.decided_on = DateEdit(self, value=dt.date.today())
        self.decision_no = QLineEdit()
        self.decision_no.setObjectName("decision_no")
        self.decision_no.setPlaceholderText(
            translate("upper_level.decisions_tab", "ví dụ 125/QĐ-UBND (bắt buộc khi công nhận)")
        )
        self.due_on = DateEdit(self, optional=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("decision_text")
        self.text.setPlaceholderText(
            translate(
                "upper_level.decisions_tab", "Nội dung ý kiến, hoặc những điểm xã cần hoàn thiện"
            )
        )
        self.error = FieldError(self)
        form = QFormLayout()
        target = QLabel(f"<b>{target_label}</b>")
        target.setWordWrap(True)
        form.addRow(translate("upper_level.decisions_tab", "Hồ sơ:"), target)
        form.addRow(translate("upper_level.decisions_tab", "Loại:"), self.kind)
        form.addRow(translate("upper_level.decisions_tab", "Ngày:"), self.decided_on)
        form.addRow(translate("upper_level.decisions_tab", "Số quyết định:"), self.decision_no)
        form.addRow(translate("upper_level.decisions_tab", "Hạn hoàn thiện:"), self.due_on)
        form.addRow(translate("upper_level.decisions_tab", "Nội dung:"), self.text)
        buttons = ok_cancel(self, self.save)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "upper_level.decisions_tab",
                "Ý kiến, quyết định là hồ sơ của cấp trên, gửi về xã trong bản tổng hợp; "
                "hồ sơ của xã không bị sửa.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, 420)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.due_on.setEnabled(kind == ul.DecisionKind.RETURN_FOR_CORRECTION.value)
        self.decision_no.setEnabled(kind != ul.DecisionKind.COMMENT.value)

    def save(self) -> None:
        try:
            self.decision_id = ul.record_decision(
                self.ctx,
                self.target_entity,
                self.target_id,
                self.kind.currentData(),
                self.text.toPlainText(),
                self.decided_on.value() or dt.date.today(),
                decision_no=self.decision_no.text(),
                due_on=self.due_on.value(),
            )
        except (RuleViolation, PermissionError, LookupError) as exc:
            self.error.show_error(getattr(exc, "message", str(exc)))
            return
        self.accept()
