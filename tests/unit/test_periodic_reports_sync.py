"""Reports travel up (issue 11): the demo commune's issued reports, their narratives, frozen
figures and due dates go up in a real data bundle; at the province the upper level sees who
reported on time, reads each report as issued, and builds the consolidated report over its
communes' figures, in both formats."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.reports.periodic.document import document
from danvan_desktop.reports.periodic.writers import write
from danvan_desktop.services import install
from danvan_desktop.services.context import open_context
from danvan_desktop.services.periodic_reports import consolidated as C
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.periodic_reports import reports as R

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def province(tmp_path: Path):  # noqa: ANN201
    ctx = open_context(tmp_path / "tinh.sqlite")
    install.initialise(ctx, "42", "admin", "matkhau123", "Trần Văn Tỉnh")
    yield ctx
    ctx.close()


def test_reports_go_up_and_the_province_reads_and_consolidates(
    demo_ctx, province, tmp_path: Path
) -> None:  # noqa: ANN001
    from danvan_desktop.sync import exporter, rollup, trust

    commune_half = next(v for v in R.list_reports(demo_ctx) if v.kind == "half")
    issued = R.get_report(demo_ctx, commune_half.id)
    trust.export_own_key(demo_ctx, tmp_path / "xa.key.json")
    trust.trust_key_file(province, tmp_path / "xa.key.json")
    exporter.export_data(demo_ctx, tmp_path / "up")
    result = rollup.import_folder(province, tmp_path / "up", ack_dir=tmp_path / "acks")
    assert not result.refused, result.summary()

    half = periods.make_period("half", 2026)
    rows = {r.code: r for r in C.standing_below(province, half, TODAY)}
    assert len(rows) > 60  # every commune of Hà Tĩnh below the province
    got = rows["18673"].standing
    assert got.status == "on_time" and got.number_label == "01/BC-UBND"
    assert got.due_on == dt.date(2026, 7, 10) and got.sent_on == dt.date(2026, 7, 9)
    assert rows["18652"].standing.status == "missing"

    # read at the province exactly as issued: narratives and frozen figures
    there = R.get_report(province, got.report_id)
    assert there.narratives == issued.narratives and there.sections == issued.sections
    assert there.status == "sent" and not there.editable
    with pytest.raises(RuleViolation):  # the commune's record: read, never edited, up here
        R.save_narratives(province, got.report_id, {"intro": "sửa"})

    view = C.consolidated(province, half, "state", TODAY)
    pet = next(s for s in view.sections if s.key == "petitions")
    own = next(s for s in issued.sections if s.key == "petitions")
    # one commune below has data: the province's sums are its figures
    assert pet.figures["petitions_received"] == own.figures["petitions_received"]
    assert "Có 1/" in view.narratives["intro"] and "1 đúng hạn" in view.narratives["intro"]
    pdf = write(document(view, TODAY), tmp_path / "tong-hop.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "TỈNH HÀ TĨNH" in text and "Tổng hợp kết quả" in text
    docx = write(
        document(C.consolidated(province, half, "party", TODAY), TODAY), tmp_path / "tong-hop.docx"
    )
    paras = [p.text for p in Document(str(docx)).paragraphs]
    assert any("Tổng hợp kết quả" in p for p in paras)
    assert "BAN TUYÊN GIÁO VÀ DÂN VẬN" in Document(str(docx)).tables[0].cell(0, 0).text
    # the province's own stored report on the period: the same sums, its own number series
    rid = R.create_report(province, half, "party", today=TODAY)
    mine = R.get_report(province, rid)
    assert mine.issuing_agency == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert next(s for s in mine.sections if s.key == "petitions").figures == pet.figures
    R.update_header(province, rid, {"signer_name": "Nguyễn Thị Hà"})
    assert R.issue(province, rid, dt.date(2026, 7, 20)) == "1-BC/BTGDVTU"
    shutil.rmtree(tmp_path / "up")
