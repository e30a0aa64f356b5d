"""Vietnamese lunar calendar (UTC+7, Hồ Ngọc Đức's algorithm) against known dates and lunardate."""

from __future__ import annotations

import datetime as dt
import math
import warnings

import pytest

from danvan_desktop.domain import lunar
from danvan_desktop.domain.lunar import LunarDate, lunar_to_solar, solar_to_lunar, tet

D = dt.date


# Tết Nguyên đán, 2024–2035. All agree with the commonly published list except 2030: the new
# moon of that month is at 16:07 UT on 2/2/2030, i.e. 23:07 in Hà Nội (UTC+7) but 00:07 on 3/2
# in Beijing (UTC+8). The month therefore begins on 2/2 in Vietnam and on 3/2 in China; the
# "2030-02-03" in lists copied from Chinese calendars is China's Tết, not Vietnam's. The time was
# checked against an independent ephemeris (PyEphem 4.2: 2030-02-02 16:07:23 UT).
TET = {
    2024: D(2024, 2, 10),
    2025: D(2025, 1, 29),
    2026: D(2026, 2, 17),
    2027: D(2027, 2, 6),
    2028: D(2028, 1, 26),
    2029: D(2029, 2, 13),
    2030: D(2030, 2, 2),  # China: 3/2/2030 (see above)
    2031: D(2031, 1, 23),
    2032: D(2032, 2, 11),
    2033: D(2033, 1, 31),
    2034: D(2034, 2, 19),
    2035: D(2035, 2, 8),
}


@pytest.mark.parametrize(("year", "expected"), sorted(TET.items()))
def test_tet_dates(year: int, expected: dt.date) -> None:
    assert tet(year) == expected
    assert solar_to_lunar(expected) == LunarDate(year, 1, 1, False)
    assert solar_to_lunar(expected - dt.timedelta(days=1)).year == year - 1


def test_the_known_vietnam_china_differences() -> None:
    # 1985: Vietnam's Tết was 21/1/1985, a month before China's 20/2/1985 (the winter
    # solstice month differs at UTC+7). 2007: 17/2 in Vietnam, 18/2 in China.
    assert tet(1985) == D(1985, 1, 21)
    assert tet(1985, tz=8) == D(1985, 2, 20)
    assert tet(2007) == D(2007, 2, 17)
    assert tet(2007, tz=8) == D(2007, 2, 18)
    assert tet(2030, tz=8) == D(2030, 2, 3)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, D(2024, 4, 18)), (2025, D(2025, 4, 7)), (2026, D(2026, 4, 26)), (2027, D(2027, 4, 16))],
)
def test_hung_kings_day(year: int, expected: dt.date) -> None:
    # Giỗ Tổ Hùng Vương, 10/3 âm lịch: the 2024–2026 dates are the days officers had off.
    assert lunar_to_solar(year, 3, 10) == expected


@pytest.mark.parametrize(
    ("year", "month"), [(2023, 2), (2025, 6), (2028, 5), (2031, 3), (2033, 11), (2024, None)]
)
def test_leap_months(year: int, month: int | None) -> None:
    assert lunar.leap_month(year) == month


def test_round_trip_every_day_2000_to_2060() -> None:
    d = D(2000, 1, 1)
    while d <= D(2060, 12, 31):
        ld = solar_to_lunar(d)
        assert lunar_to_solar(ld.year, ld.month, ld.day, ld.leap) == d, (d, ld)
        d += dt.timedelta(days=1)


def _reference_solar_to_lunar(d: dt.date, tz: int = 7) -> LunarDate:
    """convertSolar2Lunar exactly as published, on the module's primitives.

    The module builds cached year tables instead; this checks the tables label every month the
    way the original per-day computation does.
    """
    day_number = lunar._jd(d)
    k = math.floor((day_number - 2415021.076998695) / 29.530588853)
    month_start = lunar._new_moon_day(k + 1, tz)
    if month_start > day_number:
        month_start = lunar._new_moon_day(k, tz)
    a11 = lunar._lunar_month_11(d.year, tz)
    b11 = a11
    if a11 >= month_start:
        lunar_year = d.year
        a11 = lunar._lunar_month_11(d.year - 1, tz)
    else:
        lunar_year = d.year + 1
        b11 = lunar._lunar_month_11(d.year + 1, tz)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = lunar._leap_month_offset(a11, tz)
        if diff >= leap_diff:
            lunar_month = diff + 10
            leap = diff == leap_diff
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return LunarDate(lunar_year, lunar_month, lunar_day, leap)


def test_year_tables_match_the_published_algorithm_1901_to_2199() -> None:
    d = D(1901, 1, 1)
    while d <= D(2199, 12, 31):
        assert solar_to_lunar(d) == _reference_solar_to_lunar(d), d
        d += dt.timedelta(days=5)


def test_cross_check_with_lunardate_2024_to_2035() -> None:
    """lunardate carries the Chinese calendar (UTC+8). Where they differ, it must be only
    because a new moon fell between 23:00 and 24:00 Hà Nội time: the Vietnamese month then
    starts one day earlier. In 2024–2035 that happens four times, each for one whole month
    (30 days in Vietnam, 29 in China, both ending on the same day):

    - 2/2/2030, Tết Canh Tuất: new moon 23:08 (UTC+7);
    - 21/4/2031, leap 3rd month of Tân Hợi: new moon 23:59 (UTC+7; the ephemeris says 23:57);
    - 11/3/2032, 2nd month of Nhâm Tý: new moon 23:26;
    - 12/9/2034, 8th month of Giáp Dần: new moon 23:13.
    """
    lunardate = pytest.importorskip("lunardate")
    expected_months = {
        D(2030, 2, 2): (2030, 1, False),
        D(2031, 4, 21): (2031, 3, True),
        D(2032, 3, 11): (2032, 2, False),
        D(2034, 9, 12): (2034, 8, False),
    }
    expected_days = {
        start + dt.timedelta(days=i): (start, i + 1) for start in expected_months for i in range(30)
    }
    differing = set()
    d = D(2024, 1, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        while d <= D(2035, 12, 31):
            cn = lunardate.LunarDate.fromSolarDate(d.year, d.month, d.day)
            vn = solar_to_lunar(d)
            if (vn.year, vn.month, vn.day, vn.leap) != (
                cn.year,
                cn.month,
                cn.day,
                bool(cn.isLeapMonth),
            ):
                differing.add(d)
                start, day = expected_days[d]  # KeyError: a difference nobody explained
                assert vn == LunarDate(*expected_months[start][:2], day, expected_months[start][2])
                # China has the same month a day later (its day 1 is our day 2) ...
                if day > 1:
                    assert (cn.month, cn.day, bool(cn.isLeapMonth)) == (vn.month, day - 1, vn.leap)
            d += dt.timedelta(days=1)
    assert differing == set(expected_days)
    # ... and the reason is the new moon's hour: between 23:00 and 24:00 at UTC+7.
    for start in expected_months:
        k = round((lunar._jd(start) - 2415021.076998695) / 29.530588853)
        local = lunar._new_moon(k) + 0.5 + 7 / 24  # Julian date → local days since midnight
        assert math.floor(local) == lunar._jd(start)
        assert 23 <= (local - math.floor(local)) * 24 < 24
        assert lunar._new_moon_day(k, 8) == lunar._jd(start) + 1


def test_invalid_lunar_dates_are_refused() -> None:
    assert lunar.month_length(2025, 12) == 29  # Tết 2026 follows the 29th of the 12th month
    with pytest.raises(ValueError, match="chỉ có 29 ngày"):
        lunar_to_solar(2025, 12, 30)
    with pytest.raises(ValueError, match="không có tháng nhuận 5"):
        lunar_to_solar(2025, 5, 1, leap=True)
    assert lunar_to_solar(2025, 6, 1, leap=True) == D(2025, 7, 25)
    with pytest.raises(ValueError):
        lunar_to_solar(2025, 13, 1)
