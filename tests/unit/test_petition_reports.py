"""Excel and PDF out of the reception and petition area, read back from the files; a denouncer's
name appears in none of them."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from danvan_desktop.domain.petitions import Action
from danvan_desktop.reports import petition_reports as R
from danvan_desktop.services import dialogues as D
from danvan_desktop.services import petitions as P
from danvan_desktop.services import receptions, units

TODAY = dt.date(2026, 11, 20)
DENOUNCER = "Đỗ Văn Tố Cáo"


@pytest.fixture
def data(ctx):  # noqa: ANN001, ANN201
    sid = receptions.create_session(
        ctx,
        receptions.SessionInput(
            held_on=dt.date(2026, 10, 5),
            presider_role="chairman",
            presider_name="Lê Văn Hùng",
            visits=2,
            people=2,
            content="Công dân phản ánh về đất đai.",
            conclusion_no="41/TB-UBND",
            conclusion_on=dt.date(2026, 10, 6),
            conclusion_text="Giao công chức địa chính xác minh, trả lời công dân trước ngày 20/10/2026.",
        ),
        today=TODAY,
    )
    receptions.create_session(
        ctx,
        receptions.SessionInput(
            held_on=dt.date(2026, 10, 14),
            presider_role="party_secretary",
            presider_name="Nguyễn Thị Hồng",
        ),
        today=TODAY,
    )
    hamlet = units.hamlets(ctx)[0].code
    complaint = P.register_petition(
        ctx,
        P.PetitionInput(
            received_on=dt.date(2026, 10, 5),
            channel="reception",
            type="complaint",
            field="Đất đai",
            summary="Khiếu nại thu hồi đất làm đường",
            hamlet_code=hamlet,
            citizen_name="Nguyễn Văn An",
            citizen_id_no="042090001234",
            reception_session_id=sid,
        ),
        today=TODAY,
    )
    P.register_petition(
        ctx,
        P.PetitionInput(
            received_on=dt.date(2026, 10, 5),
            channel="reception",
            type="denunciation",
            field="Cán bộ, công chức",
            summary="Tố cáo cán bộ thu tiền",
            hamlet_code=hamlet,
            citizen_name=DENOUNCER,
            citizen_id_no="042090009999",
            reception_session_id=sid,
        ),
        today=TODAY,
    )
    for action, on in (
        (Action.CLASSIFY, dt.date(2026, 10, 6)),
        (Action.ACCEPT, dt.date(2026, 10, 9)),
        (Action.DECIDE, dt.date(2026, 10, 30)),
    ):
        P.take_step(ctx, complaint, action, on, outcome="Giữ nguyên quyết định", today=TODAY)
    D.create_dialogue(
        ctx,
        D.DialogueInput(held_on=dt.date(2026, 9, 1), presider="Chủ tịch UBND xã"),
        commitments=[D.CommitmentInput("Nạo vét kênh", "Thủy lợi xã", dt.date(2026, 10, 1))],
        today=TODAY,
    )
    return sid


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    return {
        ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb.worksheets
    }


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_petition_register_xlsx(ctx, data, tmp_path: Path) -> None:  # noqa: ANN001
    out = R.export_register_xlsx(ctx, tmp_path / "so-don-thu.xlsx", today=TODAY)
    sheets = _cells(out)
    rows = sheets["Sổ đơn thư"]
    header_at = next(i for i, r in enumerate(rows) if r[0] == "Số đơn")
    assert rows[header_at][:4] == ("Số đơn", "Ngày nhận", "Nguồn đơn", "Loại đơn")
    body = rows[header_at + 1 :]
    assert [r[0] for r in body] == ["001/2026", "002/2026"]
    assert body[0][1] == dt.datetime(2026, 10, 5)  # a real date
    assert body[0][6] == "Nguyễn Văn An" and body[1][6] == P.HIDDEN
    assert body[0][14] == "Có" and body[0][13] == dt.datetime(2026, 10, 30)  # decided on time
    assert body[1][12] == "Quá hạn"  # the denunciation was never handled
    assert DENOUNCER not in str(sheets)
    summary = {r[0]: r[1:] for r in sheets["Tổng hợp"] if r[0]}
    assert summary["Tổng cộng"] == (2, 1, 1)
    ws = load_workbook(out)["Sổ đơn thư"]
    assert ws.freeze_panes is not None and ws.auto_filter.ref


def test_reception_book_xlsx(ctx, data, tmp_path: Path) -> None:  # noqa: ANN001
    sheets = _cells(
        R.export_reception_book_xlsx(ctx, tmp_path / "so-tiep-cong-dan.xlsx", 2026, today=TODAY)
    )
    book = [r for r in sheets["Sổ tiếp công dân"] if isinstance(r[0], int)]
    assert [(r[1], r[6]) for r in book] == [
        (dt.datetime(2026, 10, 5), "001/2026"),
        (dt.datetime(2026, 10, 5), "002/2026"),
        (dt.datetime(2026, 10, 14), None),
    ]
    assert book[1][3] == P.HIDDEN and DENOUNCER not in str(sheets)
    sessions = [r for r in sheets["Buổi tiếp"] if isinstance(r[0], int)]
    assert sessions[0][10] == 2 and sessions[0][11] == "41/TB-UBND"
    compliance = {
        (r[0], r[1]): (r[2], r[3], r[4])
        for r in sheets["Tần suất tiếp"]
        if r[0] and "/" in str(r[0])
    }
    assert compliance["10/2026", "Chủ tịch UBND xã"] == (1, 4, "Chưa đạt")
    assert compliance["10/2026", "Bí thư Đảng ủy xã"] == (1, 2, "Chưa đạt")


def test_conclusion_notice_pdf(ctx, data, tmp_path: Path) -> None:  # noqa: ANN001
    out = R.export_conclusion_pdf(ctx, tmp_path / "thong-bao.pdf", data, today=TODAY)
    text = _pdf_text(out)
    assert "THÔNG BÁO" in text and "41/TB-UBND" in text
    assert "tiếp công dân ngày 05/10/2026" in text
    assert (
        "Giao công chức địa chính xác minh" in text and "CHỦ TỊCH" in text and "Lê Văn Hùng" in text
    )
    assert "Nguyễn Văn An" in text and DENOUNCER not in text
    fonts = {f for page in PdfReader(out).pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # embedded TrueType fonts (Vietnamese letters need them)


def test_periodic_report_pdf(ctx, data, tmp_path: Path) -> None:  # noqa: ANN001
    out = R.export_period_report_pdf(
        ctx, tmp_path / "bao-cao.pdf", dt.date(2026, 1, 1), TODAY, today=TODAY
    )
    text = _pdf_text(out)
    assert "BÁO CÁO" in text and "từ ngày 01/01/2026 đến ngày 20/11/2026" in text
    assert "xã Cẩm Xuyên tổ chức 2 buổi tiếp công dân" in text
    assert "tiếp nhận 2 đơn" in text
    assert "Đã giải quyết 1 đơn, trong đó 1 đơn đúng hạn (đạt 100,0%)" in text
    assert "1 cam kết đã quá hạn" in text
    assert "DANH SÁCH ĐƠN QUÁ HẠN" in text and "002/2026" in text and DENOUNCER not in text
