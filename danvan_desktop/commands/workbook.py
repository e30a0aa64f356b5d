"""`danvan export workbook OUT.xlsx`: the consolidated Excel workbook (issue 11, "Today"): a
cover sheet and one sheet per area's table, over this commune or, at the upper level, every
commune below it. Logs in (`--user`, password from DANVAN_PASSWORD or stdin)."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import date_arg as _date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="xuất tài liệu tổng hợp: sổ tổng hợp Excel")
    esub = p.add_subparsers(dest="export_command", required=True, metavar="TÀI_LIỆU")
    w = esub.add_parser(
        "workbook", help="sổ tổng hợp Excel: mỗi lĩnh vực một trang tính, kèm trang mục lục"
    )
    add_db_args(w)
    auth.add_user_arg(w)
    w.add_argument("out", type=Path, metavar="TỆP.xlsx", help="tệp Excel cần ghi")
    w.add_argument(
        "--date",
        type=_date,
        default=None,
        help="số liệu tính đến ngày (dd/mm/yyyy; mặc định hôm nay)",
    )
    w.set_defaults(handler=_workbook)


def _workbook(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.workbook import export_workbook

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("Tệp xuất phải có đuôi .xlsx.")
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        result = export_workbook(ctx, args.out, args.date)
    finally:
        ctx.close()
    for title, n in result.sheets:
        print(f"{title}: {n} dòng")
    print(result.path)
    return 0
