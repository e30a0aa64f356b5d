"""The outgoing-documents register (sổ văn bản đi): numbers per year and issuing body, never
reused, taken inside the caller's transaction (a failed issue takes none); symbols per layout;
search and the Excel export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from danvan_desktop.reports.periodic.outgoing_xlsx import export_outgoing_xlsx
from danvan_desktop.services import outgoing


def take(ctx, body: str, day: dt.date, summary: str = "Báo cáo") -> str:  # noqa: ANN001
    with ctx.session() as s:
        return outgoing.take_number(
            ctx,
            s,
            body=body,
            doc_type="BC",
            day=day,
            summary=summary,
            signer="Lê Văn Hùng",
            recipients=["UBND tỉnh", "Lưu: VT"],
            linked_type="",
            linked_id=None,
        ).number_label


def test_numbers_run_per_year_and_body_with_each_layouts_symbol(ctx) -> None:  # noqa: ANN001
    d = dt.date
    assert take(ctx, "UBND", d(2026, 1, 5)) == "01/BC-UBND"
    assert take(ctx, "UBND", d(2026, 2, 5)) == "02/BC-UBND"
    assert take(ctx, "ĐU", d(2026, 2, 6)) == "1-BC/ĐU"
    assert take(ctx, "UBND", d(2027, 1, 2)) == "01/BC-UBND"  # a new year starts again
    assert take(ctx, "ĐU", d(2026, 3, 1)) == "2-BC/ĐU"


def test_a_number_is_never_reused_and_a_failed_issue_takes_none(ctx) -> None:  # noqa: ANN001
    from danvan_desktop.store.periodic_reports import OutgoingDocument

    d = dt.date(2026, 5, 1)
    take(ctx, "UBND", d)
    with ctx.session() as s:
        s.query(OutgoingDocument).update({"deleted": True})  # the entry was cancelled
    assert take(ctx, "UBND", d) == "02/BC-UBND"
    with pytest.raises(RuntimeError), ctx.session() as s:
        outgoing.take_number(
            ctx,
            s,
            body="UBND",
            doc_type="BC",
            day=d,
            summary="x",
            signer="",
            recipients=[],
            linked_type="",
            linked_id=None,
        )
        raise RuntimeError("the document failed after taking its number")
    assert take(ctx, "UBND", d) == "03/BC-UBND"  # 03 was never written: rolled back


def test_search_and_export(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    take(ctx, "UBND", dt.date(2026, 6, 1), "Báo cáo kết quả tiếp công dân")
    take(ctx, "ĐU", dt.date(2026, 7, 1), "Báo cáo sơ kết phong trào")
    assert [r.number_label for r in outgoing.list_outgoing(ctx, text="so ket")] == ["1-BC/ĐU"]
    assert len(outgoing.list_outgoing(ctx, 2026)) == 2
    out = export_outgoing_xlsx(ctx, tmp_path / "so.xlsx", 2026)
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "01/BC-UBND" in cells and "1-BC/ĐU" in cells
    assert "Báo cáo sơ kết phong trào" in cells
    assert any(isinstance(c, dt.datetime) and c.date() == dt.date(2026, 7, 1) for c in cells)
