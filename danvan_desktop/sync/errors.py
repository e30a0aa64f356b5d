"""Errors of the sync layer: a stable English `code` for programs, a Vietnamese message for people.

`str(error)` is the Vietnamese message, `error.code` never changes between versions (the
importer records it in the ledger and the preview groups rejections by it).
"""

from __future__ import annotations

# code -> the reason as the user reads it; details (file name, line, field) follow after ": ".
REASONS: dict[str, str] = {
    # the file as a whole
    "not_a_zip": "Tệp không phải là gói dữ liệu đồng bộ (không đúng định dạng .dvk)",
    "truncated": "Gói dữ liệu bị cắt cụt (có thể chép chưa xong hoặc ổ đĩa bị rút ra giữa chừng)",
    "corrupted": "Gói dữ liệu bị hỏng",
    "unsupported_zip": "Gói dữ liệu dùng kiểu nén hoặc mã hóa không được hỗ trợ",
    "too_large": "Gói dữ liệu vượt quá giới hạn kích thước cho phép",
    "zip_bomb": "Gói dữ liệu có dấu hiệu bom nén (zip bomb), từ chối giải nén",
    # entries of the zip
    "path_traversal": "Gói dữ liệu chứa đường dẫn nguy hiểm (có thể ghi ra ngoài thư mục)",
    "duplicate_entry": "Gói dữ liệu chứa hai tệp trùng tên",
    "unexpected_entry": "Gói dữ liệu chứa tệp lạ không thuộc định dạng",
    "missing_file": "Gói dữ liệu thiếu tệp",
    "unlisted_file": "Gói dữ liệu chứa tệp không có trong bản kê",
    # manifest and trust
    "bad_manifest": "Bản kê (manifest.json) của gói dữ liệu không hợp lệ",
    "future_format": "Gói dữ liệu được tạo bởi phiên bản phần mềm mới hơn, cần cập nhật phần mềm",
    "unknown_sender": "Gói dữ liệu đến từ nơi gửi chưa được đăng ký khóa",
    "bad_signature": "Chữ ký số của gói dữ liệu không hợp lệ (gói bị sửa hoặc không do nơi gửi ký)",
    "wrong_recipient": "Gói dữ liệu không gửi cho đơn vị này",
    "key_changed": "Khóa ký của nơi gửi đã thay đổi so với khóa đã đăng ký",
    # payload
    "hash_mismatch": "Gói dữ liệu bị sửa đổi",
    "malformed_jsonl": "Dữ liệu trong gói bị lỗi định dạng",
    "count_mismatch": "Số bản ghi không khớp với bản kê",
    "bad_record": "Bản ghi thiếu hoặc sai trường bắt buộc",
    # key files
    "wrong_passphrase": "Sai mật khẩu của khóa ký",
    "bad_key_file": "Tệp khóa không hợp lệ",
}


class SyncError(Exception):
    """Base of the sync layer's errors: `code` (stable, English) and `message` (Vietnamese)."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        if code not in REASONS:
            raise ValueError(f"unknown sync error code: {code!r}")
        self.code = code
        self.reason = REASONS[code]
        self.detail = detail
        self.message = f"{self.reason}: {detail}" if detail else self.reason
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.detail!r})"


class BundleError(SyncError):
    """A bundle was refused (import) or could not be made (export)."""


class KeyFileError(SyncError):
    """A key file could not be read: wrong passphrase, damaged or not a key file."""
