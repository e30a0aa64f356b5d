"""Kế hoạch: the register of the commune's plans (filter by year and state, search without
diacritics) above the selected plan's page: its header (number, date, the document it answers,
"Ban hành chậm" in red), the share of items done and its items table (items.ItemsPanel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.plans import directives as dirs
from danvan_desktop.services.plans import plans as svc
from danvan_desktop.services.plans.common import ISSUERS, fmt_percent
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, ask_to_delete, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.plans.common import DRAFT_COLOUR, LATE_COLOUR, Tab
from danvan_desktop.ui.plans.items import ItemsPanel

if TYPE_CHECKING:
    from danvan_desktop.ui.plans.screen import PlansScreen

STATUS_FILTERS = (
    (translate("plans.register", "Dự thảo"), "draft"),
    (translate("plans.register", "Đã ban hành"), "issued"),
    (translate("plans.register", "Ban hành chậm"), "late"),
    (translate("plans.register", "Có việc quá hạn"), "has_overdue"),
)


class PlansTab(Tab):
    HEADERS = [
        translate("plans.register", "Số"),
        translate("plans.register", "Ngày ban hành"),
        translate("plans.register", "Cơ quan"),
        translate("plans.register", "Trích yếu"),
        translate("plans.register", "Trả lời văn bản"),
        translate("plans.register", "Tình trạng"),
        translate("plans.register", "Việc xong"),
        translate("plans.register", "Quá hạn"),
    ]

    def __init__(self, screen: PlansScreen) -> None:
        super().__init__(screen)
        self.rows: dict[str, svc.PlanView] = {}
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("plans.register", "Tìm theo số, trích yếu (gõ không dấu cũng được)")
        )
        self.search.textChanged.connect(lambda _: self.refresh())
        self.year = QComboBox()
        self.year.setObjectName("filter_year")
        self.status = QComboBox()
        self.status.setObjectName("filter_status")
        self.status.addItem(translate("plans.register", "Mọi tình trạng"), None)
        for text, key in STATUS_FILTERS:
            self.status.addItem(text, key)
        for combo in (self.year, self.status):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.table = make_table(self.HEADERS, "plans_table", on_open=self.edit_plan)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.header = QLabel()
        self.header.setObjectName("plan_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.items = ItemsPanel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(translate("plans.register", "Năm:")))
        filters.addWidget(self.year)
        filters.addWidget(self.status)
        for b in (
            self.button(translate("plans.register", "Kế hoạch mới…"), "add_plan", self.add_plan),
            self.button(translate("plans.register", "Sửa, ban hành…"), "edit_plan", self.edit_plan),
            self.button(translate("plans.register", "Xóa"), "delete_plan", self.delete_plan),
        ):
            filters.addWidget(b)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.header)
        bottom_layout.addWidget(self.items, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # ---- reading ----------------------------------------------------------------------------
    def fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(translate("plans.register", "Mọi năm"), None)
        for y in svc.plan_years(self.ctx):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def refresh(self) -> None:
        keep = self.plan_id()
        f = svc.PlanFilter(self.search.text(), self.year.currentData(), self.status.currentData())
        plans = svc.list_plans(self.ctx, f, self.today)
        self.rows = {p.id: p for p in plans}
        rows, colours = [], []
        for p in plans:
            d = p.directive
            rows.append(
                [
                    p.number or translate("plans.register", "(chưa có số)"),
                    p.issued_on,
                    p.issuer,
                    p.title,
                    d.number if d else "",
                    p.state_label(self.today),
                    f"{p.items_done}/{p.items_total} ({fmt_percent(p.share_done)})",
                    p.items_overdue or "",
                ]
            )
            colours.append(LATE_COLOUR if p.late else DRAFT_COLOUR if not p.issued else None)
        self.table.blockSignals(True)
        fill_table(self.table, rows, list(self.rows), colours, numeric=[7])
        self.table.setColumnWidth(3, 360)
        self.table.blockSignals(False)
        ids = list(self.rows)
        if ids:
            self.table.selectRow(ids.index(keep) if keep in self.rows else 0)
        self.show_selected()

    def plan_id(self) -> str | None:
        return selected_id(self.table)

    def show_selected(self) -> None:
        pid = self.plan_id()
        if pid is None:
            self.header.setText(
                translate(
                    "plans.register",
                    "Chưa có kế hoạch nào. Bấm “Kế hoạch mới…” hoặc lập từ thẻ “Văn bản cấp trên”.",
                )
            )
            self.items.show_plan(None)
            return
        plan = svc.get_plan(self.ctx, pid, self.today)
        self.header.setText(plan_header(plan, self.today))
        self.items.show_plan(plan)

    # ---- editing ----------------------------------------------------------------------------
    def plan_dialog(self, plan: svc.PlanView | None, directive_id: str | None = None) -> FormDialog:
        choices = [
            (translate("plans.register", "(kế hoạch của xã, không trả lời văn bản nào)"), None)
        ]
        choices += [(d.label[:110], d.id) for d in dirs.list_directives(self.ctx)]
        fields = [
            Field("title", translate("plans.register", "Trích yếu"), "multiline", required=True),
            Field("year", translate("plans.register", "Năm"), "int", minimum=2000, maximum=2100),
            Field(
                "issuer",
                translate("plans.register", "Cơ quan ban hành"),
                "combo",
                [(x, x) for x in ISSUERS],
            ),
            Field(
                "directive_id", translate("plans.register", "Thực hiện văn bản"), "combo", choices
            ),
            Field("number", translate("plans.register", "Số kế hoạch")),
            Field("issued_on", translate("plans.register", "Ngày ban hành"), "date_opt"),
            Field(
                "issued",
                translate("plans.register", "Tình trạng"),
                "combo",
                [
                    (translate("plans.register", "Dự thảo"), False),
                    (translate("plans.register", "Đã ban hành"), True),
                ],
            ),
            Field("note", translate("plans.register", "Ghi chú"), "multiline"),
        ]
        if plan is None:
            values: dict[str, Any] = {
                "year": self.today.year,
                "issuer": ISSUERS[0],
                "directive_id": directive_id,
                "issued": False,
            }

            def save(v: dict) -> str:
                return svc.save_plan(self.ctx, subset(v, svc.PlanInput), today=self.today)
        else:
            values = {
                "title": plan.title,
                "year": plan.year,
                "issuer": plan.issuer,
                "directive_id": plan.directive_id,
                "number": plan.number,
                "issued_on": plan.issued_on,
                "issued": plan.issued,
                "note": plan.note,
            }

            def save(v: dict) -> str:
                data = subset(v, svc.PlanInput)
                return svc.save_plan(self.ctx, data, plan.id, plan.revision, self.today)

        dialog = FormDialog(
            translate("plans.register", "Kế hoạch thực hiện"),
            fields,
            values,
            save,
            self,
            intro=translate(
                "plans.register",
                "Kế hoạch chỉ được đánh dấu “Đã ban hành” khi có số và ngày ban hành. Ban hành "
                "sau hạn của văn bản cấp trên sẽ hiện “Ban hành chậm”.",
            ),
        )
        if plan is None and directive_id:
            d = dirs.get_directive(self.ctx, directive_id)
            dialog.set_values(
                {
                    "title": translate("plans.register", "Kế hoạch thực hiện {0} của {1}").format(
                        d.label, d.issuer
                    ),
                    "year": d.plan_due_on.year,
                }
            )
        return dialog

    def add_plan(self, directive_id: str | None = None) -> str | None:
        dialog = self.plan_dialog(None, directive_id)
        if not self.run_dialog(dialog):
            return None
        self.refresh_all(dialog.result_value)
        return dialog.result_value

    def edit_plan(self) -> None:
        pid = self.need(self.plan_id(), translate("plans.register", "một kế hoạch"))
        if pid and self.run_dialog(self.plan_dialog(svc.get_plan(self.ctx, pid, self.today))):
            self.refresh_all(pid)

    def delete_plan(self) -> None:
        pid = self.need(self.plan_id(), translate("plans.register", "một kế hoạch"))
        if pid and ask_to_delete(
            self, translate("plans.register", "kế hoạch này và các công việc")
        ):
            self.act(lambda: svc.delete_plan(self.ctx, pid))

    def refresh_all(self, select: str | None = None) -> None:
        self.fill_years()
        self.refresh()
        if select in self.rows:
            self.table.selectRow(list(self.rows).index(select))
        self.screen.refresh_others(self)


def plan_header(plan: svc.PlanView, today: Any) -> str:
    d = plan.directive
    state = plan.state_label(today)
    colour = "#b00020" if plan.late or "quá hạn" in state else "#1b5e20"
    parts = [
        "<b>" + (plan.number or translate("plans.register", "(chưa có số)")) + "</b>",
        fmt_date(plan.issued_on),
        plan.issuer,
        f"<span style='color:{colour}; font-weight:bold'>{state}</span>",
    ]
    text = " · ".join(p for p in parts if p) + f"<br>{plan.title}"
    if d is not None:
        text += translate("plans.register", "<br>Thực hiện {0} – hạn ban hành kế hoạch {1}").format(
            f"{d.number} ({d.issuer})", fmt_date(d.plan_due_on)
        )
    text += translate("plans.register", "<br>Đã xong {0}/{1} việc ({2}); quá hạn {3}").format(
        plan.items_done, plan.items_total, fmt_percent(plan.share_done), plan.items_overdue
    )
    return text
