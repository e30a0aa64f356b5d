"""Scoring documents read back from the real files: the phiếu tự chấm điểm and phiếu thẩm định
as PDF (state and Party layouts, Liberation fonts embedded, signature with the class line) and
as .xlsx, the charts by criterion group, and the ranking table with its tie-break in words."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from danvan_desktop.domain.errors import Cancelled, Progress
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.evaluate import Evaluation, evaluate
from danvan_desktop.domain.scoring.evaluate import IndicatorValue as V
from danvan_desktop.domain.scoring.evaluate import ManualScore as M
from danvan_desktop.domain.scoring.ranking import describe
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.reports.pdf_layout import LAYOUT_PARTY, LAYOUT_STATE, Issuer, Signature
from danvan_desktop.reports.scoring import charts
from danvan_desktop.reports.scoring import score_sheet as ss
from danvan_desktop.reports.scoring.ranking_sheet import write_ranking_workbook
from danvan_desktop.services.scoring import evaluations as ev

SIGNER = "Nguyễn Văn An"
DAY = dt.date(2026, 12, 5)


def flat(text: str) -> str:
    """NFC, every run of whitespace (line breaks inside cells too) one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    return reader, [flat(p.extract_text() or "") for p in reader.pages]


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return Rubric.load(default_rules_dir() / "rubric_commune_default.json")


VALUES = {
    "bundles_on_time_rate": V(75, 3, 4, "%"),
    "reports_on_time_rate": V(100, 4, 4, "%"),
    "models_registered": V(3),
    "models_recognised": V(2),
    "hamlets_with_model_rate": V(62.5, 5, 8, "%"),
    "models_replicated": V(1),
    "models_reviewed_rate": V(100, 2, 2, "%"),
    "reception_days_chair_rate": V(83.3, 10, 12, "%"),
    "reception_days_secretary_rate": V(100, 12, 12, "%"),
    "dialogues_held": V(2),
    "commitments_on_time_rate": V(80, 4, 5, "%"),
    "petitions_on_time_rate": V(83.9, 183, 218, "%"),
    "complaints_on_time_rate": V(90, 9, 10, "%"),
    "hot_spots": V(0),
    "board_activities": V(4),
    "board_answers_on_time_rate": V(100, 6, 6, "%"),
    "works_supervised": V(3),
    "models_recognised_province": V(1),
    "petitions_overdue": V(2),
    "crowd_complaints_overdue": V(1),
}
MANUAL = {
    # computed criteria with no value here are scored by hand, as an officer would
    "1.1.a": M(2, "Kế hoạch số 12/KH-UBND ngày 10/01/2026"),
    "1.1.b": M(3),
    "1.2": M(3),
    "1.3": M(3.5, "Thiếu tuyên truyền trên loa truyền thanh quý IV"),
    "6.1": M(3),
    "6.2": M(1),
}


@pytest.fixture(scope="module")
def result(rubric: Rubric) -> Evaluation:
    return evaluate(rubric, VALUES, MANUAL)


@pytest.fixture(scope="module")
def appraised(rubric: Rubric) -> Evaluation:
    return evaluate(rubric, VALUES, {**MANUAL, "1.3": M(3), "6.2": M(0.5)})


def sheet(rubric: Rubric, result: Evaluation, layout: str = LAYOUT_STATE, **kw) -> ss.ScoreSheet:  # noqa: ANN003
    return ss.ScoreSheet(
        "Xã Cẩm Xuyên",
        2026,
        rubric,
        result,
        "Cẩm Xuyên",
        DAY,
        SIGNER,
        layout,
        "Tỉnh Hà Tĩnh",
        **kw,
    )


def test_the_result_is_what_the_sheet_is_about(result: Evaluation) -> None:
    # The figures every later assertion reads back: a crowd complaint left overdue caps Tốt
    # at Khá, bonus 5 (T1), deduction 2 (TR1).
    assert result.total == pytest.approx(80.62)
    assert result.natural_class and result.natural_class.label == "Tốt"
    assert result.score_class and result.score_class.label == "Khá"
    assert (result.bonus, result.deduction) == (5, 2)


def test_rows_sections_and_totals(rubric: Rubric, result: Evaluation) -> None:
    rows = ss.sheet_rows(sheet(rubric, result))
    by = {r.stt: r for r in rows}
    assert [r.stt for r in rows if r.stt in "ABC" and r.stt] == ["A", "B", "C"]
    assert by["A"].points == result.base and by["A"].max_points == 100 and by["A"].bold
    assert by["1"].bold and not by["1.1.a"].bold and by["1"].points == 13.5
    assert by["6"].bold and by["6"].points == 4 and by["6.2"].note == "Chấm 1"
    assert not by["T1"].bold
    assert by["B"].points == 5 and by["T1"].points == 5 and by["T2"].note == "Không có."
    # Deductions are listed as the points taken off, under "C", and subtracted once.
    assert by["C"].points == 2 and by["TR1"].points == 2 and by["TR1"].max_points == 5
    assert by["TR2"].note.startswith("Không bị trừ")
    assert rows[-1].text == "TỔNG ĐIỂM (A + B − C)" and rows[-1].points == result.total
    assert "83,9 % (183/218)" in by["4.1"].note
    assert all(r.appraised is None for r in rows)
    nothing = evaluate(rubric, {**VALUES, "models_recognised_province": V(0)}, MANUAL)
    t1 = next(r for r in ss.sheet_rows(sheet(rubric, nothing)) if r.stt == "T1")
    assert t1.points == 0 and t1.note.startswith("Không có điểm thưởng: 0,")


def test_bonus_over_its_cap_is_said_in_words(rubric: Rubric) -> None:
    res = evaluate(rubric, {**VALUES, "models_recognised_province": V(2)}, {**MANUAL, "T2": M(5)})
    by = {r.stt: r for r in ss.sheet_rows(sheet(rubric, res))}
    assert by["B"].points == 10  # 10 + 5 earned, capped at the rubric's 10
    assert by["B"].note == "Cộng 15, tính tối đa 10."


def test_unscored_manual_criterion_reads_not_yet_scored(rubric: Rubric) -> None:
    res = evaluate(rubric, VALUES, {})
    by = {r.stt: r for r in ss.sheet_rows(sheet(rubric, res))}
    assert by["1.3"].points == 0 and by["1.3"].note == "Chưa chấm."


def _fonts(reader: PdfReader) -> set[str]:
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    return seen


@pytest.mark.parametrize("layout", [LAYOUT_STATE, LAYOUT_PARTY])
def test_self_assessment_pdf_reads_back(
    tmp_path: Path, rubric: Rubric, result: Evaluation, layout: str
) -> None:
    out = ss.write_score_sheet_pdf(sheet(rubric, result, layout), tmp_path / "phieu.pdf")
    reader, pages = pdf_text(out)
    text = " ".join(pages)
    for expected in [
        'PHIẾU TỰ CHẤM ĐIỂM PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2026',
        "Đơn vị: Xã Cẩm Xuyên",
        "Cẩm Xuyên, ngày 05 tháng 12 năm 2026",
        "STT Nội dung tiêu chí Điểm tối đa Điểm tự chấm Giải trình",
        "ĐIỂM CÁC TIÊU CHÍ 100 77,62",
        "ĐIỂM THƯỞNG 10 5",
        "ĐIỂM TRỪ 10 2",
        "TỔNG ĐIỂM (A + B − C) 100 80,62",
        "Tỷ lệ đơn thư giải quyết đúng hạn",
        "Mô hình được công nhận cấp tỉnh (điểm thưởng)",
        "Tổng điểm tự chấm: 80,62 điểm. Tự xếp loại: Khá.",
        "Để xảy ra khiếu nại đông người quá hạn chưa giải quyết (không xếp trên loại Khá)",
        "Theo tổng điểm đạt loại Tốt",
        "Chấm 3,5 — Thiếu tuyên truyền trên loa truyền thanh quý IV",
    ]:
        assert expected in text, expected
    for crit in rubric.walk():
        assert flat(crit.title) in text, crit.code
    assert "Điểm thẩm định" not in text and "Tình trạng phiếu" not in text
    if layout == LAYOUT_STATE:
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
        assert "ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN" in pages[0]
        signature = "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"
    else:
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in pages[0] and "CỘNG HÒA" not in text
        assert "ĐẢNG BỘ TỈNH HÀ TĨNH" in pages[0] and "ĐẢNG ỦY XÃ CẨM XUYÊN" in pages[0]
        signature = "T/M ĐẢNG ỦY BÍ THƯ"
    # The signature block is never alone: the class line is on its page, then the signer.
    last = pages[-1]
    assert "Tự xếp loại: Khá" in last and signature in last and last.endswith(SIGNER)
    fonts = _fonts(reader)
    assert fonts and all("Liberation" in f for f in fonts), fonts  # no Helvetica
    assert any("Bold" in f for f in fonts)  # group rows and the title are bold


def test_appraisal_pdf_has_the_appraised_column_and_the_appraiser(
    tmp_path: Path, rubric: Rubric, result: Evaluation, appraised: Evaluation
) -> None:
    province = Issuer("Tỉnh ủy Hà Tĩnh", "Ban Tuyên giáo và Dân vận", LAYOUT_PARTY)
    s = sheet(
        rubric,
        result,
        LAYOUT_PARTY,
        appraised=appraised,
        issuer=province,
        signature=Signature("T/M BAN THƯỜNG VỤ", "TRƯỞNG BAN", "Lê Thị Hoa"),
    )
    _, pages = pdf_text(ss.write_score_sheet_pdf(s, tmp_path / "tham-dinh.pdf"))
    text = " ".join(pages)
    assert 'PHIẾU THẨM ĐỊNH KẾT QUẢ CHẤM ĐIỂM PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"' in text
    assert "Điểm tự chấm Điểm thẩm định Giải trình" in text
    assert "TỔNG ĐIỂM (A + B − C) 100 80,62 79,62" in text
    assert "ĐIỂM CÁC TIÊU CHÍ 100 77,62 76,62" in text
    assert "Tổng điểm thẩm định: 79,62 điểm. Xếp loại sau thẩm định: Khá." in text
    assert "BAN TUYÊN GIÁO VÀ DÂN VẬN" in pages[0] and "TỈNH ỦY HÀ TĨNH" in pages[0]
    assert pages[-1].endswith("Lê Thị Hoa") and SIGNER not in text


def test_charts_in_the_pdf(tmp_path: Path, rubric: Rubric, result: Evaluation) -> None:
    now = charts.group_points(result)
    assert list(now) == [f"{c.code}. {c.title}" for c in rubric.criteria if c.kind == "base"]
    last_year = {k: v - 2 for k, v in now.items() if not k.startswith("6.")}
    year = charts.pair(now, last_year)
    assert year["6. Sơ kết, tổng kết, biểu dương, khen thưởng"] == (4, None)  # no bar, not 0
    province = {k: (v, round(v * 0.9, 1)) for k, v in now.items()}
    s = sheet(rubric, result, year_figures=year, province_figures=province)
    reader, pages = pdf_text(ss.write_score_sheet_pdf(s, tmp_path / "bieu-do.pdf"))
    text = " ".join(pages)
    assert "BIỂU ĐỒ SO SÁNH THEO NHÓM TIÊU CHÍ" in text
    assert "Điểm theo nhóm tiêu chí: năm 2026 so với năm 2025" in text
    assert "Xã Cẩm Xuyên so với bình quân toàn tỉnh" in text and "Bình quân toàn tỉnh" in text
    assert "Năm 2026" in text and "Năm 2025" in text
    assert (
        "14,12" in text and "12,7" in text and "16,2" in text
    )  # bar labels, Vietnamese decimal comma
    assert "4. Giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh" in text  # the key
    assert "Tự xếp loại: Khá" in pages[-1] and pages[-1].endswith(SIGNER)
    assert all("Liberation" in f for f in _fonts(reader))


def test_chart_drawing_alone_takes_plain_figures() -> None:
    d = charts.year_chart({"1. A": (3.0, None), "2. B": (None, None)}, 2026)
    assert d.width > 0 and d.height > 0
    d = charts.province_chart({}, "Xã X", 2026)  # nothing scored yet: an empty chart, no error
    assert d.height > 0


def test_bad_layout_refused_and_a_cancelled_write_leaves_the_old_file(
    tmp_path: Path, rubric: Rubric, result: Evaluation
) -> None:
    with pytest.raises(ValueError, match="Kiểu trình bày không hợp lệ"):
        sheet(rubric, result, "bogus")
    out = tmp_path / "phieu.pdf"
    out.write_bytes(b"old")

    class CancelHalfway(Progress):
        def report(self, done: int, total: int, message: str) -> None:
            if done * 2 >= total:
                self.cancel()

    with pytest.raises(Cancelled):
        ss.write_score_sheet_pdf(sheet(rubric, result), out, CancelHalfway())
    with pytest.raises(Cancelled):
        ss.write_score_sheet_xlsx(sheet(rubric, result), tmp_path / "phieu.xlsx", _cancelled())
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["phieu.pdf"]  # no temp file left


def _cancelled() -> Progress:
    p = Progress()
    p.cancel()
    return p


@pytest.mark.parametrize("layout", [LAYOUT_STATE, LAYOUT_PARTY])
def test_score_sheet_xlsx_reads_back(
    tmp_path: Path, rubric: Rubric, result: Evaluation, appraised: Evaluation, layout: str
) -> None:
    out = ss.write_score_sheet_xlsx(
        sheet(rubric, result, layout, appraised=appraised), tmp_path / "phieu.xlsx"
    )
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "Phiếu thẩm định"
    assert ws["A1"].value == "PHIẾU THẨM ĐỊNH KẾT QUẢ CHẤM ĐIỂM"
    assert ws["A2"].value == 'PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2026'
    header = [c.value for c in ws[5]]
    assert header == [
        "STT",
        "Nội dung tiêu chí",
        "Điểm tối đa",
        "Điểm tự chấm",
        "Điểm thẩm định",
        "Giải trình",
    ]
    assert ws.freeze_panes == "A6" and ws.print_title_rows == "$5:$5"
    rows = {r[0]: r for r in ws.iter_rows(min_row=6, values_only=True) if r[0]}
    assert rows["A"][1:5] == ("ĐIỂM CÁC TIÊU CHÍ", 100, 77.62, 76.62)
    assert rows["1.3"][2:5] == (4, 3.5, 3)
    assert rows["4.1"][5].startswith("8/10: 83,9 % (183/218)")
    assert rows["TR1"][3] == 2
    for r in rows.values():
        assert all(isinstance(v, int | float) for v in r[2:5]), r  # numbers, not text
    lines = [r[1] for r in ws.iter_rows(min_row=6, values_only=True) if not r[0] and r[1]]
    assert lines[0] == "TỔNG ĐIỂM (A + B − C)"
    assert "Tổng điểm tự chấm: 80,62 điểm. Tự xếp loại: Khá." in lines
    authority = "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH" if layout == LAYOUT_STATE else "T/M ĐẢNG ỦY"
    assert lines[-1].startswith(authority) and lines[-1].endswith(SIGNER)


def test_self_sheet_xlsx_has_no_appraised_column(
    tmp_path: Path, rubric: Rubric, result: Evaluation
) -> None:
    ws = openpyxl.load_workbook(
        ss.write_score_sheet_xlsx(sheet(rubric, result), tmp_path / "p.xlsx")
    ).active
    assert ws.title == "Phiếu tự chấm"
    assert [c.value for c in ws[5]][3:] == ["Điểm tự chấm", "Giải trình"]


def test_ranking_workbook(tmp_path: Path, rubric: Rubric, result: Evaluation) -> None:
    weaker = evaluate(rubric, {**VALUES, "petitions_on_time_rate": V(70, 7, 10, "%")}, MANUAL)
    # Same total as `result`, one more point deducted: ranked below by the rubric's tie-break.
    tied = evaluate(
        rubric,
        {**VALUES, "petitions_overdue": V(3), "models_replicated": V(2)},
        MANUAL,
    )
    assert tied.total == result.total and tied.deduction == result.deduction + 1
    evaluations = {"X03": weaker, "X01": result, "X02": tied, "X04": result}
    names = {"X01": "Xã Cẩm Xuyên", "X02": "Xã Thạch Hà", "X03": "Xã Kỳ Anh", "X04": "Xã Can Lộc"}
    out = write_ranking_workbook(
        rubric,
        evaluations,
        tmp_path / "xep-hang.xlsx",
        title="BẢNG XẾP HẠNG NĂM 2026",
        names=names,
    )
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "BẢNG XẾP HẠNG NĂM 2026"
    assert ws["A3"].value == f"Cách xếp hạng: {describe(rubric)}"
    assert "bị trừ ít điểm hơn" in ws["A3"].value
    header = [c.value for c in ws[5]]
    assert header[:7] == [
        "Hạng",
        "Đơn vị",
        "Tổng điểm",
        "Xếp loại",
        "Điểm các tiêu chí",
        "Điểm thưởng",
        "Điểm trừ",
    ]
    assert header[7:] == [
        f"{c.code}. {c.title} ({c.max_points:g} đ)" for c in rubric.criteria if c.kind == "base"
    ]
    assert ws.freeze_panes == "A6"
    rows = list(ws.iter_rows(min_row=6, values_only=True))
    # Equal keys share a rank (1, 1, 3); Thạch Hà, same total, is third on the tie-break.
    assert [(r[0], r[1]) for r in rows] == [
        (1, "Xã Cẩm Xuyên"),
        (1, "Xã Can Lộc"),
        (3, "Xã Thạch Hà"),
        (4, "Xã Kỳ Anh"),
    ]
    first = rows[0]
    assert first[2:4] == (80.62, "Khá (hạn chế xếp loại)")
    assert first[4:7] == (result.base, 5, 2)
    groups = {r.code: r.points for r in result.criteria if r.depth == 0 and r.kind == "base"}
    assert list(first[7:]) == pytest.approx(list(groups.values()))
    assert sum(first[7:]) == pytest.approx(first[4])
    assert all(isinstance(v, int | float) for r in rows for v in r[2:3] + r[4:])


def test_a_real_scorecard_from_the_demo_database(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    today = dt.date(2026, 11, 20)
    eid = ev.open_year(demo_ctx, 2026)
    ev.set_score(demo_ctx, eid, "1.3", 4, note="Biên bản hội nghị quán triệt", today=today)
    card = ev.scorecard(demo_ctx, eid, today)
    s = ss.from_scorecard(card, "Xã Demo", "Demo", today)
    _, pages = pdf_text(ss.write_score_sheet_pdf(s, tmp_path / "demo.pdf"))
    text = " ".join(pages)
    assert f"TỔNG ĐIỂM (A + B − C) 100 {_vn(card.result.total)}" in text
    assert "Chấm 4 — Biên bản hội nghị quán triệt" in text
    assert "Tình trạng phiếu: Đang chấm (bản in để rà soát)." in text  # not the signed sheet
    for r in card.result.criteria:
        assert flat(r.title) in text, r.code
    klass = card.result.score_class.label if card.result.score_class else "chưa xếp loại"
    assert f"Tự xếp loại: {klass}." in text
    # The shortcut the screens use: the unit's own header and place, dated today (no
    # submission yet), the signer's line left for a hand-written name.
    out = ss.export_scorecard_pdf(demo_ctx, eid, tmp_path / "tu-cham.pdf", today=today)
    _, pages = pdf_text(out)
    assert "ngày 20 tháng 11 năm 2026" in pages[0]
    assert pages[-1].endswith("CHỦ TỊCH")


def _vn(x: float) -> str:
    from danvan_desktop.reports.pdf_layout import format_number

    return format_number(x)


def test_a_submitted_scorecard_is_signed_by_its_leader(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.unit.test_scoring_services import TODAY, full_manual, issue_from_above

    eid = ev.open_year(demo_ctx, 2026)
    full_manual(demo_ctx, eid)
    ev.mark_self_scored(demo_ctx, eid, TODAY)
    issue_from_above(demo_ctx)
    ev.open_year(demo_ctx, 2026)  # moves onto the issued rubric
    ev.submit(demo_ctx, eid, "Nguyễn Văn A", TODAY)
    out = ss.export_scorecard_pdf(
        demo_ctx, eid, tmp_path / "da-gui.pdf", layout=LAYOUT_PARTY, today=dt.date(2026, 12, 1)
    )
    _, pages = pdf_text(out)
    text = " ".join(pages)
    assert "ngày 20 tháng 11 năm 2026" in pages[0]  # dated the submission, not the print day
    assert "T/M ĐẢNG ỦY BÍ THƯ Nguyễn Văn A" in pages[-1] and pages[-1].endswith("Nguyễn Văn A")
    assert "Tình trạng phiếu" not in text
    card = ev.scorecard(demo_ctx, eid, TODAY)
    assert f"Tổng điểm tự chấm: {_vn(card.result.total)} điểm." in text
