"""`danvan bundle export|verify|import|ack`, `danvan keys export|trust|list`,
`danvan conflicts list|resolve`: sync bundles without the GUI.

Signing (export, and the ack an import answers with) needs this install's key, opened by a
user's password: `--user` (default admin) and the password from DANVAN_PASSWORD or stdin.
`verify`, `import --dry-run`, `keys` and `conflicts list` need no password.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("bundle", help="gói dữ liệu đồng bộ (.dvk): xuất, kiểm tra, nhập")
    bsub = b.add_subparsers(dest="bundle_command", required=True, metavar="THAO_TÁC")

    p = bsub.add_parser("export", help="xuất gói dữ liệu gửi cấp trên (in ra đường dẫn tệp)")
    add_db_args(p)
    _user_arg(p)
    p.add_argument("--out", type=Path, required=True, help="thư mục ghi gói (ví dụ ổ USB)")
    p.add_argument("--full", action="store_true", help="xuất toàn bộ thay vì phần thay đổi")
    p.add_argument("--period", help="kỳ báo cáo ghi trên tên tệp: 2026-11, 2026-Q4, 2026…")
    p.add_argument("--to", dest="recipient", help="mã đơn vị nhận (mặc định: cấp trên trực tiếp)")
    p.set_defaults(handler=_export)

    p = bsub.add_parser(
        "verify",
        help=(
            "kiểm tra một gói: cấu trúc, chữ ký, mã băm, bản ghi; với --db: mọi kiểm tra của "
            "lệnh nhập (nơi nhận, chiều gửi, quyền, số thứ tự…) mà không ghi gì"
        ),
    )
    add_db_args(p)
    p.add_argument("file", type=Path)
    p.add_argument(
        "--key",
        type=Path,
        action="append",
        default=[],
        help="tệp khóa công khai của nơi gửi (lặp lại được)",
    )
    p.set_defaults(handler=_verify)

    p = bsub.add_parser("import", help="nhập gói dữ liệu (tệp hoặc cả thư mục)")
    add_db_args(p)
    _user_arg(p)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    p.add_argument(
        "--trust-new",
        action="store_true",
        help=(
            "đăng ký khóa của đơn vị gửi lần đầu tiên (sau khi đã gọi điện đối chiếu dấu vân "
            "tay); không áp dụng cho đơn vị đã có khóa: khi đó dùng --accept-key"
        ),
    )
    p.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar="DẤU_VÂN_TAY",
        help="dấu vân tay đã xác nhận (khóa mới hoặc khóa thay đổi)",
    )
    p.add_argument("--ack-dir", type=Path, help="thư mục ghi gói xác nhận gửi lại nơi gửi")
    p.set_defaults(handler=_import)

    p = bsub.add_parser("ack", help="tạo lại gói xác nhận cho một gói đã nhập")
    add_db_args(p)
    _user_arg(p)
    p.add_argument("bundle_id")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_ack)

    p = bsub.add_parser(
        "limits", help="cấp tỉnh đặt giới hạn dung lượng tệp minh chứng cấp xã gửi lên"
    )
    add_db_args(p)
    _user_arg(p)
    p.add_argument("--file-mb", type=float, required=True, help="tối đa mỗi tệp (MB)")
    p.add_argument("--bundle-mb", type=float, required=True, help="tối đa cả gói (MB)")
    p.set_defaults(handler=_limits)

    k = sub.add_parser("keys", help="khóa ký số: xuất khóa công khai, đăng ký khóa nơi gửi")
    ksub = k.add_subparsers(dest="keys_command", required=True, metavar="THAO_TÁC")
    p = ksub.add_parser("export", help="ghi tệp khóa công khai của máy này")
    add_db_args(p)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_keys_export)
    p = ksub.add_parser("trust", help="đăng ký khóa công khai của một nơi gửi")
    add_db_args(p)
    _user_arg(p)
    p.add_argument("file", type=Path)
    p.add_argument(
        "--replace",
        action="store_true",
        help="thay khóa đã đăng ký (chỉ sau khi đã xác nhận dấu vân tay mới)",
    )
    p.set_defaults(handler=_keys_trust)
    p = ksub.add_parser("list", help="liệt kê khóa của máy này và các nơi gửi")
    add_db_args(p)
    p.set_defaults(handler=_keys_list)

    c = sub.add_parser("conflicts", help="sổ xung đột giữa hai máy của cùng đơn vị")
    csub = c.add_subparsers(dest="conflicts_command", required=True, metavar="THAO_TÁC")
    p = csub.add_parser("list", help="liệt kê xung đột chưa giải quyết")
    add_db_args(p)
    _user_arg(p)
    p.set_defaults(handler=_conflicts_list)
    p = csub.add_parser("resolve", help="giải quyết một xung đột")
    add_db_args(p)
    _user_arg(p)
    p.add_argument("id", type=int)
    p.add_argument(
        "--keep",
        choices=("local", "incoming"),
        required=True,
        help="local: giữ bản ở máy này; incoming: lấy bản của máy gửi",
    )
    p.add_argument("--note", default="")
    p.set_defaults(handler=_conflicts_resolve)


def _user_arg(p: argparse.ArgumentParser) -> None:
    from danvan_desktop.commands import auth

    auth.add_user_arg(p)


def _login(ctx, args: argparse.Namespace) -> None:  # noqa: ANN001
    # One login for every command (commands.auth): --user, else DANVAN_USER, else admin.
    from danvan_desktop.commands import auth

    auth.login(ctx, args)


def _export(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import exporter

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        result = exporter.export_data(
            ctx, args.out, recipient=args.recipient, full=args.full, period=args.period
        )
    finally:
        ctx.close()
    print(result.path)  # stdout is the path alone (scripts read it); the rest goes to stderr
    if result.files_sent:
        total = f"{sum(result.files_sent.values()) / (1 << 20):.1f}".replace(".", ",")
        print(f"Tệp minh chứng gửi kèm: {len(result.files_sent)} ({total} MB).", file=sys.stderr)
    skipped = result.files_skipped
    if skipped:
        print(f"Tệp minh chứng không gửi: {len(skipped)}.", file=sys.stderr)
    for name, sha, reason in skipped[:20]:
        print(f"  - {name} ({sha[:12]}): {reason}", file=sys.stderr)
    if len(skipped) > 20:
        print(f"  … và {len(skipped) - 20} tệp khác.", file=sys.stderr)
    return 0


def _limits(args: argparse.Namespace) -> int:
    from danvan_desktop.services import evidence

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        evidence.set_file_limits(ctx, max_file_mb=args.file_mb, max_bundle_mb=args.bundle_mb)
    finally:
        ctx.close()
    print(
        f"Đã đặt giới hạn: {args.file_mb:g} MB mỗi tệp, {args.bundle_mb:g} MB mỗi gói; "
        "gửi xuống xã trong gói dữ liệu tham chiếu tiếp theo."
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import keys, ledger, trust
    from danvan_desktop.sync.errors import SyncError

    known: dict[tuple[str, str], bytes] = {}
    for key_file in args.key:
        info = keys.read_public_key_file(key_file)
        known[(info.unit_code, info.install_id)] = info.public_key
    db_keys = None
    with_db = args.db is not None or bool(args.database_url)
    if with_db:
        ctx = open_ctx(args)
        try:
            with ctx.read() as s:
                db_keys = trust.trusted_keys(s)
        finally:
            ctx.close()

    def lookup(unit: str, install: str) -> bytes | None:
        return known.get((unit, install)) or (db_keys(unit, install) if db_keys else None)

    try:
        result = ledger.verify_bundle(args.file, lookup)
    except SyncError as exc:
        raise CliError(f"{args.file.name}: {exc.message}") from None
    if with_db:
        _verify_against_db(args)
    m = result.manifest
    records = sum(n for e, n in m.counts.items() if e not in ("sender_key", "acks", "keys"))
    print(
        f"Hợp lệ: gói {m.kind} số {m.seq} của đơn vị {m.sender_unit} (máy {m.sender_install}) "
        f"gửi {m.recipient_unit}, {records} bản ghi, tạo lúc {m.created_at}."
    )
    if result.trusted:
        print(f"Chữ ký khớp khóa đã đăng ký {result.fingerprint}.")
    else:
        print(
            f"Chữ ký khớp khóa ghi trong gói {result.fingerprint} (khóa này chưa được đăng ký "
            "ở đây: hãy đối chiếu dấu vân tay với nơi gửi)."
        )
    return 0


def _verify_against_db(args: argparse.Namespace) -> None:
    """Every check the import makes (recipient, direction, authority of each record, schema,
    seq, duplicates…), run as an import that is rolled back: nothing is written."""
    from danvan_desktop.sync import importer

    ctx = open_ctx(args)
    try:
        report = importer.import_bundles(ctx, [args.file], dry_run=True, backup=False)[0]
    finally:
        ctx.close()
    if not report.ok:
        raise CliError(f"{args.file.name}: {report.message}")
    for rej in report.rejections[:20]:
        print(f"  - {rej.reason}")


def _import(args: argparse.Namespace) -> int:
    import sys

    from danvan_desktop.sync import importer

    ctx = open_ctx(args)
    try:
        if not args.dry_run:
            _login(ctx, args)
        reports = importer.import_bundles(
            ctx,
            args.files,
            dry_run=args.dry_run,
            trust_new=args.trust_new,
            accept_keys=args.accept_key,
            ack_dir=args.ack_dir,
        )
    finally:
        ctx.close()
    if not reports:
        raise CliError("Không có gói dữ liệu (.dvk) nào để nhập.")
    failed = 0
    for r in reports:
        out = sys.stdout if r.ok else sys.stderr
        print(f"{r.source.name}: {r.summary()}", file=out)
        for entity, c in r.entities.items():
            if c.manifest and r.status in ("applied", "preview"):
                print(
                    f"  {entity}: mới {c.new}, cập nhật {c.updated}, không đổi "
                    f"{c.unchanged + c.stale}, xung đột {c.conflicts} / {c.manifest}",
                    file=out,
                )
        notice = r.key_notice
        if notice is not None:
            if r.status == "applied":
                print(
                    f"  Đã đăng ký khóa của đơn vị {notice.unit_code} (máy {notice.install_id}), "
                    f"dấu vân tay {notice.fingerprint}.",
                    file=out,
                )
            elif r.status != "preview":
                print(f"  Dấu vân tay khóa của nơi gửi: {notice.fingerprint}", file=out)
        for w in r.warnings:
            print(f"  ! {w}", file=out)
        for rej in r.rejections[:20]:
            print(f"  - {rej.reason}", file=out)
        if r.conflicts:
            print(
                f"  {len(r.conflicts)} xung đột vào sổ xung đột (danvan conflicts list).", file=out
            )
        if r.ack is not None:
            print(f"  Gói xác nhận: {r.ack.path}", file=out)
        failed += not r.ok
    if reports[0].backup is not None:
        print(f"Bản sao lưu trước khi nhập: {reports[0].backup}")
    return 2 if failed else 0


def _ack(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import acks

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        result = acks.reissue_ack(ctx, args.bundle_id, args.out)
    finally:
        ctx.close()
    print(result.path)
    return 0


def _keys_export(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import trust

    ctx = open_ctx(args)
    try:
        info = trust.export_own_key(ctx, args.out)
    finally:
        ctx.close()
    print(f"{args.out}\nDấu vân tay: {info.fingerprint}")
    return 0


def _keys_trust(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.roles import Permission
    from danvan_desktop.sync import trust

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        ctx.require(Permission.SYNC)
        result = trust.trust_key_file(ctx, args.file, replace=args.replace)
    finally:
        ctx.close()
    text = {
        "added": "Đã đăng ký khóa",
        "already": "Khóa này đã được đăng ký",
        "replaced": "Đã thay khóa",
    }[result.status]
    print(
        f"{text} của đơn vị {result.unit_code} (máy {result.install_id}), dấu vân tay "
        f"{result.fingerprint}."
    )
    if result.previous_fingerprint:
        print(f"Khóa cũ {result.previous_fingerprint} không còn được tin cậy.")
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import trust

    ctx = open_ctx(args)
    try:
        me = trust.own_identity(ctx)
        rows = trust.list_keys(ctx)
    finally:
        ctx.close()
    print(
        f"Máy này: đơn vị {me.unit_code}, máy {me.install_id}, dấu vân tay "
        f"{me.fingerprint or '(chưa có khóa)'}"
    )
    for r in rows:
        state = "tin cậy" if r.status == "trusted" else "đã thay"
        print(f"{r.unit_code}\t{r.install_id}\t{r.fingerprint}\t{state}\t{r.source}")
    return 0


def _conflicts_list(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import conflicts

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        rows = conflicts.list_conflicts(ctx)
    finally:
        ctx.close()
    for c in rows:
        print(
            f"{c.id}\t{c.entity_label}\t{c.title}\tmáy này r{c.local_revision} / máy gửi "
            f"r{c.incoming_revision}\t{', '.join(c.fields)}"
        )
    print(f"Tổng số: {len(rows)}")
    return 0


def _conflicts_resolve(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import conflicts

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        conflicts.resolve(ctx, args.id, args.keep, args.note)
    finally:
        ctx.close()
    print("Đã giải quyết xung đột.")
    return 0
