"""`danvan report …` and `danvan outgoing …` in-process on a copy of the demo: make a report for
a quarter, issue it, export PDF and .docx, list the register; bad input: a Vietnamese message,
exit 2, nothing written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from danvan_desktop.cli import main


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_PASSWORD", "danvan2026")
    monkeypatch.delenv("DANVAN_USER", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_report_cli(demo_template: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    db.chmod(0o644)
    code, out, _ = run(capsys, "report", "list", "--db", str(db))
    assert code == 0 and "01/BC-UBND" in out and "1-BC/ĐU" in out  # the demo's two reports

    code, out, _ = run(
        capsys,
        "report",
        "new",
        "--db",
        str(db),
        "--kind",
        "quarter",
        "--period",
        "3/2026",
        "--layout",
        "party",
    )
    assert code == 0 and "quý III năm 2026" in out and "hạn gửi 10/10/2026" in out
    rid = re.search(r"([0-9a-f-]{36})", out).group(1)

    code, _, err = run(
        capsys, "report", "new", "--db", str(db), "--kind", "quarter", "--period", "5/2026"
    )
    assert code == 2 and "quý từ 1 đến 4" in err

    code, out, _ = run(
        capsys,
        "report",
        "issue",
        rid,
        "--db",
        str(db),
        "--date",
        "06/10/2026",
        "--signer",
        "Trần Văn Bình",
    )
    assert code == 0 and "2-BC/ĐU" in out

    code, _, err = run(
        capsys, "report", "export", rid, "--db", str(db), "--pdf", str(tmp_path / "x.docx")
    )
    assert code == 2 and "đuôi .pdf" in err and not (tmp_path / "x.docx").exists()
    code, _, _ = run(
        capsys, "report", "export", rid, "--db", str(db), "--docx", str(tmp_path / "r.docx")
    )
    assert code == 0
    text = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert "quý III năm 2026" in text
    code, _, _ = run(
        capsys, "report", "export", rid, "--db", str(db), "--pdf", str(tmp_path / "r.pdf")
    )
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")

    code, out, _ = run(capsys, "outgoing", "list", "--db", str(db), "--search", "quy III")
    assert code == 0 and "2-BC/ĐU" in out and "Tổng: 1 văn bản" in out
