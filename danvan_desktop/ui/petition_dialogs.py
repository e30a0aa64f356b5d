"""Dialogs of the reception and petition area: a petition's record (register fields, handling
steps with deadlines, linked repeats, the protected identity), a step, the likely duplicates at
entry, a reception session, a dialogue with its issues and commitments, and a commitment's
follow-up. Refused input is shown in place, in Vietnamese, with the field focused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date, parse_date
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from danvan_desktop.domain.petitions import Action, Channel, PetitionState, PetitionType
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import dialogues, petitions, receptions, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set, confirm, ok_cancel

DEADLINE_COLOURS = {
    DeadlineStatus.OVERDUE.value: "#f8d0cd",
    DeadlineStatus.DUE_SOON.value: "#fff0c2",
    DeadlineStatus.CLOSED_LATE.value: "#fde2e1",
    DeadlineStatus.CLOSED_ON_TIME.value: "#e3f4e1",
}
STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]


def run_service(
    error: FieldError,
    fn: Callable[..., Any],
    *args: Any,
    focus: QWidget | None = None,
    **kwargs: Any,
) -> Any:
    """Call a service; a refusal is shown in `error` (and the named field focused), returning None."""
    try:
        error.clear_error()
        result = fn(*args, **kwargs)
        return True if result is None else result
    except (RuleViolation, NotFound, PermissionDenied) as exc:
        error.show_error(exc.message)
        field = getattr(exc, "field", None)
        widget = focus.findChild(QWidget, field) if (focus is not None and field) else None
        if widget is not None:
            widget.setFocus()
        return None


def make_table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill_table(
    table: QTableWidget, rows: list[list[Any]], colours: list[str | None] | None = None
) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if colours and colours[r]:
                item.setBackground(QBrush(QColor(colours[r])))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _combo(name: str, items: list[tuple[str, Any]], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _text(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setFixedHeight(height)
    return edit


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


# ---- a petition ---------------------------------------------------------------------------


class PetitionDialog(QDialog):
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
        self.setMinimumSize(960, 680)
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
        self.tabs.addTab(self.form_widget, "Thông tin đơn")
        self.tabs.addTab(self.steps_widget, "Xử lý, thời hạn")
        self.tabs.addTab(self.links_widget, "Đơn trùng, buổi tiếp")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
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
            self.setWindowTitle("Tiếp nhận đơn mới")
            if session_id:
                session = receptions.get_session(ctx, session_id)
                self.received.set_value(session.held_on)
                combo_set(self.channel, Channel.RECEPTION.value)
                self.session_label.setText(
                    f"Nhận tại buổi tiếp công dân ngày {fmt_date(session.held_on)}"
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
        self.channel = _combo("channel", [(c.label, c.value) for c in Channel])
        self.type = _combo("type", [(t.label, t.value) for t in PetitionType])
        self.field = QComboBox()
        self.field.setObjectName("field")
        self.field.setEditable(True)
        self.field.addItems(petitions.fields_in_use(self.ctx))
        self.hamlet = _combo(
            "hamlet_code",
            [(u.full_name, u.code) for u in units.hamlets(self.ctx)],
            "— Chọn thôn, tổ dân phố —",
        )
        self.summary = _text("summary", 80)
        self.citizen_name = _line("citizen_name", "Họ và tên người gửi đơn")
        self.citizen_id = _line("citizen_id_no", "12 chữ số")
        self.citizen_address = _line("citizen_address")
        self.citizen_phone = _line("citizen_phone")
        self.protected = QCheckBox("Bảo mật danh tính người gửi (bắt buộc với đơn tố cáo)")
        self.protected.setObjectName("identity_protected")
        self.reveal_button = QPushButton("Xem danh tính…")
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setToolTip(
            "Chỉ tài khoản có quyền mới xem được; mỗi lần xem được ghi vào nhật ký"
        )
        self.reveal_button.hide()
        self.reveal_button.clicked.connect(self.reveal)
        self.people = QSpinBox()
        self.people.setObjectName("people_count")
        self.people.setRange(1, 10000)
        self.crowd = QCheckBox("Đoàn đông người")
        self.crowd.setObjectName("is_crowd")
        self.complexity = _combo("complexity", [(v, k) for k, v in petitions.COMPLEXITY.items()])
        self.remote = QCheckBox("Vùng sâu, vùng xa")
        self.remote.setObjectName("remote_area")
        self.multi_site = QCheckBox("Tố cáo nhiều nơi")
        self.multi_site.setObjectName("multi_site")
        self.round = _combo("complaint_round", [("Lần đầu", 1), ("Lần hai", 2)])
        self.handler = _line("handler", "Cán bộ được giao xử lý")
        self.from_agency = _line("from_agency", "Cơ quan chuyển đơn đến (nếu có)")
        self.session_label = QLabel()
        left = QFormLayout()
        left.addRow("Ngày nhận đơn:", self.received)
        left.addRow("Nguồn đơn:", self.channel)
        left.addRow("Cơ quan chuyển đến:", self.from_agency)
        left.addRow("Loại đơn:", self.type)
        left.addRow("Lĩnh vực:", self.field)
        left.addRow("Thôn, tổ dân phố:", self.hamlet)
        left.addRow("Nội dung tóm tắt:", self.summary)
        left.addRow("", self.session_label)
        who = QGroupBox("Người gửi đơn")
        wf = QFormLayout(who)
        wf.addRow("Họ và tên:", self.citizen_name)
        wf.addRow("Số CCCD:", self.citizen_id)
        wf.addRow("Địa chỉ:", self.citizen_address)
        wf.addRow("Điện thoại:", self.citizen_phone)
        wf.addRow("", self.protected)
        wf.addRow("", self.reveal_button)
        right = QFormLayout()
        right.addRow(who)
        right.addRow("Số người đứng đơn:", self.people)
        right.addRow("", self.crowd)
        right.addRow("Mức độ phức tạp:", self.complexity)
        right.addRow("", self.remote)
        right.addRow("", self.multi_site)
        right.addRow("Khiếu nại:", self.round)
        right.addRow("Người xử lý:", self.handler)
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
                "Ngày",
                "Bước",
                "Trạng thái sau",
                "Người thực hiện",
                "Ghi chú",
                "Hạn sau bước",
                "Quá hạn",
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
            ["Ngày", "Số ngày", "Lý do", "Hạn cũ", "Hạn mới"], "extensions"
        )
        self.extensions.setFixedHeight(110)
        layout.addWidget(QLabel("<b>Gia hạn giải quyết</b>"))
        layout.addWidget(self.extensions)

    def _build_links(self) -> None:
        self.links_widget = QWidget()
        layout = QVBoxLayout(self.links_widget)
        self.links = make_table(
            ["Số đơn", "Ngày nhận", "Quan hệ", "Nội dung", "Trạng thái"], "links"
        )
        self.sessions = make_table(["Ngày tiếp", "Địa điểm"], "sessions")
        row = QHBoxLayout()
        self.find_dups = QPushButton("Tìm đơn trùng…")
        self.find_dups.setObjectName("find_duplicates")
        self.find_dups.clicked.connect(self.link_existing)
        self.unlink = QPushButton("Bỏ liên kết")
        self.unlink.setObjectName("unlink")
        self.unlink.clicked.connect(self.unlink_selected)
        row.addWidget(self.find_dups)
        row.addWidget(self.unlink)
        row.addStretch(1)
        layout.addWidget(QLabel("<b>Đơn trùng, đơn liên quan</b>"))
        layout.addLayout(row)
        layout.addWidget(self.links, 2)
        layout.addWidget(QLabel("<b>Nhận tại buổi tiếp công dân</b>"))
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
        self.setWindowTitle(f"Đơn số {d.number_label}")
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
                    "Có" if s["late"] else "",
                ]
                for s in d.steps
            ],
            [DEADLINE_COLOURS["overdue"] if s["late"] else None for s in d.steps],
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
                    "Đơn trùng (gửi trước)" if x["direction"] == "earlier" else "Đơn gửi lại sau",
                    x["summary"],
                    PetitionState(x["status"]).label,
                ]
                for x in d.links
            ],
        )
        fill_table(self.sessions, [[fmt_date(x["held_on"]), x["place"]] for x in d.sessions])
        if d.sessions:
            self.session_label.setText(
                f"Nhận tại buổi tiếp công dân ngày {fmt_date(d.sessions[0]['held_on'])}"
            )
        self._update_header()

    def _update_header(self) -> None:
        d = self.detail
        if d is None:
            self.header.setText(
                "<h3>Tiếp nhận đơn mới</h3>Số đơn được cấp khi lưu. Trước khi lưu, phần mềm "
                "tìm các đơn có thể trùng (cùng người, số CCCD, địa chỉ hoặc nội dung)."
            )
            self.deadline_label.clear()
            return
        status = PetitionState(d.status).label
        deadline = ""
        if d.due_on:
            colour = {"overdue": "#b00020", "due_soon": "#8a5a00"}.get(d.deadline, "#1b5e20")
            deadline = (
                f" — hạn <b style='color:{colour}'>{fmt_date(d.due_on)}</b> "
                f"({DeadlineStatus(d.deadline).label})"
            )
        elif d.deadline:
            deadline = f" — {DeadlineStatus(d.deadline).label}"
        dup = " — <b>đơn trùng</b>" if d.duplicate_of_id else ""
        self.header.setText(
            f"<h3>Đơn số {d.number_label}: {PetitionType(d.type).label}</h3>"
            f"Trạng thái: <b>{status}</b>{deadline}{dup}"
        )
        self.deadline_label.setText(
            (
                f"<b>Thời hạn bước đang chờ:</b> {fmt_date(d.due_on)} — {d.due_explanation}"
                if d.due_on
                else "<b>Không có thời hạn đang chạy.</b>"
            )
            + (f"<br>Quy định áp dụng: {d.rule_version}" if d.rule_version else "")
        )

    # ---- actions --------------------------------------------------------------------------
    def choose_duplicate(self, hits: list[petitions.DuplicateHit]) -> tuple[bool, str | None]:
        """Ask what to do with likely repeats: (go on?, id to link to or None). Tests replace it."""
        dialog = DuplicatesDialog(hits, self)
        if not dialog.exec():
            return False, None
        return True, dialog.chosen_id()

    def save(self) -> None:
        data = self.form_input()
        if self.petition_id is None:
            hits = run_service(self.error, petitions.find_duplicates, self.ctx, data)
            if hits is None:
                return
            duplicate_of = None
            if hits is not True and hits:
                go_on, duplicate_of = self.choose_duplicate(hits)
                if not go_on:
                    return
            new_id = run_service(
                self.error,
                petitions.register_petition,
                self.ctx,
                data,
                duplicate_of=duplicate_of,
                today=self.today,
                focus=self.form_widget,
            )
            if not new_id:
                return
            self.petition_id = new_id
        else:
            if not run_service(
                self.error,
                petitions.update_petition,
                self.ctx,
                self.petition_id,
                data,
                self.detail.revision,
                today=self.today,
                focus=self.form_widget,
            ):
                return
        self.saved = True
        self.load()
        self.header.setText(self.header.text() + "<br><span style='color:#1b5e20'>Đã lưu.</span>")

    def reveal(self) -> None:
        ident = run_service(self.error, petitions.reveal_identity, self.ctx, self.petition_id)
        if ident:
            self.identity = ident
            self._show_identity(ident)

    def _show_identity(self, ident: petitions.Identity) -> None:
        self.citizen_name.setText(ident.name)
        self.citizen_id.setText(ident.id_no)
        self.citizen_address.setText(ident.address)
        self.citizen_phone.setText(ident.phone)
        self._set_identity_editable(True)
        self.reveal_button.hide()

    def do_step(self, action: Action, dialog: StepDialog | None = None) -> bool:
        """Record a step through the step dialog (tests may pass one already filled in)."""
        if self.detail is None:
            return False
        dialog = dialog or StepDialog(action, self.detail.type, self, today=self.today)
        if dialog is not None and not dialog.exec():
            return False
        ok = run_service(
            self.error,
            petitions.take_step,
            self.ctx,
            self.petition_id,
            action,
            dialog.date.value(),
            note=dialog.note.toPlainText(),
            actor=dialog.actor.text(),
            reason=dialog.note.toPlainText(),
            outcome=dialog.outcome.toPlainText(),
            transferred_to=dialog.transferred_to.text(),
            today=self.today,
        )
        if ok:
            self.saved = True
            self.load()
        return bool(ok)

    def link_existing(self) -> None:
        data = self.form_input()
        hits = run_service(
            self.error,
            petitions.find_duplicates,
            self.ctx,
            data,
            exclude_id=self.petition_id,
            threshold=0.6,
            limit=10,
        )
        if hits is None:
            return
        if hits is True or not hits:
            self.error.show_error("Không tìm thấy đơn nào giống đơn này.")
            return
        go_on, other = self.choose_duplicate(hits)
        if (
            go_on
            and other
            and run_service(self.error, petitions.link_duplicate, self.ctx, self.petition_id, other)
        ):
            self.saved = True
            self.load()

    def unlink_selected(self) -> None:
        row = self.links.currentRow()
        if row < 0 or self.detail is None:
            return
        link = self.detail.links[row]
        if link["direction"] == "earlier" and run_service(
            self.error, petitions.unlink_duplicate, self.ctx, self.petition_id, link["id"]
        ):
            self.load()

    def reject(self) -> None:
        if self.saved:
            self.accept()
        else:
            super().reject()


class StepDialog(QDialog):
    """One handling step: its date, who took it, a note or reason; the decision's outcome; where
    a transfer goes."""

    def __init__(
        self,
        action: Action,
        petition_type: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(action.label_for(petition_type))
        self.date = DateEdit(value=today or dt.date.today())
        self.date.setObjectName("step_date")
        self.actor = _line("step_actor", "Người thực hiện (để trống: tài khoản đang dùng)")
        self.note = _text("step_note")
        self.outcome = _text("step_outcome")
        self.transferred_to = _line("step_transferred_to", "Cơ quan có thẩm quyền")
        form = QFormLayout(self)
        form.addRow("Ngày thực hiện:", self.date)
        form.addRow("Người thực hiện:", self.actor)
        if action == Action.DECIDE:
            form.addRow("Kết quả giải quyết:", self.outcome)
        if action == Action.TRANSFER:
            form.addRow("Chuyển đến:", self.transferred_to)
        label = "Lý do:" if action in (Action.EXTEND, Action.SUSPEND) else "Ghi chú:"
        form.addRow(label, self.note)
        form.addRow(ok_cancel(self))


class DuplicatesDialog(QDialog):
    """Likely repeats found at entry: link the new petition to one, or register it as new."""

    def __init__(self, hits: list[petitions.DuplicateHit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits = hits
        self.setWindowTitle("Có thể là đơn trùng")
        self.table = make_table(
            ["Số đơn", "Ngày nhận", "Người gửi", "Nội dung", "Trạng thái", "Mức giống"],
            "duplicates",
        )
        fill_table(
            self.table,
            [
                [
                    h.number_label,
                    fmt_date(h.received_on),
                    h.citizen,
                    h.summary,
                    PetitionState(h.status).label,
                    f"{round(h.score * 100)}%",
                ]
                for h in hits
            ],
        )
        self.table.selectRow(0)
        self.link_choice = QCheckBox(
            "Liên kết đơn mới với đơn đã chọn (đơn gửi lại, không thụ lý hai lần)"
        )
        self.link_choice.setObjectName("link_choice")
        self.link_choice.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Đã có đơn giống đơn đang nhập (cùng người, số CCCD, địa chỉ hoặc nội dung):")
        )
        layout.addWidget(self.table)
        layout.addWidget(self.link_choice)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Tiếp tục lưu")
        layout.addWidget(buttons)
        self.resize(820, 320)

    def chosen_id(self) -> str | None:
        row = self.table.currentRow()
        if not self.link_choice.isChecked() or row < 0:
            return None
        return self.hits[row].id


# ---- reception sessions ---------------------------------------------------------------------


class SessionDialog(QDialog):
    """A reception session: date, place, form, kind, who presided, visits, crowds, conclusion."""

    def __init__(
        self,
        ctx: AppContext,
        session_id: str | None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.today = today or dt.date.today()
        self.setWindowTitle("Buổi tiếp công dân")
        self.setMinimumWidth(640)
        self.held_on = DateEdit(value=self.today)
        self.held_on.setObjectName("held_on")
        self.role = _combo(
            "presider_role", list((v, k) for k, v in receptions.PRESIDER_ROLES.items())
        )
        self.presider = _line("presider_name", "Họ và tên người chủ trì")
        self.place = _line("place")
        self.place.setText("Trụ sở tiếp công dân xã")
        self.form = _combo("form", [(v, k) for k, v in receptions.FORMS.items()])
        self.kind = _combo("kind", [(v, k) for k, v in receptions.KINDS.items()])
        self.visits, self.people, self.crowds = QSpinBox(), QSpinBox(), QSpinBox()
        for w, name in (
            (self.visits, "visits"),
            (self.people, "people"),
            (self.crowds, "crowd_cases"),
        ):
            w.setObjectName(name)
            w.setRange(0, 100000)
        self.content = _text("content", 60)
        self.conclusion_no = _line("conclusion_no", "Ví dụ: 15/TB-UBND")
        self.conclusion_on = DateEdit(optional=True)
        self.conclusion_on.setObjectName("conclusion_on")
        self.conclusion = _text("conclusion_text", 90)
        self.error = FieldError()
        f = QFormLayout(self)
        f.addRow("Ngày tiếp:", self.held_on)
        f.addRow("Người chủ trì:", self.role)
        f.addRow("Họ tên người chủ trì:", self.presider)
        f.addRow("Địa điểm:", self.place)
        f.addRow("Hình thức:", self.form)
        f.addRow("Định kỳ / đột xuất:", self.kind)
        f.addRow("Số lượt tiếp:", self.visits)
        f.addRow("Số người:", self.people)
        f.addRow("Số đoàn đông người:", self.crowds)
        f.addRow("Nội dung công dân trình bày:", self.content)
        f.addRow("Số thông báo kết luận:", self.conclusion_no)
        f.addRow("Ngày thông báo:", self.conclusion_on)
        f.addRow("Nội dung kết luận:", self.conclusion)
        f.addRow(self.error)
        f.addRow(ok_cancel(self, self.save))
        if session_id:
            d = receptions.get_session(ctx, session_id)
            self.held_on.set_value(d.held_on)
            combo_set(self.role, d.presider_role)
            self.presider.setText(d.presider_name)
            self.place.setText(d.place)
            combo_set(self.form, d.form)
            combo_set(self.kind, d.kind)
            self.visits.setValue(d.visits)
            self.people.setValue(d.people)
            self.crowds.setValue(d.crowd_cases)
            self.content.setPlainText(d.content)
            self.conclusion_no.setText(d.conclusion_no)
            self.conclusion_on.set_value(d.conclusion_on)
            self.conclusion.setPlainText(d.conclusion_text)

    def data(self) -> receptions.SessionInput:
        return receptions.SessionInput(
            held_on=self.held_on.value(),
            presider_role=self.role.currentData(),
            presider_name=self.presider.text(),
            place=self.place.text(),
            form=self.form.currentData(),
            kind=self.kind.currentData(),
            visits=self.visits.value(),
            people=self.people.value(),
            crowd_cases=self.crowds.value(),
            content=self.content.toPlainText(),
            conclusion_no=self.conclusion_no.text(),
            conclusion_on=self.conclusion_on.value(),
            conclusion_text=self.conclusion.toPlainText(),
        )

    def save(self) -> None:
        if self.session_id:
            ok = run_service(
                self.error,
                receptions.update_session,
                self.ctx,
                self.session_id,
                self.data(),
                today=self.today,
                focus=self,
            )
        else:
            ok = run_service(
                self.error,
                receptions.create_session,
                self.ctx,
                self.data(),
                today=self.today,
                focus=self,
            )
            if ok:
                self.session_id = ok
        if ok:
            self.accept()


# ---- dialogues and commitments --------------------------------------------------------------


class DialogueDialog(QDialog):
    """A dialogue conference with the issues raised (and answers) and the commitments made."""

    def __init__(
        self,
        ctx: AppContext,
        dialogue_id: str | None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialogue_id = dialogue_id
        self.today = today or dt.date.today()
        self.setWindowTitle("Hội nghị đối thoại")
        self.setMinimumSize(820, 640)
        self.held_on = DateEdit(value=self.today)
        self.held_on.setObjectName("held_on")
        self.kind = _combo("kind", [(v, k) for k, v in dialogues.KINDS.items()])
        self.title = _line("title", "Tên hội nghị (để trống: theo loại)")
        self.presider = _line("presider", "Người chủ trì")
        self.place = _line("place")
        self.participants = _text("participants", 50)
        self.count = QSpinBox()
        self.count.setObjectName("participant_count")
        self.count.setRange(0, 100000)
        self.basis = _line("legal_basis", "Để trống: căn cứ theo loại đối thoại")
        self.issues = QTableWidget(3, 4)
        self.issues.setObjectName("issues")
        self.issues.setHorizontalHeaderLabels(
            ["Người nêu", "Ý kiến, kiến nghị", "Trả lời", "Người trả lời"]
        )
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.commitments = QTableWidget(3, 3)
        self.commitments.setObjectName("commitments")
        self.commitments.setHorizontalHeaderLabels(
            ["Nội dung cam kết", "Người, cơ quan thực hiện", "Hạn (dd/mm/yyyy)"]
        )
        self.commitments.horizontalHeader().setStretchLastSection(True)
        for t in (self.issues, self.commitments):
            t.setColumnWidth(0, 180)
            t.setColumnWidth(1, 260)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow("Ngày:", self.held_on)
        form.addRow("Loại đối thoại:", self.kind)
        form.addRow("Tên hội nghị:", self.title)
        form.addRow("Người chủ trì:", self.presider)
        form.addRow("Địa điểm:", self.place)
        form.addRow("Thành phần:", self.participants)
        form.addRow("Số người dự:", self.count)
        form.addRow("Căn cứ:", self.basis)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>Ý kiến của nhân dân và trả lời</b> (mỗi dòng một ý kiến)"))
        layout.addWidget(self.issues)
        layout.addWidget(QLabel("<b>Cam kết, kết luận sau đối thoại</b>"))
        layout.addWidget(self.commitments)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.save))
        if dialogue_id:
            self._load()

    def _load(self) -> None:
        d = dialogues.get_dialogue(self.ctx, self.dialogue_id)
        self.held_on.set_value(d.held_on)
        combo_set(self.kind, d.kind)
        self.title.setText(d.title)
        self.presider.setText(d.presider)
        self.place.setText(d.place)
        self.participants.setPlainText(d.participants)
        self.count.setValue(d.participant_count)
        self.basis.setText(d.legal_basis)
        self.issues.setRowCount(len(d.issues))
        for r, i in enumerate(d.issues):
            for c, key in enumerate(("raised_by", "issue", "answer", "answered_by")):
                self.issues.setItem(r, c, QTableWidgetItem(i[key]))
        self.commitments.setRowCount(len(d.commitments))
        for r, c in enumerate(d.commitments):
            for col, value in enumerate((c["what"], c["owner"], fmt_date(c["due_on"]))):
                self.commitments.setItem(r, col, QTableWidgetItem(value))
        # Saved issues and commitments are read here; commitments are followed up in their list.
        for t in (self.issues, self.commitments):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text().strip() if item else ""

    def save(self) -> None:
        data = dialogues.DialogueInput(
            held_on=self.held_on.value(),
            kind=self.kind.currentData(),
            title=self.title.text(),
            legal_basis=self.basis.text(),
            place=self.place.text(),
            presider=self.presider.text(),
            participants=self.participants.toPlainText(),
            participant_count=self.count.value(),
        )
        if self.dialogue_id:
            if run_service(
                self.error,
                dialogues.update_dialogue,
                self.ctx,
                self.dialogue_id,
                data,
                today=self.today,
                focus=self,
            ):
                self.accept()
            return
        issues = [
            dialogues.IssueInput(
                self._cell(self.issues, r, 1),
                self._cell(self.issues, r, 0),
                self._cell(self.issues, r, 2),
                self._cell(self.issues, r, 3),
            )
            for r in range(self.issues.rowCount())
            if self._cell(self.issues, r, 1)
        ]
        commitments = []
        try:
            for r in range(self.commitments.rowCount()):
                if not self._cell(self.commitments, r, 0):
                    continue
                due_text = self._cell(self.commitments, r, 2)
                due = parse_date(due_text, "Hạn thực hiện cam kết") if due_text else None
                commitments.append(
                    dialogues.CommitmentInput(
                        self._cell(self.commitments, r, 0), self._cell(self.commitments, r, 1), due
                    )
                )
        except RuleViolation as exc:
            self.error.show_error(exc.message)
            return
        new_id = run_service(
            self.error,
            dialogues.create_dialogue,
            self.ctx,
            data,
            issues,
            commitments,
            today=self.today,
            focus=self,
        )
        if new_id:
            self.dialogue_id = new_id
            self.accept()


class CommitmentDialog(QDialog):
    """Follow a commitment up: a dated note, or close it (done / dropped) with the result."""

    def __init__(
        self,
        ctx: AppContext,
        row: dialogues.CommitmentRow,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.today = today or dt.date.today()
        self.setWindowTitle("Theo dõi cam kết")
        self.on = DateEdit(value=self.today)
        self.on.setObjectName("on")
        self.status = _combo("status", [(v, k) for k, v in dialogues.COMMITMENT_STATUSES.items()])
        combo_set(self.status, row.status)
        self.note = _text("note")
        self.error = FieldError()
        f = QFormLayout(self)
        f.addRow(QLabel(f"<b>{row.what}</b><br>{row.owner} — hạn {fmt_date(row.due_on)}"))
        f.addRow("Ngày:", self.on)
        f.addRow("Trạng thái:", self.status)
        f.addRow("Tiến độ / kết quả:", self.note)
        f.addRow(self.error)
        f.addRow(ok_cancel(self, self.save))

    def save(self) -> None:
        status = self.status.currentData()
        if status in dialogues.OPEN_COMMITMENT:
            ok = run_service(
                self.error,
                dialogues.add_commitment_note,
                self.ctx,
                self.row.id,
                self.on.value(),
                self.note.toPlainText(),
                today=self.today,
            )
            if ok and status != self.row.status:
                ok = run_service(
                    self.error,
                    dialogues.set_commitment_status,
                    self.ctx,
                    self.row.id,
                    status,
                    today=self.today,
                )
        else:
            ok = run_service(
                self.error,
                dialogues.set_commitment_status,
                self.ctx,
                self.row.id,
                status,
                self.on.value(),
                self.note.toPlainText(),
                today=self.today,
            )
        if ok:
            self.accept()


def ask_to_delete(parent: QWidget, what: str) -> bool:
    return confirm(
        parent, "Xóa", f"Xóa {what}? Hồ sơ được giữ lại trong nhật ký, không thể hoàn tác từ đây."
    )
