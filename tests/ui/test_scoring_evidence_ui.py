"""Evidence on manual criteria (issue 10) on real databases and a real evidence store: the commune
attaches a file (copied byte for byte under its hash), sees it after a reload, opens and removes
it, and cannot once the evaluation is submitted; the province sees the cited files beside each
criterion in the appraisal dialog and is told when one has not come up yet."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from danvan_desktop.domain.errors import PermissionDenied, RuleViolation
from danvan_desktop.domain.roles import Role
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.domain.text import fold
from danvan_desktop.services import install
from danvan_desktop.services.context import CurrentUser, open_context
from danvan_desktop.services.evidence import store_file, stored_path
from danvan_desktop.services.scoring import criterion_evidence, evaluations, rubrics
from danvan_desktop.store.scoring import ScoringCriterionScore, ScoringEvaluation
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.scoring import dialogs
from danvan_desktop.ui.scoring.appraise import AppraiseDialog
from danvan_desktop.ui.scoring.commune import CommuneScoringScreen
from danvan_desktop.ui.scoring.evidence import MISSING
from danvan_desktop.ui.scoring.province import ProvinceScoringScreen
from tests.ui.test_scoring_ui import settle

YEAR = 2026
MISSING_SHA = "ab" * 32


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:  # noqa: ANN001
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url) or True)
    return calls


def _screen(qtbot, ctx) -> CommuneScoringScreen:  # noqa: ANN001
    make_app()
    screen = CommuneScoringScreen(ctx)
    qtbot.addWidget(screen)
    screen.year.setCurrentIndex(screen.year.findData(YEAR))
    screen.refresh()
    settle(qtbot, screen)
    return screen


def _select(screen: CommuneScoringScreen, code: str) -> None:
    for i in range(screen.criteria.rowCount()):
        if screen.criteria.item(i, 0).text() == code:
            screen.criteria.selectRow(i)
            return
    raise AssertionError(code)


def _attach(qtbot, screen: CommuneScoringScreen, monkeypatch, path: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    screen.evidence.add_button.click()
    handle = screen.evidence.task
    assert handle is not None
    qtbot.waitUntil(lambda: handle.finished, timeout=10000)
    assert handle.ok
    settle(qtbot, screen)


def test_a_file_is_attached_kept_opened_and_removed(
    qtbot, demo_ctx, monkeypatch, tmp_path, opened
) -> None:  # noqa: ANN001
    scan = tmp_path / "Biên bản hội nghị.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban " + bytes(range(256)) * 8)
    screen = _screen(qtbot, demo_ctx)
    _select(screen, "1.3")
    evaluations.set_score(demo_ctx, screen.card.id, "1.3", 3.5, note="Có biên bản")
    screen.refresh()
    settle(qtbot, screen)
    assert screen.evidence.add_button.isEnabled() and screen.evidence.list.count() == 0
    _attach(qtbot, screen, monkeypatch, scan)
    assert screen.evidence.list.count() == 1
    assert screen.evidence.list.item(0).text() == "Biên bản hội nghị.pdf (2 KB)"
    cited = criterion_evidence.cited(demo_ctx, screen.card.id)["1.3"]
    stored = stored_path(demo_ctx.files_dir, cited[0].sha256)
    assert stored.read_bytes() == scan.read_bytes()  # a copy, byte for byte, at its hash
    # the score, note and reason are untouched
    assert screen.card.notes["1.3"].points == 3.5 and screen.card.notes["1.3"].note == "Có biên bản"
    scan.unlink()  # the stick is pulled out: the stored copy is what opens

    fresh = _screen(qtbot, demo_ctx)  # survives a reload
    _select(fresh, "1.3")
    assert fresh.evidence.list.count() == 1
    fresh.evidence.list.setCurrentRow(0)
    fresh.evidence.open_selected()
    assert [u.toLocalFile() for u in opened] == [str(stored)]
    _attach(qtbot, fresh, monkeypatch, stored)  # the same content is cited once
    assert fresh.evidence.list.count() == 1
    fresh.evidence.list.setCurrentRow(0)
    fresh.evidence.remove_button.click()
    settle(qtbot, fresh)
    assert fresh.evidence.list.count() == 0
    assert criterion_evidence.cited(demo_ctx, fresh.card.id) == {}
    _select(fresh, "1")  # a group: its criteria carry the evidence
    assert not fresh.evidence.add_button.isEnabled()


def test_no_evidence_is_attached_once_submitted(qtbot, demo_ctx, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    scan = tmp_path / "anh.jpg"
    scan.write_bytes(b"\xff\xd8 anh chup")
    screen = _screen(qtbot, demo_ctx)
    eid = screen.card.id
    criterion_evidence.attach_file(demo_ctx, eid, "1.3", scan)
    for code in ("1.3",):  # the template's one criterion scored by hand
        evaluations.set_score(demo_ctx, eid, code, 2)
    evaluations.mark_self_scored(demo_ctx, eid)
    evaluations.submit(demo_ctx, eid, "Nguyễn Văn Quản")
    screen.refresh()
    settle(qtbot, screen)
    _select(screen, "1.3")
    assert screen.evidence.list.count() == 1  # still shown
    assert not screen.evidence.add_button.isEnabled()
    assert not screen.evidence.remove_button.isEnabled()
    other = tmp_path / "them.pdf"
    other.write_bytes(b"khac")
    with pytest.raises(RuleViolation, match="Đã gửi cấp trên"):
        criterion_evidence.attach_file(demo_ctx, eid, "1.3", other)
    sha = criterion_evidence.cited(demo_ctx, eid)["1.3"][0].sha256
    with pytest.raises(RuleViolation):
        criterion_evidence.remove_evidence(demo_ctx, eid, "1.3", sha)
    assert len(criterion_evidence.cited(demo_ctx, eid)["1.3"]) == 1
    files = [p for p in demo_ctx.files_dir.rglob("*") if p.is_file()]
    assert all(p.read_bytes() != b"khac" for p in files)  # refused before copying


# ---- the province ------------------------------------------------------------------------


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


def test_the_appraisal_shows_cited_files_and_says_which_are_missing(
    qtbot, province, monkeypatch, tmp_path, opened
) -> None:  # noqa: ANN001
    source = tmp_path / "bien-ban.pdf"
    source.write_bytes(b"%PDF bien ban da gui len")
    sha, size = store_file(province.files_dir, source)  # as a data bundle left it
    evidence = [
        {"kind": "file", "sha256": sha, "name": "bien-ban.pdf", "size": size},
        {"kind": "file", "sha256": MISSING_SHA, "name": "video-hoi-nghi.mp4", "size": 900 << 20},
    ]
    with province.session() as s:
        rubric = Rubric.load(default_rules_dir() / "rubric_commune_default.json")
        rid = rubrics.store(s, "42", rubric).id
    rubrics.issue(province, rid, dt.date(2026, 5, 1))
    frozen = {"values": {}, "criteria": {}}
    with province.session() as s:
        e = ScoringEvaluation(
            unit_code="18673",
            year=YEAR,
            rubric_id=rid,
            rubric_hash="x",
            status="submitted",
            frozen=json.dumps(frozen),
            signed_by="Chủ tịch",
        )
        s.add(e)
        s.flush()
        eid = e.id
        for code, pts in {"1.1.a": 2, "1.1.b": 3, "1.3": 4}.items():
            s.add(
                ScoringCriterionScore(
                    unit_code="18673",
                    evaluation_id=e.id,
                    code=code,
                    points=pts,
                    evidence=json.dumps(evidence if code == "1.3" else []),
                )
            )
    make_app()
    screen = ProvinceScoringScreen(province)
    qtbot.addWidget(screen)
    screen.year.setCurrentIndex(screen.year.findData(YEAR))
    qtbot.waitUntil(
        lambda: screen.load_task is not None and screen.load_task.finished, timeout=10000
    )
    seen: list[AppraiseDialog] = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: seen.append(d) or 0)
    row = next(i for i, r in enumerate(screen.rows) if r.code == "18673")
    screen.table.selectRow(row)
    screen.appraise_button.click()
    dialog = seen[0]
    line = next(
        i for i in range(dialog.table.rowCount()) if dialog.table.item(i, 0).text() == "1.3"
    )
    beside = dialog.table.item(line, 7).text()
    assert "bien-ban.pdf" in beside and "video-hoi-nghi.mp4 (900,0 MB) — chưa có tệp" in beside
    names = [dialog.evidence_list.item(i).text() for i in range(dialog.evidence_list.count())]
    assert names[0].startswith("1.3: bien-ban.pdf") and len(names) == 2
    dialog.evidence_list.setCurrentRow(0)
    dialog.open_evidence()
    assert [u.toLocalFile() for u in opened] == [str(stored_path(province.files_dir, sha))]
    assert dialog.evidence_message.text() == ""
    dialog.evidence_list.setCurrentRow(1)
    dialog.open_evidence()
    assert len(opened) == 1  # nothing to open
    assert dialog.evidence_message.text() == MISSING
    assert "chưa gửi hoặc vượt giới hạn dung lượng" in MISSING
    # the province reads the commune's evidence but never changes it
    with pytest.raises(PermissionDenied):
        criterion_evidence.attach_file(province, eid, "1.3", source)
    with pytest.raises(PermissionDenied):
        criterion_evidence.remove_evidence(province, eid, "1.3", sha)
    assert len(criterion_evidence.cited(province, eid)["1.3"]) == 2


def test_a_record_is_cited_through_the_picker_and_opens(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from danvan_desktop.services.scoring import record_links
    from danvan_desktop.store.petitions import Dialogue

    with demo_ctx.read() as s:
        dialogue = s.scalars(select(Dialogue).where(Dialogue.deleted.is_(False))).first()
        wanted = (dialogue.id, record_links.record_label(dialogue))
    screen = _screen(qtbot, demo_ctx)
    _select(screen, "3.3")
    assert screen.evidence.link_button.isEnabled()
    seen: list = []

    def pick(d) -> int:  # noqa: ANN001
        seen.append(d)
        d.kind.setCurrentIndex(d.kind.findData("dialogues"))
        # a word of its label without diacritics finds it (the search runs on a worker)
        word = next(w for w in wanted[1].split() if len(w) > 3 and not w[0].isdigit())
        d.words.setText(fold(word))
        d.search()
        qtbot.waitUntil(lambda: d.task.finished and d.records.count() > 0, timeout=10000)
        ids = [d.records.item(i).data(Qt.ItemDataRole.UserRole) for i in range(d.records.count())]
        assert wanted[0] in ids
        d.records.setCurrentRow(ids.index(wanted[0]))
        return 1

    monkeypatch.setattr(dialogs, "run_dialog", pick)
    screen.evidence.link_button.click()
    settle(qtbot, screen)
    assert len(seen) == 1
    _select(screen, "3.3")
    labels = [screen.evidence.list.item(i).text() for i in range(screen.evidence.list.count())]
    assert labels == ["Đối thoại: " + wanted[1]]
    cited = criterion_evidence.cited(demo_ctx, screen.card.id)["3.3"]
    assert (cited[0].entity, cited[0].record_id) == ("dialogues", wanted[0])
    # the same record is cited once; a record of another unit, or a setting, is refused
    record_links.link_record(demo_ctx, screen.card.id, "3.3", "dialogues", wanted[0])
    assert len(criterion_evidence.cited(demo_ctx, screen.card.id)["3.3"]) == 1
    with pytest.raises(RuleViolation, match="Không dẫn được"):
        record_links.link_record(demo_ctx, screen.card.id, "3.3", "calendar_days", wanted[0])
    with demo_ctx.session() as s:
        s.get(Dialogue, wanted[0]).unit_code = "99999"
    with pytest.raises(RuleViolation, match="của chính đơn vị"):
        record_links.link_record(demo_ctx, screen.card.id, "3.4", "dialogues", wanted[0])
