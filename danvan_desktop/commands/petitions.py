"""`danvan petitions list|export|warnings|report|receptions`: the petition register without the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import date_arg as _date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("petitions", help="sổ theo dõi đơn thư, tiếp công dân, cảnh báo sớm")
    psub = p.add_subparsers(dest="petitions_command", required=True, metavar="THAO_TÁC")
    lp = psub.add_parser("list", help="liệt kê đơn (lọc, tìm không dấu)")
    add_db_args(lp)
    auth.add_user_arg(lp)
    lp.add_argument(
        "--search", default="", help="tìm theo số đơn, nội dung, người gửi (không cần dấu)"
    )
    lp.add_argument("--year", type=int)
    lp.add_argument("--status", help="trạng thái, ví dụ accepted, closed")
    lp.add_argument("--type", help="complaint, denunciation, recommendation, feedback, mixed")
    lp.add_argument("--overdue", action="store_true", help="chỉ đơn quá hạn")
    lp.set_defaults(handler=_list)
    ep = psub.add_parser(
        "export", help="xuất sổ theo dõi đơn thư hoặc sổ tiếp công dân ra Excel (.xlsx)"
    )
    add_db_args(ep)
    auth.add_user_arg(ep)
    ep.add_argument("--out", type=Path, required=True, help="tệp .xlsx")
    ep.add_argument("--year", type=int)
    ep.add_argument(
        "--book",
        choices=("register", "reception"),
        default="register",
        help="register: sổ theo dõi đơn thư (mặc định); reception: sổ tiếp công dân",
    )
    ep.set_defaults(handler=_export)
    rp = psub.add_parser("report", help="báo cáo định kỳ tiếp công dân, xử lý đơn thư (PDF)")
    add_db_args(rp)
    auth.add_user_arg(rp)
    rp.add_argument("--out", type=Path, required=True, help="tệp .pdf")
    rp.add_argument(
        "--from", dest="date_from", type=_date, required=True, help="từ ngày (dd/mm/yyyy)"
    )
    rp.add_argument("--to", dest="date_to", type=_date, required=True, help="đến ngày (dd/mm/yyyy)")
    rp.set_defaults(handler=_report)
    wp = psub.add_parser(
        "warnings", help="cảnh báo sớm: sắp đến hạn, quá hạn, tỷ lệ đúng hạn, điểm nóng"
    )
    add_db_args(wp)
    auth.add_user_arg(wp)
    wp.add_argument("--today", type=_date, help="tính tại ngày (mặc định: hôm nay)")
    wp.set_defaults(handler=_warnings)


def _list(args: argparse.Namespace) -> int:
    from danvan_desktop.services import petitions

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        f = petitions.PetitionFilter(
            text=args.search,
            year=args.year,
            status=args.status,
            type=args.type,
            deadline="overdue" if args.overdue else None,
        )
        offset = 0
        while rows := petitions.list_petitions(ctx, f, offset=offset, limit=500):
            for r in rows:
                due = f"{r.due_on:%d/%m/%Y}" if r.due_on else ""
                print(
                    f"{r.number_label}\t{r.received_on:%d/%m/%Y}\t{r.type_label}\t{r.status_label}\t"
                    f"{due}\t{r.deadline_label}\t{r.hamlet_name}\t{r.citizen}\t{r.summary}"
                )
            offset += len(rows)
        print(f"Tổng số: {petitions.count_petitions(ctx, f)}")
    finally:
        ctx.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports import petition_reports
    from danvan_desktop.services import petitions

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("Tệp xuất phải có đuôi .xlsx.")
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        if args.book == "reception":
            path = petition_reports.export_reception_book_xlsx(
                ctx, args.out, args.year or dt.date.today().year
            )
        else:
            path = petition_reports.export_register_xlsx(
                ctx, args.out, petitions.PetitionFilter(year=args.year)
            )
    finally:
        ctx.close()
    print(path)
    return 0


def _report(args: argparse.Namespace) -> int:
    from danvan_desktop.reports import petition_reports

    if args.out.suffix.lower() != ".pdf":
        raise CliError("Tệp báo cáo phải có đuôi .pdf.")
    if args.date_to < args.date_from:
        raise CliError("Ngày kết thúc kỳ báo cáo không thể trước ngày bắt đầu.")
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        path = petition_reports.export_period_report_pdf(
            ctx, args.out, args.date_from, args.date_to
        )
    finally:
        ctx.close()
    print(path)
    return 0


def _warnings(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.petitions import PetitionType
    from danvan_desktop.services import early_warning

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        ew = early_warning.compute(ctx, args.today)
    finally:
        ctx.close()
    pct = ew.on_time.percent
    print(f"Cảnh báo sớm tại ngày {ew.today:%d/%m/%Y}")
    print(f"Đơn chưa giải quyết xong: {ew.open_total}")
    print(f"Đến hạn trong tuần này: {ew.due_this_week}; sắp đến hạn: {ew.due_soon}")
    print(
        f"Quá hạn: {ew.overdue}"
        + "".join(f"; {PetitionType(t).label}: {n}" for t, n in ew.overdue_by_type.items())
    )
    print(
        f"Tỷ lệ giải quyết đúng hạn từ {ew.period_from:%d/%m/%Y}: "
        f"{_pct(pct)} ({ew.on_time.on_time}/{ew.on_time.total})"
    )
    for t, r in ew.on_time_by_type.items():
        if r.total:
            print(f"    {PetitionType(t).label}: {_pct(r.percent)} ({r.on_time}/{r.total})")
    print("Xu hướng theo tháng (tiếp nhận / giải quyết / đúng hạn):")
    for m in ew.trend:
        print(f"    {m.label}: {m.received} / {m.resolved} / {m.on_time}")
    hot = [h for h in ew.hamlets + ew.topics if h.hot]
    print(
        "Điểm nóng (90 ngày qua): "
        + ("; ".join(f"{h.label} ({h.count} đơn)" for h in hot) or "không có")
    )
    for r in ew.overdue_list[:10]:
        print(
            f"    Quá hạn: {r.number_label} hạn {r.due_on:%d/%m/%Y} – {r.type_label} – {r.summary}"
        )
    for c in ew.commitments_overdue[:10]:
        print(f"    Cam kết quá hạn {c.days_overdue} ngày: {c.what} ({c.owner})")
    return 0


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%".replace(".", ",")
