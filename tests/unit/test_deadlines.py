"""Deadline rules (resources/rules/deadlines.json) against due dates worked out by hand.

Calendar used (resources/rules/holidays.json, checked in test_workdays):
- 2025: swap — Saturday 26/4 worked, Friday 2/5 off; 30/4 Wed, 1/5 Thu holidays.
- 2026: Tết decided 14/2–22/2; Giỗ Tổ Sunday 26/4 → nghỉ bù Monday 27/4; 30/4 Thu, 1/5 Fri.
- 2027: Tết Fri 5/2 – Tue 9/2 (mùng 1 = Sat 6/2) + nghỉ bù Wed 10/2, Thu 11/2.
Counting never includes the start day (Bộ luật Dân sự 2015, Đ.147); a calendar-day limit whose
last day is a day off ends on the next working day (Đ.148).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from danvan_desktop.domain.deadlines import DeadlineRules, DeadlineStatus, Step, status
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.domain.workdays import WorkCalendar

D = dt.date
DEADLINES_JSON = default_rules_dir() / "deadlines.json"


@pytest.fixture(scope="module")
def rules() -> DeadlineRules:
    return DeadlineRules.load(DEADLINES_JSON)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


# (step, petition type, received, start (acceptance) or None, flags, expected due, version)
ROWS = [
    # Weekends. Received Fri 6/3/2026; 10 working days: Mon 9–Fri 13 (5), Mon 16–Fri 20 (10).
    ("inform_citizen", "complaint", D(2026, 3, 6), None, {}, D(2026, 3, 20), "2019.1"),
    # Received Mon 2/3/2026; 7 working days: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9, Tue 10, Wed 11.
    ("handle_denunciation", "denunciation", D(2026, 3, 2), None, {}, D(2026, 3, 11), "2019.1"),
    # Multi-site: 10 working days: … Wed 11 (7), Thu 12 (8), Fri 13 (9), Mon 16 (10).
    (
        "handle_denunciation",
        "denunciation",
        D(2026, 3, 2),
        None,
        {"multi_site": True},
        D(2026, 3, 16),
        "2019.1",
    ),
    # Remote has no variant for this step: it stays 7 working days.
    (
        "handle_denunciation",
        "denunciation",
        D(2026, 3, 2),
        None,
        {"remote": True},
        D(2026, 3, 11),
        "2019.1",
    ),
    # Tết 2027. Received Thu 4/2/2027: 5/2–11/2 are off (Tết + two nghỉ bù), so transfer in 5
    # working days: Fri 12/2 (1), Mon 15 (2), Tue 16 (3), Wed 17 (4), Thu 18 (5).
    ("transfer_denunciation", "denunciation", D(2027, 2, 4), None, {}, D(2027, 2, 18), "2026.1"),
    # Same day, 10 working days: Fri 12/2 (1), Mon 15–Fri 19 (2–6), Mon 22–Thu 25 (7–10).
    ("inform_citizen", "feedback", D(2027, 2, 4), None, {}, D(2027, 2, 25), "2026.1"),
    # Calendar days ending on a weekend. Wed 28/1/2026 + 10 days = Sat 7/2 → Mon 9/2/2026.
    ("accept_complaint", "complaint", D(2026, 1, 28), None, {}, D(2026, 2, 9), "2019.1"),
    # Ending inside Tết 2026. Sun 8/2/2026 + 10 = Wed 18/2 (Tết, 14/2–22/2 off) → Mon 23/2.
    ("accept_complaint", "mixed", D(2026, 2, 8), None, {}, D(2026, 2, 23), "2019.1"),
    # The rule change on 1/7/2026 (the version in force on the receipt date applies):
    # received Fri 26/6/2026, old rule: 10 days → Mon 6/7/2026.
    ("accept_complaint", "complaint", D(2026, 6, 26), None, {}, D(2026, 7, 6), "2019.1"),
    # received Tue 30/6/2026, old rule: 10 days → Fri 10/7/2026.
    ("accept_complaint", "complaint", D(2026, 6, 30), None, {}, D(2026, 7, 10), "2019.1"),
    # received Wed 1/7/2026, new rule: 7 working days: Thu 2, Fri 3, Mon 6, Tue 7, Wed 8,
    # Thu 9, Fri 10 → Fri 10/7/2026 (by chance the same day as the old rule from 30/6).
    ("accept_complaint", "complaint", D(2026, 7, 1), None, {}, D(2026, 7, 10), "2026.1"),
    # received Fri 3/7/2026, new rule: Mon 6 … Fri 10 (5), Mon 13 (6), Tue 14 (7); the old rule
    # would have given Mon 13/7.
    ("accept_complaint", "complaint", D(2026, 7, 3), None, {}, D(2026, 7, 14), "2026.1"),
    # First complaint, accepted Mon 2/3/2026: 30 days → 2/3 + 29 = 31/3, + 30 = Wed 1/4/2026.
    (
        "settle_first_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {},
        D(2026, 4, 1),
        "2019.1",
    ),
    # Complex: 45 days → 31/3 is day 29, 16/4 day 45: Thu 16/4/2026.
    (
        "settle_first_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {"complex": True},
        D(2026, 4, 16),
        "2019.1",
    ),
    # Remote area: also 45 → Thu 16/4/2026.
    (
        "settle_first_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {"remote": True},
        D(2026, 4, 16),
        "2019.1",
    ),
    # Remote and complex: 60 → 30/4 is day 59, Fri 1/5 day 60 (holiday) → Sat, Sun → Mon 4/5.
    (
        "settle_first_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {"remote": True, "complex": True},
        D(2026, 5, 4),
        "2019.1",
    ),
    # Accepted Fri 27/3/2026 + 30 = Sun 26/4 (Giỗ Tổ); Mon 27/4 is its nghỉ bù → Tue 28/4.
    (
        "settle_first_complaint",
        "complaint",
        D(2026, 3, 20),
        D(2026, 3, 27),
        {},
        D(2026, 4, 28),
        "2019.1",
    ),
    # Second complaint, accepted Mon 2/3/2026: 45 → Thu 16/4/2026.
    (
        "settle_second_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {},
        D(2026, 4, 16),
        "2019.1",
    ),
    # Second complaint, complex: 60 → Fri 1/5 (holiday) → Mon 4/5/2026.
    (
        "settle_second_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {"complex": True},
        D(2026, 5, 4),
        "2019.1",
    ),
    # Second complaint, remote: 60 → Mon 4/5/2026 likewise.
    (
        "settle_second_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {"remote": True},
        D(2026, 5, 4),
        "2019.1",
    ),
    # Second complaint, remote and complex: 70 → 1/5 is day 60, Mon 11/5/2026 day 70.
    (
        "settle_second_complaint",
        "complaint",
        D(2026, 2, 27),
        D(2026, 3, 2),
        {"remote": True, "complex": True},
        D(2026, 5, 11),
        "2019.1",
    ),
    # Denunciation accepted Thu 7/1/2027: 30 → 31/1 is day 24, Sat 6/2 day 30 (Tết) → Sun 7,
    # Tết 8–9, nghỉ bù 10–11 → Fri 12/2/2027.
    (
        "settle_denunciation",
        "denunciation",
        D(2027, 1, 4),
        D(2027, 1, 7),
        {},
        D(2027, 2, 12),
        "2026.1",
    ),
    # Complex, one extension: 60 → 6/2 day 30, 6/3 day 58 (February has 28), Mon 8/3 day 60.
    (
        "settle_denunciation",
        "denunciation",
        D(2027, 1, 4),
        D(2027, 1, 7),
        {"complex": True, "extensions": 1},
        D(2027, 3, 8),
        "2026.1",
    ),
    # Especially complex, two extensions: 90 → 31/3 day 83, Wed 7/4/2027 day 90.
    (
        "settle_denunciation",
        "denunciation",
        D(2027, 1, 4),
        D(2027, 1, 7),
        {"especially_complex": True, "extensions": 2},
        D(2027, 4, 7),
        "2026.1",
    ),
    # Especially complex with one extension so far: 60 → Mon 8/3/2027.
    (
        "settle_denunciation",
        "mixed",
        D(2027, 1, 4),
        D(2027, 1, 7),
        {"especially_complex": True, "extensions": 1},
        D(2027, 3, 8),
        "2026.1",
    ),
    # A real make-up Saturday (26/4/2025, in holidays.json). Received Thu 24/4/2025; 7 working
    # days: Fri 25 (1), Sat 26 make-up (2), Mon 28 (3), Tue 29 (4); 30/4, 1/5 holidays, 2/5
    # swapped off, 3–4 weekend; Mon 5/5 (5), Tue 6 (6), Wed 7 (7).
    ("handle_denunciation", "denunciation", D(2025, 4, 24), None, {}, D(2025, 5, 7), "2019.1"),
    # BTTND recommendation received Fri 6/3/2026 + 15 = Sat 21/3 → Mon 23/3/2026.
    ("answer_board_recommendation", None, D(2026, 3, 6), None, {}, D(2026, 3, 23), "2019.1"),
    # Feedback received Mon 2/3/2026 + 45 = Thu 16/4/2026.
    (
        "handle_recommendation_feedback",
        "feedback",
        D(2026, 3, 2),
        None,
        {},
        D(2026, 4, 16),
        "2019.1",
    ),
]


@pytest.mark.parametrize(
    ("step", "ptype", "received", "start", "flags", "expected", "version"),
    ROWS,
    ids=[f"{r[0]}-{r[2]}-{'-'.join(r[4]) or 'base'}" for r in ROWS],
)
def test_due_dates_worked_out_by_hand(
    rules: DeadlineRules, cal: WorkCalendar, step, ptype, received, start, flags, expected, version
) -> None:
    due = rules.compute_due(step, received, petition_type=ptype, calendar=cal, start=start, **flags)
    assert due.due == expected
    assert due.version == version
    assert due.legal_basis and due.legal_basis in due.explanation
    assert expected.strftime("%d/%m/%Y") in due.explanation


def test_make_up_day_passed_by_the_user(rules: DeadlineRules) -> None:
    # Received Fri 6/3/2026, 7 working days. Normally Mon 9 … Fri 13 (5), Mon 16 (6), Tue 17
    # (7). With Saturday 7/3 worked: Sat 7 (1), Mon 9 … Fri 13 (2–6), Mon 16 (7).
    plain = WorkCalendar()
    with_make_up = WorkCalendar(make_up_days=[D(2026, 3, 7)])
    args = ("handle_denunciation", D(2026, 3, 6))
    assert rules.compute_due(*args, petition_type="denunciation", calendar=plain).due == D(
        2026, 3, 17
    )
    assert rules.compute_due(*args, petition_type="denunciation", calendar=with_make_up).due == D(
        2026, 3, 16
    )


def test_rule_change_on_1_7_2026(rules: DeadlineRules) -> None:
    old, new = rules.in_force(D(2026, 6, 30)), rules.in_force(D(2026, 7, 1))
    assert (old.version, new.version) == ("2019.1", "2026.1")
    assert (old.steps[Step.ACCEPT_COMPLAINT].limit, old.steps[Step.ACCEPT_COMPLAINT].unit) == (
        10,
        "calendar_days",
    )
    assert (new.steps[Step.ACCEPT_COMPLAINT].limit, new.steps[Step.ACCEPT_COMPLAINT].unit) == (
        7,
        "working_days",
    )
    assert new.steps[Step.ACCEPT_COMPLAINT].verify
    with pytest.raises(RuleViolation, match="Chưa có quy định thời hạn"):
        rules.in_force(D(2018, 12, 31))


def test_explanation_tells_why_the_date_moved(rules: DeadlineRules, cal: WorkCalendar) -> None:
    due = rules.compute_due(
        "settle_first_complaint",
        D(2026, 3, 20),
        start=D(2026, 3, 27),
        petition_type="complaint",
        calendar=cal,
    )
    text = due.explanation
    assert "26/04/2026" in text and "Giỗ Tổ Hùng Vương" in text
    assert "Bộ luật Dân sự 2015, Điều 148" in text
    assert "Hạn: Thứ Ba, 28/04/2026." in text
    assert due.last_counted_day == D(2026, 4, 26)
    assert (due.step, due.starts_from, due.unit, due.rule_set_id) == (
        Step.SETTLE_FIRST_COMPLAINT,
        "acceptance",
        "calendar_days",
        "vn-don-thu",
    )


@pytest.mark.parametrize(
    ("step", "kwargs", "message"),
    [
        (
            "settle_first_complaint",
            {"petition_type": "denunciation", "start": D(2026, 3, 2)},
            "không áp dụng cho đơn tố cáo",
        ),
        ("settle_first_complaint", {"petition_type": "complaint"}, "cần nhập ngày thụ lý"),
        ("inform_citizen", {}, "cần biết loại đơn"),
        (
            "settle_denunciation",
            {"petition_type": "denunciation", "start": D(2026, 3, 2), "extensions": 1},
            "Chỉ vụ việc phức tạp mới được gia hạn",
        ),
        (
            "settle_denunciation",
            {
                "petition_type": "denunciation",
                "start": D(2026, 3, 2),
                "complex": True,
                "extensions": 2,
            },
            "tối đa 1 lần",
        ),
        (
            "settle_denunciation",
            {
                "petition_type": "denunciation",
                "start": D(2026, 3, 2),
                "especially_complex": True,
                "extensions": 3,
            },
            "tối đa 2 lần",
        ),
        (
            "settle_first_complaint",
            {
                "petition_type": "complaint",
                "start": D(2026, 3, 2),
                "complex": True,
                "extensions": 1,
            },
            "không có gia hạn",
        ),
        (
            "settle_first_complaint",
            {"petition_type": "complaint", "start": D(2026, 2, 1)},
            "không thể trước ngày nhận đơn",
        ),
    ],
)
def test_refusals(rules: DeadlineRules, cal: WorkCalendar, step, kwargs, message) -> None:
    with pytest.raises(RuleViolation, match=message):
        rules.compute_due(step, D(2026, 2, 27), calendar=cal, **kwargs)


def test_status(rules: DeadlineRules, cal: WorkCalendar) -> None:
    # Due Fri 20/3/2026 (first row). Working days left after today: Mon 16/3 → 4 (17, 18, 19,
    # 20) so on track; Tue 17/3 → 3, due soon; on the day → due soon; Sat 21/3 → overdue.
    due = rules.compute_due(
        "inform_citizen", D(2026, 3, 6), petition_type="complaint", calendar=cal
    )
    assert status(due, D(2026, 3, 16)) is DeadlineStatus.ON_TRACK
    assert status(due, D(2026, 3, 17)) is DeadlineStatus.DUE_SOON
    assert status(due, D(2026, 3, 20)) is DeadlineStatus.DUE_SOON
    assert status(due, D(2026, 3, 21)) is DeadlineStatus.OVERDUE
    assert status(due, D(2026, 3, 25), closed_on=D(2026, 3, 20)) is DeadlineStatus.CLOSED_ON_TIME
    assert status(due, D(2026, 3, 16), closed_on=D(2026, 3, 23)) is DeadlineStatus.CLOSED_LATE
    assert DeadlineStatus.OVERDUE.label == "Quá hạn"


def test_status_counts_working_days_across_tet(rules: DeadlineRules, cal: WorkCalendar) -> None:
    # Due Thu 18/2/2027 (transfer row), 14 calendar days after Thu 4/2 but only 5 working days
    # (12, 15, 16, 17, 18): on track with a 3-day warning, due soon with a 5-day one.
    due = rules.compute_due(
        "transfer_denunciation", D(2027, 2, 4), petition_type="denunciation", calendar=cal
    )
    assert status(due, D(2027, 2, 4)) is DeadlineStatus.ON_TRACK
    assert status(due, D(2027, 2, 4), warn_working_days=5) is DeadlineStatus.DUE_SOON
    assert status(due, D(2027, 2, 11)) is DeadlineStatus.ON_TRACK  # still 5 left
    assert status(due, D(2027, 2, 12)) is DeadlineStatus.ON_TRACK  # 4 left: 15, 16, 17, 18
    assert status(due, D(2027, 2, 15)) is DeadlineStatus.DUE_SOON  # 3 left: 16, 17, 18


def test_roll_forward_is_a_flag_in_the_data(cal: WorkCalendar) -> None:
    data = json.loads(DEADLINES_JSON.read_text(encoding="utf-8"))
    for version in data["versions"]:
        version["roll_forward_to_working_day"] = False
    rules = DeadlineRules(data)
    due = rules.compute_due(
        "accept_complaint", D(2026, 1, 28), petition_type="complaint", calendar=cal
    )
    assert due.due == D(2026, 2, 7)  # stays on the Saturday


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "deadlines.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_wrong_file_is_refused_naming_the_field(tmp_path: Path) -> None:
    good = json.loads(DEADLINES_JSON.read_text(encoding="utf-8"))

    data = copy.deepcopy(good)
    data["versions"][1]["steps"]["accept_complaint"]["limit"] = "bảy"
    with pytest.raises(RuleFileError) as err:
        DeadlineRules.load(_write(tmp_path, data))
    assert err.value.field == "versions[1].steps.accept_complaint.limit"
    assert "“versions[1].steps.accept_complaint.limit” phải là một số nguyên" in err.value.message

    data = copy.deepcopy(good)
    data["versions"][0]["steps"]["inform_citizen"]["unit"] = "days"
    with pytest.raises(RuleFileError, match='“days” không hợp lệ; chỉ nhận: "calendar_days"'):
        DeadlineRules.load(_write(tmp_path, data))

    data = copy.deepcopy(good)
    del data["versions"][0]["steps"]["settle_denunciation"]["legal_basis"]
    with pytest.raises(
        RuleFileError, match="settle_denunciation” thiếu trường bắt buộc “legal_basis”"
    ):
        DeadlineRules.load(_write(tmp_path, data))

    data = copy.deepcopy(good)
    del data["versions"][0]["steps"]["transfer_denunciation"]
    with pytest.raises(RuleFileError, match="thiếu trường bắt buộc “transfer_denunciation”"):
        DeadlineRules.load(_write(tmp_path, data))

    data = copy.deepcopy(good)
    data["versions"][1]["effective_from"] = "2026-02-30"
    with pytest.raises(RuleFileError, match="ngày không tồn tại “2026-02-30”"):
        DeadlineRules.load(_write(tmp_path, data))

    data = copy.deepcopy(good)
    data["versions"][1]["effective_from"] = "01/07/2026"
    with pytest.raises(RuleFileError, match="không đúng dạng"):
        DeadlineRules.load(_write(tmp_path, data))

    data = copy.deepcopy(good)
    data["versions"][1]["effective_from"] = data["versions"][0]["effective_from"]
    with pytest.raises(RuleFileError, match="cùng có hiệu lực"):
        DeadlineRules.load(_write(tmp_path, data))

    data = copy.deepcopy(good)
    data["versions"][0]["steps"]["inform_citizen"]["limitt"] = 10
    with pytest.raises(RuleFileError, match="trường không được phép “limitt”"):
        DeadlineRules.load(_write(tmp_path, data))
