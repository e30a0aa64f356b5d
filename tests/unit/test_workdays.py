"""Working-day calendar: holidays from resources/rules/holidays.json, Tết, nghỉ bù, làm bù."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from pathlib import Path

import pytest

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.domain.workdays import WorkCalendar

D = dt.date
HOLIDAYS_JSON = default_rules_dir() / "holidays.json"


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.load(HOLIDAYS_JSON)


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(HOLIDAYS_JSON.read_text(encoding="utf-8"))


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def test_shipped_file_is_found_and_names_are_vietnamese(cal: WorkCalendar) -> None:
    names = dict(cal.holidays(2027))
    assert names[D(2027, 1, 1)] == "Tết Dương lịch"
    assert names[D(2027, 2, 6)] == "Tết Nguyên đán"
    assert names[D(2027, 4, 16)] == "Giỗ Tổ Hùng Vương"
    assert names[D(2027, 4, 30)] == "Ngày Chiến thắng"
    assert names[D(2027, 5, 1)] == "Ngày Quốc tế Lao động"
    assert names[D(2027, 9, 2)] == "Quốc khánh"


def test_tet_2027_with_compensatory_days(cal: WorkCalendar) -> None:
    # Tết Đinh Mùi: mùng 1 is Saturday 6/2/2027 (lunar converter). The five Tết days by
    # default: the last day of the lunar year (Fri 5/2) and mùng 1–4 (Sat 6/2 – Tue 9/2).
    # Sat 6/2 and Sun 7/2 are weekend days, so two days off are owed "vào ngày làm việc kế
    # tiếp": Wed 10/2 and Thu 11/2. Officers are back on Friday 12/2.
    off = _days(D(2027, 2, 5), D(2027, 2, 11))
    assert not any(cal.is_working_day(d) for d in off)
    assert cal.is_working_day(D(2027, 2, 4))
    assert cal.is_working_day(D(2027, 2, 12))
    names = dict(cal.holidays(2027))
    assert names[D(2027, 2, 10)] == "Nghỉ bù Tết Nguyên đán"
    assert names[D(2027, 2, 11)] == "Nghỉ bù Tết Nguyên đán"
    assert cal.describe(D(2027, 2, 13)) == "Thứ Bảy"


def test_hung_kings_day_2026_on_a_sunday_gives_monday_off(cal: WorkCalendar) -> None:
    # 10/3 âm lịch 2026 = Sunday 26/4/2026 → nghỉ bù Monday 27/4; 30/4 Thu and 1/5 Fri are
    # holidays on working days (no compensation).
    assert dict(cal.holidays(2026))[D(2026, 4, 27)] == "Nghỉ bù Giỗ Tổ Hùng Vương"
    assert [cal.is_working_day(d) for d in _days(D(2026, 4, 24), D(2026, 5, 4))] == [
        True,
        False,
        False,
        False,
        True,
        True,
        False,
        False,
        False,
        False,
        True,
    ]  # 24 Fri, 25–26 weekend, 27 nghỉ bù, 28–29 work, 30/4–1/5 holidays, 2–3 weekend, 4 Mon


def test_labour_day_2027_on_saturday_moves_to_monday(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(D(2027, 5, 3))
    assert cal.describe(D(2027, 5, 3)) == "Nghỉ bù Ngày Quốc tế Lao động"


def test_national_day_default_and_before_2021(cal: WorkCalendar) -> None:
    # From 2021 (Labour Code 2019): 2/9 and one adjacent day; default 1/9 ("trước").
    assert not cal.is_working_day(D(2027, 9, 1))  # Wed
    assert not cal.is_working_day(D(2027, 9, 2))  # Thu
    assert cal.is_working_day(D(2027, 9, 3))
    # 2020 (Labour Code 2012): 2/9 only — Tue 1/9/2020 was a working day.
    assert cal.is_working_day(D(2020, 9, 1))
    assert not cal.is_working_day(D(2020, 9, 2))


def test_yearly_decisions_replace_the_default_days(cal: WorkCalendar) -> None:
    # Tết 2025 by default: 28/1 (last day of Giáp Thìn) to 1/2 (Sat) + nghỉ bù Mon 3/2.
    # The decision in holidays.json: 25/1–2/2/2025 instead, so Mon 27/1 is off and Mon 3/2 works.
    assert not cal.is_working_day(D(2025, 1, 27))
    assert cal.is_working_day(D(2025, 2, 3))
    # 2025 swap: work Saturday 26/4, rest Friday 2/5.
    assert cal.is_working_day(D(2025, 4, 26))
    assert not cal.is_working_day(D(2025, 5, 2))
    assert cal.make_up_days(2025) == [(D(2025, 4, 26), "Làm bù cho ngày 02/5/2025")]
    assert D(2025, 4, 26) not in dict(cal.holidays(2025))


def test_without_decisions_the_law_default_applies(raw: dict) -> None:
    data = copy.deepcopy(raw)
    data["decisions"] = []
    cal = WorkCalendar(data)
    assert cal.is_working_day(D(2025, 1, 27))
    assert not cal.is_working_day(D(2025, 2, 3))  # nghỉ bù for Saturday 1/2/2025
    assert dict(cal.holidays(2025))[D(2025, 2, 3)] == "Nghỉ bù Tết Nguyên đán"


def test_compensation_is_a_flag_in_the_data(raw: dict) -> None:
    data = copy.deepcopy(raw)
    for rule_set in data["rule_sets"]:
        rule_set["compensate_weekend_holidays"] = False
    cal = WorkCalendar(data)
    assert cal.is_working_day(D(2026, 4, 27))
    assert cal.is_working_day(D(2027, 2, 10))


def test_user_edits_extra_days_off_and_make_up_days() -> None:
    cal = WorkCalendar(
        extra_days_off={D(2026, 3, 9): "Nghỉ theo quyết định của tỉnh"},
        make_up_days=[D(2026, 3, 7)],
    )
    assert not cal.is_working_day(D(2026, 3, 9))
    assert cal.is_working_day(D(2026, 3, 7))  # a Saturday worked
    assert cal.describe(D(2026, 3, 7)) == "Ngày làm bù"
    assert (D(2026, 3, 9), "Nghỉ theo quyết định của tỉnh") in cal.holidays(2026)
    with pytest.raises(RuleViolation, match="vừa được ghi là ngày nghỉ vừa là ngày làm bù"):
        WorkCalendar(extra_days_off=[D(2026, 3, 7)], make_up_days=[D(2026, 3, 7)])


def test_disabled_holiday_can_be_enabled(raw: dict) -> None:
    assert WorkCalendar(raw).is_working_day(D(2026, 11, 24))  # Tuesday, disabled by default
    data = copy.deepcopy(raw)
    for h in data["rule_sets"][1]["holidays"]:
        if h["id"] == "culture_day":
            h["enabled"] = True
    assert not WorkCalendar(data).is_working_day(D(2026, 11, 24))


def test_add_working_days_conventions(cal: WorkCalendar) -> None:
    mon = D(2026, 3, 2)
    assert cal.add_working_days(mon, 0) == mon
    assert cal.add_working_days(mon, 1) == D(2026, 3, 3)  # the start day is not counted
    assert cal.add_working_days(mon, 5) == D(2026, 3, 9)  # over a weekend
    assert cal.add_working_days(mon, -1) == D(2026, 2, 27)  # Friday before
    sat = D(2026, 3, 7)
    assert cal.add_working_days(sat, 1) == D(2026, 3, 9)
    assert cal.add_working_days(sat, -1) == D(2026, 3, 6)
    assert cal.working_days_between(mon, D(2026, 3, 9)) == 5
    assert cal.working_days_between(D(2026, 3, 9), mon) == -5
    assert cal.working_days_between(mon, mon) == 0
    # Far away: the index grows on demand, both ways.
    far = cal.add_working_days(mon, 2500)
    assert far.year == 2036 and cal.is_working_day(far)
    assert cal.working_days_between(mon, far) == 2500
    back = cal.add_working_days(mon, -2500)
    assert back.year == 2016 and cal.working_days_between(back, mon) == 2500


def test_index_agrees_with_a_day_by_day_count(cal: WorkCalendar) -> None:
    rng = random.Random(7)
    for _ in range(300):
        start = D(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 9 * 365))
        n = rng.randrange(-40, 41)
        step = 1 if n >= 0 else -1
        d, left = start, abs(n)
        while left:
            d += dt.timedelta(days=step)
            left -= cal.is_working_day(d)
        assert cal.add_working_days(start, n) == d, (start, n)
        if n >= 0:  # (start, d] holds exactly the n working days counted
            assert cal.working_days_between(start, d) == n
        else:  # (d, start] holds the |n| - 1 days counted after d, and start if it works
            assert cal.working_days_between(start, d) == n + 1 - cal.is_working_day(start)


def test_holidays_of_a_year_are_sorted_and_tagged(cal: WorkCalendar) -> None:
    days = cal.holidays(2026)
    assert days == sorted(days)
    assert (D(2026, 2, 17), "Tết Nguyên đán") in days
    assert sum(1 for _, name in days if name == "Tết Nguyên đán") == 9  # 14/2–22/2 decided


def test_years_outside_the_supported_range() -> None:
    cal = WorkCalendar()
    with pytest.raises(RuleViolation, match="nằm ngoài khoảng"):
        cal.is_working_day(D(1850, 1, 1))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_wrong_file_names_the_bad_field(raw: dict, tmp_path: Path) -> None:
    data = copy.deepcopy(raw)
    data["rule_sets"][1]["holidays"][0]["month"] = 13
    with pytest.raises(RuleFileError) as err:
        WorkCalendar.load(_write(tmp_path, data))
    assert "rule_sets[1].holidays[0].month" in err.value.message
    assert "nhỏ hơn hoặc bằng 12" in err.value.message

    data = copy.deepcopy(raw)
    data["rule_sets"][0]["holidays"][3]["day"] = 31
    data["rule_sets"][0]["holidays"][3]["month"] = 4  # 31/4 does not exist
    with pytest.raises(RuleFileError, match=r"rule_sets\[0\]\.holidays\[3\].*31/4"):
        WorkCalendar.load(_write(tmp_path, data))

    data = copy.deepcopy(raw)
    del data["rule_sets"][0]["legal_basis"]
    with pytest.raises(RuleFileError, match="thiếu trường bắt buộc “legal_basis”"):
        WorkCalendar.load(_write(tmp_path, data))

    data = copy.deepcopy(raw)
    data["decisions"][0]["holidays"][0]["to"] = "2024-02-30"
    with pytest.raises(RuleFileError, match="ngày không tồn tại “2024-02-30”"):
        WorkCalendar.load(_write(tmp_path, data))

    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(RuleFileError, match="không phải JSON hợp lệ"):
        WorkCalendar.load(bad)
    with pytest.raises(RuleFileError, match="Không tìm thấy"):
        WorkCalendar.load(tmp_path / "missing.json")


def test_threads_growing_the_index_agree_with_one_thread() -> None:
    # Background workers may share one calendar; the index is swapped whole, never half-built.
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(3)
    cases = [
        (D(1990, 1, 1) + dt.timedelta(days=rng.randrange(0, 60 * 365)), rng.randrange(-30, 31))
        for _ in range(4000)
    ]
    alone = WorkCalendar()
    expected = [alone.add_working_days(d, n) for d, n in cases]
    shared = WorkCalendar()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda c: shared.add_working_days(*c), cases))
    assert got == expected
