"""The plans screen driven with pytest-qt on a real commune database: forms are filled and saved
through the screen's dialog runner, and what the officer sees is read back from the widgets —
a plan answering a document from above with items, an item marked done and the share done
updating, a plan issued late shown late, a refused save keeping the form open, a change of
committee member with its history, funding in đồng; at an upper level, the communes' answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from danvan_desktop.services.context import AppContext
from danvan_desktop.store.plans import PlanDirective
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.plans import committee, common, directives, items, register
from danvan_desktop.ui.plans.screen import PlansScreen, build_screen

D = dt.date
TODAY = D(2026, 11, 20)


class Forms:
    """Answers the next form(s) the screen opens: values to enter, then Save."""

    def __init__(self, screen: PlansScreen) -> None:
        self.queue: list[dict[str, Any]] = []
        self.last: FormDialog | None = None
        screen.dialog_runner = self.run

    def answer(self, **values: Any) -> Forms:
        self.queue.append(values)
        return self

    def run(self, dialog: FormDialog) -> bool:
        self.last = dialog
        dialog.set_values(self.queue.pop(0))
        return dialog.try_save()


@pytest.fixture
def screen(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> PlansScreen:  # noqa: ANN001
    make_app()
    for module in (common, committee, directives, items, register):
        for name in ("info", "warn"):
            if hasattr(module, name):
                monkeypatch.setattr(
                    module, name, lambda *a, **k: pytest.fail(f"unexpected message box: {a[1:]}")
                )
        if hasattr(module, "ask_to_delete"):
            monkeypatch.setattr(module, "ask_to_delete", lambda *a, **k: True)
    with ctx.session() as s:
        s.add(
            PlanDirective(
                unit_code="42",
                number="45-KH/ĐU",
                issued_on=D(2026, 5, 5),
                issuer="Ban Thường vụ Đảng ủy UBND tỉnh",
                title="Kế hoạch triển khai thực hiện Chỉ thị số 08-CT/TU",
                plan_due_on=D(2026, 5, 31),
            )
        )
    w = build_screen(ctx)
    assert isinstance(w, PlansScreen)
    w.today = TODAY
    qtbot.addWidget(w)
    w.resize(1146, 678)  # a 1366×768 screen less the navigation and the title bar
    w.show()
    w.refresh()
    return w


def cells(table, column: int) -> list[str]:  # noqa: ANN001
    return [table.item(r, column).text() for r in range(table.rowCount())]


def select(table, text: str, column: int = 0) -> None:  # noqa: ANN001
    table.selectRow(cells(table, column).index(text))


def test_plan_with_items_done_share_and_late(screen: PlansScreen, tmp_path) -> None:  # noqa: ANN001
    forms = Forms(screen)
    tab = screen.directives_tab
    assert cells(tab.table, 0) == ["45-KH/ĐU"]
    assert cells(tab.table, 6) == ["Chưa có – quá hạn"]
    # a plan answering the document, issued without a number: refused, the form stays open
    select(tab.table, "45-KH/ĐU")
    forms.answer(number="", issued_on=D(2026, 6, 3), issued=True)
    tab.plan_from()
    assert forms.last is not None and "chưa có số văn bản" in forms.last.error.text()
    assert screen.plans_tab.table.rowCount() == 0
    forms.answer(number="18-KH/ĐU", issued_on=D(2026, 6, 3), issued=True)
    tab.plan_from()
    plans = screen.plans_tab
    assert screen.tabs.currentWidget() is plans
    assert cells(plans.table, 0) == ["18-KH/ĐU"]
    assert cells(plans.table, 5) == ["Ban hành chậm"]
    assert "Ban hành chậm" in plans.header.text() and "31/05/2026" in plans.header.text()
    assert cells(tab.table, 6) == ["18-KH/ĐU (03/06/2026) – chậm"]
    panel = plans.items
    for content, due in (
        ("Quán triệt Chỉ thị", D(2026, 6, 30)),
        ("Xây dựng mô hình", D(2026, 12, 31)),
    ):
        forms.answer(content=content, responsible="UBND xã", due_on=due)
        panel.add_item()
    assert cells(panel.table, 1) == ["Quán triệt Chỉ thị", "Xây dựng mô hình"]
    assert cells(panel.table, 4) == ["Quá hạn", "Chưa bắt đầu"]
    assert cells(plans.table, 6) == ["0/2 (0 %)"]
    # progress on the second, then the first marked done: a date is required
    select(panel.table, "Xây dựng mô hình", 1)
    forms.answer(on=D(2026, 11, 2), note="Đã chọn thôn làm điểm", percent=30)
    panel.add_progress()
    assert cells(panel.table, 4)[1] == "Đang thực hiện"
    assert "Đã chọn thôn làm điểm" in cells(panel.table, 7)[1]
    select(panel.table, "Quán triệt Chỉ thị", 1)
    forms.answer(done_on=None)
    panel.mark_done()
    assert forms.last is not None and "ngày hoàn thành" in forms.last.error.text().lower()
    assert cells(panel.table, 4)[0] == "Quá hạn"
    select(panel.table, "Quán triệt Chỉ thị", 1)
    forms.answer(done_on=D(2026, 6, 28))
    panel.mark_done()
    assert cells(panel.table, 4) == ["Hoàn thành", "Đang thực hiện"]
    # evidence for the item done: copied into the store, counted in its row, found to open
    proof = tmp_path / "bien-ban.txt"
    proof.write_text("Biên bản hội nghị quán triệt", encoding="utf-8")
    done_id = panel.item_id()
    assert done_id is not None and panel.attach(done_id, proof)
    assert cells(panel.table, 6)[0] == "1"
    opened = panel.evidence_paths(done_id)
    assert len(opened) == 1 and opened[0].read_text(encoding="utf-8") == proof.read_text("utf-8")
    assert cells(plans.table, 6) == ["1/2 (50 %)"]
    assert "Đã xong 1/2 việc (50 %)" in plans.header.text()
    # filters: late, and a search without diacritics
    plans.status.setCurrentIndex(plans.status.findData("late"))
    assert cells(plans.table, 0) == ["18-KH/ĐU"]
    plans.status.setCurrentIndex(plans.status.findData("draft"))
    assert plans.table.rowCount() == 0
    plans.status.setCurrentIndex(0)
    plans.search.setText("chi thi 08")
    assert cells(plans.table, 0) == ["18-KH/ĐU"]
    plans.search.setText("khong co")
    assert plans.table.rowCount() == 0


def test_committee_member_change_and_funding(screen: PlansScreen) -> None:
    forms = Forms(screen)
    tab = screen.committee_tab
    assert "Chưa có Ban Chỉ đạo" in tab.info.text()
    forms.answer(decision_number="12/QĐ-UBND", decided_on=D(2025, 2, 15), signer="Chủ tịch UBND xã")
    tab.found()
    assert "12/QĐ-UBND" in tab.info.text() and "đang hoạt động" in tab.info.text()
    forms.answer(
        person_name="Trần Văn Hùng", role="head", position="Bí thư", from_on=D(2025, 2, 15)
    )
    tab.add_member()
    forms.answer(
        person_name="Hoàng Văn Nam", role="member", position="Bí thư Đoàn", from_on=D(2025, 2, 15)
    )
    tab.add_member()
    assert cells(tab.now, 0) == ["Trần Văn Hùng", "Hoàng Văn Nam"]
    select(tab.now, "Hoàng Văn Nam")
    forms.answer(on=D(2026, 4, 1), person_name="Phan Thị Mai", position="Bí thư Đoàn")
    tab.replace()
    assert cells(tab.now, 0) == ["Trần Văn Hùng", "Phan Thị Mai"]
    assert cells(tab.now, 1) == ["Trưởng ban", "Thành viên"]
    history = dict(zip(cells(tab.history, 0), cells(tab.history, 4), strict=True))
    assert history["Hoàng Văn Nam"] == "31/03/2026" and history["Phan Thị Mai"] == ""
    assert "Hoàng Văn Nam" in cells(tab.history, 5)
    # the committee as at a date before the change
    tab.as_at.set_value(D(2026, 3, 31))
    assert cells(tab.now, 0) == ["Trần Văn Hùng", "Hoàng Văn Nam"]
    funding = screen.funding_tab
    forms.answer(year=2026, amount=15_000_000, decided_on=D(2026, 1, 12), source="Ngân sách xã")
    funding.add()
    assert cells(funding.table, 3) == ["15.000.000 đ"]
    assert "2026: 15.000.000 đ" in funding.totals.text()


def test_upper_level_view(qtbot, demo_template, tmp_path) -> None:  # noqa: ANN001
    """At a province: per document, each commune's answer (here the demo commune's data as a
    province would hold it after import)."""
    import shutil

    from danvan_desktop.services.context import open_context
    from danvan_desktop.store.settings import set_setting
    from danvan_desktop.ui.plans.upper import UpperPlansScreen

    make_app()
    path = tmp_path / "tinh.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    ctx = open_context(path)
    try:
        with ctx.session() as s:
            set_setting(s, "unit_level", "province")
        ctx.unit_code = "42"
        w = build_screen(ctx)
        assert isinstance(w, UpperPlansScreen)
        qtbot.addWidget(w)
        w.year.setCurrentIndex(w.year.findData(2026))
        qtbot.waitUntil(lambda: w.loaded, timeout=15000)  # read on a worker
        assert w.load_task is not None and w.load_task.thread is not None
        numbers = cells(w.docs, 0)
        assert "45-KH/ĐU" in numbers and "28/KH-UBND" in numbers
        select(w.docs, "45-KH/ĐU")
        # every commune of the province is listed; only the demo commune sent its plans
        pairs = list(zip(cells(w.per_commune, 1), cells(w.per_commune, 3), strict=True))
        assert ("18-KH/ĐU", "Ban hành chậm") in pairs and len(pairs) >= 60
        others = {state for number, state in pairs if number != "18-KH/ĐU"}
        assert others == {"Chưa có kế hoạch – quá hạn"}
        select(w.docs, "28/KH-UBND")
        states = dict(zip(cells(w.per_commune, 1), cells(w.per_commune, 3), strict=True))
        assert states["05/KH-UBND"] == "Đúng hạn"
        # the province issues a document of its own: it is listed with no commune's plan yet
        w.dialog_runner = lambda d: (
            d.set_values(
                {
                    "number": "60/KH-UBND",
                    "issued_on": D(2026, 11, 2),
                    "issuer": "UBND tỉnh",
                    "title": "Kế hoạch sơ kết phong trào",
                    "plan_due_on": D(2026, 12, 15),
                }
            ),
            d.try_save(),
        )[1]
        w.add()
        qtbot.waitUntil(lambda: w.loaded and "60/KH-UBND" in cells(w.docs, 0), timeout=15000)
        select(w.docs, "60/KH-UBND")
        row = cells(w.docs, 0).index("60/KH-UBND")
        assert w.docs.item(row, 4).text().startswith("0/")
        assert set(cells(w.per_commune, 3)) == {"Chưa có kế hoạch"}
    finally:
        ctx.close()
