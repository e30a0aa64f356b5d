"""Pure rules of the People's Inspection Board and the supervision boards (domain.inspection)."""

from __future__ import annotations

import datetime as dt

import pytest

from danvan_desktop.domain import inspection as r
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection import CommunePost, MemberFacts, NoticeRecipient
from danvan_desktop.domain.workdays import WorkCalendar

D = dt.date
HAMLETS = [
    ("h1", "Thôn Một"),
    ("h2", "Thôn Hai"),
    ("h3", "Thôn Ba"),
    ("h4", "Thôn Bốn"),
    ("h5", "Tổ dân phố 5"),
]
TERM = (D(2024, 7, 1), D(2029, 6, 30))


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def board(**changes: MemberFacts) -> list[MemberFacts]:
    base = {
        "a": MemberFacts("a", "Nguyễn Văn An", "h1", "head", D(2024, 6, 20)),
        "b": MemberFacts("b", "Trần Thị Bình", "h2", "deputy", D(2024, 6, 20)),
        "c": MemberFacts("c", "Lê Văn Cường", "h3", "member", D(2024, 6, 20)),
        "d": MemberFacts("d", "Phạm Thị Dung", "h4", "member", D(2024, 6, 20)),
        "e": MemberFacts("e", "Hoàng Văn Em", "h5", "member", D(2024, 6, 20)),
    }
    base.update(changes)
    return list(base.values())


def codes(members: list[MemberFacts], on: dt.date | None = None) -> list[str]:
    return [w.code for w in r.check_board_members(members, HAMLETS, *TERM, on or D(2026, 3, 1))]


def test_a_complete_board_has_no_warning() -> None:
    assert codes(board()) == []


def test_each_composition_rule_is_reported_in_vietnamese() -> None:
    four = board()[:4]
    warnings = r.check_board_members(four, HAMLETS, *TERM, D(2026, 3, 1))
    assert [w.code for w in warnings] == ["too_few", "hamlet_missing"]
    assert "cần ít nhất 05 thành viên" in warnings[0].message
    assert "Tổ dân phố 5" in warnings[1].message

    no_head = board(a=MemberFacts("a", "Nguyễn Văn An", "h1", "member", D(2024, 6, 20)))
    assert codes(no_head) == ["no_head"]
    two_heads = board(b=MemberFacts("b", "Trần Thị Bình", "h2", "head", D(2024, 6, 20)))
    assert codes(two_heads) == ["many_heads"]
    three_deputies = board(
        **{
            k: MemberFacts(k, k.upper(), f"h{i}", "deputy", D(2024, 6, 20))
            for i, k in ((3, "c"), (4, "d"), (5, "e"))
        }
    )
    assert codes(three_deputies) == ["many_deputies"]

    official = board(
        c=MemberFacts(
            "c", "Lê Văn Cường", "h3", "member", D(2024, 6, 20), commune_post=CommunePost.OFFICIAL
        )
    )
    part_time = board(
        c=MemberFacts(
            "c", "Lê Văn Cường", "h3", "member", D(2024, 6, 20), commune_post=CommunePost.PART_TIME
        )
    )
    assert codes(official) == ["commune_official"]
    assert codes(part_time) == ["part_time_worker"]
    assert (
        "Lê Văn Cường" in r.check_board_members(official, HAMLETS, *TERM, D(2026, 3, 1))[0].message
    )


def test_vacancy_with_six_months_left_must_be_refilled() -> None:
    left = MemberFacts("e", "Hoàng Văn Em", "h5", "member", D(2024, 6, 20), left_on=D(2026, 1, 10))
    members = board(e=left)
    found = r.check_board_members(members, HAMLETS, *TERM, D(2026, 3, 1))
    assert {w.code for w in found} == {"too_few", "hamlet_missing", "vacancy"}
    vacancy = next(w for w in found if w.code == "vacancy")
    assert "10/01/2026" in vacancy.message and "(Tổ dân phố 5)" in vacancy.message

    # Refilled: a new member for the same seat ends every warning.
    refill = MemberFacts("f", "Đỗ Văn Phúc", "h5", "member", D(2026, 2, 15), replaces_id="e")
    assert codes([*members, refill]) == []
    # Also recognised without the explicit link: same hamlet, elected after the seat fell vacant.
    assert codes([*members, MemberFacts("g", "Vũ Thị Giang", "h5", "member", D(2026, 2, 15))]) == []


def test_vacancy_late_in_the_term_needs_no_refill() -> None:
    # Left with 5 months of the term left: no duty to refill (the hamlet is still uncovered).
    left = MemberFacts("e", "Hoàng Văn Em", "h5", "member", D(2024, 6, 20), left_on=D(2029, 2, 1))
    assert "vacancy" not in codes(board(e=left), D(2029, 3, 1))
    left_early = MemberFacts(
        "e", "Hoàng Văn Em", "h5", "member", D(2024, 6, 20), left_on=D(2028, 12, 30)
    )
    assert "vacancy" in codes(board(e=left_early), D(2029, 3, 1))


def test_add_months_clamps_to_month_end() -> None:
    assert r.add_months(D(2026, 8, 31), 6) == D(2027, 2, 28)
    assert r.months_between(D(2026, 1, 10), D(2026, 7, 9)) == 5
    assert r.months_between(D(2026, 1, 10), D(2026, 7, 10)) == 6


def test_term_dates_are_checked() -> None:
    with pytest.raises(RuleViolation):
        r.check_term_dates(D(2026, 1, 1), D(2025, 1, 1))
    with pytest.raises(RuleViolation):
        r.check_term_dates(D(2020, 1, 1), D(2030, 1, 1))


def test_notice_five_working_days(cal: WorkCalendar) -> None:
    start = D(2026, 3, 16)  # a Monday
    assert r.latest_notice_day(start, cal) == D(2026, 3, 9)  # the Monday before
    all_in_time = {who: D(2026, 3, 9) for who in NoticeRecipient}
    assert r.check_notice(start, all_in_time, cal).ok
    late = dict(all_in_time, **{NoticeRecipient.SUBJECT: D(2026, 3, 10)})
    check = r.check_notice(start, late, cal)
    assert check.too_late and check.late == (NoticeRecipient.SUBJECT,)
    assert "09/03/2026" in check.message() and "quá muộn" in check.message()
    missing = r.check_notice(start, {NoticeRecipient.MTTQ: D(2026, 3, 2)}, cal)
    assert not missing.ok and not missing.too_late
    assert missing.missing == (NoticeRecipient.CHAIRMAN, NoticeRecipient.SUBJECT)


def test_notice_skips_tet_holidays(cal: WorkCalendar) -> None:
    # Tết 2026 (14–22/02 off): for a start on 25/02 the plan had to go out before Tết.
    latest = r.latest_notice_day(D(2026, 2, 25), cal)
    assert latest < D(2026, 2, 14)
    assert cal.working_days_between(latest, D(2026, 2, 25)) == 5


def test_answer_due_is_15_calendar_days_rolled_to_a_working_day(cal: WorkCalendar) -> None:
    assert r.answer_due(D(2026, 3, 2), cal).due == D(2026, 3, 17)  # 17/3 is a Tuesday
    # 15 days after 06/03/2026 is Saturday 21/03: the limit runs to Monday 23/03.
    assert r.answer_due(D(2026, 3, 6), cal).due == D(2026, 3, 23)


def test_answer_status_and_rate() -> None:
    due = D(2026, 3, 17)
    assert r.answer_status(due, None, D(2026, 3, 1)) == DeadlineStatus.ON_TRACK
    assert r.answer_status(due, None, D(2026, 3, 15)) == DeadlineStatus.DUE_SOON
    assert r.answer_status(due, None, D(2026, 3, 18)) == DeadlineStatus.OVERDUE
    assert r.answer_status(due, D(2026, 3, 17), D(2026, 4, 1)) == DeadlineStatus.CLOSED_ON_TIME
    assert r.answer_status(due, D(2026, 3, 20), D(2026, 4, 1)) == DeadlineStatus.CLOSED_LATE
    f = r.answer_figures(
        [(due, D(2026, 3, 10)), (due, D(2026, 3, 20)), (due, None), (D(2026, 5, 1), None)],
        D(2026, 4, 1),
    )
    assert (f.total, f.answered, f.on_time, f.late, f.overdue, f.waiting) == (4, 2, 1, 1, 1, 1)
    assert f.on_time_rate == pytest.approx(1 / 3)  # the one not yet due is left out
    assert r.format_rate(f.on_time_rate) == "33,3%"
    assert r.format_rate(None) == "—"


def test_supervision_board_composition() -> None:
    S = r.SupervisorFacts
    full = [
        S("A", "mttq"),
        S("B", "bttnd"),
        S("C", "resident"),
        S("D", "resident"),
        S("E", "resident"),
    ]
    assert r.check_supervision_board(full, D(2026, 1, 1)) == []
    only_residents = [S(n, "resident") for n in "ABCD"]
    found = [w.code for w in r.check_supervision_board(only_residents, D(2026, 1, 1))]
    assert found == ["too_few", "no_mttq", "no_bttnd"]
    gone = [*full[:4], S("E", "resident", left_on=D(2025, 12, 1))]
    assert [w.code for w in r.check_supervision_board(gone, D(2026, 1, 1))] == ["too_few"]


def test_periods() -> None:
    q3 = r.period("quarter", 2026, 3)
    assert (q3.start, q3.end, q3.label) == (D(2026, 7, 1), D(2026, 9, 30), "Quý III năm 2026")
    assert r.period("half", 2026, 2).label == "6 tháng cuối năm 2026"
    assert r.period("year", 2026).end == D(2026, 12, 31)
    adhoc = r.period("adhoc", start=D(2026, 5, 1), end=D(2026, 5, 31))
    assert adhoc.contains(D(2026, 5, 31)) and not adhoc.contains(D(2026, 6, 1))
    with pytest.raises(RuleViolation):
        r.period("quarter", 2026, 5)


def test_draft_narrative_quotes_the_figures() -> None:
    f = r.BoardFigures(
        members=9,
        activities=4,
        supervisions=3,
        inspections=1,
        recommendations=3,
        notice_late=1,
        answers=r.AnswerFigures(3, 2, 1, 1, 1, 0),
    )
    text = r.draft_narrative("Ban Thanh tra nhân dân xã Cẩm Xuyên", r.period("year", 2026), f)
    assert "có 9 thành viên" in text and "năm 2026" in text
    assert "33,3%" in text  # 1 on time of 3 judged (2 answered + 1 overdue)
    assert "gửi kế hoạch chậm" in text
