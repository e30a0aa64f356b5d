"""Vietnamese for Qt's own texts (standard buttons, wizard, file dialog, context menus).

Qt's wheels ship no qtbase_vi.qm, so without this the app would show "OK", "Cancel", "&Next >".
The table below is the source; packaging/build_translations.py writes it as a .ts file for
every Qt context that shows these texts and compiles it with lrelease (shipped in PySide6).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

from danvan_desktop.paths import resources_dir

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
    # Qt's file dialog asks with its accelerators ("&Look in:"): without these the labels stayed
    # English (tests/ui/test_translations.py shows the dialog and reads them).
    "&Look in:": "Tìm trong:",
    "Files of &type:": "Loại tệp:",
    "Directories": "Thư mục",
    "Files": "Tệp",
    "&New Folder": "Thư mục mới",
    "Show &hidden files": "Hiện tệp ẩn",
    "Show ": "Hiện cột ",
    "Go back": "Quay lại",
    "Go forward": "Tiến tới",
    "Go to the parent directory": "Lên thư mục cha",
    "Create a New Folder": "Tạo thư mục mới",
    "Change to list view mode": "Xem dạng danh sách",
    "Change to detail view mode": "Xem dạng chi tiết",
    "Sidebar": "Thanh bên",
    "List of places and bookmarks": "Vị trí và dấu trang",
    "Folder": "Thư mục",
    "Drive": "Ổ đĩa",
    "File": "Tệp",
    "%1 File": "Tệp %1",
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


# The print preview (its toolbar) and Qt's own print dialog (Linux; Windows and macOS show
# the system's dialog, in the system's language): ui.kit.printing shows both.
_PRINT = {
    "Print Preview": "Xem trước khi in",
    "Fit width": "Vừa chiều rộng",
    "Fit page": "Vừa trang",
    "Zoom in": "Phóng to",
    "Zoom out": "Thu nhỏ",
    "Portrait": "Khổ dọc",
    "Landscape": "Khổ ngang",
    "Reverse portrait": "Khổ dọc ngược",
    "Reverse landscape": "Khổ ngang ngược",
    "First page": "Trang đầu",
    "Previous page": "Trang trước",
    "Next page": "Trang sau",
    "Last page": "Trang cuối",
    "Show single page": "Xem từng trang",
    "Show facing pages": "Xem hai trang cạnh nhau",
    "Show overview of all pages": "Xem tất cả các trang",
    "Page setup": "Thiết lập trang",
    "Page Setup": "Thiết lập trang",
    "Print": "In",
    "&Print": "In",
    "&Options >>": "Tùy chọn >>",
    "&Options <<": "Tùy chọn <<",
    "Print to File (PDF)": "In ra tệp (PDF)",
    "Local file": "Tệp trên máy",
    "Write PDF file": "Ghi tệp PDF",
    "Printer": "Máy in",
    "&Name:": "Tên:",
    "P&roperties": "Thuộc tính",
    "Properties": "Thuộc tính",
    "Location:": "Vị trí:",
    "Type:": "Loại:",
    "Output &file:": "Ghi ra tệp:",
    "Copies": "Số bản",
    "Copies:": "Số bản:",
    "Collate": "In theo bộ",
    "Reverse": "In ngược thứ tự",
    "Print range": "Phạm vi in",
    "Print all": "In tất cả",
    "Pages from": "Từ trang",
    "to": "đến",
    "Current Page": "Trang hiện tại",
    "Selection": "Phần đã chọn",
    "Options": "Tùy chọn",
    "Output Settings": "Thiết lập bản in",
    "Color Mode": "Chế độ màu",
    "Color": "Màu",
    "Grayscale": "Đen trắng",
    "Duplex Printing": "In hai mặt",
    "None": "Không",
    "Long side": "Lật theo cạnh dài",
    "Short side": "Lật theo cạnh ngắn",
    "All Pages": "Tất cả các trang",
    "Odd Pages": "Trang lẻ",
    "Even Pages": "Trang chẵn",
    "Paper": "Giấy",
    "Page size:": "Khổ giấy:",
    "Width:": "Rộng:",
    "Height:": "Cao:",
    "Paper source:": "Khay giấy:",
    "Orientation": "Hướng giấy",
    "Margins": "Lề",
    "top margin": "lề trên",
    "left margin": "lề trái",
    "right margin": "lề phải",
    "bottom margin": "lề dưới",
    "Page Layout": "Bố cục trang",
    "Advanced": "Nâng cao",
    "Double Sided Printing": "In hai mặt",
    "Long side binding": "Đóng gáy cạnh dài",
    "Short side binding": "Đóng gáy cạnh ngắn",
    "Off": "Tắt",
    "Page &Set:": "In các trang:",
    "Pages": "Trang",
    "Preview": "Xem trước",
    "Job Options": "Tùy chọn lệnh in",
}
_PRINT_CONTEXTS = (
    "QPrintPreviewDialog",
    "QPrintDialog",
    "QPrintWidget",
    "QUnixPrintWidget",
    "QPrintSettingsOutput",
    "QPageSetupWidget",
    "QPageSetupDialog",
    "QPrintPropertiesWidget",
    "QPrintPropertiesDialog",
)

# Where one context needs another word: the file dialog sizes its "Size" column for
# "128.88 GB", so "Kích thước" showed as "Kích thướ".
_BY_CONTEXT: dict[str, dict[str, str]] = {
    "QFileSystemModel": {"Size": "Cỡ"},
    **{context: _PRINT for context in _PRINT_CONTEXTS},
}

# Qt looks a text up by (context, source): these are the contexts of the texts above.
CONTEXTS = (
    "QPlatformTheme",
    "QDialogButtonBox",
    "QMessageBox",
    "QWizard",
    "QLineEdit",
    "QWidgetTextControl",
    "QFileDialog",
    "QFileSystemModel",
    "QAbstractSpinBox",
    "QProgressDialog",
    "QInputDialog",
    "QColorDialog",
    "QFontDialog",
    "QShortcut",
    "QScrollBar",
    "QMenu",
    "QAbstractFileIconProvider",
    *_PRINT_CONTEXTS,
)
QM_NAME = "qt_vi.qm"


def table(context: str) -> dict[str, str]:
    """Qt's source texts and their Vietnamese in one context."""
    return {**_COMMON, **_BY_CONTEXT.get(context, {})}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_text() -> str:
    """The .ts source of resources/translations/qt_vi.qm (regenerate with packaging/build_translations.py)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="vi_VN">',
    ]
    for context in CONTEXTS:
        lines.append(f"<context><name>{context}</name>")
        for source, target in sorted(table(context).items()):
            lines.append(
                f"<message><source>{escape(source)}</source><translation>{escape(target)}</translation></message>"
            )
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def install_translator(app: QCoreApplication) -> QTranslator | None:
    """Load the compiled Vietnamese translation of Qt's standard texts into the application.

    A QTranslator subclass answering translate() from Python would avoid the .qm file, but
    PySide6 drops a reference to None on every such call with no disambiguation, and the
    interpreter aborts after enough calls ("deallocating None"): so the texts are compiled.
    """
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / QM_NAME)):
        return None
    app.installTranslator(translator)
    return translator


def vietnamese(source: str, context: str = "QPlatformTheme") -> str:
    """The Vietnamese of a Qt standard text (for tests and for our own buttons)."""
    return table(context).get(source, source)
