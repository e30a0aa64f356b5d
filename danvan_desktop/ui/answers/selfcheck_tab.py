"""Tự kiểm tra: the self-inspections (plan, date, scope, team) above, the chosen one's findings
and their follow-up actions below, each follow-up coloured by its deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.answers import selfcheck
from danvan_desktop.ui.answers import forms
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import DEADLINE_COLOURS
from danvan_desktop.ui.kit.forms import ask_to_delete
from danvan_desktop.ui.kit.ops import act, run_task
from danvan_desktop.ui.kit.register import RegisterScreen
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.widgets import info

if TYPE_CHECKING:
    from danvan_desktop.ui.answers.screen import AnswersScreen


class SelfCheckTab(RegisterScreen):
    def __init__(self, screen: AnswersScreen) -> None:
        super().__init__(screen.ctx, None)
        self.screen = screen
        self.rows: list[selfcheck.InspectionRow] = []
        #: (finding, follow-up or None) per line of the lower table
        self.lines: list[tuple[selfcheck.FindingRow, selfcheck.FollowUpRow | None]] = []
        self.only_followups: tuple[str, ...] = ()
        editable = self.ctx.can(Permission.EDIT)
        self.inspections = make_table(
            [
                translate("answers.selfcheck_tab", "Ngày kiểm tra"),
                translate("answers.selfcheck_tab", "Cuộc tự kiểm tra"),
                translate("answers.selfcheck_tab", "Kế hoạch"),
                translate("answers.selfcheck_tab", "Kỳ được kiểm tra"),
                translate("answers.selfcheck_tab", "Phát hiện"),
                translate("answers.selfcheck_tab", "Việc quá hạn"),
            ],
            "inspections_table",
            on_open=self.edit_inspection,
        )
        self.inspections.itemSelectionChanged.connect(self.show_findings)
        self.findings = make_table(
            [
                translate("answers.selfcheck_tab", "Phát hiện"),
                translate("answers.selfcheck_tab", "Loại"),
                translate("answers.selfcheck_tab", "Đơn vị liên quan"),
                translate("answers.selfcheck_tab", "Việc khắc phục"),
                translate("answers.selfcheck_tab", "Hạn"),
                translate("answers.selfcheck_tab", "Ngày xong"),
                translate("answers.selfcheck_tab", "Tình trạng"),
            ],
            "findings_table",
            on_open=self.edit_line,
        )
        self.show_all_button = QPushButton(translate("answers.selfcheck_tab", "Xem tất cả việc"))
        self.show_all_button.setObjectName("selfcheck_show_all")
        self.show_all_button.clicked.connect(self.show_all)
        self.show_all_button.hide()
        self.total = QLabel()
        self.total.setObjectName("selfcheck_total")
        top = QHBoxLayout()
        low = QHBoxLayout()
        for box, parts in (
            (
                top,
                [
                    (
                        translate("answers.selfcheck_tab", "Thêm cuộc tự kiểm tra…"),
                        "add_inspection",
                        self.add_inspection,
                    ),
                    (
                        translate("answers.selfcheck_tab", "Sửa…"),
                        "edit_inspection",
                        self.edit_inspection,
                    ),
                    (
                        translate("answers.selfcheck_tab", "Xóa"),
                        "delete_inspection",
                        self.delete_inspection,
                    ),
                ],
            ),
            (
                low,
                [
                    (
                        translate("answers.selfcheck_tab", "Thêm phát hiện…"),
                        "add_finding",
                        self.add_finding,
                    ),
                    (
                        translate("answers.selfcheck_tab", "Thêm việc khắc phục…"),
                        "add_followup",
                        self.add_followup,
                    ),
                    (
                        translate("answers.selfcheck_tab", "Hoàn thành…"),
                        "mark_done",
                        self.mark_done,
                    ),
                    (translate("answers.selfcheck_tab", "Sửa…"), "edit_line", self.edit_line),
                ],
            ),
        ):
            for text, name, slot in parts:
                b = self.action(text, name, slot)
                b.setEnabled(editable)
                box.addWidget(b)
            box.addStretch(1)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.total)
        ul.addWidget(self.inspections, 1)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(
            QLabel(translate("answers.selfcheck_tab", "<b>Phát hiện và việc khắc phục</b>"))
        )
        low.addWidget(self.show_all_button)
        ll.addLayout(low)
        ll.addWidget(self.findings, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([220, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)

    @property
    def today(self) -> dt.date:
        return self.screen.today

    def refresh(self) -> None:
        current = self.current()
        handle = run_task(
            self,
            translate("answers.selfcheck_tab", "Đọc danh sách tự kiểm tra"),
            lambda _p: selfcheck.list_inspections(self.ctx, self.today),
            quick=True,
        )
        self.rows = handle.result if handle.ok else []
        fill_table(
            self.inspections,
            [
                (
                    r.held_on,
                    r.title,
                    " ".join(x for x in (r.plan_no, fmt_date(r.plan_on)) if x),
                    f"{fmt_date(r.period_from)} – {fmt_date(r.period_to)}"
                    if r.period_from or r.period_to
                    else "",
                    len(r.findings),
                    r.overdue_followups or "",
                )
                for r in self.rows
            ],
            ids=[r.id for r in self.rows],
            colours=[
                DEADLINE_COLOURS["overdue"] if r.overdue_followups else None for r in self.rows
            ],
        )
        late = sum(r.overdue_followups for r in self.rows)
        self.total.setText(
            translate(
                "answers.selfcheck_tab", "<b>{0}</b> cuộc tự kiểm tra; {1} việc khắc phục quá hạn."
            ).format(len(self.rows), late)
        )
        index = next((i for i, r in enumerate(self.rows) if current and r.id == current.id), 0)
        if self.rows:
            self.inspections.selectRow(index)
        self.show_findings()

    def current(self) -> selfcheck.InspectionRow | None:
        model = self.inspections.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if rows and rows[0].row() < len(self.rows):
            return self.rows[rows[0].row()]
        return None

    def show_findings(self) -> None:
        insp = self.current()
        self.lines = []
        for f in insp.findings if insp else []:
            ups: Sequence[selfcheck.FollowUpRow | None] = f.followups or [None]
            for u in ups:
                if self.only_followups and (u is None or u.id not in self.only_followups):
                    continue
                self.lines.append((f, u))
        fill_table(
            self.findings,
            [
                (
                    f.content,
                    f.severity_label,
                    f.concerned,
                    u.action if u else "",
                    u.due_on if u else None,
                    u.done_on if u else None,
                    u.status_label if u else "",
                )
                for f, u in self.lines
            ],
            colours=[DEADLINE_COLOURS.get(u.status.value) if u else None for _f, u in self.lines],
            numeric=(),
        )

    def show_followups(self, ids: Sequence[str]) -> None:
        """Only these follow-ups (opened from the early warning), in their inspection."""
        self.only_followups = tuple(ids) or ("-",)
        self.show_all_button.show()
        for i, r in enumerate(self.rows):
            if any(u.id in ids for u in r.followups):
                self.inspections.selectRow(i)
                break
        self.show_findings()

    def show_all(self) -> None:
        self.only_followups = ()
        self.show_all_button.hide()
        self.show_findings()

    def selected_line(self) -> tuple[selfcheck.FindingRow, selfcheck.FollowUpRow | None] | None:
        rows = self.findings.selectionModel().selectedRows()
        if not rows:
            info(
                self,
                translate("answers.selfcheck_tab", "Tự kiểm tra"),
                translate(
                    "answers.selfcheck_tab", "Hãy chọn một dòng phát hiện hoặc việc khắc phục."
                ),
            )
            return None
        return self.lines[rows[0].row()]

    def need_inspection(self) -> selfcheck.InspectionRow | None:
        insp = self.current()
        if insp is None:
            info(
                self,
                translate("answers.selfcheck_tab", "Tự kiểm tra"),
                translate("answers.selfcheck_tab", "Hãy thêm hoặc chọn một cuộc tự kiểm tra."),
            )
        return insp

    def _run(self, dialog: Any) -> None:
        if self.screen.dialog_runner(dialog):
            self.screen.refresh()

    def add_inspection(self) -> None:
        self._run(forms.inspection_dialog(self, self.ctx, self.today, None))

    def edit_inspection(self) -> None:
        insp = self.need_inspection()
        if insp is not None:
            self._run(forms.inspection_dialog(self, self.ctx, self.today, insp))

    def delete_inspection(self) -> None:
        insp = self.need_inspection()
        if insp is not None and ask_to_delete(
            self,
            translate("answers.selfcheck_tab", "cuộc tự kiểm tra “{0}” cùng các phát hiện").format(
                insp.title
            ),
        ):
            act(self, lambda: selfcheck.delete_inspection(self.ctx, insp.id))
            self.screen.refresh()

    def add_finding(self) -> None:
        insp = self.need_inspection()
        if insp is not None:
            self._run(forms.finding_dialog(self, self.ctx, insp.id, None))

    def add_followup(self) -> None:
        line = self.selected_line()
        if line is not None:
            self._run(forms.followup_dialog(self, self.ctx, self.today, line[0].id, None))

    def mark_done(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        if line[1] is None:
            info(
                self,
                translate("answers.selfcheck_tab", "Tự kiểm tra"),
                translate("answers.selfcheck_tab", "Phát hiện này chưa có việc khắc phục."),
            )
            return
        self._run(forms.done_dialog(self, self.ctx, self.today, line[1]))

    def edit_line(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        finding, up = line
        if up is None:
            insp = self.current()
            self._run(forms.finding_dialog(self, self.ctx, insp.id if insp else "", finding))
        else:
            self._run(forms.followup_dialog(self, self.ctx, self.today, finding.id, up))
