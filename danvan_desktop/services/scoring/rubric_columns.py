"""The layout of a rubric as an Excel table, shared by the reader (services) and the writer
(reports): the five columns of the guidance tables officers receive, then four of ours that
carry how a criterion is computed, so a rubric exported and read back is the same rubric."""

from __future__ import annotations

CRITERIA_SHEET = "Tiêu chí"
CLASSES_SHEET = "Xếp loại"
CONDITIONS_SHEET = "Điều kiện"
INFO_SHEET = "Thông tin"

#: (header, width); the first five are the guidance tables' own columns
CRITERIA_COLUMNS: list[tuple[str, float]] = [
    ("STT", 8),
    ("Nội dung tiêu chí", 60),
    ("Điểm tối đa", 10),
    ("Cách chấm", 45),
    ("Tài liệu kiểm chứng", 40),
    ("Phương pháp", 14),
    ("Chỉ số hoặc công thức", 30),
    ("Tham số", 30),
    ("Người chấm", 12),
]
CLASSES_COLUMNS = [("Mã", 14), ("Xếp loại", 20), ("Từ (điểm trở lên)", 18)]
CONDITIONS_COLUMNS = [("Mã", 18), ("Điều kiện", 60), ("Khi (công thức)", 40), ("Cao nhất là", 14)]
INFO_COLUMNS = [("Trường", 22), ("Giá trị", 90)]

#: Thông tin sheet: label -> rubric key
INFO_FIELDS = {
    "Mã bộ tiêu chí": "id",
    "Tên bộ tiêu chí": "title",
    "Căn cứ": "legal_basis",
    "Phiên bản": "version",
    "Năm": "year",
    "Đối tượng": "subject",
    "Tổng điểm": "total_points",
    "Điểm thưởng tối đa": "bonus_cap",
    "Điểm trừ tối đa": "deduction_cap",
    "Thứ tự xếp hạng khi bằng điểm": "tie_break",
    "Ghi chú xếp hạng": "tie_break_note",
    "Ghi chú mẫu": "template_note",
}
SCORERS = {"unit": "Đơn vị", "upper": "Cấp trên"}
#: parameters written in "Tham số" as key=value; key in the file -> key in the sheet
PARAMS = {
    "target": "chỉ tiêu",
    "step": "mỗi",
    "points_per_step": "trừ",
    "per": "mỗi đơn vị",
    "points": "điểm",
}
