"""`danvan plans …` in-process on a copy of the demo commune: plans listed with their state and
share done, documents from above, a draft plan from one, items due, an item marked done; bad
input gives a Vietnamese message and exit 2 with nothing written."""

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
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    return path


def test_list_directives_draft_due_and_done(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plans", "list", "--db", str(db), "--status", "late")
    assert code == 0
    assert "18-KH/ĐU" in out and "Ban hành chậm" in out and "Tổng số: 1 kế hoạch" in out
    code, out, _ = run(capsys, "plans", "list", "--db", str(db), "--search", "dan van chinh quyen")
    assert code == 0 and "05/KH-UBND" in out and "2/4 việc xong" in out
    code, out, _ = run(capsys, "plans", "directives", "--db", str(db))
    assert code == 0 and "45-KH/ĐU" in out and "đã có kế hoạch 18-KH/ĐU (chậm)" in out
    directive = next(line for line in out.splitlines() if "28/KH-UBND" in line).split("\t")[0]
    code, out, _ = run(capsys, "plans", "from-directive", directive, "--db", str(db))
    assert code == 0 and "Đã lập dự thảo kế hoạch thực hiện 28/KH-UBND" in out
    code, out, _ = run(capsys, "plans", "list", "--db", str(db), "--status", "draft")
    assert "Tổng số: 2 kế hoạch" in out
    code, out, _ = run(capsys, "plans", "due", "--db", str(db), "--today", "20/11/2026")
    assert code == 0 and "Quá hạn: 1; đến hạn trong 7 ngày tới: 1" in out
    overdue = next(line for line in out.splitlines() if "Quá hạn\t" in line).split("\t")[0]
    code, _out, err = run(capsys, "plans", "done", overdue, "--db", str(db), "--on", "31/02/2026")
    assert code == 2 and "không phải là ngày hợp lệ" in err
    code, _out, err = run(capsys, "plans", "done", overdue, "--db", str(db), "--on", "01/01/2999")
    assert code == 2 and "tương lai" in err
    code, out, _ = run(capsys, "plans", "due", "--db", str(db), "--today", "20/11/2026")
    assert "Quá hạn: 1;" in out  # nothing was written by the refusals
    code, out, _ = run(capsys, "plans", "done", overdue, "--db", str(db), "--on", "19/11/2026")
    assert code == 0 and "19/11/2026" in out
    code, out, _ = run(capsys, "plans", "due", "--db", str(db), "--today", "20/11/2026")
    assert "Quá hạn: 0;" in out
    code, _out, err = run(capsys, "plans", "due", "--db", str(db), "--days", "999")
    assert code == 2 and "Số ngày" in err


def test_directive_add_and_warn_days(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--number", "30/CV-BDV", "--date", "02/11/2026", "--issuer", "Ban Dân vận Tỉnh ủy"]
    args += ["--title", "Công văn về sơ kết phong trào", "--due", "30/11/2026"]
    code, out, _ = run(capsys, "plans", "directive-add", "--db", str(db), *args)
    assert code == 0 and "xã tự theo dõi" in out
    code, out, _ = run(capsys, "plans", "directives", "--db", str(db))
    assert "30/CV-BDV" in out and "chưa có kế hoạch" in out
    bad = [*args[:-1], "01/10/2026"]  # due before the document's own date
    code, _out, err = run(capsys, "plans", "directive-add", "--db", str(db), *bad)
    assert code == 2 and "Hạn ban hành kế hoạch" in err
    code, out, _ = run(capsys, "plans", "warn-days", "30", "--db", str(db))
    assert code == 0
    code, out, _ = run(capsys, "plans", "due", "--db", str(db), "--today", "20/11/2026")
    assert "đến hạn trong 30 ngày tới: 2" in out  # 25/11 and 15/12; 30/12 is further
