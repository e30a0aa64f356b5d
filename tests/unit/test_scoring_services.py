"""Scoring a commune's year on the demo database: suggestions from the recorded data with the
records behind them, overrides that need a reason, the lifecycle and who may move it, and a
submitted (then locked) result that new petitions never change."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from danvan_desktop.domain.errors import PermissionDenied, RuleViolation
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services.scoring import drilldown, rubrics
from danvan_desktop.services.scoring import evaluations as ev
from danvan_desktop.services.scoring.indicators import catalogue, compute_values
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.scoring import ScoringAppraisal
from tests.conftest import login_as

TODAY = dt.date(2026, 11, 20)


def issue_from_above(ctx) -> str:  # noqa: ANN001
    """The province's rubric as its reference bundle leaves it at the commune."""
    with ctx.session() as s:
        parent = rubrics.superior(s, ctx.unit_code)
        rubric = Rubric.load(default_rules_dir() / "rubric_commune_default.json")
        row = rubrics.store(s, parent, rubric, "từ tỉnh")
        row.issued_on = dt.date(2026, 5, 1)
        return row.id


def test_suggestions_are_explained_and_open_their_records(demo_ctx) -> None:  # noqa: ANN001
    eid = ev.open_year(demo_ctx, 2026)
    card = ev.scorecard(demo_ctx, eid, TODAY)
    assert card.status == "draft" and card.rubric_issued and not card.frozen
    r = card.result.by_code()["4.1"]
    v = card.result.values["petitions_on_time_rate"]
    assert v.denominator and v.denominator > 0
    assert r.suggested is not None and f"({int(v.numerator)}/{int(v.denominator)})" in r.explanation
    ind = catalogue()["petitions_on_time_rate"]
    with demo_ctx.read() as s:
        ids = ind.records(s, demo_ctx.unit_code, ev.year_span(demo_ctx.unit_code, 2026, TODAY))
        rows = s.scalars(select(Petition).where(Petition.id.in_(ids))).all()
    assert len(ids) == v.denominator
    assert sum(1 for p in rows if p.on_time) == v.numerator
    assert all(p.resolved_on and p.resolved_on.year == 2026 for p in rows)
    # the year so far: every criterion below its maximum is listed, most points lost first
    lost = card.result.lost()
    assert lost and lost[0].lost >= lost[-1].lost


def test_override_needs_a_reason_kept_in_the_audit_log(demo_ctx) -> None:  # noqa: ANN001
    eid = ev.open_year(demo_ctx, 2026)
    card = ev.scorecard(demo_ctx, eid, TODAY)
    suggested = card.result.by_code()["4.1"].suggested
    other = 10 if suggested != 10 else 9
    with pytest.raises(RuleViolation, match="cần ghi lý do") as err:
        ev.set_score(demo_ctx, eid, "4.1", other, today=TODAY)
    assert err.value.field == "reason"
    ev.set_score(
        demo_ctx, eid, "4.1", other, reason="Hai đơn chuyển cơ quan khác giải quyết", today=TODAY
    )
    r = ev.scorecard(demo_ctx, eid, TODAY).result.by_code()["4.1"]
    assert r.points == other and r.overridden and "Hai đơn chuyển" in r.explanation
    with demo_ctx.read() as s:
        audit = " ".join(str(a.changes) for a in s.scalars(select(AuditEntry)))
    assert "Hai đơn chuyển cơ quan khác giải quyết" in audit
    with pytest.raises(RuleViolation, match="từ 0 đến 4"):
        ev.set_score(demo_ctx, eid, "1.3", 7, today=TODAY)


def full_manual(ctx, eid: str) -> None:  # noqa: ANN001
    for code, pts in {"1.3": 4}.items():  # the template's one criterion scored by hand
        ev.set_score(ctx, eid, code, pts, note="Có kế hoạch, biên bản", today=TODAY)


def test_a_draft_on_the_template_moves_to_the_rubric_issued_later(ctx) -> None:  # noqa: ANN001
    eid = ev.open_year(ctx, 2026)
    with pytest.raises(RuleViolation, match=r"Còn tiêu chí chưa chấm: 1\.3\."):
        ev.mark_self_scored(ctx, eid, TODAY)
    full_manual(ctx, eid)
    ev.mark_self_scored(ctx, eid, TODAY)
    card = ev.scorecard(ctx, eid, TODAY)
    assert not card.rubric_issued and "MẪU" in card.rubric.template_note
    with pytest.raises(RuleViolation, match="chưa được cấp trên ban hành"):
        ev.submit(ctx, eid, "Nguyễn Văn A", TODAY)
    issue_from_above(ctx)
    assert ev.open_year(ctx, 2026) == eid  # moves to the issued rubric, scores kept
    card = ev.scorecard(ctx, eid, TODAY)
    assert card.rubric_issued and card.result.by_code()["1.3"].points == 4


def test_lifecycle_roles_and_frozen_values(demo_ctx) -> None:  # noqa: ANN001
    eid = ev.open_year(demo_ctx, 2026)  # the demo's year in progress, on the issued rubric
    with pytest.raises(RuleViolation, match=r"Còn tiêu chí chưa chấm: 1\.3\."):
        ev.mark_self_scored(demo_ctx, eid, TODAY)
    full_manual(demo_ctx, eid)
    ev.mark_self_scored(demo_ctx, eid, TODAY)
    login_as(demo_ctx, "canbo", "danvan2026")
    with pytest.raises(PermissionDenied):
        ev.submit(demo_ctx, eid, "Nguyễn Văn A", TODAY)
    login_as(demo_ctx, "admin", "danvan2026")
    ev.submit(demo_ctx, eid, "Nguyễn Văn A", TODAY)
    before = ev.scorecard(demo_ctx, eid, TODAY)
    assert before.frozen and before.status == "submitted"
    # Cases recorded afterwards never change a submitted result …
    with demo_ctx.session() as s:
        p = s.scalars(select(Petition).where(Petition.on_time.is_(True))).first()
        p.on_time = False
        late = Petition(
            unit_code=demo_ctx.unit_code,
            year=2026,
            number=9999,
            received_on=dt.date(2026, 3, 1),
            due_on=dt.date(2026, 4, 1),
            channel="post",
            type="complaint",
        )
        s.add(late)
        s.flush()
        late_id = late.id
    after = ev.scorecard(demo_ctx, eid, TODAY)
    assert after.result.total == before.result.total
    assert after.result.values == before.result.values
    with pytest.raises(RuleViolation, match="không sửa được"):
        ev.set_score(demo_ctx, eid, "1.3", 3, today=TODAY)
    # Locking waits for the province's published appraisal (as its rollup leaves it) …
    with pytest.raises(RuleViolation, match="chưa công bố"):
        ev.lock(demo_ctx, eid)
    with demo_ctx.session() as s:
        s.add(
            ScoringAppraisal(
                unit_code=rubrics.superior(s, demo_ctx.unit_code),
                evaluation_id=eid,
                commune_code=demo_ctx.unit_code,
                year=2026,
                status="published",
                total=before.result.total,
            )
        )
    # … and new records never change a locked result; a fresh computation of the year would.
    ev.lock(demo_ctx, eid)
    locked = ev.scorecard(demo_ctx, eid, TODAY)
    assert locked.status == "locked" and locked.result.total == before.result.total
    with demo_ctx.read() as s:
        live = compute_values(s, ev.year_span(demo_ctx.unit_code, 2026, TODAY))
    assert (
        live[demo_ctx.unit_code]["petitions_overdue"] != before.result.values["petitions_overdue"]
    )
    # The locked year's drill-down lists the records counted then, not today's.
    drill = drilldown.records_behind(demo_ctx, eid, "TR1", TODAY)
    assert late_id not in drill.ids
    assert len(drill.ids) == before.result.values["petitions_overdue"].value
    with demo_ctx.read() as s:
        span = ev.year_span(demo_ctx.unit_code, 2026, TODAY)
        now = catalogue()["petitions_overdue"].records(s, demo_ctx.unit_code, span)
    assert late_id in now


def test_a_commune_receives_its_rubric_from_above(demo_ctx, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "r.json"
    path.write_text((default_rules_dir() / "rubric_commune_default.json").read_text("utf-8"))
    with pytest.raises(RuleViolation, match="gói tham chiếu"):
        rubrics.import_file(demo_ctx, path)
