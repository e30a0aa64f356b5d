"""Kế hoạch: plans by quarter, half-year, year and term."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
)

from danvan_desktop.domain import inspection as rules
from danvan_desktop.services import inspection as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.common import (
    _Tab,
    money,
)
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, open_on, selected_id
from danvan_desktop.ui.widgets import confirm

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


class PlansTab(_Tab):
    HEADERS = [
        translate("inspection.plans", "Kỳ"),
        translate("inspection.plans", "Tên kế hoạch"),
        translate("inspection.plans", "Số"),
        translate("inspection.plans", "Ngày ban hành"),
        translate("inspection.plans", "Kinh phí (đ)"),
        translate("inspection.plans", "Số cuộc đã làm"),
        translate("inspection.plans", "Nội dung"),
    ]

    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.table = make_table(self.HEADERS, "plans_table")
        open_on(self.table, self.edit_plan)
        buttons = QHBoxLayout()
        for b in (
            self.button(translate("inspection.plans", "Thêm kế hoạch…"), "add_plan", self.add_plan),
            self.button(translate("inspection.plans", "Sửa…"), "edit_plan", self.edit_plan),
            self.button(translate("inspection.plans", "Xóa"), "delete_plan", self.delete_plan),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.rows: list[svc.PlanRow] = []

    def refresh(self) -> None:
        self.rows = svc.list_plans(self.ctx, self.term_id) if self.term_id else []
        fill_table(
            self.table,
            [
                [
                    p.period_label,
                    p.title,
                    p.doc_no,
                    p.issued_on,
                    money(p.budget_vnd),
                    p.activities,
                    p.content,
                ]
                for p in self.rows
            ],
            [p.id for p in self.rows],
        )

    def plan_dialog(self, plan: svc.PlanRow | None = None) -> FormDialog:
        term_id = self.term_id
        fields = [
            Field(
                "period_kind",
                translate("inspection.plans", "Kỳ kế hoạch"),
                "combo",
                [(k.label, k.value) for k in rules.PLAN_PERIODS],
            ),
            Field("year", translate("inspection.plans", "Năm"), "int", minimum=2000, maximum=2100),
            Field(
                "period_no",
                translate("inspection.plans", "Quý / nửa năm"),
                "int",
                minimum=0,
                maximum=4,
                tooltip=translate(
                    "inspection.plans", "Quý 1–4; nửa năm: 1 (6 tháng đầu) hoặc 2 (6 tháng cuối)"
                ),
            ),
            Field("title", translate("inspection.plans", "Tên kế hoạch"), required=True),
            Field("doc_no", translate("inspection.plans", "Số văn bản")),
            Field("issued_on", translate("inspection.plans", "Ngày ban hành"), "date_opt"),
            Field("purpose", translate("inspection.plans", "Mục đích, yêu cầu"), "multiline"),
            Field("content", translate("inspection.plans", "Nội dung"), "multiline"),
            Field("timing", translate("inspection.plans", "Thời gian thực hiện"), "multiline"),
            Field("budget_vnd", translate("inspection.plans", "Kinh phí"), "money"),
        ]

        def to_input(v: dict) -> svc.PlanInput:
            data = subset(v, svc.PlanInput)
            data.period_no = data.period_no or None
            return data

        if plan is None:
            q = (self.today.month - 1) // 3 + 1
            label = rules.period("quarter", self.today.year, q).label
            values = {
                "period_kind": "quarter",
                "year": self.today.year,
                "period_no": q,
                "issued_on": self.today,
                "title": translate("inspection.plans", "Kế hoạch giám sát {0}{1}").format(
                    label[:1].lower(), label[1:]
                ),
            }

            def save(v: dict) -> str:
                return svc.create_plan(self.ctx, term_id, to_input(v))
        else:
            values = as_values(plan, svc.PlanInput)

            def save(v: dict) -> int:
                return svc.update_plan(self.ctx, plan.id, to_input(v), plan.revision)

        return FormDialog(
            translate("inspection.plans", "Kế hoạch của Ban Thanh tra nhân dân"),
            fields,
            values,
            save,
            self,
        )

    def _selected(self) -> svc.PlanRow | None:
        plan_id = selected_id(self.table)
        return next((p for p in self.rows if p.id == plan_id), None)

    def add_plan(self) -> None:
        if self.need_term() and self.run_dialog(self.plan_dialog()):
            self.refresh()

    def edit_plan(self) -> None:
        plan = self._selected()
        if plan is not None and self.run_dialog(self.plan_dialog(plan)):
            self.refresh()

    def delete_plan(self) -> None:
        plan = self._selected()
        if plan and confirm(
            self,
            translate("inspection.plans", "Xóa kế hoạch"),
            translate("inspection.plans", 'Xóa kế hoạch "{title}"?').format(title=plan.title),
        ):
            self.act(lambda: svc.delete_plan(self.ctx, plan.id))
            self.refresh()


# ---- Giám sát, kiểm tra -------------------------------------------------------------------
