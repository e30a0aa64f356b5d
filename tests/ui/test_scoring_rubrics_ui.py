"""The province's rubrics in the GUI: load a JSON file and an Excel sheet (a changed file is a
new version, the old one kept), issue one to the communes, export it back to Excel; a bad file
is refused in Vietnamese with nothing loaded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from danvan_desktop.domain.roles import Role
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.services import install
from danvan_desktop.services.context import CurrentUser, open_context
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.scoring.rubrics_dialog import RubricsDialog


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tinh") / "tinh.sqlite"
    ctx = open_context(path)
    install.initialise(ctx, "42", "admin", "matkhau123", "Trần Văn Tỉnh")
    ctx.close()
    return path


@pytest.fixture
def province(province_template: Path, tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "tinh.sqlite"
    shutil.copyfile(province_template, path)
    ctx = open_context(path)
    ctx.unit_code = "42"
    ctx.user = CurrentUser("admin", "Trần Văn Tỉnh", Role.ADMIN)
    yield ctx
    ctx.close()


def test_load_issue_and_export_rubrics(qtbot, province, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    dialog = RubricsDialog(province)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.issue_button.isEnabled()
    data = json.loads((default_rules_dir() / "rubric_commune_default.json").read_text("utf-8"))
    data["version"] = "2026.1"  # the first version this test loads, whatever the template's
    first = tmp_path / "bo-tieu-chi.json"
    first.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    handle = dialog.import_file(first)
    qtbot.waitUntil(lambda: handle.finished and dialog.table.rowCount() == 1, timeout=10000)
    data["version"], data["criteria"][0]["title"] = "2026.2", "Lãnh đạo, chỉ đạo (sửa)"
    second = tmp_path / "bo-tieu-chi-2.json"
    second.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    handle = dialog.import_file(second)
    qtbot.waitUntil(lambda: handle.finished and dialog.table.rowCount() == 2, timeout=10000)
    versions = {dialog.table.item(i, 2).text() for i in range(2)}
    assert versions == {"2026.1", "2026.2"}  # a new version beside the old one
    row = next(i for i in range(2) if dialog.table.item(i, 2).text() == "2026.2")
    dialog.table.selectRow(row)
    assert dialog.issue_button.isEnabled()
    dialog.issue_selected()
    qtbot.waitUntil(lambda: "chưa" not in dialog.table.item(row, 5).text(), timeout=10000)
    issued = [r for r in rubrics.list_rubrics(province) if r.issued_on is not None]
    assert [r.version for r in issued] == ["2026.2"]
    dialog.table.selectRow(row)
    out = tmp_path / "xuat.xlsx"
    handle = dialog.export_selected(out)
    qtbot.waitUntil(lambda: handle.finished, timeout=10000)
    ws = openpyxl.load_workbook(out)["Tiêu chí"]
    titles = [c.value for c in ws["B"]]
    assert "Lãnh đạo, chỉ đạo (sửa)" in titles
    # a bad file: a Vietnamese refusal, nothing loaded
    shown: list[str] = []
    monkeypatch.setattr(
        "danvan_desktop.ui.kit.ops.QMessageBox.warning",
        lambda _p, _t, text, *a, **k: shown.append(text),
    )
    bad = tmp_path / "sai.json"
    bad.write_text('{"format": 1, "id": "x"}', encoding="utf-8")
    handle = dialog.import_file(bad)
    qtbot.waitUntil(lambda: handle.finished, timeout=10000)
    message = getattr(handle.error, "message", "") or " ".join(shown)
    assert "bộ tiêu chí" in message.lower() and "thiếu trường" in message, message
    assert len(rubrics.list_rubrics(province)) == 2
