"""`danvan inspection summary|check|export`: the People's Inspection Board and the supervision
boards without the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands import auth

PERIODS = ("quarter", "half", "nine_months", "year")
DOCS = ("registers", "summary", "report", "recommendation", "investment")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "inspection", help="Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng"
    )
    isub = p.add_subparsers(dest="inspection_command", required=True, metavar="THAO_TÁC")

    sp = isub.add_parser(
        "summary",
        help="số liệu một kỳ: hoạt động, kiến nghị, tỷ lệ trả lời đúng hạn, giám sát đầu tư",
    )
    add_db_args(sp)
    auth.add_user_arg(sp)
    _period_args(sp)
    sp.add_argument(
        "--by-unit", action="store_true", help="từng xã (cấp trên, sau khi nhận gói dữ liệu)"
    )
    sp.set_defaults(handler=_summary)

    cp = isub.add_parser(
        "check", help="kiểm tra thành phần Ban (nhiệm kỳ hiện tại) và các Ban giám sát đầu tư"
    )
    add_db_args(cp)
    auth.add_user_arg(cp)
    cp.set_defaults(handler=_check)

    ep = isub.add_parser("export", help="xuất sổ theo dõi (.xlsx) hoặc báo cáo, kiến nghị (.pdf)")
    add_db_args(ep)
    auth.add_user_arg(ep)
    ep.add_argument("--out", type=Path, required=True, help="tệp .xlsx hoặc .pdf")
    ep.add_argument(
        "--doc",
        choices=DOCS,
        default=None,
        help="registers (Excel, mặc định cho .xlsx), summary (PDF theo kỳ, mặc định cho .pdf), "
        "report (báo cáo đã lưu, cần --id), recommendation (văn bản kiến nghị, cần --id), "
        "investment (báo cáo giám sát đầu tư của cộng đồng)",
    )
    ep.add_argument("--id", help="mã báo cáo hoặc kiến nghị")
    _period_args(ep)
    ep.set_defaults(handler=_export)


def _period_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, default=None, help="năm (mặc định: năm nay)")
    p.add_argument(
        "--period", choices=PERIODS, default="year", help="kỳ: quý, 6 tháng, 9 tháng, năm"
    )
    p.add_argument("--number", type=int, default=None, help="quý (1–4) hoặc nửa năm (1–2)")


def _period(args: argparse.Namespace):  # noqa: ANN202
    from danvan_desktop.domain.inspection import period

    return period(args.period, args.year or dt.date.today().year, args.number)


def _summary(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.inspection import format_rate
    from danvan_desktop.reports.pdf_layout import format_number
    from danvan_desktop.services import inspection as svc
    from danvan_desktop.services import investment_supervision as inv

    p = _period(args)
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        if args.by_unit:
            print(
                "Mã\tĐơn vị\tCuộc giám sát, kiểm tra\tKiến nghị\tĐã trả lời\tĐúng hạn\tQuá hạn\tTỷ "
                "lệ đúng hạn"
            )
            for u in svc.figures_by_unit(ctx, p):
                a = u.figures.answers
                print(
                    f"{u.unit_code}\t{u.unit_name}\t{u.figures.activities}\t{u.figures.recommendations}\t"
                    f"{a.answered}\t{a.on_time}\t{a.overdue}\t{format_rate(a.on_time_rate)}"
                )
            return 0
        f = svc.board_figures(ctx, p)
        g = inv.figures(ctx, p)
    finally:
        ctx.close()
    a = f.answers
    print(f"Kỳ: {p.label}")
    print("Ban Thanh tra nhân dân:")
    for label, value in (
        ("Thành viên", f.members),
        ("Kế hoạch", f.plans),
        ("Cuộc giám sát, kiểm tra, xác minh", f.activities),
        (
            "  giám sát / kiểm tra / xác minh",
            f"{f.supervisions} / {f.inspections} / {f.verifications}",
        ),
        ("Gửi kế hoạch chậm", f.notice_late),
        ("Biên bản được MTTQ xác nhận", f.minutes_confirmed),
        ("Đơn thư được xác minh", f.petitions_verified),
        ("Kiến nghị", f.recommendations),
        ("  đã trả lời (đúng hạn / quá hạn)", f"{a.answered} ({a.on_time} / {a.late})"),
        ("  quá hạn chưa trả lời", a.overdue),
        ("  đang chờ", a.waiting),
        ("Tỷ lệ trả lời đúng hạn 15 ngày", format_rate(a.on_time_rate)),
    ):
        print(f"  {label}: {value}")
    print("Giám sát đầu tư của cộng đồng:")
    for label, value in (
        ("Ban đang hoạt động", g.boards_active),
        ("Công trình được giám sát", g.works_supervised),
        ("Cuộc giám sát", g.supervisions),
        ("Vi phạm", g.violations),
        ("Kiến nghị", g.recommendations),
        ("Thu hồi (đồng)", format_number(g.recovered_vnd)),
        ("Giảm trừ quyết toán (đồng)", format_number(g.reduced_vnd)),
    ):
        print(f"  {label}: {value}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from danvan_desktop.services import inspection as svc
    from danvan_desktop.services import investment_supervision as inv

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        term = svc.current_term(ctx)
        if term is None:
            print("Chưa có nhiệm kỳ nào của Ban Thanh tra nhân dân.")
        else:
            warnings = svc.check_members(ctx, term.id)
            print(
                f"{term.name}: "
                + (
                    "thành phần Ban đúng quy định."
                    if not warnings
                    else f"{len(warnings)} điểm cần xem:"
                )
            )
            for w in warnings:
                print(f"  - {w.message}")
        for p in inv.list_projects(ctx, include_dissolved=False):
            warnings = inv.check_board(ctx, p.id)
            print(f"{p.name}: " + ("Ban giám sát đúng thành phần." if not warnings else ""))
            for w in warnings:
                print(f"  - {w.message}")
    finally:
        ctx.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports import inspection_reports as rep

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise CliError("Tệp xuất phải có đuôi .xlsx hoặc .pdf.")
    doc = args.doc or ("registers" if suffix == ".xlsx" else "summary")
    if (doc == "registers") != (suffix == ".xlsx"):
        raise CliError("Sổ theo dõi xuất ra .xlsx; báo cáo và kiến nghị xuất ra .pdf.")
    if doc in ("report", "recommendation") and not args.id:
        raise CliError(
            "Cần --id của báo cáo hoặc kiến nghị (xem trong phần mềm, cột Mã hồ sơ của sổ Excel)."
        )
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        if doc == "registers":
            path = rep.export_registers_xlsx(ctx, args.out, args.year)
        elif doc == "summary":
            path = rep.export_summary_pdf(ctx, _period(args), args.out)
        elif doc == "report":
            path = rep.export_report_pdf(ctx, args.id, args.out)
        elif doc == "recommendation":
            path = rep.export_recommendation_pdf(ctx, args.id, args.out)
        else:
            path = rep.export_investment_pdf(ctx, args.year or dt.date.today().year, args.out)
    finally:
        ctx.close()
    print(path)
    return 0
