"""What the sync screen shows its data with: Vietnamese labels, times, the drop area for
bundles and the dialog that confirms a sender's key by its fingerprint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.sync import ledger
from danvan_desktop.sync.importer import KeyNotice

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
