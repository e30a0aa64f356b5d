"""Hồ sơ mô hình: the registration form and, for a saved model, its steps, reviews, evidence
and replications. Refused input is shown in place; closing with unsaved input asks first."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import NotFound
from danvan_desktop.domain.models import (
    ModelKind,
    ModelStatus,
    RecognitionLevel,
    Transition,
    allowed_actions,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.services import models, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import model_appraisal
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormBase
from danvan_desktop.ui.kit.ops import call
from danvan_desktop.ui.model_record_tabs import ModelRecordTabs
from danvan_desktop.ui.model_step_dialogs import (
    CouncilAppraisalDialog,
    CouncilSheetDialog,
    ReviewDialog,
    StepDialog,
)
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set, confirm

TEXT_FIELDS = [
    ("situation", translate("model_dialog", "Thực trạng, sự cần thiết")),
    ("goals", translate("model_dialog", "Mục tiêu")),
    ("criteria", translate("model_dialog", "Tiêu chí đánh giá")),
    ("content", translate("model_dialog", "Nội dung, cách làm")),
    ("scope", translate("model_dialog", "Phạm vi, địa bàn")),
    ("beneficiaries", translate("model_dialog", "Đối tượng thụ hưởng")),
    ("lead_force", translate("model_dialog", "Lực lượng chủ trì")),
    ("coordinating_forces", translate("model_dialog", "Lực lượng phối hợp")),
    ("participating_forces", translate("model_dialog", "Lực lượng tham gia")),
    ("milestones", translate("model_dialog", "Các mốc thời gian")),
    ("outputs", translate("model_dialog", "Kết quả, sản phẩm kiểm chứng được")),
    ("sustainability", translate("model_dialog", "Khả năng duy trì, nhân rộng")),
]


class MoneyEdit(QSpinBox):
    """Whole đồng, grouped with dots as Vietnamese write them."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 2_000_000_000)
        self.setSingleStep(1_000_000)
        self.setGroupSeparatorShown(True)
        self.setSuffix(translate("model_dialog", " đ"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)


class ModelDialog(ModelRecordTabs, FormBase):
    def __init__(
        self,
        ctx: AppContext,
        model_id: str | None,
        parent: QWidget | None = None,
        *,
        template: models.ModelInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model_id = model_id
        self.detail: models.ModelDetail | None = None
        self.saved = False
        # fits a 1366×768 screen (and 1920×1080 at 150 %): the form scrolls, FormBase shrinks
        # the dialog to the screen when shown
        self.setMinimumSize(720, 480)
        self.resize(900, 680)
        self.required = ["name"]
        self.editable = ctx.can(Permission.EDIT)
        self.tabs = QTabWidget()
        self.error = FieldError()
        self.error.setObjectName("form_error")
        self._build_form()
        self.tabs.addTab(
            self.scrolling(self.form_widget), translate("model_dialog", "Thông tin đăng ký")
        )
        self.steps_tab = QWidget()
        self.reviews_tab = QWidget()
        self.evidence_tab = QWidget()
        self.copies_tab = QWidget()
        self._build_steps()
        self._build_reviews()
        self._build_evidence()
        self._build_copies()
        for tab, label in (
            (self.steps_tab, translate("model_dialog", "Quá trình")),
            (self.reviews_tab, translate("model_dialog", "Rà soát hằng năm")),
            (self.evidence_tab, translate("model_dialog", "Minh chứng")),
            (self.copies_tab, translate("model_dialog", "Nhân rộng")),
        ):
            self.tabs.addTab(tab, label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if model_id:
            self.load()
        else:
            self.setWindowTitle(translate("model_dialog", "Đăng ký mô hình, điển hình mới"))
            if template is not None:
                self._fill(template)
            self._set_saved_tabs_enabled(False)
            self._update_header()
        self._clean_state = self._state()

    # ---- building -------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(
            translate("model_dialog", "Ví dụ: Dân vận khéo trong xây dựng nông thôn mới kiểu mẫu")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in ModelKind:
            self.kind.addItem(k.label, k.value)
        self.field = QComboBox()
        self.field.setObjectName("field")
        self.field.addItem(translate("model_dialog", "— chọn lĩnh vực —"), None)
        for code, name in models.field_names(self.ctx).items():
            self.field.addItem(name, code)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, dt.date.today().year + 1)
        self.year.setValue(dt.date.today().year)
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(translate("model_dialog", "— chọn đơn vị —"), None)
        for u in units.sub_units(self.ctx):
            self.owner.addItem(u.full_name, u.code)
        self.person = QLineEdit()
        self.person.setObjectName("person_name")
        self.person.setPlaceholderText(
            translate("model_dialog", "Với điển hình: cá nhân hoặc tập thể được nêu gương")
        )
        self.texts: dict[str, QPlainTextEdit] = {}
        form.addRow(translate("model_dialog", "Tên mô hình, điển hình (*):"), self.name)
        form.addRow(translate("model_dialog", "Loại:"), self.kind)
        form.addRow(translate("model_dialog", "Lĩnh vực (*):"), self.field)
        form.addRow(translate("model_dialog", "Năm đăng ký:"), self.year)
        form.addRow(translate("model_dialog", "Đơn vị xây dựng:"), self.owner)
        form.addRow(translate("model_dialog", "Cá nhân, tập thể:"), self.person)
        for key, label in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(key)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            self.texts[key] = edit
            form.addRow(label + ":", edit)
        self.budget = MoneyEdit()
        self.budget.setObjectName("budget_vnd")
        self.contributions = MoneyEdit()
        self.contributions.setObjectName("contributions_vnd")
        self.labour = QSpinBox()
        self.labour.setObjectName("labour_days")
        self.labour.setRange(0, 1_000_000)
        self.labour.setSuffix(translate("model_dialog", " ngày công"))
        self.start = DateEdit(optional=True)
        self.start.setObjectName("start_date")
        self.evaluation = DateEdit(optional=True)
        self.evaluation.setObjectName("evaluation_date")
        money = QHBoxLayout()
        money.addWidget(QLabel(translate("model_dialog", "Ngân sách:")))
        money.addWidget(self.budget)
        money.addWidget(QLabel(translate("model_dialog", "Xã hội hóa:")))
        money.addWidget(self.contributions)
        money.addWidget(self.labour)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(translate("model_dialog", "Ngày đánh giá:")))
        dates.addWidget(self.evaluation)
        dates.addStretch(1)
        form.addRow(translate("model_dialog", "Nguồn lực:"), money)
        form.addRow(translate("model_dialog", "Ngày bắt đầu:"), dates)
        self.original = QLabel("")
        form.addRow(translate("model_dialog", "Nhân rộng từ:"), self.original)
        self._form_widgets = [
            self.name,
            self.kind,
            self.field,
            self.year,
            self.owner,
            self.person,
            self.budget,
            self.contributions,
            self.labour,
            self.start,
            self.evaluation,
            *self.texts.values(),
        ]
        for w in self._form_widgets:
            w.setEnabled(self.editable)

    # ---- data <-> widgets -----------------------------------------------------------------
    def _fill(self, d: models.ModelInput) -> None:
        self.name.setText(d.name)
        combo_set(self.kind, d.kind)
        combo_set(self.field, d.field_code)
        self.year.setValue(int(d.year))
        combo_set(self.owner, d.owner_unit_code)
        self.person.setText(d.person_name)
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(d, key) or "")
        self.budget.setValue(int(d.budget_vnd or 0))
        self.contributions.setValue(int(d.contributions_vnd or 0))
        self.labour.setValue(int(d.labour_days or 0))
        self.start.set_value(d.start_date)
        self.evaluation.set_value(d.evaluation_date)
        self.replicated_from_id = d.replicated_from_id

    def form_input(self) -> models.ModelInput:
        return models.ModelInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            field_code=self.field.currentData() or "",
            year=self.year.value(),
            owner_unit_code=self.owner.currentData(),
            owner_name=self.owner.currentText() if self.owner.currentData() else "",
            person_name=self.person.text(),
            **{key: edit.toPlainText() for key, edit in self.texts.items()},
            budget_vnd=self.budget.value(),
            contributions_vnd=self.contributions.value(),
            labour_days=self.labour.value(),
            start_date=self.start.value(),
            evaluation_date=self.evaluation.value(),
            replicated_from_id=getattr(self, "replicated_from_id", None),
        )

    def _state(self) -> tuple:
        d = self.form_input()
        return tuple(getattr(d, k) for k in d.__dataclass_fields__)

    def is_dirty(self) -> bool:
        return self._state() != self._clean_state

    def load(self) -> None:
        try:
            self.detail = models.get_model(self.ctx, self.model_id)
        except NotFound as exc:
            self.error.show_error(exc.message)
            return
        d = self.detail
        self._fill(d)
        self.original.setText(d.original_name or "—")
        self.setWindowTitle(translate("model_dialog", "Hồ sơ: {name}").format(name=d.name))
        self._set_saved_tabs_enabled(True)
        self._update_header()
        self._load_steps()
        self._load_reviews()
        self._load_evidence()
        self._load_copies()
        self._clean_state = self._state()

    def _update_header(self) -> None:
        if self.detail is None:
            self.header.setText(
                translate(
                    "model_dialog",
                    "<b>Mô hình, điển hình mới</b> — điền các mục đăng ký rồi bấm Lưu (trạng thái: Dự thảo).",
                )
            )
            return
        d = self.detail
        level = f" ({RecognitionLevel(d.recognised_level).label})" if d.recognised_level else ""
        self.header.setText(
            translate(
                "model_dialog",
                "<b>{name}</b><br>Trạng thái: <b>{0}{level}</b> · Lĩnh vực: {field_name} "
                "· Cập nhật: {updated_at:%d/%m/%Y %H:%M} bởi {1}",
            ).format(
                ModelStatus(d.status).label,
                d.updated_by or "—",
                name=d.name,
                level=level,
                field_name=d.field_name,
                updated_at=d.updated_at,
            )
        )

    # ---- actions --------------------------------------------------------------------------
    def _run(self, fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        """A quick service call through the one operation helper; a refusal is shown in place
        (the field it names highlighted, on the register tab); returns None then."""
        result = call(self, fn, *args, **kwargs)
        if result is None and self._marked:
            self.tabs.setCurrentIndex(0)
            self._marked[0].setFocus()
        return result

    def save(self) -> None:
        if not self.checked():
            return
        data = self.form_input()
        if self.model_id is None:
            new_id = self._run(models.create_model, self.ctx, data)
            if not new_id:
                return
            self.model_id = new_id
        elif not self._run(
            models.update_model, self.ctx, self.model_id, data, self.detail.revision
        ):
            return
        self.saved = True
        self.load()
        self._clean_state = self._state()
        self.error.clear_error()
        self.header.setText(
            self.header.text()
            + translate("model_dialog", "<br><span style='color:#1b5e20'>Đã lưu.</span>")
        )

    def reject(self) -> None:
        if (
            self.editable
            and self.is_dirty()
            and not confirm(
                self,
                translate("model_dialog", "Chưa lưu"),
                translate(
                    "model_dialog", "Nội dung vừa nhập chưa được lưu. Đóng và bỏ các thay đổi này?"
                ),
            )
        ):
            return
        if self.saved:
            self.accept()
        else:
            super().reject()

    def _ensure_saved(self) -> bool:
        if self.is_dirty():
            QMessageBox.information(
                self,
                translate("model_dialog", "Chưa lưu"),
                translate("model_dialog", "Hãy lưu thông tin đăng ký trước khi chuyển bước."),
            )
            return False
        return True

    def do_transition(self, action: Transition) -> None:
        if not self._ensure_saved():
            return

        def save(values: dict) -> None:
            models.transition(
                self.ctx,
                self.model_id,
                action,
                values["step_date"],
                values["step_note"],
                recognised_level=values.get("step_level"),
                decision_no=values.get("step_decision", ""),
                decision_on=values.get("step_decision_on"),
            )

        if StepDialog(action, self, save).exec():
            self.saved = True
            self.load()

    def add_council_sheet(self) -> None:
        rubric = model_appraisal.model_rubric(self.ctx, self.model_id)

        def save(values: dict) -> None:
            scores = {c: values[f"score_{c}"] for c in dialog.codes}
            model_appraisal.set_sheet(
                self.ctx,
                self.model_id,
                values["member_name"],
                values["member_role"],
                scores,
                values["sheet_note"],
            )

        dialog = CouncilSheetDialog(rubric, self, save)
        if dialog.exec():
            self.saved = True
            self.load()

    def appraise_by_council(self) -> None:
        view = model_appraisal.council_view(self.ctx, self.model_id)
        council = view.council if view is not None and not view.appraised else None
        summary = (
            translate(
                "model_dialog",
                "{0} phiếu, bình quân {1} điểm: {2}. Bước thẩm định theo kết quả này.",
            ).format(council.members, fmt(council.total), council.class_label)
            if council is not None
            else translate("model_dialog", "Hội đồng chưa có phiếu chấm.")
        )

        def save(values: dict) -> None:
            model_appraisal.appraise_model(
                self.ctx, self.model_id, values["step_date"], values["step_note"]
            )

        if CouncilAppraisalDialog(summary, self, save).exec():
            self.saved = True
            self.load()

    def add_review(self) -> None:
        def save(values: dict) -> None:
            models.add_review(
                self.ctx,
                self.model_id,
                values["review_year"],
                values["review_result"],
                values["reviewed_on"],
                values["review_notes"],
            )

        if ReviewDialog(self, save).exec():
            self.saved = True
            self.load()

    def add_evidence(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("model_dialog", "Chọn tệp minh chứng"),
            str(Path.home()),
            translate(
                "model_dialog",
                "Ảnh, tài liệu (*.png *.jpg *.jpeg *.pdf *.doc *.docx *.xlsx *.txt);;Tất cả tệp (*)",
            ),
        )
        for p in paths:
            if not self._run(models.attach_evidence, self.ctx, self.model_id, Path(p)):
                break
        if paths:
            self.saved = True
            self.load()

    def _selected_evidence(self) -> dict | None:
        rows = self.evidence.selectionModel().selectedRows()
        if not rows:
            self.error.show_error(
                translate("model_dialog", "Hãy chọn một minh chứng trong danh sách.")
            )
            return None
        return self.detail.evidence[rows[0].row()]

    def save_evidence_copy(self) -> None:
        ev = self._selected_evidence()
        if ev is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("model_dialog", "Lưu bản sao"), str(Path.home() / ev["file_name"])
        )
        if target:
            shutil.copyfile(models.evidence_file(self.ctx, ev["sha256"]), target)

    def remove_evidence(self) -> None:
        ev = self._selected_evidence()
        if (
            ev
            and confirm(
                self,
                translate("model_dialog", "Gỡ minh chứng"),
                translate("model_dialog", 'Gỡ "{0}" khỏi hồ sơ?').format(ev["file_name"]),
            )
            and self._run(models.remove_evidence, self.ctx, ev["id"])
        ):
            self.load()

    def replicate(self) -> None:
        template = models.as_input(self.detail)
        template.name = translate("model_dialog", "{name} (nhân rộng)").format(
            name=self.detail.name
        )
        template.owner_unit_code = None
        template.owner_name = ""
        template.replicated_from_id = self.detail.id
        template.start_date = None
        template.evaluation_date = None
        template.year = dt.date.today().year
        dialog = ModelDialog(self.ctx, None, self, template=template)
        if dialog.exec() and dialog.model_id:
            if Transition.REPLICATE in allowed_actions(ModelStatus(self.detail.status)):
                self._run(
                    models.transition,
                    self.ctx,
                    self.model_id,
                    Transition.REPLICATE,
                    dt.date.today(),
                    translate("model_dialog", "Nhân rộng: {0}").format(dialog.name.text()),
                )
            self.saved = True
            self.load()


__all__ = [
    "CouncilAppraisalDialog",
    "CouncilSheetDialog",
    "ModelDialog",
    "MoneyEdit",
    "ReviewDialog",
    "StepDialog",
]
