"""The upper level's appraisal of one commune, criterion by criterion: the commune's claim, the
points recomputed from its imported records beside it (differences flagged), the appraised
points and a comment per criterion, an overall comment; and the return for correction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.scoring.evaluate import EPS, fmt
from danvan_desktop.services.scoring.appraisals import CommuneScore
from danvan_desktop.services.scoring.criterion_evidence import Cited
from danvan_desktop.services.scoring.upper_view import Made
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormBase
from danvan_desktop.ui.kit.tables import make_table
from danvan_desktop.ui.scoring.evidence import cited_label, current, fill_list, open_cited
from danvan_desktop.ui.widgets import FieldError

_DIFF = "#ffe0b2"


class AppraiseDialog(FormBase):
    def __init__(
        self,
        row: CommuneScore,
        made: Made | None,
        save: Callable[[dict[str, float], dict[str, str], str], Any],
        parent: QWidget | None = None,
        evidence: dict[str, list[Cited]] | None = None,
    ) -> None:
        super().__init__(parent)
        assert row.claimed is not None and row.recomputed is not None
        self._save = save
        self.setWindowTitle(
            translate("scoring.appraise", "Thẩm định phiếu tự chấm – {0}").format(row.name)
        )
        self.resize(1200, 680)
        layout = QVBoxLayout(self)
        claimed, recomputed = row.claimed, row.recomputed
        intro = QLabel(
            translate(
                "scoring.appraise",
                "{0} tự chấm <b>{1}</b> điểm ({2}); tính lại từ hồ sơ đã nhận: <b>{3}</b> điểm, "
                "{4} tiêu chí chênh lệch (tô màu). Sửa điểm thẩm định ở tiêu chí cần sửa; "
                "tiêu chí không sửa được giữ như xã tự chấm.",
            ).format(
                row.name,
                fmt(claimed.total),
                claimed.score_class.label if claimed.score_class else "—",
                fmt(recomputed.total),
                len(row.differences),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table: QTableWidget = make_table(
            [
                translate("scoring.appraise", "STT"),
                translate("scoring.appraise", "Tiêu chí"),
                translate("scoring.appraise", "Tối đa"),
                translate("scoring.appraise", "Xã tự chấm"),
                translate("scoring.appraise", "Tính lại"),
                translate("scoring.appraise", "Điểm thẩm định"),
                translate("scoring.appraise", "Ý kiến"),
                translate("scoring.appraise", "Minh chứng"),
            ],
            "appraise_criteria",
        )
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.claimed: dict[str, float] = {}
        self.evidence = evidence or {}
        again = recomputed.by_code()
        rows = claimed.criteria
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for i, r in enumerate(rows):
            other = again[r.code].points
            differs = not r.is_group and abs(other - r.points) > EPS
            texts = [r.code, "    " * r.depth + r.title, fmt(r.max_points)]
            texts += [fmt(abs(r.points)), fmt(abs(other))]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r.is_group or r.depth == 0:
                    item.setFont(bold)
                if differs:
                    item.setBackground(QBrush(QColor(_DIFF)))
                    item.setToolTip(again[r.code].explanation)
                self.table.setItem(i, c, item)
            if r.is_group:
                continue
            cited = self.evidence.get(r.code, [])
            if cited:
                shown = QTableWidgetItem("; ".join(cited_label(c) for c in cited))
                shown.setToolTip(
                    translate("scoring.appraise", "Mở ở danh sách minh chứng bên dưới.")
                )
                self.table.setItem(i, 7, shown)
            self.claimed[r.code] = abs(r.points)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"points_{r.code}")
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0, r.max_points)
            given = made.points.get(r.code) if made else None
            spin.setValue(abs(given) if given is not None else abs(r.points))
            self.spins[r.code] = spin
            self.table.setCellWidget(i, 5, spin)
            note = QLineEdit(made.comments.get(r.code, "") if made else "")
            note.setObjectName(f"comment_{r.code}")
            self.notes[r.code] = note
            self.table.setCellWidget(i, 6, note)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, 420)
        self.table.setColumnWidth(5, 110)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(translate("scoring.appraise", "Minh chứng xã gửi kèm (nhấp đúp để mở tệp):"))
        )
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("appraise_evidence")
        self.evidence_list.setMaximumHeight(110)
        fill_list(
            self.evidence_list,
            [(f"{code}: ", c) for code, items in sorted(self.evidence.items()) for c in items],
        )
        self.evidence_list.itemDoubleClicked.connect(lambda _i: self.open_evidence())
        layout.addWidget(self.evidence_list)
        self.evidence_message = QLabel()
        self.evidence_message.setObjectName("evidence_message")
        self.evidence_message.setWordWrap(True)
        layout.addWidget(self.evidence_message)
        layout.addWidget(QLabel(translate("scoring.appraise", "Nhận xét chung:")))
        self.overall = QPlainTextEdit(made.overall if made else "")
        self.overall.setObjectName("overall")
        self.overall.setFixedHeight(60)
        self.overall.setTabChangesFocus(True)
        layout.addWidget(self.overall)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_evidence(self) -> None:
        c = current(self.evidence_list)
        if c is not None:
            self.evidence_message.setText(open_cited(c) or "")

    def values(self) -> tuple[dict[str, float], dict[str, str], str]:
        points = {
            code: round(spin.value(), 2)
            for code, spin in self.spins.items()
            if abs(spin.value() - self.claimed[code]) > EPS or self.notes[code].text().strip()
        }
        comments = {c: n.text().strip() for c, n in self.notes.items() if n.text().strip()}
        return points, comments, self.overall.toPlainText()

    def try_save(self) -> bool:
        from danvan_desktop.ui.kit.ops import run_task

        points, comments, overall = self.values()
        handle = run_task(
            self,
            self.windowTitle(),
            lambda _p: self._save(points, comments, overall),
            quick=True,
            error=self,
        )
        if handle.ok:
            self.accept()
        return handle.ok
