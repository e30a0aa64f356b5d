"""`danvan answers …`: answers the commune owes (voters' petitions, the Fatherland Front's
recommendations) with their due dates, recording a voters' petition and an answer."""

from __future__ import annotations

import argparse
import datetime as dt

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import date_arg as _date

STATES = ("open", "due_soon", "overdue", "answered", "late")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "answers", help="trả lời kiến nghị cử tri, kiến nghị của MTTQ; tự kiểm tra phong trào"
    )
    asub = p.add_subparsers(dest="answers_command", required=True, metavar="THAO_TÁC")

    lp = asub.add_parser("list", help="danh sách kiến nghị phải trả lời, hạn trả lời, tình trạng")
    add_db_args(lp)
    auth.add_user_arg(lp)
    lp.add_argument("--source", choices=("voters", "front"), help="cử tri hoặc MTTQ")
    lp.add_argument(
        "--state", choices=STATES, default=None, help="open (chưa trả lời), overdue, answered…"
    )
    lp.add_argument("--today", type=_date, default=None, help="ngày xét (dd/mm/yyyy)")
    lp.set_defaults(handler=_list)

    vp = asub.add_parser("add-voter", help="ghi một kiến nghị cử tri sau kỳ họp HĐND")
    add_db_args(vp)
    auth.add_user_arg(vp)
    vp.add_argument("--received", type=_date, required=True, help="ngày nhận (dd/mm/yyyy)")
    vp.add_argument("--content", required=True, help="nội dung kiến nghị")
    vp.add_argument("--body", default="HĐND xã", help="cơ quan chuyển (mặc định HĐND xã)")
    vp.add_argument("--session", default="", help="kỳ họp")
    vp.add_argument("--field", default="", help="lĩnh vực")
    vp.add_argument("--responsible", default="", help="đơn vị, người chịu trách nhiệm trả lời")
    vp.add_argument("--days", type=int, default=None, help="thời hạn riêng (ngày), cần --reason")
    vp.add_argument("--reason", default="", help="lý do đặt thời hạn riêng")
    vp.set_defaults(handler=_add_voter)

    ap = asub.add_parser("answer", help="ghi nhận trả lời một kiến nghị")
    add_db_args(ap)
    auth.add_user_arg(ap)
    ap.add_argument("id", help="mã kiến nghị (xem `danvan answers list`)")
    ap.add_argument("--date", type=_date, required=True, help="ngày trả lời (dd/mm/yyyy)")
    ap.add_argument("--content", required=True, help="nội dung trả lời")
    ap.add_argument("--ref", default="", help="số văn bản trả lời")
    ap.add_argument("--by", default="", help="người ký, đơn vị trả lời")
    ap.set_defaults(handler=_answer)


def _find(ctx, prefix: str) -> str:  # noqa: ANN001
    """The record's id as `list` prints it, or its unique beginning."""
    from danvan_desktop.services.answers import owed

    matches = [
        r.id
        for r in owed.list_items(ctx, owed.OwedFilter(), dt.date.today())
        if r.id.startswith(prefix)
    ]
    if len(matches) != 1:
        raise CliError(
            f"Không tìm thấy kiến nghị có mã “{prefix}”."
            if not matches
            else f"Mã “{prefix}” trùng với {len(matches)} kiến nghị: hãy ghi đủ mã."
        )
    return matches[0]


def _list(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.answers import owed

    today = args.today or dt.date.today()
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        rows = owed.list_items(ctx, owed.OwedFilter(source=args.source, state=args.state), today)
    finally:
        ctx.close()
    print("Mã\tNguồn\tNgày nhận\tHạn trả lời\tNgày trả lời\tTình trạng\tNội dung")
    for r in rows:
        source = "Cử tri" if r.source == "voters" else "MTTQ"
        print(
            f"{r.id}\t{source}\t{fmt_date(r.received_on)}\t{fmt_date(r.due_on)}\t"
            f"{fmt_date(r.answered_on)}\t{r.status_label}\t{r.content}"
        )
    overdue = sum(1 for r in rows if r.status.value == "overdue")
    print(
        f"Tổng: {len(rows)} kiến nghị, {overdue} quá hạn chưa trả lời (ngày xét {fmt_date(today)})."
    )
    return 0


def _add_voter(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.answers import owed

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args, Permission.EDIT)
        item = owed.save_item(
            ctx,
            owed.OwedInput(
                args.content,
                args.received,
                "voters",
                args.body,
                args.session,
                None,
                args.field,
                args.responsible,
                args.days,
                args.reason,
            ),
        )
        row = owed.get_item(ctx, item, dt.date.today())
    finally:
        ctx.close()
    print(f"Đã ghi kiến nghị cử tri {item}: hạn trả lời {fmt_date(row.due_on)}.")
    return 0


def _answer(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.answers import owed
    from danvan_desktop.services.answers.rules import STATUS_LABELS

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args, Permission.EDIT)
        item = _find(ctx, args.id)
        st = owed.record_answer(ctx, item, args.date, args.content, args.ref, args.by)
    finally:
        ctx.close()
    print(f"Đã ghi nhận trả lời kiến nghị {item}: {STATUS_LABELS[st].lower()}.")
    return 0
