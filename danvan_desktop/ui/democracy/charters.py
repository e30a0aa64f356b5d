"""Hương ước, quy ước: the hamlets' village charters (the current one per hamlet, an older one it
replaced greyed, one not reviewed within the rule's period in amber) and, under the list, the
selected charter's history: as adopted, then each revision with what changed and its approval."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget

from danvan_desktop.services import units
from danvan_desktop.services.democracy import charters as svc
from danvan_desktop.services.democracy.rules import rules
from danvan_desktop.ui.democracy.common import RegisterTab
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import AMBER, GREY
from danvan_desktop.ui.kit.forms import Field, FormDialog, ask_to_delete, subset
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.kit.tables import fill_table, make_table, open_on, selected_id


class ChartersTab(RegisterTab):
    NAME = "charters"
    ALL_YEARS = True
    ADD = translate("democracy.charters", "Thêm hương ước, quy ước…")
    HEADERS = (
        translate("democracy.charters", "Thôn, tổ dân phố"),
        translate("democracy.charters", "Loại"),
        translate("democracy.charters", "Tên"),
        translate("democracy.charters", "Ngày thông qua"),
        translate("democracy.charters", "Quyết định công nhận"),
        translate("democracy.charters", "Lần"),
        translate("democracy.charters", "Thay đổi gần nhất"),
        translate("democracy.charters", "Tình trạng"),
    )
    HISTORY = (
        translate("democracy.charters", "Ngày"),
        translate("democracy.charters", "Nội dung"),
        translate("democracy.charters", "Quyết định công nhận"),
        translate("democracy.charters", "Ngày quyết định"),
    )

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.history: QTableWidget = make_table(list(self.HISTORY), "charter_history")
        self.history.setMaximumHeight(190)
        open_on(self.history, self.edit_revision)
        self.history_title = QLabel(translate("democracy.charters", "<b>Lịch sử sửa đổi</b>"))
        self.history_rows: list[tuple[str | None, Any]] = []
        row = QHBoxLayout()
        row.addWidget(self.history_title, 1)
        for b in (
            self.button(
                translate("democracy.charters", "Thêm lần sửa đổi…"),
                "add_revision",
                self.add_revision,
            ),
            self.button(
                translate("democracy.charters", "Sửa…"), "edit_revision", self.edit_revision
            ),
            self.button(
                translate("democracy.charters", "Xóa"), "delete_revision", self.delete_revision
            ),
        ):
            row.addWidget(b)
        self.body.addLayout(row)
        self.body.addWidget(self.history)
        self.table.itemSelectionChanged.connect(self.show_history)

    def years(self) -> list[int]:
        return svc.years(self.ctx, self.today)

    def load(self, year: int | None, search: str) -> list[svc.CharterRow]:
        return svc.list_charters(self.ctx, search, self.today, year)

    def status(self, r: svc.CharterRow) -> str:
        if not r.current:
            return translate("democracy.charters", "Đã được thay thế")
        if r.due_review:
            return translate("democracy.charters", "Hiện hành — quá {0} năm chưa rà soát").format(
                rules().charter_review_years
            )
        return translate("democracy.charters", "Hiện hành")

    def cells(self, r: svc.CharterRow) -> list[Any]:
        decision = " ".join(
            x for x in (r.decision_no, r.decision_on and r.decision_on.strftime("%d/%m/%Y")) if x
        )
        return [
            r.hamlet_name,
            r.kind_label,
            r.title,
            r.adopted_on,
            decision,
            r.version,
            r.last_change,
            self.status(r),
        ]

    def colour(self, r: svc.CharterRow) -> str | None:
        if not r.current:
            return GREY
        return AMBER if r.due_review else None

    def summarise(self, rows: list[svc.CharterRow]) -> str:
        r = rules()
        return translate(
            "democracy.charters",
            "{0} hương ước, quy ước; {1} cần rà soát (quá {2} năm chưa sửa đổi: {3}).",
        ).format(
            len(rows),
            sum(c.due_review for c in rows),
            r.charter_review_years,
            r.charter_review_basis,
        )

    def describe(self, r: svc.CharterRow) -> str:
        return translate("democracy.charters", "“{0}” và các lần sửa đổi").format(r.title)

    def delete(self, r: svc.CharterRow) -> None:
        svc.delete_charter(self.ctx, r.id)

    def after_refresh(self) -> None:
        self.show_history()

    # ---- history --------------------------------------------------------------------------------
    def show_history(self) -> None:
        c = self.selected()
        if c is None:
            self.history_rows = []
            fill_table(self.history, [])
            self.history_title.setText(translate("democracy.charters", "<b>Lịch sử sửa đổi</b>"))
            return
        self.history_title.setText(
            translate("democracy.charters", "<b>Lịch sử sửa đổi: {0}</b> (lần {1})").format(
                c.title, c.version
            )
        )
        adopted = translate("democracy.charters", "Thông qua lần đầu")
        self.history_rows = [(None, None)] + [(x.id, x) for x in c.revisions]
        fill_table(
            self.history,
            [[c.adopted_on, adopted, c.decision_no, c.decision_on]]
            + [[x.revised_on, x.changes, x.decision_no, x.decision_on] for x in c.revisions],
            [rid for rid, _ in self.history_rows],
        )

    def selected_revision(self) -> svc.RevisionRow | None:
        rid = selected_id(self.history)
        return next((x for i, x in self.history_rows if i is not None and i == rid), None)

    def revision_form(self, charter: svc.CharterRow, rev: svc.RevisionRow | None) -> FormDialog:
        fields = [
            Field("revised_on", translate("democracy.charters", "Ngày sửa đổi, bổ sung"), "date"),
            Field(
                "changes",
                translate("democracy.charters", "Nội dung sửa đổi, bổ sung"),
                "multiline",
                required=True,
            ),
            Field("decision_no", translate("democracy.charters", "Số quyết định công nhận")),
            Field("decision_on", translate("democracy.charters", "Ngày quyết định"), "date_opt"),
        ]
        if rev is None:
            values: dict[str, Any] = {"revised_on": self.today}

            def save(v: dict[str, Any]) -> Any:
                return svc.add_revision(
                    self.ctx, charter.id, subset(v, svc.RevisionInput), self.today
                )
        else:
            values = vars(svc.revision_input(rev))

            def save(v: dict[str, Any]) -> Any:
                return svc.update_revision(
                    self.ctx, rev.id, subset(v, svc.RevisionInput), rev.revision, self.today
                )

        return FormDialog(
            translate("democracy.charters", "Sửa đổi, bổ sung: {0}").format(charter.title),
            fields,
            values,
            save,
            self,
            editable=self.editable,
        )

    def add_revision(self) -> None:
        c = self.selected()
        if c is not None and self.run_dialog(self.revision_form(c, None)):
            self.reload()
            self.select(c.id)

    def edit_revision(self) -> None:
        c, rev = self.selected(), self.selected_revision()
        if c is not None and rev is not None and self.run_dialog(self.revision_form(c, rev)):
            self.reload()
            self.select(c.id)

    def delete_revision(self) -> None:
        c, rev = self.selected(), self.selected_revision()
        if c is None or rev is None:
            return
        what = translate("democracy.charters", "lần sửa đổi ngày {0}").format(
            rev.revised_on.strftime("%d/%m/%Y")
        )
        if ask_to_delete(self, what) and act(self, lambda: svc.delete_revision(self.ctx, rev.id)):
            self.reload()
            self.select(c.id)

    # ---- the charter's form -----------------------------------------------------------------------
    def form(self, row: svc.CharterRow | None) -> FormDialog:
        hamlets = [(u.full_name, u.code) for u in units.hamlets(self.ctx)]
        other = translate("democracy.charters", "Khác (nhập tên bên dưới)")
        fields = [
            Field(
                "hamlet_code",
                translate("democracy.charters", "Thôn, tổ dân phố"),
                "combo",
                [*hamlets, (other, None)],
            ),
            Field(
                "hamlet_name",
                translate("democracy.charters", "Tên thôn (nếu không có trong danh sách)"),
            ),
            Field(
                "kind",
                translate("democracy.charters", "Loại"),
                "combo",
                [(label, code) for code, label in svc.KINDS.items()],
            ),
            Field(
                "title", translate("democracy.charters", "Tên hương ước, quy ước"), required=True
            ),
            Field("adopted_on", translate("democracy.charters", "Ngày thông qua"), "date"),
            Field("decision_no", translate("democracy.charters", "Số quyết định công nhận")),
            Field("decision_on", translate("democracy.charters", "Ngày quyết định"), "date_opt"),
            Field("notes", translate("democracy.charters", "Ghi chú"), "multiline"),
        ]
        if row is None:
            values: dict[str, Any] = {"adopted_on": self.today}

            def save(v: dict[str, Any]) -> Any:
                return svc.create_charter(self.ctx, subset(v, svc.CharterInput), self.today)
        else:
            values = vars(svc.as_input(row))
            if row.hamlet_code:
                values["hamlet_name"] = ""

            def save(v: dict[str, Any]) -> Any:
                return svc.update_charter(
                    self.ctx, row.id, subset(v, svc.CharterInput), row.revision, self.today
                )

        return FormDialog(
            translate("democracy.charters", "Hương ước, quy ước"),
            fields,
            values,
            save,
            self,
            editable=self.editable,
        )
