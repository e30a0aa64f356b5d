"""The answers area on a real commune database: recording items and answers (and what is
refused, in Vietnamese, with nothing written), statuses, the early-warning lines with the ids
they open, the scoring indicators, the per-commune figures, a periodic report's section (every
figure inside its period) and the workbook's sheets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import areas, calendar
from danvan_desktop.services.answers import owed, selfcheck
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery
from danvan_desktop.store.answers import OwedAnswer

TODAY = dt.date(2026, 11, 20)


def voter(ctx, received: dt.date, content: str = "Đề nghị sửa đường", **kw) -> str:  # noqa: ANN001
    return owed.save_item(
        ctx, owed.OwedInput(content, received, "voters", "HĐND xã", "Kỳ họp thứ 10", **kw)
    )


def front(ctx, received: dt.date, content: str = "Công khai danh sách hộ nghèo") -> str:  # noqa: ANN001
    act = owed.save_activity(
        ctx, owed.ActivityInput("Giám sát chính sách hộ nghèo", received, "supervision")
    )
    return owed.save_item(ctx, owed.OwedInput(content, received, "front", activity_id=act))


def count(ctx) -> int:  # noqa: ANN001
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(OwedAnswer)) or 0


def test_item_gets_its_deadline_and_answer_changes_its_status(ctx) -> None:  # noqa: ANN001
    item = voter(ctx, dt.date(2026, 7, 20))
    row = owed.get_item(ctx, item, dt.date(2026, 8, 1))
    assert row.due_on == dt.date(2026, 8, 19) and row.status is DeadlineStatus.ON_TRACK
    assert row.origin == "HĐND xã – Kỳ họp thứ 10"
    assert owed.get_item(ctx, item, dt.date(2026, 8, 20)).status is DeadlineStatus.OVERDUE
    got = owed.record_answer(
        ctx, item, dt.date(2026, 8, 19), "Đã đưa vào kế hoạch", "12/UBND", "Chủ tịch", TODAY
    )
    assert got is DeadlineStatus.CLOSED_ON_TIME  # answered on the due day itself
    row = owed.get_item(ctx, item, TODAY)
    assert (row.answered_on, row.answer_ref, row.answered_by) == (
        dt.date(2026, 8, 19),
        "12/UBND",
        "Chủ tịch",
    )
    assert row.status_label == "Đã trả lời đúng hạn"
    owed.record_answer(ctx, item, dt.date(2026, 8, 20), "Trả lời bổ sung", today=TODAY)
    assert owed.get_item(ctx, item, TODAY).status is DeadlineStatus.CLOSED_LATE


def test_answer_needs_date_and_content_and_may_not_precede_receipt(ctx) -> None:  # noqa: ANN001
    item = voter(ctx, dt.date(2026, 7, 20))
    with pytest.raises(RuleViolation) as err:
        owed.record_answer(ctx, item, dt.date(2026, 7, 19), "Trả lời", today=TODAY)
    assert err.value.message == (
        "Ngày trả lời (19/07/2026) không thể trước ngày nhận kiến nghị (20/07/2026)."
    )
    with pytest.raises(RuleViolation, match="Cần nhập nội dung trả lời"):
        owed.record_answer(ctx, item, dt.date(2026, 7, 25), "  ", today=TODAY)
    with pytest.raises(RuleViolation, match="Cần nhập ngày trả lời"):
        owed.record_answer(ctx, item, None, "Trả lời", today=TODAY)
    with pytest.raises(RuleViolation, match="tương lai"):
        owed.record_answer(ctx, item, TODAY + dt.timedelta(days=1), "Trả lời", today=TODAY)
    row = owed.get_item(ctx, item, TODAY)
    assert row.answered_on is None and row.answer == ""  # nothing half-written


def test_bad_items_are_refused_and_nothing_is_written(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation, match="Nội dung kiến nghị không được để trống"):
        voter(ctx, dt.date(2026, 7, 20), content="   ")
    with pytest.raises(RuleViolation, match="phải ghi lý do"):
        voter(ctx, dt.date(2026, 7, 20), period_days=90)
    with pytest.raises(RuleViolation, match="cuộc giám sát, phản biện"):
        owed.save_item(ctx, owed.OwedInput("Kiến nghị", dt.date(2026, 7, 20), "front"))
    assert count(ctx) == 0
    item = voter(ctx, dt.date(2026, 7, 20), period_days=90, period_reason="Cần khảo sát")
    assert owed.get_item(ctx, item, TODAY).due_on == dt.date(2026, 10, 19)
    owed.record_answer(ctx, item, dt.date(2026, 8, 1), "Đã trả lời", today=TODAY)
    # moving the date received after the answer is refused too
    row = owed.get_item(ctx, item, TODAY)
    data = owed.OwedInput(**{**owed.OwedInput("x", row.received_on).__dict__})
    data.content, data.body, data.received_on = row.content, row.body, dt.date(2026, 8, 5)
    with pytest.raises(RuleViolation, match="không thể sau ngày đã trả lời"):
        owed.save_item(ctx, data, item, row.revision)
    assert owed.get_item(ctx, item, TODAY).received_on == dt.date(2026, 7, 20)


def test_search_ignores_diacritics_and_filters_by_state(ctx) -> None:  # noqa: ANN001
    a = voter(ctx, dt.date(2026, 7, 20), "Đề nghị nâng cấp hạ tầng giao thông")
    b = voter(ctx, dt.date(2026, 10, 30), "Lắp đèn chiếu sáng")
    assert [r.id for r in owed.list_items(ctx, owed.OwedFilter(text="ha tang"), TODAY)] == [a]
    assert [r.id for r in owed.list_items(ctx, owed.OwedFilter(state="overdue"), TODAY)] == [a]
    # due 29/11/2026 (Sunday) -> 30/11; 6 working days ahead of 20/11 is not "due soon" yet
    assert owed.get_item(ctx, b, TODAY).due_on == dt.date(2026, 11, 30)
    assert owed.list_items(ctx, owed.OwedFilter(state="due_soon"), TODAY) == []
    soon = owed.list_items(ctx, owed.OwedFilter(state="due_soon"), dt.date(2026, 11, 23))
    assert [r.id for r in soon] == [b]


def test_calendar_day_off_moves_new_and_open_deadlines(ctx) -> None:  # noqa: ANN001
    open_item = voter(ctx, dt.date(2026, 7, 20))
    answered = voter(ctx, dt.date(2026, 7, 20))
    owed.record_answer(ctx, answered, dt.date(2026, 8, 19), "Đúng hạn", today=TODAY)
    calendar.add_day(ctx, dt.date(2026, 8, 19), "day_off", "Nghỉ lễ hội địa phương")
    item = voter(ctx, dt.date(2026, 7, 20))
    assert owed.get_item(ctx, item, TODAY).due_on == dt.date(2026, 8, 20)
    # the calendar edit already moved the open item (ServiceArea.calendar_changed)
    assert owed.recompute_open_deadlines(ctx) == 0
    assert owed.get_item(ctx, open_item, TODAY).due_on == dt.date(2026, 8, 20)
    # an answered item keeps the deadline it was judged against
    row = owed.get_item(ctx, answered, TODAY)
    assert row.due_on == dt.date(2026, 8, 19) and row.status is DeadlineStatus.CLOSED_ON_TIME


def _inspection(ctx) -> tuple[str, list[str]]:  # noqa: ANN001
    insp = selfcheck.save_inspection(
        ctx,
        selfcheck.InspectionInput(
            "Tự kiểm tra 6 tháng",
            dt.date(2026, 7, 8),
            "15/KH-BCĐ",
            dt.date(2026, 6, 25),
            "Các thôn",
            dt.date(2026, 1, 1),
            dt.date(2026, 6, 30),
            "Tổ kiểm tra",
        ),
    )
    f = selfcheck.add_finding(ctx, insp, selfcheck.FindingInput("Thiếu biên bản", "shortcoming"))
    ups = [
        selfcheck.add_followup(ctx, f, selfcheck.FollowUpInput(a, d))
        for a, d in (("Bổ sung biên bản", dt.date(2026, 8, 15)), ("Niêm yết", dt.date(2026, 9, 30)))
    ]
    return insp, ups


def test_self_inspection_findings_and_followups(ctx) -> None:  # noqa: ANN001
    insp, (done, late) = _inspection(ctx)
    assert selfcheck.mark_done(ctx, done, dt.date(2026, 8, 15), TODAY) is (
        DeadlineStatus.CLOSED_ON_TIME
    )
    with pytest.raises(RuleViolation, match="không thể trước ngày kiểm tra"):
        selfcheck.mark_done(ctx, late, dt.date(2026, 7, 1), TODAY)
    row = selfcheck.list_inspections(ctx, TODAY)[0]
    assert row.id == insp and len(row.findings) == 1
    assert [u.status for u in row.followups] == [
        DeadlineStatus.CLOSED_ON_TIME,
        DeadlineStatus.OVERDUE,
    ]
    assert row.overdue_followups == 1 and row.open_followups == 1
    selfcheck.delete_inspection(ctx, insp)
    assert selfcheck.list_inspections(ctx, TODAY) == []


def test_warnings_carry_the_ids_they_open(ctx) -> None:  # noqa: ANN001
    late = voter(ctx, dt.date(2026, 7, 20))
    soon = voter(ctx, dt.date(2026, 10, 24))  # due Monday 23/11: 1 working day ahead
    voter(ctx, dt.date(2026, 11, 10))  # due 10/12: not yet
    answered = voter(ctx, dt.date(2026, 7, 21))
    owed.record_answer(ctx, answered, dt.date(2026, 9, 1), "Muộn", today=TODAY)
    fr = front(ctx, dt.date(2026, 9, 22))
    _insp, (_done, _late) = _inspection(ctx)
    lines = {w.key: w for w in areas.area("answers").warnings(ctx, TODAY)}
    assert lines["voter_answers_overdue"].record_ids == (late,)
    assert lines["voter_answers_due_soon"].record_ids == (soon,)
    assert lines["front_answers_overdue"].record_ids == (fr,)
    assert lines["front_answers_due_soon"].count == 0
    assert lines["self_inspection_followups_overdue"].count == 2
    assert lines["voter_answers_overdue"].record_type == "answers_owed"
    assert lines["voter_answers_overdue"].severity == "danger"
    # beside the Inspection Board's line in the kernel's list
    keys = [w.key for w in areas.warnings(ctx, TODAY)]
    assert keys.index("board_answers_overdue") < keys.index("voter_answers_overdue")


def test_indicators_and_their_records(ctx) -> None:  # noqa: ANN001
    from danvan_desktop.services.scoring.indicators import catalogue

    on_time = voter(ctx, dt.date(2026, 7, 20))
    owed.record_answer(ctx, on_time, dt.date(2026, 8, 19), "Đúng hạn", today=TODAY)
    late = voter(ctx, dt.date(2026, 7, 20))
    owed.record_answer(ctx, late, dt.date(2026, 8, 25), "Muộn", today=TODAY)
    voter(ctx, dt.date(2026, 7, 20))  # never answered
    voter(ctx, dt.date(2025, 7, 20))  # fell due in 2025: not this year's
    fr = front(ctx, dt.date(2026, 9, 22))
    owed.record_answer(ctx, fr, dt.date(2026, 10, 1), "Đã làm", today=TODAY)
    _insp, (done, _late) = _inspection(ctx)
    selfcheck.mark_done(ctx, done, dt.date(2026, 8, 10), TODAY)
    span = FigureSpan((ctx.unit_code,), 2026, dt.date(2026, 1, 1), dt.date(2026, 12, 31), TODAY)
    cat = catalogue()
    keys = (
        "voter_answers_on_time_rate",
        "front_answers_on_time_rate",
        "self_inspections_held",
        "self_inspection_followups_done_rate",
    )
    with ctx.read() as s:
        values = {k: cat[k].compute(s, span)[ctx.unit_code] for k in keys}
        drill = {k: cat[k].records(s, ctx.unit_code, span) for k in keys}
    v = values["voter_answers_on_time_rate"]
    assert (v.value, v.numerator, v.denominator) == (33.3, 1, 3)
    assert values["front_answers_on_time_rate"].value == 100.0
    assert values["self_inspections_held"].value == 1.0
    assert values["self_inspection_followups_done_rate"].value == 50.0
    assert len(drill["voter_answers_on_time_rate"]) == 3 and late in drill[keys[0]]
    assert drill["front_answers_on_time_rate"] == [fr]
    assert len(drill["self_inspection_followups_done_rate"]) == 2
    assert {i.key for i in areas.area("answers").indicators} == set(keys)


def test_upper_level_figures_per_commune(ctx) -> None:  # noqa: ANN001
    a = voter(ctx, dt.date(2026, 7, 20))
    owed.record_answer(ctx, a, dt.date(2026, 8, 1), "Đã trả lời", today=TODAY)
    voter(ctx, dt.date(2026, 7, 20))  # overdue now
    voter(ctx, dt.date(2026, 11, 10))  # not due yet: not judged
    front(ctx, dt.date(2026, 9, 22))
    span = FigureSpan((ctx.unit_code, "99999"), 2026, None, None, TODAY)
    with ctx.read() as s:
        got = areas.commune_figures(s, span)["answers"]
    u = ctx.unit_code
    assert got["voter_petitions_received"][u] == 3
    assert (got["voter_answers_on_time"][u], got["voter_answers_counted"][u]) == (1, 2)
    assert got["voter_answers_rate"][u] == 50.0
    assert got["front_answers_rate"][u] == 0.0
    assert got["answers_overdue_now"][u] == 2
    assert got["voter_answers_rate"]["99999"] is None  # nothing to judge: no figure


def test_report_section_counts_only_inside_its_period(ctx) -> None:  # noqa: ANN001
    q3 = ReportPeriod("quarter", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "quý III năm 2026")
    in_q3 = voter(ctx, dt.date(2026, 7, 20), "Kiến nghị trong quý")
    owed.record_answer(ctx, in_q3, dt.date(2026, 8, 10), "Trả lời", today=TODAY)
    answered_after = voter(ctx, dt.date(2026, 7, 20), "Trả lời sau khi hết quý")
    owed.record_answer(ctx, answered_after, dt.date(2026, 10, 5), "Trả lời muộn", today=TODAY)
    voter(ctx, dt.date(2026, 10, 2), "Kiến nghị quý IV")  # after the period
    voter(ctx, dt.date(2026, 6, 25), "Kiến nghị quý II")  # due 25/07: inside, never answered
    _inspection(ctx)  # held 08/07, follow-ups due 15/08 and 30/09
    with ctx.read() as s:
        sec = areas.area("answers").report_section(s, SectionQuery((ctx.unit_code,), q3, TODAY))
    assert sec is not None and sec.key == "answers"
    f = sec.figures
    assert f["voters_received"] == 2  # not the June one, not the October one
    assert f["voters_answered"] == 1  # answered 05/10 is outside the quarter
    assert (f["voters_due"], f["voters_due_on_time"]) == (3, 1)
    # overdue at the quarter's end: the June one and the one answered only in October
    assert f["voters_overdue_at_end"] == 2
    assert f["self_inspections_held"] == 1 and f["self_inspection_findings"] == 1
    assert (f["followups_due"], f["followups_done_on_time"]) == (2, 0)
    voters_table = sec.tables[0]
    listed = {row[2] for row in voters_table.rows}
    assert "Kiến nghị quý IV" not in listed and "Kiến nghị trong quý" in listed
    for row in voters_table.rows:  # every date listed lies inside the period (or is empty)
        for cell in (row[0], row[5]):
            if cell:
                day = dt.datetime.strptime(cell, "%d/%m/%Y").date()
                assert q3.contains(day), row
    assert "quý III năm 2026" in sec.paragraphs[0]
    q1 = ReportPeriod("quarter", dt.date(2026, 1, 1), dt.date(2026, 3, 31), "quý I năm 2026")
    with ctx.read() as s:
        assert (
            areas.area("answers").report_section(s, SectionQuery((ctx.unit_code,), q1, TODAY))
            is None
        )


def test_workbook_sheets(ctx) -> None:  # noqa: ANN001
    voter(ctx, dt.date(2026, 7, 20))
    front(ctx, dt.date(2026, 9, 22))
    _inspection(ctx)
    with ctx.read() as s:
        sheets = {sh.title: sh for sh in areas.area("answers").sheets(s, [ctx.unit_code], TODAY)}
    assert set(sheets) == {"Kiến nghị cử tri", "Kiến nghị MTTQ", "Tự kiểm tra"}
    v = sheets["Kiến nghị cử tri"]
    assert v.rows[0][0] == dt.date(2026, 7, 20) and v.rows[0][5] == dt.date(2026, 8, 19)
    assert v.rows[0][-1] == "Quá hạn chưa trả lời"
    assert len(sheets["Tự kiểm tra"].rows) == 2
    assert all(len(sh.title) <= 31 for sh in sheets.values())


def test_demo_commune_has_what_the_demo_promises(demo_ctx) -> None:  # noqa: ANN001
    """Mid-year session petitions answered on time, one late, one overdue, one due in 3 days;
    a Front supervision with 3 recommendations; a self-inspection with follow-ups."""
    rows = owed.list_items(demo_ctx, owed.OwedFilter(source="voters"), TODAY)
    by_status: dict[DeadlineStatus, int] = {}
    for r in rows:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    assert by_status[DeadlineStatus.CLOSED_ON_TIME] >= 2
    assert by_status[DeadlineStatus.CLOSED_LATE] == 1
    assert by_status[DeadlineStatus.OVERDUE] == 1
    soon = [r for r in rows if r.status is DeadlineStatus.DUE_SOON]
    assert [r.due_on for r in soon] == [TODAY + dt.timedelta(days=3)]
    assert any(r.period_days and r.period_reason for r in rows)  # one period of its own
    front_rows = owed.list_items(demo_ctx, owed.OwedFilter(source="front"), TODAY)
    assert len(front_rows) == 3 and len({r.activity_id for r in front_rows}) == 1
    lines = {w.key: w for w in areas.area("answers").warnings(demo_ctx, TODAY)}
    assert lines["voter_answers_due_soon"].record_ids == (soon[0].id,)
    assert lines["self_inspection_followups_overdue"].count == 1
    (insp,) = selfcheck.list_inspections(demo_ctx, TODAY)
    assert len(insp.findings) == 3 and len(insp.followups) == 3
