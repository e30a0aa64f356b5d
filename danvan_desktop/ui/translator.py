"""Vietnamese for Qt's own texts (standard buttons, wizard, file dialog, context menus).

Qt's wheels ship no qtbase_vi.qm, so without this the app would show "OK", "Cancel", "&Next >".
A QTranslator subclass answering from a table is simpler to keep than a .ts/.qm toolchain.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_COMMON = {
    "OK": "Đồng ý",
    "&OK": "Đồng ý",
    "Cancel": "Hủy",
    "&Cancel": "Hủy",
    "Close": "Đóng",
    "&Close": "Đóng",
    "Save": "Lưu",
    "&Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Open": "Mở",
    "Yes": "Có",
    "&Yes": "Có",
    "No": "Không",
    "&No": "Không",
    "Yes to &All": "Có với tất cả",
    "Yes to All": "Có với tất cả",
    "N&o to All": "Không với tất cả",
    "No to All": "Không với tất cả",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    "Help": "Trợ giúp",
    "Discard": "Bỏ qua thay đổi",
    "Don't Save": "Không lưu",
    "Close without Saving": "Đóng không lưu",
    "Abort": "Dừng",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Show Details...": "Xem chi tiết...",
    "Hide Details...": "Ẩn chi tiết...",
    "< &Back": "< Quay lại",
    "&Back": "Quay lại",
    "&Next >": "Tiếp theo >",
    "&Next": "Tiếp theo",
    "&Finish": "Hoàn tất",
    "&Commit": "Xác nhận",
    "&Help": "Trợ giúp",
    "Go Back": "Quay lại",
    "Continue": "Tiếp tục",
    "Commit": "Xác nhận",
    "Done": "Xong",
    "Quit": "Thoát",
    "&Undo": "Hoàn tác",
    "&Redo": "Làm lại",
    "Cu&t": "Cắt",
    "&Copy": "Sao chép",
    "&Paste": "Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
    "Look in:": "Tìm trong:",
    "File &name:": "Tên tệp:",
    "File name": "Tên tệp",
    "Files of type:": "Loại tệp:",
    "&Choose": "Chọn",
    "&Save As": "Lưu thành",
    "Back": "Quay lại",
    "Forward": "Tiến",
    "Parent Directory": "Thư mục cha",
    "Create New Folder": "Tạo thư mục mới",
    "New Folder": "Thư mục mới",
    "List View": "Dạng danh sách",
    "Detail View": "Dạng chi tiết",
    "Name": "Tên",
    "Size": "Kích thước",
    "Type": "Loại",
    "Date Modified": "Ngày sửa",
    "All Files (*)": "Tất cả tệp (*)",
    "Directory:": "Thư mục:",
    "My Computer": "Máy tính",
    "Computer": "Máy tính",
    "Recent Places": "Vị trí gần đây",
    "Show hidden files": "Hiện tệp ẩn",
    "&Rename": "Đổi tên",
    "&Delete": "Xóa",
    "Are you sure you want to delete '%1'?": "Bạn chắc chắn muốn xóa '%1'?",
    "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè không?",
}


class VietnameseTranslator(QTranslator):
    """Answers Qt's translate() calls for the standard texts in any Qt context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        return _COMMON.get(source, "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


def vietnamese(source: str) -> str:
    """The Vietnamese of a Qt standard text (for tests and for our own buttons)."""
    return _COMMON.get(source, source)
