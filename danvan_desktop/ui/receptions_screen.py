"""Tiếp công dân và đối thoại: reception sessions with the petitions received at each and the
monthly compliance held / required per presiding role; dialogues; one list of open commitments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import dialogues, receptions
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.dialogue_dialogs import CommitmentDialog, DialogueDialog
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.tables import fill_table, make_table, open_on
from danvan_desktop.ui.petition_dialogs import PetitionDialog
from danvan_desktop.ui.reception_dialogs import SessionDialog
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import info

OK_COLOUR, SHORT_COLOUR, LATE_COLOUR = "#e3f4e1", "#f8d0cd", "#f8d0cd"


NAV = Area(
    "receptions",
    translate("receptions_screen", "Tiếp công dân, đối thoại"),
    "danvan_desktop.ui.receptions_screen:ReceptionsScreen",
    levels=COMMUNE,
    order=50,
    tooltip=translate(
        "receptions_screen", "Buổi tiếp công dân, tần suất tiếp, hội nghị đối thoại, cam kết"
    ),
)


class ReceptionsScreen(QWidget):
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {
        "reception_sessions",
        "reception_petitions",
        "petitions",
        "dialogues",
        "dialogue_issues",
        "commitments",
        "commitment_notes",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.task: TaskHandle | None = None
        self.editable = ctx.can(Permission.EDIT)
        self.year = QComboBox()
        self.year.setObjectName("year")
        for y in sorted(set(receptions.years(ctx)) | {self.today.year}, reverse=True):
            self.year.addItem(str(y), y)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._build_sessions(), translate("receptions_screen", "Buổi tiếp công dân")
        )
        self.tabs.addTab(self._build_dialogues(), translate("receptions_screen", "Đối thoại"))
        self.tabs.addTab(
            self._build_commitments(), translate("receptions_screen", "Cam kết chưa hoàn thành")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("receptions_screen", "<h2>Tiếp công dân và đối thoại</h2>")))
        top.addStretch(1)
        top.addWidget(QLabel(translate("receptions_screen", "Năm:")))
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.year.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh()

    # ---- building -------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot, needs_edit: bool = True) -> QPushButton:  # noqa: ANN001
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _=False: slot())
        b.setEnabled(self.editable or not needs_edit)
        return b

    def _build_sessions(self) -> QWidget:
        w = QWidget()
        self.sessions = make_table(
            [
                translate("receptions_screen", "Ngày tiếp"),
                translate("receptions_screen", "Người chủ trì"),
                translate("receptions_screen", "Chức vụ"),
                translate("receptions_screen", "Hình thức"),
                translate("receptions_screen", "Lượt"),
                translate("receptions_screen", "Người"),
                translate("receptions_screen", "Đoàn đông người"),
                translate("receptions_screen", "Số đơn"),
                translate("receptions_screen", "Thông báo kết luận"),
            ],
            "sessions",
        )
        open_on(self.sessions, self.edit_session)
        self.session_petitions = make_table(
            [
                translate("receptions_screen", "Số đơn"),
                translate("receptions_screen", "Loại"),
                translate("receptions_screen", "Người gửi"),
                translate("receptions_screen", "Nội dung"),
                translate("receptions_screen", "Trạng thái"),
            ],
            "session_petitions",
        )
        open_on(self.session_petitions, self.open_session_petition)
        self.sessions.itemSelectionChanged.connect(self._load_session_petitions)
        self.compliance = QTableWidget(0, 0)
        self.compliance.setObjectName("compliance")
        self.compliance.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QHBoxLayout()
        for b in (
            self._button(
                translate("receptions_screen", "Thêm buổi tiếp…"), "new_session", self.new_session
            ),
            self._button(translate("receptions_screen", "Sửa…"), "edit_session", self.edit_session),
            self._button(
                translate("receptions_screen", "Ghi đơn nhận tại buổi tiếp…"),
                "session_petition",
                self.new_session_petition,
            ),
            self._button(
                translate("receptions_screen", "Thông báo kết luận (PDF)…"),
                "conclusion_pdf",
                self.export_conclusion,
                False,
            ),
            self._button(
                translate("receptions_screen", "Sổ tiếp công dân (Excel)…"),
                "book_xlsx",
                self.export_book,
                False,
            ),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.sessions)
        lower = QWidget()
        ll = QHBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(
            QLabel(translate("receptions_screen", "<b>Đơn nhận tại buổi tiếp đã chọn</b>"))
        )
        left.addWidget(self.session_petitions)
        right = QVBoxLayout()
        self.compliance_title = QLabel()
        right.addWidget(self.compliance_title)
        right.addWidget(self.compliance)
        ll.addLayout(left, 3)
        ll.addLayout(right, 2)
        split.addWidget(lower)
        layout = QVBoxLayout(w)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return w

    def _build_dialogues(self) -> QWidget:
        w = QWidget()
        self.dialogues = make_table(
            [
                translate("receptions_screen", "Ngày"),
                translate("receptions_screen", "Loại"),
                translate("receptions_screen", "Tên hội nghị"),
                translate("receptions_screen", "Chủ trì"),
                translate("receptions_screen", "Số người dự"),
                translate("receptions_screen", "Ý kiến"),
                translate("receptions_screen", "Cam kết chưa xong"),
            ],
            "dialogues",
        )
        open_on(self.dialogues, self.edit_dialogue)
        self.dialogue_summary = QLabel()
        self.dialogue_summary.setObjectName("dialogue_summary")
        buttons = QHBoxLayout()
        buttons.addWidget(
            self._button(
                translate("receptions_screen", "Thêm hội nghị đối thoại…"),
                "new_dialogue",
                self.new_dialogue,
            )
        )
        buttons.addWidget(
            self._button(
                translate("receptions_screen", "Xem, sửa…"), "edit_dialogue", self.edit_dialogue
            )
        )
        buttons.addStretch(1)
        buttons.addWidget(self.dialogue_summary)
        layout = QVBoxLayout(w)
        layout.addLayout(buttons)
        layout.addWidget(self.dialogues, 1)
        return w

    def _build_commitments(self) -> QWidget:
        w = QWidget()
        self.commitments = make_table(
            [
                translate("receptions_screen", "Hạn"),
                translate("receptions_screen", "Quá hạn (ngày)"),
                translate("receptions_screen", "Nội dung cam kết"),
                translate("receptions_screen", "Người thực hiện"),
                translate("receptions_screen", "Trạng thái"),
                translate("receptions_screen", "Theo dõi gần nhất"),
                translate("receptions_screen", "Hội nghị"),
                translate("receptions_screen", "Ngày đối thoại"),
            ],
            "commitments",
        )
        open_on(self.commitments, self.follow_commitment)
        buttons = QHBoxLayout()
        buttons.addWidget(
            self._button(
                translate("receptions_screen", "Ghi theo dõi, hoàn thành…"),
                "follow_commitment",
                self.follow_commitment,
            )
        )
        buttons.addStretch(1)
        layout = QVBoxLayout(w)
        layout.addLayout(buttons)
        layout.addWidget(self.commitments, 1)
        return w

    # ---- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        self.refresh()

    def refresh(self) -> None:
        year = self.year.currentData() or self.today.year
        self.session_rows = receptions.list_sessions(self.ctx, year)
        fill_table(
            self.sessions,
            [
                [
                    fmt_date(r.held_on),
                    r.presider_name,
                    r.presider_label,
                    receptions.FORMS.get(r.form, r.form),
                    r.visits,
                    r.people,
                    r.crowd_cases or "",
                    r.petitions,
                    translate("receptions_screen", "Có") if r.has_conclusion else "",
                ]
                for r in self.session_rows
            ],
        )
        if self.session_rows and self.sessions.currentRow() < 0:
            self.sessions.selectRow(0)
        self._load_session_petitions()
        rows = receptions.compliance(self.ctx, year, self.today)
        roles = list(dict.fromkeys(r.label for r in rows))
        months = sorted({r.month for r in rows})
        self.compliance.clear()
        self.compliance.setRowCount(len(months))
        self.compliance.setColumnCount(len(roles))
        self.compliance.setHorizontalHeaderLabels(roles)
        self.compliance.setVerticalHeaderLabels(
            [translate("receptions_screen", "Tháng {m}").format(m=m) for m in months]
        )
        for r in rows:
            item = QTableWidgetItem(f"{r.held} / {r.required}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QBrush(QColor(OK_COLOUR if r.ok else SHORT_COLOUR)))
            item.setToolTip(r.legal_basis)
            self.compliance.setItem(months.index(r.month), roles.index(r.label), item)
        self.compliance.resizeColumnsToContents()
        self.compliance_rows = rows
        self.compliance_title.setText(
            translate(
                "receptions_screen",
                "<b>Tiếp công dân định kỳ năm {year}: đã tiếp / phải tiếp</b> (Chủ tịch: "
                "số tuần có tiếp; Bí thư: số ngày trong tháng)",
            ).format(year=year)
        )
        self.dialogue_rows = dialogues.list_dialogues(self.ctx, year)
        fill_table(
            self.dialogues,
            [
                [
                    fmt_date(d.held_on),
                    d.kind_label,
                    d.title,
                    d.presider,
                    d.participant_count,
                    d.issues,
                    d.commitments_open or "",
                ]
                for d in self.dialogue_rows
            ],
        )
        dc = receptions.dialogue_compliance(self.ctx, year)
        self.dialogue_summary.setText(
            "; ".join(f"{c.label}: <b>{c.held} / {c.required}</b>" for c in dc)
        )
        self.commitment_rows = dialogues.open_commitments(self.ctx, self.today)
        fill_table(
            self.commitments,
            [
                [
                    fmt_date(c.due_on),
                    c.days_overdue or "",
                    c.what,
                    c.owner,
                    c.status_label,
                    c.last_note,
                    c.dialogue_title,
                    fmt_date(c.dialogue_on),
                ]
                for c in self.commitment_rows
            ],
            colours=[LATE_COLOUR if c.overdue else None for c in self.commitment_rows],
        )
        self.tabs.setTabText(
            2,
            translate("receptions_screen", "Cam kết chưa hoàn thành ({0})").format(
                len(self.commitment_rows)
            ),
        )

    def _selected_session(self) -> receptions.SessionRow | None:
        row = self.sessions.currentRow()
        return self.session_rows[row] if 0 <= row < len(self.session_rows) else None

    def _load_session_petitions(self) -> None:
        from danvan_desktop.domain.petitions import PetitionState, PetitionType

        s = self._selected_session()
        self.session_petition_rows = receptions.get_session(self.ctx, s.id).petitions if s else []
        fill_table(
            self.session_petitions,
            [
                [
                    p["number_label"],
                    PetitionType(p["type"]).label,
                    p["citizen"],
                    p["summary"],
                    PetitionState(p["status"]).label,
                ]
                for p in self.session_petition_rows
            ],
        )

    # ---- actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.new_dialogue()
        else:
            self.new_session()

    def new_session(self) -> None:
        if SessionDialog(self.ctx, None, self, today=self.today).exec():
            self.refresh()

    def edit_session(self) -> None:
        s = self._selected_session()
        if s is None:
            info(
                self,
                translate("receptions_screen", "Buổi tiếp"),
                translate("receptions_screen", "Hãy chọn một buổi tiếp công dân."),
            )
            return
        if SessionDialog(self.ctx, s.id, self, today=self.today).exec():
            self.refresh()

    def new_session_petition(self) -> PetitionDialog | None:
        s = self._selected_session()
        if s is None:
            info(
                self,
                translate("receptions_screen", "Ghi đơn"),
                translate("receptions_screen", "Hãy chọn buổi tiếp công dân đã nhận đơn."),
            )
            return None
        row = self.sessions.currentRow()
        dialog = PetitionDialog(self.ctx, None, self, session_id=s.id, today=self.today)
        dialog.exec()
        self.refresh()
        self.sessions.selectRow(row)
        return dialog

    def open_session_petition(self) -> None:
        row = self.session_petitions.currentRow()
        if 0 <= row < len(self.session_petition_rows):
            PetitionDialog(
                self.ctx, self.session_petition_rows[row]["id"], self, today=self.today
            ).exec()
            self.refresh()

    def new_dialogue(self) -> None:
        if DialogueDialog(self.ctx, None, self, today=self.today).exec():
            self.refresh()

    def edit_dialogue(self) -> None:
        row = self.dialogues.currentRow()
        if not 0 <= row < len(self.dialogue_rows):
            info(
                self,
                translate("receptions_screen", "Đối thoại"),
                translate("receptions_screen", "Hãy chọn một hội nghị đối thoại."),
            )
            return
        if DialogueDialog(self.ctx, self.dialogue_rows[row].id, self, today=self.today).exec():
            self.refresh()

    def follow_commitment(self) -> None:
        row = self.commitments.currentRow()
        if not 0 <= row < len(self.commitment_rows):
            info(
                self,
                translate("receptions_screen", "Cam kết"),
                translate("receptions_screen", "Hãy chọn một cam kết trong danh sách."),
            )
            return
        if CommitmentDialog(self.ctx, self.commitment_rows[row], self, today=self.today).exec():
            self.refresh()

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)

    def export_conclusion(self) -> None:
        from danvan_desktop.reports import petition_reports

        s = self._selected_session()
        if s is None:
            info(
                self,
                translate("receptions_screen", "Thông báo kết luận"),
                translate("receptions_screen", "Hãy chọn một buổi tiếp công dân."),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("receptions_screen", "Thông báo kết luận"),
            str(Path.home() / f"thong-bao-ket-luan-{s.held_on:%Y%m%d}.pdf"),
            translate("receptions_screen", "Tài liệu PDF (*.pdf)"),
        )
        if path:
            target = Path(path).with_suffix(".pdf")
            self.task = run_task(
                self,
                translate("receptions_screen", "Thông báo kết luận"),
                lambda progress: petition_reports.export_conclusion_pdf(
                    self.ctx, target, s.id, progress, self.today
                ),
                lambda p: self._status(translate("receptions_screen", "Đã xuất: {p}").format(p=p)),
            )

    def export_book(self) -> None:
        from danvan_desktop.reports import petition_reports

        year = self.year.currentData() or self.today.year
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("receptions_screen", "Sổ tiếp công dân"),
            str(Path.home() / f"so-tiep-cong-dan-{year}.xlsx"),
            translate("receptions_screen", "Bảng tính Excel (*.xlsx)"),
        )
        if path:
            target = Path(path).with_suffix(".xlsx")
            self.task = run_task(
                self,
                translate("receptions_screen", "Sổ tiếp công dân"),
                lambda progress: petition_reports.export_reception_book_xlsx(
                    self.ctx, target, year, progress, self.today
                ),
                lambda p: self._status(translate("receptions_screen", "Đã xuất: {p}").format(p=p)),
            )
