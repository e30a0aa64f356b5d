"""A rubric exported to the guidance tables' Excel layout reads back as the same rubric; a bare
guidance table (five columns) reads as manual criteria; a bad sheet is refused with its sheet,
row and column, and nothing is half-loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.domain.scoring.rubric import Method, Rubric
from danvan_desktop.reports.scoring.rubric_sheet import write_rubric_workbook
from danvan_desktop.services.scoring.rubric_excel import read_rubric_workbook


@pytest.fixture(scope="module")
def commune() -> Rubric:
    return Rubric.load(default_rules_dir() / "rubric_commune_default.json")


def test_round_trip_keeps_the_rubric(commune: Rubric, tmp_path: Path) -> None:
    out = write_rubric_workbook(commune.raw, tmp_path / "bo-tieu-chi.xlsx")
    wb = load_workbook(out)
    ws = wb["Tiêu chí"]
    headers = [c.value for c in ws[4]]
    assert headers[:5] == [
        "STT",
        "Nội dung tiêu chí",
        "Điểm tối đa",
        "Cách chấm",
        "Tài liệu kiểm chứng",
    ]
    assert ws["A5"].value == "1" and ws["C5"].value == 15
    back = read_rubric_workbook(out)
    assert back.content_hash == commune.content_hash
    assert back.criterion("4.1").method is Method.RATIO and back.criterion("4.1").step == 5
    assert [k.label for k in back.classes] == [k.label for k in commune.classes]
    assert back.disqualifiers[0].max_class == "fair"


def guidance_table(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Bảng 1"
    ws.append(['BẢNG TIÊU CHÍ CHẤM ĐIỂM PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2026'])
    ws.append([])
    ws.append(["STT", "Nội dung tiêu chí", "Điểm tối đa", "Cách chấm", "Tài liệu kiểm chứng"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_bare_guidance_table_reads_as_manual_criteria(tmp_path: Path) -> None:
    path = guidance_table(
        tmp_path / "huong-dan.xlsx",
        [
            ["1.", "Công tác lãnh đạo", 40, "", ""],
            ["1.1", "Ban hành kế hoạch", "15 điểm", "Đúng hạn: 15", "Kế hoạch"],
            ["1.2", "Quán triệt", 25, "", "Biên bản hội nghị"],
            ["2", "Kết quả thực hiện", 60, "", ""],
        ],
    )
    r = read_rubric_workbook(path)
    assert r.total_points == 100 and r.title.startswith("BẢNG TIÊU CHÍ")
    assert [c.code for c in r.walk()] == ["1", "1.1", "1.2", "2"]
    assert r.criterion("1.1").max_points == 15 and r.criterion("1.1").method is Method.MANUAL
    assert r.criterion("1.2").evidence == "Biên bản hội nghị"
    assert [k.label for k in r.classes][0] == "Xuất sắc"


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ([["1", "Một", "mười", "", ""]], "dòng 4, cột C"),
        ([["1", "Một", 50, "", ""], ["1.1", "", 50, "", ""]], "dòng 5, cột B"),
        ([["1", "Một", 100, "", ""], ["2.1", "Lạc", 0, "", ""]], "tiêu chí cha 2"),
        ([["1", "Một", 40, "", ""], ["1.1", "Con", 30, "", ""]], "dòng 4"),
        ([["a b", "Một", 100, "", ""]], "STT “a b”"),
    ],
)
def test_bad_sheet_refused_with_row_and_column(rows, words: str, tmp_path: Path) -> None:
    path = guidance_table(tmp_path / "sai.xlsx", rows)
    with pytest.raises(RuleFileError) as err:
        read_rubric_workbook(path)
    assert words in err.value.message


def test_not_an_excel_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(RuleFileError, match="không phải bảng tính Excel"):
        read_rubric_workbook(bad)
