"""Ban Chỉ đạo: the steering committee's founding decision, its members on a chosen day (today by
default: "the committee as at a date") and every membership ever held (history), a change of
member; Kinh phí: the movement's funding by year, in whole đồng."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.plans import committee as bcd
from danvan_desktop.services.plans.common import PURPOSE_LABELS, ROLE_LABELS, money
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import GREY
from danvan_desktop.ui.kit.forms import Field, FormDialog, ask_to_delete, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.plans.common import Tab
from danvan_desktop.ui.widgets import DateEdit

if TYPE_CHECKING:
    from danvan_desktop.ui.plans.screen import PlansScreen

ROLES = [(label, key) for key, label in ROLE_LABELS.items()]


class CommitteeTab(Tab):
    NOW = [
        translate("plans.committee", "Họ và tên"),
        translate("plans.committee", "Vai trò"),
        translate("plans.committee", "Chức vụ"),
        translate("plans.committee", "Từ ngày"),
    ]
    HISTORY = [
        translate("plans.committee", "Họ và tên"),
        translate("plans.committee", "Vai trò"),
        translate("plans.committee", "Chức vụ"),
        translate("plans.committee", "Từ ngày"),
        translate("plans.committee", "Đến ngày"),
        translate("plans.committee", "Thay cho"),
        translate("plans.committee", "Quyết định"),
    ]

    def __init__(self, screen: PlansScreen) -> None:
        super().__init__(screen)
        self.committee: bcd.CommitteeView | None = None
        self.info = QLabel()
        self.info.setObjectName("committee_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.as_at = DateEdit(value=screen.today)
        self.as_at.setObjectName("as_at")
        self.as_at.dateChanged.connect(lambda *_: self.refresh())
        self.now = make_table(self.NOW, "members_now", on_open=self.edit_member)
        self.history = make_table(self.HISTORY, "members_history")
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(
            self.button(translate("plans.committee", "Quyết định thành lập…"), "found", self.found)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("plans.committee", "Thành viên tại ngày:")))
        buttons.addWidget(self.as_at)
        for b in (
            self.button(
                translate("plans.committee", "Thêm thành viên…"), "add_member", self.add_member
            ),
            self.button(translate("plans.committee", "Sửa…"), "edit_member", self.edit_member),
            self.button(
                translate("plans.committee", "Thay thành viên…"), "replace_member", self.replace
            ),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.now, 3)
        layout.addWidget(
            QLabel(translate("plans.committee", "<b>Quá trình thay đổi thành viên</b>"))
        )
        layout.addWidget(self.history, 2)

    def refresh(self) -> None:
        day = self.as_at.value() or self.today
        committees = bcd.committees(self.ctx)
        self.committee = next((c for c in committees if c.in_force_on(day)), None)
        shown = self.committee or (committees[0] if committees else None)
        if shown is None:
            self.info.setText(
                translate(
                    "plans.committee",
                    "Chưa có Ban Chỉ đạo. Bấm “Quyết định thành lập…” để nhập quyết định.",
                )
            )
        else:
            state = (
                translate("plans.committee", "đang hoạt động")
                if shown.in_force_on(day)
                else translate("plans.committee", "không hoạt động tại ngày đã chọn")
            )
            self.info.setText(
                f"<b>{shown.name}</b><br>"
                + translate("plans.committee", "Quyết định số {0} ngày {1}{2} – {3}").format(
                    shown.decision_number,
                    fmt_date(shown.decided_on),
                    f", {shown.signer}" if shown.signer else "",
                    state,
                )
            )
        members = shown.members_on(day) if shown and shown.in_force_on(day) else []
        fill_table(
            self.now,
            [[m.person_name, m.role_label, m.position, m.from_on] for m in members],
            [m.id for m in members],
        )
        history = [(c, m) for c in committees for m in c.members]
        history.sort(key=lambda cm: (cm[1].from_on, cm[1].person_name))
        fill_table(
            self.history,
            [
                [
                    m.person_name,
                    m.role_label,
                    m.position,
                    m.from_on,
                    m.until_on,
                    m.replaces,
                    c.decision_number,
                ]
                for c, m in history
            ],
            [m.id for _c, m in history],
            [GREY if m.until_on and m.until_on < day else None for _c, m in history],
        )

    def found(self) -> None:
        fields = [
            Field("name", translate("plans.committee", "Tên Ban Chỉ đạo"), required=True),
            Field("decision_number", translate("plans.committee", "Số quyết định"), required=True),
            Field("decided_on", translate("plans.committee", "Ngày quyết định"), "date"),
            Field("signer", translate("plans.committee", "Người ký")),
            Field("note", translate("plans.committee", "Ghi chú"), "multiline"),
        ]

        def save(v: dict) -> Any:
            return bcd.save_committee(self.ctx, subset(v, bcd.CommitteeInput), today=self.today)

        dialog = FormDialog(
            translate("plans.committee", "Quyết định thành lập, kiện toàn Ban Chỉ đạo"),
            fields,
            {"name": bcd.DEFAULT_NAME, "decided_on": self.today},
            save,
            self,
            intro=translate(
                "plans.committee",
                "Quyết định mới thay Ban Chỉ đạo đang hoạt động từ ngày quyết định; thành viên cũ "
                "được giữ trong quá trình thay đổi.",
            ),
        )
        if self.run_dialog(dialog):
            self.screen.refresh()

    def member_dialog(self, m: bcd.MemberView | None) -> FormDialog:
        fields = [
            Field("person_name", translate("plans.committee", "Họ và tên"), required=True),
            Field("role", translate("plans.committee", "Vai trò"), "combo", ROLES),
            Field("position", translate("plans.committee", "Chức vụ")),
            Field("from_on", translate("plans.committee", "Từ ngày"), "date"),
            Field("until_on", translate("plans.committee", "Đến ngày"), "date_opt"),
            Field("note", translate("plans.committee", "Ghi chú"), "multiline"),
        ]
        committee = self.committee
        if m is None:
            values: dict[str, Any] = {
                "role": "member",
                "from_on": committee.decided_on if committee else self.today,
            }

            def save(v: dict) -> Any:
                cid = committee.id if committee else ""
                return bcd.add_member(self.ctx, cid, subset(v, bcd.MemberInput), self.today)
        else:
            values = {f.name: getattr(m, f.name) for f in fields}

            def save(v: dict) -> Any:
                data = subset(v, bcd.MemberInput)
                return bcd.update_member(self.ctx, m.id, data, m.revision, self.today)

        return FormDialog(
            translate("plans.committee", "Thành viên Ban Chỉ đạo"), fields, values, save, self
        )

    def add_member(self) -> None:
        if self.need(
            self.committee, translate("plans.committee", "Ban Chỉ đạo (nhập quyết định thành lập)")
        ) and self.run_dialog(self.member_dialog(None)):
            self.screen.refresh()

    def _member(self) -> bcd.MemberView | None:
        mid = self.need(selected_id(self.now), translate("plans.committee", "một thành viên"))
        if mid is None or self.committee is None:
            return None
        return next((m for m in self.committee.members if m.id == mid), None)

    def edit_member(self) -> None:
        m = self._member()
        if m is not None and self.run_dialog(self.member_dialog(m)):
            self.screen.refresh()

    def replace(self) -> None:
        m = self._member()
        if m is None:
            return
        fields = [
            Field("on", translate("plans.committee", "Từ ngày"), "date"),
            Field("person_name", translate("plans.committee", "Người thay"), required=True),
            Field("position", translate("plans.committee", "Chức vụ")),
            Field("note", translate("plans.committee", "Ghi chú"), "multiline"),
        ]

        def save(v: dict) -> Any:
            return bcd.replace_member(
                self.ctx,
                m.id,
                v["on"],
                v["person_name"],
                v["position"],
                None,
                v["note"],
                self.today,
            )

        dialog = FormDialog(
            translate("plans.committee", "Thay thành viên Ban Chỉ đạo"),
            fields,
            {"on": self.today},
            save,
            self,
            intro=translate(
                "plans.committee",
                "{0} ({1}) thôi tham gia từ ngày trước ngày thay; người mới giữ vai trò này.",
            ).format(m.person_name, m.role_label),
        )
        if self.run_dialog(dialog):
            self.screen.refresh()


class FundingTab(Tab):
    HEADERS = [
        translate("plans.committee", "Năm"),
        translate("plans.committee", "Mục đích"),
        translate("plans.committee", "Nội dung"),
        translate("plans.committee", "Số tiền"),
        translate("plans.committee", "Nguồn"),
        translate("plans.committee", "Quyết định"),
        translate("plans.committee", "Ngày"),
    ]

    def __init__(self, screen: PlansScreen) -> None:
        super().__init__(screen)
        self.rows: dict[str, bcd.FundingView] = {}
        self.totals = QLabel()
        self.totals.setObjectName("funding_totals")
        self.table = make_table(self.HEADERS, "funding_table", on_open=self.edit)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        for b in (
            self.button(
                translate("plans.committee", "Thêm khoản kinh phí…"), "add_funding", self.add
            ),
            self.button(translate("plans.committee", "Sửa…"), "edit_funding", self.edit),
            self.button(translate("plans.committee", "Xóa"), "delete_funding", self.delete),
        ):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        lines = bcd.funding(self.ctx)
        self.rows = {f.id: f for f in lines}
        fill_table(
            self.table,
            [
                [
                    f.year,
                    f.purpose_label,
                    f.what,
                    money(f.amount),
                    f.source,
                    f.decision_ref,
                    f.decided_on,
                ]
                for f in lines
            ],
            list(self.rows),
            numeric=[0, 3],
        )
        totals = bcd.funding_totals(self.ctx)
        self.totals.setText(
            translate("plans.committee", "Tổng kinh phí: ")
            + "; ".join(f"{y}: {money(v)}" for y, v in sorted(totals.items(), reverse=True))
            if totals
            else translate("plans.committee", "Chưa có khoản kinh phí nào.")
        )

    def dialog(self, f: bcd.FundingView | None) -> FormDialog:
        models = [(translate("plans.committee", "(không gắn mô hình)"), None)]
        models += [(name[:90], mid) for name, mid in bcd.models_for_funding(self.ctx)]
        fields = [
            Field("year", translate("plans.committee", "Năm"), "int", minimum=2000, maximum=2100),
            Field(
                "purpose",
                translate("plans.committee", "Mục đích"),
                "combo",
                [(v, k) for k, v in PURPOSE_LABELS.items()],
            ),
            Field("model_id", translate("plans.committee", "Mô hình"), "combo", models),
            Field("description", translate("plans.committee", "Nội dung")),
            Field("amount", translate("plans.committee", "Số tiền"), "money"),
            Field("source", translate("plans.committee", "Nguồn kinh phí")),
            Field("decision_ref", translate("plans.committee", "Quyết định")),
            Field("decided_on", translate("plans.committee", "Ngày quyết định"), "date"),
            Field("note", translate("plans.committee", "Ghi chú"), "multiline"),
        ]
        values: dict[str, Any] = (
            {"year": self.today.year, "purpose": "movement", "decided_on": self.today}
            if f is None
            else {x.name: getattr(f, x.name) for x in fields}
        )

        def save(v: dict) -> Any:
            data = subset(v, bcd.FundingInput)
            if f is None:
                return bcd.save_funding(self.ctx, data, today=self.today)
            return bcd.save_funding(self.ctx, data, f.id, f.revision, self.today)

        return FormDialog(
            translate("plans.committee", "Kinh phí phong trào"), fields, values, save, self
        )

    def add(self) -> None:
        if self.run_dialog(self.dialog(None)):
            self.refresh()

    def edit(self) -> None:
        fid = self.need(selected_id(self.table), translate("plans.committee", "một khoản kinh phí"))
        if fid and self.run_dialog(self.dialog(self.rows[fid])):
            self.refresh()

    def delete(self) -> None:
        fid = self.need(selected_id(self.table), translate("plans.committee", "một khoản kinh phí"))
        if fid and ask_to_delete(self, translate("plans.committee", "khoản kinh phí này")):
            self.act(lambda: bcd.delete_funding(self.ctx, fid))
