"""Kiến nghị: recommendations (SQL-paged), overdue in red, answers and follow-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.inspection import (
    FollowUp,
)
from danvan_desktop.services import inspection as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.common import (
    STATUS_COLOURS,
    _Tab,
)
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset
from danvan_desktop.ui.kit.paged import Column, PagedTableModel, paged_view
from danvan_desktop.ui.widgets import confirm, info

STATES = [
    (translate("inspection.recommendations", "Tất cả"), None),
    (translate("inspection.recommendations", "Chưa trả lời"), "open"),
    (translate("inspection.recommendations", "Quá hạn chưa trả lời"), "overdue"),
    (translate("inspection.recommendations", "Đã trả lời"), "answered"),
    (translate("inspection.recommendations", "Trả lời quá hạn"), "late"),
]

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen


class RecommendationsTab(_Tab):
    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__(screen)
        self.search = QLineEdit()
        self.search.setObjectName("recommendation_search")
        self.search.setPlaceholderText(
            translate("inspection.recommendations", "Tìm theo số, nơi nhận, nội dung…")
        )
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setObjectName("recommendation_state")
        for text, data in STATES:
            self.state.addItem(text, data)
        columns = [
            Column(translate("inspection.recommendations", "Số"), lambda r: r.doc_no, width=100),
            Column(
                translate("inspection.recommendations", "Ngày gửi"),
                lambda r: fmt_date(r.sent_on),
                width=90,
            ),
            Column(
                translate("inspection.recommendations", "Nội dung kiến nghị"),
                lambda r: r.content,
                width=360,
                tooltip=lambda r: r.content,
            ),
            Column(
                translate("inspection.recommendations", "Hạn trả lời"),
                lambda r: fmt_date(r.due_on),
                width=90,
            ),
            Column(
                translate("inspection.recommendations", "Ngày trả lời"),
                lambda r: fmt_date(r.answered_on),
                width=90,
            ),
            Column(
                translate("inspection.recommendations", "Tình trạng"),
                lambda r: r.status_label,
                width=170,
                background=lambda r: STATUS_COLOURS.get(r.status),
                tooltip=lambda r: translate(
                    "inspection.recommendations",
                    "Hạn trả lời: 15 ngày kể từ ngày UBND xã nhận ({0}).",
                ).format(fmt_date(r.received_on)),
            ),
            Column(
                translate("inspection.recommendations", "Chậm (ngày)"),
                lambda r: r.days_late(self.today) or "",
                align_right=True,
                width=85,
            ),
            Column(
                translate("inspection.recommendations", "Thực hiện"),
                lambda r: r.follow_up_label if r.answered_on else "",
                width=120,
            ),
        ]
        self.model = PagedTableModel(columns, self._count, self._page, self)
        self.table = paged_view(
            self.model, "recommendations_table", on_open=self.edit_recommendation, stretch_last=True
        )
        self.total = QLabel()
        self.total.setObjectName("recommendations_total")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(translate("inspection.recommendations", "Tình trạng:")))
        filters.addWidget(self.state)
        buttons = QHBoxLayout()
        for b in (
            self.button(
                translate("inspection.recommendations", "Thêm kiến nghị…"),
                "add_recommendation",
                self.add_recommendation,
            ),
            self.button(
                translate("inspection.recommendations", "Sửa…"),
                "edit_recommendation",
                self.edit_recommendation,
            ),
            self.button(
                translate("inspection.recommendations", "Ghi nhận trả lời…"),
                "record_answer",
                self.record_answer,
            ),
            self.button(
                translate("inspection.recommendations", "Theo dõi thực hiện…"),
                "record_follow_up",
                self.record_follow_up,
            ),
            self.button(
                translate("inspection.recommendations", "In văn bản kiến nghị (PDF)…"),
                "letter_pdf",
                self.letter_pdf,
                edit=False,
            ),
            self.button(
                translate("inspection.recommendations", "Xóa"),
                "delete_recommendation",
                self.delete_recommendation,
            ),
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
            translate(
                "inspection.recommendations",
                " — <span style='color:#b00020'><b>{overdue} quá hạn chưa trả lời</b></span>",
            ).format(overdue=f.overdue)
            if f.overdue
            else ""
        )
        self.total.setText(
            translate(
                "inspection.recommendations",
                "<b>{total}</b> kiến nghị trong nhiệm kỳ: {answered} đã trả lời "
                "({on_time} đúng hạn, {late} quá hạn){overdue}. Tỷ lệ trả lời đúng hạn "
                "15 ngày: <b>{0}</b>.",
            ).format(
                rules.format_rate(f.on_time_rate),
                total=f.total,
                answered=f.answered,
                on_time=f.on_time,
                late=f.late,
                overdue=overdue,
            )
        )

    def selected(self) -> svc.RecommendationRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            info(
                self,
                translate("inspection.recommendations", "Kiến nghị"),
                translate("inspection.recommendations", "Hãy chọn một kiến nghị trong danh sách."),
            )
            return None
        return self.model.row_object(rows[0].row())

    def recommendation_dialog(self, row: svc.RecommendationRow | None = None) -> FormDialog:
        term_id = self.term_id
        acts = [(translate("inspection.recommendations", "(không)"), None)] + [
            (f"{fmt_date(a.starts_on)} – {a.subject}", a.id)
            for a in svc.list_activities(self.ctx, svc.ActivityFilter(term_id=term_id), limit=500)
        ]
        fields = [
            Field("doc_no", translate("inspection.recommendations", "Số văn bản")),
            Field("sent_on", translate("inspection.recommendations", "Ngày gửi"), "date"),
            Field(
                "received_on",
                translate("inspection.recommendations", "Ngày UBND xã nhận"),
                "date_opt",
                tooltip=translate(
                    "inspection.recommendations", "Để trống nếu nhận ngay trong ngày gửi"
                ),
            ),
            Field("addressee", translate("inspection.recommendations", "Nơi nhận")),
            Field(
                "content",
                translate("inspection.recommendations", "Nội dung kiến nghị"),
                "multiline",
                required=True,
            ),
            Field(
                "activity_id",
                translate("inspection.recommendations", "Qua cuộc giám sát"),
                "combo",
                acts,
            ),
        ]

        def hint(v: dict) -> tuple[str, bool]:
            received = v.get("received_on") or v.get("sent_on")
            due = rules.answer_due(
                received, svc.work_calendar(self.ctx), svc.deadline_rules(self.ctx)
            )
            return (
                translate(
                    "inspection.recommendations",
                    "Hạn trả lời: {0} (15 ngày kể từ ngày UBND xã nhận kiến nghị).",
                ).format(fmt_date(due.due)),
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
            translate("inspection.recommendations", "Kiến nghị của Ban Thanh tra nhân dân"),
            fields,
            values,
            save,
            self,
            hint=hint,
        )

    def answer_dialog(self, row: svc.RecommendationRow) -> FormDialog:
        def hint(v: dict) -> tuple[str, bool]:
            on = v.get("answered_on")
            if on is None or row.due_on is None:
                return "", False
            if on <= row.due_on:
                return translate(
                    "inspection.recommendations", "Trả lời trong hạn (hạn {0})."
                ).format(fmt_date(row.due_on)), False
            return (
                translate(
                    "inspection.recommendations", "Trả lời quá hạn {0} ngày (hạn {1})."
                ).format((on - row.due_on).days, fmt_date(row.due_on)),
                True,
            )

        return FormDialog(
            translate("inspection.recommendations", "Ghi nhận trả lời của UBND xã"),
            [
                Field(
                    "answered_on", translate("inspection.recommendations", "Ngày trả lời"), "date"
                ),
                Field("answer_ref", translate("inspection.recommendations", "Số văn bản trả lời")),
                Field(
                    "summary",
                    translate("inspection.recommendations", "Nội dung trả lời"),
                    "multiline",
                ),
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
            intro=translate("inspection.recommendations", "Kiến nghị {doc_no}: {content}").format(
                doc_no=row.doc_no, content=row.content
            ),
            hint=hint,
        )

    def follow_up_dialog(self, row: svc.RecommendationRow) -> FormDialog:
        return FormDialog(
            translate("inspection.recommendations", "Theo dõi việc thực hiện kiến nghị"),
            [
                Field(
                    "state",
                    translate("inspection.recommendations", "Kết quả"),
                    "combo",
                    [(s.label, s.value) for s in FollowUp],
                ),
                Field("on", translate("inspection.recommendations", "Ngày kiểm tra"), "date"),
                Field("note", translate("inspection.recommendations", "Ghi chú"), "multiline"),
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
        if row and confirm(
            self,
            translate("inspection.recommendations", "Xóa kiến nghị"),
            translate("inspection.recommendations", "Xóa kiến nghị {0} (nhập nhầm)?").format(
                row.doc_no or ""
            ),
        ):
            self.act(lambda: svc.delete_recommendation(self.ctx, row.id))
            self.screen.refresh()


# ---- Báo cáo ------------------------------------------------------------------------------
