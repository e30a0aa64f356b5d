"""The plans area's services on a real commune database: content rules, item statuses, a late
plan, the steering committee over time, funding, indicators on known data, early-warning lines
and the periodic-report section whose figures belong to the period."""

from __future__ import annotations

import datetime as dt

import pytest

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services.areas import FigureSpan, area, areas
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans import committee as bcd
from danvan_desktop.services.plans import directives as dirs
from danvan_desktop.services.plans import plans as svc
from danvan_desktop.services.plans.common import money
from danvan_desktop.services.plans.indicators import INDICATORS
from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery
from danvan_desktop.store.plans import PlanDirective

TODAY = dt.date(2026, 11, 20)
D = dt.date


def _upper_directive(ctx: AppContext, number: str, issued: dt.date, due: dt.date) -> str:
    """A document from the province as the reference bundle leaves it at the commune."""
    with ctx.session() as s:
        row = PlanDirective(
            unit_code="42",
            number=number,
            issued_on=issued,
            issuer="Ban Thường vụ Đảng ủy UBND tỉnh",
            title=f"Kế hoạch {number}",
            plan_due_on=due,
        )
        s.add(row)
        s.flush()
        return row.id


def _plan(ctx: AppContext, directive: str | None, issued: dt.date | None, number: str) -> str:
    return svc.save_plan(
        ctx,
        svc.PlanInput(
            f"Kế hoạch thực hiện {number}",
            2026,
            "UBND xã",
            number,
            issued,
            issued is not None,
            directive,
        ),
        today=TODAY,
    )


def test_plan_content_rules(ctx: AppContext) -> None:
    base = svc.PlanInput("Kế hoạch thực hiện Chỉ thị 08", 2026)
    pid = svc.save_plan(ctx, base, today=TODAY)  # a draft needs neither number nor date
    assert not svc.get_plan(ctx, pid, TODAY).issued
    with pytest.raises(RuleViolation, match="chưa có số văn bản") as e:
        svc.save_plan(ctx, svc.PlanInput("KH", 2026, issued_on=D(2026, 5, 2), issued=True))
    assert e.value.field == "number"
    with pytest.raises(RuleViolation, match="chưa có ngày ban hành"):
        svc.save_plan(ctx, svc.PlanInput("KH", 2026, number="12/KH-UBND", issued=True))
    with pytest.raises(RuleViolation, match="tương lai"):
        svc.save_plan(
            ctx,
            svc.PlanInput("KH", 2026, number="12/KH-UBND", issued_on=D(2026, 12, 1), issued=True),
            today=TODAY,
        )
    # A draft keeps no issue date even when one was typed: it does not count as issued.
    pid2 = svc.save_plan(ctx, svc.PlanInput("KH nháp", 2026, issued_on=D(2026, 5, 2)), today=TODAY)
    assert svc.get_plan(ctx, pid2, TODAY).issued_on is None
    item = svc.add_item(ctx, pid, svc.ItemInput("Quán triệt Chỉ thị", "Văn phòng", D(2026, 6, 1)))
    with pytest.raises(RuleViolation, match="phải có ngày hoàn thành"):
        svc.mark_done(ctx, item, None, TODAY)
    with pytest.raises(RuleViolation, match="tương lai"):
        svc.mark_done(ctx, item, D(2026, 12, 24), TODAY)
    with pytest.raises(RuleViolation, match="nội dung công việc"):
        svc.add_item(ctx, pid, svc.ItemInput("  "))
    # Nothing half-written: the refused item is not there.
    assert [i.content for i in svc.get_plan(ctx, pid, TODAY).items] == ["Quán triệt Chỉ thị"]


def test_directive_rules_and_commune_paper_note(ctx: AppContext) -> None:
    with pytest.raises(RuleViolation, match="Hạn ban hành kế hoạch"):
        dirs.save_directive(
            ctx,
            dirs.DirectiveInput("35/KH-UBND", D(2026, 3, 1), "UBND tỉnh", "KH", D(2026, 2, 1)),
            today=TODAY,
        )
    with pytest.raises(RuleViolation, match="tương lai"):
        dirs.save_directive(
            ctx,
            dirs.DirectiveInput("35/KH-UBND", D(2026, 12, 1), "UBND tỉnh", "KH", D(2026, 12, 9)),
            today=TODAY,
        )
    paper = dirs.save_directive(
        ctx,
        dirs.DirectiveInput(
            "152-KH/ĐU", D(2026, 4, 28), "Đảng ủy UBND tỉnh", "Thực hiện Chỉ thị 08", D(2026, 5, 31)
        ),
        today=TODAY,
    )
    upper = _upper_directive(ctx, "35/KH-UBND", D(2026, 1, 15), D(2026, 2, 15))
    listed = {d.id: d for d in dirs.list_directives(ctx)}
    assert listed[paper].source == "commune" and listed[upper].source == "upper"
    # searched without diacritics
    assert [d.id for d in dirs.list_directives(ctx, "chi thi 08")] == [paper]
    # the commune may not edit the province's document
    with pytest.raises(RuleViolation, match="đơn vị khác"):
        dirs.save_directive(
            ctx,
            dirs.DirectiveInput("35/KH-UBND", D(2026, 1, 15), "UBND tỉnh", "Sửa", D(2026, 2, 15)),
            upper,
            today=TODAY,
        )
    # a plan can answer either kind
    for did in (paper, upper):
        pid = svc.plan_from_directive(ctx, did)
        assert svc.get_plan(ctx, pid, TODAY).directive.id == did  # type: ignore[union-attr]
    with pytest.raises(RuleViolation, match="đã có kế hoạch"):
        dirs.delete_directive(ctx, paper)


def test_item_statuses_share_done_and_late_plan(ctx: AppContext) -> None:
    did = _upper_directive(ctx, "152-KH/ĐU", D(2026, 4, 28), D(2026, 5, 31))
    pid = _plan(ctx, did, D(2026, 6, 3), "15/KH-UBND")
    plan = svc.get_plan(ctx, pid, TODAY)
    assert plan.late and plan.state_label(TODAY) == "Ban hành chậm"
    done = svc.add_item(ctx, pid, svc.ItemInput("Quán triệt", "Văn phòng", D(2026, 7, 1)))
    going = svc.add_item(ctx, pid, svc.ItemInput("Xây dựng mô hình", "MTTQ", D(2026, 12, 31)))
    idle = svc.add_item(ctx, pid, svc.ItemInput("Sơ kết", "UBND xã", D(2026, 12, 20)))
    late = svc.add_item(ctx, pid, svc.ItemInput("Tuyên truyền", "Đài truyền thanh", D(2026, 9, 30)))
    svc.mark_done(ctx, done, D(2026, 6, 28), TODAY)
    svc.add_progress(ctx, going, D(2026, 8, 5), "Đã khảo sát 3 thôn", 30, TODAY)
    with pytest.raises(RuleViolation, match="trước ngày ban hành kế hoạch"):
        svc.add_progress(ctx, idle, D(2026, 5, 1), "Sớm quá", None, TODAY)
    by_id = {i.id: i for i in svc.get_plan(ctx, pid, TODAY).items}
    assert [by_id[x].status for x in (done, going, idle, late)] == [
        "done",
        "in_progress",
        "not_started",
        "overdue",
    ]
    assert by_id[going].progress[0].note == "Đã khảo sát 3 thôn"
    assert svc.get_plan(ctx, pid, TODAY).share_done == 25.0
    svc.mark_done(ctx, late, D(2026, 11, 2), TODAY)
    plan = svc.get_plan(ctx, pid, TODAY)
    assert (plan.items_done, plan.share_done, plan.items_overdue) == (2, 50.0, 0)
    on_time = _plan(
        ctx, _upper_directive(ctx, "9", D(2026, 1, 2), D(2026, 2, 1)), D(2026, 1, 30), "2"
    )
    assert not svc.get_plan(ctx, on_time, TODAY).late
    assert [p.id for p in svc.list_plans(ctx, svc.PlanFilter(status="late"), TODAY)] == [pid]
    assert [p.id for p in svc.list_plans(ctx, svc.PlanFilter(text="15/kh"), TODAY)] == [pid]


def test_committee_member_change_and_history(ctx: AppContext) -> None:
    cid = bcd.save_committee(
        ctx, bcd.CommitteeInput("25/QĐ-UBND", D(2025, 3, 10), "Nguyễn Văn Quản"), today=TODAY
    )
    head = bcd.add_member(
        ctx, cid, bcd.MemberInput("Trần Văn An", "head", "Bí thư Đảng ủy", D(2025, 3, 10)), TODAY
    )
    bcd.add_member(
        ctx, cid, bcd.MemberInput("Lê Thị Bình", "deputy", "Chủ tịch UBND", D(2025, 3, 10)), TODAY
    )
    new = bcd.replace_member(
        ctx, head, D(2026, 7, 1), "Phạm Văn Cường", "Bí thư Đảng ủy", today=TODAY
    )
    before = [m.person_name for m in bcd.members_on(ctx, D(2026, 6, 30))]
    after = [m.person_name for m in bcd.members_on(ctx, D(2026, 7, 1))]
    assert before == ["Trần Văn An", "Lê Thị Bình"]
    assert after == ["Phạm Văn Cường", "Lê Thị Bình"]
    history = {m.id: m for m in bcd.committees(ctx)[0].members}
    assert history[head].until_on == D(2026, 6, 30)
    assert history[new].replaces == "Trần Văn An" and history[new].role == "head"
    assert bcd.members_on(ctx, D(2025, 3, 9)) == []  # before the founding decision
    with pytest.raises(RuleViolation, match="Ngày thay đổi phải sau"):
        bcd.replace_member(ctx, new, D(2026, 6, 1), "Ai đó", today=TODAY)


def test_funding_in_whole_dong(ctx: AppContext) -> None:
    bcd.save_funding(
        ctx, bcd.FundingInput(2026, 15_000_000, D(2026, 1, 20), source="Ngân sách xã"), today=TODAY
    )
    with pytest.raises(RuleViolation, match="số đồng nguyên"):
        bcd.save_funding(ctx, bcd.FundingInput(2026, 0, D(2026, 1, 20)), today=TODAY)
    with pytest.raises(RuleViolation, match="mô hình"):
        bcd.save_funding(ctx, bcd.FundingInput(2026, 5, D(2026, 1, 20), "model"), today=TODAY)
    assert bcd.funding_totals(ctx) == {2026: 15_000_000}
    assert money(15_000_000) == "15.000.000 đ"


def _known_data(ctx: AppContext) -> dict[str, str]:
    """Three documents due in 2026: one answered on time, one late, one not at all; items of
    known states; a committee whose head changed."""
    ok = _upper_directive(ctx, "1", D(2026, 1, 5), D(2026, 2, 1))
    late = _upper_directive(ctx, "2", D(2026, 4, 28), D(2026, 5, 31))
    _upper_directive(ctx, "3", D(2026, 8, 1), D(2026, 9, 1))
    _upper_directive(ctx, "4", D(2026, 11, 1), D(2026, 12, 15))  # not yet due at TODAY
    p1 = _plan(ctx, ok, D(2026, 1, 28), "3/KH-UBND")
    _plan(ctx, late, D(2026, 6, 5), "20/KH-UBND")
    a = svc.add_item(ctx, p1, svc.ItemInput("A", due_on=D(2026, 3, 1)))
    b = svc.add_item(ctx, p1, svc.ItemInput("B", due_on=D(2026, 6, 1)))
    svc.add_item(ctx, p1, svc.ItemInput("C", due_on=D(2026, 10, 1)))
    svc.add_item(ctx, p1, svc.ItemInput("D", due_on=D(2027, 1, 10)))  # due after the span
    svc.mark_done(ctx, a, D(2026, 2, 20), TODAY)
    svc.mark_done(ctx, b, D(2026, 7, 10), TODAY)  # done late, outside Q2
    cid = bcd.save_committee(ctx, bcd.CommitteeInput("5/QĐ-UBND", D(2026, 2, 1)), today=TODAY)
    head = bcd.add_member(
        ctx, cid, bcd.MemberInput("Trần Văn An", "head", "", D(2026, 2, 1)), TODAY
    )
    bcd.replace_member(ctx, head, D(2026, 8, 1), "Phạm Văn Cường", today=TODAY)
    bcd.save_funding(ctx, bcd.FundingInput(2026, 20_000_000, D(2026, 3, 2)), today=TODAY)
    bcd.save_funding(ctx, bcd.FundingInput(2025, 10_000_000, D(2025, 12, 2)), today=TODAY)
    return {"p1": p1, "a": a, "b": b}


def test_indicators_on_known_data(ctx: AppContext) -> None:
    ids = _known_data(ctx)
    assert {i.key for i in INDICATORS} == {
        "plans_on_time_rate",
        "plans_made_rate",
        "plan_items_done_rate",
        "steering_committee_in_force",
    }
    assert {i.key for i in area("plans").indicators} == {i.key for i in INDICATORS}
    u = ctx.unit_code
    year = FigureSpan((u,), 2026, D(2026, 1, 1), D(2026, 12, 31), TODAY)
    by_key = {i.key: i for i in INDICATORS}
    with ctx.read() as s:
        v = {k: ind.compute(s, year)[u] for k, ind in by_key.items()}
        # 3 due by today (the 4th falls after it), 1 on time
        assert (v["plans_on_time_rate"].value, v["plans_on_time_rate"].denominator) == (33.3, 3)
        # made at all: the on-time one and the late one (the third has no plan)
        assert (v["plans_made_rate"].numerator, v["plans_made_rate"].denominator) == (2, 3)
        # items due by today: A, B, C; done: A, B
        assert (v["plan_items_done_rate"].numerator, v["plan_items_done_rate"].denominator) == (
            2,
            3,
        )
        assert v["steering_committee_in_force"].value == 1.0
        assert by_key["plan_items_done_rate"].records(s, u, year)[:2] == [ids["a"], ids["b"]]
        assert by_key["plans_on_time_rate"].records(s, u, year)[0] == ids["p1"]
        # Q1: the one document due in it was answered on time
        q1 = FigureSpan((u,), 2026, D(2026, 1, 1), D(2026, 3, 31), TODAY)
        assert by_key["plans_on_time_rate"].compute(s, q1)[u].value == 100.0
        jan = FigureSpan((u,), 2026, D(2026, 1, 1), D(2026, 1, 31), TODAY)
        # January: the committee was founded on 1/2, so none was in force at the span's end
        assert by_key["steering_committee_in_force"].compute(s, jan)[u].value == 0.0
        # figures at the upper level: the same counts
        fig = area("plans").figures[0].compute(s, FigureSpan((u, "18652"), 2026, None, None, TODAY))
        # a commune that sent no plan at all: documents due, but no rate to rank it on
        assert fig["plans_directives_due"]["18652"] == 3
        assert fig["plans_on_time_rate"]["18652"] is None
        assert fig["plans_on_time_rate"][u] == 33.3
        assert (fig["plans_directives_due"][u], fig["plans_made"][u], fig["plans_on_time"][u]) == (
            3,
            2,
            1,
        )


def test_report_section_belongs_to_the_period(ctx: AppContext) -> None:
    _known_data(ctx)
    q2 = ReportPeriod("quarter", D(2026, 4, 1), D(2026, 6, 30), "quý II năm 2026")
    with ctx.read() as s:
        sec = area("plans").report_section(s, SectionQuery([ctx.unit_code], q2, TODAY))  # type: ignore[misc]
    assert sec is not None
    f = sec.figures
    # plan 20/KH issued 5/6 (late); item B due 1/6 was done 10/7, outside the quarter
    assert (f["plans_issued"], f["plans_late"]) == (1, 1)
    assert (f["items_due"], f["items_due_done"], f["items_done"]) == (1, 0, 0)
    assert (f["funding_amount"], f["committee_changes"]) == (0, 0)
    q3 = ReportPeriod("quarter", D(2026, 7, 1), D(2026, 9, 30), "quý III năm 2026")
    with ctx.read() as s:
        sec3 = area("plans").report_section(s, SectionQuery([ctx.unit_code], q3, TODAY))  # type: ignore[misc]
    assert sec3 is not None
    # B done in Q3 counts as done in the period; no item was due in Q3 (C falls in Q4)
    assert (sec3.figures["items_done"], sec3.figures["items_due"]) == (1, 0)
    # the head's change: old membership ended 31/7, the new one started 1/8
    assert sec3.figures["committee_changes"] == 2
    q1 = ReportPeriod("quarter", D(2026, 1, 1), D(2026, 3, 31), "quý I năm 2026")
    with ctx.read() as s:
        sec1 = area("plans").report_section(s, SectionQuery([ctx.unit_code], q1, TODAY))  # type: ignore[misc]
        sheets = area("plans").sheets(s, [ctx.unit_code], TODAY)  # type: ignore[misc]
    assert sec1 is not None and sec1.figures["funding_amount"] == 20_000_000
    assert "20.000.000 đ" in " ".join(sec1.paragraphs)
    assert [sh.title for sh in sheets] == [
        "Kế hoạch",
        "Công việc kế hoạch",
        "Ban Chỉ đạo",
        "Kinh phí phong trào",
    ]
    assert all(len(sh.title) <= 31 for sh in sheets)
    assert len(sheets[1].rows) == 4 and len(sheets[3].rows) == 2


def test_warnings_items_due_soon_and_overdue(ctx: AppContext) -> None:
    did = _upper_directive(ctx, "1", D(2026, 11, 1), D(2026, 11, 25))  # no plan yet, due in 5 days
    pid = _plan(ctx, None, D(2026, 3, 1), "7/KH-UBND")
    over = svc.add_item(ctx, pid, svc.ItemInput("Quá hạn", due_on=D(2026, 11, 10)))
    soon = svc.add_item(ctx, pid, svc.ItemInput("Sắp đến hạn", due_on=D(2026, 11, 26)))
    svc.add_item(ctx, pid, svc.ItemInput("Còn xa", due_on=D(2026, 12, 20)))
    done = svc.add_item(ctx, pid, svc.ItemInput("Đã xong", due_on=D(2026, 11, 22)))
    svc.mark_done(ctx, done, D(2026, 11, 19), TODAY)
    lines = {w.key: w for w in area("plans").warnings(ctx, TODAY)}  # type: ignore[misc]
    assert lines["plan_items_overdue"].record_ids == (over,)
    assert lines["plan_items_due_soon"].record_ids == (soon,)
    assert lines["plan_directives_waiting"].record_ids == (did,)
    assert "plans" in [a.key for a in areas()]
    due = svc.items_due(ctx, 7, TODAY)
    assert [d.item.id for d in due] == [over, soon]
