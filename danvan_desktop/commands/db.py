"""`danvan db upgrade|backup|restore|check`."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan_desktop.cli import CliError, add_db_args, default_db_path, open_ctx
from danvan_desktop.commands import auth


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="nâng cấp, sao lưu, khôi phục, kiểm tra cơ sở dữ liệu")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="THAO_TÁC")
    for name, helptext, fn in (
        ("upgrade", "nâng cấp lên phiên bản dữ liệu mới nhất (tự sao lưu trước)", _upgrade),
        ("backup", "sao lưu ngay (SQLite backup API)", _backup),
        ("check", "kiểm tra toàn vẹn, phiên bản dữ liệu và số bản ghi", _check),
    ):
        p = dbsub.add_parser(name, help=helptext)
        add_db_args(p)
        if fn is _backup:
            auth.add_user_arg(p)
        p.set_defaults(handler=fn)
    p = dbsub.add_parser(
        "restore", help="khôi phục từ một bản sao lưu (bản hiện tại được sao lưu trước)"
    )
    add_db_args(p)
    auth.add_user_arg(p)
    p.add_argument("backup", type=Path, help="tệp sao lưu .sqlite")
    p.set_defaults(handler=_restore)


def _path(args: argparse.Namespace) -> Path:
    return (args.db or default_db_path()).expanduser().resolve()


def _login(args: argparse.Namespace, *need: object) -> None:
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args, *need)
    finally:
        ctx.close()


def _login_for_restore(args: argparse.Namespace) -> None:
    """An administrator of the database being replaced; when it cannot be opened (damaged,
    missing), an administrator of the backup, checked on a scratch copy (the backup is kept
    as it is)."""
    import shutil
    import tempfile

    from danvan_desktop.domain.roles import Permission

    if _path(args).exists():
        try:
            _login(args, Permission.MANAGE_USERS)
            return
        except CliError:
            raise
        except Exception:  # noqa: BLE001 - damaged or foreign file: check against the backup
            pass
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "backup.sqlite"
        shutil.copyfile(args.backup, scratch)
        _login(argparse.Namespace(**{**vars(args), "db": scratch}), Permission.MANAGE_USERS)


def _upgrade(args: argparse.Namespace) -> int:
    from danvan_desktop.store.engine import make_engine, sqlite_url
    from danvan_desktop.store.migrate import upgrade

    if not args.database_url:
        _refuse_foreign_file(_path(args))
        _path(args).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(args.database_url or sqlite_url(_path(args)))
    try:
        result = upgrade(engine)
    finally:
        engine.dispose()
    if result.from_revision == result.to_revision:
        print(f"Cơ sở dữ liệu đã ở phiên bản mới nhất ({result.to_revision}).")
    else:
        print(f"Đã nâng cấp {result.from_revision or '(trống)'} → {result.to_revision}.")
        if result.backup:
            print(f"Bản sao lưu trước khi nâng cấp: {result.backup}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from danvan_desktop.store.backup import backup_sqlite

    path = _path(args)
    if not path.exists():
        raise CliError(f"Không có tệp cơ sở dữ liệu {path}.")
    _login(args)
    print(backup_sqlite(path, "manual"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from danvan_desktop.store.backup import restore_sqlite

    if not args.backup.exists():
        raise CliError(f"Không có tệp sao lưu {args.backup}.")
    _refuse_while_app_open(_path(args))
    _login_for_restore(args)
    try:
        safety = restore_sqlite(_path(args), args.backup)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(f"Đã khôi phục từ {args.backup}. Dữ liệu trước khi khôi phục được sao lưu tại {safety}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from danvan_desktop.store.backup import integrity_ok
    from danvan_desktop.store.engine import make_engine, sqlite_url
    from danvan_desktop.store.migrate import current_revision, head_revision, row_counts

    ok, detail = True, "ok"
    if not args.database_url:
        path = _path(args)
        if not path.exists():
            raise CliError(f"Không có tệp cơ sở dữ liệu {path}.")
        ok, detail = integrity_ok(path)
        if not ok:
            return _report_damaged(path, detail)
    engine = make_engine(args.database_url or sqlite_url(_path(args)))
    try:
        rev, head = current_revision(engine), head_revision()
        chain = _audit_chain(engine) if ok and rev == head else None
        if chain is not None and not chain.ok:
            ok, detail = (
                False,
                "nhật ký thao tác không còn nguyên vẹn:\n  " + "\n  ".join(chain.problems),
            )
        print(f"Toàn vẹn: {'tốt' if ok else 'LỖI: ' + detail}")
        print(f"Phiên bản dữ liệu: {rev or '(chưa khởi tạo)'} (phần mềm: {head})")
        for table, n in row_counts(engine).items():
            print(f"  {table}: {n}")
    finally:
        engine.dispose()
    return 0 if ok and rev == head else 1


def _audit_chain(engine):  # noqa: ANN001, ANN202
    """The audit log's hash chain and each record against its last audit row (store.audit)."""
    from danvan_desktop.store.audit import verify_chain

    with engine.connect() as conn:
        return verify_chain(conn)


def _refuse_foreign_file(path: Path) -> None:
    """A 0-byte or non-SQLite file named as the database is refused, never initialised."""
    from danvan_desktop.store.faults import check_database_file

    check_database_file(path)


def _refuse_while_app_open(path: Path) -> None:
    # Restore replaces the file's content under the open app's feet: the app must be closed.
    from danvan_desktop.store.lockfile import held_by_another

    if held_by_another(path):
        raise CliError(
            f"Phần mềm đang mở cơ sở dữ liệu {path}. Hãy đóng phần mềm rồi khôi phục lại; "
            "dữ liệu chưa bị thay đổi."
        )


def _report_damaged(path: Path, detail: str) -> int:
    """The verdict of a failed check, then the way back; the file itself is not opened further
    (reading a damaged or foreign file's tables would only crash)."""
    from danvan_desktop.store.backup import latest_good_backup

    print(f"Toàn vẹn: LỖI: {detail}")
    good = latest_good_backup(path)
    if good is None:
        print("Không có bản sao lưu tốt nào bên cạnh tệp này.")
    else:
        print(f"Bản sao lưu tốt gần nhất: {good}")
        print(f'Khôi phục: danvan db restore --db "{path}" "{good}"')
    return 1
