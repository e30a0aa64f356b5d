"""The evidence cited on a criterion: the commune attaches files (copied into the evidence store)
and removes them while its evaluation is editable; both levels open a cited file beside its
criterion (the province only once the file has come up in a data bundle)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import criterion_evidence
from danvan_desktop.services.scoring import record_links as criterion_evidence_links
from danvan_desktop.services.scoring.criterion_evidence import Cited
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import TaskHandle, act, run_task

MISSING = translate(
    "scoring.evidence", "Tệp chưa được gửi lên (chưa gửi hoặc vượt giới hạn dung lượng)"
)


def size_text(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1 << 20:
        return f"{size / 1024:.0f} KB".replace(".", ",")
    return f"{size / (1 << 20):.1f} MB".replace(".", ",")


def cited_label(c: Cited) -> str:
    if c.kind == "record":
        if c.label:
            return c.label
        return translate("scoring.evidence", "Hồ sơ {0} ({1}) — chưa có ở đây").format(
            c.entity, c.record_id[:8]
        )
    size = size_text(c.size)
    text = f"{c.name} ({size})" if size else c.name
    if c.path is None:
        text += translate("scoring.evidence", " — chưa có tệp")
    return text


def open_cited(c: Cited) -> str | None:
    """Open a cited file with the system's viewer; the reason it cannot be, else None."""
    if c.kind != "file":
        return None
    if c.path is None:
        return MISSING
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(c.path)))
    return None


def fill_list(widget: QListWidget, items: list[tuple[str, Cited]]) -> None:
    """(prefix, item) pairs into a list whose rows keep the item for opening."""
    widget.clear()
    for prefix, c in items:
        row = QListWidgetItem(prefix + cited_label(c))
        row.setData(Qt.ItemDataRole.UserRole, c)
        row.setToolTip(c.sha256 or c.record_id)
        widget.addItem(row)


def current(widget: QListWidget) -> Cited | None:
    item = widget.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class EvidencePanel(QWidget):
    """The selected criterion's evidence on the commune's screen."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.evaluation_id: str | None = None
        self.code: str | None = None
        self.task: TaskHandle | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("scoring.evidence", "<b>Minh chứng của tiêu chí</b>")))
        head.addStretch(1)
        self.add_button = QPushButton(translate("scoring.evidence", "Thêm tệp minh chứng…"))
        self.add_button.setObjectName("add_evidence")
        self.add_button.clicked.connect(lambda: self.choose_file())
        self.remove_button = QPushButton(translate("scoring.evidence", "Bỏ minh chứng"))
        self.remove_button.setObjectName("remove_evidence")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.link_button = QPushButton(translate("scoring.evidence", "Dẫn hồ sơ…"))
        self.link_button.setObjectName("link_record")
        self.link_button.setToolTip(
            translate(
                "scoring.evidence",
                "Dẫn một hồ sơ đã ghi trong phần mềm (buổi đối thoại, mô hình, kế hoạch…) "
                "làm minh chứng",
            )
        )
        self.link_button.clicked.connect(lambda: self.choose_record())
        layout.addLayout(head)
        # the buttons on a row of their own: beside the title they pushed the panel wide and
        # squeezed the criterion's text next to it on a 1366-pixel screen
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list = QListWidget()
        self.list.setObjectName("evidence")
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setObjectName("evidence_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def show_items(
        self, evaluation_id: str | None, code: str | None, items: list[Cited], editable: bool
    ) -> None:
        self.evaluation_id, self.code = evaluation_id, code
        fill_list(self.list, [("", c) for c in items])
        self.add_button.setEnabled(editable and code is not None)
        self.link_button.setEnabled(editable and code is not None)
        self.remove_button.setEnabled(editable and bool(items))

    def open_selected(self) -> QDialog | None:
        c = current(self.list)
        if c is None:
            return None
        if c.kind == "record":
            from danvan_desktop.ui.scoring.dialogs import open_record

            dialog = open_record(self.ctx, c.entity, c.record_id, self)
            if dialog is None:
                self.message.setText(c.label or c.record_id)
            return dialog
        self.message.setText(open_cited(c) or "")
        return None

    def choose_record(self) -> None:
        eid, code = self.evaluation_id, self.code
        if eid is None or code is None:
            return
        from danvan_desktop.ui.scoring.dialogs import run_dialog
        from danvan_desktop.ui.scoring.record_picker import RecordPickerDialog

        self.picker = RecordPickerDialog(self.ctx, code, self)
        if not run_dialog(self.picker):
            return
        chosen = self.picker.chosen()
        if chosen is None:
            return
        entity, rid = chosen
        if act(
            self,
            lambda: criterion_evidence_links.link_record(self.ctx, eid, code, entity, rid),
            translate("scoring.evidence", "Chưa dẫn được hồ sơ"),
        ):
            self.message.setText(translate("scoring.evidence", "Đã dẫn hồ sơ làm minh chứng."))
            self.changed.emit()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("scoring.evidence", "Chọn tệp minh chứng"),
            str(Path.home()),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> TaskHandle | None:
        """Copy the file into the store on a worker (a scan may be large), then reload."""
        eid, code = self.evaluation_id, self.code
        if eid is None or code is None:
            return None

        def done(_result: Any) -> None:
            self.message.setText(
                translate("scoring.evidence", "Đã thêm minh chứng “{0}”.").format(path.name)
            )
            self.changed.emit()

        self.message.clear()
        self.task = run_task(
            self,
            translate("scoring.evidence", "Thêm tệp minh chứng"),
            lambda _p: criterion_evidence.attach_file(self.ctx, eid, code, path),
            done,
        )
        return self.task

    def remove_selected(self) -> None:
        c, eid, code = current(self.list), self.evaluation_id, self.code
        if c is None or eid is None or code is None:
            return
        if act(
            self,
            lambda: criterion_evidence.remove_evidence(self.ctx, eid, code, c.key),
            translate("scoring.evidence", "Chưa bỏ được minh chứng"),
        ):
            self.changed.emit()
