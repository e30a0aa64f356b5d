"""The `danvan` command, run as a user would (a real subprocess, real files)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl

# Commands that read citizens' data or change anything log in: the demo's admin by default.
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "DANVAN_PASSWORD": "danvan2026"}
INIT_ENV = {**ENV, "DANVAN_USER": "quantri", "DANVAN_PASSWORD": "matkhau123"}


def danvan(
    *args: str, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "danvan_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or ENV,
        timeout=180,
    )


def test_version() -> None:
    result = danvan("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("danvan-desktop ")


def test_init_then_check_backup_restore(tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite"
    result = danvan(
        "init",
        "--db",
        str(db),
        "--unit",
        "18673",
        "--admin",
        "quantri",
        "--admin-name",
        "Nguyễn Văn Quản",
        "--hamlet",
        "Thôn Trung Hà",
        "--hamlet",
        "Thôn Đông",
        stdin="matkhau123\n",
    )
    assert result.returncode == 0, result.stderr
    assert "18673" in result.stdout
    again = danvan("init", "--db", str(db), "--unit", "18673", "--admin", "x", stdin="matkhau123\n")
    assert again.returncode == 2 and "đã được thiết lập" in again.stderr

    check = danvan("db", "check", "--db", str(db))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Toàn vẹn: tốt" in check.stdout and "user_account: 1" in check.stdout

    backup = danvan("db", "backup", "--db", str(db), env=INIT_ENV)
    assert backup.returncode == 0, backup.stderr
    backup_path = Path(backup.stdout.strip())
    assert backup_path.exists()
    # change the database, then restore: the change is gone and the pre-restore state is kept
    import sqlite3

    with sqlite3.connect(db) as con:
        con.execute("UPDATE unit SET name = 'Đã sửa' WHERE code = '18673'")
    restore = danvan("db", "restore", "--db", str(db), str(backup_path), env=INIT_ENV)
    assert restore.returncode == 0, restore.stderr
    with sqlite3.connect(db) as con:
        assert (
            con.execute("SELECT name FROM unit WHERE code = '18673'").fetchone()[0]
            == "Xã Cẩm Xuyên"
        )


def test_bad_input_exits_non_zero_with_vietnamese_message(tmp_path: Path) -> None:
    result = danvan(
        "init",
        "--db",
        str(tmp_path / "a.sqlite"),
        "--unit",
        "99999",
        "--admin",
        "quantri",
        stdin="matkhau123\n",
    )
    assert result.returncode == 2
    assert "Không tìm thấy đơn vị" in result.stderr
    short = danvan(
        "init",
        "--db",
        str(tmp_path / "b.sqlite"),
        "--unit",
        "18673",
        "--admin",
        "quantri",
        stdin="123\n",
    )
    assert short.returncode == 2 and "ít nhất 8 ký tự" in short.stderr
    # nothing half-written: the refused init left no unit configured
    import sqlite3

    with sqlite3.connect(tmp_path / "b.sqlite") as con:
        assert con.execute("SELECT count(*) FROM user_account").fetchone()[0] == 0
        assert (
            con.execute("SELECT count(*) FROM setting WHERE key = 'unit_code'").fetchone()[0] == 0
        )
    missing = danvan(
        "db", "restore", "--db", str(tmp_path / "a.sqlite"), str(tmp_path / "none.sqlite")
    )
    assert missing.returncode == 2 and "Không có tệp sao lưu" in missing.stderr
    bad_out = danvan(
        "models", "export", "--db", str(tmp_path / "a.sqlite"), "--out", str(tmp_path / "x.doc")
    )
    assert bad_out.returncode == 2 and ".xlsx hoặc .pdf" in bad_out.stderr


def test_demo_list_and_export(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = danvan("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "mô hình, điển hình" in result.stdout
    assert not list(tmp_path.glob(".*building*"))
    again = danvan("demo", "--db", str(db))
    assert again.returncode == 2 and "đã có" in again.stderr
    listed = danvan("models", "list", "--db", str(db), "--search", "camera an ninh")
    assert "Camera an ninh – mắt thần khu dân cư" in listed.stdout
    out = tmp_path / "so.xlsx"
    exported = danvan("models", "export", "--db", str(db), "--out", str(out))
    assert exported.returncode == 0 and Path(exported.stdout.strip()) == out
    assert openpyxl.load_workbook(out)["Sổ mô hình"].max_row > 40


def test_newer_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "new.sqlite"
    assert danvan("db", "upgrade", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = 'tuong_lai_9999'")
    result = danvan("db", "upgrade", "--db", str(db))
    assert result.returncode == 2 and "phiên bản phần mềm mới hơn" in result.stderr


def test_db_given_before_the_subcommand_is_used(tmp_path: Path) -> None:
    db = tmp_path / "truoc.sqlite"
    (tmp_path / "truoc-files" / "ab").mkdir(
        parents=True
    )  # a leftover evidence folder is merged, not fatal
    result = danvan("--db", str(db), "demo")
    assert result.returncode == 0, result.stderr
    assert db.exists()
    listed = danvan("--db", str(db), "models", "list", "--search", "dan van kheo")
    assert "Tổng số: 2" in listed.stdout


def test_demo_if_missing_keeps_an_existing_database(tmp_path: Path, demo_template: Path) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)  # `danvan demo` itself is built in test_demo_list_and_export
    before = db.stat().st_mtime_ns
    again = danvan("demo", "--if-missing", "--db", str(db))
    assert again.returncode == 0 and "giữ nguyên" in again.stdout
    assert db.stat().st_mtime_ns == before
