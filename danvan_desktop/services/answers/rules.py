"""The answer periods of voters' petitions and the Fatherland Front's recommendations, as data
(resources/rules/answers.json, checked against answers.schema.json when loaded), computed by
the deadline engine of the petitions (`domain.deadlines.DeadlineRules.compute_due`): the
version in force on the date received applies, the day received is not counted, a last day
that is a day off rolls to the next working day, on the commune's working-day calendar.

File format: {"rule_set_id", "title", "versions": [{"version", "effective_from" (yyyy-mm-dd),
"roll_forward_to_working_day", "roll_forward_basis", "steps": {"answer_voter_petition": {…},
"answer_front_recommendation": {…}}}]}; a step: "label", "limit", "unit" ("calendar_days" |
"working_days"), "legal_basis", "verify", "note". Default: 30 days (verify).

One item may set its own period (days, in the rule's unit) with a reason: the same engine
computes it from a copy of the rule with that limit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import (
    DeadlineRules,
    DeadlineStatus,
    Due,
    RuleVersion,
    Step,
    StepRule,
    Unit,
)
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.rulefiles import RuleFileError, load_rule_file, parse_iso_date
from danvan_desktop.domain.workdays import WorkCalendar

WHAT = "thời hạn trả lời kiến nghị (answers.json)"
#: warn this many working days before the due day (the early warning's "due soon")
DUE_SOON_WORKING_DAYS = 5


class Source(StrEnum):
    VOTERS = "voters"
    FRONT = "front"

    @property
    def step(self) -> str:
        return "answer_voter_petition" if self is Source.VOTERS else "answer_front_recommendation"

    @property
    def label(self) -> str:
        return "Kiến nghị cử tri" if self is Source.VOTERS else "Kiến nghị của MTTQ"


class AnswerRules(DeadlineRules):
    """The answer table, parsed into the engine's own rule objects so `compute_due` (version in
    force, counting, roll-forward, explanation) is the petitions' code, not a copy of it."""

    def __init__(self, data: Mapping[str, Any] | Path | str | None = None) -> None:
        raw = load_rule_file(data, "answers.json", "answers.schema.json", WHAT)
        self.rule_set_id = raw["rule_set_id"]
        versions = []
        for i, v in enumerate(raw["versions"]):
            steps = {
                cast(Step, key): StepRule(
                    step=cast(Step, key),
                    label=s["label"],
                    petition_types=None,
                    starts_from="receipt",
                    limit=s["limit"],
                    unit=Unit(s["unit"]),
                    variants={},
                    extension_days=0,
                    max_extensions_complex=0,
                    max_extensions_especially_complex=0,
                    legal_basis=s["legal_basis"],
                    verify=s.get("verify", False),
                )
                for key, s in v["steps"].items()
            }
            versions.append(
                RuleVersion(
                    rule_set_id=self.rule_set_id,
                    version=v["version"],
                    effective_from=parse_iso_date(
                        v["effective_from"], f"versions[{i}].effective_from", WHAT
                    ),
                    roll_forward=v["roll_forward_to_working_day"],
                    roll_forward_basis=v.get("roll_forward_basis", ""),
                    steps=steps,
                )
            )
        versions.sort(key=lambda v: v.effective_from)
        for a, b in zip(versions, versions[1:], strict=False):
            if a.effective_from == b.effective_from:
                raise RuleFileError(
                    f"Tệp {WHAT} không hợp lệ: hai phiên bản {a.version} và {b.version} cùng "
                    f"có hiệu lực từ {fmt_date(a.effective_from)}.",
                    "versions",
                )
        self._set_versions(tuple(versions))

    def _set_versions(self, versions: tuple[RuleVersion, ...]) -> None:
        self.versions = versions
        self._starts = [v.effective_from.toordinal() for v in versions]

    def with_limit(self, step: str, limit: int) -> AnswerRules:
        """A copy whose `step` has `limit` days in every version (one item's own period)."""
        other = object.__new__(AnswerRules)
        other.rule_set_id = self.rule_set_id
        other._set_versions(
            tuple(
                dataclasses.replace(
                    v,
                    steps={
                        **v.steps,
                        cast(Step, step): dataclasses.replace(
                            v.steps[cast(Step, step)], limit=limit
                        ),
                    },
                )
                for v in self.versions
            )
        )
        return other


_loaded: AnswerRules | None = None


def answer_rules() -> AnswerRules:
    """The shipped answer table (loaded once per process)."""
    global _loaded
    if _loaded is None:
        _loaded = AnswerRules()
    return _loaded


def due(
    source: Source | str,
    received_on: dt.date,
    calendar: WorkCalendar,
    period_days: int | None = None,
    rules: AnswerRules | None = None,
) -> Due:
    """The last day to answer an item received on `received_on` (its own period if set)."""
    rules = rules or answer_rules()
    step = Source(source).step
    if period_days is not None:
        if period_days < 1 or period_days > 365:
            raise RuleViolation("Thời hạn riêng phải từ 1 đến 365 ngày.", "period_days")
        rules = rules.with_limit(step, period_days)
    return rules.compute_due(step, received_on, calendar=calendar)


def status(
    due_on: dt.date,
    answered_on: dt.date | None,
    today: dt.date,
    calendar: WorkCalendar | None = None,
    warn_working_days: int = DUE_SOON_WORKING_DAYS,
) -> DeadlineStatus:
    """Answered by the due day (the due day itself included) is on time; open past it is
    overdue; open within `warn_working_days` working days of it is due soon."""
    if answered_on is not None:
        if answered_on <= due_on:
            return DeadlineStatus.CLOSED_ON_TIME
        return DeadlineStatus.CLOSED_LATE
    if today > due_on:
        return DeadlineStatus.OVERDUE
    left = calendar.working_days_between(today, due_on) if calendar else (due_on - today).days
    return DeadlineStatus.DUE_SOON if left <= warn_working_days else DeadlineStatus.ON_TRACK


STATUS_LABELS = {
    DeadlineStatus.ON_TRACK: "Chưa trả lời",
    DeadlineStatus.DUE_SOON: "Sắp đến hạn",
    DeadlineStatus.OVERDUE: "Quá hạn chưa trả lời",
    DeadlineStatus.CLOSED_ON_TIME: "Đã trả lời đúng hạn",
    DeadlineStatus.CLOSED_LATE: "Trả lời quá hạn",
}

#: a follow-up action's state
FOLLOWUP_LABELS = {
    DeadlineStatus.ON_TRACK: "Đang thực hiện",
    DeadlineStatus.DUE_SOON: "Sắp đến hạn",
    DeadlineStatus.OVERDUE: "Quá hạn chưa xong",
    DeadlineStatus.CLOSED_ON_TIME: "Đã xong đúng hạn",
    DeadlineStatus.CLOSED_LATE: "Xong quá hạn",
}

SEVERITIES = {
    "shortcoming": "Thiếu sót",
    "violation": "Vi phạm",
    "good": "Cách làm hay",
}

FRONT_KINDS = {"supervision": "Giám sát", "criticism": "Phản biện xã hội"}
