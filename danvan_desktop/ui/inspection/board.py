"""Ban và thành viên: the term, its members and the composition rules' warnings."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.inspection import (
    CommunePost,
    MemberRole,
)
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import units
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.common import (
    GREY,
    RED,
    _Tab,
    warnings_html,
)
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, open_on, selected_id
from danvan_desktop.ui.widgets import confirm, info

# ---- Ban và thành viên --------------------------------------------------------------------

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


class BoardTab(_Tab):
    HEADERS = [
        translate("inspection.board", "Họ và tên"),
        translate("inspection.board", "Chức danh"),
        translate("inspection.board", "Thôn, tổ dân phố"),
        translate("inspection.board", "Ngày bầu"),
        translate("inspection.board", "Ngày thôi"),
        translate("inspection.board", "Chức vụ ở xã"),
        translate("inspection.board", "Nghề nghiệp"),
        translate("inspection.board", "Tình trạng"),
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
        open_on(self.members, self.edit_member)
        top = QHBoxLayout()
        top.addWidget(self.term_info, 1)
        for b in (
            self.button(translate("inspection.board", "Thêm nhiệm kỳ…"), "add_term", self.add_term),
            self.button(
                translate("inspection.board", "Sửa nhiệm kỳ…"), "edit_term", self.edit_term
            ),
        ):
            top.addWidget(b)
        buttons = QHBoxLayout()
        for b in (
            self.button(
                translate("inspection.board", "Thêm thành viên…"), "add_member", self.add_member
            ),
            self.button(translate("inspection.board", "Sửa…"), "edit_member", self.edit_member),
            self.button(
                translate("inspection.board", "Thôi tham gia…"), "member_leaves", self.member_leaves
            ),
            self.button(translate("inspection.board", "Xóa"), "delete_member", self.delete_member),
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
            self.term_info.setText(
                translate(
                    "inspection.board", 'Chưa có nhiệm kỳ nào. Bấm "Thêm nhiệm kỳ…" để bắt đầu.'
                )
            )
            self.warnings.hide()
            self.members.setRowCount(0)
            return
        term = svc.get_term(self.ctx, term_id, self.today)
        decision = (
            translate("inspection.board", "; quyết định công nhận {decision_no}").format(
                decision_no=term.decision_no
            )
            if term.decision_no
            else ""
        )
        self.term_info.setText(
            f"<b>{term.name}</b>: {fmt_date(term.starts_on)} – {fmt_date(term.ends_on)}{decision}"
        )
        text, style = warnings_html(
            svc.check_members(self.ctx, term_id, self.today),
            translate(
                "inspection.board",
                "Thành phần Ban đúng quy định: đủ 05 thành viên trở lên, mỗi thôn, tổ dân phố có "
                "người, một Trưởng ban, "
                "không quá 02 Phó Trưởng ban, không có cán bộ, công chức hay người hoạt động không "
                "chuyên trách cấp xã.",
            ),
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
                    translate("inspection.board", "Đang tham gia")
                    if m.active
                    else translate("inspection.board", "Đã thôi: {left_reason}")
                    .format(left_reason=m.left_reason)
                    .rstrip(": "),
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
            Field("name", translate("inspection.board", "Tên nhiệm kỳ"), required=True),
            Field("starts_on", translate("inspection.board", "Bắt đầu"), "date"),
            Field("ends_on", translate("inspection.board", "Kết thúc"), "date"),
            Field("decision_no", translate("inspection.board", "Quyết định công nhận số")),
            Field("decision_on", translate("inspection.board", "Ngày quyết định"), "date_opt"),
            Field("notes", translate("inspection.board", "Ghi chú"), "multiline"),
        ]
        if term is None:
            y = self.today.year
            values = {
                "name": translate("inspection.board", "Nhiệm kỳ {y}–{0}").format(y + 5, y=y),
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
            translate("inspection.board", "Nhiệm kỳ Ban Thanh tra nhân dân"),
            fields,
            values,
            save,
            self,
            intro=translate(
                "inspection.board",
                "Nhiệm kỳ của Ban bằng nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố.",
            ),
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
        others = [(translate("inspection.board", "(không)"), None)] + [
            (f"{m.full_name} ({m.hamlet_name})", m.id)
            for m in svc.list_members(self.ctx, term_id, self.today)
            if not m.active and (member is None or m.id != member.id)
        ]
        fields = [
            Field("full_name", translate("inspection.board", "Họ và tên"), required=True),
            Field(
                "hamlet_code",
                translate("inspection.board", "Thôn, tổ dân phố bầu"),
                "combo",
                hamlets,
            ),
            Field(
                "role",
                translate("inspection.board", "Chức danh"),
                "combo",
                [(r.label, r.value) for r in MemberRole],
            ),
            Field("elected_on", translate("inspection.board", "Ngày bầu"), "date_opt"),
            Field(
                "commune_post",
                translate("inspection.board", "Chức vụ ở xã"),
                "combo",
                [(c.label, c.value) for c in CommunePost],
                tooltip=(
                    translate(
                        "inspection.board",
                        "Cán bộ, công chức và người hoạt động không chuyên trách cấp xã "
                        "không được là thành viên.",
                    )
                ),
            ),
            Field("occupation", translate("inspection.board", "Nghề nghiệp")),
            Field("phone", translate("inspection.board", "Điện thoại")),
            Field(
                "replaces_id",
                translate("inspection.board", "Bầu bổ sung thay cho"),
                "combo",
                others,
            ),
            Field("left_on", translate("inspection.board", "Ngày thôi tham gia"), "date_opt"),
            Field("left_reason", translate("inspection.board", "Lý do thôi")),
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

        return FormDialog(
            translate("inspection.board", "Thành viên Ban Thanh tra nhân dân"),
            fields,
            values,
            save,
            self,
        )

    def _selected_member(self) -> svc.MemberRow | None:
        member_id = selected_id(self.members)
        if member_id is None:
            info(
                self,
                translate("inspection.board", "Thành viên"),
                translate("inspection.board", "Hãy chọn một thành viên trong danh sách."),
            )
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
            translate("inspection.board", "{full_name} thôi tham gia Ban").format(
                full_name=member.full_name
            ),
            [
                Field("on", translate("inspection.board", "Ngày thôi"), "date"),
                Field("reason", translate("inspection.board", "Lý do")),
            ],
            {"on": self.today},
            lambda v: svc.member_leaves(
                self.ctx, member.id, v["on"], v["reason"], today=self.today
            ),
            self,
            intro=translate(
                "inspection.board",
                "Nếu nhiệm kỳ còn từ 06 tháng trở lên, thôn, tổ dân phố phải bầu bổ sung thành viên.",
            ),
        )
        if self.run_dialog(dialog):
            self.screen.refresh()

    def delete_member(self) -> None:
        member = self._selected_member()
        if member and confirm(
            self,
            translate("inspection.board", "Xóa thành viên"),
            translate(
                "inspection.board",
                "Xóa {full_name} khỏi danh sách (nhập nhầm)?\nThành viên thôi tham gia "
                'thì dùng "Thôi tham gia…".',
            ).format(full_name=member.full_name),
        ):
            self.act(lambda: svc.delete_member(self.ctx, member.id))
            self.screen.refresh()


# ---- Kế hoạch -----------------------------------------------------------------------------
