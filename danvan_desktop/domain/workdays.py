"""The working-day calendar of Vietnamese civil servants: weekends, public holidays, Tết.

Holidays come from data (resources/rules/holidays.json, see its README): the Labour Code's list
(Bộ luật Lao động 2019, Điều 112; 2012, Điều 115) with lunar days converted by `lunar`, the
compensatory day off when a holiday falls on a weekend (Điều 111 khoản 3: "nghỉ bù vào ngày làm
việc kế tiếp"), the Prime Minister's yearly decisions on the exact Tết / Quốc khánh days, days
swapped for a make-up Saturday, and whatever the user adds.

Counting convention (add_working_days, working_days_between): the day a time limit starts from
is not counted; counting starts the next day. This is Bộ luật Dân sự 2015, Điều 147 khoản 2
("ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề"), which applies
to the time limits of Luật Khiếu nại, Luật Tố cáo and Luật Tiếp công dân ("trong thời hạn …
ngày, kể từ ngày nhận được …"): a denunciation received on Monday with 7 working days is due on
the Wednesday of the next week, not the Tuesday.

Speed: the calendar keeps, for a span of years, the sorted list of working days and, for every
day, how many working days came before it; adding or counting working days is then two list
look-ups, whatever n is (a benchmark computes a million due dates).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danvan_desktop.domain import lunar
from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.rulefiles import RuleFileError, load_rule_file, parse_iso_date

WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WHAT = "lịch ngày nghỉ (holidays.json)"
_MIN_YEAR, _MAX_YEAR = 1901, 2198  # where the lunar conversion is tested and meaningful


def weekday_name(d: dt.date) -> str:
    return WEEKDAY_NAMES[d.weekday()]


@dataclass(frozen=True, slots=True)
class HolidayDef:
    id: str
    name: str
    calendar: str  # "solar" or "lunar"
    month: int
    day: int
    offsets: tuple[int, ...]
    enabled: bool


@dataclass(frozen=True, slots=True)
class HolidayRuleSet:
    id: str
    effective_from: dt.date
    legal_basis: str
    compensate_weekend_holidays: bool
    compensation_basis: str
    holidays: tuple[HolidayDef, ...]


def _named_days(
    days: Mapping[dt.date, str] | Iterable[dt.date], default_name: str
) -> dict[dt.date, str]:
    if isinstance(days, Mapping):
        return {d: (name or default_name) for d, name in days.items()}
    return dict.fromkeys(days, default_name)


@dataclass(frozen=True, slots=True)
class _Index:
    """Working days of the years lo..hi, replaced as a whole (so threads never see it half-built).

    is_work[i] / rank[i] are about the day with ordinal base + i; rank[i] counts the working days
    before it; working lists the working days' ordinals in order.
    """

    lo_year: int
    hi_year: int
    base: int
    is_work: bytearray
    rank: list[int]
    working: list[int]


class WorkCalendar:
    """Which days officers work, and arithmetic in working days.

    `data` is the parsed holidays.json, a path to it, or None for the shipped file.
    `extra_days_off` / `make_up_days` are the user's edits (dates, or dates → name); a make-up
    day (ngày làm bù, e.g. a Saturday worked in exchange) is a working day whatever else it is.
    `decisions` are more yearly decisions in the file's "decisions" format.
    """

    def __init__(
        self,
        data: Mapping[str, Any] | Path | str | None = None,
        *,
        extra_days_off: Mapping[dt.date, str] | Iterable[dt.date] = (),
        make_up_days: Mapping[dt.date, str] | Iterable[dt.date] = (),
        decisions: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        raw = load_rule_file(data, "holidays.json", "holidays.schema.json", _WHAT)
        self.calendar_id: str = raw["calendar_id"]
        self.version: str = raw["version"]
        self.weekend_basis: str = raw.get("weekend_basis", "")
        self._tz = int(raw.get("time_zone_hours", lunar.VN_TIME_ZONE))
        self._weekend = frozenset(_WEEKDAY_CODES.index(code) for code in raw["weekend"])
        self.rule_sets = tuple(
            sorted(
                (self._parse_rule_set(rs, i) for i, rs in enumerate(raw["rule_sets"])),
                key=lambda rs: rs.effective_from,
            )
        )
        # (year, holiday id) -> the decided days; date -> name for swapped days off / make-up.
        self._decided: dict[tuple[int, str], list[dt.date]] = {}
        self._days_off: dict[dt.date, str] = {}
        self._make_up: dict[dt.date, str] = {}
        all_decisions = [*raw.get("decisions", ()), *decisions]
        for i, decision in enumerate(all_decisions):
            self._parse_decision(decision, f"decisions[{i}]")
        self._days_off.update(_named_days(extra_days_off, "Ngày nghỉ bổ sung"))
        self._make_up.update(_named_days(make_up_days, "Ngày làm bù"))
        clash = sorted(set(self._days_off) & set(self._make_up))
        if clash:
            raise RuleViolation(
                f"Ngày {fmt_date(clash[0])} vừa được ghi là ngày nghỉ vừa là ngày làm bù: "
                "hãy bỏ một trong hai."
            )
        self._holiday_cache: dict[int, dict[dt.date, tuple[str, bool]]] = {}
        self._off_cache: dict[int, dict[dt.date, str]] = {}
        self._idx = _Index(0, 0, 0, bytearray(), [0], [])
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path | str | None = None, **edits: Any) -> WorkCalendar:
        return cls(path, **edits)

    # --- parsing ---

    @staticmethod
    def _parse_rule_set(rs: Mapping[str, Any], i: int) -> HolidayRuleSet:
        where = f"rule_sets[{i}]"
        holidays = []
        for j, h in enumerate(rs["holidays"]):
            if h["calendar"] == "solar":  # catch 31/4 and the like now, not in some later year
                try:
                    dt.date(2000, h["month"], h["day"])
                except ValueError:
                    raise RuleFileError(
                        f"Tệp {_WHAT} không hợp lệ: trường “{where}.holidays[{j}]” có ngày "
                        f"{h['day']}/{h['month']} không tồn tại.",
                        f"{where}.holidays[{j}]",
                    ) from None
            holidays.append(
                HolidayDef(
                    h["id"],
                    h["name"],
                    h["calendar"],
                    h["month"],
                    h["day"],
                    tuple(h.get("offsets", (0,))),
                    h.get("enabled", True),
                )
            )
        return HolidayRuleSet(
            rs["id"],
            parse_iso_date(rs["effective_from"], f"{where}.effective_from", _WHAT),
            rs["legal_basis"],
            rs["compensate_weekend_holidays"],
            rs.get("compensation_basis", ""),
            tuple(holidays),
        )

    def _parse_decision(self, decision: Mapping[str, Any], where: str) -> None:
        year = decision["year"]
        for j, h in enumerate(decision.get("holidays", ())):
            first = parse_iso_date(h["from"], f"{where}.holidays[{j}].from", _WHAT)
            last = parse_iso_date(h["to"], f"{where}.holidays[{j}].to", _WHAT)
            if last < first:
                raise RuleFileError(
                    f"Tệp {_WHAT} không hợp lệ: trường “{where}.holidays[{j}]” có ngày kết thúc "
                    f"{fmt_date(last)} trước ngày bắt đầu {fmt_date(first)}.",
                    where,
                )
            days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
            self._decided[(year, h["id"])] = days
        for key, target in (("days_off", self._days_off), ("make_up_days", self._make_up)):
            for j, item in enumerate(decision.get(key, ())):
                d = parse_iso_date(item["date"], f"{where}.{key}[{j}].date", _WHAT)
                target[d] = item["name"]

    # --- holidays of one year ---

    def _rule_set_on(self, d: dt.date) -> HolidayRuleSet:
        """The rule set in force on d (the earliest one also serves for older dates)."""
        chosen = self.rule_sets[0]
        for rs in self.rule_sets:
            if rs.effective_from <= d:
                chosen = rs
        return chosen

    def _holiday_days(self, year: int) -> dict[dt.date, tuple[str, bool]]:
        """Holiday days dated in `year`: date -> (name, earns a compensatory day off)."""
        cached = self._holiday_cache.get(year)
        if cached is not None:
            return cached
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            raise RuleViolation(f"Lịch ngày nghỉ chỉ tính được từ năm {_MIN_YEAR} đến {_MAX_YEAR}.")
        days: dict[dt.date, tuple[str, bool]] = {}
        decided_ids = {hid for (y, hid) in self._decided if y == year}
        for rs in self.rule_sets:
            for h in rs.holidays:
                if not h.enabled or h.id in decided_ids:
                    continue
                for d in self._default_days(h, year):
                    if d.year == year and self._rule_set_on(d) is rs:
                        days[d] = (h.name, rs.compensate_weekend_holidays)
        for (y, hid), decided in self._decided.items():
            if y == year:
                name = self._holiday_name(hid, decided[0])
                for d in decided:  # decided days already include any compensation
                    days[d] = (name, False)
        self._holiday_cache[year] = days
        return days

    def _default_days(self, h: HolidayDef, year: int) -> list[dt.date]:
        if h.calendar == "solar":
            anchors = [dt.date(year, h.month, h.day)]
        else:  # a lunar day of lunar year year-1 can fall in January of `year`
            anchors = []
            for lunar_year in (year - 1, year):
                try:
                    anchors.append(lunar.lunar_to_solar(lunar_year, h.month, h.day, tz=self._tz))
                except ValueError:  # e.g. the 30th of a 29-day month: no such day that year
                    continue
        return [a + dt.timedelta(days=k) for a in anchors for k in h.offsets]

    def _holiday_name(self, holiday_id: str, on: dt.date) -> str:
        for h in self._rule_set_on(on).holidays:
            if h.id == holiday_id:
                return h.name
        for rs in self.rule_sets:
            for h in rs.holidays:
                if h.id == holiday_id:
                    return h.name
        return holiday_id

    def _off_days(self, year: int) -> dict[dt.date, str]:
        """Non-working days of `year` other than plain weekends (before make-up days apply).

        Holidays, the compensatory days they earn (which may spill into January of the next
        year), decided swaps and the user's extra days off.
        """
        cached = self._off_cache.get(year)
        if cached is not None:
            return cached
        holidays = self._holiday_days(year)
        off: dict[dt.date, str] = {d: name for d, (name, _) in holidays.items()}
        for d, name in self._days_off.items():
            if d.year == year:
                off.setdefault(d, name)
        taken: set[dt.date] = set()
        for d in sorted(holidays):
            name, compensable = holidays[d]
            if not compensable or d.weekday() not in self._weekend or d in self._make_up:
                continue
            nxt = d + dt.timedelta(days=1)
            while not self._free_for_compensation(nxt, taken):
                nxt += dt.timedelta(days=1)
            taken.add(nxt)
            off.setdefault(nxt, f"Nghỉ bù {name}")
        self._off_cache[year] = off
        return off

    def _free_for_compensation(self, d: dt.date, taken: set[dt.date]) -> bool:
        """Is d the kind of day a compensatory day off can go to: an ordinary working day?"""
        if d in taken or d in self._days_off:
            return False
        if d in self._make_up:
            return True
        return d.weekday() not in self._weekend and d not in self._holiday_days(d.year)

    # --- the index ---

    def _ensure(self, lo_year: int, hi_year: int) -> _Index:
        """The index, grown (rebuilt) to cover the years lo_year..hi_year if needed."""
        with self._lock:
            idx = self._idx
            if idx.working and idx.lo_year <= lo_year and hi_year <= idx.hi_year:
                return idx
            if idx.working:
                lo_year, hi_year = min(lo_year, idx.lo_year), max(hi_year, idx.hi_year)
            lo_year, hi_year = max(lo_year - 1, _MIN_YEAR), min(hi_year + 2, _MAX_YEAR)
            base = dt.date(lo_year, 1, 1).toordinal()
            end = dt.date(hi_year, 12, 31).toordinal()
            off: set[int] = set()
            for year in range(max(lo_year - 1, _MIN_YEAR), hi_year + 1):  # lo-1: spilled days
                off.update(d.toordinal() for d in self._off_days(year))
            make_up = {d.toordinal() for d in self._make_up}
            weekend = self._weekend
            is_work = bytearray(end - base + 1)
            working: list[int] = []
            rank = [0] * (end - base + 2)
            for i in range(end - base + 1):
                o = base + i
                if o in make_up or (o not in off and (o + 6) % 7 not in weekend):
                    is_work[i] = 1
                    working.append(o)
                rank[i + 1] = len(working)
            self._idx = idx = _Index(lo_year, hi_year, base, is_work, rank, working)
            return idx

    def _locate(self, o: int) -> tuple[_Index, int]:
        """The index holding ordinal o and o's position in it (growing the index if needed)."""
        idx = self._idx
        i = o - idx.base
        if 0 <= i < len(idx.is_work):
            return idx, i
        year = dt.date.fromordinal(o).year
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            raise RuleViolation(
                f"Ngày {fmt_date(dt.date.fromordinal(o))} nằm ngoài khoảng lịch làm việc "
                f"tính được (năm {_MIN_YEAR}–{_MAX_YEAR})."
            )
        idx = self._ensure(year, year)
        return idx, o - idx.base

    # --- public API ---

    def is_working_day(self, d: dt.date) -> bool:
        idx = self._idx
        i = d.toordinal() - idx.base
        if not 0 <= i < len(idx.is_work):
            idx, i = self._locate(d.toordinal())
        return idx.is_work[i] == 1

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (start itself is never counted; see module doc).

        n = 0 gives `start`; a negative n counts back (-1: the last working day before start).
        """
        if n == 0:
            return start
        o = start.toordinal()
        idx = self._idx
        i = o - idx.base
        if not 0 <= i < len(idx.is_work):
            idx, i = self._locate(o)
        if n > 0:
            k = idx.rank[i + 1] + n - 1
            while k >= len(idx.working):  # past the index: grow it by the years needed
                idx = self._ensure(idx.hi_year, idx.hi_year + 1 + n // 240)
                k = idx.rank[o - idx.base + 1] + n - 1
        else:
            k = idx.rank[i] + n
            while k < 0:
                idx = self._ensure(idx.lo_year - 1 + n // 240, idx.lo_year)
                k = idx.rank[o - idx.base] + n
        return dt.date.fromordinal(idx.working[k])

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in (a, b]: after a, up to and including b; negative when b < a.

        So add_working_days(a, working_days_between(a, b)) == b whenever b is a working day.
        """
        self._locate(a.toordinal())
        idx, ib = self._locate(b.toordinal())  # may have grown the index: a is still inside
        return idx.rank[ib + 1] - idx.rank[a.toordinal() - idx.base + 1]

    def next_working_day(self, d: dt.date) -> dt.date:
        """d itself when it is a working day, else the first working day after it."""
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def holidays(self, year: int) -> list[tuple[dt.date, str]]:
        """Days off in `year` other than ordinary weekends, with Vietnamese names.

        Holidays (also those falling on a weekend), compensatory days ("Nghỉ bù …"), decided
        swaps and the user's extra days off; a day made a make-up working day is left out.
        """
        days = dict(self._off_days(year))
        if year > _MIN_YEAR:  # a compensatory day spilled over from December
            days.update((d, n) for d, n in self._off_days(year - 1).items() if d.year == year)
        return sorted(
            (d, name) for d, name in days.items() if d.year == year and d not in self._make_up
        )

    def make_up_days(self, year: int) -> list[tuple[dt.date, str]]:
        """Make-up working days (ngày làm bù) of `year`."""
        return sorted((d, n) for d, n in self._make_up.items() if d.year == year)

    def describe(self, d: dt.date) -> str:
        """Why d is or is not a working day, in Vietnamese ("Tết Nguyên đán", "Chủ nhật", …)."""
        if d in self._make_up:
            return self._make_up[d]
        name = self._off_days(d.year).get(d)
        if name is None and d.year > _MIN_YEAR:
            name = self._off_days(d.year - 1).get(d)
        if name is not None:
            return name
        if d.weekday() in self._weekend:
            return weekday_name(d)
        return "Ngày làm việc"
