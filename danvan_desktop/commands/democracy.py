"""`danvan democracy …`: dissemination and grassroots democracy without the GUI (issue 11).

List a year's dissemination events (events), publicity items with today's status (publicity),
the matters the hamlets decided with their result (matters) and the village charters with their
revisions (charters). Every command logs in (`--user`, password from DANVAN_PASSWORD or stdin).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from danvan_desktop.cli import add_db_args, open_ctx
from danvan_desktop.commands import auth


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" không phải là năm (ví dụ 2026).') from None
    if not 1945 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"Năm {value} không hợp lệ.")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "democracy", help="tuyên truyền, công khai, Nhân dân bàn và quyết định, hương ước"
    )
    dsub = p.add_subparsers(dest="democracy_command", required=True, metavar="THAO_TÁC")
    for name, help_text, handler in (
        ("events", "các hoạt động quán triệt, tuyên truyền trong năm", _events),
        ("publicity", "các nội dung công khai trong năm và tình trạng hôm nay", _publicity),
        ("matters", "các nội dung Nhân dân bàn và quyết định, biểu quyết trong năm", _matters),
        ("charters", "hương ước, quy ước của các thôn và các lần sửa đổi", _charters),
    ):
        x = dsub.add_parser(name, help=help_text)
        add_db_args(x)
        auth.add_user_arg(x)
        x.add_argument(
            "--year",
            type=_year,
            default=None,
            help="năm (mặc định năm nay; với charters: chỉ bản thông qua hoặc sửa đổi trong năm)",
        )
        x.set_defaults(handler=handler)


def _run(args: argparse.Namespace, fn: Any) -> Any:
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        return fn(ctx)
    finally:
        ctx.close()


def _events(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.democracy import dissemination as svc

    year = args.year or dt.date.today().year
    rows = _run(args, lambda ctx: svc.list_events(ctx, year))
    print(f"Hoạt động quán triệt, tuyên truyền năm {year}: {len(rows)}")
    for r in reversed(rows):
        counted = [f"{r.total} người"] if r.total else []
        counted += [f"{r.items} tin, bài, lượt phát"] if r.items else []
        print(f"{fmt_date(r.held_on)}\t{r.kind_label}\t{r.title}\t{', '.join(counted)}")
    print(f"Tổng số lượt người tham dự: {sum(r.total for r in rows)}")
    return 0


def _publicity(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.democracy import publicity as svc

    today = dt.date.today()
    year = args.year or today.year
    rows = _run(args, lambda ctx: svc.list_items(ctx, year, today=today))
    print(f"Nội dung công khai năm {year}: {len(rows)}")
    for r in reversed(rows):
        until = fmt_date(r.posted_until) if r.posted_until else "chưa gỡ"
        print(
            f"{fmt_date(r.posted_from)} – {until}\t{r.form_label}\t{r.content}\t"
            f"{r.category_label}\t{r.status}"
        )
    return 0


def _matters(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.democracy import matters as svc

    year = args.year or dt.date.today().year
    rows = _run(args, lambda ctx: svc.list_matters(ctx, year))
    passed = sum(1 for r in rows if r.passed)
    print(
        f"Nội dung Nhân dân bàn và quyết định, biểu quyết năm {year}: {len(rows)} ({passed} thông qua)"
    )
    for r in reversed(rows):
        print(
            f"{fmt_date(r.meeting_on)}\t{r.hamlet_name}\t{r.matter}\t"
            f"{r.votes_for}/{r.households_total} hộ tán thành\t{r.result_label}"
        )
    return 0


def _charters(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.democracy import charters as svc

    rows = _run(args, lambda ctx: svc.list_charters(ctx, year=args.year))
    print(f"Hương ước, quy ước: {len(rows)}")
    for c in rows:
        flags = ("" if c.current else " (đã thay thế)") + (" – cần rà soát" if c.due_review else "")
        print(
            f"{c.hamlet_name}\t{c.kind_label}: {c.title}\tthông qua {fmt_date(c.adopted_on)}\t"
            f"lần {c.version}{flags}"
        )
        for x in c.revisions:
            print(f"  sửa đổi {fmt_date(x.revised_on)}: {x.changes} {x.decision_no}".rstrip())
    return 0
