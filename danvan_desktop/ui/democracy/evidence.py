"""The evidence of one dissemination event (photos, minutes, the article as published): the
files listed, one added, a copy saved out, one removed. Files are copied into the evidence store
(services.evidence) and go up with the event in the next data bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import evidence as store
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy import dissemination as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import ask_to_delete
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.widgets import FieldError


def size_text(n: int) -> str:
    if n < 1 << 20:
        return f"{max(n // 1024, 1)} KB"
    return f"{n / (1 << 20):.1f}".replace(".", ",") + " MB"


class EvidenceDialog(QDialog):
    def __init__(self, ctx: AppContext, event: svc.EventRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, event
        self.changed = False
        self.setWindowTitle(translate("democracy.evidence", "Minh chứng của hoạt động"))
        self.resize(680, 380)
        self.table = make_table(
            [
                translate("democracy.evidence", "Tệp"),
                translate("democracy.evidence", "Dung lượng"),
                translate("democracy.evidence", "Ghi chú"),
            ],
            "evidence_table",
        )
        self.error = FieldError()
        editable = ctx.can(Permission.EDIT)
        buttons = QHBoxLayout()
        for text, name, slot, edit in (
            (translate("democracy.evidence", "Thêm tệp…"), "add_file", self.add_file, True),
            (translate("democracy.evidence", "Lưu bản sao…"), "save_copy", self.save_copy, False),
            (translate("democracy.evidence", "Gỡ"), "remove_file", self.remove_file, True),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, f=slot: f())
            b.setEnabled(editable or not edit)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{event.title}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.files: list[svc.EvidenceRow] = []
        self.load()

    def load(self) -> None:
        self.files = svc.list_evidence(self.ctx, self.record.id)
        fill_table(
            self.table,
            [[f.file_name, size_text(f.size), f.note] for f in self.files],
            [f.id for f in self.files],
        )

    def selected(self) -> svc.EvidenceRow | None:
        fid = selected_id(self.table)
        found = next((f for f in self.files if f.id == fid), None)
        if found is None:
            self.error.show_error(
                translate("democracy.evidence", "Hãy chọn một tệp trong danh sách.")
            )
        return found

    def add_file(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, translate("democracy.evidence", "Chọn tệp minh chứng"), str(Path.home())
            )
            if not chosen:
                return False
            path = Path(chosen)
        done = act(self, lambda: svc.attach_evidence(self.ctx, self.record.id, path))
        if done:
            self.changed = True
            self.load()
        return done

    def save_copy(self, target: Path | None = None) -> Path | None:
        f = self.selected()
        if f is None:
            return None
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("democracy.evidence", "Lưu bản sao"),
                str(Path.home() / f.file_name),
            )
            if not chosen:
                return None
            target = Path(chosen)
        dest = target
        if act(self, lambda: store.export_file(self.ctx.files_dir, f.sha256, dest)):
            return dest
        return None

    def remove_file(self) -> None:
        f = self.selected()
        if (
            f is not None
            and ask_to_delete(self, f.file_name)
            and act(self, lambda: svc.remove_evidence(self.ctx, f.id))
        ):
            self.changed = True
            self.load()
