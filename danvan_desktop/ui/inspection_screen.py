"""Ban Thanh tra nhân dân và giám sát đầu tư của cộng đồng: one area with a tab per job.

- Ban và thành viên: the term, its members, and the composition rules' warnings in plain words;
- Kế hoạch: plans by quarter, half-year, year and term;
- Giám sát, kiểm tra: activities (SQL-paged), a plan sent too late flagged in red;
- Kiến nghị: recommendations (SQL-paged), overdue in red, answers and follow-up recorded;
- Báo cáo: reports with figures from the records and an editable narrative;
- Giám sát đầu tư: one supervision board per project, its records and the provincial figures.

Exports run through ui.tasks.run_task (progress and cancel). `today` is an attribute so a test
can move time forward and watch a recommendation go overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.inspection import (
    ActivityKind,
    CommunePost,
    FollowUp,
    MemberRole,
    PeriodKind,
    Side,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.inspection_dialogs import EXPECTED, Field, FormDialog, as_values, subset
from danvan_desktop.ui.paged_model import Column, PagedTableModel, paged_view
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import confirm, info, warn

RED, AMBER, ORANGE, GREEN, GREY = "#fde2e1", "#fff1cc", "#ffe0c2", "#e3f4e1", "#eeeeee"
STATUS_COLOURS = {
    DeadlineStatus.OVERDUE: RED,
    DeadlineStatus.DUE_SOON: AMBER,
    DeadlineStatus.CLOSED_LATE: ORANGE,
    DeadlineStatus.CLOSED_ON_TIME: GREEN,
}
WARN_BOX = (
    "background:#fff4e5; border:1px solid #e0a800; border-radius:4px; padding:8px; color:#5f3b00;"
)
OK_BOX = (
    "background:#e8f5e9; border:1px solid #81c784; border-radius:4px; padding:8px; color:#1b5e20;"
)


def money(value: int) -> str:
    return f"{int(value or 0):,}".replace(",", ".")


def make_table(headers: Sequence[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(list(headers))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setDefaultSectionSize(24)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill_table(
    t: QTableWidget,
    rows: Sequence[Sequence[Any]],
    ids: Sequence[str],
    colours: Sequence[str | None] | None = None,
    tooltips: Sequence[str] | None = None,
) -> None:
    """Rows of plain values; the record id rides on the first cell (UserRole)."""
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = (
                fmt_date(value)
                if isinstance(value, dt.date)
                else ("" if value is None else str(value))
            )
            item = QTableWidgetItem(text)
            numeric = isinstance(value, int) and not isinstance(value, bool)
            if numeric or (
                isinstance(value, str)
                and value
                and value.replace(".", "").replace(",", "").rstrip("%").isdigit()
            ):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[r]:
                item.setBackground(QBrush(QColor(colours[r])))
            if tooltips and tooltips[r]:
                item.setToolTip(tooltips[r])
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            t.setItem(r, c, item)
    t.resizeColumnsToContents()
    for c in range(t.columnCount()):
        t.setColumnWidth(c, min(t.columnWidth(c), 420))


def selected_id(t: QTableWidget) -> str | None:
    rows = t.selectionModel().selectedRows()
    if not rows:
        return None
    item = t.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def warnings_html(warnings: Sequence[rules.RuleWarning], ok_text: str) -> tuple[str, str]:
    if not warnings:
        return f"✓ {ok_text}", OK_BOX
    items = "".join(f"<li>{w.message}</li>" for w in warnings)
    return (
        f"<b>⚠ Cần xem lại ({len(warnings)}):</b><ul style='margin:2px 0 0 -20px'>{items}</ul>",
        WARN_BOX,
    )


class _Tab(QWidget):
    """Shared plumbing of the tabs: the screen (context, current term, today) and dialogs."""

    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__()
        self.screen = screen
        self.ctx = screen.ctx
        self.editable = self.ctx.can(Permission.EDIT)

    @property
    def today(self) -> dt.date:
        return self.screen.today

    @property
    def term_id(self) -> str | None:
        return self.screen.term_id()

    def run_dialog(self, dialog: FormDialog) -> bool:
        """Show a form modally; the screen's `dialog_runner` lets tests drive it instead."""
        return bool(self.screen.dialog_runner(dialog))

    def button(
        self, text: str, name: str, slot: Callable[[], Any], edit: bool = True
    ) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: slot())
        if edit:
            b.setEnabled(self.editable)
        return b

    def need_term(self) -> str | None:
        if self.term_id is None:
            info(
                self,
                "Chưa có nhiệm kỳ",
                'Hãy thêm nhiệm kỳ của Ban Thanh tra nhân dân trước (thẻ "Ban và thành viên").',
            )
        return self.term_id

    def act(self, fn: Callable[[], Any], title: str = "Không thực hiện được") -> bool:
        try:
            fn()
        except EXPECTED as exc:
            warn(self, title, exc.message)
            return False
        return True


# ---- Ban và thành viên --------------------------------------------------------------------


class BoardTab(_Tab):
    HEADERS = [
        "Họ và tên",
        "Chức danh",
        "Thôn, tổ dân phố",
        "Ngày bầu",
        "Ngày thôi",
        "Chức vụ ở xã",
        "Nghề nghiệp",
        "Tình trạng",
    ]

    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.term_info = QLabel()
        self.term_info.setObjectName("term_info")
        self.warnings = QLabel()
        self.warnings.setObjectName("member_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.members = make_table(self.HEADERS, "members_table")
        self.members.doubleClicked.connect(lambda _: self.edit_member())
        top = QHBoxLayout()
        top.addWidget(self.term_info, 1)
        for b in (
            self.button("Thêm nhiệm kỳ…", "add_term", self.add_term),
            self.button("Sửa nhiệm kỳ…", "edit_term", self.edit_term),
        ):
            top.addWidget(b)
        buttons = QHBoxLayout()
        for b in (
            self.button("Thêm thành viên…", "add_member", self.add_member),
            self.button("Sửa…", "edit_member", self.edit_member),
            self.button("Thôi tham gia…", "member_leaves", self.member_leaves),
            self.button("Xóa", "delete_member", self.delete_member),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.members, 1)

    def refresh(self) -> None:
        term_id = self.term_id
        if term_id is None:
            self.term_info.setText('Chưa có nhiệm kỳ nào. Bấm "Thêm nhiệm kỳ…" để bắt đầu.')
            self.warnings.hide()
            self.members.setRowCount(0)
            return
        term = svc.get_term(self.ctx, term_id, self.today)
        decision = f"; quyết định công nhận {term.decision_no}" if term.decision_no else ""
        self.term_info.setText(
            f"<b>{term.name}</b>: {fmt_date(term.starts_on)} – {fmt_date(term.ends_on)}{decision}"
        )
        text, style = warnings_html(
            svc.check_members(self.ctx, term_id, self.today),
            "Thành phần Ban đúng quy định: đủ 05 thành viên trở lên, mỗi thôn, tổ dân phố có "
            "người, một Trưởng ban, "
            "không quá 02 Phó Trưởng ban, không có cán bộ, công chức hay người hoạt động không "
            "chuyên trách cấp xã.",
        )
        self.warnings.setText(text)
        self.warnings.setStyleSheet(style)
        self.warnings.show()
        rows, ids, colours = [], [], []
        for m in svc.list_members(self.ctx, term_id, self.today):
            rows.append(
                [
                    m.full_name,
                    m.role_label,
                    m.hamlet_name,
                    m.elected_on,
                    m.left_on,
                    CommunePost(m.commune_post).label if m.commune_post != CommunePost.NONE else "",
                    m.occupation,
                    "Đang tham gia" if m.active else f"Đã thôi: {m.left_reason}".rstrip(": "),
                ]
            )
            ids.append(m.id)
            colours.append(
                GREY if not m.active else RED if m.commune_post != CommunePost.NONE else None
            )
        fill_table(self.members, rows, ids, colours)

    # terms
    def term_dialog(self, term: svc.TermInfo | None = None) -> FormDialog:
        fields = [
            Field("name", "Tên nhiệm kỳ"),
            Field("starts_on", "Bắt đầu", "date"),
            Field("ends_on", "Kết thúc", "date"),
            Field("decision_no", "Quyết định công nhận số"),
            Field("decision_on", "Ngày quyết định", "date_opt"),
            Field("notes", "Ghi chú", "multiline"),
        ]
        if term is None:
            y = self.today.year
            values = {
                "name": f"Nhiệm kỳ {y}–{y + 5}",
                "starts_on": self.today,
                "ends_on": rules.add_months(self.today, 60) - dt.timedelta(days=1),
            }

            def save(v: dict) -> str:
                return svc.create_term(self.ctx, subset(v, svc.TermInput))
        else:
            values = as_values(term, svc.TermInput)

            def save(v: dict) -> int:
                return svc.update_term(self.ctx, term.id, subset(v, svc.TermInput), term.revision)

        return FormDialog(
            "Nhiệm kỳ Ban Thanh tra nhân dân",
            fields,
            values,
            save,
            self,
            intro="Nhiệm kỳ của Ban bằng nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố.",
        )

    def add_term(self) -> None:
        dialog = self.term_dialog()
        if self.run_dialog(dialog):
            self.screen.reload_terms(select=dialog.result_value)

    def edit_term(self) -> None:
        if self.need_term() and self.run_dialog(
            self.term_dialog(svc.get_term(self.ctx, self.term_id, self.today))
        ):
            self.screen.reload_terms(select=self.term_id)

    # members
    def member_dialog(self, member: svc.MemberRow | None = None) -> FormDialog:
        term_id = self.term_id
        hamlets = [(u.full_name, u.code) for u in units.hamlets(self.ctx)]
        others = [("(không)", None)] + [
            (f"{m.full_name} ({m.hamlet_name})", m.id)
            for m in svc.list_members(self.ctx, term_id, self.today)
            if not m.active and (member is None or m.id != member.id)
        ]
        fields = [
            Field("full_name", "Họ và tên"),
            Field("hamlet_code", "Thôn, tổ dân phố bầu", "combo", hamlets),
            Field("role", "Chức danh", "combo", [(r.label, r.value) for r in MemberRole]),
            Field("elected_on", "Ngày bầu", "date_opt"),
            Field(
                "commune_post",
                "Chức vụ ở xã",
                "combo",
                [(c.label, c.value) for c in CommunePost],
                tooltip=(
                    "Cán bộ, công chức và người hoạt động không chuyên trách cấp xã "
                    "không được là thành viên."
                ),
            ),
            Field("occupation", "Nghề nghiệp"),
            Field("phone", "Điện thoại"),
            Field("replaces_id", "Bầu bổ sung thay cho", "combo", others),
            Field("left_on", "Ngày thôi tham gia", "date_opt"),
            Field("left_reason", "Lý do thôi"),
        ]
        if member is None:
            values = {"elected_on": self.today, "role": MemberRole.MEMBER.value}

            def save(v: dict) -> str:
                return svc.add_member(self.ctx, term_id, subset(v, svc.MemberInput))
        else:
            values = as_values(member, svc.MemberInput)

            def save(v: dict) -> int:
                return svc.update_member(
                    self.ctx, member.id, subset(v, svc.MemberInput), member.revision
                )

        return FormDialog("Thành viên Ban Thanh tra nhân dân", fields, values, save, self)

    def _selected_member(self) -> svc.MemberRow | None:
        member_id = selected_id(self.members)
        if member_id is None:
            info(self, "Thành viên", "Hãy chọn một thành viên trong danh sách.")
            return None
        return next(
            (m for m in svc.list_members(self.ctx, self.term_id, self.today) if m.id == member_id),
            None,
        )

    def add_member(self) -> None:
        if self.need_term() and self.run_dialog(self.member_dialog()):
            self.screen.refresh()

    def edit_member(self) -> None:
        member = self._selected_member()
        if member is not None and self.run_dialog(self.member_dialog(member)):
            self.screen.refresh()

    def member_leaves(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        dialog = FormDialog(
            f"{member.full_name} thôi tham gia Ban",
            [Field("on", "Ngày thôi", "date"), Field("reason", "Lý do")],
            {"on": self.today},
            lambda v: svc.member_leaves(
                self.ctx, member.id, v["on"], v["reason"], today=self.today
            ),
            self,
            intro="Nếu nhiệm kỳ còn từ 06 tháng trở lên, thôn, tổ dân phố phải bầu bổ sung thành viên.",
        )
        if self.run_dialog(dialog):
            self.screen.refresh()

    def delete_member(self) -> None:
        member = self._selected_member()
        if member and confirm(
            self,
            "Xóa thành viên",
            f"Xóa {member.full_name} khỏi danh sách (nhập nhầm)?\n"
            'Thành viên thôi tham gia thì dùng "Thôi tham gia…".',
        ):
            self.act(lambda: svc.delete_member(self.ctx, member.id))
            self.screen.refresh()


# ---- Kế hoạch -----------------------------------------------------------------------------


class PlansTab(_Tab):
    HEADERS = [
        "Kỳ",
        "Tên kế hoạch",
        "Số",
        "Ngày ban hành",
        "Kinh phí (đ)",
        "Số cuộc đã làm",
        "Nội dung",
    ]

    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.table = make_table(self.HEADERS, "plans_table")
        self.table.doubleClicked.connect(lambda _: self.edit_plan())
        buttons = QHBoxLayout()
        for b in (
            self.button("Thêm kế hoạch…", "add_plan", self.add_plan),
            self.button("Sửa…", "edit_plan", self.edit_plan),
            self.button("Xóa", "delete_plan", self.delete_plan),
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
                "Kỳ kế hoạch",
                "combo",
                [(k.label, k.value) for k in rules.PLAN_PERIODS],
            ),
            Field("year", "Năm", "int", minimum=2000, maximum=2100),
            Field(
                "period_no",
                "Quý / nửa năm",
                "int",
                minimum=0,
                maximum=4,
                tooltip="Quý 1–4; nửa năm: 1 (6 tháng đầu) hoặc 2 (6 tháng cuối)",
            ),
            Field("title", "Tên kế hoạch"),
            Field("doc_no", "Số văn bản"),
            Field("issued_on", "Ngày ban hành", "date_opt"),
            Field("purpose", "Mục đích, yêu cầu", "multiline"),
            Field("content", "Nội dung", "multiline"),
            Field("timing", "Thời gian thực hiện", "multiline"),
            Field("budget_vnd", "Kinh phí", "money"),
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
                "title": f"Kế hoạch giám sát {label[:1].lower()}{label[1:]}",
            }

            def save(v: dict) -> str:
                return svc.create_plan(self.ctx, term_id, to_input(v))
        else:
            values = as_values(plan, svc.PlanInput)

            def save(v: dict) -> int:
                return svc.update_plan(self.ctx, plan.id, to_input(v), plan.revision)

        return FormDialog("Kế hoạch của Ban Thanh tra nhân dân", fields, values, save, self)

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
        if plan and confirm(self, "Xóa kế hoạch", f'Xóa kế hoạch "{plan.title}"?'):
            self.act(lambda: svc.delete_plan(self.ctx, plan.id))
            self.refresh()


# ---- Giám sát, kiểm tra -------------------------------------------------------------------


def _notice_text(a: svc.ActivityRow) -> str:
    if a.notice_late:
        return f"Chậm (hạn {fmt_date(a.latest_notice_on)})"
    if a.notice_message:
        return "Chưa ghi đủ ngày gửi"
    return "Đúng hạn"


class ActivitiesTab(_Tab):
    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.search = QLineEdit()
        self.search.setObjectName("activity_search")
        self.search.setPlaceholderText("Tìm theo đối tượng, nội dung (gõ không dấu cũng được)…")
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("activity_kind")
        self.kind.addItem("Tất cả", None)
        for k in ActivityKind:
            self.kind.addItem(k.label, k.value)
        self.late_only = QCheckBox("Chỉ hiện cuộc gửi kế hoạch chậm")
        self.late_only.setObjectName("late_only")
        columns = [
            Column("Ngày bắt đầu", lambda a: fmt_date(a.starts_on), width=95),
            Column("Hình thức", lambda a: a.kind_label, width=110),
            Column(
                "Đối tượng, nội dung", lambda a: a.subject, width=380, tooltip=lambda a: a.subject
            ),
            Column(
                "Gửi kế hoạch",
                _notice_text,
                width=150,
                background=lambda a: RED if a.notice_late else AMBER if a.notice_message else None,
                tooltip=lambda a: (
                    a.notice_message
                    or "Kế hoạch đã gửi MTTQ, Chủ tịch UBND xã và đối tượng "
                    "ít nhất 05 ngày làm việc trước khi tiến hành."
                ),
            ),
            Column(
                "MTTQ xác nhận biên bản",
                lambda a: fmt_date(a.minutes_confirmed_on) or "Chưa",
                width=150,
                background=lambda a: (
                    None if a.minutes_confirmed_on or a.starts_on > self.today else AMBER
                ),
            ),
            Column(
                "Đơn thư xác minh", lambda a: len(a.petitions) or "", align_right=True, width=110
            ),
            Column("Kiến nghị", lambda a: a.recommendations or "", align_right=True, width=80),
        ]
        self.model = PagedTableModel(columns, self._count, self._page, self)
        self.table = paged_view(
            self.model, "activities_table", on_open=self.edit_activity, stretch_last=True
        )
        self.total = QLabel()
        self.total.setObjectName("activities_total")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel("Hình thức:"))
        filters.addWidget(self.kind)
        filters.addWidget(self.late_only)
        buttons = QHBoxLayout()
        for b in (
            self.button("Thêm cuộc giám sát, kiểm tra…", "add_activity", self.add_activity),
            self.button("Sửa…", "edit_activity", self.edit_activity),
            self.button("MTTQ xác nhận biên bản…", "confirm_minutes", self.confirm_minutes),
            self.button("Gắn đơn thư xác minh…", "link_petition", self.link_petition),
            self.button("Xóa", "delete_activity", self.delete_activity),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.late_only.toggled.connect(lambda _: self.refresh())

    def current_filter(self) -> svc.ActivityFilter:
        return svc.ActivityFilter(
            term_id=self.term_id or "-",
            kind=self.kind.currentData(),
            text=self.search.text(),
            notice_late_only=self.late_only.isChecked(),
        )

    def _count(self) -> int:
        return svc.count_activities(self.ctx, self.current_filter())

    def _page(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> list:
        return svc.list_activities(self.ctx, self.current_filter(), offset=offset, limit=limit)

    def refresh(self) -> None:
        self.model.reload()
        late = svc.count_activities(
            self.ctx, svc.ActivityFilter(term_id=self.term_id or "-", notice_late_only=True)
        )
        extra = (
            f"; <span style='color:#b00020'><b>{late}</b> cuộc gửi kế hoạch chậm</span>"
            if late
            else ""
        )
        self.total.setText(f"<b>{self.model.rowCount()}</b> cuộc{extra}")

    def selected(self) -> svc.ActivityRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            info(
                self, "Giám sát, kiểm tra", "Hãy chọn một cuộc giám sát, kiểm tra trong danh sách."
            )
            return None
        return self.model.row_object(rows[0].row())

    def activity_dialog(self, row: svc.ActivityRow | None = None) -> FormDialog:
        term_id = self.term_id
        plans = [("(không theo kế hoạch)", None)] + [
            (f"{p.period_label}: {p.title}", p.id) for p in svc.list_plans(self.ctx, term_id)
        ]
        fields = [
            Field("kind", "Hình thức", "combo", [(k.label, k.value) for k in ActivityKind]),
            Field("subject", "Đối tượng, nội dung"),
            Field("plan_id", "Theo kế hoạch", "combo", plans),
            Field("starts_on", "Ngày bắt đầu", "date"),
            Field("ends_on", "Ngày kết thúc", "date_opt"),
            Field("sent_mttq_on", "Gửi kế hoạch cho MTTQ", "date_opt"),
            Field("sent_chairman_on", "Gửi Chủ tịch UBND xã", "date_opt"),
            Field("sent_subject_on", "Gửi đối tượng", "date_opt"),
            Field("content", "Nội dung làm việc", "multiline"),
            Field("findings", "Kết quả phát hiện", "multiline"),
            Field("conclusion", "Kết luận, kiến nghị", "multiline"),
            Field("minutes_on", "Ngày lập biên bản", "date_opt"),
            Field("minutes_confirmed_on", "MTTQ xác nhận biên bản ngày", "date_opt"),
            Field("minutes_confirmed_by", "Người xác nhận (MTTQ)"),
        ]

        def hint(v: dict) -> tuple[str, bool]:
            check = svc.notice_check(self.ctx, subset(v, svc.ActivityInput))
            if check.ok:
                return (
                    f"Kế hoạch đã gửi đủ, đúng hạn (chậm nhất ngày {fmt_date(check.latest)}, "
                    "trước ít nhất 05 ngày làm việc).",
                    False,
                )
            return check.message(), True

        if row is None:
            start = self.today + dt.timedelta(days=14)
            values = {"starts_on": start, "kind": ActivityKind.SUPERVISION.value}

            def save(v: dict) -> str:
                return svc.create_activity(self.ctx, term_id, subset(v, svc.ActivityInput))
        else:
            values = as_values(row, svc.ActivityInput)

            def save(v: dict) -> int:
                return svc.update_activity(
                    self.ctx, row.id, subset(v, svc.ActivityInput), row.revision
                )

        return FormDialog(
            "Cuộc giám sát, kiểm tra",
            fields,
            values,
            save,
            self,
            hint=hint,
            intro="Kế hoạch phải gửi Ban Thường trực Ủy ban MTTQ xã, Chủ tịch UBND xã và đối tượng "
            "được giám sát, kiểm tra ít nhất 05 ngày làm việc trước khi tiến hành. Gửi chậm "
            "vẫn được ghi nhận nhưng bị đánh dấu.",
        )

    def add_activity(self) -> None:
        if self.need_term() and self.run_dialog(self.activity_dialog()):
            self.screen.refresh()

    def edit_activity(self) -> None:
        row = self.selected()
        if row is not None and self.run_dialog(self.activity_dialog(row)):
            self.screen.refresh()

    def confirm_minutes(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = FormDialog(
            "MTTQ xác nhận biên bản",
            [
                Field("minutes_on", "Ngày lập biên bản", "date"),
                Field("confirmed_on", "Ngày MTTQ xác nhận", "date"),
                Field("confirmed_by", "Người xác nhận"),
            ],
            {
                "minutes_on": row.minutes_on or row.ends_on or row.starts_on,
                "confirmed_on": self.today,
                "confirmed_by": row.minutes_confirmed_by,
            },
            lambda v: svc.confirm_minutes(
                self.ctx,
                row.id,
                v["minutes_on"],
                v["confirmed_on"],
                v["confirmed_by"],
                today=self.today,
            ),
            self,
        )
        if self.run_dialog(dialog):
            self.refresh()

    def link_petition(self) -> None:
        row = self.selected()
        if row is None:
            return
        choices = [("(ghi số, tên đơn ở dòng dưới)", None)]
        try:
            from danvan_desktop.services import petitions

            choices += [
                (f"{p.number_label} – {p.summary[:70]}", p.id)
                for p in petitions.list_petitions(
                    self.ctx, petitions.PetitionFilter(open_only=True), limit=300
                )
            ]
        except EXPECTED:
            pass

        def save(v: dict) -> str:
            ref = v["ref"] or next((text for text, pid in choices if pid == v["petition_id"]), "")
            return svc.link_petition(self.ctx, row.id, v["petition_id"], ref, v["result"])

        dialog = FormDialog(
            "Gắn đơn thư được xác minh",
            [
                Field("petition_id", "Đơn thư trong sổ", "combo", choices),
                Field("ref", "Hoặc số, tên đơn"),
                Field("result", "Kết quả xác minh", "multiline"),
            ],
            None,
            save,
            self,
        )
        if self.run_dialog(dialog):
            self.refresh()

    def delete_activity(self) -> None:
        row = self.selected()
        if row and confirm(self, "Xóa", f'Xóa cuộc "{row.subject}"?'):
            self.act(lambda: svc.delete_activity(self.ctx, row.id))
            self.screen.refresh()


# ---- Kiến nghị ----------------------------------------------------------------------------

STATES = [
    ("Tất cả", None),
    ("Chưa trả lời", "open"),
    ("Quá hạn chưa trả lời", "overdue"),
    ("Đã trả lời", "answered"),
    ("Trả lời quá hạn", "late"),
]


class RecommendationsTab(_Tab):
    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.search = QLineEdit()
        self.search.setObjectName("recommendation_search")
        self.search.setPlaceholderText("Tìm theo số, nơi nhận, nội dung…")
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setObjectName("recommendation_state")
        for text, data in STATES:
            self.state.addItem(text, data)
        columns = [
            Column("Số", lambda r: r.doc_no, width=100),
            Column("Ngày gửi", lambda r: fmt_date(r.sent_on), width=90),
            Column(
                "Nội dung kiến nghị", lambda r: r.content, width=360, tooltip=lambda r: r.content
            ),
            Column("Hạn trả lời", lambda r: fmt_date(r.due_on), width=90),
            Column("Ngày trả lời", lambda r: fmt_date(r.answered_on), width=90),
            Column(
                "Tình trạng",
                lambda r: r.status_label,
                width=170,
                background=lambda r: STATUS_COLOURS.get(r.status),
                tooltip=lambda r: (
                    f"Hạn trả lời: 15 ngày kể từ ngày UBND xã nhận ({fmt_date(r.received_on)})."
                ),
            ),
            Column(
                "Chậm (ngày)", lambda r: r.days_late(self.today) or "", align_right=True, width=85
            ),
            Column("Thực hiện", lambda r: r.follow_up_label if r.answered_on else "", width=120),
        ]
        self.model = PagedTableModel(columns, self._count, self._page, self)
        self.table = paged_view(
            self.model, "recommendations_table", on_open=self.edit_recommendation, stretch_last=True
        )
        self.total = QLabel()
        self.total.setObjectName("recommendations_total")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel("Tình trạng:"))
        filters.addWidget(self.state)
        buttons = QHBoxLayout()
        for b in (
            self.button("Thêm kiến nghị…", "add_recommendation", self.add_recommendation),
            self.button("Sửa…", "edit_recommendation", self.edit_recommendation),
            self.button("Ghi nhận trả lời…", "record_answer", self.record_answer),
            self.button("Theo dõi thực hiện…", "record_follow_up", self.record_follow_up),
            self.button("In văn bản kiến nghị (PDF)…", "letter_pdf", self.letter_pdf, edit=False),
            self.button("Xóa", "delete_recommendation", self.delete_recommendation),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.state.currentIndexChanged.connect(lambda _: self.refresh())

    def current_filter(self) -> svc.RecommendationFilter:
        return svc.RecommendationFilter(
            term_id=self.term_id or "-", state=self.state.currentData(), text=self.search.text()
        )

    def _count(self) -> int:
        return svc.count_recommendations(self.ctx, self.current_filter(), self.today)

    def _page(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> list:
        return svc.list_recommendations(
            self.ctx, self.current_filter(), self.today, offset=offset, limit=limit
        )

    def refresh(self) -> None:
        self.model.reload()
        term = self.term_id or "-"
        f = rules.answer_figures(
            (
                (r.due_on, r.answered_on)
                for r in svc.iter_recommendations(
                    self.ctx, svc.RecommendationFilter(term_id=term), self.today
                )
            ),
            self.today,
        )
        overdue = (
            f" — <span style='color:#b00020'><b>{f.overdue} quá hạn chưa trả lời</b></span>"
            if f.overdue
            else ""
        )
        self.total.setText(
            f"<b>{f.total}</b> kiến nghị trong nhiệm kỳ: {f.answered} đã trả lời ({f.on_time} đúng hạn, "
            f"{f.late} quá hạn){overdue}. Tỷ lệ trả lời đúng hạn 15 ngày: "
            f"<b>{rules.format_rate(f.on_time_rate)}</b>."
        )

    def selected(self) -> svc.RecommendationRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            info(self, "Kiến nghị", "Hãy chọn một kiến nghị trong danh sách.")
            return None
        return self.model.row_object(rows[0].row())

    def recommendation_dialog(self, row: svc.RecommendationRow | None = None) -> FormDialog:
        term_id = self.term_id
        acts = [("(không)", None)] + [
            (f"{fmt_date(a.starts_on)} – {a.subject}", a.id)
            for a in svc.list_activities(self.ctx, svc.ActivityFilter(term_id=term_id), limit=500)
        ]
        fields = [
            Field("doc_no", "Số văn bản"),
            Field("sent_on", "Ngày gửi", "date"),
            Field(
                "received_on",
                "Ngày UBND xã nhận",
                "date_opt",
                tooltip="Để trống nếu nhận ngay trong ngày gửi",
            ),
            Field("addressee", "Nơi nhận"),
            Field("content", "Nội dung kiến nghị", "multiline"),
            Field("activity_id", "Qua cuộc giám sát", "combo", acts),
        ]

        def hint(v: dict) -> tuple[str, bool]:
            received = v.get("received_on") or v.get("sent_on")
            due = rules.answer_due(
                received, svc.work_calendar(self.ctx), svc.deadline_rules(self.ctx)
            )
            return (
                f"Hạn trả lời: {fmt_date(due.due)} (15 ngày kể từ ngày UBND xã nhận kiến nghị).",
                False,
            )

        if row is None:
            values = {"sent_on": self.today, "addressee": svc.DEFAULT_ADDRESSEE}

            def save(v: dict) -> str:
                return svc.create_recommendation(
                    self.ctx, term_id, subset(v, svc.RecommendationInput), self.today
                )
        else:
            values = as_values(row, svc.RecommendationInput)

            def save(v: dict) -> int:
                return svc.update_recommendation(
                    self.ctx, row.id, subset(v, svc.RecommendationInput), row.revision, self.today
                )

        return FormDialog(
            "Kiến nghị của Ban Thanh tra nhân dân", fields, values, save, self, hint=hint
        )

    def answer_dialog(self, row: svc.RecommendationRow) -> FormDialog:
        def hint(v: dict) -> tuple[str, bool]:
            on = v.get("answered_on")
            if on is None or row.due_on is None:
                return "", False
            if on <= row.due_on:
                return f"Trả lời trong hạn (hạn {fmt_date(row.due_on)}).", False
            return (
                f"Trả lời quá hạn {(on - row.due_on).days} ngày (hạn {fmt_date(row.due_on)}).",
                True,
            )

        return FormDialog(
            "Ghi nhận trả lời của UBND xã",
            [
                Field("answered_on", "Ngày trả lời", "date"),
                Field("answer_ref", "Số văn bản trả lời"),
                Field("summary", "Nội dung trả lời", "multiline"),
            ],
            {
                "answered_on": self.today,
                "answer_ref": row.answer_ref,
                "summary": row.answer_summary,
            },
            lambda v: svc.record_answer(
                self.ctx, row.id, v["answered_on"], v["answer_ref"], v["summary"], today=self.today
            ),
            self,
            intro=f"Kiến nghị {row.doc_no}: {row.content}",
            hint=hint,
        )

    def follow_up_dialog(self, row: svc.RecommendationRow) -> FormDialog:
        return FormDialog(
            "Theo dõi việc thực hiện kiến nghị",
            [
                Field("state", "Kết quả", "combo", [(s.label, s.value) for s in FollowUp]),
                Field("on", "Ngày kiểm tra", "date"),
                Field("note", "Ghi chú", "multiline"),
            ],
            {"state": row.follow_up, "on": self.today, "note": row.follow_up_note},
            lambda v: svc.record_follow_up(
                self.ctx, row.id, v["state"], v["on"], v["note"], today=self.today
            ),
            self,
        )

    def add_recommendation(self) -> None:
        if self.need_term() and self.run_dialog(self.recommendation_dialog()):
            self.screen.refresh()

    def edit_recommendation(self) -> None:
        row = self.selected()
        if row is not None and self.run_dialog(self.recommendation_dialog(row)):
            self.refresh()

    def record_answer(self) -> None:
        row = self.selected()
        if row is not None and self.run_dialog(self.answer_dialog(row)):
            self.refresh()

    def record_follow_up(self) -> None:
        row = self.selected()
        if row is not None and self.run_dialog(self.follow_up_dialog(row)):
            self.refresh()

    def letter_pdf(self) -> None:
        row = self.selected()
        if row is None:
            return
        target = self.screen.ask_path(
            f"kien-nghi-{row.doc_no.replace('/', '-') or 'bttnd'}.pdf", "pdf"
        )
        if target is not None:
            self.screen.start_export("recommendation", target, rec_id=row.id)

    def delete_recommendation(self) -> None:
        row = self.selected()
        if row and confirm(self, "Xóa kiến nghị", f"Xóa kiến nghị {row.doc_no or ''} (nhập nhầm)?"):
            self.act(lambda: svc.delete_recommendation(self.ctx, row.id))
            self.screen.refresh()


# ---- Báo cáo ------------------------------------------------------------------------------


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
        self.figures = make_table(["Chỉ tiêu", "Số liệu"], "report_figures")
        self.figures.verticalHeader().hide()
        self.info_label = QLabel()
        self.info_label.setObjectName("report_info")
        self.report: svc.ReportInfo | None = None
        self.dirty = False
        self.narrative.textChanged.connect(self._changed)
        self.title.textEdited.connect(self._changed)
        self.doc_no.textEdited.connect(self._changed)
        left = QVBoxLayout()
        left.addWidget(self.button("Lập báo cáo mới…", "new_report", self.new_report))
        left.addWidget(self.list, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        head = QHBoxLayout()
        head.addWidget(QLabel("Tiêu đề:"))
        head.addWidget(self.title, 1)
        head.addWidget(QLabel("Số:"))
        head.addWidget(self.doc_no)
        buttons = QHBoxLayout()
        for b in (
            self.button("Lưu nội dung", "save_report", self.save),
            self.button("Cập nhật số liệu", "refresh_figures", self.refresh_figures),
            self.button("Đã gửi MTTQ…", "mark_sent", self.mark_sent),
            self.button("Xuất PDF…", "report_pdf", self.export_pdf, edit=False),
            self.button("Xóa", "delete_report", self.delete_report),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.info_label)
        right.addLayout(head)
        right.addWidget(
            QLabel("Nội dung báo cáo (sửa tự do; dòng bắt đầu bằng I., II., … là đề mục):")
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
            sent = f"Đã gửi MTTQ {fmt_date(r.sent_on)}" if r.sent_on else "Chưa gửi"
            item = QListWidgetItem(
                f"{r.period.label}\nSố {r.doc_no or '…'}, ngày {fmt_date(r.report_date)}\n{sent}"
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
                "Báo cáo chưa lưu",
                "Nội dung báo cáo đang sửa chưa được lưu. Bỏ các thay đổi?",
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
                'Chưa có báo cáo. Bấm "Lập báo cáo mới…": số liệu lấy từ các hồ sơ đã ghi.'
            )
            self.figures.setRowCount(0)
            return
        sent = f"; đã gửi MTTQ ngày {fmt_date(r.sent_on)}" if r.sent_on else "; chưa gửi"
        self.info_label.setText(
            f"<b>{r.period.label}</b> ({fmt_date(r.period.start)} – {fmt_date(r.period.end)}){sent}"
        )
        f = svc.figures_from_dict(r.figures)
        from danvan_desktop.reports.inspection_reports import FIGURE_LABELS, figure_value

        rows = [[label, figure_value(f, key)] for key, label in FIGURE_LABELS]
        rows.append(["Tỷ lệ trả lời đúng hạn 15 ngày", rules.format_rate(f.answers.on_time_rate)])
        fill_table(self.figures, rows, [""] * len(rows))
        header = self.figures.horizontalHeader()
        # Labels wrap when the pane is narrow; the numbers always show in full.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setWordWrap(True)
        self.figures.resizeRowsToContents()

    def can_close(self) -> bool:
        return not self.dirty or confirm(
            self, "Báo cáo chưa lưu", "Nội dung báo cáo chưa được lưu. Vẫn đóng?"
        )

    def new_report_dialog(self) -> FormDialog:
        kinds = [(k.label, k.value) for k in rules.REPORT_PERIODS]
        q = max(1, (self.today.month - 1) // 3)
        fields = [
            Field("period_kind", "Kỳ báo cáo", "combo", kinds),
            Field("year", "Năm", "int", minimum=2000, maximum=2100),
            Field("period_no", "Quý / nửa năm", "int", minimum=0, maximum=4),
            Field("start", "Từ ngày (đột xuất)", "date_opt"),
            Field("end", "Đến ngày (đột xuất)", "date_opt"),
            Field("doc_no", "Số văn bản"),
            Field("report_date", "Ngày báo cáo", "date"),
        ]

        def save(v: dict) -> str:
            data = subset(v, svc.ReportInput)
            data.period_no = data.period_no or None
            return svc.create_report(self.ctx, data, self.today)

        return FormDialog(
            "Lập báo cáo của Ban Thanh tra nhân dân",
            fields,
            {
                "period_kind": PeriodKind.QUARTER.value,
                "year": self.today.year,
                "period_no": q,
                "report_date": self.today,
            },
            save,
            self,
            intro="Số liệu được tổng hợp từ kế hoạch, cuộc giám sát, kiến nghị đã ghi; phần nhận xét "
            "được soạn sẵn để sửa.",
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

        if not self.act(do, "Chưa lưu được báo cáo"):
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
            "Đã gửi báo cáo",
            [Field("on", "Ngày gửi MTTQ", "date")],
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
        if r and confirm(self, "Xóa báo cáo", f"Xóa báo cáo {r.period.label}?"):
            self.act(lambda: svc.delete_report(self.ctx, r.id))
            self.dirty = False
            self.report = None
            self.refresh()


# ---- Giám sát đầu tư của cộng đồng --------------------------------------------------------


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
        self.projects.doubleClicked.connect(lambda _: self.edit_project())
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
            table.doubleClicked.connect(lambda _i, t=table: self.edit_child(t))
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
            Field("name", "Tên công trình, dự án"),
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
            Field("full_name", "Họ và tên"),
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
        try:
            delete(row.id)
        except EXPECTED as exc:
            warn(self, "Không xóa được", getattr(exc, "message", str(exc)))
            return
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
                Field("description", "Vi phạm", "multiline"),
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


class InspectionScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.task: TaskHandle | None = None
        #: How forms are shown: exec() normally; tests replace it to fill and save a form.
        self.dialog_runner: Callable[[FormDialog], Any] = lambda d: d.exec()
        self.term = QComboBox()
        self.term.setObjectName("term")
        self.term.setMinimumWidth(260)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspection_tabs")
        self.board_tab = BoardTab(self)
        self.plans_tab = PlansTab(self)
        self.activities_tab = ActivitiesTab(self)
        self.recommendations_tab = RecommendationsTab(self)
        self.reports_tab = ReportsTab(self)
        self.investment_tab = InvestmentTab(self)
        for tab, label in (
            (self.board_tab, "Ban và thành viên"),
            (self.plans_tab, "Kế hoạch"),
            (self.activities_tab, "Giám sát, kiểm tra"),
            (self.recommendations_tab, "Kiến nghị"),
            (self.reports_tab, "Báo cáo"),
            (self.investment_tab, "Giám sát đầu tư của cộng đồng"),
        ):
            self.tabs.addTab(tab, label)
        self.xlsx_button = QPushButton("Xuất sổ theo dõi (Excel)…")
        self.xlsx_button.setObjectName("registers_xlsx")
        self.xlsx_button.clicked.connect(self.export_registers)
        head = QHBoxLayout()
        head.addWidget(QLabel("<h2>Ban Thanh tra nhân dân và giám sát đầu tư của cộng đồng</h2>"))
        head.addStretch(1)
        head.addWidget(QLabel("Nhiệm kỳ:"))
        head.addWidget(self.term)
        head.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.term.currentIndexChanged.connect(lambda _: self.refresh())
        self.tabs.currentChanged.connect(lambda _: self._refresh_tab())
        self.reload_terms()

    def term_id(self) -> str | None:
        return self.term.currentData()

    def reload_terms(self, select: str | None = None) -> None:
        self.term.blockSignals(True)
        current = select or self.term.currentData()
        self.term.clear()
        terms = svc.list_terms(self.ctx, self.today)
        for t in terms:
            self.term.addItem(f"{t.name}{' (hiện tại)' if t.current else ''}", t.id)
        index = self.term.findData(current)
        if index < 0:
            index = next((i for i, t in enumerate(terms) if t.current), 0)
        self.term.setCurrentIndex(index)
        self.term.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Refresh every tab (a member added changes warnings; an activity, the recommendations…)."""
        for tab in (self.board_tab, self.plans_tab, self.activities_tab, self.recommendations_tab):
            tab.refresh()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in (self.reports_tab, self.investment_tab):
            tab.refresh()

    def can_close(self) -> bool:
        return self.reports_tab.can_close()

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        search = getattr(tab, "search", None)
        if search is not None:
            search.setFocus()

    # ---- exports --------------------------------------------------------------------------
    def ask_path(self, default_name: str, kind: str) -> Path | None:
        suffix = f".{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Lưu tệp",
            str(Path.home() / default_name),
            "Bảng tính Excel (*.xlsx)" if kind == "xlsx" else "Tài liệu PDF (*.pdf)",
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_suffix(suffix)

    def export_registers(self) -> None:
        target = self.ask_path(f"so-theo-doi-bttnd-{self.today.year}.xlsx", "xlsx")
        if target is not None:
            self.start_export("registers", target, year=None)

    def start_export(self, kind: str, target: Path, **kw: Any) -> TaskHandle:
        """Write one export in the background with progress and cancel (tests call this directly)."""
        from danvan_desktop.reports import inspection_reports as rep

        today = self.today
        jobs: dict[str, Callable[[Any], Path]] = {
            "registers": lambda p: rep.export_registers_xlsx(
                self.ctx, target, kw.get("year"), p, today
            ),
            "report": lambda p: rep.export_report_pdf(self.ctx, kw["report_id"], target, p),
            "recommendation": lambda p: rep.export_recommendation_pdf(
                self.ctx, kw["rec_id"], target, p, today
            ),
            "investment": lambda p: rep.export_investment_pdf(
                self.ctx, kw.get("year") or today.year, target, p, today
            ),
        }

        def done(path: Path) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(f"Đã xuất: {path}", 10000)

        self.task = run_task(self, "Xuất tệp", jobs[kind], done)
        return self.task
