"""Choose one of the unit's own records to cite as evidence on a criterion: the kind of record,
words to look for (without diacritics is fine), then a line of the list. The search runs on a
worker thread; the newest search's result wins."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import record_links
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import TaskHandle, run_task


class RecordPickerDialog(QDialog):
    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(
            translate("scoring.record_picker", "Dẫn hồ sơ làm minh chứng cho tiêu chí {0}").format(
                code
            )
        )
        self.resize(720, 460)
        self.task: TaskHandle | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for entity, label in record_links.linkable_entities():
            self.kind.addItem(label, entity)
        self.words = QLineEdit()
        self.words.setObjectName("words")
        self.words.setPlaceholderText(
            translate("scoring.record_picker", "Gõ vài chữ, có dấu hoặc không: “doi thoai thang 3”")
        )
        form.addRow(translate("scoring.record_picker", "Loại hồ sơ"), self.kind)
        form.addRow(translate("scoring.record_picker", "Tìm"), self.words)
        layout.addLayout(form)
        self.records = QListWidget()
        self.records.setObjectName("records")
        self.records.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.records, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("scoring.record_picker", "Dẫn hồ sơ này")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("scoring.record_picker", "Hủy")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # typing waits a moment before searching, as the registers do
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.words.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.search())
        self.search()

    def search(self) -> TaskHandle | None:
        entity = self.kind.currentData()
        if entity is None:
            return None
        self._generation += 1
        generation, words = self._generation, self.words.text()

        def done(found: list[tuple[str, str]]) -> None:
            if generation != self._generation:
                return
            self.records.clear()
            for rid, label in found:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, rid)
                self.records.addItem(item)
            if found:
                self.records.setCurrentRow(0)
            self.status.setText(
                translate("scoring.record_picker", "{0} hồ sơ").format(len(found))
                if found
                else translate("scoring.record_picker", "Không có hồ sơ nào khớp.")
            )

        self.task = run_task(
            self,
            translate("scoring.record_picker", "Tìm hồ sơ"),
            lambda _p: record_links.candidates(self.ctx, entity, words),
            done,
            show_dialog=False,
        )
        return self.task

    def chosen(self) -> tuple[str, str] | None:
        """(entity, record id) of the selected line."""
        item = self.records.currentItem()
        if item is None:
            return None
        return self.kind.currentData(), item.data(Qt.ItemDataRole.UserRole)
