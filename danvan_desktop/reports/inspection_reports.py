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
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.inspection import ActivityKind, Period, PeriodKind
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.reports.fonts import SERIF, register_fonts
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


# ---- Excel registers ----------------------------------------------------------------------

ACTIVITY_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Hình thức", 14),
    Column("Đối tượng, nội dung giám sát, kiểm tra", 44, wrap=True),
    Column("Ngày bắt đầu", 12, "date"),
    Column("Ngày kết thúc", 12, "date"),
    Column("Hạn gửi kế hoạch", 13, "date"),
    Column("Gửi MTTQ", 12, "date"),
    Column("Gửi Chủ tịch UBND", 12, "date"),
    Column("Gửi đối tượng", 12, "date"),
    Column("Gửi kế hoạch chậm", 10, "bool"),
    Column("Kết quả phát hiện", 40, wrap=True),
    Column("Kết luận, kiến nghị", 36, wrap=True),
    Column("Ngày lập biên bản", 12, "date"),
    Column("MTTQ xác nhận ngày", 12, "date"),
    Column("Người xác nhận", 24, wrap=True),
    Column("Đơn thư được xác minh", 30, wrap=True),
    Column("Số kiến nghị", 10, "int"),
    Column("Mã hồ sơ", 38),
]

RECOMMENDATION_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Số văn bản", 14),
    Column("Ngày gửi", 12, "date"),
    Column("Ngày UBND nhận", 12, "date"),
    Column("Nơi nhận", 24, wrap=True),
    Column("Nội dung kiến nghị", 48, wrap=True),
    Column("Hạn trả lời", 12, "date"),
    Column("Ngày trả lời", 12, "date"),
    Column("Số văn bản trả lời", 14),
    Column("Nội dung trả lời", 40, wrap=True),
    Column("Tình trạng", 20),
    Column("Số ngày chậm", 10, "int"),
    Column("Kết quả thực hiện", 16),
    Column("Ngày theo dõi", 12, "date"),
    Column("Ghi chú theo dõi", 30, wrap=True),
    Column("Qua cuộc giám sát", 36, wrap=True),
    Column("Mã hồ sơ", 38),
]

MEMBER_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Họ và tên", 26),
    Column("Chức danh", 16),
    Column("Thôn, tổ dân phố", 24),
    Column("Ngày bầu", 12, "date"),
    Column("Ngày thôi", 12, "date"),
    Column("Lý do thôi", 24, wrap=True),
    Column("Nghề nghiệp", 20),
    Column("Điện thoại", 14),
    Column("Còn trong Ban", 10, "bool"),
]

PLAN_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Kỳ", 22),
    Column("Tên kế hoạch", 40, wrap=True),
    Column("Số văn bản", 14),
    Column("Ngày ban hành", 12, "date"),
    Column("Mục đích", 36, wrap=True),
    Column("Nội dung", 40, wrap=True),
    Column("Thời gian", 20, wrap=True),
    Column("Kinh phí (đ)", 14, "int"),
    Column("Số cuộc đã làm", 10, "int"),
]

FIGURE_LABELS = [
    ("members", "Số thành viên Ban"),
    ("plans", "Kế hoạch đã ban hành"),
    ("activities", "Cuộc giám sát, kiểm tra, xác minh"),
    ("supervisions", "   – Giám sát"),
    ("inspections", "   – Kiểm tra"),
    ("verifications", "   – Xác minh vụ việc"),
    ("notice_late", "Cuộc gửi kế hoạch chậm (dưới 05 ngày làm việc)"),
    ("minutes_confirmed", "Biên bản được MTTQ xác nhận"),
    ("petitions_verified", "Đơn thư của công dân được xác minh"),
    ("recommendations", "Kiến nghị gửi UBND xã"),
    ("answers.answered", "   – Đã được trả lời"),
    ("answers.on_time", "   – Trả lời đúng hạn"),
    ("answers.late", "   – Trả lời quá hạn"),
    ("answers.overdue", "   – Quá hạn chưa trả lời"),
    ("follow_up_done", "Kiến nghị đã được thực hiện"),
]

INVESTMENT_COLUMNS = [
    Column("Kỳ", 20),
    Column("Ban đang hoạt động", 12, "int"),
    Column("Ban thành lập", 10, "int"),
    Column("Ban giải thể", 10, "int"),
    Column("Công trình được giám sát", 14, "int"),
    Column("Giá trị công trình (đ)", 18, "int"),
    Column("Cuộc giám sát", 10, "int"),
    Column("Vi phạm phát hiện", 10, "int"),
    Column("Giá trị vi phạm (đ)", 16, "int"),
    Column("Kiến nghị", 10, "int"),
    Column("Đã được trả lời", 10, "int"),
    Column("Thu hồi (đ)", 16, "int"),
    Column("Giảm trừ quyết toán (đ)", 16, "int"),
]

PROJECT_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Công trình, dự án", 40, wrap=True),
    Column("Chủ đầu tư", 20, wrap=True),
    Column("Nguồn vốn", 26, wrap=True),
    Column("Địa điểm", 20, wrap=True),
    Column("Khởi công", 12, "date"),
    Column("Hoàn thành", 12, "date"),
    Column("Giá trị (đ)", 16, "int"),
    Column("QĐ thành lập Ban", 14),
    Column("Ngày thành lập", 12, "date"),
    Column("Ngày giải thể", 12, "date"),
    Column("Thành viên", 10, "int"),
    Column("Cuộc giám sát", 10, "int"),
    Column("Vi phạm", 10, "int"),
    Column("Kiến nghị", 10, "int"),
    Column("Đã trả lời", 10, "int"),
    Column("Thu hồi (đ)", 14, "int"),
    Column("Giảm trừ (đ)", 14, "int"),
]


def figure_value(f: rules.BoardFigures, key: str) -> int:
    obj: object = f
    for part in key.split("."):
        obj = getattr(obj, part)
    return int(obj)  # type: ignore[call-overload]


def _activity_rows(
    ctx: AppContext, f: svc.ActivityFilter, progress: Progress | None
) -> Iterator[list]:
    for i, a in enumerate(svc.iter_activities(ctx, f), start=1):
        if progress is not None and i % 200 == 0:
            progress.check()
        verified = "; ".join(p["ref"] or p["petition_id"] or "" for p in a.petitions)
        yield [
            i,
            a.kind_label,
            a.subject,
            a.starts_on,
            a.ends_on,
            a.latest_notice_on,
            a.sent_mttq_on,
            a.sent_chairman_on,
            a.sent_subject_on,
            a.notice_late,
            a.findings,
            a.conclusion,
            a.minutes_on,
            a.minutes_confirmed_on,
            a.minutes_confirmed_by,
            verified,
            a.recommendations,
            a.id,
        ]


def _recommendation_rows(
    ctx: AppContext, f: svc.RecommendationFilter, today: dt.date, progress: Progress | None
) -> Iterator[list]:
    for i, r in enumerate(svc.iter_recommendations(ctx, f, today), start=1):
        if progress is not None and i % 200 == 0:
            progress.check()
        yield [
            i,
            r.doc_no,
            r.sent_on,
            r.received_on,
            r.addressee,
            r.content,
            r.due_on,
            r.answered_on,
            r.answer_ref,
            r.answer_summary,
            r.status_label,
            r.days_late(today),
            r.follow_up_label,
            r.follow_up_on,
            r.follow_up_note,
            r.activity_subject,
            r.id,
        ]


def _figure_rows(ctx: AppContext, year: int, today: dt.date) -> list[list]:
    periods = [rules.period("quarter", year, q) for q in (1, 2, 3, 4)] + [
        rules.period("year", year)
    ]
    figures = [svc.board_figures(ctx, p, today) for p in periods]
    rows = [[label, *(figure_value(f, key) for f in figures)] for key, label in FIGURE_LABELS]
    rows.append(
        [
            "Tỷ lệ trả lời đúng hạn 15 ngày",
            *(rules.format_rate(f.answers.on_time_rate) for f in figures),
        ]
    )
    return rows


def _investment_rows(ctx: AppContext, year: int) -> list[list]:
    out = []
    for q in inv.year_by_quarter(ctx, year):
        f = q.figures
        out.append(
            [
                q.period.label,
                f.boards_active,
                f.boards_established,
                f.boards_dissolved,
                f.works_supervised,
                f.works_value_vnd,
                f.supervisions,
                f.violations,
                f.violation_value_vnd,
                f.recommendations,
                f.recommendations_answered,
                f.recovered_vnd,
                f.reduced_vnd,
            ]
        )
    return out


def _project_rows(ctx: AppContext, year: int | None, today: dt.date) -> list[list]:
    return [
        [
            i,
            p.name,
            p.investor,
            p.capital_source,
            p.location,
            p.starts_on,
            p.ends_on,
            p.value_vnd,
            p.board_decision_no,
            p.board_established_on,
            p.dissolved_on,
            p.members,
            p.supervisions,
            p.violations,
            p.recommendations,
            p.answered,
            p.recovered_vnd,
            p.reduced_vnd,
        ]
        for i, p in enumerate(inv.list_projects(ctx, year=year, today=today), start=1)
    ]


def export_registers_xlsx(
    ctx: AppContext,
    out: Path,
    year: int | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Sổ theo dõi: activities, recommendations, members, plans, the figures by quarter, and the
    supervision boards (projects and the provincial form's figures); `year` None: everything."""
    today = today or dt.date.today()
    h = unit_header(ctx)
    fig_year = year or today.year
    where = f"{h.unit_name.upper()} — {h.province_name}" if h.province_name else h.unit_name.upper()
    scope = f" NĂM {year}" if year else ""
    stamp = f"Tính đến ngày {fmt_date(today)}"
    term = svc.current_term(ctx, today)
    sheets = [
        SheetSpec(
            "Giám sát, kiểm tra",
            ACTIVITY_COLUMNS,
            _activity_rows(ctx, svc.ActivityFilter(year=year), progress),
            heading=(
                f"{where}\nSỔ THEO DÕI HOẠT ĐỘNG GIÁM SÁT, KIỂM TRA CỦA BAN THANH TRA NHÂN DÂN"
                f"{scope}\n{stamp}"
            ),
            landscape=True,
        ),
        SheetSpec(
            "Kiến nghị",
            RECOMMENDATION_COLUMNS,
            _recommendation_rows(ctx, svc.RecommendationFilter(year=year), today, progress),
            heading=f"{where}\nSỔ THEO DÕI KIẾN NGHỊ CỦA BAN THANH TRA NHÂN DÂN{scope}\n{stamp}; "
            "hạn trả lời 15 ngày kể từ ngày UBND xã nhận kiến nghị",
            landscape=True,
        ),
    ]
    if term is not None:
        members = [
            [
                i,
                m.full_name,
                m.role_label,
                m.hamlet_name,
                m.elected_on,
                m.left_on,
                m.left_reason,
                m.occupation,
                m.phone,
                m.active,
            ]
            for i, m in enumerate(svc.list_members(ctx, term.id, today), start=1)
        ]
        plans = [
            [
                i,
                p.period_label,
                p.title,
                p.doc_no,
                p.issued_on,
                p.purpose,
                p.content,
                p.timing,
                p.budget_vnd,
                p.activities,
            ]
            for i, p in enumerate(svc.list_plans(ctx, term.id, year), start=1)
        ]
        sheets += [
            SheetSpec(
                "Thành viên",
                MEMBER_COLUMNS,
                members,
                heading=f"{where}\nDANH SÁCH THÀNH VIÊN BAN THANH TRA NHÂN DÂN\n{term.name}",
            ),
            SheetSpec(
                "Kế hoạch",
                PLAN_COLUMNS,
                plans,
                heading=f"{where}\nKẾ HOẠCH HOẠT ĐỘNG CỦA BAN THANH TRA NHÂN DÂN\n{term.name}",
                landscape=True,
            ),
        ]
    sheets += [
        SheetSpec(
            "Tổng hợp BTTND",
            [Column("Chỉ tiêu", 44)]
            + [Column(c, 12, "int") for c in ("Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm")],
            _figure_rows(ctx, fig_year, today),
            heading=f"{where}\nKẾT QUẢ HOẠT ĐỘNG CỦA BAN THANH TRA NHÂN DÂN NĂM {fig_year}\n{stamp}",
        ),
        SheetSpec(
            "Giám sát đầu tư",
            INVESTMENT_COLUMNS,
            _investment_rows(ctx, fig_year),
            heading=f"{where}\nKẾT QUẢ GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG NĂM {fig_year}\n{stamp}",
            landscape=True,
        ),
        SheetSpec(
            "Công trình",
            PROJECT_COLUMNS,
            _project_rows(ctx, year, today),
            heading=f"{where}\nCÔNG TRÌNH CÓ BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG{scope}",
            landscape=True,
        ),
    ]
    reports = [
        [i, r.period.label, r.doc_no, r.report_date, r.title, r.sent_on, r.id]
        for i, r in enumerate(svc.list_reports(ctx, year), start=1)
    ]
    sheets.append(
        SheetSpec(
            "Báo cáo",
            [
                Column("STT", 6, "int"),
                Column("Kỳ báo cáo", 24),
                Column("Số", 14),
                Column("Ngày", 12, "date"),
                Column("Tiêu đề", 60, wrap=True),
                Column("Ngày gửi MTTQ", 12, "date"),
                Column("Mã hồ sơ", 38),
            ],
            reports,
            heading=f"{where}\nBÁO CÁO CỦA BAN THANH TRA NHÂN DÂN{scope}",
        )
    )
    by_unit = svc.figures_by_unit(ctx, rules.period("year", fig_year), today)
    if len(by_unit) > 1 or h.level != "commune":
        sheets.append(
            SheetSpec(
                "Theo đơn vị",
                [
                    Column("Mã đơn vị", 10),
                    Column("Đơn vị", 28),
                    Column("Cuộc giám sát, kiểm tra", 14, "int"),
                    Column("Kiến nghị", 10, "int"),
                    Column("Đã trả lời", 10, "int"),
                    Column("Đúng hạn", 10, "int"),
                    Column("Quá hạn chưa trả lời", 12, "int"),
                    Column("Tỷ lệ đúng hạn", 12),
                ],
                [
                    [
                        u.unit_code,
                        u.unit_name,
                        u.figures.activities,
                        u.figures.recommendations,
                        u.figures.answers.answered,
                        u.figures.answers.on_time,
                        u.figures.answers.overdue,
                        rules.format_rate(u.figures.answers.on_time_rate),
                    ]
                    for u in by_unit
                ],
                heading=f"{where}\nHOẠT ĐỘNG CỦA BAN THANH TRA NHÂN DÂN CÁC ĐƠN VỊ NĂM {fig_year}",
            )
        )
    return write_table_workbook(
        Path(out), sheets, **layout_callbacks(progress, "Đang ghi tệp Excel…")
    )


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
