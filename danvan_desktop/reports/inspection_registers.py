"""Excel registers of the People's Inspection Board and the supervision boards: activities,
recommendations, members, plans, yearly figures, investment supervision and projects, one sheet
each, and the figure labels the period reports share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import Progress
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services.context import AppContext

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
