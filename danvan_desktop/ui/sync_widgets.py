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
from danvan_desktop.ui.i18n import translate

KIND_LABELS = {
    "data": translate("sync_widgets", "Dữ liệu"),
    "ack": translate("sync_widgets", "Xác nhận"),
    "rollup": translate("sync_widgets", "Tổng hợp"),
    "reference": translate("sync_widgets", "Tham chiếu"),
}
STATUS_LABELS = {
    "preview": translate("sync_widgets", "Hợp lệ, chưa nhập"),
    "applied": translate("sync_widgets", "Đã nhập"),
    "already_imported": translate("sync_widgets", "Đã nhập trước đây"),
    "refused": translate("sync_widgets", "Bị từ chối"),
}
#: Vietnamese names of the columns people meet most in a conflict
FIELD_LABELS = {
    "name": translate("sync_widgets", "Tên"),
    "status": translate("sync_widgets", "Trạng thái"),
    "field_code": translate("sync_widgets", "Lĩnh vực"),
    "year": translate("sync_widgets", "Năm"),
    "deleted": translate("sync_widgets", "Đã xóa"),
    "content": translate("sync_widgets", "Nội dung"),
    "summary": translate("sync_widgets", "Tóm tắt"),
    "note": translate("sync_widgets", "Ghi chú"),
    "notes": translate("sync_widgets", "Ghi chú"),
    "owner_name": translate("sync_widgets", "Đơn vị xây dựng"),
    "person_name": translate("sync_widgets", "Người, tập thể"),
    "start_date": translate("sync_widgets", "Ngày bắt đầu"),
    "goals": translate("sync_widgets", "Mục tiêu"),
    "scope": translate("sync_widgets", "Phạm vi"),
    "title": translate("sync_widgets", "Tiêu đề"),
    "handler": translate("sync_widgets", "Người xử lý"),
    "outcome": translate("sync_widgets", "Kết quả"),
    "decision_no": translate("sync_widgets", "Số quyết định"),
}
SOURCE_LABELS = {
    "key_file": translate("sync_widgets", "Tệp khóa"),
    "first_contact": translate("sync_widgets", "Xác nhận khi nhận gói"),
    "trust_new": translate("sync_widgets", "Dòng lệnh (--trust-new)"),
    "key_change": translate("sync_widgets", "Đổi khóa (đã xác nhận)"),
}
MONO = QFont("Liberation Mono")
MONO.setStyleHint(QFont.StyleHint.Monospace)


def _when(moment: dt.datetime | None) -> str:
    local = ledger.local_time(moment)
    return f"{local:%d/%m/%Y %H:%M}" if local else ""


def _source_label(source: str) -> str:
    if source.startswith("reference:"):
        return translate("sync_widgets", "Cấp trên {0} gửi xuống").format(source.split(":", 1)[1])
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
        self.setText(
            translate("sync_widgets", "Kéo thả các tệp gói dữ liệu (.dvk) hoặc cả thư mục vào đây")
        )
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
        self.setWindowTitle(
            translate("sync_widgets", "Khóa ký đã thay đổi")
            if changed
            else translate("sync_widgets", "Xác nhận nơi gửi mới")
        )
        head = QLabel(
            "<h3>"
            + (
                translate("sync_widgets", "Khóa ký của nơi gửi đã THAY ĐỔI")
                if changed
                else translate("sync_widgets", "Lần đầu nhận dữ liệu từ nơi gửi này")
            )
            + translate(
                "sync_widgets",
                "</h3><p><b>{unit_name}</b> (mã {unit_code})<br>Máy gửi: {install_id}</p>",
            ).format(
                unit_name=notice.unit_name, unit_code=notice.unit_code, install_id=notice.install_id
            )
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
            translate(
                "sync_widgets",
                'Hãy gọi điện cho cán bộ của nơi gửi, đề nghị họ mở mục "Gửi, nhận dữ liệu" → '
                '"Khóa ký số" và đọc dấu vân tay của máy họ. Chỉ xác nhận khi từng nhóm ký tự '
                "trùng khớp.",
            )
        )
        advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if changed:
            old = QLabel(
                translate(
                    "sync_widgets",
                    "Khóa đã đăng ký trước đây: <span style='font-family: "
                    "monospace'>{previous_fingerprint}</span><br><b "
                    "style='color:#b00020'>Nếu nơi gửi không thay máy hoặc cài lại phần mềm, "
                    "đừng chấp nhận: gói có thể bị giả mạo.</b>",
                ).format(previous_fingerprint=notice.previous_fingerprint)
            )
            old.setWordWrap(True)
            layout.addWidget(old)
        layout.addWidget(QLabel(translate("sync_widgets", "Dấu vân tay của khóa trong gói:")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(advice)
        self.checked = QCheckBox(
            translate("sync_widgets", "Tôi đã đối chiếu qua điện thoại: dấu vân tay trùng khớp")
        )
        self.checked.setObjectName("fingerprint_confirmed")
        layout.addWidget(self.checked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(
            translate("sync_widgets", "Chấp nhận khóa mới")
            if changed
            else translate("sync_widgets", "Tin cậy nơi gửi này")
        )
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("sync_widgets", "Không nhập")
        )
        self.checked.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
