"""Dialogs of a petition: its record (register fields, handling steps with deadlines, linked
repeats, the protected identity), a step, and the likely duplicates at entry. Refused input is
shown in place, in Vietnamese, every bad field highlighted (kit.forms.FormBase)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.petitions import Action, Channel, PetitionState, PetitionType
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import petitions, receptions, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import DEADLINE_COLOURS
from danvan_desktop.ui.kit.forms import FormBase, ask_to_delete, combo_box, line_edit, text_box
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.petition_actions import PetitionActions
from danvan_desktop.ui.petition_steps import STEP_ACTIONS, DuplicatesDialog, StepDialog
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set

# ---- a petition ---------------------------------------------------------------------------


class PetitionDialog(PetitionActions, FormBase):
    """The record of one petition: the register form, handling steps, repeats and sessions."""

    def __init__(
        self,
        ctx: AppContext,
        petition_id: str | None,
        parent: QWidget | None = None,
        *,
        session_id: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.petition_id = petition_id
        self.session_id = session_id
        self.today = today or dt.date.today()
        self.detail: petitions.PetitionDetail | None = None
        self.identity: petitions.Identity | None = None
        self.saved = False
        self.editable = ctx.can(Permission.EDIT)
        self.setMinimumSize(760, 520)
        self.resize(960, 680)  # shrunk to the screen when shown (FormBase)
        self.required = ["summary"]
        self.error = FieldError()
        self.error.setObjectName("form_error")
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()
        self._build_form()
        self._build_steps()
        self._build_links()
        self.tabs.addTab(
            self.scrolling(self.form_widget), translate("petition_dialogs", "Thông tin đơn")
        )
        self.tabs.addTab(self.steps_widget, translate("petition_dialogs", "Xử lý, thời hạn"))
        self.tabs.addTab(self.links_widget, translate("petition_dialogs", "Đơn trùng, buổi tiếp"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setText(translate("petition_dialogs", "Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("petition_dialogs", "Đóng")
        )
        self.save_button.setEnabled(self.editable)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if petition_id:
            self.load()
        else:
            self.setWindowTitle(translate("petition_dialogs", "Tiếp nhận đơn mới"))
            if session_id:
                session = receptions.get_session(ctx, session_id)
                self.received.set_value(session.held_on)
                combo_set(self.channel, Channel.RECEPTION.value)
                self.session_label.setText(
                    translate("petition_dialogs", "Nhận tại buổi tiếp công dân ngày {0}").format(
                        fmt_date(session.held_on)
                    )
                )
            self.steps_widget.setEnabled(False)
            self.links_widget.setEnabled(False)
            self._update_header()

    # ---- building -------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.form_widget = QWidget()
        grid = QGridLayout(self.form_widget)
        self.received = DateEdit(value=self.today)
        self.received.setObjectName("received_on")
        self.channel = combo_box("channel", [(c.label, c.value) for c in Channel])
        self.type = combo_box("type", [(t.label, t.value) for t in PetitionType])
        self.field = QComboBox()
        self.field.setObjectName("field")
        self.field.setEditable(True)
        self.field.addItems(petitions.fields_in_use(self.ctx))
        self.hamlet = combo_box(
            "hamlet_code",
            [(u.full_name, u.code) for u in units.hamlets(self.ctx)],
            translate("petition_dialogs", "— Chọn thôn, tổ dân phố —"),
        )
        self.summary = text_box("summary", 80)
        self.citizen_name = line_edit(
            "citizen_name", translate("petition_dialogs", "Họ và tên người gửi đơn")
        )
        self.citizen_id = line_edit("citizen_id_no", translate("petition_dialogs", "12 chữ số"))
        self.citizen_address = line_edit("citizen_address")
        self.citizen_phone = line_edit("citizen_phone")
        self.protected = QCheckBox(
            translate("petition_dialogs", "Bảo mật danh tính người gửi (bắt buộc với đơn tố cáo)")
        )
        self.protected.setObjectName("identity_protected")
        self.reveal_button = QPushButton(translate("petition_dialogs", "Xem danh tính…"))
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setToolTip(
            translate(
                "petition_dialogs",
                "Chỉ tài khoản có quyền mới xem được; mỗi lần xem được ghi vào nhật ký",
            )
        )
        self.reveal_button.hide()
        self.reveal_button.clicked.connect(self.reveal)
        self.people = QSpinBox()
        self.people.setObjectName("people_count")
        self.people.setRange(1, 10000)
        self.crowd = QCheckBox(translate("petition_dialogs", "Đoàn đông người"))
        self.crowd.setObjectName("is_crowd")
        self.complexity = combo_box("complexity", [(v, k) for k, v in petitions.COMPLEXITY.items()])
        self.remote = QCheckBox(translate("petition_dialogs", "Vùng sâu, vùng xa"))
        self.remote.setObjectName("remote_area")
        self.multi_site = QCheckBox(translate("petition_dialogs", "Tố cáo nhiều nơi"))
        self.multi_site.setObjectName("multi_site")
        self.round = combo_box(
            "complaint_round",
            [
                (translate("petition_dialogs", "Lần đầu"), 1),
                (translate("petition_dialogs", "Lần hai"), 2),
            ],
        )
        self.handler = line_edit("handler", translate("petition_dialogs", "Cán bộ được giao xử lý"))
        self.from_agency = line_edit(
            "from_agency", translate("petition_dialogs", "Cơ quan chuyển đơn đến (nếu có)")
        )
        self.session_label = QLabel()
        left = QFormLayout()
        left.addRow(translate("petition_dialogs", "Ngày nhận đơn:"), self.received)
        left.addRow(translate("petition_dialogs", "Nguồn đơn:"), self.channel)
        left.addRow(translate("petition_dialogs", "Cơ quan chuyển đến:"), self.from_agency)
        left.addRow(translate("petition_dialogs", "Loại đơn:"), self.type)
        left.addRow(translate("petition_dialogs", "Lĩnh vực:"), self.field)
        left.addRow(translate("petition_dialogs", "Thôn, tổ dân phố:"), self.hamlet)
        left.addRow(translate("petition_dialogs", "Nội dung tóm tắt:"), self.summary)
        left.addRow("", self.session_label)
        who = QGroupBox(translate("petition_dialogs", "Người gửi đơn"))
        wf = QFormLayout(who)
        wf.addRow(translate("petition_dialogs", "Họ và tên:"), self.citizen_name)
        wf.addRow(translate("petition_dialogs", "Số CCCD:"), self.citizen_id)
        wf.addRow(translate("petition_dialogs", "Địa chỉ:"), self.citizen_address)
        wf.addRow(translate("petition_dialogs", "Điện thoại:"), self.citizen_phone)
        wf.addRow("", self.protected)
        wf.addRow("", self.reveal_button)
        right = QFormLayout()
        right.addRow(who)
        right.addRow(translate("petition_dialogs", "Số người đứng đơn:"), self.people)
        right.addRow("", self.crowd)
        right.addRow(translate("petition_dialogs", "Mức độ phức tạp:"), self.complexity)
        right.addRow("", self.remote)
        right.addRow("", self.multi_site)
        right.addRow(translate("petition_dialogs", "Khiếu nại:"), self.round)
        right.addRow(translate("petition_dialogs", "Người xử lý:"), self.handler)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        self.type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def _type_changed(self) -> None:
        if self.detail is None:  # a new petition: protect a denouncer by default
            self.protected.setChecked(
                self.type.currentData() in (PetitionType.DENUNCIATION, PetitionType.MIXED)
            )

    def _build_steps(self) -> None:
        self.steps_widget = QWidget()
        layout = QVBoxLayout(self.steps_widget)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline")
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps = make_table(
            [
                translate("petition_dialogs", "Ngày"),
                translate("petition_dialogs", "Bước"),
                translate("petition_dialogs", "Trạng thái sau"),
                translate("petition_dialogs", "Người thực hiện"),
                translate("petition_dialogs", "Ghi chú"),
                translate("petition_dialogs", "Hạn sau bước"),
                translate("petition_dialogs", "Quá hạn"),
            ],
            "steps",
        )
        self.action_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for action in STEP_ACTIONS:
            button = QPushButton(action.label)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.do_step(a))
            self.action_buttons[action.value] = button
            self.action_row.addWidget(button)
            button.hide()
        self.action_row.addStretch(1)
        layout.addWidget(self.deadline_label)
        layout.addLayout(self.action_row)
        layout.addWidget(self.steps, 1)
        self.extensions = make_table(
            [
                translate("petition_dialogs", "Ngày"),
                translate("petition_dialogs", "Số ngày"),
                translate("petition_dialogs", "Lý do"),
                translate("petition_dialogs", "Hạn cũ"),
                translate("petition_dialogs", "Hạn mới"),
            ],
            "extensions",
        )
        self.extensions.setFixedHeight(110)
        layout.addWidget(QLabel(translate("petition_dialogs", "<b>Gia hạn giải quyết</b>")))
        layout.addWidget(self.extensions)

    def _build_links(self) -> None:
        self.links_widget = QWidget()
        layout = QVBoxLayout(self.links_widget)
        self.links = make_table(
            [
                translate("petition_dialogs", "Số đơn"),
                translate("petition_dialogs", "Ngày nhận"),
                translate("petition_dialogs", "Quan hệ"),
                translate("petition_dialogs", "Nội dung"),
                translate("petition_dialogs", "Trạng thái"),
            ],
            "links",
        )
        self.sessions = make_table(
            [translate("petition_dialogs", "Ngày tiếp"), translate("petition_dialogs", "Địa điểm")],
            "sessions",
        )
        row = QHBoxLayout()
        self.find_dups = QPushButton(translate("petition_dialogs", "Tìm đơn trùng…"))
        self.find_dups.setObjectName("find_duplicates")
        self.find_dups.clicked.connect(self.link_existing)
        self.unlink = QPushButton(translate("petition_dialogs", "Bỏ liên kết"))
        self.unlink.setObjectName("unlink")
        self.unlink.clicked.connect(self.unlink_selected)
        row.addWidget(self.find_dups)
        row.addWidget(self.unlink)
        row.addStretch(1)
        layout.addWidget(QLabel(translate("petition_dialogs", "<b>Đơn trùng, đơn liên quan</b>")))
        layout.addLayout(row)
        layout.addWidget(self.links, 2)
        layout.addWidget(
            QLabel(translate("petition_dialogs", "<b>Nhận tại buổi tiếp công dân</b>"))
        )
        layout.addWidget(self.sessions, 1)

    # ---- data -----------------------------------------------------------------------------
    def form_input(self) -> petitions.PetitionInput:
        hidden = self.detail is not None and self.detail.identity_hidden and self.identity is None
        d = self.detail
        return petitions.PetitionInput(
            received_on=self.received.value(),
            channel=self.channel.currentData(),
            type=self.type.currentData(),
            summary=self.summary.toPlainText(),
            field=self.field.currentText(),
            hamlet_code=self.hamlet.currentData(),
            citizen_name=d.citizen_name if hidden else self.citizen_name.text(),
            citizen_id_no=d.citizen_id_no if hidden else self.citizen_id.text(),
            citizen_address=d.citizen_address if hidden else self.citizen_address.text(),
            citizen_phone=d.citizen_phone if hidden else self.citizen_phone.text(),
            identity_protected=self.protected.isChecked(),
            people_count=self.people.value(),
            is_crowd=self.crowd.isChecked(),
            complexity=self.complexity.currentData(),
            remote_area=self.remote.isChecked(),
            multi_site=self.multi_site.isChecked(),
            complaint_round=self.round.currentData(),
            handler=self.handler.text(),
            from_agency=self.from_agency.text(),
            reception_session_id=self.session_id,
        )

    def _fill(self, d: petitions.PetitionInput) -> None:
        self.received.set_value(d.received_on)
        combo_set(self.channel, d.channel)
        combo_set(self.type, d.type)
        self.field.setCurrentText(d.field)
        combo_set(self.hamlet, d.hamlet_code)
        self.summary.setPlainText(d.summary)
        self.citizen_name.setText(d.citizen_name)
        self.citizen_id.setText(d.citizen_id_no)
        self.citizen_address.setText(d.citizen_address)
        self.citizen_phone.setText(d.citizen_phone)
        self.protected.setChecked(bool(d.identity_protected))
        self.people.setValue(d.people_count)
        self.crowd.setChecked(d.is_crowd)
        combo_set(self.complexity, d.complexity)
        self.remote.setChecked(d.remote_area)
        self.multi_site.setChecked(d.multi_site)
        combo_set(self.round, d.complaint_round)
        self.handler.setText(d.handler)
        self.from_agency.setText(d.from_agency)

    def _set_identity_editable(self, editable: bool) -> None:
        for w in (self.citizen_name, self.citizen_id, self.citizen_address, self.citizen_phone):
            w.setReadOnly(not editable)

    def load(self) -> None:
        d = petitions.get_petition(self.ctx, self.petition_id, self.today)
        self.detail = d
        self._fill(d)
        if d.identity_hidden and self.identity is None:
            self._set_identity_editable(False)
            self.reveal_button.show()
            self.reveal_button.setEnabled(self.ctx.can(Permission.VIEW_CONFIDENTIAL))
        elif self.identity is not None:
            self._show_identity(self.identity)
        self.setWindowTitle(
            translate("petition_dialogs", "Đơn số {number_label}").format(
                number_label=d.number_label
            )
        )
        self.steps_widget.setEnabled(True)
        self.links_widget.setEnabled(True)
        allowed = set(d.allowed)
        for key, button in self.action_buttons.items():
            button.setVisible(key in allowed)
            button.setText(Action(key).label_for(d.type))
            button.setEnabled(
                self.editable and (key != Action.DECIDE or self.ctx.can(Permission.APPROVE))
            )
        fill_table(
            self.steps,
            [
                [
                    fmt_date(s["on"]),
                    Action(s["action"]).label_for(d.type),
                    PetitionState(s["to"]).label,
                    s["actor"] or s["by"],
                    s["note"],
                    fmt_date(s["due_on"]),
                    translate("petition_dialogs", "Có") if s["late"] else "",
                ]
                for s in d.steps
            ],
            colours=[DEADLINE_COLOURS["overdue"] if s["late"] else None for s in d.steps],
        )
        fill_table(
            self.extensions,
            [
                [
                    fmt_date(e["on"]),
                    e["days"],
                    e["reason"],
                    fmt_date(e["old_due"]),
                    fmt_date(e["new_due"]),
                ]
                for e in d.extension_list
            ],
        )
        fill_table(
            self.links,
            [
                [
                    x["number_label"],
                    fmt_date(x["received_on"]),
                    translate("petition_dialogs", "Đơn trùng (gửi trước)")
                    if x["direction"] == "earlier"
                    else translate("petition_dialogs", "Đơn gửi lại sau"),
                    x["summary"],
                    PetitionState(x["status"]).label,
                ]
                for x in d.links
            ],
        )
        fill_table(self.sessions, [[fmt_date(x["held_on"]), x["place"]] for x in d.sessions])
        if d.sessions:
            self.session_label.setText(
                translate("petition_dialogs", "Nhận tại buổi tiếp công dân ngày {0}").format(
                    fmt_date(d.sessions[0]["held_on"])
                )
            )
        self._update_header()

    def _update_header(self) -> None:
        d = self.detail
        if d is None:
            self.header.setText(
                translate(
                    "petition_dialogs",
                    "<h3>Tiếp nhận đơn mới</h3>Số đơn được cấp khi lưu. Trước khi lưu, phần mềm "
                    "tìm các đơn có thể trùng (cùng người, số CCCD, địa chỉ hoặc nội dung).",
                )
            )
            self.deadline_label.clear()
            return
        status = PetitionState(d.status).label
        deadline = ""
        if d.due_on:
            colour = {"overdue": "#b00020", "due_soon": "#8a5a00"}.get(d.deadline, "#1b5e20")
            deadline = translate(
                "petition_dialogs", " — hạn <b style='color:{colour}'>{0}</b> ({1})"
            ).format(fmt_date(d.due_on), DeadlineStatus(d.deadline).label, colour=colour)
        elif d.deadline:
            deadline = f" — {DeadlineStatus(d.deadline).label}"
        dup = translate("petition_dialogs", " — <b>đơn trùng</b>") if d.duplicate_of_id else ""
        self.header.setText(
            translate(
                "petition_dialogs",
                "<h3>Đơn số {number_label}: {0}</h3>Trạng thái: <b>{status}</b>{deadline}{dup}",
            ).format(
                PetitionType(d.type).label,
                number_label=d.number_label,
                status=status,
                deadline=deadline,
                dup=dup,
            )
        )
        self.deadline_label.setText(
            (
                translate(
                    "petition_dialogs", "<b>Thời hạn bước đang chờ:</b> {0} — {due_explanation}"
                ).format(fmt_date(d.due_on), due_explanation=d.due_explanation)
                if d.due_on
                else translate("petition_dialogs", "<b>Không có thời hạn đang chạy.</b>")
            )
            + (
                translate("petition_dialogs", "<br>Quy định áp dụng: {rule_version}").format(
                    rule_version=d.rule_version
                )
                if d.rule_version
                else ""
            )
        )


__all__ = [
    "DEADLINE_COLOURS",
    "PetitionDialog",
    "StepDialog",
    "DuplicatesDialog",
    "ask_to_delete",
    "fill_table",
    "make_table",
]
