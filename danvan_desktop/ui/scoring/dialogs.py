"""The commune's scoring dialogs: score one criterion (or override its suggestion with a
reason), the records behind an indicator, and the signer of a submission."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.scoring.evaluate import CriterionResult, fmt
from danvan_desktop.domain.scoring.rubric import Criterion
from danvan_desktop.services.scoring.drilldown import Drill
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog


def run_dialog(dialog: QDialog) -> int:
    """Show a dialog modally; tests replace this to fill and save it."""
    return dialog.exec()


class ScoreDialog(FormDialog):
    """Points (halves allowed), a note and, when the points differ from the suggestion, the
    reason the service requires (its refusal is shown on the reason field)."""

    def __init__(
        self,
        crit: Criterion,
        result: CriterionResult,
        note: str,
        reason: str,
        save: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        self._max = crit.max_points
        suggested = result.suggested
        intro = translate("scoring.dialogs", "<b>{code}. {title}</b> (tối đa {0} điểm)").format(
            fmt(crit.max_points), code=crit.code, title=crit.title
        )
        if suggested is not None:
            intro += translate(
                "scoring.dialogs", "<br>Điểm gợi ý từ số liệu: <b>{0}</b> – {explanation}"
            ).format(fmt(abs(suggested)), explanation=result.explanation)
            intro += translate("scoring.dialogs", "<br>Chấm khác điểm gợi ý thì phải ghi lý do.")
        if crit.evidence:
            intro += translate("scoring.dialogs", "<br>Tài liệu kiểm chứng: {evidence}").format(
                evidence=crit.evidence
            )
        super().__init__(
            translate("scoring.dialogs", "Chấm điểm tiêu chí {0}").format(crit.code),
            [
                Field("points", translate("scoring.dialogs", "Điểm")),
                Field("note", translate("scoring.dialogs", "Ghi chú, minh chứng"), "multiline"),
                Field("reason", translate("scoring.dialogs", "Lý do chấm khác gợi ý"), "multiline"),
            ],
            None,
            save,
            parent,
            intro=intro,
        )
        shown = abs(result.points) if (result.overridden or suggested is None) else suggested
        self.set_values({"points": abs(shown or 0), "note": note, "reason": reason})

    def _widget(self, f: Field) -> QWidget:
        if f.name == "points":
            w = QDoubleSpinBox()
            w.setDecimals(1)
            w.setSingleStep(0.5)
            w.setRange(0, self._max)
            return w
        return super()._widget(f)

    def values(self) -> dict[str, Any]:
        out = super().values()
        spin = self.widgets["points"]
        assert isinstance(spin, QDoubleSpinBox)
        out["points"] = round(spin.value(), 2)
        return out


class DrillDialog(QDialog):
    """The records an indicator was computed from, one line each."""

    def __init__(
        self, code: str, drill: Drill, parent: QWidget | None = None, ctx: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.drill = ctx, drill
        self.setWindowTitle(translate("scoring.dialogs", "Hồ sơ của tiêu chí {0}").format(code))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        head = QLabel(
            f"<b>{drill.indicator}</b><br>{drill.definition}<br>"
            + translate("scoring.dialogs", "Số hồ sơ: {0}").format(len(drill.ids))
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        self.records = QListWidget()
        self.records.setObjectName("drill_records")
        self.records.addItems(list(drill.labels))
        layout.addWidget(self.records, 1)
        if ctx is not None and drill.entity in _OPENERS and drill.ids:
            self.records.itemActivated.connect(lambda _item: self.open_selected())
            layout.addWidget(QLabel(translate("scoring.dialogs", "Nhấn đúp một dòng để mở hồ sơ.")))
        if not drill.ids:
            layout.addWidget(QLabel(translate("scoring.dialogs", "Không có hồ sơ nào trong năm.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_selected(self) -> QDialog | None:
        """Open the selected record in its own dialog (petitions and models)."""
        row = self.records.currentRow()
        opener = _OPENERS.get(self.drill.entity)
        if opener is None or row < 0:
            return None
        dialog = opener(self.ctx, self.drill.ids[row], self)
        run_dialog(dialog)
        return dialog


def _petition(ctx: Any, record_id: str, parent: QWidget) -> QDialog:
    from danvan_desktop.ui.petition_dialogs import PetitionDialog

    return PetitionDialog(ctx, record_id, parent)


def _model(ctx: Any, record_id: str, parent: QWidget) -> QDialog:
    from danvan_desktop.ui.model_dialog import ModelDialog

    return ModelDialog(ctx, record_id, parent)


def open_record(ctx: Any, entity: str, record_id: str, parent: QWidget) -> QDialog | None:
    """Open a record in its own dialog when its kind has one (None otherwise)."""
    opener = _OPENERS.get(entity)
    if opener is None:
        return None
    dialog = opener(ctx, record_id, parent)
    run_dialog(dialog)
    return dialog


#: record dialogs a drill-down line opens, by entity
_OPENERS: dict[str, Callable[[Any, str, QWidget], QDialog]] = {
    "petitions": _petition,
    "models": _model,
}


def ask_signer(parent: QWidget, default: str, save: Callable[[dict[str, Any]], Any]) -> FormDialog:
    return FormDialog(
        translate("scoring.dialogs", "Ký, gửi phiếu tự chấm lên cấp trên"),
        [Field("signed_by", translate("scoring.dialogs", "Người ký (lãnh đạo)"), required=True)],
        {"signed_by": default},
        save,
        parent,
        intro=translate(
            "scoring.dialogs",
            "Khi gửi, số liệu và điểm được chốt lại; hồ sơ ghi sau đó không làm thay đổi "
            "kết quả đã gửi.",
        ),
    )
