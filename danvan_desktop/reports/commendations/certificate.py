"""A printable certificate (giấy khen, bằng khen) per granted proposal: A4 landscape, a
decorative double border with corner ornaments, the national title, the issuing authority, the
form in large red capitals, the recipient, the achievements, the decision's number and date,
the place and date in italics and the signature block. One page per certificate, written
atomically (a reader never sees half a file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.reports.atomic import atomic_path
from danvan_desktop.reports.common import unit_header
from danvan_desktop.reports.fonts import SERIF, face, register_fonts
from danvan_desktop.services.commendations import queries, vocab
from danvan_desktop.services.context import AppContext

RED = colors.HexColor("#b71c1c")
GOLD = colors.HexColor("#c9a227")
INK = colors.HexColor("#1a1a1a")


@dataclass(frozen=True)
class Certificate:
    """What one certificate says, already in words."""

    form_title: str  # "GIẤY KHEN"
    authority: str  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN"
    recipient: str
    position: str
    unit: str
    achievements: str
    decision_number: str
    decision_date: dt.date
    place: str  # "Cẩm Xuyên"
    signer_title: str  # "CHỦ TỊCH"
    signer: str
    occasion: str = ""


def place_date(place: str, day: dt.date) -> str:
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _border(c: Canvas, w: float, h: float) -> None:
    """A thick red frame, a thin gold one inside it, and a gold diamond in each corner."""
    m = 9 * mm
    c.setStrokeColor(RED)
    c.setLineWidth(4)
    c.rect(m, m, w - 2 * m, h - 2 * m)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    c.rect(m + 5, m + 5, w - 2 * m - 10, h - 2 * m - 10)
    c.setLineWidth(0.6)
    c.rect(m + 9, m + 9, w - 2 * m - 18, h - 2 * m - 18)
    c.setFillColor(GOLD)
    size = 7
    for x, y in ((m, m), (w - m, m), (m, h - m), (w - m, h - m)):
        p = c.beginPath()
        p.moveTo(x, y - size)
        p.lineTo(x + size, y)
        p.lineTo(x, y + size)
        p.lineTo(x - size, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)


def _centred(
    c: Canvas,
    text: str,
    y: float,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: colors.Color = INK,
    x: float | None = None,
) -> None:
    c.setFillColor(colour)
    c.setFont(face(SERIF, bold=bold, italic=italic), size)
    c.drawCentredString(x if x is not None else landscape(A4)[0] / 2, y, text)


def _para(
    c: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    *,
    italic: bool = False,
    bold: bool = False,
) -> float:
    """Draw centred wrapped text under `top`; returns the y below it."""
    style = ParagraphStyle(
        "cert",
        fontName=face(SERIF, bold=bold, italic=italic),
        fontSize=size,
        leading=size * 1.3,
        alignment=TA_CENTER,
        textColor=INK,
    )
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    p = Paragraph(safe, style)
    _w, h = p.wrapOn(c, width, 400)
    p.drawOn(c, x, top - h)
    return top - h


def _page(c: Canvas, cert: Certificate) -> None:
    w, h = landscape(A4)
    _border(c, w, h)
    top = h - 24 * mm
    _centred(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", top, 14, bold=True)
    _centred(c, "Độc lập - Tự do - Hạnh phúc", top - 18, 14, bold=True)
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.line(w / 2 - 58 * mm / 2, top - 25, w / 2 + 58 * mm / 2, top - 25)
    _centred(c, cert.authority, top - 58, 15, bold=True)
    _centred(c, cert.form_title, top - 120, 46, bold=True, colour=RED)
    _centred(c, "Tặng", top - 158, 15, italic=True)
    _centred(c, cert.recipient, top - 192, 26, bold=True, colour=colors.HexColor("#0d47a1"))
    y = top - 216
    detail = ", ".join(x for x in (cert.position, cert.unit) if x and x != cert.recipient)
    if detail:
        _centred(c, detail, y, 14)
        y -= 14
    body_w = w - 70 * mm
    lead = "Đã có thành tích xuất sắc" if not cert.achievements else cert.achievements
    if cert.occasion:
        lead = f"{lead.rstrip('.')} (nhân dịp {cert.occasion})."
    y = _para(c, lead, 35 * mm, y - 4, body_w, 15, italic=True)
    # bottom left: the decision; bottom right: place, date and signature
    base = 30 * mm
    left_x, right_x = w * 0.27, w * 0.70
    _centred(c, f"Quyết định số: {cert.decision_number}", base + 28, 12, x=left_x)
    _centred(c, f"ngày {fmt_date(cert.decision_date)}", base + 13, 12, x=left_x)
    sign_top = min(y - 14, base + 92)
    _centred(c, place_date(cert.place, cert.decision_date), sign_top, 13, italic=True, x=right_x)
    _centred(c, cert.signer_title.upper(), sign_top - 18, 13, bold=True, x=right_x)
    _centred(c, cert.signer, base, 14, bold=True, x=right_x)


def certificate_of(ctx: AppContext, row: queries.ProposalRow) -> Certificate:
    """A granted proposal in words; refused unless a decision granted it."""
    if row.status != vocab.GRANTED or not row.decision_number or row.decision_date is None:
        raise RuleViolation(
            f"“{row.subject_name}” chưa được khen theo quyết định: chỉ in giấy khen cho đề nghị "
            "“Được khen”."
        )
    h = unit_header(ctx)
    issuer = row.issuing_body or f"Ủy ban nhân dân {h.unit_name}"
    title = row.signer_title or "Chủ tịch"
    return Certificate(
        form_title=vocab.label(vocab.FORMS, row.form).upper(),
        authority=f"{title} {issuer}".upper(),
        recipient=row.subject_name,
        position=row.position,
        unit=row.subject_unit,
        achievements=row.achievements,
        decision_number=row.decision_number,
        decision_date=row.decision_date,
        place=h.place,
        signer_title=title,
        signer=row.signer,
        occasion=row.occasion,
    )


def write_certificates(out: Path, certificates: Sequence[Certificate]) -> Path:
    if not certificates:
        raise RuleViolation("Chưa chọn đề nghị nào để in giấy khen.")
    register_fonts()
    with atomic_path(Path(out)) as tmp:
        c = Canvas(str(tmp), pagesize=landscape(A4))
        c.setTitle(f"{certificates[0].form_title.capitalize()} — {certificates[0].recipient}")
        c.setAuthor(certificates[0].authority)
        for cert in certificates:
            _page(c, cert)
            c.showPage()
        c.save()
    return Path(out)


def export_certificates(ctx: AppContext, proposal_ids: Sequence[str], out: Path) -> Path:
    """One page per granted proposal, in the order given."""
    certs = [certificate_of(ctx, queries.get_proposal(ctx, pid)) for pid in proposal_ids]
    return write_certificates(out, certs)
