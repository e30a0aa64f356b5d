"""Văn bản cấp trên: the documents the commune must answer with its own plan (those the upper
level sent down, and those it noted from paper), each with its deadline and the commune's plan;
record a paper document, start the plan answering one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans import directives as dirs
from danvan_desktop.services.plans import plans as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, ask_to_delete, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.plans.common import LATE_COLOUR, Tab

if TYPE_CHECKING:
    from danvan_desktop.ui.plans.screen import PlansScreen


class DirectivesTab(Tab):
    HEADERS = [
        translate("plans.directives", "Số"),
        translate("plans.directives", "Ngày"),
        translate("plans.directives", "Cơ quan ban hành"),
        translate("plans.directives", "Trích yếu"),
        translate("plans.directives", "Hạn lập kế hoạch"),
        translate("plans.directives", "Hạn báo cáo"),
        translate("plans.directives", "Kế hoạch của xã"),
        translate("plans.directives", "Nguồn"),
    ]

    def __init__(self, screen: PlansScreen) -> None:
        super().__init__(screen)
        self.rows: dict[str, Any] = {}
        self.search = QLineEdit()
        self.search.setObjectName("directive_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("plans.directives", "Tìm theo số, trích yếu"))
        self.search.textChanged.connect(lambda _: self.refresh())
        self.table = make_table(self.HEADERS, "directives_table", on_open=self.edit)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (
            self.button(
                translate("plans.directives", "Lập kế hoạch thực hiện…"),
                "plan_from",
                self.plan_from,
            ),
            self.button(
                translate("plans.directives", "Nhập văn bản giấy…"), "add_directive", self.add
            ),
            self.button(translate("plans.directives", "Sửa…"), "edit_directive", self.edit),
            self.button(translate("plans.directives", "Xóa"), "delete_directive", self.delete),
        ):
            top.addWidget(b)
        note = QLabel(
            translate(
                "plans.directives",
                "Văn bản do cấp trên gửi xuống đến trong gói dữ liệu tham chiếu; văn bản nhận bằng "
                "giấy thì xã tự nhập để theo dõi hạn ban hành kế hoạch.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        docs = dirs.list_directives(self.ctx, self.search.text())
        answered = {
            p.directive_id: p for p in svc.list_plans(self.ctx, today=self.today) if p.issued
        }
        self.rows = {d.id: d for d in docs}
        rows, colours = [], []
        for d in docs:
            plan = answered.get(d.id)
            if plan is not None:
                state = f"{plan.number} ({plan.issued_on:%d/%m/%Y})" + (
                    translate("plans.directives", " – chậm") if plan.late else ""
                )
                late = plan.late
            else:
                overdue = d.plan_due_on < self.today
                state = (
                    translate("plans.directives", "Chưa có – quá hạn")
                    if overdue
                    else translate("plans.directives", "Chưa có")
                )
                late = overdue
            rows.append(
                [
                    d.number,
                    d.issued_on,
                    d.issuer,
                    d.title,
                    d.plan_due_on,
                    d.report_due_on,
                    state,
                    d.source_label,
                ]
            )
            colours.append(LATE_COLOUR if late else None)
        fill_table(self.table, rows, list(self.rows), colours, numeric=[])
        # the long columns give way so the commune's plan and the source stay in view at 1366×768
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 150))
        self.table.setColumnWidth(3, 220)

    def selected(self) -> str | None:
        return self.need(selected_id(self.table), translate("plans.directives", "một văn bản"))

    def dialog(self, d: Any | None) -> FormDialog:
        return directive_dialog(self.ctx, self, d, self.today)

    def add(self) -> None:
        if self.run_dialog(self.dialog(None)):
            self.screen.refresh()

    def edit(self) -> None:
        did = self.selected()
        if did and self.run_dialog(self.dialog(self.rows[did])):
            self.screen.refresh()

    def delete(self) -> None:
        did = self.selected()
        if did and ask_to_delete(self, translate("plans.directives", "văn bản này")):
            self.act(lambda: dirs.delete_directive(self.ctx, did))

    def plan_from(self) -> None:
        did = self.selected()
        if did and self.screen.plans_tab.add_plan(did):
            self.screen.tabs.setCurrentWidget(self.screen.plans_tab)


def directive_dialog(ctx: AppContext, parent: QWidget, d: Any | None, today: dt.date) -> FormDialog:
    """The form of a document from above: at a commune a paper document it received, at an upper
    level a document it issues to its communes (the service decides which from the level)."""
    fields = [
        Field("number", translate("plans.directives", "Số văn bản"), required=True),
        Field("issued_on", translate("plans.directives", "Ngày ban hành"), "date"),
        Field("issuer", translate("plans.directives", "Cơ quan ban hành"), required=True),
        Field("title", translate("plans.directives", "Trích yếu"), "multiline", required=True),
        Field("plan_due_on", translate("plans.directives", "Hạn ban hành kế hoạch"), "date"),
        Field("report_due_on", translate("plans.directives", "Hạn báo cáo kết quả"), "date_opt"),
        Field("received_on", translate("plans.directives", "Ngày nhận"), "date_opt"),
        Field("note", translate("plans.directives", "Ghi chú"), "multiline"),
    ]
    values = {} if d is None else {f.name: getattr(d, f.name, None) for f in fields}

    def save(v: dict) -> Any:
        data = subset(v, dirs.DirectiveInput)
        rev = d.revision if d is not None else None
        return dirs.save_directive(ctx, data, d.id if d else None, rev, today)

    return FormDialog(
        translate("plans.directives", "Văn bản cấp trên"),
        fields,
        values,
        save,
        parent,
        intro=translate(
            "plans.directives",
            "Hạn ban hành kế hoạch: ngày cấp dưới phải ban hành kế hoạch thực hiện văn bản này.",
        ),
    )
