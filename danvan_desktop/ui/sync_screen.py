"""Gửi, nhận dữ liệu: export bundles, import them (file dialog or drag-and-drop of many files)
with a preview, confirm senders' keys by fingerprint, the import ledger, the conflict register
and this install's key.

Long work (export, preview, import) runs through ui.tasks.run_task with progress and cancel.
The screen never queries the database itself: it calls sync.exporter / importer / ledger /
conflicts / trust and shows the plain results. Two hooks let tests drive it without native
dialogs: `choose_folder()` and `confirm_key(notice)` (the real trust dialog by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import signing_keys, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.sync import conflicts, exporter, importer, keys, ledger, trust
from danvan_desktop.sync.errors import SyncError
from danvan_desktop.sync.importer import BundleReport, KeyNotice
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import info, warn

KIND_LABELS = {
    "data": "Dữ liệu",
    "ack": "Xác nhận",
    "rollup": "Tổng hợp",
    "reference": "Tham chiếu",
}
STATUS_LABELS = {
    "preview": "Hợp lệ, chưa nhập",
    "applied": "Đã nhập",
    "already_imported": "Đã nhập trước đây",
    "refused": "Bị từ chối",
}
STATUS_COLOURS = {
    "preview": "#e8f4ff",
    "applied": "#e3f4e1",
    "already_imported": "#eeeeee",
    "refused": "#fde2e1",
    "trust": "#fff1cc",
}
#: Vietnamese names of the columns people meet most in a conflict
FIELD_LABELS = {
    "name": "Tên",
    "status": "Trạng thái",
    "field_code": "Lĩnh vực",
    "year": "Năm",
    "deleted": "Đã xóa",
    "content": "Nội dung",
    "summary": "Tóm tắt",
    "note": "Ghi chú",
    "notes": "Ghi chú",
    "owner_name": "Đơn vị xây dựng",
    "person_name": "Người, tập thể",
    "start_date": "Ngày bắt đầu",
    "goals": "Mục tiêu",
    "scope": "Phạm vi",
    "title": "Tiêu đề",
    "handler": "Người xử lý",
    "outcome": "Kết quả",
    "decision_no": "Số quyết định",
}
SOURCE_LABELS = {
    "key_file": "Tệp khóa",
    "first_contact": "Xác nhận khi nhận gói",
    "trust_new": "Dòng lệnh (--trust-new)",
    "key_change": "Đổi khóa (đã xác nhận)",
}
MONO = QFont("Liberation Mono")
MONO.setStyleHint(QFont.StyleHint.Monospace)


def _when(moment: dt.datetime | None) -> str:
    local = ledger.local_time(moment)
    return f"{local:%d/%m/%Y %H:%M}" if local else ""


def _source_label(source: str) -> str:
    if source.startswith("reference:"):
        return f"Cấp trên {source.split(':', 1)[1]} gửi xuống"
    return SOURCE_LABELS.get(source, source)


def _created(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone(dt.UTC).replace(tzinfo=None)
    except ValueError:
        return iso
    return _when(moment)


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(22)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(
    table: QTableWidget,
    rows: list[list[object]],
    colours: list[str | None] | None = None,
    numeric: Iterable[int] = (),
) -> None:
    right = set(numeric)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[r]:
                item.setBackground(QColor(colours[r]))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class DropArea(QLabel):
    """Where .dvk files (or folders of them) are dropped, many at once."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drop_area")
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(70)
        self.setText("Kéo thả các tệp gói dữ liệu (.dvk) hoặc cả thư mục vào đây")
        self.setStyleSheet(
            "QLabel { border: 2px dashed #8aa; border-radius: 6px; color: #456;"
            " padding: 10px; background: #f7fbfb; }"
        )

    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt)
        if self._paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt)
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt)
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class TrustDialog(QDialog):
    """Confirm a sender's key by its fingerprint, read aloud over the phone."""

    def __init__(self, notice: KeyNotice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trust_dialog")
        changed = notice.previous_fingerprint is not None
        self.setWindowTitle("Khóa ký đã thay đổi" if changed else "Xác nhận nơi gửi mới")
        head = QLabel(
            "<h3>"
            + (
                "Khóa ký của nơi gửi đã THAY ĐỔI"
                if changed
                else "Lần đầu nhận dữ liệu từ nơi gửi này"
            )
            + "</h3>"
            f"<p><b>{notice.unit_name}</b> (mã {notice.unit_code})<br>Máy gửi: {notice.install_id}</p>"
        )
        head.setWordWrap(True)
        self.fingerprint = QLabel(notice.fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        big = QFont(MONO)
        big.setPointSize(15)
        big.setBold(True)
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("padding: 8px; background: #f3f3f3; border: 1px solid #ccc;")
        advice = QLabel(
            'Hãy gọi điện cho cán bộ của nơi gửi, đề nghị họ mở mục "Gửi, nhận dữ liệu" → '
            '"Khóa ký số" và đọc dấu vân tay của máy họ. Chỉ xác nhận khi từng nhóm ký tự '
            "trùng khớp."
        )
        advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if changed:
            old = QLabel(
                f"Khóa đã đăng ký trước đây: <span style='font-family: monospace'>"
                f"{notice.previous_fingerprint}</span><br><b style='color:#b00020'>Nếu nơi "
                "gửi không thay máy hoặc cài lại phần mềm, đừng chấp nhận: gói có thể "
                "bị giả mạo.</b>"
            )
            old.setWordWrap(True)
            layout.addWidget(old)
        layout.addWidget(QLabel("Dấu vân tay của khóa trong gói:"))
        layout.addWidget(self.fingerprint)
        layout.addWidget(advice)
        self.checked = QCheckBox("Tôi đã đối chiếu qua điện thoại: dấu vân tay trùng khớp")
        self.checked.setObjectName("fingerprint_confirmed")
        layout.addWidget(self.checked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Chấp nhận khóa mới" if changed else "Tin cậy nơi gửi này")
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Không nhập")
        self.checked.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class SyncScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.previews: list[BundleReport] = []
        self.choose_folder = self._choose_folder
        self.confirm_key = self._confirm_key
        can_sync = ctx.can(Permission.SYNC)

        title = QLabel("<h2>Gửi, nhận dữ liệu</h2>")
        self.identity = QLabel()
        self.identity.setObjectName("identity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._import_tab(can_sync), "Nhận về")
        self.tabs.addTab(self._export_tab(can_sync), "Gửi đi")
        self.tabs.addTab(self._ledger_tab(), "Sổ nhập")
        self.tabs.addTab(self._conflicts_tab(), "Xung đột")
        self.tabs.addTab(self._keys_tab(can_sync), "Khóa ký số")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.identity)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ---- tabs -----------------------------------------------------------------------------
    def _import_tab(self, can_sync: bool) -> QWidget:
        w = QWidget()
        self.drop_area = DropArea()
        self.drop_area.dropped.connect(self.add_files)
        self.choose_files_button = QPushButton("Chọn tệp…")
        self.choose_dir_button = QPushButton("Chọn thư mục…")
        self.import_button = QPushButton("Nhập các gói hợp lệ")
        self.import_button.setObjectName("import_bundles")
        self.clear_button = QPushButton("Xóa danh sách")
        self.import_button.setEnabled(False)
        for b in (self.choose_files_button, self.choose_dir_button):
            b.setEnabled(can_sync)
        self.choose_files_button.clicked.connect(self._pick_files)
        self.choose_dir_button.clicked.connect(self._pick_dir)
        self.import_button.clicked.connect(self.import_previewed)
        self.clear_button.clicked.connect(self.clear_previews)
        self.preview_table = _table(
            [
                "Tệp",
                "Nơi gửi",
                "Loại",
                "Số gói",
                "Kết quả",
                "Mới",
                "Cập nhật",
                "Không đổi",
                "Xung đột",
                "Từ chối",
            ],
            "preview_table",
        )
        self.preview_table.itemSelectionChanged.connect(self._show_preview_detail)
        self.entity_table = _table(
            [
                "Loại dữ liệu",
                "Trong gói",
                "Mới",
                "Cập nhật",
                "Không đổi",
                "Cũ hơn",
                "Xung đột",
                "Từ chối",
            ],
            "entity_table",
        )
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("preview_detail")
        self.detail.setReadOnly(True)
        buttons = QHBoxLayout()
        for b in (self.choose_files_button, self.choose_dir_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.import_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.entity_table)
        lower.addWidget(self.detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.preview_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(w)
        layout.addWidget(self.drop_area)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return w

    def _export_tab(self, can_sync: bool) -> QWidget:
        w = QWidget()
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setEditable(True)
        today = dt.date.today()
        for p in (
            exporter.default_period(today),
            f"{today.year}-Q{(today.month - 1) // 3 + 1}",
            f"{today.year}-H{1 if today.month <= 6 else 2}",
            str(today.year),
        ):
            self.period.addItem(p)
        self.full_check = QCheckBox("Gửi toàn bộ dữ liệu (không chỉ phần thay đổi)")
        self.full_check.setObjectName("full")
        self.export_button = QPushButton("Xuất gói dữ liệu…")
        self.export_button.setObjectName("export_bundle")
        self.export_button.setEnabled(can_sync)
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.export_state = QLabel()
        self.export_state.setObjectName("export_state")
        self.export_state.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Gửi cho:", self.recipient)
        form.addRow("Kỳ báo cáo:", self.period)
        form.addRow("", self.full_check)
        box = QGroupBox("Xuất gói dữ liệu gửi cấp trên")
        bl = QVBoxLayout(box)
        bl.addLayout(form)
        bl.addWidget(self.export_state)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        bl.addLayout(row)
        self.export_table = _table(
            [
                "Thời điểm",
                "Loại",
                "Gửi cho",
                "Số gói",
                "Kỳ",
                "Toàn bộ",
                "Số bản ghi",
                "Tệp",
                "Đã xác nhận",
            ],
            "export_table",
        )
        layout = QVBoxLayout(w)
        layout.addWidget(box)
        layout.addWidget(QLabel("<b>Các gói đã xuất</b>"))
        layout.addWidget(self.export_table, 1)
        return w

    def _ledger_tab(self) -> QWidget:
        w = QWidget()
        self.ledger_table = _table(
            [
                "Thời điểm nhập",
                "Nơi gửi",
                "Máy gửi",
                "Loại",
                "Số gói",
                "Kỳ",
                "Mới",
                "Cập nhật",
                "Không đổi",
                "Xung đột",
                "Người nhập",
                "Ghi chú",
            ],
            "ledger_table",
        )
        layout = QVBoxLayout(w)
        layout.addWidget(
            QLabel("Mỗi gói chỉ được nhập một lần; nhập lại cùng một gói không thay đổi dữ liệu.")
        )
        layout.addWidget(self.ledger_table, 1)
        return w

    def _conflicts_tab(self) -> QWidget:
        w = QWidget()
        self.conflicts_table = _table(
            [
                "Loại dữ liệu",
                "Bản ghi",
                "Máy gửi",
                "Lần sửa (máy này / máy gửi)",
                "Khác nhau ở",
                "Phát hiện lúc",
            ],
            "conflicts_table",
        )
        self.conflicts_table.itemSelectionChanged.connect(self._show_conflict)
        self.conflict_fields = _table(
            ["Trường", "Bản ở máy này", "Bản của máy gửi"], "conflict_fields"
        )
        self.conflict_reason = QLabel()
        self.conflict_reason.setWordWrap(True)
        self.keep_local_button = QPushButton("Giữ bản ở máy này")
        self.keep_local_button.setObjectName("keep_local")
        self.take_incoming_button = QPushButton("Lấy bản của máy gửi")
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
                "Hai máy của cùng đơn vị đã sửa cùng một bản ghi. Không bản nào bị "
                "ghi đè: hãy xem từng trường rồi chọn bản giữ lại."
            )
        )
        layout.addWidget(split, 1)
        layout.addLayout(row)
        return w

    def _keys_tab(self, can_sync: bool) -> QWidget:
        w = QWidget()
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("own_fingerprint")
        big = QFont(MONO)
        big.setPointSize(14)
        big.setBold(True)
        self.own_fingerprint.setFont(big)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.save_key_button = QPushButton("Lưu tệp khóa công khai…")
        self.trust_file_button = QPushButton("Đăng ký khóa từ tệp…")
        self.trust_file_button.setEnabled(can_sync)
        self.save_key_button.clicked.connect(self.save_public_key)
        self.trust_file_button.clicked.connect(self.trust_key_file)
        self.keys_table = _table(
            [
                "Đơn vị",
                "Máy",
                "Dấu vân tay",
                "Trạng thái",
                "Cách đăng ký",
                "Người xác nhận",
                "Ngày",
            ],
            "keys_table",
        )
        own = QGroupBox("Khóa ký số của máy này")
        ol = QVBoxLayout(own)
        ol.addWidget(QLabel("Dấu vân tay (đọc cho nơi nhận khi họ gọi điện đối chiếu):"))
        ol.addWidget(self.own_fingerprint)
        ol.addWidget(self.key_state)
        row = QHBoxLayout()
        row.addWidget(self.save_key_button)
        row.addStretch(1)
        row.addWidget(self.trust_file_button)
        ol.addLayout(row)
        layout = QVBoxLayout(w)
        layout.addWidget(own)
        layout.addWidget(QLabel("<b>Khóa của các nơi gửi</b>"))
        layout.addWidget(self.keys_table, 1)
        return w

    # ---- refresh --------------------------------------------------------------------------
    def refresh(self) -> None:
        me = trust.own_identity(self.ctx)
        unit = units.get(self.ctx, me.unit_code)
        self.unit_name = unit.full_name if unit else me.unit_code
        self.identity.setText(
            f"{self.unit_name} · máy {me.install_id[-12:]} · khóa "
            f"<span style='font-family: monospace'>{me.fingerprint or '—'}</span>"
        )
        self.own_fingerprint.setText(me.fingerprint or "Chưa có khóa")
        self.key_state.setText(
            "Khóa đang mở cho tài khoản này: có thể ký gói dữ liệu."
            if signing_keys.is_unlocked(self.ctx)
            else "Khóa chưa mở cho tài khoản này: chưa ký được gói. Hãy đăng nhập lại hoặc nhờ quản "
            "trị viên đặt lại mật khẩu cho tài khoản."
        )
        self._fill_recipients(me.unit_code)
        _fill(
            self.export_table,
            [
                [
                    _when(r.created_at),
                    KIND_LABELS.get(r.kind, r.kind),
                    r.recipient_name,
                    r.seq,
                    r.period,
                    "có" if r.full else f"sau gói {r.since_seq}",
                    r.records,
                    r.file_name,
                    _when(r.acked_at) or "chưa",
                ]
                for r in ledger.list_exports(self.ctx)
            ],
            numeric=(3, 6),
        )
        _fill(
            self.ledger_table,
            [
                [
                    _when(r.imported_at),
                    r.sender_name,
                    r.sender_install[-12:],
                    KIND_LABELS.get(r.kind, r.kind),
                    r.seq,
                    r.period,
                    r.new,
                    r.updated,
                    r.unchanged,
                    r.conflicts,
                    r.imported_by,
                    " ".join(r.warnings),
                ]
                for r in ledger.list_imports(self.ctx)
            ],
            numeric=(4, 6, 7, 8, 9),
        )
        self.conflict_rows = conflicts.list_conflicts(self.ctx)
        _fill(
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
            3, f"Xung đột ({len(self.conflict_rows)})" if self.conflict_rows else "Xung đột"
        )
        self.conflict_fields.setRowCount(0)
        self._show_conflict()
        _fill(
            self.keys_table,
            [
                [
                    k.unit_code,
                    k.install_id[-12:],
                    k.fingerprint,
                    "tin cậy" if k.status == "trusted" else "đã thay",
                    _source_label(k.source),
                    k.confirmed_by,
                    _when(k.added_at),
                ]
                for k in trust.list_keys(self.ctx)
            ],
        )

    def _fill_recipients(self, unit_code: str) -> None:
        current = self.recipient.currentData()
        self.recipient.clear()
        with self.ctx.read() as s:
            up = exporter.ancestor_codes(s, unit_code)
        if up and up[0] != "VN":
            parent = units.get(self.ctx, up[0])
            self.recipient.addItem(parent.full_name if parent else up[0], up[0])
        self.recipient.addItem(f"Máy khác của {self.unit_name}", unit_code)
        index = self.recipient.findData(current)
        self.recipient.setCurrentIndex(max(index, 0))

    # ---- export ---------------------------------------------------------------------------
    def _choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, "Chọn nơi lưu gói dữ liệu (ví dụ ổ USB)")
        return Path(folder) if folder else None

    def export_bundle(self, folder: Path | None = None) -> TaskHandle | None:
        folder = folder or self.choose_folder()
        if folder is None:
            return None
        recipient = self.recipient.currentData()
        period = self.period.currentText().strip()
        full = self.full_check.isChecked()
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            return exporter.export_data(
                ctx,
                folder,
                recipient=recipient,
                full=full,
                period=period or None,
                progress=progress,
            )

        def done(result: exporter.ExportResult) -> None:
            what = "toàn bộ dữ liệu" if result.full else f"thay đổi sau gói số {result.since_seq}"
            self.export_state.setText(
                f"Đã xuất gói số {result.seq} ({what}, {result.records} bản ghi):\n{result.path}"
            )
            self.refresh()

        self.task = run_task(self, "Xuất gói dữ liệu", work, done)
        return self.task

    # ---- import ---------------------------------------------------------------------------
    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Chọn gói dữ liệu", "", "Gói dữ liệu (*.dvk);;Mọi tệp (*)"
        )
        if files:
            self.add_files([Path(f) for f in files])

    def _pick_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Chọn thư mục chứa các gói dữ liệu")
        if folder:
            self.add_files([Path(folder)])

    def add_files(self, paths: list[Path]) -> TaskHandle | None:
        """Check and preview the dropped or chosen files (nothing is written)."""
        known = {r.source for r in self.previews}
        files = [p for p in importer.expand_paths(paths) if p not in known]
        if not files:
            return None
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            return importer.import_bundles(ctx, files, dry_run=True, progress=progress)

        def done(reports: list[BundleReport]) -> None:
            self.previews.extend(reports)
            self._show_previews()

        self.task = run_task(self, "Kiểm tra gói dữ liệu", work, done)
        return self.task

    def clear_previews(self) -> None:
        self.previews = []
        self._show_previews()

    def _unit_name(self, code: str) -> str:
        cache = self.__dict__.setdefault("_names", {})
        if code not in cache:
            unit = units.get(self.ctx, code)
            cache[code] = unit.full_name if unit else code
        return cache[code]

    def _needs_key(self, r: BundleReport) -> bool:
        return r.key_notice is not None and (r.status == "preview" or r.code == "key_changed")

    def _show_previews(self) -> None:
        rows, colours = [], []
        for r in self.previews:
            m = r.manifest
            status = STATUS_LABELS.get(r.status, r.status)
            if r.status == "refused":
                status = r.message
            elif self._needs_key(r):
                status = "Cần xác nhận khóa của nơi gửi"
            if r.status == "preview" and r.manifest is not None and r.manifest.kind == "ack":
                status = r.summary()
            rows.append(
                [
                    r.source.name,
                    self._unit_name(m.sender_unit) if m else "",
                    KIND_LABELS.get(m.kind, m.kind) if m else "",
                    m.seq if m else "",
                    status,
                    r.total("new"),
                    r.total("updated"),
                    r.total("unchanged") + r.total("stale"),
                    r.total("conflicts"),
                    r.total("rejected"),
                ]
            )
            colours.append(
                STATUS_COLOURS["trust"] if self._needs_key(r) else STATUS_COLOURS.get(r.status)
            )
        _fill(self.preview_table, rows, colours, numeric=(3, 5, 6, 7, 8, 9))
        self.preview_table.setColumnWidth(4, min(self.preview_table.columnWidth(4), 420))
        self.import_button.setEnabled(
            any(r.status == "preview" or self._needs_key(r) for r in self.previews)
        )
        if rows:
            self.preview_table.selectRow(0)
        else:
            self.entity_table.setRowCount(0)
            self.detail.clear()

    def _show_preview_detail(self) -> None:
        rows = self.preview_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.previews):
            return
        r = self.previews[rows[0].row()]
        _fill(
            self.entity_table,
            [
                [
                    importer.spec_label(e),
                    c.manifest,
                    c.new,
                    c.updated,
                    c.unchanged,
                    c.stale,
                    c.conflicts,
                    c.rejected,
                ]
                for e, c in r.entities.items()
                if c.manifest
            ],
            numeric=range(1, 8),
        )
        self.entity_table.setColumnWidth(0, min(self.entity_table.columnWidth(0), 230))
        lines = [r.message or r.summary()]
        if r.manifest is not None:
            m = r.manifest
            lines.append(
                f"Gói số {m.seq} của {self._unit_name(m.sender_unit)} (máy "
                f"{m.sender_install}), "
                f"{'toàn bộ' if m.full else f'thay đổi sau gói số {m.since_seq}'}, "
                f"tạo lúc {_created(m.created_at)}."
            )
        if r.key_notice is not None:
            lines.append(f"Dấu vân tay khóa của nơi gửi: {r.key_notice.fingerprint}")
        lines += [f"• {w}" for w in r.warnings]
        lines += [f"✗ {x.reason}" for x in r.rejections[:50]]
        lines += [
            f"⚠ Xung đột: {importer.spec_label(c.entity)} {c.record_id} ({', '.join(c.fields)})"
            for c in r.conflicts[:50]
        ]
        self.detail.setPlainText("\n".join(lines))

    def _confirm_key(self, notice: KeyNotice) -> bool:
        return TrustDialog(notice, self).exec() == QDialog.DialogCode.Accepted

    def import_previewed(self) -> TaskHandle | None:
        """Import the bundles whose preview passed; unknown or changed keys are asked first."""
        accepted: set[str] = set()
        asked: dict[str, bool] = {}
        files: list[Path] = []
        for r in self.previews:
            if self._needs_key(r):
                fp = r.key_notice.fingerprint
                if fp not in asked:
                    asked[fp] = self.confirm_key(r.key_notice)
                if not asked[fp]:
                    continue
                accepted.add(fp)
            elif r.status != "preview":
                continue
            files.append(r.source)
        if not files:
            return None
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            return importer.import_bundles(ctx, files, accept_keys=accepted, progress=progress)

        def done(reports: list[BundleReport]) -> None:
            by_source = {r.source: r for r in reports}
            self.previews = [by_source.get(r.source, r) for r in self.previews]
            self._show_previews()
            self.refresh()
            applied = [r for r in reports if r.status == "applied"]
            refused = [r for r in reports if r.status == "refused"]
            text = [f"Đã nhập {len(applied)} gói."]
            acks = [r.ack.path for r in applied if r.ack is not None]
            if acks:
                text.append(
                    f"Gói xác nhận gửi lại nơi gửi ({len(acks)}) đã lưu tại:\n{acks[0].parent}"
                )
            if any(r.total("conflicts") for r in applied):
                text.append('Có xung đột cần xử lý: xem thẻ "Xung đột".')
            if refused:
                text.append(
                    f"{len(refused)} gói bị từ chối:\n"
                    + "\n".join(f"• {r.source.name}: {r.message}" for r in refused[:10])
                )
            (warn if refused else info)(self, "Nhập gói dữ liệu", "\n\n".join(text))

        self.task = run_task(self, "Nhập gói dữ liệu", work, done)
        return self.task

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
            f"{reason}. Người sửa ở máy này: {c.local_updated_by or '—'}; "
            f"ở máy gửi: {c.incoming_updated_by or '—'}."
        )
        _fill(
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
        try:
            conflicts.resolve(self.ctx, c.id, keep)
        except RuleViolation as exc:
            warn(self, "Giải quyết xung đột", exc.message)
        self.refresh()

    # ---- keys -----------------------------------------------------------------------------
    def save_public_key(self) -> None:
        me = trust.own_identity(self.ctx)
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Lưu tệp khóa công khai",
            f"khoa-{me.unit_code}-{me.install_id[-8:]}.json",
            "Tệp khóa (*.json)",
        )
        if not name:
            return
        try:
            made = trust.export_own_key(self.ctx, Path(name))
        except (RuleViolation, OSError) as exc:
            warn(self, "Lưu tệp khóa", getattr(exc, "message", str(exc)))
            return
        info(self, "Lưu tệp khóa", f"Đã lưu {name}\nDấu vân tay: {made.fingerprint}")

    def trust_key_file(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Chọn tệp khóa công khai của nơi gửi", "", "Tệp khóa (*.json);;Mọi tệp (*)"
            )
            if not name:
                return
            path = Path(name)
        try:
            key = keys.read_public_key_file(path)
        except SyncError as exc:
            warn(self, "Đăng ký khóa", exc.message)
            return
        known = {
            (k.unit_code, k.install_id): k.fingerprint
            for k in trust.list_keys(self.ctx)
            if k.status == "trusted"
        }
        previous = known.get((key.unit_code, key.install_id))
        unit = units.get(self.ctx, key.unit_code)
        notice = KeyNotice(
            key.unit_code,
            key.install_id,
            key.fingerprint,
            previous if previous != key.fingerprint else None,
            unit.full_name if unit else key.unit_code,
        )
        if previous == key.fingerprint:
            info(self, "Đăng ký khóa", "Khóa này đã được đăng ký.")
            return
        if not self.confirm_key(notice):
            return
        try:
            trust.trust_key_file(self.ctx, path, replace=previous is not None)
        except SyncError as exc:
            warn(self, "Đăng ký khóa", exc.message)
            return
        self.refresh()
