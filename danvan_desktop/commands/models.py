"""`danvan models list|export`: the model register without the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands import auth


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help='sổ mô hình, điển hình "Dân vận khéo"')
    msub = p.add_subparsers(dest="models_command", required=True, metavar="THAO_TÁC")
    lp = msub.add_parser("list", help="liệt kê (lọc, tìm không dấu)")
    add_db_args(lp)
    auth.add_user_arg(lp)
    lp.add_argument("--search", default="", help="tìm theo tên, không cần dấu")
    lp.add_argument("--year", type=int)
    lp.add_argument("--status")
    lp.add_argument("--field")
    lp.set_defaults(handler=_list)
    ep = msub.add_parser("export", help="xuất sổ mô hình ra Excel (.xlsx) hoặc PDF")
    add_db_args(ep)
    auth.add_user_arg(ep)
    ep.add_argument("--out", type=Path, required=True, help="tệp .xlsx hoặc .pdf")
    ep.add_argument("--year", type=int)
    ep.set_defaults(handler=_export)


def _filter(args: argparse.Namespace):  # noqa: ANN202
    from danvan_desktop.services.models import ModelFilter

    return ModelFilter(
        text=getattr(args, "search", ""),
        year=args.year,
        status=getattr(args, "status", None),
        field_code=getattr(args, "field", None),
    )


def _list(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.models import ModelStatus
    from danvan_desktop.services import models

    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        f = _filter(args)
        offset = 0
        while rows := models.list_models(ctx, f, offset=offset, limit=500):
            for r in rows:
                print(
                    f"{r.year}\t{ModelStatus(r.status).label}\t{r.field_name}\t{r.name}\t{r.owner_name}"
                )
            offset += len(rows)
        print(f"Tổng số: {models.count_models(ctx, f)}")
    finally:
        ctx.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports import model_register

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise CliError("Tệp xuất phải có đuôi .xlsx hoặc .pdf.")
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args)
        writer = model_register.export_xlsx if suffix == ".xlsx" else model_register.export_pdf
        path = writer(ctx, args.out, _filter(args))
    finally:
        ctx.close()
    print(path)
    return 0
