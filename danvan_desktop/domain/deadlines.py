"""Time limits for handling petitions (DOMAIN §4) as versioned data, and where a case stands.

The table lives in resources/rules/deadlines.json (format: resources/rules/README.md): each
version has an effective-from date and the version in force on the petition's receipt date
applies, so a complaint received on 30/6/2026 keeps the old limit after 1/7/2026.

Counting: the day the limit starts from is not counted (Bộ luật Dân sự 2015, Điều 147; see
workdays). Working-day limits skip weekends, holidays and Tết via the WorkCalendar.
Calendar-day limits count every day, but when the last day is a day off the limit runs to the
next working day (Bộ luật Dân sự 2015, Điều 148 — a flag of each rule version).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.domain.rulefiles import RuleFileError, load_rule_file, parse_iso_date
from danvan_desktop.domain.workdays import WorkCalendar, weekday_name

_WHAT = "thời hạn xử lý đơn thư (deadlines.json)"


class Step(StrEnum):
    """A step with a time limit; the values are the keys of deadlines.json's "steps"."""

    INFORM_CITIZEN = "inform_citizen"
    ACCEPT_COMPLAINT = "accept_complaint"
    SETTLE_FIRST_COMPLAINT = "settle_first_complaint"
    SETTLE_SECOND_COMPLAINT = "settle_second_complaint"
    HANDLE_DENUNCIATION = "handle_denunciation"
    TRANSFER_DENUNCIATION = "transfer_denunciation"
    SETTLE_DENUNCIATION = "settle_denunciation"
    HANDLE_RECOMMENDATION_FEEDBACK = "handle_recommendation_feedback"
    ANSWER_BOARD_RECOMMENDATION = "answer_board_recommendation"


class Unit(StrEnum):
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"

    @property
    def label(self) -> str:
        return "ngày" if self is Unit.CALENDAR_DAYS else "ngày làm việc"


class DeadlineStatus(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    CLOSED_ON_TIME = "closed_on_time"
    CLOSED_LATE = "closed_late"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    DeadlineStatus.ON_TRACK: "Trong hạn",
    DeadlineStatus.DUE_SOON: "Sắp đến hạn",
    DeadlineStatus.OVERDUE: "Quá hạn",
    DeadlineStatus.CLOSED_ON_TIME: "Hoàn thành đúng hạn",
    DeadlineStatus.CLOSED_LATE: "Hoàn thành quá hạn",
}


@dataclass(frozen=True, slots=True, eq=False)  # one object per loaded rule: identity
class StepRule:
    step: Step
    label: str
    petition_types: frozenset[PetitionType] | None  # None: not a citizen petition (BTTND)
    starts_from: str  # "receipt" or "acceptance"
    limit: int
    unit: Unit
    variants: Mapping[str, int]
    extension_days: int
    max_extensions_complex: int
    max_extensions_especially_complex: int
    legal_basis: str
    verify: bool


@dataclass(frozen=True, slots=True, eq=False)  # one object per loaded rule: identity
class RuleVersion:
    rule_set_id: str
    version: str
    effective_from: dt.date
    roll_forward: bool
    roll_forward_basis: str
    steps: Mapping[Step, StepRule]


@dataclass(frozen=True, slots=True)
class Due:
    """A computed deadline. `explanation` spells out, in Vietnamese, how it was reached.

    It keeps references to the step rule and the rule version it came from (cheap to build a
    million of), and exposes their parts as properties.
    """

    due: dt.date
    start: dt.date
    limit: int  # days counted, variants and extensions included
    rule: StepRule = field(repr=False)
    rule_version: RuleVersion = field(repr=False)
    variant: str | None = None
    extensions: int = 0
    last_counted_day: dt.date | None = None  # a calendar-day limit's own last day, if moved
    calendar: WorkCalendar | None = field(default=None, compare=False, repr=False)

    def __repr__(self) -> str:
        return (
            f"Due({self.rule.step.value}, due={self.due}, start={self.start}, limit={self.limit} "
            f"{self.rule.unit.value}, version={self.version}, variant={self.variant}, "
            f"extensions={self.extensions})"
        )

    @property
    def step(self) -> Step:
        return self.rule.step

    @property
    def unit(self) -> Unit:
        return self.rule.unit

    @property
    def label(self) -> str:
        return self.rule.label

    @property
    def legal_basis(self) -> str:
        return self.rule.legal_basis

    @property
    def starts_from(self) -> str:
        """ "receipt" or "acceptance": the event the limit counts from."""
        return self.rule.starts_from

    @property
    def roll_forward_basis(self) -> str:
        return self.rule_version.roll_forward_basis

    @property
    def rule_set_id(self) -> str:
        return self.rule_version.rule_set_id

    @property
    def version(self) -> str:
        return self.rule_version.version

    @property
    def explanation(self) -> str:
        # Built on demand: a million due dates should not pay for a million sentences.
        rule = self.rule
        start_name = "thụ lý" if rule.starts_from == "acceptance" else "nhận đơn"
        parts = [
            f"{rule.label}: {self.limit} {rule.unit.label} kể từ ngày {start_name} "
            f"{fmt_date(self.start)}"
        ]
        if self.variant:
            parts.append(f" ({_VARIANT_LABELS[self.variant]})")
        if self.extensions:
            parts.append(
                f", đã gồm {self.extensions} lần gia hạn, mỗi lần {rule.extension_days} ngày"
            )
        parts.append(
            f"; ngày đầu không tính. Căn cứ: {rule.legal_basis} "
            f"(quy định {self.rule_set_id} phiên bản {self.version}). "
        )
        if rule.unit is Unit.WORKING_DAYS:
            parts.append("Không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết. ")
        if self.last_counted_day is not None and self.last_counted_day != self.due:
            why = self.calendar.describe(self.last_counted_day) if self.calendar else "ngày nghỉ"
            parts.append(
                f"Ngày cuối cùng {fmt_date(self.last_counted_day)} là ngày nghỉ ({why}) nên "
                f"hạn chuyển sang ngày làm việc tiếp theo "
                f"({self.roll_forward_basis}). "
            )
        parts.append(f"Hạn: {weekday_name(self.due)}, {fmt_date(self.due)}.")
        return "".join(parts)


_VARIANT_LABELS = {
    "complex": "vụ việc phức tạp",
    "remote": "vùng sâu, vùng xa đi lại khó khăn",
    "remote_complex": "vụ việc phức tạp ở vùng sâu, vùng xa",
    "multi_site": "phải kiểm tra, xác minh tại nhiều địa điểm",
}


def _parse_version(rule_set_id: str, raw: Mapping[str, Any], where: str) -> RuleVersion:
    steps: dict[Step, StepRule] = {}
    for key, s in raw["steps"].items():
        ext = s.get("extension") or {}
        types = s.get("petition_types")
        steps[Step(key)] = StepRule(
            step=Step(key),
            label=s["label"],
            petition_types=frozenset(map(PetitionType, types)) if types else None,
            starts_from=s["starts_from"],
            limit=s["limit"],
            unit=Unit(s["unit"]),
            variants=dict(s.get("variants", {})),
            extension_days=ext.get("days", 0),
            max_extensions_complex=ext.get("max_complex", 0),
            max_extensions_especially_complex=ext.get("max_especially_complex", 0),
            legal_basis=s["legal_basis"],
            verify=s.get("verify", False),
        )
    return RuleVersion(
        rule_set_id=rule_set_id,
        version=raw["version"],
        effective_from=parse_iso_date(raw["effective_from"], f"{where}.effective_from", _WHAT),
        roll_forward=raw["roll_forward_to_working_day"],
        roll_forward_basis=raw.get("roll_forward_basis", ""),
        steps=steps,
    )


class DeadlineRules:
    """All versions of the deadline table; `compute_due` picks the one in force."""

    def __init__(self, data: Mapping[str, Any] | Path | str | None = None) -> None:
        raw = load_rule_file(data, "deadlines.json", "deadlines.schema.json", _WHAT)
        self.rule_set_id: str = raw["rule_set_id"]
        versions = [
            _parse_version(self.rule_set_id, v, f"versions[{i}]")
            for i, v in enumerate(raw["versions"])
        ]
        versions.sort(key=lambda v: v.effective_from)
        for a, b in zip(versions, versions[1:], strict=False):
            if a.effective_from == b.effective_from:
                raise RuleFileError(
                    f"Tệp {_WHAT} không hợp lệ: hai phiên bản {a.version} và {b.version} cùng "
                    f"có hiệu lực từ {fmt_date(a.effective_from)}.",
                    "versions",
                )
        self.versions: tuple[RuleVersion, ...] = tuple(versions)
        self._starts = [v.effective_from.toordinal() for v in versions]

    @classmethod
    def load(cls, path: Path | str | None = None) -> DeadlineRules:
        """Load and validate deadlines.json (the shipped one when path is None)."""
        return cls(path)

    def in_force(self, on: dt.date) -> RuleVersion:
        """The version in force on `on` (a petition's receipt date)."""
        i = bisect_right(self._starts, on.toordinal()) - 1
        if i < 0:
            raise RuleViolation(
                f"Chưa có quy định thời hạn nào có hiệu lực vào ngày {fmt_date(on)} "
                f"(quy định sớm nhất có hiệu lực từ {fmt_date(self.versions[0].effective_from)})."
            )
        return self.versions[i]

    def compute_due(
        self,
        step: Step | str,
        received: dt.date,
        *,
        petition_type: PetitionType | str | None = None,
        calendar: WorkCalendar,
        complex: bool = False,  # the legal term: "vụ việc phức tạp"
        especially_complex: bool = False,
        remote: bool = False,
        multi_site: bool = False,
        extensions: int = 0,
        start: dt.date | None = None,
    ) -> Due:
        """The deadline of `step` for a petition received on `received`.

        The rule version is the one in force on `received`. Steps counted from acceptance
        (settling complaints and denunciations) need `start`, the acceptance date; other steps
        count from `received` unless `start` is given. Flags that a step has no variant for
        (e.g. remote for a denunciation) do not change it. `extensions` is the number of
        extensions granted (settling a denunciation only: at most 1 if complex, 2 if
        especially complex).
        """
        version = self.in_force(received)
        # Step and PetitionType are StrEnums: plain strings find the same dict/set entries,
        # so the hot path converts nothing (a benchmark computes a million of these).
        rule = version.steps.get(step)  # type: ignore[arg-type]  # a str finds its Step
        if rule is None:
            raise RuleViolation(f"Không có bước “{step}” trong quy định thời hạn.")
        if rule.petition_types is not None and petition_type not in rule.petition_types:
            if petition_type is None:
                raise RuleViolation(f"{rule.label}: cần biết loại đơn để tính thời hạn.")
            try:
                type_name = PetitionType(petition_type).label.lower()
            except ValueError:
                raise RuleViolation(f"Loại đơn “{petition_type}” không hợp lệ.") from None
            raise RuleViolation(f"Bước “{rule.label}” không áp dụng cho đơn {type_name}.")
        if start is None:
            if rule.starts_from == "acceptance":
                raise RuleViolation(
                    f"{rule.label}: thời hạn tính từ ngày thụ lý — cần nhập ngày thụ lý."
                )
            start = received
        elif start < received:
            raise RuleViolation(
                f"Ngày thụ lý ({fmt_date(start)}) không thể trước ngày nhận đơn "
                f"({fmt_date(received)})."
            )

        variant = None
        variants = rule.variants
        if variants:
            if remote and complex and "remote_complex" in variants:
                variant = "remote_complex"
            elif remote and "remote" in variants:
                variant = "remote"
            elif (complex or especially_complex) and "complex" in variants:
                variant = "complex"
            elif multi_site and "multi_site" in variants:
                variant = "multi_site"
        limit = variants[variant] if variant else rule.limit

        if extensions:
            allowed = _allowed_extensions(rule, complex, especially_complex)
            if extensions < 0 or extensions > allowed:
                raise RuleViolation(_extension_refusal(rule, extensions, allowed))
            limit += extensions * rule.extension_days

        last_counted = None
        if rule.unit is Unit.WORKING_DAYS:
            due = calendar.add_working_days(start, limit)
        else:
            due = start + dt.timedelta(days=limit)
            if version.roll_forward and not calendar.is_working_day(due):
                last_counted = due
                due = calendar.next_working_day(due)
        return Due(due, start, limit, rule, version, variant, extensions, last_counted, calendar)


def _allowed_extensions(rule: StepRule, complex: bool, especially_complex: bool) -> int:
    if especially_complex:
        return rule.max_extensions_especially_complex
    if complex:
        return rule.max_extensions_complex
    return 0


def _extension_refusal(rule: StepRule, asked: int, allowed: int) -> str:
    if rule.extension_days == 0:
        return f"Bước “{rule.label}” không có gia hạn ({rule.legal_basis})."
    if asked < 0:
        return "Số lần gia hạn không thể âm."
    if rule.max_extensions_complex and allowed == 0:
        return (
            f"Chỉ vụ việc phức tạp mới được gia hạn “{rule.label}” ({rule.legal_basis}); "
            "hãy đánh dấu vụ việc là phức tạp hoặc đặc biệt phức tạp."
        )
    return (
        f"“{rule.label}” chỉ được gia hạn tối đa {allowed} lần cho vụ việc này "
        f"({rule.legal_basis}); đã nhập {asked} lần."
    )


def status(
    due: Due,
    today: dt.date,
    warn_working_days: int = 3,
    closed_on: dt.date | None = None,
    *,
    calendar: WorkCalendar | None = None,
) -> DeadlineStatus:
    """Where a deadline stands on `today`, or how it ended when closed on `closed_on`.

    Due soon: today is the due date or within `warn_working_days` working days before it.
    The calendar is the one the due date was computed with unless another is given.
    """
    if closed_on is not None:
        return DeadlineStatus.CLOSED_ON_TIME if closed_on <= due.due else DeadlineStatus.CLOSED_LATE
    if today > due.due:
        return DeadlineStatus.OVERDUE
    cal = calendar or due.calendar
    if cal is None:
        raise ValueError("status() needs the WorkCalendar the due date was computed with")
    if cal.working_days_between(today, due.due) <= warn_working_days:
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.ON_TRACK
