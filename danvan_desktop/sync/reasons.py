"""Error codes of the import stage (records, seq, versions), added to sync.errors.REASONS.

sync.errors holds the file-level codes of the bundle format; the engine's own refusals are
registered here so `BundleError(code)` accepts them wherever this module was imported
(importer, ledger and the CLI import it).
"""

from __future__ import annotations

from danvan_desktop.sync import errors as _errors

# Reasons of the import stage, next to the file-level ones of sync.errors.
IMPORT_REASONS = {
    "own_bundle": "Gói dữ liệu do chính máy này tạo ra, không nhập lại",
    "bundle_reused": "Mã gói đã được nhập trước đây nhưng nội dung khác",
    "replayed_seq": "Gói dữ liệu cũ: số thứ tự (seq) này đã được nhận hoặc đã bị gói sau thay thế",
    "seq_gap": "Thiếu gói dữ liệu trước đó (số thứ tự seq bị đứt quãng)",
    "future_schema": "Gói dữ liệu được tạo bởi phiên bản phần mềm mới hơn (cấu trúc dữ liệu "
    "mới hơn), cần cập nhật phần mềm",
    "unknown_entity": "Gói dữ liệu chứa loại dữ liệu mà phần mềm này không biết",
    "foreign_owner": "Gói dữ liệu chứa bản ghi của đơn vị không thuộc quyền nơi gửi",
    "duplicate_uuid": "Gói dữ liệu chứa bản ghi trùng mã (UUID) với bản ghi của đơn vị khác",
    "constraint": "Dữ liệu trong gói vi phạm ràng buộc của cơ sở dữ liệu",
}
_errors.REASONS.update(IMPORT_REASONS)
