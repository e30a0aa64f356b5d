"""The consolidated Excel workbook (issue 11, "Today"), read back from real files: a cover that
lists every area's sheet with its row count, each sheet with the screen's columns and as many
rows as the database holds, real dates, a frozen filtered header; the CLI writes it and refuses
a wrong file type with exit 2."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from danvan_desktop.cli import main
from danvan_desktop.reports.workbook import COVER_TITLE, export_workbook
from danvan_desktop.services import areas, dialogues, models, petitions, receptions
from danvan_desktop.services.inspection import count_recommendations
from danvan_desktop.services.scoring import evaluations
from danvan_desktop.services.scoring.sheets import year_score

TODAY = dt.date(2026, 11, 20)


def _table(ws) -> tuple[list[str], list[tuple]]:  # noqa: ANN001
    rows = list(ws.iter_rows(values_only=True))
    header = 4  # title lines 1–3, blank line 4 → the header is row 5 (index 4)
    return [str(h) for h in rows[header] if h is not None], rows[header + 1 :]


@pytest.fixture
def book(demo_ctx, tmp_path: Path):  # noqa: ANN001, ANN201
    result = export_workbook(demo_ctx, tmp_path / "so tong hop.xlsx", TODAY)
    return result, openpyxl.load_workbook(result.path)


def test_cover_lists_every_area_sheet_with_its_row_count(demo_ctx, book) -> None:  # noqa: ANN001
    result, wb = book
    assert wb.sheetnames[0] == COVER_TITLE
    headers, cover = _table(wb[COVER_TITLE])
    assert headers == ["STT", "Trang tính", "Số dòng"]
    assert [(r[1], r[2]) for r in cover] == list(result.sheets)
    assert wb.sheetnames[1:] == [t for t, _ in result.sheets]
    # every area that declares sheets contributed
    with demo_ctx.read() as s:
        declared = areas.workbook_sheets(s, [demo_ctx.unit_code], TODAY)
    assert len(declared) == len(result.sheets) >= 8
    for title, n in result.sheets:
        ws = wb[title]
        _, data = _table(ws)
        assert len(data) == n, title  # the cover's count is the rows actually written
        assert ws.freeze_panes == "A6"
        assert ws.auto_filter.ref.startswith("A5")


def test_sheets_have_the_screens_columns_and_the_database_counts(demo_ctx, book) -> None:  # noqa: ANN001
    _, wb = book
    headers, rows = _table(wb["Đơn thư"])
    assert headers[:4] == ["Số đơn", "Ngày nhận", "Loại", "Người gửi"]
    assert len(rows) == petitions.count_petitions(demo_ctx) > 0
    received = headers.index("Ngày nhận")
    assert all(isinstance(r[received], dt.datetime) for r in rows)  # real dates, not text
    cell = wb["Đơn thư"].cell(6, received + 1)
    assert cell.number_format == "dd/mm/yyyy"
    overdue = [r for r in rows if r[headers.index("Tình trạng hạn")] == "Quá hạn"]
    lines = {w.key: w.count for w in areas.warnings(demo_ctx, TODAY)}
    assert len(overdue) == lines["petitions_overdue"]

    headers, rows = _table(wb["Mô hình, điển hình"])
    assert headers[0] == "Tên mô hình, điển hình"
    assert len(rows) == models.count_models(demo_ctx) > 0
    assert {r[0] for r in rows} == {m.name for m in models.list_models(demo_ctx, limit=10_000)}

    _, rows = _table(wb["Tiếp công dân"])
    sessions = receptions.list_sessions(demo_ctx)
    assert len(rows) == len(sessions) > 0
    assert rows[0][0].date() == sessions[0].held_on  # newest first, as on the screen

    _, rows = _table(wb["Đối thoại"])
    assert len(rows) == len(dialogues.list_dialogues(demo_ctx)) > 0
    headers, rows = _table(wb["Cam kết sau đối thoại"])
    every = dialogues.open_commitments(demo_ctx, TODAY, include_closed=True)
    assert len(rows) == len(every) > 0
    late = headers.index("Quá hạn (ngày)")
    assert sum(1 for r in rows if r[late]) == lines["commitments_overdue"]

    _, rows = _table(wb["Ban TTND - kiến nghị"])
    assert len(rows) == count_recommendations(demo_ctx) > 0


def test_score_sheet_total_is_the_scorecards(demo_ctx, book) -> None:  # noqa: ANN001
    _, wb = book
    headers, rows = _table(wb[f"Chấm điểm năm {TODAY.year}"])
    assert headers[:3] == ["Mã", "Tiêu chí", "Điểm tối đa"]
    total_row = rows[-1]
    card = evaluations.scorecard(demo_ctx, evaluations.open_year(demo_ctx, TODAY.year), TODAY)
    assert total_row[headers.index("Điểm")] == pytest.approx(card.result.total)
    with demo_ctx.read() as s:
        assert year_score(s, demo_ctx.unit_code, TODAY.year, TODAY).result.total == pytest.approx(
            card.result.total
        )
    assert "xếp loại" in total_row[1]


def test_cli_writes_the_workbook_and_refuses_a_wrong_type(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANVAN_PASSWORD", "danvan2026")
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    db.chmod(0o644)
    out = tmp_path / "so.xlsx"
    assert main(["--db", str(db), "export", "workbook", str(out), "--date", "20/11/2026"]) == 0
    printed = capsys.readouterr().out
    assert "Đơn thư: " in printed and str(out) in printed
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == COVER_TITLE and "Đơn thư" in wb.sheetnames
    bad = tmp_path / "so.pdf"
    assert main(["--db", str(db), "export", "workbook", str(bad)]) == 2
    assert "đuôi .xlsx" in capsys.readouterr().err
    assert not bad.exists()


def test_several_communes_get_a_commune_column(demo_ctx) -> None:  # noqa: ANN001
    """The upper level's workbook covers every commune below it: each row names its commune."""
    with demo_ctx.read() as s:
        one = areas.workbook_sheets(s, [demo_ctx.unit_code], TODAY)
        two = areas.workbook_sheets(s, [demo_ctx.unit_code, "00000"], TODAY)
        assert [sh.title for sh in one] == [sh.title for sh in two]
        for a, b in zip(one, two, strict=True):
            assert b.headers == ("Đơn vị", *a.headers)
            # widths are optional (the writer sizes a column by its header); given, one each
            assert not b.widths or len(b.widths) == len(b.headers), b.title
            rows = list(b.rows)
            if b.title.startswith("Chấm điểm"):  # the communes that opened their scorecard
                assert len(rows) == len(list(a.rows)) and {r[0] for r in rows} == {"Xã Cẩm Xuyên"}
                continue
            assert len(rows) == len(list(a.rows)), b.title
            assert {r[0] for r in rows} <= {"Xã Cẩm Xuyên"}, b.title


def test_unwritable_target_leaves_nothing(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    before = sorted(p.name for p in tmp_path.iterdir())
    blocker = tmp_path / "khong-phai-thu-muc"
    blocker.write_text("x")  # a file where the folder should be
    with pytest.raises(OSError):
        export_workbook(demo_ctx, blocker / "so.xlsx", TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, blocker.name])
    assert not list(tmp_path.glob("*.xlsx"))
