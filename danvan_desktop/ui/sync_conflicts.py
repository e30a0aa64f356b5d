"""The sync screen's conflict register: two machines of one unit changed the same record;
the officer compares field by field and keeps one version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.context import AppContext
from danvan_desktop.sync import conflicts
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.sync_widgets import (
    FIELD_LABELS,
    _when,
)


class ConflictsPart(QWidget):
    """Mixed into SyncScreen: the \"Xung đột\" tab and its actions."""

    ctx: AppContext
    tabs: QTabWidget

    def _conflicts_tab(self) -> QWidget:
        w = QWidget()
        self.conflicts_table = make_table(
            [
                translate("sync_conflicts", "Loại dữ liệu"),
                translate("sync_conflicts", "Bản ghi"),
                translate("sync_conflicts", "Máy gửi"),
                translate("sync_conflicts", "Lần sửa (máy này / máy gửi)"),
                translate("sync_conflicts", "Khác nhau ở"),
                translate("sync_conflicts", "Phát hiện lúc"),
            ],
            "conflicts_table",
        )
        self.conflicts_table.itemSelectionChanged.connect(self._show_conflict)
        self.conflict_fields = make_table(
            [
                translate("sync_conflicts", "Trường"),
                translate("sync_conflicts", "Bản ở máy này"),
                translate("sync_conflicts", "Bản của máy gửi"),
            ],
            "conflict_fields",
        )
        self.conflict_reason = QLabel()
        self.conflict_reason.setWordWrap(True)
        self.keep_local_button = QPushButton(translate("sync_conflicts", "Giữ bản ở máy này"))
        self.keep_local_button.setObjectName("keep_local")
        self.take_incoming_button = QPushButton(translate("sync_conflicts", "Lấy bản của máy gửi"))
        self.take_incoming_button.setObjectName("take_incoming")
        for b, keep in ((self.keep_local_button, "local"), (self.take_incoming_button, "incoming")):
            b.setEnabled(False)
            b.clicked.connect(lambda _=False, keep=keep: self.resolve_selected(keep))
        row = QHBoxLayout()
        row.addWidget(self.conflict_reason, 1)
        row.addWidget(self.keep_local_button)
        row.addWidget(self.take_incoming_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conflicts_table)
        split.addWidget(self.conflict_fields)
        layout = QVBoxLayout(w)
        layout.addWidget(
            QLabel(
                translate(
                    "sync_conflicts",
                    "Hai máy của cùng đơn vị đã sửa cùng một bản ghi. Không bản nào bị "
                    "ghi đè: hãy xem từng trường rồi chọn bản giữ lại.",
                )
            )
        )
        layout.addWidget(split, 1)
        layout.addLayout(row)
        return w

    def refresh_conflicts(self) -> None:
        self.conflict_rows = conflicts.list_conflicts(self.ctx)
        fill_table(
            self.conflicts_table,
            [
                [
                    c.entity_label,
                    c.title or c.record_id,
                    f"{c.sender_unit} / {c.sender_install[-12:]}",
                    f"{c.local_revision} / {c.incoming_revision}",
                    ", ".join(FIELD_LABELS.get(f, f) for f in c.fields),
                    _when(c.detected_at),
                ]
                for c in self.conflict_rows
            ],
        )
        self.tabs.setTabText(
            3,
            translate("sync_conflicts", "Xung đột ({0})").format(len(self.conflict_rows))
            if self.conflict_rows
            else translate("sync_conflicts", "Xung đột"),
        )
        self.conflict_fields.setRowCount(0)
        self._show_conflict()

    # ---- conflicts ------------------------------------------------------------------------
    def _selected_conflict(self) -> conflicts.ConflictInfo | None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflict_rows):
            return None
        return self.conflict_rows[rows[0].row()]

    def _show_conflict(self) -> None:
        c = self._selected_conflict()
        can_edit = self.ctx.can(Permission.EDIT)
        self.keep_local_button.setEnabled(c is not None and can_edit)
        self.take_incoming_button.setEnabled(c is not None and can_edit)
        if c is None:
            self.conflict_reason.setText("")
            return
        reason = c.reason[:1].upper() + c.reason[1:]
        self.conflict_reason.setText(
            translate(
                "sync_conflicts", "{reason}. Người sửa ở máy này: {0}; ở máy gửi: {1}."
            ).format(c.local_updated_by or "—", c.incoming_updated_by or "—", reason=reason)
        )
        fill_table(
            self.conflict_fields,
            [[FIELD_LABELS.get(f, f), local, incoming] for f, local, incoming in c.differences],
        )
        header = self.conflict_fields.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def resolve_selected(self, keep: str) -> None:
        c = self._selected_conflict()
        if c is None:
            return
        act(
            self,
            lambda: conflicts.resolve(self.ctx, c.id, keep),
            translate("sync_conflicts", "Giải quyết xung đột"),
        )
        self.refresh()
