"""Vietnamese lunar calendar (âm lịch Việt Nam), solar ↔ lunar, for UTC+7.

This follows Hồ Ngọc Đức's published algorithm ("Âm lịch Việt Nam", amlich): new moons from
Jean Meeus' "Astronomical Algorithms" series, the sun's longitude at local midnight to find the
month that holds the winter solstice (month 11) and the leap month (the first month of a
13-month year without a major solar term). Everything is computed for Vietnam's time zone,
UTC+7, since 1/1/1968 (Bộ Văn hóa, lịch Nhà nước). Chinese calendars use UTC+8: when a new
moon falls between 23:00 and 24:00 Hà Nội time, the month starts one day earlier in Vietnam
than in China (1985's Tết is the famous case), so a Chinese table must not be used as is.

Conversions are cached per lunar year: a year is computed once (13-14 new moons) and every
later conversion is a dictionary/bisect look-up.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

VN_TIME_ZONE = 7  # hours east of UTC
_JD_ORDINAL_OFFSET = 1721425  # Julian day number of a date = date.toordinal() + this
_SYNODIC_MONTH = 29.530588853
_JD_1900_NEW_MOON = 2415021.076998695  # Julian date of the new moon of 1/1/1900 (k = 0)


class LunarDate(NamedTuple):
    """A lunar date: year is the lunar year (it starts at Tết), leap marks a leap month."""

    year: int
    month: int
    day: int
    leap: bool = False


# --- Hồ Ngọc Đức's primitives (kept close to the published code so they can be compared) ---


def _jd(d: dt.date) -> int:
    return d.toordinal() + _JD_ORDINAL_OFFSET


def _date(jd: int) -> dt.date:
    return dt.date.fromordinal(jd - _JD_ORDINAL_OFFSET)


def _new_moon(k: int) -> float:
    """Julian date (UT) of the k-th new moon after 1/1/1900 (Meeus, accuracy about 2 minutes)."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  # sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  # moon's mean anomaly
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  # moon's arg. of latitude
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


@lru_cache(maxsize=4096)
def _new_moon_day(k: int, tz: int) -> int:
    """Julian day number of the local day that holds the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + tz / 24)


def _sun_longitude(jdn: float) -> float:
    """Sun's apparent longitude in radians, normalised to [0, 2π)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl = dl + (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    return lon - math.pi * 2 * math.floor(lon / (math.pi * 2))


def _sun_sector(day_number: int, tz: int) -> int:
    """Which of the 12 major-term sectors (0..11, 30° each) the sun is in at local midnight."""
    return math.floor(_sun_longitude(day_number - 0.5 - tz / 24) / math.pi * 6)


@lru_cache(maxsize=512)
def _lunar_month_11(year: int, tz: int) -> int:
    """Julian day number that starts lunar month 11 (the winter-solstice month) of `year`."""
    off = _jd(dt.date(year, 12, 31)) - 2415021
    k = math.floor(off / _SYNODIC_MONTH)
    nm = _new_moon_day(k, tz)
    if _sun_sector(nm, tz) >= 9:  # the sun is already past 270°: month 11 began a moon earlier
        nm = _new_moon_day(k - 1, tz)
    return nm


def _leap_month_offset(a11: int, tz: int) -> int:
    """Index (months after month 11) of the leap month in a 13-month year starting at a11."""
    k = math.floor((a11 - _JD_1900_NEW_MOON) / _SYNODIC_MONTH + 0.5)
    i = 1  # the month following month 11
    arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            return i - 1


# --- Year tables built from the primitives ---


class _Year(NamedTuple):
    """Thirteen or twelve consecutive lunar months: see _year_table."""

    starts: tuple[int, ...]  # Julian day numbers of each month's first day, ascending
    labels: tuple[tuple[int, int, bool], ...]  # (lunar year, month, leap) of each month


@lru_cache(maxsize=256)
def _year_table(year: int, tz: int) -> _Year:
    """The months from lunar month 11 of `year - 1` up to (not including) month 11 of `year`.

    Built exactly as convertSolar2Lunar labels months: month 11 and 12 belong to lunar year
    `year - 1`, months 1..10 to `year`; in a 13-month span (b11 - a11 > 365) the month after
    the first one without a major term repeats the previous number as a leap month.
    """
    a11 = _lunar_month_11(year - 1, tz)
    b11 = _lunar_month_11(year, tz)
    k = math.floor(0.5 + (a11 - _JD_1900_NEW_MOON) / _SYNODIC_MONTH)
    leap_off = _leap_month_offset(a11, tz) if b11 - a11 > 365 else None
    count = 13 if leap_off is not None else 12
    starts: list[int] = []
    labels: list[tuple[int, int, bool]] = []
    for i in range(count):
        starts.append(_new_moon_day(k + i, tz))
        diff = i
        leap = False
        month = diff + 11
        if leap_off is not None and diff >= leap_off:
            month = diff + 10
            leap = diff == leap_off
        if month > 12:
            month -= 12
        lunar_year = year - 1 if month >= 11 and diff < 4 else year
        labels.append((lunar_year, month, leap))
    return _Year(tuple(starts), tuple(labels))


def solar_to_lunar(d: dt.date, tz: int = VN_TIME_ZONE) -> LunarDate:
    """The lunar date of the Gregorian date `d` (Vietnamese calendar by default)."""
    day_number = _jd(d)
    year = d.year
    table = _year_table(year + 1, tz)
    if day_number < table.starts[0]:  # before month 11 of this year: in the previous table
        table = _year_table(year, tz)
    i = bisect_right(table.starts, day_number) - 1
    lunar_year, month, leap = table.labels[i]
    return LunarDate(lunar_year, month, day_number - table.starts[i] + 1, leap)


def lunar_to_solar(
    year: int, month: int, day: int, leap: bool = False, tz: int = VN_TIME_ZONE
) -> dt.date:
    """The Gregorian date of a lunar date; ValueError for a month or day that does not exist."""
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"Ngày âm lịch không hợp lệ: {day}/{month}/{year}")
    table_year = year + 1 if month >= 11 else year  # months 11, 12 sit in the next table
    table = _year_table(table_year, tz)
    for i, label in enumerate(table.labels):
        if label == (year, month, leap):
            start = table.starts[i]
            if i + 1 < len(table.starts):
                end = table.starts[i + 1]
            else:
                end = _year_table(table_year + 1, tz).starts[0]
            length = end - start
            if day > length:
                raise ValueError(
                    f"Tháng {month}{' nhuận' if leap else ''} năm âm lịch {year} "
                    f"chỉ có {length} ngày"
                )
            return _date(start + day - 1)
    what = "nhuận " if leap else ""
    raise ValueError(f"Năm âm lịch {year} không có tháng {what}{month}")


def month_length(year: int, month: int, leap: bool = False, tz: int = VN_TIME_ZONE) -> int:
    """Days (29 or 30) in a lunar month."""
    first = lunar_to_solar(year, month, 1, leap, tz)
    nxt = solar_to_lunar(first + dt.timedelta(days=29), tz)
    return 29 if nxt.day == 1 else 30


def leap_month(year: int, tz: int = VN_TIME_ZONE) -> int | None:
    """The number of the leap month of a lunar year, or None."""
    for table_year in (year, year + 1):
        for lunar_year, month, leap in _year_table(table_year, tz).labels:
            if leap and lunar_year == year:
                return month
    return None


def tet(year: int, tz: int = VN_TIME_ZONE) -> dt.date:
    """Gregorian date of Tết Nguyên đán (1st day of the 1st lunar month) of `year`."""
    return lunar_to_solar(year, 1, 1, False, tz)
