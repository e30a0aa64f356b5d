"""Giám sát đầu tư của cộng đồng: one supervision board per project, its records
and the provincial figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.inspection import (
    MemberRole,
    Side,
)
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services import units
from danvan_desktop.ui.inspection.common import (
    AMBER,
    GREY,
    OK_BOX,
    _Tab,
    money,
    warnings_html,
)
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, open_on, selected_id
from danvan_desktop.ui.widgets import confirm, info

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


class InvestmentTab(_Tab):
    PROJECT_HEADERS = [
        "Công trình, dự án",
        "Giá trị (đ)",
        "Tình trạng Ban",
        "Thành viên",
        "Cuộc giám sát",
        "Vi phạm",
        "Kiến nghị",
        "Đã trả lời",
        "Thu hồi (đ)",
        "Giảm trừ (đ)",
    ]
    FIGURE_HEADERS = [
        "Kỳ",
        "Ban hoạt động",
        "Công trình được giám sát",
        "Cuộc giám sát",
        "Vi phạm",
        "Kiến nghị",
        "Đã trả lời",
        "Thu hồi (đ)",
        "Giảm trừ quyết toán (đ)",
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
            ["Họ và tên", "Thành phần", "Chức danh", "Ngày tham gia", "Ngày thôi"],
            "supervisors_table",
        )
        self.supervisions = make_table(
            ["Ngày", "Nội dung", "Kết quả phát hiện", "Biên bản"], "supervisions_table"
        )
        self.violations = make_table(
            [
                "Ngày phát hiện",
                "Vi phạm",
                "Giá trị (đ)",
                "Ngày xử lý",
                "Xử lý",
                "Thu hồi (đ)",
                "Giảm trừ (đ)",
            ],
            "violations_table",
        )
        self.recs = make_table(
            ["Ngày gửi", "Nơi nhận", "Nội dung", "Ngày trả lời", "Trả lời"], "project_recs_table"
        )
        for table, label, add in (
            (self.members, "Thành viên Ban", self.add_supervisor),
            (self.supervisions, "Buổi giám sát", self.add_supervision),
            (self.violations, "Vi phạm, thu hồi, giảm trừ", self.add_violation),
            (self.recs, "Kiến nghị, trả lời", self.add_project_rec),
        ):
            box = QWidget()
            bl = QVBoxLayout(box)
            row = QHBoxLayout()
            row.addWidget(self.button("Thêm…", f"add_{table.objectName()}", add))
            row.addWidget(
                self.button(
                    "Sửa…", f"edit_{table.objectName()}", lambda t=table: self.edit_child(t)
                )
            )
            row.addWidget(
                self.button(
                    "Xóa", f"delete_{table.objectName()}", lambda t=table: self.delete_child(t)
                )
            )
            open_on(table, lambda t=table: self.edit_child(t))
            row.addStretch(1)
            bl.addLayout(row)
            bl.addWidget(table)
            self.detail.addTab(box, label)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>Số liệu theo quý (mẫu báo cáo của tỉnh)</b> — năm:"))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(
            self.button(
                "Báo cáo giám sát đầu tư (PDF)…", "investment_pdf", self.export_pdf, edit=False
            )
        )
        buttons = QHBoxLayout()
        for b in (
            self.button("Thêm công trình…", "add_project", self.add_project),
            self.button("Sửa…", "edit_project", self.edit_project),
            self.button("Giải thể Ban…", "dissolve", self.dissolve),
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
                f"Ban đã giải thể ngày {fmt_date(p.dissolved_on)}"
                f"{' theo ' + p.dissolution_ref if p.dissolution_ref else ''}. {p.dissolution_note}",
                OK_BOX,
            )
        else:
            text, style = warnings_html(
                inv.check_board(self.ctx, p.id, self.today),
                "Ban giám sát đúng thành phần: ít nhất 05 thành viên, có đại diện Ủy ban MTTQ "
                "xã, Ban Thanh tra nhân dân và người dân.",
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
        hamlets = [("(không)", None)] + [(u.full_name, u.code) for u in units.hamlets(self.ctx)]
        fields = [
            Field("name", "Tên công trình, dự án", required=True),
            Field("investor", "Chủ đầu tư"),
            Field("capital_source", "Nguồn vốn"),
            Field("location", "Địa điểm"),
            Field("hamlet_code", "Thôn, tổ dân phố", "combo", hamlets),
            Field("starts_on", "Khởi công", "date_opt"),
            Field("ends_on", "Hoàn thành (dự kiến)", "date_opt"),
            Field("value_vnd", "Tổng mức đầu tư", "money"),
            Field("board_decision_no", "Quyết định thành lập Ban số"),
            Field("board_established_on", "Ngày thành lập Ban", "date_opt"),
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
            "Công trình và Ban Giám sát đầu tư của cộng đồng",
            fields,
            values,
            save,
            self,
            intro="Mỗi công trình, dự án có một Ban Giám sát đầu tư của cộng đồng.",
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
            info(self, "Giải thể Ban", "Hãy chọn một công trình.")
            return
        notes: list[str] = []

        def save(v: dict) -> None:
            notes.extend(
                inv.dissolve_board(self.ctx, p.id, v["on"], v["ref"], v["note"], today=self.today)
            )

        dialog = FormDialog(
            f"Giải thể Ban giám sát: {p.name}",
            [
                Field("on", "Ngày giải thể", "date"),
                Field("ref", "Quyết định số"),
                Field("note", "Ghi chú", "multiline"),
            ],
            {"on": self.today},
            save,
            self,
            intro="Ban giải thể khi công trình hoàn thành, bàn giao.",
        )
        if self.run_dialog(dialog):
            if notes:
                info(self, "Đã giải thể Ban", "Lưu ý: " + " ".join(notes))
            self.refresh()

    def _child(
        self, title: str, fields: list[Field], values: dict, save: Callable[[dict], Any]
    ) -> None:
        p = self.project()
        if p is None:
            info(self, title, "Hãy chọn một công trình.")
            return
        if self.run_dialog(
            FormDialog(title, fields, values, lambda v: save({**v, "_project": p.id}), self)
        ):
            self.refresh()

    def add_supervisor(self, row: Any = None) -> None:
        fields = [
            Field("full_name", "Họ và tên", required=True),
            Field("side", "Thành phần", "combo", [(s.label, s.value) for s in Side]),
            Field("role", "Chức danh", "combo", [(r.label, r.value) for r in MemberRole]),
            Field("joined_on", "Ngày tham gia", "date_opt"),
        ]
        if row is None:
            self._child(
                "Thành viên Ban giám sát",
                fields,
                {"joined_on": self.today, "side": Side.RESIDENT.value},
                lambda v: inv.add_supervisor(
                    self.ctx, v["_project"], subset(v, inv.SupervisorInput)
                ),
            )
        else:
            fields.append(Field("left_on", "Ngày thôi tham gia", "date_opt"))
            self._child(
                "Thành viên Ban giám sát",
                fields,
                as_values(row, inv.SupervisorInput),
                lambda v: inv.update_supervisor(
                    self.ctx, row.id, subset(v, inv.SupervisorInput), row.revision
                ),
            )

    def add_supervision(self, row: Any = None) -> None:
        self._child(
            "Buổi giám sát",
            [
                Field("on_date", "Ngày giám sát", "date"),
                Field("content", "Nội dung", "multiline"),
                Field("findings", "Kết quả phát hiện", "multiline"),
                Field("minutes_ref", "Biên bản số"),
            ],
            as_values(row, inv.SupervisionInput) if row else {"on_date": self.today},
            lambda v: inv.save_supervision(
                self.ctx,
                v["_project"],
                subset(v, inv.SupervisionInput),
                *self._ids(row),
                today=self.today,
            ),
        )

    @staticmethod
    def _ids(row: Any) -> tuple[str | None, int | None]:
        """(record_id, expected_revision) for a save: a new record when row is None."""
        return (row.id, row.revision) if row is not None else (None, None)

    def _child_kinds(self) -> dict[str, tuple]:
        """Per child table: (list rows, open the form for one row, delete one row)."""
        return {
            "supervisors_table": (
                lambda pid: inv.list_supervisors(self.ctx, pid, self.today),
                self.add_supervisor,
                lambda rid: inv.delete_supervisor(self.ctx, rid),
            ),
            "supervisions_table": (
                lambda pid: inv.list_supervisions(self.ctx, pid),
                self.add_supervision,
                lambda rid: inv.delete_supervision(self.ctx, rid),
            ),
            "violations_table": (
                lambda pid: inv.list_violations(self.ctx, pid),
                self.add_violation,
                lambda rid: inv.delete_violation(self.ctx, rid),
            ),
            "project_recs_table": (
                lambda pid: inv.list_project_recommendations(self.ctx, pid),
                self.add_project_rec,
                lambda rid: inv.delete_project_recommendation(self.ctx, rid),
            ),
        }

    def _selected_child(self, table: QTableWidget, title: str) -> tuple[Any, tuple] | None:
        p, rid = self.project(), selected_id(table)
        if p is None or rid is None:
            info(self, title, "Hãy chọn một dòng trong bảng.")
            return None
        kind = self._child_kinds()[table.objectName()]
        row = next((r for r in kind[0](p.id) if r.id == rid), None)
        return (row, kind) if row is not None else None

    def edit_child(self, table: QTableWidget) -> None:
        found = self._selected_child(table, "Sửa")
        if found is not None:
            row, (_list, open_form, _delete) = found
            open_form(row)

    def delete_child(self, table: QTableWidget) -> None:
        found = self._selected_child(table, "Xóa")
        if found is None or not confirm(
            self, "Xóa", "Xóa dòng đã chọn? Thao tác được ghi vào nhật ký."
        ):
            return
        row, (_list, _open, delete) = found
        if self.act(lambda: delete(row.id), "Không xóa được"):
            self.refresh()

    def add_violation(self, row: Any = None) -> None:
        p = self.project()
        sups = [("(không)", None)] + (
            [
                (f"{fmt_date(s.on_date)} – {s.content[:50]}", s.id)
                for s in inv.list_supervisions(self.ctx, p.id)
            ]
            if p
            else []
        )
        self._child(
            "Vi phạm phát hiện qua giám sát",
            [
                Field("found_on", "Ngày phát hiện", "date"),
                Field("description", "Vi phạm", "multiline", required=True),
                Field("value_vnd", "Giá trị vi phạm", "money"),
                Field("supervision_id", "Qua buổi giám sát", "combo", sups),
                Field("handled_on", "Ngày xử lý", "date_opt"),
                Field("handling", "Cách xử lý", "multiline"),
                Field("recovered_vnd", "Số tiền thu hồi", "money"),
                Field("reduced_vnd", "Giảm trừ khi quyết toán", "money"),
            ],
            as_values(row, inv.ViolationInput) if row else {"found_on": self.today},
            lambda v: inv.save_violation(
                self.ctx,
                v["_project"],
                subset(v, inv.ViolationInput),
                *self._ids(row),
                today=self.today,
            ),
        )

    def add_project_rec(self, row: Any = None) -> None:
        self._child(
            "Kiến nghị của Ban giám sát",
            [
                Field("sent_on", "Ngày gửi", "date"),
                Field("addressee", "Nơi nhận"),
                Field("content", "Nội dung", "multiline"),
                Field("answered_on", "Ngày trả lời", "date_opt"),
                Field("answer_summary", "Nội dung trả lời", "multiline"),
            ],
            as_values(row, inv.ProjectRecInput)
            if row
            else {"sent_on": self.today, "addressee": "UBND xã (chủ đầu tư)"},
            lambda v: inv.save_recommendation(
                self.ctx,
                v["_project"],
                subset(v, inv.ProjectRecInput),
                *self._ids(row),
                today=self.today,
            ),
        )

    def export_pdf(self) -> None:
        year = self.year.currentData() or self.today.year
        target = self.screen.ask_path(f"giam-sat-dau-tu-cong-dong-{year}.pdf", "pdf")
        if target is not None:
            self.screen.start_export("investment", target, year=year)


# ---- the screen ---------------------------------------------------------------------------
