"""`danvan report new|list|export|issue` and `danvan outgoing list|export`: periodic reports and
the outgoing-documents register without the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import date_arg as _date

KIND_ALIASES = {
    "month": "month",
    "quarter": "quarter",
    "half": "half",
    "6m": "half",
    "nine_months": "nine_months",
    "9m": "nine_months",
    "year": "year",
    "review": "review",
    "adhoc": "adhoc",
}


def _common(p: argparse.ArgumentParser) -> None:
    add_db_args(p)
    auth.add_user_arg(p)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="báo cáo định kỳ: lập, ban hành, xuất PDF hoặc Word")
    psub = p.add_subparsers(dest="report_command", required=True, metavar="THAO_TÁC")
    n = psub.add_parser("new", help="lập báo cáo mới cho một kỳ")
    _common(n)
    n.add_argument(
        "--kind",
        required=True,
        choices=sorted(KIND_ALIASES),
        help="month, quarter, half (6 tháng), nine_months (9 tháng), year, review, adhoc",
    )
    n.add_argument(
        "--period",
        default="",
        help="kỳ: 9/2026 (tháng, quý), 2026 (năm), 01/01/2026-30/09/2026 (sơ kết, đột xuất)",
    )
    n.add_argument("--layout", choices=("state", "party"), default="state")
    n.add_argument("--title", default="", help="trích yếu (mặc định theo loại và kỳ)")
    n.add_argument("--due", type=_date, help="hạn gửi cấp trên (mặc định theo quy định)")
    n.set_defaults(handler=_new)
    ls = psub.add_parser("list", help="liệt kê báo cáo của đơn vị")
    _common(ls)
    ls.set_defaults(handler=_list)
    ex = psub.add_parser("export", help="xuất báo cáo ra PDF hoặc Word (.docx)")
    _common(ex)
    ex.add_argument("id", help="mã báo cáo (xem `danvan report list`)")
    fmt = ex.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--pdf", type=Path, metavar="OUT", help="tệp .pdf")
    fmt.add_argument("--docx", type=Path, metavar="OUT", help="tệp .docx")
    ex.set_defaults(handler=_export)
    iss = psub.add_parser("issue", help="ban hành báo cáo: lấy số từ sổ văn bản đi")
    _common(iss)
    iss.add_argument("id")
    iss.add_argument("--date", type=_date, help="ngày ban hành (mặc định hôm nay)")
    iss.add_argument("--signer", default="", help="họ tên người ký (nếu chưa có)")
    iss.set_defaults(handler=_issue)

    o = sub.add_parser("outgoing", help="sổ văn bản đi")
    osub = o.add_subparsers(dest="outgoing_command", required=True, metavar="THAO_TÁC")
    ol = osub.add_parser("list", help="liệt kê văn bản đi")
    _common(ol)
    ol.add_argument("--year", type=int)
    ol.add_argument("--search", default="", help="tìm theo số, trích yếu (không cần dấu)")
    ol.set_defaults(handler=_outgoing_list)
    oe = osub.add_parser("export", help="xuất sổ văn bản đi ra Excel (.xlsx)")
    _common(oe)
    oe.add_argument("--out", type=Path, required=True)
    oe.add_argument("--year", type=int)
    oe.set_defaults(handler=_outgoing_export)


def _new(args: argparse.Namespace) -> int:
    from danvan_desktop.services.periodic_reports import periods
    from danvan_desktop.services.periodic_reports import reports as R

    kind = KIND_ALIASES[args.kind]
    today = dt.date.today()
    period = periods.parse_period(kind, args.period, today)
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        rid = R.create_report(ctx, period, args.layout, title=args.title, due_on=args.due)
        v = R.get_report(ctx, rid)
    finally:
        ctx.close()
    due = f", hạn gửi {v.due_on:%d/%m/%Y}" if v.due_on else ""
    print(f"Đã lập báo cáo {v.period.label}{due}: {rid}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from danvan_desktop.services.periodic_reports import reports as R

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        rows = R.list_reports(ctx)
    finally:
        ctx.close()
    for v in rows:
        due = f"{v.due_on:%d/%m/%Y}" if v.due_on else "—"
        print(
            f"{v.id}  {v.kind_label:<24} {v.period.label:<24} {v.status_label:<16} "
            f"{v.number_label or '—':<14} hạn {due}"
        )
    print(f"Tổng: {len(rows)} báo cáo")
    return 0


def _export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.periodic.writers import export_report

    out: Path = args.pdf or args.docx
    want = ".pdf" if args.pdf else ".docx"
    if out.suffix.lower() != want:
        raise CliError(f"Tệp xuất phải có đuôi {want}.")
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        path = export_report(ctx, args.id, out)
    finally:
        ctx.close()
    print(path)
    return 0


def _issue(args: argparse.Namespace) -> int:
    from danvan_desktop.services.periodic_reports import reports as R

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        if args.signer:
            R.update_header(ctx, args.id, {"signer_name": args.signer})
        number = R.issue(ctx, args.id, args.date)
    finally:
        ctx.close()
    print(f"Đã ban hành báo cáo số {number}")
    return 0


def _outgoing_list(args: argparse.Namespace) -> int:
    from danvan_desktop.services import outgoing

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        rows = outgoing.list_outgoing(ctx, args.year, args.search)
    finally:
        ctx.close()
    for r in rows:
        print(f"{r.number_label:<16} {r.day:%d/%m/%Y}  {r.type_label:<10} {r.summary}")
    print(f"Tổng: {len(rows)} văn bản")
    return 0


def _outgoing_export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.periodic.outgoing_xlsx import export_outgoing_xlsx

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("Tệp xuất phải có đuôi .xlsx.")
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        path = export_outgoing_xlsx(ctx, args.out, args.year)
    finally:
        ctx.close()
    print(path)
    return 0
