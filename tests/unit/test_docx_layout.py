"""Periodic reports as documents, read back (issue 11): the PDF's text and embedded fonts; the
.docx's paragraphs, tables, styles, margins, header table and PAGE field; LibreOffice opens the
.docx and its PDF has the report's text. Both layouts."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from pypdf import PdfReader

from danvan_desktop.reports.periodic.writers import export_report
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.periodic_reports import reports as R

TODAY = dt.date(2026, 11, 20)
INTRO = "Chín tháng qua, tình hình chính trị ở địa phương ổn định; Nhân dân đồng thuận."
PROPOSAL = "Đề nghị cấp trên hỗ trợ kinh phí duy trì mô hình “Dân vận khéo”."


@pytest.fixture(params=["state", "party"])
def issued(request, demo_ctx) -> tuple[str, str]:  # noqa: ANN001
    layout = request.param
    rid = R.create_report(
        demo_ctx,
        periods.make_period("quarter", 2026, 3),
        layout,
        today=TODAY,
        start_from_previous=False,
    )
    R.save_narratives(
        demo_ctx, rid, {"intro": INTRO, "proposals": PROPOSAL, "area:petitions": "Ghi chú đơn."}
    )
    R.update_header(demo_ctx, rid, {"signer_name": "Trần Văn Bình"})
    R.issue(demo_ctx, rid, dt.date(2026, 10, 5), today=TODAY)
    return rid, layout


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def _fonts(path: Path) -> set[str]:
    out = set()
    for page in PdfReader(path).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            desc = (
                f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            desc = desc.get_object()
            assert any(k in desc for k in ("/FontFile2", "/FontFile", "/FontFile3")), f
            out.add(str(f["/BaseFont"]))
    return out


def test_pdf_text_and_embedded_fonts(demo_ctx, issued, tmp_path: Path) -> None:  # noqa: ANN001
    rid, layout = issued
    number = R.get_report(demo_ctx, rid).number_label
    out = export_report(demo_ctx, rid, tmp_path / "r.pdf", TODAY)
    text = _pdf_text(out)
    if layout == "state":
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and f"Số: {number}" in text
        assert number == "02/BC-UBND"  # the demo's 6-month report took 01
        assert "TM. ỦY BAN NHÂN DÂN" in text
    else:
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and f"Số {number}" in text
        assert number == "2-BC/ĐU" and "T/M ĐẢNG ỦY" in text
    assert "ngày 05 tháng 10 năm 2026" in text
    assert "quý III năm 2026" in text and "BÁO CÁO" in text
    assert INTRO in " ".join(text.split()) and "Trần Văn Bình" in text
    assert "Công tác tiếp nhận, giải quyết đơn thư" in text and "Nơi nhận" in text
    assert "ĐỀ XUẤT, KIẾN NGHỊ" in text
    fonts = _fonts(out)
    assert fonts and all("Liberation" in f or "Serif" in f for f in fonts), fonts


def test_docx_reads_back(demo_ctx, issued, tmp_path: Path) -> None:  # noqa: ANN001
    rid, layout = issued
    view = R.get_report(demo_ctx, rid)
    out = export_report(demo_ctx, rid, tmp_path / "r.docx", TODAY)
    doc = Document(str(out))
    sec = doc.sections[0]

    def mm(x) -> float:  # noqa: ANN001 - Word stores twips: compare to a tenth of a mm
        return round(x.mm, 1)

    assert (mm(sec.page_width), mm(sec.page_height)) == (210, 297)
    margins = (sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin)
    assert tuple(mm(m) for m in margins) == (20, 20, 30, 15)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert doc.styles["Normal"].font.size == Pt(14)
    # page numbers: a PAGE field in the header, the first page's header left empty
    assert sec.different_first_page_header_footer
    header_xml = sec.header._element.xml
    assert "PAGE" in header_xml and "fldChar" in header_xml
    assert "PAGE" not in sec.first_page_header._element.xml
    # the header table: borderless, agency left, national / Party title right, number, date
    head = doc.tables[0]
    assert 'w:val="nil"' in head._tbl.xml
    left, right = head.cell(0, 0).text, head.cell(0, 1).text
    assert "XÃ CẨM XUYÊN" in left
    if layout == "state":
        assert (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
        )
        assert head.cell(1, 0).text == f"Số: {view.number_label}"
    else:
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in right and "ĐẢNG BỘ TỈNH HÀ TĨNH" in left
        assert head.cell(1, 0).text == f"Số {view.number_label}"
    date = head.cell(1, 1).paragraphs[0]
    assert date.text == "Cẩm Xuyên, ngày 05 tháng 10 năm 2026" and date.runs[0].font.italic
    paras = [p for p in doc.paragraphs if p.text.strip()]
    texts = [p.text for p in paras]
    kind = next(p for p in paras if p.text == "BÁO CÁO")
    assert kind.runs[0].font.bold
    intro = next(p for p in paras if p.text == INTRO)
    assert intro.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(intro.paragraph_format.first_line_indent.cm - 1.0) < 0.01
    assert intro.runs[0].font.size == Pt(14) and intro.runs[0].font.name == "Times New Roman"
    assert PROPOSAL in texts and "Ghi chú đơn." in texts
    # the petitions table: its header row repeats, its total row matches the section's figures
    pet = next(s for s in view.sections if s.key == "petitions")
    table = next(t for t in doc.tables if t.cell(0, 0).text == "Loại đơn")
    assert "w:tblHeader" in table.rows[0]._tr.xml
    total = [c.text for c in table.rows[-1].cells]
    assert total[0] == "Tổng cộng" and total[1] == str(int(pet.figures["petitions_received"]))
    # Nơi nhận and the signature block
    closing = doc.tables[-1]
    recipients = closing.cell(0, 0).paragraphs
    assert recipients[0].text.startswith("Nơi nhận")
    if layout == "state":
        assert recipients[0].runs[0].font.bold and recipients[0].runs[0].font.italic
        assert recipients[0].runs[0].font.size == Pt(12)
        assert recipients[1].runs[0].font.size == Pt(11)
    sign = closing.cell(0, 1).text
    assert view.signer_authority.upper() in sign and "Trần Văn Bình" in sign
    # the block never breaks across pages, and comes with the text's last paragraph
    assert closing.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    assert doc.paragraphs[-1].paragraph_format.keep_with_next


def test_libreoffice_opens_the_docx(demo_ctx, issued, tmp_path: Path) -> None:  # noqa: ANN001
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice is not installed: the LibreOffice conversion is skipped")
        pytest.skip("LibreOffice (soffice) is not installed")
    rid, layout = issued
    out = export_report(demo_ctx, rid, tmp_path / "r.docx", TODAY)
    outdir = tmp_path / "lo"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    pdf = outdir / "r.pdf"
    text = " ".join(_pdf_text(pdf).split())
    assert INTRO in text and "BÁO CÁO" in text and "Trần Văn Bình" in text
    assert "quý III năm 2026" in text
    assert ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" if layout == "state" else "ĐẢNG CỘNG SẢN") in text
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2  # page 2 carries its number at the top
    assert reader.pages[1].extract_text().strip().startswith("2")
