"""The closing block keeps company, and a blank document number keeps its room."""

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import KeepTogether

from danvan_desktop.reports.pdf_layout import Issuer, OfficialDocument, Signature, build_pdf, story


def _doc(paragraphs: int, number: str = "      /BC-UBND") -> OfficialDocument:
    return OfficialDocument(
        issuer=Issuer("", "ỦY BAN NHÂN DÂN\nXÃ CẨM XUYÊN"),
        number=number,
        place="Cẩm Xuyên",
        date=dt.date(2026, 11, 20),
        doc_type="BÁO CÁO",
        title="Kết quả thực hiện phong trào",
        body=[
            f"Đoạn {i}: " + "Ủy ban nhân dân xã tổ chức tuyên truyền, vận động nhân dân. " * 6
            for i in range(paragraphs)
        ],
        recipients=["Huyện ủy", "Lưu: VT"],
        signature=Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"),
    )


def test_signature_block_is_kept_with_the_last_paragraph() -> None:
    flowables = story(_doc(3))
    assert isinstance(flowables[-1], KeepTogether)


def test_no_page_holds_only_the_signature(tmp_path: Path) -> None:
    for n in range(6, 12):  # body lengths that end near a page break
        out = build_pdf(_doc(n), tmp_path / f"bc{n}.pdf")
        pages = [p.extract_text() for p in PdfReader(out).pages]
        last = " ".join(pages[-1].split())
        assert "Lê Văn Hùng" in last
        assert "Đoạn" in last, f"{n} paragraphs: the signature stands alone on the last page"


def test_blank_number_keeps_room_for_the_clerk(tmp_path: Path) -> None:
    out = build_pdf(_doc(1), tmp_path / "so.pdf")
    text = PdfReader(out).pages[0].extract_text()
    line = next(line for line in text.splitlines() if "/BC-UBND" in line)
    assert line.index("/BC-UBND") - line.index("Số:") >= 6
