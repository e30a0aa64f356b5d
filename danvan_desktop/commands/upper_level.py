"""`danvan upper …` (the province or intermediate level) and `danvan rollup …` (rollups down,
imported back at the commune), headless.

Commands that sign a bundle (import answers with an ack, rollup export) open this install's
signing key by logging in: `--user` (default admin) with the password from DANVAN_PASSWORD or
stdin, never from the command line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, open_ctx
from danvan_desktop.commands.args import date_arg as _date

# The same log-in as `danvan bundle …` (one way to open the signing key from the command line).
from danvan_desktop.commands.sync import _login, _user_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "upper", help="cấp tỉnh, cấp trung gian: nhập gói của các xã, tình hình gửi, ý kiến"
    )
    usub = p.add_subparsers(dest="upper_command", required=True, metavar="THAO_TÁC")

    ip = usub.add_parser(
        "import-folder", help="nhập cùng lúc mọi gói dữ liệu (.dvk) trong một thư mục"
    )
    add_db_args(ip)
    _user_arg(ip)
    ip.add_argument("folder", type=Path, help="thư mục chứa các gói dữ liệu của các xã")
    ip.add_argument(
        "--trust-new",
        action="store_true",
        help="nhận khóa của nơi gửi lần đầu (sau khi đã gọi điện đối chiếu dấu vân tay)",
    )
    ip.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar="DẤU_VÂN_TAY",
        help="nhận khóa mới (đã thay đổi) có dấu vân tay này, sau khi đã gọi điện đối chiếu; "
        "lặp lại cho nhiều xã",
    )
    ip.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    ip.add_argument(
        "--ack-dir", type=Path, help="thư mục ghi gói xác nhận (mỗi xã một thư mục con)"
    )
    ip.set_defaults(handler=_import_folder)

    cp = usub.add_parser("completeness", help="tình hình gửi dữ liệu của các xã trong một kỳ")
    add_db_args(cp)
    _user_arg(cp)
    cp.add_argument("--period", help="kỳ: 2026-11 (mặc định: tháng này), 2026, 2026-Q4, 2026-H2")
    cp.add_argument("--today", type=_date, help="tính đến ngày (dd/mm/yyyy; mặc định hôm nay)")
    cp.add_argument("--xlsx", type=Path, help="ghi thêm tệp Excel (.xlsx)")
    cp.set_defaults(handler=_completeness)

    fp = usub.add_parser(
        "figures",
        help="số liệu của các xã trong một kỳ (mọi lĩnh vực đã đăng ký: đơn thư, Ban TTND…)",
    )
    add_db_args(fp)
    fp.add_argument("--period", help="kỳ: 2026 (mặc định: năm nay), 2026-11, 2026-Q4, 2026-H2")
    fp.add_argument("--today", type=_date, help="tính đến ngày (dd/mm/yyyy; mặc định hôm nay)")
    fp.set_defaults(handler=_figures)

    dp = usub.add_parser("deadline", help="đặt hạn gửi dữ liệu của một kỳ")
    add_db_args(dp)
    _user_arg(dp)
    dp.add_argument("--period", required=True)
    dp.add_argument("--due", type=_date, required=True, help="hạn gửi (dd/mm/yyyy)")
    dp.add_argument("--note", default="")
    dp.set_defaults(handler=_deadline)

    ep = usub.add_parser("decide", help="ghi ý kiến, công nhận hoặc trả lại một hồ sơ của xã")
    add_db_args(ep)
    _user_arg(ep)
    ep.add_argument("--record", required=True, help="mã (UUID) hồ sơ của xã")
    ep.add_argument("--entity", default="models", help="loại hồ sơ (mặc định: models)")
    ep.add_argument(
        "--kind", required=True, choices=["comment", "recognition", "return_for_correction"]
    )
    ep.add_argument("--text", default="")
    ep.add_argument("--on", type=_date, help="ngày (dd/mm/yyyy; mặc định hôm nay)")
    ep.add_argument("--decision-no", default="")
    ep.add_argument("--due", type=_date, help="hạn hoàn thiện (khi trả lại)")
    ep.set_defaults(handler=_decide)

    pp = usub.add_parser(
        "publish-reference",
        help="đưa tệp quy định (thời hạn, ngày nghỉ, bộ tiêu chí) vào bản tổng hợp gửi xã",
    )
    add_db_args(pp)
    _user_arg(pp)
    pp.add_argument("--kind", required=True, choices=["deadline_rules", "holidays", "rubric"])
    pp.add_argument("--file", type=Path, required=True, help="tệp JSON")
    pp.add_argument("--version", default="", help="phiên bản (mặc định: lấy trong tệp)")
    pp.set_defaults(handler=_publish_reference)

    r = sub.add_parser("rollup", help="bản tổng hợp của cấp trên: xuất về xã, nhập ở xã, xem")
    rsub = r.add_subparsers(dest="rollup_command", required=True, metavar="THAO_TÁC")
    xp = rsub.add_parser("export", help="xuất bản tổng hợp cho từng xã (hoặc một xã với --unit)")
    add_db_args(xp)
    _user_arg(xp)
    xp.add_argument("--out", type=Path, required=True, help="thư mục ghi (mỗi xã một thư mục con)")
    xp.add_argument("--unit", help="mã một xã, phường, đặc khu")
    xp.add_argument("--period", help="kỳ (mặc định: tháng này)")
    xp.add_argument(
        "--reference-only",
        action="store_true",
        help="chỉ dữ liệu tham chiếu (danh mục, hạn gửi, tài liệu, khóa)",
    )
    xp.set_defaults(handler=_rollup_export)
    mp = rsub.add_parser(
        "import", help="ở xã: nhập bản tổng hợp, xác nhận, dữ liệu tham chiếu từ cấp trên"
    )
    add_db_args(mp)
    _user_arg(mp)
    mp.add_argument("paths", type=Path, nargs="+", help="tệp .dvk hoặc thư mục")
    mp.add_argument("--trust-new", action="store_true", help="nhận khóa của cấp trên lần đầu")
    mp.set_defaults(handler=_rollup_import)
    sp = rsub.add_parser("show", help="ở xã: xếp hạng và ý kiến, quyết định đã nhận từ cấp trên")
    add_db_args(sp)
    _user_arg(sp)
    sp.set_defaults(handler=_rollup_show)


def _import_folder(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import rollup

    if not args.folder.is_dir():
        raise CliError(f"Không tìm thấy thư mục {args.folder}.")
    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        result = rollup.import_folder(
            ctx,
            args.folder,
            trust_new=args.trust_new,
            dry_run=args.dry_run,
            ack_dir=args.ack_dir,
            accept_keys=args.accept_key,
        )
    finally:
        ctx.close()
    for o in result.outcomes:
        mark = {
            "imported": "đã nhập",
            "unchanged": "đã có",
            "dry_run": "xem trước",
            "refused": "TỪ CHỐI",
        }
        print(
            f"{mark.get(o.status, o.status)}\t{o.sender}\t{o.seq or ''}\t{o.path.name}\t{o.message}"
        )
    print(result.summary().splitlines()[0])
    return 1 if result.refused else 0


def _completeness(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date, fmt_datetime
    from danvan_desktop.services import upper_level as ul

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        if not ul.is_upper_level(ctx):
            raise CliError("Cơ sở dữ liệu này không phải của cấp tỉnh hoặc cấp trung gian.")
        period = ul.check_period(args.period or dt.date.today().strftime("%Y-%m"))
        today = args.today or dt.date.today()
        rows = ul.completeness(ctx, period, today)
        for r in rows:
            gaps = ",".join(map(str, r.gaps))
            print(
                f"{r.code}\t{r.name}\t{r.status.label}\t{r.received}\t{r.last_seq or ''}\t"
                f"{fmt_datetime(r.last_created)}\t{r.records}\t{gaps}"
            )
        s = ul.summarise(rows)
        print(
            f"Kỳ {period}, hạn gửi {fmt_date(s.due_on) or 'chưa đặt'}: {s.communes} đơn vị; đúng "
            f"hạn {s.on_time}, "
            f"muộn {s.late}, quá hạn chưa gửi {s.missing}, chưa đến hạn {s.pending}, còn thiếu gói "
            f"{s.with_gaps}"
        )
        if args.xlsx:
            from danvan_desktop.reports import upper_level_reports

            path = upper_level_reports.export_completeness_xlsx(
                ctx, args.xlsx.with_suffix(".xlsx"), period, today=today, rows=rows
            )
            print(path)
    finally:
        ctx.close()
    return 0


def _figures(args: argparse.Namespace) -> int:
    """Every registered figure group (services.areas), one table each: a header line of the
    metrics, then one line per commune, tab-separated ("—": no figure)."""
    from danvan_desktop.services import areas
    from danvan_desktop.services import upper_level as ul

    ctx = open_ctx(args)
    try:
        if not ul.is_upper_level(ctx):
            raise CliError("Cơ sở dữ liệu này không phải của cấp tỉnh hoặc cấp trung gian.")
        period = ul.check_period(args.period or str(dt.date.today().year))
        rows = ul.activity_figures(ctx, period, args.today or dt.date.today())
    finally:
        ctx.close()

    def cell(value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:g}".replace(".", ",")

    for group in areas.figure_groups():
        print(f"# {group.label} — kỳ {period}")
        print("\t".join(["Mã", "Đơn vị", *(m.header for m in group.metrics)]))
        for a in rows:
            print("\t".join([a.code, a.name, *(cell(a.get(m.key)) for m in group.metrics)]))
    return 0


def _deadline(args: argparse.Namespace) -> int:
    from danvan_desktop.services import upper_level as ul

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        ul.set_deadline(ctx, args.period, args.due, args.note)
    finally:
        ctx.close()
    print(f"Hạn gửi kỳ {args.period}: {args.due:%d/%m/%Y}")
    return 0


def _publish_reference(args: argparse.Namespace) -> int:
    from danvan_desktop.services import upper_level as ul

    try:
        content = args.file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CliError(f"{args.file.name} không phải tệp văn bản UTF-8.") from None
    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        ul.publish_reference(ctx, args.kind, content, args.version)
        info = next(
            r
            for r in ul.reference_documents(ctx)
            if r.kind == args.kind and r.owner_unit == ctx.unit_code
        )
    finally:
        ctx.close()
    print(f"{info.kind_label}: {info.title}, phiên bản {info.version} (sẽ gửi kèm bản tổng hợp)")
    return 0


def _decide(args: argparse.Namespace) -> int:
    from danvan_desktop.services import upper_level as ul

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        decision_id = ul.record_decision(
            ctx,
            args.entity,
            args.record,
            args.kind,
            args.text,
            args.on or dt.date.today(),
            decision_no=args.decision_no,
            due_on=args.due,
        )
    finally:
        ctx.close()
    print(decision_id)
    return 0


def _rollup_export(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import rollup

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        export = rollup.export_reference if args.reference_only else rollup.export_rollups
        results = export(ctx, args.out, unit=args.unit, period=args.period)
    finally:
        ctx.close()
    for r in results:
        print(r.path)
    return 0


def _rollup_import(args: argparse.Namespace) -> int:
    from danvan_desktop.sync import rollup

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        result = rollup.import_from_upper(ctx, args.paths, trust_new=args.trust_new)
    finally:
        ctx.close()
    for o in result.outcomes:
        print(f"{o.status}\t{o.kind}\t{o.path.name}\t{o.message}")
    print(result.summary().splitlines()[0])
    return 1 if result.refused else 0


def _rollup_show(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.dates import fmt_date
    from danvan_desktop.services import upper_level as ul

    ctx = open_ctx(args)
    try:
        _login(ctx, args)
        standings = ul.received_standings(ctx)
        decisions = ul.decisions(ctx, received=True)
    finally:
        ctx.close()
    if not standings:
        print("Chưa nhận bản tổng hợp nào từ cấp trên.")
    for st in standings:
        print(f"Kỳ {st.period} ({st.from_unit_name}): xếp thứ {st.rank}/{st.peers}")
        for _key, m in ul.ordered_metrics(st.figures.metrics):
            value, avg, top = (
                "—" if m.get(k) is None else m[k] for k in ("value", "average", "max")
            )
            print(f"  {m['label']}: {value} (hạng {m['rank']}, trung bình {avg}, cao nhất {top})")
    print(f"Ý kiến, quyết định của cấp trên: {len(decisions)}")
    for d in decisions:
        due = f"\thạn {fmt_date(d.due_on)}" if d.due_on else ""
        state = "\tđã sửa" if d.corrected else ""
        print(f"  {fmt_date(d.decided_on)}\t{d.kind.label}\t{d.target_label}\t{d.text}{due}{state}")
    return 0
