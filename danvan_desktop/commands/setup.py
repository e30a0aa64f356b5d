"""`danvan init` (first run, headless) and `danvan demo` (a believable commune to try the app)."""

from __future__ import annotations

import argparse

from danvan_desktop.cli import CliError, add_db_args, open_ctx, read_secret


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init", help="thiết lập lần đầu: đơn vị, thôn/tổ dân phố, tài khoản quản trị"
    )
    add_db_args(p)
    p.add_argument("--unit", required=True, help="mã đơn vị theo danh mục (ví dụ 18754; tỉnh: 42)")
    p.add_argument("--admin", required=True, help="tên đăng nhập của quản trị viên")
    p.add_argument("--admin-name", default="", help="họ và tên quản trị viên")
    p.add_argument(
        "--hamlet", action="append", default=[], help="tên thôn/tổ dân phố (lặp lại được)"
    )
    p.set_defaults(handler=_init)

    p = sub.add_parser("demo", help="tạo cơ sở dữ liệu mẫu của một xã để dùng thử")
    add_db_args(p)
    p.add_argument("--unit", default=None, help="mã xã (mặc định: một xã của Hà Tĩnh)")
    p.add_argument("--seed", type=int, default=2026, help="hạt giống ngẫu nhiên (để tái lập)")
    p.add_argument(
        "--province",
        action="store_true",
        help="tạo cơ sở dữ liệu cấp tỉnh (Hà Tĩnh) có phiếu chấm điểm của vài xã đã thẩm định, "
        "xếp hạng",
    )
    p.add_argument(
        "--if-missing",
        action="store_true",
        help="nếu tệp đã có thì giữ nguyên và không báo lỗi (chạy lại lệnh cài đặt được)",
    )
    p.set_defaults(handler=_demo)


def _init(args: argparse.Namespace) -> int:
    from danvan_desktop.services import install

    password = read_secret("DANVAN_ADMIN_PASSWORD", "Mật khẩu quản trị: ")
    ctx = open_ctx(args)
    try:
        if install.is_initialised(ctx):
            raise CliError("Cơ sở dữ liệu này đã được thiết lập.")
        install.initialise(ctx, args.unit, args.admin, password, args.admin_name, args.hamlet)
        print(f'Đã thiết lập đơn vị {args.unit}, quản trị viên "{ctx.user.username}".')
    finally:
        ctx.close()
    return 0


def _demo(args: argparse.Namespace) -> int:
    import os
    import shutil

    from danvan_desktop import demo
    from danvan_desktop.cli import default_db_path
    from danvan_desktop.services.context import open_context

    if args.database_url:
        raise CliError("Dữ liệu mẫu chỉ tạo trên tệp SQLite (--db).")
    target = (args.db or default_db_path()).expanduser().resolve()
    if target.exists():
        if args.if_missing:
            print(f"Dữ liệu mẫu đã có, giữ nguyên: {target}")
            return 0
        raise CliError(f"Tệp {target} đã có; hãy chọn một tệp mới cho dữ liệu mẫu.")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Build beside the target and rename at the end: a failure leaves no half-built database.
    building = target.with_name(f".{target.name}.building")
    for leftover in (
        building,
        building.with_name(building.name + "-wal"),
        building.with_name(building.name + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    ctx = open_context(building)
    try:
        if args.province:
            from danvan_desktop.commands._province_demo import build_province

            summary = build_province(ctx, seed=args.seed)
        else:
            summary = demo.build_demo(ctx, unit_code=args.unit, seed=args.seed)
        files_src = ctx.files_dir
    except BaseException:
        ctx.close()
        building.unlink(missing_ok=True)
        raise
    ctx.close()  # checkpoints the WAL into the main file
    os.replace(building, target)
    if files_src.exists():
        # Files are named by content hash, so merging into a leftover folder is safe.
        shutil.copytree(files_src, target.parent / f"{target.stem}-files", dirs_exist_ok=True)
        shutil.rmtree(files_src)
    print(summary)
    print(f"Cơ sở dữ liệu mẫu: {target}")
    return 0
