"""Periodic reports (issue 11): periods and their labels and due dates; a report generated from
every area's section; narratives kept through regeneration and offered to the next period;
issue takes a register number and freezes the figures; the upper level's standing, indicators
and per-commune figures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import areas, outgoing
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.periodic_reports import area as reports_area
from danvan_desktop.services.periodic_reports import periods, upper
from danvan_desktop.services.periodic_reports import reports as R
from danvan_desktop.services.scoring.indicators import compute_values
from danvan_desktop.store.periodic_reports import PeriodicReport
from tests.upper_level_support import petitions

TODAY = dt.date(2026, 11, 20)
d = dt.date


def test_period_labels_and_spans() -> None:
    cases = {
        ("month", 9): ("tháng 9 năm 2026", d(2026, 9, 1), d(2026, 9, 30)),
        ("quarter", 3): ("quý III năm 2026", d(2026, 7, 1), d(2026, 9, 30)),
        ("half", None): ("6 tháng đầu năm 2026", d(2026, 1, 1), d(2026, 6, 30)),
        ("nine_months", None): ("9 tháng năm 2026", d(2026, 1, 1), d(2026, 9, 30)),
        ("year", None): ("năm 2026", d(2026, 1, 1), d(2026, 12, 31)),
    }
    for (kind, n), (label, start, end) in cases.items():
        p = periods.make_period(kind, 2026, n)
        assert (p.label, p.start, p.end, p.kind) == (label, start, end, kind)
    adhoc = periods.parse_period("adhoc", "15/03/2026-20/04/2026", TODAY)
    assert (adhoc.start, adhoc.end) == (d(2026, 3, 15), d(2026, 4, 20))
    assert periods.parse_period("month", "2/2026", TODAY).end == d(2026, 2, 28)
    assert periods.previous(periods.make_period("quarter", 2026, 1)).label == "quý IV năm 2025"
    with pytest.raises(RuleViolation, match="quý từ 1 đến 4"):
        periods.parse_period("quarter", "5/2026", TODAY)
    with pytest.raises(RuleViolation, match="không hợp lệ"):
        periods.parse_period("month", "tháng chín", TODAY)


def test_due_dates_come_from_the_rules_file() -> None:
    assert periods.due_date(periods.make_period("month", 2026, 12)) == d(2027, 1, 5)
    assert periods.due_date(periods.make_period("quarter", 2026, 3)) == d(2026, 10, 10)
    assert periods.due_date(periods.make_period("half", 2026)) == d(2026, 7, 10)
    assert periods.due_date(periods.make_period("year", 2026)) == d(2026, 12, 15)
    assert periods.due_date(periods.make_period("adhoc", 2026, start=TODAY, end=TODAY)) is None


def test_generate_edit_regenerate_keeps_narratives_and_issue_freezes(ctx) -> None:  # noqa: ANN001
    petitions(ctx, ctx.unit_code, [dict(received_on=d(2026, 8, 3)) for _ in range(3)])
    rid = R.create_report(ctx, periods.make_period("quarter", 2026, 3), "state", today=TODAY)
    v = R.get_report(ctx, rid)
    keys = [s.key for s in v.sections]
    # every area with a report_section answers (scoring has no evaluation in a fresh commune)
    assert {"models", "petitions", "receptions", "dialogues", "inspection"} <= set(keys)
    pet = next(s for s in v.sections if s.key == "petitions")
    assert pet.figures["petitions_received"] == 3
    assert v.due_on == d(2026, 10, 10) and v.status == "draft" and v.number_label == ""

    R.save_narratives(ctx, rid, {"intro": "Tình hình ổn định.", "area:petitions": "Ghi chú."})
    petitions(ctx, ctx.unit_code, [dict(received_on=d(2026, 9, 1))])
    assert R.get_report(ctx, rid).sections == v.sections  # what the officer read stays
    R.regenerate(ctx, rid, TODAY)
    again = R.get_report(ctx, rid)
    assert (
        next(s for s in again.sections if s.key == "petitions").figures["petitions_received"] == 4
    )
    assert again.narratives == {"intro": "Tình hình ổn định.", "area:petitions": "Ghi chú."}

    R.update_header(ctx, rid, {"signer_name": "Lê Văn Hùng"})
    number = R.issue(ctx, rid, d(2026, 10, 6), today=d(2026, 10, 6))
    assert number == "01/BC-UBND"
    petitions(ctx, ctx.unit_code, [dict(received_on=d(2026, 9, 2))])
    issued = R.get_report(ctx, rid)
    assert issued.status == "issued" and issued.number_label == number
    frozen = next(s for s in issued.sections if s.key == "petitions")
    assert frozen.figures["petitions_received"] == 4  # the late record changes nothing
    with pytest.raises(RuleViolation, match="đã ban hành"):
        R.regenerate(ctx, rid, TODAY)
    with pytest.raises(RuleViolation, match="đã ban hành"):
        R.save_narratives(ctx, rid, {"intro": "x"})
    (entry,) = outgoing.list_outgoing(ctx, 2026)
    assert entry.linked_id == rid and entry.number_label == number and entry.signer == "Lê Văn Hùng"


def test_a_new_report_starts_from_the_previous_periods_narratives(ctx) -> None:  # noqa: ANN001
    q2 = R.create_report(ctx, periods.make_period("quarter", 2026, 2), "state", today=TODAY)
    R.save_narratives(ctx, q2, {"directions": "Nhân rộng mô hình.", "intro": "Quý II."})
    # another kind on the same months is not the previous report of a quarter
    half = R.create_report(ctx, periods.make_period("half", 2026), "state", today=TODAY)
    R.save_narratives(ctx, half, {"intro": "Sáu tháng."})
    q3 = R.create_report(ctx, periods.make_period("quarter", 2026, 3), "state", today=TODAY)
    assert R.get_report(ctx, q3).narratives == {
        "directions": "Nhân rộng mô hình.",
        "intro": "Quý II.",
    }
    fresh = R.create_report(
        ctx,
        periods.make_period("quarter", 2026, 3),
        "party",
        today=TODAY,
        start_from_previous=False,
    )
    assert R.get_report(ctx, fresh).narratives == {}
    assert R.get_report(ctx, fresh).issuing_agency.startswith("ĐẢNG ỦY")


def test_issue_needs_a_signer_and_leaves_nothing_half_written(ctx) -> None:  # noqa: ANN001
    rid = R.create_report(ctx, periods.make_period("month", 2026, 9), "party", today=TODAY)
    with pytest.raises(RuleViolation, match="người ký"):
        R.issue(ctx, rid, TODAY)
    assert outgoing.list_outgoing(ctx) == [] and R.get_report(ctx, rid).status == "draft"


def _issued(ctx, kind: str, n: int | None, issued: dt.date, sent: dt.date | None) -> str:  # noqa: ANN001
    rid = R.create_report(ctx, periods.make_period(kind, 2026, n), "state", today=issued)
    R.update_header(ctx, rid, {"signer_name": "Lê Văn Hùng"})
    R.issue(ctx, rid, issued, today=issued)
    if sent:
        R.mark_sent(ctx, rid, sent)
    return rid


def test_upper_standing_indicators_and_figures(ctx) -> None:  # noqa: ANN001
    unit = ctx.unit_code
    _issued(ctx, "quarter", 1, d(2026, 4, 8), d(2026, 4, 9))  # due 10/04: on time
    _issued(ctx, "half", None, d(2026, 7, 20), None)  # due 10/07: late (issued 20/07)
    # quarter 2 (due 10/07) and 9 months, quarter 3 (due 10/10): missing
    review = R.create_report(
        ctx,
        periods.make_period("review", 2026, start=d(2026, 1, 1), end=d(2026, 6, 30)),
        "state",
        today=TODAY,
    )
    R.update_header(ctx, review, {"signer_name": "Lê Văn Hùng"})
    R.issue(ctx, review, d(2026, 7, 2))
    with ctx.read() as s:
        q1 = upper.standing(s, [unit, "99999"], periods.make_period("quarter", 2026, 1), TODAY)
        owed = upper.owed(s, [unit], d(2026, 1, 1), d(2026, 12, 31), TODAY)[unit]
        span = FigureSpan((unit,), 2026, d(2026, 1, 1), d(2026, 12, 31), TODAY)
        values = compute_values(s, span, ["reports_on_time_rate", "review_reports_sent"])[unit]
        figs = reports_area.FIGURES.compute(s, span)
    assert [x.status for x in q1] == ["on_time", "missing"]
    # due in 2026 up to today: Q4/2025 (10/01), Q1, Q2, half, Q3, nine months
    assert sorted(x.status for x in owed) == [
        "late",
        "missing",
        "missing",
        "missing",
        "missing",
        "on_time",
    ]
    assert values["reports_on_time_rate"].value == round(100 / 6, 1)
    assert values["review_reports_sent"].value == 1
    assert figs["reports_due"][unit] == 6 and figs["reports_on_time"][unit] == 1
    assert figs["reports_late"][unit] == 1 and figs["reports_missing"][unit] == 4
    keys = {i.key for a in areas.areas() for i in a.indicators}
    assert {"reports_on_time_rate", "review_reports_sent"} <= keys


def test_consolidated_sections_add_up_the_communes(ctx) -> None:  # noqa: ANN001
    """The upper level's report: the same sections over every commune below."""
    petitions(ctx, "11111", [dict(received_on=d(2026, 8, 1)) for _ in range(2)])
    petitions(ctx, "22222", [dict(received_on=d(2026, 8, 2)) for _ in range(5)])
    p = periods.make_period("quarter", 2026, 3)
    with ctx.read() as s:
        one = R.compute_sections(s, ["11111"], p, TODAY)
        both = R.compute_sections(s, ["11111", "22222"], p, TODAY)

    def received(sections) -> float:  # noqa: ANN001
        return next(x for x in sections if x.key == "petitions").figures["petitions_received"]

    assert (received(one), received(both)) == (2, 7)


def test_reports_are_synced_owner_records(ctx) -> None:  # noqa: ANN001
    from danvan_desktop.domain import authority
    from danvan_desktop.store.base import SYNCED

    for name in ("periodic_reports", "report_narratives", "outgoing_documents"):
        assert SYNCED[name].__authority__ == authority.OWNER
    rid = R.create_report(ctx, periods.make_period("year", 2026), "state", today=TODAY)
    with ctx.read() as s:
        assert s.scalar(select(PeriodicReport.unit_code).where(PeriodicReport.id == rid)) == (
            ctx.unit_code
        )
