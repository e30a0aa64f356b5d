"""The People's Inspection Board and the supervision boards out of the app: Excel registers of
activities and recommendations, and PDF reports and recommendation letters.

The board's documents go to and from the Fatherland Front, so their header is the Front's, not
the People's Committee's: "ỦY BAN MTTQ VIỆT NAM XÃ …" over "BAN THANH TRA NHÂN DÂN" (bold) on the
left, the national title on the right (NĐ 30/2020 layout, as the Front's documents use it),
numbers like "05/BC-TTND", signed "TM. BAN THANH TRA NHÂN DÂN / TRƯỞNG BAN". The supervision
summary is issued by the Front's standing committee.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.inspection import ActivityKind, Period, PeriodKind
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.fonts import SERIF, register_fonts
from danvan_desktop.reports.inspection_registers import (
    ACTIVITY_COLUMNS,
    FIGURE_LABELS,
    INVESTMENT_COLUMNS,
    MEMBER_COLUMNS,
    PLAN_COLUMNS,
    PROJECT_COLUMNS,
    RECOMMENDATION_COLUMNS,
    export_registers_xlsx,
    figure_value,
)
from danvan_desktop.reports.pdf_layout import (
    Issuer,
    OfficialDocument,
    Signature,
    build_pdf,
    format_number,
    heading,
    paragraph,
    table_flowables,
)
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services.context import AppContext

BOARD = "BAN THANH TRA NHÂN DÂN"
ARCHIVE = "Lưu: BTTND"


# ---- who issues, who signs ----------------------------------------------------------------


def front_name(ctx: AppContext) -> str:
    """ "ỦY BAN MTTQ VIỆT NAM XÃ CẨM XUYÊN": the body that directs the board."""
    return f"ỦY BAN MTTQ VIỆT NAM {unit_header(ctx).unit_name.upper()}"


def board_issuer(ctx: AppContext) -> Issuer:
    return Issuer(parent_agency=front_name(ctx), issuing_agency=BOARD, layout="state")


def front_issuer(ctx: AppContext) -> Issuer:
    """The Front's standing committee, which compiles the supervision boards' results."""
    return Issuer(parent_agency=front_name(ctx), issuing_agency="BAN THƯỜNG TRỰC", layout="state")


def board_signature(ctx: AppContext, today: dt.date | None = None) -> Signature:
    """Signed for the board by its head in the current term (name left blank if none recorded)."""
    name = ""
    term = svc.current_term(ctx, today)
    if term is not None:
        heads = [
            m for m in svc.list_members(ctx, term.id, today, include_left=False) if m.role == "head"
        ]
        name = heads[0].full_name if heads else ""
    return Signature("TM. BAN THANH TRA NHÂN DÂN", "TRƯỞNG BAN", name)


def _number(doc_no: str, kind: str) -> str:
    # An unnumbered draft keeps the blank the clerk fills in by hand: "     /BC-TTND".
    return doc_no.strip() or f"      /{kind}-TTND"


# ---- PDF: reports -------------------------------------------------------------------------

_HEADING = re.compile(r"^(?:[IVXLC]+\.|[A-Z]\.)\s+\S")


def narrative_flowables(text: str) -> list[Flowable]:
    """The officer's narrative: "I. …" lines become headings, other lines paragraphs."""
    out: list[Flowable] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        out.append(heading(line) if _HEADING.match(line) else paragraph(line))
    return out


def _figures_table(f: rules.BoardFigures) -> list[Flowable]:
    rows: list[list] = []
    number = 0
    for key, label in FIGURE_LABELS:
        sub = label.startswith(" ")
        number += not sub
        # Sub-items ("– Giám sát") stay under their line, unnumbered, as in the forms.
        rows.append(["" if sub else number, label.strip() if sub else label, figure_value(f, key)])
    rows.append(
        [
            number + 1,
            "Tỷ lệ kiến nghị được trả lời đúng hạn 15 ngày",
            rules.format_rate(f.answers.on_time_rate),
        ]
    )
    return [
        heading("PHỤ LỤC: SỐ LIỆU HOẠT ĐỘNG"),
        *table_flowables(
            ["STT", "Chỉ tiêu", "Số lượng"], rows, [14, 120, 30], align=["CENTER", "LEFT", "RIGHT"]
        ),
    ]


def _report_document(
    ctx: AppContext,
    title: str,
    doc_no: str,
    date: dt.date,
    narrative: str,
    figures: rules.BoardFigures,
    today: dt.date | None,
) -> OfficialDocument:
    h = unit_header(ctx)
    return OfficialDocument(
        issuer=board_issuer(ctx),
        number=_number(doc_no, "BC"),
        place=h.place,
        date=date,
        doc_type="BÁO CÁO",
        title=title,
        body=[*narrative_flowables(narrative), Spacer(1, 4), *_figures_table(figures)],
        recipients=[
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã (để b/c)",
            "Thường trực Đảng ủy xã (để b/c)",
            "Chủ tịch UBND xã",
            "Thành viên Ban Thanh tra nhân dân",
            ARCHIVE,
        ],
        signature=board_signature(ctx, today),
    )


def export_report_pdf(
    ctx: AppContext, report_id: str, out: Path, progress: Progress | None = None
) -> Path:
    """A stored report: its narrative as the officer left it and the figures it was counted with."""
    r = svc.get_report(ctx, report_id)
    doc = _report_document(
        ctx,
        r.title,
        r.doc_no,
        r.report_date,
        r.narrative,
        svc.figures_from_dict(r.figures),
        r.report_date,
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi tệp PDF…"))


def export_summary_pdf(
    ctx: AppContext,
    p: Period,
    out: Path,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """A report for any period straight from the records (the draft narrative, nothing stored)."""
    today = today or dt.date.today()
    figures = svc.board_figures(ctx, p, today)
    title = f"Kết quả hoạt động của Ban Thanh tra nhân dân {p.label[:1].lower()}{p.label[1:]}"
    doc = _report_document(
        ctx,
        title,
        "",
        today,
        rules.draft_narrative(svc.board_name(ctx), p, figures),
        figures,
        today,
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi tệp PDF…"))


# ---- PDF: a recommendation letter ---------------------------------------------------------


def _centred(markup: str) -> Paragraph:
    register_fonts()
    style = ParagraphStyle(
        "kinh-gui", fontName=SERIF, fontSize=14, leading=17, alignment=TA_CENTER, spaceAfter=8
    )
    return Paragraph(markup, style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_recommendation_pdf(
    ctx: AppContext,
    rec_id: str,
    out: Path,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Kiến nghị of the board to the commune government, with the 15-day answer it asks for."""
    r = svc.get_recommendation(ctx, rec_id, today)
    h = unit_header(ctx)
    activity = svc.get_activity(ctx, r.activity_id) if r.activity_id else None
    addressee = r.addressee
    if addressee.lower().endswith(" xã") and h.place:
        addressee = f"{addressee} {h.place}"  # "Chủ tịch Ủy ban nhân dân xã Cẩm Xuyên"
    grounds = [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi "
        "tiết một số điều "
        "của Luật Thực hiện dân chủ ở cơ sở;",
    ]
    if activity is not None:
        when = fmt_date(activity.starts_on)
        grounds.append(
            f'Căn cứ kết quả {ActivityKind(activity.kind).label.lower()} "{activity.subject}" '
            f"ngày {when} của Ban Thanh tra nhân dân,"
        )
    body: list[Flowable | str] = [
        _centred(f"Kính gửi: {_escape(addressee)}."),
        *grounds,
        f"Ban Thanh tra nhân dân {h.unit_name[:1].lower()}{h.unit_name[1:]} kiến nghị như sau:",
        *[line.strip() for line in r.content.splitlines() if line.strip()],
    ]
    if activity is not None and activity.findings:
        body.insert(
            len(grounds) + 1,
            f"Qua {ActivityKind(activity.kind).label.lower()}, Ban nhận thấy: {activity.findings}",
        )
    due = f" (chậm nhất ngày {fmt_date(r.due_on)})" if r.due_on else ""
    body.append(
        f"Đề nghị {addressee} xem xét, giải quyết và trả lời bằng văn bản cho "
        f"Ban Thanh tra nhân dân trong thời hạn 15 ngày kể từ ngày nhận được kiến nghị{due}."
    )
    about = (
        activity.subject if activity is not None else r.content.splitlines()[0][:120].rstrip(" .;")
    )
    about = about[:1].lower() + about[1:]
    title = ("Về " if about.startswith("việc ") else "Về việc ") + about
    doc = OfficialDocument(
        issuer=board_issuer(ctx),
        number=_number(r.doc_no, "KN"),
        place=h.place,
        date=r.sent_on,
        doc_type="KIẾN NGHỊ",
        title=title,
        body=body,
        recipients=["Như trên", "Ban Thường trực Ủy ban MTTQ Việt Nam xã (để b/c)", ARCHIVE],
        signature=board_signature(ctx, r.sent_on),
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi tệp PDF…"))


# ---- PDF: the supervision boards' summary -------------------------------------------------


def export_investment_pdf(
    ctx: AppContext,
    year: int,
    out: Path,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """The Front's yearly report on community investment supervision, with the quarterly table."""
    today = today or dt.date.today()
    h = unit_header(ctx)
    quarters = inv.year_by_quarter(ctx, year)
    f = quarters[-1].figures
    projects = inv.list_projects(ctx, year=year, today=today)
    money = format_number(f.recovered_vnd + f.reduced_vnd)
    body: list[Flowable | str] = [
        heading("I. TÌNH HÌNH CHUNG"),
        f"Năm {year}, trên địa bàn {h.unit_name[:1].lower()}{h.unit_name[1:]} có {f.boards_active} "
        "Ban Giám sát đầu tư "
        f"của cộng đồng hoạt động ({f.boards_established} Ban thành lập mới, {f.boards_dissolved} "
        "Ban giải thể khi "
        "công trình hoàn thành).",
        heading("II. KẾT QUẢ GIÁM SÁT"),
        f"Các Ban đã giám sát {f.works_supervised} công trình với tổng giá trị "
        f"{format_number(f.works_value_vnd)} đồng; "
        f"tổ chức {f.supervisions} cuộc giám sát; phát hiện {f.violations} vi phạm (giá trị "
        f"{format_number(f.violation_value_vnd)} đồng); gửi {f.recommendations} kiến nghị, đã được trả lời "
        f"{f.recommendations_answered} kiến nghị. Qua giám sát đã thu hồi "
        f"{format_number(f.recovered_vnd)} đồng và giảm "
        f"trừ khi quyết toán {format_number(f.reduced_vnd)} đồng (tổng cộng {money} đồng).",
        *table_flowables(
            [
                "Kỳ",
                "Công trình được giám sát",
                "Cuộc giám sát",
                "Vi phạm",
                "Kiến nghị",
                "Đã trả lời",
                "Thu hồi (đ)",
                "Giảm trừ (đ)",
            ],
            [
                [
                    q.period.label.replace(f" năm {year}", ""),
                    q.figures.works_supervised,
                    q.figures.supervisions,
                    q.figures.violations,
                    q.figures.recommendations,
                    q.figures.recommendations_answered,
                    q.figures.recovered_vnd,
                    q.figures.reduced_vnd,
                ]
                for q in quarters
            ],
            [22, 22, 18, 16, 18, 18, 25, 25],
            font_size=10,
        ),
        heading("III. DANH SÁCH CÔNG TRÌNH"),
        *table_flowables(
            ["STT", "Công trình, dự án", "Giá trị (đ)", "Tình trạng Ban"],
            [[i, p.name, p.value_vnd, p.status_label] for i, p in enumerate(projects, start=1)],
            [12, 90, 30, 32],
            font_size=11,
            align=["CENTER", "LEFT", "RIGHT", "LEFT"],
        ),
    ]
    unanswered = sum(p.recommendations - p.answered for p in projects)
    if unanswered:
        body += [
            heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
            f"Còn {unanswered} kiến nghị của các Ban Giám sát đầu tư của cộng đồng chưa được trả "
            "lời; đề nghị "
            "chủ đầu tư và Ủy ban nhân dân xã xem xét, trả lời dứt điểm.",
        ]
    doc = OfficialDocument(
        issuer=front_issuer(ctx),
        number="      /BC-MTTQ",
        place=h.place,
        date=today,
        doc_type="BÁO CÁO",
        title=f"Kết quả giám sát đầu tư của cộng đồng năm {year}",
        body=body,
        recipients=[
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (để b/c)",
            "Thường trực Đảng ủy xã (để b/c)",
            "UBND xã",
            "Lưu: VP",
        ],
        signature=Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", ""),
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi tệp PDF…"))


def period_for(kind: str, year: int, number: int | None = None) -> Period:
    """The period a report or summary covers (CLI and screens)."""
    return rules.period(PeriodKind(kind), year, number)


# Names that moved to sibling modules stay importable from here.
__all__ = [
    "front_name",
    "board_issuer",
    "front_issuer",
    "board_signature",
    "narrative_flowables",
    "export_report_pdf",
    "export_summary_pdf",
    "export_recommendation_pdf",
    "export_investment_pdf",
    "period_for",
    "BOARD",
    "ARCHIVE",
    "figure_value",
    "export_registers_xlsx",
    "ACTIVITY_COLUMNS",
    "RECOMMENDATION_COLUMNS",
    "MEMBER_COLUMNS",
    "PLAN_COLUMNS",
    "FIGURE_LABELS",
    "INVESTMENT_COLUMNS",
    "PROJECT_COLUMNS",
]
