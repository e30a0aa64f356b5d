"""Exports of the inspection board and supervision boards, read back from the files."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from danvan_desktop.cli import main
from danvan_desktop.demo import inspection as inspection_demo
from danvan_desktop.domain.inspection import period
from danvan_desktop.reports import inspection_reports as rep
from danvan_desktop.services import inspection as svc
from danvan_desktop.services.context import AppContext
from tests.conftest import ADMIN_PASSWORD
from tests.inspection_support import build_template, open_copy

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("commune")
    path = build_template(folder)
    (folder / "built").mkdir()
    context = open_copy(path, folder / "built")  # the demo board, once for the module
    inspection_demo.build(context, random.Random(7), TODAY)
    context.close()
    return folder / "built" / "danvan.sqlite"


@pytest.fixture
def ctx(template: Path, tmp_path: Path) -> Iterator[AppContext]:
    context = open_copy(template, tmp_path)
    yield context
    context.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_excel_registers_read_back(ctx: AppContext, tmp_path: Path) -> None:
    out = rep.export_registers_xlsx(ctx, tmp_path / "so.xlsx", 2026, today=TODAY)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Giám sát, kiểm tra", "Kiến nghị"]
    assert {
        "Thành viên",
        "Kế hoạch",
        "Tổng hợp BTTND",
        "Giám sát đầu tư",
        "Công trình",
        "Báo cáo",
    } <= set(wb.sheetnames)

    acts = wb["Giám sát, kiểm tra"]
    header = [c.value for c in acts[acts.freeze_panes[1:] and int(acts.freeze_panes[1:]) - 1]]
    assert header[:4] == [
        "STT",
        "Hình thức",
        "Đối tượng, nội dung giám sát, kiểm tra",
        "Ngày bắt đầu",
    ]
    body = list(acts.iter_rows(min_row=int(acts.freeze_panes[1:]), values_only=True))
    expected = svc.list_activities(ctx, svc.ActivityFilter(year=2026), descending=False)
    assert len(body) == len(expected)
    late_col = header.index("Gửi kế hoạch chậm")
    assert [r[2] for r in body if r[late_col] == "Có"] == [
        a.subject for a in expected if a.notice_late
    ]
    assert isinstance(body[0][3], dt.datetime) and body[0][3].date() == expected[0].starts_on
    assert acts.cell(row=int(acts.freeze_panes[1:]), column=4).number_format == "dd/mm/yyyy"

    recs = wb["Kiến nghị"]
    first = int(recs.freeze_panes[1:])
    head = [c.value for c in recs[first - 1]]
    rows = list(recs.iter_rows(min_row=first, values_only=True))
    status = head.index("Tình trạng")
    assert "Đã trả lời quá hạn" in [r[status] for r in rows]
    overdue = [r for r in rows if r[status] == "Quá hạn chưa trả lời"]
    assert len(overdue) == 1 and overdue[0][head.index("Số ngày chậm")] > 0
    assert recs["A2"].value.startswith("SỔ THEO DÕI KIẾN NGHỊ")

    totals = {r[0]: r[1:] for r in wb["Tổng hợp BTTND"].iter_rows(min_row=6, values_only=True)}
    f = svc.board_figures(ctx, period("year", 2026), TODAY)
    assert totals["Kiến nghị gửi UBND xã"][-1] == f.recommendations
    assert totals["Tỷ lệ trả lời đúng hạn 15 ngày"][-1].endswith("%")
    inv_rows = list(wb["Giám sát đầu tư"].iter_rows(min_row=6, values_only=True))
    assert inv_rows[-1][0] == "Năm 2026" and inv_rows[-1][11] == 8_500_000  # money recovered


def test_report_pdf_keeps_the_edited_narrative_and_the_front_header(
    ctx: AppContext, tmp_path: Path
) -> None:
    report = svc.list_reports(ctx, 2026)[0]
    svc.update_report(
        ctx,
        report.id,
        narrative=report.narrative.replace(
            "1. Ưu điểm: ", "1. Ưu điểm: Ban hoạt động đều đặn, bám sát kế hoạch."
        ),
        title=report.title,
        doc_no="13/BC-TTND",
        expected_revision=report.revision,
    )
    text = pdf_text(rep.export_report_pdf(ctx, report.id, tmp_path / "bc.pdf"))
    assert "ỦY BAN MTTQ VIỆT NAM" in text and "BAN THANH TRA NHÂN DÂN" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số: 13/BC-TTND" in text
    assert "BÁO CÁO" in text and "Ban hoạt động đều đặn, bám sát kế hoạch." in text
    assert "PHỤ LỤC: SỐ LIỆU HOẠT ĐỘNG" in text and "TM. BAN THANH TRA NHÂN DÂN" in text
    assert "TRƯỞNG BAN" in text and "Lưu: BTTND." in text


def test_recommendation_letter_asks_for_the_15_day_answer(ctx: AppContext, tmp_path: Path) -> None:
    rec = next(r for r in svc.list_recommendations(ctx, today=TODAY) if r.activity_id)
    text = pdf_text(rep.export_recommendation_pdf(ctx, rec.id, tmp_path / "kn.pdf", today=TODAY))
    flat = " ".join(text.split())
    assert "KIẾN NGHỊ" in text and f"Số: {rec.doc_no}" in flat
    assert "Kính gửi: Chủ tịch Ủy ban nhân dân xã Cẩm Xuyên" in flat
    assert rec.content in flat
    assert f"chậm nhất ngày {rec.due_on:%d/%m/%Y}" in flat and "15 ngày" in flat
    assert "Về việc việc" not in flat


def test_summary_and_investment_pdfs(ctx: AppContext, tmp_path: Path) -> None:
    text = " ".join(
        pdf_text(
            rep.export_summary_pdf(ctx, period("half", 2026, 1), tmp_path / "s.pdf", today=TODAY)
        ).split()
    )
    assert (
        "6 tháng đầu năm 2026" in text and "Tỷ lệ kiến nghị được trả lời đúng hạn 15 ngày" in text
    )
    text = " ".join(
        pdf_text(rep.export_investment_pdf(ctx, 2026, tmp_path / "gs.pdf", today=TODAY)).split()
    )
    assert "BAN THƯỜNG TRỰC" in text and "Kết quả giám sát đầu tư của cộng đồng năm 2026" in text
    assert "thu hồi 8.500.000 đồng" in text and "53.500.000" in text
    assert "Nhà văn hóa" in text and "Đã giải thể" in text


def test_cli_summary_and_export(
    ctx: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = str(ctx.db_path)
    ctx.close()
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)  # the commands log in as admin
    assert main(["inspection", "summary", "--db", db, "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Kỳ: Năm 2026" in out and "Tỷ lệ trả lời đúng hạn 15 ngày" in out
    assert (
        main(
            [
                "inspection",
                "export",
                "--db",
                db,
                "--out",
                str(tmp_path / "a.xlsx"),
                "--year",
                "2026",
            ]
        )
        == 0
    )
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames[0] == "Giám sát, kiểm tra"
    assert (
        main(
            [
                "inspection",
                "export",
                "--db",
                db,
                "--out",
                str(tmp_path / "b.pdf"),
                "--period",
                "quarter",
                "--number",
                "2",
                "--year",
                "2026",
            ]
        )
        == 0
    )
    assert "quý II năm 2026" in " ".join(pdf_text(tmp_path / "b.pdf").split())
    assert (
        main(
            [
                "inspection",
                "export",
                "--db",
                db,
                "--out",
                str(tmp_path / "c.pdf"),
                "--doc",
                "report",
            ]
        )
        == 2
    )
    assert "Cần --id" in capsys.readouterr().err
    assert main(["inspection", "check", "--db", db]) == 0
    assert "phải bầu bổ sung" in capsys.readouterr().out
