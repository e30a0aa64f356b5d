"""`danvan democracy …` run in-process on the demo commune: each listing logs in and prints the
year's records; a bad year or a wrong password is a Vietnamese message and exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from danvan_desktop.cli import main

PASSWORD = "danvan2026"


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_PASSWORD", PASSWORD)
    monkeypatch.delenv("DANVAN_USER", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse refusing an argument
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    return ("--db", str(path))


def test_listings_of_the_demo_year(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "democracy", "events", "--year", "2026", *db)
    assert code == 0, err
    assert "Hoạt động quán triệt, tuyên truyền năm 2026: 10" in out
    assert (
        "23/04/2026\tHội nghị quán triệt, triển khai\tHội nghị quán triệt Chỉ thị số 08-CT/TU"
        in out
    )
    assert "Tổng số lượt người tham dự: 893" in out
    code, out, err = run(capsys, "democracy", "matters", "--year", "2026", *db)
    assert code == 0, err
    assert "năm 2026: 3 (2 thông qua)" in out and "68/142 hộ tán thành\tKhông thông qua" in out
    code, out, err = run(capsys, "democracy", "publicity", "--year", "2026", *db)
    assert code == 0, err
    assert "Kế hoạch sử dụng đất năm 2026" in out and "Chưa đủ 30 ngày" in out
    code, out, err = run(capsys, "democracy", "charters", *db)
    assert code == 0, err
    assert "Hương ước, quy ước: 2" in out and "cần rà soát" in out
    assert "sửa đổi 10/09/2024: Bổ sung quy định về phân loại rác" in out
    code, out, _ = run(capsys, "democracy", "events", "--year", "2025", *db)
    assert "năm 2025: 0" in out


def test_bad_input_is_refused(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "democracy", "events", "--year", "hai nghìn", *db)
    assert code == 2 and "không phải là năm" in err
    monkeypatch.setenv("DANVAN_PASSWORD", "sai-mat-khau")
    code, out, err = run(capsys, "democracy", "matters", *db)
    assert code == 2 and "mật khẩu không đúng" in (out + err) and "thông qua" not in out
