"""The dialog of a reception session (tiếp công dân): date, place, form, who presided, visits,
crowds and the conclusion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QSpinBox,
    QWidget,
)

from danvan_desktop.domain.petitions import Action
from danvan_desktop.services import receptions
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormBase, combo_box, line_edit, text_box
from danvan_desktop.ui.kit.ops import call
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set, ok_cancel

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]


# ---- reception sessions ---------------------------------------------------------------------


class SessionDialog(FormBase):
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
        self.setWindowTitle(translate("reception_dialogs", "Buổi tiếp công dân"))
        self.setMinimumWidth(640)
        self.held_on = DateEdit(value=self.today)
        self.held_on.setObjectName("held_on")
        self.role = combo_box(
            "presider_role", list((v, k) for k, v in receptions.PRESIDER_ROLES.items())
        )
        self.presider = line_edit(
            "presider_name", translate("reception_dialogs", "Họ và tên người chủ trì")
        )
        self.place = line_edit("place")
        self.place.setText(translate("reception_dialogs", "Trụ sở tiếp công dân xã"))
        self.form = combo_box("form", [(v, k) for k, v in receptions.FORMS.items()])
        self.kind = combo_box("kind", [(v, k) for k, v in receptions.KINDS.items()])
        self.visits, self.people, self.crowds = QSpinBox(), QSpinBox(), QSpinBox()
        for w, name in (
            (self.visits, "visits"),
            (self.people, "people"),
            (self.crowds, "crowd_cases"),
        ):
            w.setObjectName(name)
            w.setRange(0, 100000)
        self.content = text_box("content", 60)
        self.conclusion_no = line_edit(
            "conclusion_no", translate("reception_dialogs", "Ví dụ: 15/TB-UBND")
        )
        self.conclusion_on = DateEdit(optional=True)
        self.conclusion_on.setObjectName("conclusion_on")
        self.conclusion = text_box("conclusion_text", 90)
        self.error = FieldError()
        f = QFormLayout(self)
        f.addRow(translate("reception_dialogs", "Ngày tiếp:"), self.held_on)
        f.addRow(translate("reception_dialogs", "Người chủ trì:"), self.role)
        f.addRow(translate("reception_dialogs", "Họ tên người chủ trì:"), self.presider)
        f.addRow(translate("reception_dialogs", "Địa điểm:"), self.place)
        f.addRow(translate("reception_dialogs", "Hình thức:"), self.form)
        f.addRow(translate("reception_dialogs", "Định kỳ / đột xuất:"), self.kind)
        f.addRow(translate("reception_dialogs", "Số lượt tiếp:"), self.visits)
        f.addRow(translate("reception_dialogs", "Số người:"), self.people)
        f.addRow(translate("reception_dialogs", "Số đoàn đông người:"), self.crowds)
        f.addRow(translate("reception_dialogs", "Nội dung công dân trình bày:"), self.content)
        f.addRow(translate("reception_dialogs", "Số thông báo kết luận:"), self.conclusion_no)
        f.addRow(translate("reception_dialogs", "Ngày thông báo:"), self.conclusion_on)
        f.addRow(translate("reception_dialogs", "Nội dung kết luận:"), self.conclusion)
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
        if not self.checked():
            return
        if self.session_id:
            ok = call(
                self,
                receptions.update_session,
                self.ctx,
                self.session_id,
                self.data(),
                today=self.today,
            )
        else:
            ok = call(self, receptions.create_session, self.ctx, self.data(), today=self.today)
            if ok:
                self.session_id = ok
        if ok:
            self.accept()
