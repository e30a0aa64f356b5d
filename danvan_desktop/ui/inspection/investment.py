"""Giám sát đầu tư của cộng đồng: one supervision board per project, its records
and the provincial figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services import units
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.common import (
    AMBER,
    GREY,
    OK_BOX,
    _Tab,
    money,
    warnings_html,
)
from danvan_desktop.ui.inspection.investment_records import ProjectRecords
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, open_on, selected_id
from danvan_desktop.ui.widgets import info

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


class InvestmentTab(ProjectRecords, _Tab):
    PROJECT_HEADERS = [
        translate("inspection.investment", "Công trình, dự án"),
        translate("inspection.investment", "Giá trị (đ)"),
        translate("inspection.investment", "Tình trạng Ban"),
        translate("inspection.investment", "Thành viên"),
        translate("inspection.investment", "Cuộc giám sát"),
        translate("inspection.investment", "Vi phạm"),
        translate("inspection.investment", "Kiến nghị"),
        translate("inspection.investment", "Đã trả lời"),
        translate("inspection.investment", "Thu hồi (đ)"),
        translate("inspection.investment", "Giảm trừ (đ)"),
    ]
    FIGURE_HEADERS = [
        translate("inspection.investment", "Kỳ"),
        translate("inspection.investment", "Ban hoạt động"),
        translate("inspection.investment", "Công trình được giám sát"),
        translate("inspection.investment", "Cuộc giám sát"),
        translate("inspection.investment", "Vi phạm"),
        translate("inspection.investment", "Kiến nghị"),
        translate("inspection.investment", "Đã trả lời"),
        translate("inspection.investment", "Thu hồi (đ)"),
        translate("inspection.investment", "Giảm trừ quyết toán (đ)"),
    ]

    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.year = QComboBox()
        self.year.setObjectName("investment_year")
        self.figures = make_table(self.FIGURE_HEADERS, "investment_figures")
        self.figures.setMaximumHeight(175)
        self.projects = make_table(self.PROJECT_HEADERS, "projects_table")
        self.projects.itemSelectionChanged.connect(self.show_project)
        open_on(self.projects, self.edit_project)
        self.board_warnings = QLabel()
        self.board_warnings.setObjectName("board_warnings")
        self.board_warnings.setWordWrap(True)
        self.detail = QTabWidget()
        self.detail.setObjectName("project_detail")
        self.members = make_table(
            [
                translate("inspection.investment", "Họ và tên"),
                translate("inspection.investment", "Thành phần"),
                translate("inspection.investment", "Chức danh"),
                translate("inspection.investment", "Ngày tham gia"),
                translate("inspection.investment", "Ngày thôi"),
            ],
            "supervisors_table",
        )
        self.supervisions = make_table(
            [
                translate("inspection.investment", "Ngày"),
                translate("inspection.investment", "Nội dung"),
                translate("inspection.investment", "Kết quả phát hiện"),
                translate("inspection.investment", "Biên bản"),
            ],
            "supervisions_table",
        )
        self.violations = make_table(
            [
                translate("inspection.investment", "Ngày phát hiện"),
                translate("inspection.investment", "Vi phạm"),
                translate("inspection.investment", "Giá trị (đ)"),
                translate("inspection.investment", "Ngày xử lý"),
                translate("inspection.investment", "Xử lý"),
                translate("inspection.investment", "Thu hồi (đ)"),
                translate("inspection.investment", "Giảm trừ (đ)"),
            ],
            "violations_table",
        )
        self.recs = make_table(
            [
                translate("inspection.investment", "Ngày gửi"),
                translate("inspection.investment", "Nơi nhận"),
                translate("inspection.investment", "Nội dung"),
                translate("inspection.investment", "Ngày trả lời"),
                translate("inspection.investment", "Trả lời"),
            ],
            "project_recs_table",
        )
        for table, label, add in (
            (
                self.members,
                translate("inspection.investment", "Thành viên Ban"),
                self.add_supervisor,
            ),
            (
                self.supervisions,
                translate("inspection.investment", "Buổi giám sát"),
                self.add_supervision,
            ),
            (
                self.violations,
                translate("inspection.investment", "Vi phạm, thu hồi, giảm trừ"),
                self.add_violation,
            ),
            (
                self.recs,
                translate("inspection.investment", "Kiến nghị, trả lời"),
                self.add_project_rec,
            ),
        ):
            box = QWidget()
            bl = QVBoxLayout(box)
            row = QHBoxLayout()
            row.addWidget(
                self.button(
                    translate("inspection.investment", "Thêm…"), f"add_{table.objectName()}", add
                )
            )
            row.addWidget(
                self.button(
                    translate("inspection.investment", "Sửa…"),
                    f"edit_{table.objectName()}",
                    lambda t=table: self.edit_child(t),
                )
            )
            row.addWidget(
                self.button(
                    translate("inspection.investment", "Xóa"),
                    f"delete_{table.objectName()}",
                    lambda t=table: self.delete_child(t),
                )
            )
            open_on(table, lambda t=table: self.edit_child(t))
            row.addStretch(1)
            bl.addLayout(row)
            bl.addWidget(table)
            self.detail.addTab(box, label)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(
                translate(
                    "inspection.investment", "<b>Số liệu theo quý (mẫu báo cáo của tỉnh)</b> — năm:"
                )
            )
        )
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(
            self.button(
                translate("inspection.investment", "Báo cáo giám sát đầu tư (PDF)…"),
                "investment_pdf",
                self.export_pdf,
                edit=False,
            )
        )
        buttons = QHBoxLayout()
        for b in (
            self.button(
                translate("inspection.investment", "Thêm công trình…"),
                "add_project",
                self.add_project,
            ),
            self.button(
                translate("inspection.investment", "Sửa…"), "edit_project", self.edit_project
            ),
            self.button(
                translate("inspection.investment", "Giải thể Ban…"), "dissolve", self.dissolve
            ),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.board_warnings)
        ll.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.projects)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.rows: list[inv.ProjectRow] = []
        self.year.currentIndexChanged.connect(lambda _: self.refresh())

    def refresh(self) -> None:
        if self.year.count() == 0:
            self.year.blockSignals(True)
            for y in range(self.today.year, self.today.year - 6, -1):
                self.year.addItem(str(y), y)
            self.year.blockSignals(False)
        year = self.year.currentData() or self.today.year
        fig_rows = []
        for q in inv.year_by_quarter(self.ctx, year):
            f = q.figures
            fig_rows.append(
                [
                    q.period.label,
                    f.boards_active,
                    f.works_supervised,
                    f.supervisions,
                    f.violations,
                    f.recommendations,
                    f.recommendations_answered,
                    money(f.recovered_vnd),
                    money(f.reduced_vnd),
                ]
            )
        fill_table(self.figures, fig_rows, [""] * len(fig_rows))
        current = selected_id(self.projects)
        self.rows = inv.list_projects(self.ctx, today=self.today)
        fill_table(
            self.projects,
            [
                [
                    p.name,
                    money(p.value_vnd),
                    p.status_label,
                    p.members,
                    p.supervisions,
                    p.violations,
                    p.recommendations,
                    p.answered,
                    money(p.recovered_vnd),
                    money(p.reduced_vnd),
                ]
                for p in self.rows
            ],
            [p.id for p in self.rows],
            [GREY if p.dissolved_on else AMBER if p.warnings else None for p in self.rows],
        )
        for r in range(self.projects.rowCount()):
            if self.projects.item(r, 0).data(Qt.ItemDataRole.UserRole) == current:
                self.projects.selectRow(r)
        if current is None and self.rows:
            self.projects.selectRow(0)
        self.show_project()

    def project(self) -> inv.ProjectRow | None:
        pid = selected_id(self.projects)
        return next((p for p in self.rows if p.id == pid), None)

    def show_project(self) -> None:
        p = self.project()
        for t in (self.members, self.supervisions, self.violations, self.recs):
            t.setRowCount(0)
        if p is None:
            self.board_warnings.hide()
            return
        if p.dissolved_on:
            text, style = (
                translate(
                    "inspection.investment", "Ban đã giải thể ngày {0}{1}. {dissolution_note}"
                ).format(
                    fmt_date(p.dissolved_on),
                    " theo " + p.dissolution_ref if p.dissolution_ref else "",
                    dissolution_note=p.dissolution_note,
                ),
                OK_BOX,
            )
        else:
            text, style = warnings_html(
                inv.check_board(self.ctx, p.id, self.today),
                translate(
                    "inspection.investment",
                    "Ban giám sát đúng thành phần: ít nhất 05 thành viên, có đại diện Ủy ban MTTQ "
                    "xã, Ban Thanh tra nhân dân và người dân.",
                ),
            )
        self.board_warnings.setText(text)
        self.board_warnings.setStyleSheet(style)
        self.board_warnings.show()
        ms = inv.list_supervisors(self.ctx, p.id, self.today)
        fill_table(
            self.members,
            [[m.full_name, m.side_label, m.role_label, m.joined_on, m.left_on] for m in ms],
            [m.id for m in ms],
            [None if m.active else GREY for m in ms],
        )
        ss = inv.list_supervisions(self.ctx, p.id)
        fill_table(
            self.supervisions,
            [[s.on_date, s.content, s.findings, s.minutes_ref] for s in ss],
            [s.id for s in ss],
        )
        vs = inv.list_violations(self.ctx, p.id)
        fill_table(
            self.violations,
            [
                [
                    v.found_on,
                    v.description,
                    money(v.value_vnd),
                    v.handled_on,
                    v.handling,
                    money(v.recovered_vnd),
                    money(v.reduced_vnd),
                ]
                for v in vs
            ],
            [v.id for v in vs],
            [None if v.handled_on else AMBER for v in vs],
        )
        rs = inv.list_project_recommendations(self.ctx, p.id)
        fill_table(
            self.recs,
            [[r.sent_on, r.addressee, r.content, r.answered_on, r.answer_summary] for r in rs],
            [r.id for r in rs],
            [None if r.answered_on else AMBER for r in rs],
        )

    def project_dialog(self, p: inv.ProjectRow | None = None) -> FormDialog:
        hamlets = [(translate("inspection.investment", "(không)"), None)] + [
            (u.full_name, u.code) for u in units.hamlets(self.ctx)
        ]
        fields = [
            Field(
                "name", translate("inspection.investment", "Tên công trình, dự án"), required=True
            ),
            Field("investor", translate("inspection.investment", "Chủ đầu tư")),
            Field("capital_source", translate("inspection.investment", "Nguồn vốn")),
            Field("location", translate("inspection.investment", "Địa điểm")),
            Field(
                "hamlet_code",
                translate("inspection.investment", "Thôn, tổ dân phố"),
                "combo",
                hamlets,
            ),
            Field("starts_on", translate("inspection.investment", "Khởi công"), "date_opt"),
            Field(
                "ends_on", translate("inspection.investment", "Hoàn thành (dự kiến)"), "date_opt"
            ),
            Field("value_vnd", translate("inspection.investment", "Tổng mức đầu tư"), "money"),
            Field(
                "board_decision_no",
                translate("inspection.investment", "Quyết định thành lập Ban số"),
            ),
            Field(
                "board_established_on",
                translate("inspection.investment", "Ngày thành lập Ban"),
                "date_opt",
            ),
        ]
        if p is None:

            def save(v: dict) -> str:
                return inv.create_project(self.ctx, subset(v, inv.ProjectInput))

            values = {"board_established_on": self.today}
        else:

            def save(v: dict) -> int:
                return inv.update_project(self.ctx, p.id, subset(v, inv.ProjectInput), p.revision)

            values = as_values(p, inv.ProjectInput)
        return FormDialog(
            translate("inspection.investment", "Công trình và Ban Giám sát đầu tư của cộng đồng"),
            fields,
            values,
            save,
            self,
            intro=translate(
                "inspection.investment",
                "Mỗi công trình, dự án có một Ban Giám sát đầu tư của cộng đồng.",
            ),
        )

    def add_project(self) -> None:
        if self.run_dialog(self.project_dialog()):
            self.refresh()

    def edit_project(self) -> None:
        p = self.project()
        if p is not None and self.run_dialog(self.project_dialog(p)):
            self.refresh()

    def dissolve(self) -> None:
        p = self.project()
        if p is None:
            info(
                self,
                translate("inspection.investment", "Giải thể Ban"),
                translate("inspection.investment", "Hãy chọn một công trình."),
            )
            return
        notes: list[str] = []

        def save(v: dict) -> None:
            notes.extend(
                inv.dissolve_board(self.ctx, p.id, v["on"], v["ref"], v["note"], today=self.today)
            )

        dialog = FormDialog(
            translate("inspection.investment", "Giải thể Ban giám sát: {name}").format(name=p.name),
            [
                Field("on", translate("inspection.investment", "Ngày giải thể"), "date"),
                Field("ref", translate("inspection.investment", "Quyết định số")),
                Field("note", translate("inspection.investment", "Ghi chú"), "multiline"),
            ],
            {"on": self.today},
            save,
            self,
            intro=translate(
                "inspection.investment", "Ban giải thể khi công trình hoàn thành, bàn giao."
            ),
        )
        if self.run_dialog(dialog):
            if notes:
                info(
                    self,
                    translate("inspection.investment", "Đã giải thể Ban"),
                    translate("inspection.investment", "Lưu ý: ") + " ".join(notes),
                )
            self.refresh()

    def export_pdf(self) -> None:
        year = self.year.currentData() or self.today.year
        target = self.screen.ask_path(f"giam-sat-dau-tu-cong-dong-{year}.pdf", "pdf")
        if target is not None:
            self.screen.start_export("investment", target, year=year)


# ---- the screen ---------------------------------------------------------------------------
