"""`danvan plans …`: implementing plans without the GUI (issue 11).

List the commune's plans (list), the documents from above it must answer (directives), start a
draft plan answering one of them (from-directive), the items overdue or due within some days
(due), and mark an item done (done). Every command logs in (`--user`, password from
DANVAN_PASSWORD or stdin).
"""

from __future__ import annotations

import argparse
import datetime as dt

from danvan_desktop.cli import CliError, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import date_arg as _date
from danvan_desktop.commands.args import subcommand as _add

STATUSES = {
    "draft": "dự thảo",
    "issued": "đã ban hành",
    "late": "ban hành chậm",
    "has_overdue": "có việc quá hạn",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plans", help="kế hoạch thực hiện văn bản cấp trên, công việc đến hạn")
    psub = p.add_subparsers(dest="plans_command", required=True, metavar="THAO_TÁC")
    x = _add(psub, "list", "danh sách kế hoạch của xã, tỷ lệ công việc đã xong", _list)
    x.add_argument("--year", type=int, help="năm của kế hoạch")
    x.add_argument(
        "--status",
        choices=sorted(STATUSES),
        help="lọc: " + ", ".join(f"{k} ({v})" for k, v in STATUSES.items()),
    )
    x.add_argument("--search", default="", help="tìm theo số, trích yếu (không cần dấu)")
    x = _add(psub, "directives", "văn bản cấp trên phải có kế hoạch thực hiện", _directives)
    x.add_argument("--year", type=int)
    x = _add(psub, "from-directive", "lập dự thảo kế hoạch thực hiện một văn bản", _from_directive)
    x.add_argument("directive", help="mã văn bản (cột đầu của `danvan plans directives`)")
    x.add_argument("--year", type=int)
    x.add_argument("--issuer", default="UBND xã", help="cơ quan ban hành (mặc định UBND xã)")
    x = _add(psub, "due", "công việc quá hạn và sắp đến hạn", _due)
    x.add_argument("--days", type=int, default=None, help="số ngày tới (mặc định theo cài đặt: 7)")
    x.add_argument("--today", type=_date, default=None, help=argparse.SUPPRESS)
    x = _add(
        psub,
        "directive-add",
        "ghi một văn bản cấp trên (cấp tỉnh: gửi xuống các xã)",
        _add_directive,
    )
    x.add_argument("--number", required=True, help="số văn bản, ví dụ 45-KH/ĐU")
    x.add_argument("--date", type=_date, required=True, help="ngày ban hành (dd/mm/yyyy)")
    x.add_argument("--issuer", required=True, help="cơ quan ban hành")
    x.add_argument("--title", required=True, help="trích yếu")
    x.add_argument("--due", type=_date, required=True, help="hạn ban hành kế hoạch của cấp dưới")
    x.add_argument("--report-due", type=_date, default=None, help="hạn báo cáo kết quả")
    x = _add(psub, "warn-days", "số ngày báo trước hạn công việc (mặc định 7)", _warn_days)
    x.add_argument("days", type=int)
    x = _add(psub, "done", "đánh dấu một công việc đã hoàn thành", _done)
    x.add_argument("item", help="mã công việc (cột đầu của `danvan plans due`)")
    x.add_argument("--on", type=_date, required=True, help="ngày hoàn thành (dd/mm/yyyy)")


def _session(args: argparse.Namespace, *need: object):  # noqa: ANN202
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args, *need)
    except BaseException:
        ctx.close()
        raise
    return ctx


def _list(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.plans import plans as svc
    from danvan_desktop.services.plans.common import fmt_percent

    today = dt.date.today()
    ctx = _session(args)
    try:
        rows = svc.list_plans(ctx, svc.PlanFilter(args.search, args.year, args.status), today)
    finally:
        ctx.close()
    for p in rows:
        d = p.directive
        answers = f"\ttrả lời {d.number} (hạn {fmt_date(d.plan_due_on)})" if d else ""
        print(
            f"{p.id}\t{p.number or '(chưa có số)'}\t{fmt_date(p.issued_on)}\t"
            f"{p.state_label(today)}\t{p.items_done}/{p.items_total} việc xong "
            f"({fmt_percent(p.share_done)})\t{p.title}{answers}"
        )
    print(f"Tổng số: {len(rows)} kế hoạch")
    return 0


def _directives(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.plans import directives as dirs
    from danvan_desktop.services.plans import plans as svc

    today = dt.date.today()
    ctx = _session(args)
    try:
        rows = dirs.list_directives(ctx, year=args.year)
        answered = {p.directive_id: p for p in svc.list_plans(ctx, today=today) if p.issued}
    finally:
        ctx.close()
    for d in rows:
        plan = answered.get(d.id)
        if plan is not None:
            state = f"đã có kế hoạch {plan.number}" + (" (chậm)" if plan.late else "")
        else:
            state = "chưa có kế hoạch" + (" – quá hạn" if d.plan_due_on < today else "")
        print(
            f"{d.id}\t{d.number}\t{fmt_date(d.issued_on)}\t{d.issuer}\t"
            f"hạn {fmt_date(d.plan_due_on)}\t{state}\t{d.title}"
        )
    print(f"Tổng số: {len(rows)} văn bản")
    return 0


def _from_directive(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.plans import directives as dirs
    from danvan_desktop.services.plans import plans as svc

    ctx = _session(args, Permission.EDIT)
    try:
        d = dirs.get_directive(ctx, args.directive)
        pid = svc.plan_from_directive(ctx, d.id, args.year, args.issuer)
    finally:
        ctx.close()
    print(f"Đã lập dự thảo kế hoạch thực hiện {d.number}: mã {pid}")
    print("Nhập số, ngày ban hành và các nội dung công việc trên màn hình Kế hoạch.")
    return 0


def _due(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.plans import plans as svc
    from danvan_desktop.services.plans.common import warn_days

    if args.days is not None and not 0 <= args.days <= 366:
        raise CliError("Số ngày phải từ 0 đến 366.")
    today = args.today or dt.date.today()
    ctx = _session(args)
    try:
        if args.days is None:
            with ctx.read() as s:
                days = warn_days(s)
        else:
            days = args.days
        rows = svc.items_due(ctx, days, today)
    finally:
        ctx.close()
    for r in rows:
        i = r.item
        print(
            f"{i.id}\t{fmt_date(i.due_on)}\t{i.status_label}\t{i.responsible}\t{i.content}\t"
            f"(kế hoạch {r.plan_number or r.plan_title})"
        )
    late = sum(1 for r in rows if r.item.status == "overdue")
    print(f"Quá hạn: {late}; đến hạn trong {days} ngày tới: {len(rows) - late}")
    return 0


def _done(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.plans import plans as svc

    ctx = _session(args, Permission.EDIT)
    try:
        svc.mark_done(ctx, args.item, args.on)
    finally:
        ctx.close()
    print(f"Đã ghi nhận hoàn thành ngày {args.on:%d/%m/%Y}.")
    return 0


def _add_directive(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.plans import directives as dirs
    from danvan_desktop.services.upper_level import is_upper_level

    ctx = _session(args, Permission.EDIT)
    try:
        data = dirs.DirectiveInput(
            args.number, args.date, args.issuer, args.title, args.due, args.report_due
        )
        did = dirs.save_directive(ctx, data)
        upper = is_upper_level(ctx)
    finally:
        ctx.close()
    where = (
        "gửi xuống các xã bằng `danvan rollup reference`"
        if upper
        else "xã tự theo dõi, gửi lên cùng dữ liệu của xã"
    )
    print(f"Đã ghi văn bản {args.number}: mã {did} ({where}).")
    return 0


def _warn_days(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.plans import plans as svc

    ctx = _session(args, Permission.EDIT)
    try:
        svc.set_warn_days(ctx, args.days)
    finally:
        ctx.close()
    print(f"Công việc sẽ được báo trước {args.days} ngày khi đến hạn.")
    return 0
