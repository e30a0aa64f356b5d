"""Giám sát, kiểm tra: activities (SQL-paged), a plan sent too late flagged in red."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.inspection import (
    ActivityKind,
)
from danvan_desktop.services import inspection as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.common import (
    AMBER,
    RED,
    _Tab,
)
from danvan_desktop.ui.kit.forms import EXPECTED, Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.paged import Column, PagedTableModel, paged_view
from danvan_desktop.ui.widgets import confirm, info

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


def _notice_text(a: svc.ActivityRow) -> str:
    if a.notice_late:
        return translate("inspection.activities", "Chậm (hạn {0})").format(
            fmt_date(a.latest_notice_on)
        )
    if a.notice_message:
        return translate("inspection.activities", "Chưa ghi đủ ngày gửi")
    return translate("inspection.activities", "Đúng hạn")


class ActivitiesTab(_Tab):
    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.search = QLineEdit()
        self.search.setObjectName("activity_search")
        self.search.setPlaceholderText(
            translate(
                "inspection.activities", "Tìm theo đối tượng, nội dung (gõ không dấu cũng được)…"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("activity_kind")
        self.kind.addItem(translate("inspection.activities", "Tất cả"), None)
        for k in ActivityKind:
            self.kind.addItem(k.label, k.value)
        self.late_only = QCheckBox(
            translate("inspection.activities", "Chỉ hiện cuộc gửi kế hoạch chậm")
        )
        self.late_only.setObjectName("late_only")
        columns = [
            Column(
                translate("inspection.activities", "Ngày bắt đầu"),
                lambda a: fmt_date(a.starts_on),
                width=95,
            ),
            Column(
                translate("inspection.activities", "Hình thức"), lambda a: a.kind_label, width=110
            ),
            Column(
                translate("inspection.activities", "Đối tượng, nội dung"),
                lambda a: a.subject,
                width=380,
                tooltip=lambda a: a.subject,
            ),
            Column(
                translate("inspection.activities", "Gửi kế hoạch"),
                _notice_text,
                width=150,
                background=lambda a: RED if a.notice_late else AMBER if a.notice_message else None,
                tooltip=lambda a: (
                    a.notice_message
                    or translate(
                        "inspection.activities",
                        "Kế hoạch đã gửi MTTQ, Chủ tịch UBND xã và đối tượng "
                        "ít nhất 05 ngày làm việc trước khi tiến hành.",
                    )
                ),
            ),
            Column(
                translate("inspection.activities", "MTTQ xác nhận biên bản"),
                lambda a: (
                    fmt_date(a.minutes_confirmed_on) or translate("inspection.activities", "Chưa")
                ),
                width=150,
                background=lambda a: (
                    None if a.minutes_confirmed_on or a.starts_on > self.today else AMBER
                ),
            ),
            Column(
                translate("inspection.activities", "Đơn thư xác minh"),
                lambda a: len(a.petitions) or "",
                align_right=True,
                width=110,
            ),
            Column(
                translate("inspection.activities", "Kiến nghị"),
                lambda a: a.recommendations or "",
                align_right=True,
                width=80,
            ),
        ]
        self.model = PagedTableModel(columns, self._count, self._page, self)
        self.table = paged_view(
            self.model, "activities_table", on_open=self.edit_activity, stretch_last=True
        )
        self.total = QLabel()
        self.total.setObjectName("activities_total")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(translate("inspection.activities", "Hình thức:")))
        filters.addWidget(self.kind)
        filters.addWidget(self.late_only)
        buttons = QHBoxLayout()
        for b in (
            self.button(
                translate("inspection.activities", "Thêm cuộc giám sát, kiểm tra…"),
                "add_activity",
                self.add_activity,
            ),
            self.button(
                translate("inspection.activities", "Sửa…"), "edit_activity", self.edit_activity
            ),
            self.button(
                translate("inspection.activities", "MTTQ xác nhận biên bản…"),
                "confirm_minutes",
                self.confirm_minutes,
            ),
            self.button(
                translate("inspection.activities", "Gắn đơn thư xác minh…"),
                "link_petition",
                self.link_petition,
            ),
            self.button(
                translate("inspection.activities", "Xóa"), "delete_activity", self.delete_activity
            ),
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
            translate(
                "inspection.activities",
                "; <span style='color:#b00020'><b>{late}</b> cuộc gửi kế hoạch chậm</span>",
            ).format(late=late)
            if late
            else ""
        )
        self.total.setText(
            translate("inspection.activities", "<b>{0}</b> cuộc{extra}").format(
                self.model.rowCount(), extra=extra
            )
        )

    def selected(self) -> svc.ActivityRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            info(
                self,
                translate("inspection.activities", "Giám sát, kiểm tra"),
                translate(
                    "inspection.activities", "Hãy chọn một cuộc giám sát, kiểm tra trong danh sách."
                ),
            )
            return None
        return self.model.row_object(rows[0].row())

    def activity_dialog(self, row: svc.ActivityRow | None = None) -> FormDialog:
        term_id = self.term_id
        plans = [(translate("inspection.activities", "(không theo kế hoạch)"), None)] + [
            (f"{p.period_label}: {p.title}", p.id) for p in svc.list_plans(self.ctx, term_id)
        ]
        fields = [
            Field(
                "kind",
                translate("inspection.activities", "Hình thức"),
                "combo",
                [(k.label, k.value) for k in ActivityKind],
            ),
            Field("subject", translate("inspection.activities", "Đối tượng, nội dung")),
            Field("plan_id", translate("inspection.activities", "Theo kế hoạch"), "combo", plans),
            Field("starts_on", translate("inspection.activities", "Ngày bắt đầu"), "date"),
            Field("ends_on", translate("inspection.activities", "Ngày kết thúc"), "date_opt"),
            Field(
                "sent_mttq_on",
                translate("inspection.activities", "Gửi kế hoạch cho MTTQ"),
                "date_opt",
            ),
            Field(
                "sent_chairman_on",
                translate("inspection.activities", "Gửi Chủ tịch UBND xã"),
                "date_opt",
            ),
            Field(
                "sent_subject_on", translate("inspection.activities", "Gửi đối tượng"), "date_opt"
            ),
            Field("content", translate("inspection.activities", "Nội dung làm việc"), "multiline"),
            Field("findings", translate("inspection.activities", "Kết quả phát hiện"), "multiline"),
            Field(
                "conclusion", translate("inspection.activities", "Kết luận, kiến nghị"), "multiline"
            ),
            Field(
                "minutes_on", translate("inspection.activities", "Ngày lập biên bản"), "date_opt"
            ),
            Field(
                "minutes_confirmed_on",
                translate("inspection.activities", "MTTQ xác nhận biên bản ngày"),
                "date_opt",
            ),
            Field(
                "minutes_confirmed_by", translate("inspection.activities", "Người xác nhận (MTTQ)")
            ),
        ]

        def hint(v: dict) -> tuple[str, bool]:
            check = svc.notice_check(self.ctx, subset(v, svc.ActivityInput))
            if check.ok:
                return (
                    translate(
                        "inspection.activities",
                        "Kế hoạch đã gửi đủ, đúng hạn (chậm nhất ngày {0}, trước ít nhất 05 ngày "
                        "làm việc).",
                    ).format(fmt_date(check.latest)),
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
            translate("inspection.activities", "Cuộc giám sát, kiểm tra"),
            fields,
            values,
            save,
            self,
            hint=hint,
            intro=translate(
                "inspection.activities",
                "Kế hoạch phải gửi Ban Thường trực Ủy ban MTTQ xã, Chủ tịch UBND xã và đối tượng "
                "được giám sát, kiểm tra ít nhất 05 ngày làm việc trước khi tiến hành. Gửi chậm "
                "vẫn được ghi nhận nhưng bị đánh dấu.",
            ),
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
            translate("inspection.activities", "MTTQ xác nhận biên bản"),
            [
                Field(
                    "minutes_on", translate("inspection.activities", "Ngày lập biên bản"), "date"
                ),
                Field(
                    "confirmed_on", translate("inspection.activities", "Ngày MTTQ xác nhận"), "date"
                ),
                Field("confirmed_by", translate("inspection.activities", "Người xác nhận")),
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
        choices = [(translate("inspection.activities", "(ghi số, tên đơn ở dòng dưới)"), None)]
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
            translate("inspection.activities", "Gắn đơn thư được xác minh"),
            [
                Field(
                    "petition_id",
                    translate("inspection.activities", "Đơn thư trong sổ"),
                    "combo",
                    choices,
                ),
                Field("ref", translate("inspection.activities", "Hoặc số, tên đơn")),
                Field(
                    "result", translate("inspection.activities", "Kết quả xác minh"), "multiline"
                ),
            ],
            None,
            save,
            self,
        )
        if self.run_dialog(dialog):
            self.refresh()

    def delete_activity(self) -> None:
        row = self.selected()
        if row and confirm(
            self,
            translate("inspection.activities", "Xóa"),
            translate("inspection.activities", 'Xóa cuộc "{subject}"?').format(subject=row.subject),
        ):
            self.act(lambda: svc.delete_activity(self.ctx, row.id))
            self.screen.refresh()


# ---- Kiến nghị ----------------------------------------------------------------------------
