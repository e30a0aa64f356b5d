"""`danvan commendations …`: the commendations area without the GUI (issue 11).

list (proposals of a year, round or status), rounds, propose-from-data (the candidates the
year's records justify; --create ticks them all or the keys given, into a round), certificate
(the PDF of granted proposals) and export (the commendation list in Excel). Every command logs
in (`--user`, password from DANVAN_PASSWORD or stdin).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danvan_desktop.cli import CliError, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import subcommand as _add


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("commendations", help="khen thưởng: đề nghị, quyết định, giấy khen")
    csub = p.add_subparsers(dest="commendations_command", required=True, metavar="THAO_TÁC")
    x = _add(csub, "list", "liệt kê đề nghị khen thưởng và quyết định", _list)
    x.add_argument("--year", type=int, default=None, help="năm của đợt khen thưởng")
    x.add_argument("--status", default=None, help="proposed, submitted, granted, refused")
    x.add_argument("--search", default="", help="tìm theo tên (không cần dấu)")
    _add(csub, "rounds", "liệt kê các đợt khen thưởng", _rounds)
    x = _add(csub, "propose-from-data", "đề xuất khen thưởng từ dữ liệu của năm", _propose)
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--round", dest="round_id", default=None, help="mã đợt để tạo đề nghị")
    x.add_argument(
        "--create",
        nargs="*",
        default=None,
        metavar="KHÓA",
        help="tạo đề nghị cho các đề xuất (không ghi khóa: tất cả)",
    )
    x = _add(csub, "certificate", "in giấy khen (PDF) cho đề nghị đã được khen", _certificate)
    x.add_argument("ids", nargs="+", help="mã đề nghị")
    x.add_argument("--out", type=Path, required=True, help="tệp .pdf")
    x = _add(csub, "export", "xuất danh sách khen thưởng ra Excel", _export)
    x.add_argument("--year", type=int, default=None)
    x.add_argument("--out", type=Path, required=True, help="tệp .xlsx")


def _open(args: argparse.Namespace, *need: object) -> Any:
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args, *need)
    except BaseException:
        ctx.close()
        raise
    return ctx


def _list(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.commendations import queries, vocab

    if args.status and args.status not in vocab.STATUSES:
        raise CliError(
            f"Trạng thái “{args.status}” không hợp lệ; chọn một trong: {', '.join(vocab.STATUSES)}."
        )
    ctx = _open(args)
    try:
        rows = queries.list_proposals(ctx, year=args.year, status=args.status, query=args.search)
    finally:
        ctx.close()
    if not rows:
        print("Không có đề nghị khen thưởng nào.")
        return 0
    for r in rows:
        decision = (
            f" — QĐ số {r.decision_number} ngày {fmt_date(r.decision_date)}"
            if r.decision_number
            else ""
        )
        print(
            f"{r.id}  {r.year}  {r.kind_label}: {r.subject_name}  {r.form_label} "
            f"{r.level_label.lower()}  [{r.status_label}]{decision}"
        )
    print(f"Tổng cộng: {len(rows)} đề nghị.")
    return 0


def _rounds(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services.commendations import queries

    ctx = _open(args)
    try:
        rows = queries.list_rounds(ctx)
    finally:
        ctx.close()
    for r in rows:
        print(
            f"{r.id}  {r.title}  ngày {fmt_date(r.held_on)}: {r.proposals} đề nghị, {r.granted} được khen"
        )
    if not rows:
        print("Chưa có đợt khen thưởng nào.")
    return 0


def _propose(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.services.commendations import suggest

    ctx = _open(args, Permission.EDIT) if args.create is not None else _open(args)
    try:
        found = suggest.suggestions(ctx, args.year)
        if args.create is None:
            for x in found:
                print(f"{x.key}  {x.source}: {x.subject_name} — {x.grounds}")
            print(f"Có {len(found)} đề xuất từ dữ liệu năm {args.year}.")
            return 0
        if not args.round_id:
            raise CliError("Cần chọn đợt khen thưởng (--round MÃ_ĐỢT) để tạo đề nghị.")
        keys = args.create or [x.key for x in found]
        if not keys:
            print(f"Không có đề xuất nào từ dữ liệu năm {args.year}.")
            return 0
        ids = suggest.create_from_suggestions(ctx, args.round_id, args.year, keys)
        print(f"Đã tạo {len(ids)} đề nghị khen thưởng.")
        return 0
    finally:
        ctx.close()


def _certificate(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.commendations import certificate

    if args.out.suffix.lower() != ".pdf":
        raise CliError("Tệp giấy khen phải có đuôi .pdf.")
    ctx = _open(args)
    try:
        out = certificate.export_certificates(ctx, args.ids, args.out)
    finally:
        ctx.close()
    print(f"Đã ghi {len(args.ids)} giấy khen vào {out}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.commendations import list_xlsx
    from danvan_desktop.services.commendations import queries

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("Tệp danh sách phải có đuôi .xlsx.")
    ctx = _open(args)
    try:
        rows = queries.list_proposals(ctx, year=args.year)
        title = "DANH SÁCH KHEN THƯỞNG" + (f" NĂM {args.year}" if args.year else "")
        out = list_xlsx.write_list(ctx, rows, args.out, title)
    finally:
        ctx.close()
    print(f"Đã xuất {len(rows)} dòng vào {out}.")
    return 0
