"""Records of a project's community investment supervision board: its members, supervisions,
the violations found and the recommendations made, each through a form dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTableWidget

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.inspection import MemberRole, Side
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.tables import selected_id
from danvan_desktop.ui.widgets import confirm, info


class ProjectRecords:
    """The records of a project's supervision board (mixed into InvestmentTab): members,
    supervisions, violations found and recommendations, added, edited and deleted."""

    def _child(
        self, title: str, fields: list[Field], values: dict, save: Callable[[dict], Any]
    ) -> None:
        p = self.project()
        if p is None:
            info(
                self, title, translate("inspection.investment_records", "Hãy chọn một công trình.")
            )
            return
        if self.run_dialog(
            FormDialog(title, fields, values, lambda v: save({**v, "_project": p.id}), self)
        ):
            self.refresh()

    def add_supervisor(self, row: Any = None) -> None:
        fields = [
            Field(
                "full_name", translate("inspection.investment_records", "Họ và tên"), required=True
            ),
            Field(
                "side",
                translate("inspection.investment_records", "Thành phần"),
                "combo",
                [(s.label, s.value) for s in Side],
            ),
            Field(
                "role",
                translate("inspection.investment_records", "Chức danh"),
                "combo",
                [(r.label, r.value) for r in MemberRole],
            ),
            Field(
                "joined_on", translate("inspection.investment_records", "Ngày tham gia"), "date_opt"
            ),
        ]
        if row is None:
            self._child(
                translate("inspection.investment_records", "Thành viên Ban giám sát"),
                fields,
                {"joined_on": self.today, "side": Side.RESIDENT.value},
                lambda v: inv.add_supervisor(
                    self.ctx, v["_project"], subset(v, inv.SupervisorInput)
                ),
            )
        else:
            fields.append(
                Field(
                    "left_on",
                    translate("inspection.investment_records", "Ngày thôi tham gia"),
                    "date_opt",
                )
            )
            self._child(
                translate("inspection.investment_records", "Thành viên Ban giám sát"),
                fields,
                as_values(row, inv.SupervisorInput),
                lambda v: inv.update_supervisor(
                    self.ctx, row.id, subset(v, inv.SupervisorInput), row.revision
                ),
            )

    def add_supervision(self, row: Any = None) -> None:
        self._child(
            translate("inspection.investment_records", "Buổi giám sát"),
            [
                Field(
                    "on_date", translate("inspection.investment_records", "Ngày giám sát"), "date"
                ),
                Field(
                    "content", translate("inspection.investment_records", "Nội dung"), "multiline"
                ),
                Field(
                    "findings",
                    translate("inspection.investment_records", "Kết quả phát hiện"),
                    "multiline",
                ),
                Field("minutes_ref", translate("inspection.investment_records", "Biên bản số")),
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
            info(
                self,
                title,
                translate("inspection.investment_records", "Hãy chọn một dòng trong bảng."),
            )
            return None
        kind = self._child_kinds()[table.objectName()]
        row = next((r for r in kind[0](p.id) if r.id == rid), None)
        return (row, kind) if row is not None else None

    def edit_child(self, table: QTableWidget) -> None:
        found = self._selected_child(table, translate("inspection.investment_records", "Sửa"))
        if found is not None:
            row, (_list, open_form, _delete) = found
            open_form(row)

    def delete_child(self, table: QTableWidget) -> None:
        found = self._selected_child(table, translate("inspection.investment_records", "Xóa"))
        if found is None or not confirm(
            self,
            translate("inspection.investment_records", "Xóa"),
            translate(
                "inspection.investment_records", "Xóa dòng đã chọn? Thao tác được ghi vào nhật ký."
            ),
        ):
            return
        row, (_list, _open, delete) = found
        if self.act(
            lambda: delete(row.id), translate("inspection.investment_records", "Không xóa được")
        ):
            self.refresh()

    def add_violation(self, row: Any = None) -> None:
        p = self.project()
        sups = [(translate("inspection.investment_records", "(không)"), None)] + (
            [
                (f"{fmt_date(s.on_date)} – {s.content[:50]}", s.id)
                for s in inv.list_supervisions(self.ctx, p.id)
            ]
            if p
            else []
        )
        self._child(
            translate("inspection.investment_records", "Vi phạm phát hiện qua giám sát"),
            [
                Field(
                    "found_on", translate("inspection.investment_records", "Ngày phát hiện"), "date"
                ),
                Field(
                    "description",
                    translate("inspection.investment_records", "Vi phạm"),
                    "multiline",
                    required=True,
                ),
                Field(
                    "value_vnd",
                    translate("inspection.investment_records", "Giá trị vi phạm"),
                    "money",
                ),
                Field(
                    "supervision_id",
                    translate("inspection.investment_records", "Qua buổi giám sát"),
                    "combo",
                    sups,
                ),
                Field(
                    "handled_on",
                    translate("inspection.investment_records", "Ngày xử lý"),
                    "date_opt",
                ),
                Field(
                    "handling",
                    translate("inspection.investment_records", "Cách xử lý"),
                    "multiline",
                ),
                Field(
                    "recovered_vnd",
                    translate("inspection.investment_records", "Số tiền thu hồi"),
                    "money",
                ),
                Field(
                    "reduced_vnd",
                    translate("inspection.investment_records", "Giảm trừ khi quyết toán"),
                    "money",
                ),
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
            translate("inspection.investment_records", "Kiến nghị của Ban giám sát"),
            [
                Field("sent_on", translate("inspection.investment_records", "Ngày gửi"), "date"),
                Field("addressee", translate("inspection.investment_records", "Nơi nhận")),
                Field(
                    "content", translate("inspection.investment_records", "Nội dung"), "multiline"
                ),
                Field(
                    "answered_on",
                    translate("inspection.investment_records", "Ngày trả lời"),
                    "date_opt",
                ),
                Field(
                    "answer_summary",
                    translate("inspection.investment_records", "Nội dung trả lời"),
                    "multiline",
                ),
            ],
            as_values(row, inv.ProjectRecInput)
            if row
            else {
                "sent_on": self.today,
                "addressee": translate("inspection.investment_records", "UBND xã (chủ đầu tư)"),
            },
            lambda v: inv.save_recommendation(
                self.ctx,
                v["_project"],
                subset(v, inv.ProjectRecInput),
                *self._ids(row),
                today=self.today,
            ),
        )
