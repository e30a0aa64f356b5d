"""Bàn và quyết định: matters the hamlets discussed and decided or voted on, the result computed
from the rule as the officer types the counts (more than half of the hamlet's households
agree), and the follow-up."""

from __future__ import annotations

from typing import Any

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import units
from danvan_desktop.services.democracy import matters as svc
from danvan_desktop.services.democracy.rules import rules
from danvan_desktop.ui.democracy.common import RegisterTab
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import GREEN, RED
from danvan_desktop.ui.kit.forms import Field, FormDialog, subset


class MattersTab(RegisterTab):
    NAME = "matters"
    ADD = translate("democracy.matters", "Thêm nội dung…")
    HEADERS = (
        translate("democracy.matters", "Ngày"),
        translate("democracy.matters", "Thôn, tổ dân phố"),
        translate("democracy.matters", "Nội dung"),
        translate("democracy.matters", "Kết quả"),
        translate("democracy.matters", "Tán thành"),
        translate("democracy.matters", "Tổng số hộ"),
        translate("democracy.matters", "Tỷ lệ tán thành"),
        translate("democracy.matters", "Hộ tham dự"),
        translate("democracy.matters", "Không tán thành"),
        translate("democracy.matters", "Cách lấy ý kiến"),
        translate("democracy.matters", "Tổ chức thực hiện"),
    )
    CAPS = {2: 300, 9: 200}

    def years(self) -> list[int]:
        return svc.years(self.ctx, self.today)

    def load(self, year: int | None, search: str) -> list[svc.MatterRow]:
        return svc.list_matters(self.ctx, year, search)

    def cells(self, r: svc.MatterRow) -> list[Any]:
        return [
            r.meeting_on,
            r.hamlet_name,
            r.matter,
            r.result_label,
            r.votes_for,
            r.households_total,
            r.agree_share,
            r.households_attending,
            r.votes_against,
            r.form_label,
            r.follow_up,
        ]

    def colour(self, r: svc.MatterRow) -> str | None:
        return GREEN if r.passed else RED

    def summarise(self, rows: list[svc.MatterRow]) -> str:
        return translate(
            "democracy.matters", "{0} nội dung, {1} được thông qua. Quy tắc: {2}."
        ).format(len(rows), sum(r.passed for r in rows), rules().pass_label)

    def describe(self, r: svc.MatterRow) -> str:
        return translate("democracy.matters", "nội dung “{0}”").format(r.matter)

    def delete(self, r: svc.MatterRow) -> None:
        svc.delete_matter(self.ctx, r.id)

    def form(self, row: svc.MatterRow | None) -> FormDialog:
        r = rules()
        hamlets = [(u.full_name, u.code) for u in units.hamlets(self.ctx)]
        other = translate("democracy.matters", "Khác (nhập tên bên dưới)")
        fields = [
            Field(
                "matter", translate("democracy.matters", "Nội dung bàn, quyết định"), required=True
            ),
            Field(
                "decision_kind",
                translate("democracy.matters", "Hình thức"),
                "combo",
                [(label, code) for code, label in svc.DECISION_KINDS.items()],
            ),
            Field(
                "hamlet_code",
                translate("democracy.matters", "Thôn, tổ dân phố"),
                "combo",
                [*hamlets, (other, None)],
            ),
            Field(
                "hamlet_name",
                translate("democracy.matters", "Tên thôn (nếu không có trong danh sách)"),
            ),
            Field("meeting_on", translate("democracy.matters", "Ngày họp, lấy ý kiến"), "date"),
            Field(
                "form",
                translate("democracy.matters", "Cách lấy ý kiến"),
                "combo",
                [(label, code) for code, label in r.matter_forms.items()],
            ),
            Field(
                "households_total",
                translate("democracy.matters", "Tổng số hộ của thôn"),
                "int",
                maximum=99999,
            ),
            Field(
                "households_attending",
                translate("democracy.matters", "Số hộ tham dự, trả lời phiếu"),
                "int",
                maximum=99999,
            ),
            Field(
                "votes_for", translate("democracy.matters", "Số hộ tán thành"), "int", maximum=99999
            ),
            Field(
                "votes_against",
                translate("democracy.matters", "Số hộ không tán thành"),
                "int",
                maximum=99999,
            ),
            Field("follow_up", translate("democracy.matters", "Tổ chức thực hiện"), "multiline"),
        ]

        def hint(v: dict[str, Any]) -> tuple[str, bool]:
            data = subset(v, svc.MatterInput)
            if not data.households_total:
                return translate("democracy.matters", "Nhập tổng số hộ để tính kết quả."), False
            try:
                svc.validate(data, self.today)
            except RuleViolation as exc:
                if exc.field in ("households_attending", "votes_for", "households_total"):
                    return exc.message, True
            passed, text = svc.preview_result(data)
            return text, not passed

        if row is None:
            values: dict[str, Any] = {"meeting_on": self.today}

            def save(v: dict[str, Any]) -> Any:
                return svc.create_matter(self.ctx, subset(v, svc.MatterInput), self.today)
        else:
            values = vars(svc.as_input(row))
            if row.hamlet_code:
                values["hamlet_name"] = ""

            def save(v: dict[str, Any]) -> Any:
                return svc.update_matter(
                    self.ctx, row.id, subset(v, svc.MatterInput), row.revision, self.today
                )

        return FormDialog(
            translate("democracy.matters", "Nội dung Nhân dân bàn và quyết định"),
            fields,
            values,
            save,
            self,
            hint=hint,
            editable=self.editable,
        )
