"""The "Báo cáo" screen with real widgets on the demo (issue 11): make a report for a chosen
period, write a narrative, regenerate the figures (the narrative stays), issue it (its number in
the outgoing register), export PDF and .docx; the screen fits 1366×768; the petitions' report
period is chosen in a dialog."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.periodic_reports import reports as R
from danvan_desktop.ui.periodic_reports.period_chooser import PeriodDialog
from danvan_desktop.ui.periodic_reports.screen import ReportsScreen
from tests.upper_level_support import petitions

TODAY = dt.date(2026, 11, 20)


def test_generate_edit_regenerate_issue_export(qtbot, demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    screen = ReportsScreen(demo_ctx, None, TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 700)
    before = screen.table.rowCount()
    assert before == 3  # the demo: 6 months, 9 months, this quarter's draft
    assert screen.register.rowCount() == 2

    rid = screen.new_report(periods.make_period("quarter", 2026, 3), "state")
    assert rid and screen.table.rowCount() == before + 1
    ed = screen.editor(rid)
    qtbot.addWidget(ed)
    assert "Công tác tiếp nhận, giải quyết đơn thư" in ed.preview.toPlainText()
    found = re.search(r"Trong kỳ tiếp nhận (\d+) đơn thư", ed.preview.toPlainText())
    assert found is not None
    received = int(found.group(1))
    ed.editors["intro"].setPlainText("Quý III, tình hình trên địa bàn ổn định.")
    ed.editors["area:petitions"].setPlainText("Tập trung giải quyết đơn đất đai.")
    ed.recipients.setPlainText("Sở Nội vụ tỉnh Hà Tĩnh (để b/c)\n\nLưu: VT")
    assert ed.save()
    assert R.get_report(demo_ctx, rid).recipients == [
        "Sở Nội vụ tỉnh Hà Tĩnh (để b/c)",
        "Lưu: VT",
    ]
    petitions(demo_ctx, demo_ctx.unit_code, [dict(received_on=dt.date(2026, 9, 15))])
    ed.regenerate()
    assert f"Trong kỳ tiếp nhận {received + 1} đơn thư" in ed.preview.toPlainText()
    assert ed.editors["intro"].toPlainText() == "Quý III, tình hình trên địa bàn ổn định."
    assert ed.editors["area:petitions"].toPlainText() == "Tập trung giải quyết đơn đất đai."

    number = ed.issue()
    assert number == "02/BC-UBND"  # the demo's 6-month report took 01
    assert "Đã ban hành" in ed.status.text() and not ed.buttons["issue"].isEnabled()
    assert ed.editors["intro"].isReadOnly()
    screen.refresh()
    labels = [screen.register.item(r, 0).text() for r in range(screen.register.rowCount())]
    assert "02/BC-UBND" in labels
    screen.register_search.setText("quy III")
    assert screen.register.rowCount() == 1

    for fmt in ("pdf", "docx"):
        task = ed.export_to(tmp_path / f"r.{fmt}")
        qtbot.waitUntil(lambda t=task: t.finished, timeout=30000)
        assert task.error is None
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Quý III, tình hình trên địa bàn ổn định." in pdf and "Số: 02/BC-UBND" in pdf
    assert "Sở Nội vụ tỉnh Hà Tĩnh (để b/c);" in pdf
    docx = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]
    assert "Tập trung giải quyết đơn đất đai." in docx


def test_a_new_report_offers_the_previous_periods_narrative(qtbot, demo_ctx) -> None:  # noqa: ANN001
    screen = ReportsScreen(demo_ctx, None, TODAY)
    qtbot.addWidget(screen)
    q3 = screen.new_report(periods.make_period("quarter", 2026, 3))
    R.save_narratives(demo_ctx, q3, {"directions": "Nhân rộng mô hình dân vận khéo."})
    q4 = screen.new_report(periods.make_period("quarter", 2026, 4))
    ed = screen.editor(q4)
    qtbot.addWidget(ed)
    assert ed.editors["directions"].toPlainText() == "Nhân rộng mô hình dân vận khéo."


def test_fits_a_small_screen(qtbot, demo_ctx) -> None:  # noqa: ANN001
    screen = ReportsScreen(demo_ctx, None, TODAY)
    qtbot.addWidget(screen)
    hint = screen.minimumSizeHint()
    assert hint.width() <= 1100 and hint.height() <= 650, hint
    ed = screen.editor(R.list_reports(demo_ctx)[0].id)
    qtbot.addWidget(ed)
    hint = ed.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 700, hint


def test_period_dialog(qtbot) -> None:  # noqa: ANN001
    dlg = PeriodDialog(TODAY, None)
    qtbot.addWidget(dlg)
    dlg.chooser.set_kind("quarter")
    dlg.chooser.number.setValue(2)
    assert dlg.chooser.period().label == "quý II năm 2026"
    assert "từ 01/04/2026 đến 30/06/2026" in dlg.shown.text()
    dlg.chooser.set_kind("adhoc")
    dlg.chooser.start.set_value(dt.date(2026, 5, 1))
    dlg.chooser.end.set_value(dt.date(2026, 4, 1))
    assert "không thể trước" in dlg.error.text()
    dlg.chooser.end.set_value(dt.date(2026, 9, 30))
    p = dlg.chooser.period()
    assert (p.start, p.end) == (dt.date(2026, 5, 1), dt.date(2026, 9, 30))


def test_upper_level_sees_who_reported_and_consolidates(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """At a province: reports as bundles leave them (inserted directly), the tab's standing for
    the period (on time, late, missing) and the consolidated report written."""
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context
    from danvan_desktop.store.periodic_reports import PeriodicReport
    from danvan_desktop.ui.periodic_reports.upper import UpperTab

    ctx = open_context(tmp_path / "tinh.sqlite")
    try:
        install.initialise(ctx, "42", "admin", "matkhau123", "Trần Văn Tỉnh")
        half = periods.make_period("half", 2026)
        with ctx.session() as s:
            for unit, issued in (("18673", dt.date(2026, 7, 8)), ("18652", dt.date(2026, 7, 15))):
                s.add(
                    PeriodicReport(
                        unit_code=unit,
                        kind="half",
                        period_start=half.start,
                        period_end=half.end,
                        period_label=half.label,
                        title=f"Báo cáo {unit}",
                        status="issued",
                        issued_on=issued,
                        due_on=dt.date(2026, 7, 10),
                        number_label="01/BC-UBND",
                        snapshot="",
                    )
                )
        petitions(ctx, "18673", [dict(received_on=dt.date(2026, 3, 1))])
        tab = UpperTab(ctx, None, TODAY)
        qtbot.addWidget(tab)
        tab.chooser.set_kind("half")
        names = {
            tab.table.item(r, 0).text(): tab.table.item(r, 1).text()
            for r in range(tab.table.rowCount())
        }
        assert names["Xã Cẩm Xuyên"] == "Đúng hạn" and len(names) > 60
        assert list(names.values()).count("Chậm") == 1
        assert "1 xã gửi đúng hạn, 1 gửi chậm" in tab.summary.text()
        tab.layout_box.setCurrentIndex(tab.layout_box.findData("party"))
        task = tab.export_consolidated(tmp_path / "tong-hop.docx")
        qtbot.waitUntil(lambda: task.finished, timeout=30000)
        assert task.error is None
        text = "\n".join(p.text for p in Document(str(tmp_path / "tong-hop.docx")).paragraphs)
        assert "Có 2/" in text and "(1 đúng hạn, 1 chậm)" in text
        assert "Trong kỳ tiếp nhận 1 đơn thư" in text
    finally:
        ctx.close()
