"""`danvan answers …` in-process on the demo commune: the list with due dates, recording a
voters' petition and an answer; bad input gives a Vietnamese message, exit 2, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from danvan_desktop.cli import main


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_PASSWORD", "danvan2026")
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
def db(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    return str(path)


def test_list_add_and_answer(capsys, db: str) -> None:  # noqa: ANN001
    code, out, _ = run(capsys, "answers", "list", "--db", db, "--today", "20/11/2026")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Mã\tNguồn\tNgày nhận\tHạn trả lời")
    assert "Tổng: 10 kiến nghị, 2 quá hạn chưa trả lời (ngày xét 20/11/2026)." in out
    code, out, err = run(
        capsys,
        "answers",
        "add-voter",
        "--db",
        db,
        "--received",
        "20/07/2026",
        "--content",
        "Đề nghị làm mương thoát nước",
        "--session",
        "Kỳ họp giữa năm",
    )
    assert code == 0, err
    assert "hạn trả lời 19/08/2026" in out
    item = out.split("kiến nghị cử tri ")[1].split(":")[0]
    code, out, err = run(
        capsys,
        "answers",
        "answer",
        item,
        "--db",
        db,
        "--date",
        "19/08/2026",
        "--content",
        "Đã đưa vào kế hoạch năm 2027",
        "--ref",
        "88/UBND",
    )
    assert code == 0, err
    assert "đã trả lời đúng hạn" in out
    code, out, _ = run(capsys, "answers", "list", "--db", db, "--state", "answered")
    assert f"{item}\tCử tri\t20/07/2026\t19/08/2026\t19/08/2026\tĐã trả lời đúng hạn" in out


def test_bad_input_is_refused_in_vietnamese(capsys, db: str) -> None:  # noqa: ANN001
    code, _, _ = run(
        capsys,
        "answers",
        "add-voter",
        "--db",
        db,
        "--received",
        "20/07/2026",
        "--content",
        "Kiến nghị",
    )
    assert code == 0
    _, out, _ = run(
        capsys, "answers", "list", "--db", db, "--state", "open", "--today", "20/11/2026"
    )
    item = next(line.split("\t")[0] for line in out.splitlines() if line.endswith("\tKiến nghị"))
    code, _, err = run(
        capsys, "answers", "answer", item, "--db", db, "--date", "01/07/2026", "--content", "X"
    )
    assert code == 2
    assert "Ngày trả lời (01/07/2026) không thể trước ngày nhận kiến nghị (20/07/2026)." in err
    code, _, err = run(
        capsys,
        "answers",
        "answer",
        "khong-co",
        "--db",
        db,
        "--date",
        "01/08/2026",
        "--content",
        "X",
    )
    assert code == 2 and "Không tìm thấy kiến nghị" in err
    code, _, err = run(
        capsys, "answers", "add-voter", "--db", db, "--received", "31/02/2026", "--content", "X"
    )
    assert code == 2 and "không phải là ngày hợp lệ" in err
    code, _, err = run(
        capsys,
        "answers",
        "add-voter",
        "--db",
        db,
        "--received",
        "01/02/2026",
        "--content",
        "X",
        "--days",
        "60",
    )
    assert code == 2 and "phải ghi lý do" in err
    _, out, _ = run(capsys, "answers", "list", "--db", db)
    assert "Tổng: 11 kiến nghị" in out  # nothing written by the refusals
    _, out, _ = run(capsys, "answers", "list", "--db", db, "--state", "answered")
    assert item not in out
