"""Excel layout: streamed sheets read back with openpyxl to prove what is really stored."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from danvan_desktop.reports.atomic import Cancelled
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook

ROWS = 10_000
COLUMNS = [
    Column("Mã hồ sơ", 12),
    Column("Họ và tên", 24),
    Column("Ngày nhận", 12, "date"),
    Column("Số người", 9, "int"),
    Column("Kinh phí (đồng)", 15, "number"),
    Column("Đã xử lý", 9, "bool"),
    Column("Ghi chú", 30, wrap=True),
    Column("Cập nhật lúc", 17, "datetime"),
]
NAMES = ["Nguyễn Thị Hường", "Trần Văn Ủy", "Lê Thị Ngọc Ẩn", "Phạm Quốc Khánh"]


def rows(n: int = ROWS):
    base = dt.date(2026, 1, 1)
    for i in range(n):
        yield (
            f"{i:06d}",
            NAMES[i % 4],
            base + dt.timedelta(days=i % 365),
            i % 40,
            1234.5 * (i % 7),
            i % 3 == 0,
            "Quốc phòng – an ninh" if i % 5 == 0 else None,
            dt.datetime(2026, 2, 5, 7, 30) + dt.timedelta(minutes=i),
        )


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("xlsx") / "danh-sach.xlsx"
    seen: list[tuple[int, int]] = []
    sheets = [
        SheetSpec(
            "Hồ sơ: tiếp nhận/xử lý",
            COLUMNS,
            rows(),
            heading="ỦY BAN NHÂN DÂN XÃ THẠCH HÀ\nDANH SÁCH HỒ SƠ NĂM 2026",
        ),
        SheetSpec(
            "Thống kê",
            [Column("Lĩnh vực", 28), Column("Số mô hình", 12, "int")],
            [("Kinh tế", 3), ("Quốc phòng – an ninh", 1), ("=SUM(1,2)", 0)],
        ),
        SheetSpec("Thống kê", [Column("Mã", 10)], []),
    ]
    write_table_workbook(path, sheets, progress=lambda d, t: seen.append((d, t)))
    return path, load_workbook(path), seen


def test_sheets_titles_and_heading_rows(workbook) -> None:
    _, wb, _ = workbook
    assert wb.sheetnames == ["Hồ sơ tiếp nhận-xử lý", "Thống kê", "Thống kê (2)"]
    ws = wb["Hồ sơ tiếp nhận-xử lý"]
    assert ws["A1"].value == "ỦY BAN NHÂN DÂN XÃ THẠCH HÀ" and ws["A1"].font.b
    assert ws["A2"].value == "DANH SÁCH HỒ SƠ NĂM 2026" and ws["A2"].font.b
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:H1", "A2:H2"}
    assert ws["A3"].value is None  # a blank row before the header
    assert [c.value for c in ws[4]] == [c.header for c in COLUMNS]
    header = ws["B4"]
    assert header.font.b and header.alignment.wrap_text
    assert header.fill.fill_type == "solid" and header.fill.fgColor.rgb.endswith("D9E1F2")


def test_freeze_filter_widths_and_print_setup(workbook) -> None:
    _, wb, _ = workbook
    ws = wb["Hồ sơ tiếp nhận-xử lý"]
    assert ws.freeze_panes == "A5"  # everything above the first data row stays in view
    assert ws.auto_filter.ref == f"A4:H{4 + ROWS}"
    assert [ws.column_dimensions[c].width for c in "ABCDEFGH"] == [c.width for c in COLUMNS]
    assert ws.print_title_rows == "$4:$4"
    setup = ws.page_setup
    assert setup.paperSize == 9  # A4
    assert setup.orientation == "landscape"  # 128 characters wide
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.center.text == "Trang &P/&N"
    narrow = wb["Thống kê"]
    assert narrow.page_setup.orientation == "portrait"
    assert narrow.freeze_panes == "A2" and narrow.auto_filter.ref == "A1:B4"
    assert narrow.print_title_rows == "$1:$1"


def test_values_keep_their_kind(workbook) -> None:
    _, wb, _ = workbook
    ws = wb["Hồ sơ tiếp nhận-xử lý"]
    first = ws[5]
    assert first[0].value == "000000" and first[0].data_type == "s"  # leading zeros survive
    assert first[0].number_format == "@"
    assert first[1].value == "Nguyễn Thị Hường"
    assert first[2].value == dt.datetime(2026, 1, 1) and first[2].is_date
    assert first[2].number_format == "dd/mm/yyyy"
    assert first[3].value == 0 and first[3].number_format == "[>=10000]#,##0;[<=-10000]-#,##0;0"
    assert first[4].value == 0 and first[4].number_format == "#,##0.00"
    assert first[5].value == "Có"
    assert first[6].value == "Quốc phòng – an ninh" and first[6].alignment.wrap_text
    assert first[7].value == dt.datetime(2026, 2, 5, 7, 30)
    assert first[7].number_format == "dd/mm/yyyy hh:mm"
    second = ws[6]
    assert second[5].value == "Không" and second[6].value is None
    assert second[6].value is None and ws.print_options.gridLines  # the grid comes on paper
    last = ws[4 + ROWS]
    assert last[0].value == f"{ROWS - 1:06d}" and last[4].value == pytest.approx(
        1234.5 * ((ROWS - 1) % 7)
    )
    assert ws.max_row == 4 + ROWS
    stats = wb["Thống kê"]
    assert stats["A4"].value == "=SUM(1,2)" and stats["A4"].data_type == "s"  # never a formula


def test_empty_sheet_still_has_header_and_filter(workbook) -> None:
    _, wb, _ = workbook
    ws = wb["Thống kê (2)"]
    assert ws["A1"].value == "Mã" and ws.auto_filter.ref == "A1:A2"


def test_progress_reported_and_no_temp_files_left(workbook) -> None:
    path, _, seen = workbook
    assert seen[-1] == (ROWS + 3, ROWS + 3)  # generator rows: total known at the end
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(seen) >= ROWS // 1000
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None


def test_cancel_leaves_no_file_and_no_stream_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    streams = tmp_path / "streams"
    streams.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(streams))  # where openpyxl streams rows
    out = tmp_path / "out" / "bao-cao.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"old")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        write_table_workbook(out, [SheetSpec("A", COLUMNS, rows(20_000))], cancelled=cancelled)
    assert out.read_bytes() == b"old"
    assert [p.name for p in out.parent.iterdir()] == ["bao-cao.xlsx"]
    assert list(streams.iterdir()) == []


def test_aware_datetimes_and_odd_values(tmp_path: Path) -> None:
    aware = dt.datetime(2026, 2, 5, 1, 0, tzinfo=dt.UTC)
    spec = SheetSpec(
        "X",
        [
            Column("Lúc", 17, "datetime"),
            Column("Ngày", 12, "date"),
            Column("Số", 8, "int"),
            Column("Mô tả", 20),
        ],
        [(aware, "2026-02-05", "12", "a\x01b"), (None, "không rõ", "x", 7)],
    )
    path = write_table_workbook(tmp_path / "x.xlsx", [spec])
    ws = load_workbook(path)["X"]
    assert ws["A2"].value == aware.astimezone().replace(tzinfo=None)
    assert ws["B2"].value == dt.datetime(2026, 2, 5) and ws["C2"].value == 12
    assert ws["D2"].value == "ab"  # control characters dropped, not a broken file
    assert ws["B3"].value == "không rõ" and ws["C3"].value == "x" and ws["D3"].value == "7"


def test_bad_input_is_refused_in_vietnamese(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Kiểu cột"):
        Column("A", 10, "money")
    with pytest.raises(ValueError, match="Không có trang tính"):
        write_table_workbook(tmp_path / "x.xlsx", [])
    assert list(tmp_path.iterdir()) == []
