"""Small dialogs of a model's record: one step of its life (with date and note) and one review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from danvan_desktop.domain.models import (
    RecognitionLevel,
    ReviewResult,
    Transition,
)
from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog
from danvan_desktop.ui.widgets import DateEdit


class StepDialog(FormDialog):
    """One step of a model's life: date, note; the level and decision when it is recognised.
    `save(values)` records it; a refusal stays in this form."""

    def __init__(
        self,
        action: Transition,
        parent: QWidget | None = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
    ) -> None:
        fields = [Field("step_date", translate("model_step_dialogs", "Ngày thực hiện"), "date")]
        if action == Transition.RECOGNISE:
            fields += [
                Field(
                    "step_level",
                    translate("model_step_dialogs", "Cấp công nhận"),
                    "combo",
                    [(lv.label, lv.value) for lv in RecognitionLevel],
                ),
                Field("step_decision", translate("model_step_dialogs", "Số quyết định")),
                Field(
                    "step_decision_on", translate("model_step_dialogs", "Ngày quyết định"), "date"
                ),
            ]
        fields.append(Field("step_note", translate("model_step_dialogs", "Ghi chú"), "multiline"))
        super().__init__(
            action.label,
            fields,
            {"step_date": dt.date.today(), "step_decision_on": dt.date.today()},
            save or (lambda _v: None),
            parent,
        )
        self.setMinimumWidth(480)
        self.date: DateEdit = self.widgets["step_date"]
        self.note: QPlainTextEdit = self.widgets["step_note"]
        self.level: QComboBox = self.widgets.get("step_level") or QComboBox(self)
        self.level.setObjectName("step_level")
        self.decision: QLineEdit = self.widgets.get("step_decision") or QLineEdit(self)
        self.decision.setObjectName("step_decision")
        self.decision.setPlaceholderText(translate("model_step_dialogs", "Ví dụ: 125/QĐ-UBND"))


class ReviewDialog(FormDialog):
    """One annual review of a model; `save(values)` records it."""

    def __init__(
        self, parent: QWidget | None = None, save: Callable[[dict[str, Any]], Any] | None = None
    ) -> None:
        year = dt.date.today().year
        super().__init__(
            translate("model_step_dialogs", "Rà soát hằng năm"),
            [
                Field(
                    "review_year",
                    translate("model_step_dialogs", "Năm rà soát"),
                    "int",
                    minimum=2000,
                    maximum=year,
                ),
                Field(
                    "review_result",
                    translate("model_step_dialogs", "Kết quả"),
                    "combo",
                    [(r.label, r.value) for r in ReviewResult],
                ),
                Field("reviewed_on", translate("model_step_dialogs", "Ngày rà soát"), "date"),
                Field("review_notes", translate("model_step_dialogs", "Nhận xét"), "multiline"),
            ],
            {"review_year": year, "reviewed_on": dt.date.today()},
            save or (lambda _v: None),
            parent,
        )
        self.setMinimumWidth(480)
        self.year: QSpinBox = self.widgets["review_year"]
        self.result: QComboBox = self.widgets["review_result"]
        self.date: DateEdit = self.widgets["reviewed_on"]
        self.notes: QPlainTextEdit = self.widgets["review_notes"]


class CouncilSheetDialog(FormDialog):
    """One council member's score sheet on the model rubric: name, role, points per criterion
    (each within its maximum); `save(values)` records it, a refusal stays in this form."""

    def __init__(
        self,
        rubric: Rubric,
        parent: QWidget | None = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
    ) -> None:
        fields = [
            Field(
                "member_name",
                translate("model_step_dialogs", "Thành viên hội đồng"),
                required=True,
            ),
            Field(
                "member_role",
                translate("model_step_dialogs", "Chức danh trong hội đồng"),
                required=True,
            ),
        ]
        for c in rubric.leaves():
            fields.append(
                Field(
                    f"score_{c.code}",
                    translate("model_step_dialogs", "{0}. {1} (tối đa {2})").format(
                        c.code, c.title, fmt(c.max_points)
                    ),
                    "int",
                    tooltip=c.evidence,
                    maximum=int(c.max_points),
                )
            )
        fields.append(Field("sheet_note", translate("model_step_dialogs", "Nhận xét"), "multiline"))
        super().__init__(
            translate("model_step_dialogs", "Phiếu chấm thẩm định mô hình"),
            fields,
            None,
            save or (lambda _v: None),
            parent,
            intro=rubric.title,
        )
        self.codes = [c.code for c in rubric.leaves()]


class CouncilAppraisalDialog(FormDialog):
    """The appraisal the council's sheets decide: the result in words, the date and a note."""

    def __init__(
        self,
        summary: str,
        parent: QWidget | None = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
    ) -> None:
        super().__init__(
            translate("model_step_dialogs", "Thẩm định theo phiếu hội đồng"),
            [
                Field("step_date", translate("model_step_dialogs", "Ngày thẩm định"), "date"),
                Field("step_note", translate("model_step_dialogs", "Ghi chú"), "multiline"),
            ],
            {"step_date": dt.date.today()},
            save or (lambda _v: None),
            parent,
            intro=summary,
        )
        self.setMinimumWidth(480)
