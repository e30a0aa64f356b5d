"""The council's score sheets and the appraisal they decide, from a model's record (issue 10)."""

import datetime as dt

from PySide6.QtWidgets import QPushButton

from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.services import models
from danvan_desktop.services.scoring import model_appraisal
from danvan_desktop.ui import model_dialog as md
from danvan_desktop.ui.app import make_app

SHEETS = [
    ("Lê Văn Hùng", "Chủ tịch hội đồng", [16, 20, 12, 12, 8, 8, 4]),
    ("Nguyễn Thị Mai", "Thư ký", [14, 18, 10, 10, 7, 7, 4]),
    ("Trần Quốc Bảo", "Ủy viên", [30, 18, 10, 10, 7, 7, 4]),  # 30 > 20: the spin box caps it
]


def test_council_sheets_then_appraisal_by_their_average(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    proposed = models.list_models(
        demo_ctx, models.ModelFilter(status=ModelStatus.PROPOSED.value), limit=1
    )[0]
    dialog = md.ModelDialog(demo_ctx, proposed.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    sheet_button = dialog.findChild(QPushButton, "council_sheet")
    appraise = dialog.findChild(QPushButton, "appraise_by_council")
    assert sheet_button.isVisible() and appraise.isVisible()
    assert "chưa có phiếu chấm" in dialog.council_label.text()

    # Appraising with no sheet: the refusal names what is missing and nothing moves.
    errors: list[str] = []

    def appraise_exec(self) -> int:  # noqa: ANN001
        self.widgets["step_date"].set_value(dt.date.today())
        ok = self.try_save()
        errors.append(self.error.text())
        return int(ok)

    monkeypatch.setattr(md.CouncilAppraisalDialog, "exec", appraise_exec)
    appraise.click()
    assert "cần ít nhất 3 thành viên, mới có 0" in errors[-1]
    assert models.get_model(demo_ctx, proposed.id).status == ModelStatus.PROPOSED

    queue = list(SHEETS)

    def sheet_exec(self) -> int:  # noqa: ANN001
        name, role, points = queue.pop(0)
        self.widgets["member_name"].setText(name)
        self.widgets["member_role"].setText(role)
        for code, p in zip(self.codes, points, strict=True):
            self.widgets[f"score_{code}"].setValue(p)
        return int(self.try_save())

    monkeypatch.setattr(md.CouncilSheetDialog, "exec", sheet_exec)
    for i in range(len(SHEETS)):
        dialog.findChild(QPushButton, "council_sheet").click()
        if i == 0:
            assert "Cần ít nhất 3 phiếu để thẩm định (mới có 1)" in dialog.council_label.text()
    view = model_appraisal.council_view(demo_ctx, proposed.id)
    assert view is not None and view.council is not None
    # 80, 70 and 76 (the 30 capped at 20): average 75,33 → Đạt
    assert [s.total for s in view.sheets] == [80, 70, 76]
    assert "Bình quân hội đồng: 75,3 điểm — Đạt" in dialog.council_label.text()

    dialog.findChild(QPushButton, "appraise_by_council").click()
    detail = models.get_model(demo_ctx, proposed.id)
    assert detail.status == ModelStatus.APPRAISED_PASS
    assert "Thẩm định đạt" in dialog.status_label.text()
    assert not dialog.findChild(QPushButton, "appraise_by_council").isVisible()
