"""Faults of the disk and the database file end in a Vietnamese sentence and a non-zero exit,
never a traceback, and leave the data as it was (issue 8, item 6). Real files on a real small
tmpfs (full disk) remounted read-only (write-protected stick); see tests/fault_support.py."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from danvan_desktop.cli import main
from danvan_desktop.services import users
from danvan_desktop.services.context import open_context
from danvan_desktop.store import backup
from danvan_desktop.store.faults import DatabaseInUse, NotADatabase
from danvan_desktop.store.settings import get_setting, set_setting
from tests.conftest import ADMIN_PASSWORD, COMMUNE
from tests.fault_support import leave_free, read_only, small_disk
from tests.sync_support import DEMO_PASSWORD, build_province, introduce, table_digest

NOT_A_DB = "không phải là cơ sở dữ liệu"
FULL = "hết chỗ trống"
READ_ONLY = "chỉ cho phép đọc"


def unchanged(path: Path) -> dict:
    """Every table's digest but the accounts' (signing in records the login time)."""
    return {k: v for k, v in table_digest(path).items() if k != "user_account"}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture(scope="module")
def commune_bundle(tmp_path_factory: pytest.TempPathFactory, demo_template: Path):
    """A province that trusts the demo commune, and that commune's full data bundle."""
    from danvan_desktop.sync import exporter

    folder = tmp_path_factory.mktemp("bundle")
    xa_path = folder / "xa.sqlite"
    shutil.copyfile(demo_template, xa_path)
    tinh_path = folder / "tinh.sqlite"
    shutil.copyfile(build_province(folder), tinh_path)
    xa, tinh = open_context(xa_path), open_context(tinh_path)
    users.authenticate(xa, "admin", DEMO_PASSWORD)
    users.authenticate(tinh, "admin", ADMIN_PASSWORD)
    introduce(xa, tinh, folder / "keys")
    made = exporter.export_data(xa, folder / "usb", full=True)
    xa.close()
    tinh.close()
    return tinh_path, Path(made.path)


# --- not a database: refused before SQLite touches it, never initialised -------------------


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file, not a database" * 50])
@pytest.mark.parametrize(
    "argv",
    [
        ["db", "check"],
        ["db", "upgrade"],
        ["db", "backup"],
        ["models", "list"],
        ["init", "--unit", COMMUNE, "--admin", "admin"],
    ],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, capsys, monkeypatch, content: bytes, argv: list[str]
) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANVAN_ADMIN_PASSWORD", ADMIN_PASSWORD)
    target = tmp_path / "du-lieu.sqlite"
    target.write_bytes(content)
    code, out, err = run([*argv, "--db", str(target)], capsys)
    assert code != 0
    assert NOT_A_DB in out + err
    assert target.read_bytes() == content  # a 0-byte file is not made into a new database
    assert not (tmp_path / "du-lieu.sqlite-wal").exists()


def test_open_context_refuses_a_zero_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "rong.sqlite"
    empty.touch()
    with pytest.raises(NotADatabase, match="tệp rỗng"):
        open_context(empty)
    assert empty.stat().st_size == 0


# --- a damaged database: the check prints its verdict and the way back ---------------------


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (what a failing disk or a cut copy does)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(3, min(len(data) // page, 40), 2):
        data[n * page + 8 : n * page + 600] = os.urandom(592)
    path.write_bytes(bytes(data))


def test_db_check_of_a_damaged_file_prints_the_verdict_and_the_backup(
    demo_template: Path, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    good = backup.backup_sqlite(db, "manual")
    _damage(db)
    code, out, _ = run(["db", "check", "--db", str(db)], capsys)
    assert code == 1
    assert "Toàn vẹn: LỖI" in out
    assert f"Bản sao lưu tốt gần nhất: {good}" in out and "danvan db restore" in out


def test_a_command_on_a_damaged_file_says_so(demo_template: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    _damage(db)
    code, _, err = run(["models", "list", "--db", str(db)], capsys)
    assert code == 2
    assert "bị hỏng" in err or NOT_A_DB in err


def test_restore_over_a_damaged_database_sets_it_aside(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    good = backup.backup_sqlite(db, "manual")
    expected = table_digest(db)
    _damage(db)
    assert backup.latest_good_backup(db) == good
    aside = backup.restore_sqlite(db, good)
    assert aside.suffix == ".bad" and aside.exists()
    assert backup.integrity_ok(db) == (True, "ok")
    assert table_digest(db) == expected


# --- full disk ------------------------------------------------------------------------------


def test_init_on_a_full_disk_says_so_and_leaves_nothing(
    tmp_path: Path, capsys, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANVAN_ADMIN_PASSWORD", ADMIN_PASSWORD)
    with small_disk(tmp_path / "usb", "16m") as disk:
        filler = leave_free(disk, 48 * 1024)
        target = disk / "xa.sqlite"
        argv = ["init", "--db", str(target), "--unit", COMMUNE, "--admin", "admin"]
        code, _, err = run(argv, capsys)
        assert code == 2 and FULL in err
        assert not target.exists()  # no 0-byte or schema-less leftover to trip the next try
        filler.unlink()
        code, out, err = run(argv, capsys)
        assert code == 0 and "Đã thiết lập" in out, err


def test_backup_on_a_full_disk_says_so_and_leaves_no_part(
    demo_template: Path, tmp_path: Path, capsys, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANVAN_PASSWORD", "danvan2026")  # the demo's admin (db backup logs in)
    size = demo_template.stat().st_size
    with small_disk(tmp_path / "usb", f"{(size * 3) // 1024}k") as disk:
        db = disk / "xa.sqlite"
        shutil.copyfile(demo_template, db)
        leave_free(disk, size // 2)
        code, _, err = run(["db", "backup", "--db", str(db)], capsys)
        assert code == 2 and FULL in err and "bản sao lưu cần khoảng" in err
        # The free-space check passed (another program filled the disk meanwhile): the write
        # itself hits ENOSPC, and the half-written .part is removed.
        monkeypatch.setattr(backup, "_free", lambda _folder: 1 << 40)
        code, _, err = run(["db", "backup", "--db", str(db)], capsys)
        assert code == 2 and FULL in err
        assert list((disk / "backups").iterdir()) == []
        assert backup.integrity_ok(db) == (True, "ok")


def test_import_without_room_for_its_backup_changes_nothing(
    commune_bundle, tmp_path: Path, capsys, monkeypatch
) -> None:  # noqa: ANN001
    template, bundle = commune_bundle
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    size = template.stat().st_size
    with small_disk(tmp_path / "usb", f"{(size * 3) // 1024 + 1024}k") as disk:
        db = disk / "tinh.sqlite"
        shutil.copyfile(template, db)
        before = unchanged(db)
        leave_free(disk, size // 2)
        code, _, err = run(["bundle", "import", "--db", str(db), str(bundle)], capsys)
        assert code == 2 and FULL in err
        assert unchanged(db) == before


def test_disk_filling_mid_import_rolls_back_and_says_so(
    commune_bundle, tmp_path: Path, capsys, monkeypatch
) -> None:  # noqa: ANN001
    template, bundle = commune_bundle
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    size = template.stat().st_size
    with small_disk(tmp_path / "usb", f"{(size * 4) // 1024 + 4096}k") as disk:
        db = disk / "tinh.sqlite"
        shutil.copyfile(template, db)
        before = unchanged(db)
        # Room for the backup (the database's size + 1 MB) and the staged bundle, not for the
        # rows the import writes.
        leave_free(disk, size + bundle.stat().st_size + (1 << 20) + 256 * 1024)
        code, _, err = run(["bundle", "import", "--db", str(db), str(bundle)], capsys)
        assert code == 2 and FULL in err
        assert [p.suffix for p in (disk / "backups").iterdir()] == [".sqlite"]
        assert unchanged(db) == before
        assert backup.integrity_ok(db) == (True, "ok")


# --- read-only folder or stick --------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["db", "backup"], ["models", "list"], ["db", "upgrade"], ["bundle", "import", "BUNDLE"]],
)
def test_a_read_only_stick_says_so(
    commune_bundle, tmp_path: Path, capsys, monkeypatch, argv: list[str]
) -> None:  # noqa: ANN001
    template, bundle = commune_bundle
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    with small_disk(tmp_path / "usb", "16m") as disk:
        db = disk / "tinh.sqlite"
        shutil.copyfile(template, db)
        read_only(disk)
        argv = [str(bundle) if a == "BUNDLE" else a for a in argv]
        code, _, err = run([*argv, "--db", str(db)], capsys)
        assert code == 2 and READ_ONLY in err


def test_a_new_database_in_a_read_only_folder_says_so(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANVAN_ADMIN_PASSWORD", ADMIN_PASSWORD)
    with small_disk(tmp_path / "usb", "1m") as disk:
        read_only(disk)
        target = disk / "thu-muc" / "xa.sqlite"
        code, _, err = run(
            ["init", "--db", str(target), "--unit", COMMUNE, "--admin", "admin"], capsys
        )
        assert code == 2 and READ_ONLY in err


# --- a busy database: writers queue, and a long wait ends in a sentence ---------------------


def test_a_second_writer_waits_instead_of_failing_on_the_lock(ctx, db_path: Path) -> None:  # noqa: ANN001
    """Read, then write, while another connection writes: with a deferred BEGIN the second
    writer's snapshot is stale and SQLite answers "database is locked" at once, whatever the
    busy timeout; BEGIN IMMEDIATE makes it wait its turn."""
    other = open_context(db_path)
    holding, errors = threading.Event(), []

    def first_writer() -> None:
        try:
            with other.session() as s:
                set_setting(s, "probe", "first")
                holding.set()
                time.sleep(0.6)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    try:
        for trial in range(5):
            holding.clear()
            t = threading.Thread(target=first_writer)
            t.start()
            holding.wait(5)
            with ctx.session() as s:
                get_setting(s, "unit_code")
                set_setting(s, "probe", f"second {trial}")
            t.join()
            with ctx.read() as s:
                assert get_setting(s, "probe") == f"second {trial}"
        assert errors == []
    finally:
        other.close()


def test_a_reader_does_not_wait_for_a_writer(ctx, db_path: Path) -> None:  # noqa: ANN001
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with ctx.read() as s:
            assert get_setting(s, "unit_code") == COMMUNE
        assert time.monotonic() - started < 1
    finally:
        con.execute("ROLLBACK")
        con.close()


def test_a_busy_database_waits_then_says_so(ctx, db_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANVAN_BUSY_TIMEOUT", "0.5")
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    ctx.close()
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        # a command that writes (an upgrade with nothing to do only reads the revision)
        code, _, err = run(["plans", "warn-days", "5", "--db", str(db_path)], capsys)
        waited = time.monotonic() - started
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert code == 2
    assert "đang được một chương trình khác ghi" in err and "0.5 giây" in err
    assert waited >= 0.5


# --- one app per database -------------------------------------------------------------------


def test_one_app_per_database_and_the_cli_still_works(ctx, db_path: Path, capsys) -> None:  # noqa: ANN001
    ctx.close()
    app = open_context(db_path, app_lock=True)
    try:
        with pytest.raises(DatabaseInUse, match="đang được mở trong một cửa sổ phần mềm khác"):
            open_context(db_path, app_lock=True)
        # Headless commands share the file through SQLite (WAL, busy timeout, BEGIN IMMEDIATE).
        code, out, _ = run(["db", "check", "--db", str(db_path)], capsys)
        assert code == 0 and "Toàn vẹn: tốt" in out
        copy = backup.backup_sqlite(db_path, "manual")
        # Restore would replace the file under the open app: refused while it runs.
        code, _, err = run(["db", "restore", "--db", str(db_path), str(copy)], capsys)
        assert code == 2 and "Phần mềm đang mở cơ sở dữ liệu" in err
    finally:
        app.close()
    again = open_context(db_path, app_lock=True)  # released on close
    again.close()


def test_the_app_lock_dies_with_its_process(ctx, db_path: Path) -> None:  # noqa: ANN001
    ctx.close()
    code = (
        "import os, sys; from danvan_desktop.store.lockfile import AppLock; "
        f"lock = AppLock({str(db_path)!r}).acquire(); print('held', flush=True); os._exit(0) "
        "if sys.stdin.readline() else None"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUse):
            open_context(db_path, app_lock=True)
    finally:
        holder.kill()  # like kill -9: the OS frees the lock, no stale lock file blocks a start
        holder.wait()
    open_context(db_path, app_lock=True).close()


# --- backups: leftovers of interrupted ones removed; pruned by count and free space ---------


def test_stale_part_files_are_removed_by_the_next_backup(ctx, db_path: Path) -> None:  # noqa: ANN001
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    folder = backup.backup_dir(db_path)
    folder.mkdir()
    stale = folder / f"{db_path.stem}.manual.20261128T010203000000Z.{dead.stdout.strip()}.part"
    stale.write_bytes(b"\0" * 500_000)
    old_style = folder / f"{db_path.stem}.before-import.20261127T010203000000Z.part"
    old_style.write_bytes(b"\0" * 1000)
    live = folder / f"{db_path.stem}.manual.20261128T010204000000Z.{os.getppid()}.part"
    live.write_bytes(b"\0" * 1000)  # its writer is alive: left alone
    made = backup.backup_sqlite(db_path, "manual")
    assert not stale.exists() and not old_style.exists() and live.exists()
    assert made.exists() and backup.integrity_ok(made)[0]


def test_backups_are_pruned_by_count(ctx, db_path: Path) -> None:  # noqa: ANN001
    made = [backup.backup_sqlite(db_path, f"b{i}", keep=3) for i in range(5)]
    assert backup.list_backups(db_path) == made[-3:]


def test_backups_are_pruned_when_the_disk_runs_low(demo_template: Path, tmp_path: Path) -> None:
    size = demo_template.stat().st_size
    with small_disk(tmp_path / "usb", f"{(size * 7) // 1024}k") as disk:
        db = disk / "xa.sqlite"
        shutil.copyfile(demo_template, db)
        made = [backup.backup_sqlite(db, f"b{i}") for i in range(4)]
        assert len(backup.list_backups(db)) == 4  # the count limit (10) is far
        # Free space below twice the database: oldest backups go, the newest two stay.
        leave_free(disk, size // 2)
        removed = backup.prune(db)
        assert removed and backup.list_backups(db) == made[-2:]
        # Without room for another copy even after pruning: a sentence, no .part.
        leave_free(disk, size // 2)
        with pytest.raises(Exception, match=FULL):
            backup.backup_sqlite(db, "b5")
        assert not list((disk / "backups").glob("*.part"))
