"""Answer periods of voters' petitions and the Front's recommendations: the rule file, the
deadline engine on the holiday calendar (Tết, 30/4–1/5, a commune's own day off), a period of
one item's own, and statuses at their boundaries."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services.answers import rules
from danvan_desktop.services.answers.rules import AnswerRules, Source, due, status

CAL = WorkCalendar()


def _raw() -> dict:
    return json.loads((default_rules_dir() / "answers.json").read_text(encoding="utf-8"))


def test_shipped_rule_is_thirty_calendar_days_for_both() -> None:
    r = rules.answer_rules()
    version = r.in_force(dt.date(2026, 7, 20))
    assert {k: (s.limit, s.unit.value) for k, s in version.steps.items()} == {
        "answer_voter_petition": (30, "calendar_days"),
        "answer_front_recommendation": (30, "calendar_days"),
    }
    d = due(Source.VOTERS, dt.date(2026, 7, 20), CAL)
    assert d.due == dt.date(2026, 8, 19)  # the day received is not counted
    assert "30 ngày" in d.explanation and "19/08/2026" in d.explanation


def test_last_day_in_tet_rolls_past_the_holiday() -> None:
    """20/01/2026 + 30 days = 19/02/2026, inside the Tết holiday: the answer is due on the
    first working day after it."""
    d = due(Source.FRONT, dt.date(2026, 1, 20), CAL)
    assert not CAL.is_working_day(dt.date(2026, 2, 19))
    assert d.due == CAL.next_working_day(dt.date(2026, 2, 19))
    assert d.due > dt.date(2026, 2, 19) and CAL.is_working_day(d.due)
    assert d.last_counted_day == dt.date(2026, 2, 19)


def test_last_day_on_30_april_rolls_over_the_long_weekend() -> None:
    # 30/4 and 1/5 are holidays, 2–3/5/2026 a weekend: due Monday 4/5.
    assert due(Source.VOTERS, dt.date(2026, 3, 31), CAL).due == dt.date(2026, 5, 4)


def test_a_communes_own_day_off_moves_the_deadline() -> None:
    plain = due(Source.VOTERS, dt.date(2026, 7, 20), CAL).due
    own = WorkCalendar(extra_days_off={plain: "Nghỉ bù của địa phương"})
    assert due(Source.VOTERS, dt.date(2026, 7, 20), own).due == plain + dt.timedelta(days=1)


def test_an_items_own_period_uses_the_same_engine() -> None:
    d = due(Source.VOTERS, dt.date(2026, 7, 20), CAL, period_days=150)
    assert d.due == dt.date(2026, 12, 17) and d.limit == 150
    # the shipped rule is untouched by the override
    assert due(Source.VOTERS, dt.date(2026, 7, 20), CAL).due == dt.date(2026, 8, 19)
    with pytest.raises(RuleViolation, match="từ 1 đến 365 ngày"):
        due(Source.VOTERS, dt.date(2026, 7, 20), CAL, period_days=0)


def test_working_day_rule_and_versions_in_force_from_the_date_received() -> None:
    raw = _raw()
    newer = json.loads(json.dumps(raw["versions"][0]))
    newer["version"], newer["effective_from"] = "2027.1", "2027-01-01"
    newer["steps"]["answer_voter_petition"] |= {"limit": 10, "unit": "working_days"}
    raw["versions"].append(newer)
    r = AnswerRules(raw)
    # received on 31/12/2026: the old version (30 days) applies even if answered in 2027
    assert due("voters", dt.date(2026, 12, 31), CAL, rules=r).due == dt.date(2027, 2, 1)
    # received Monday 4/1/2027: 10 working days -> Monday 18/1/2027
    assert due("voters", dt.date(2027, 1, 4), CAL, rules=r).due == dt.date(2027, 1, 18)


def test_a_bad_rule_file_is_refused_naming_the_field() -> None:
    raw = _raw()
    raw["versions"][0]["steps"]["answer_front_recommendation"]["limit"] = "ba mươi"
    with pytest.raises(RuleFileError) as err:
        AnswerRules(raw)
    assert "answers.json" in err.value.message
    assert "versions[0].steps.answer_front_recommendation.limit" in err.value.message
    assert "số nguyên" in err.value.message


@pytest.mark.parametrize(
    ("answered", "today", "expected"),
    [
        (dt.date(2026, 8, 19), dt.date(2026, 9, 1), DeadlineStatus.CLOSED_ON_TIME),  # on the day
        (dt.date(2026, 8, 20), dt.date(2026, 9, 1), DeadlineStatus.CLOSED_LATE),  # a day after
        (None, dt.date(2026, 8, 19), DeadlineStatus.DUE_SOON),  # due today: not yet overdue
        (None, dt.date(2026, 8, 20), DeadlineStatus.OVERDUE),
        (None, dt.date(2026, 8, 12), DeadlineStatus.DUE_SOON),  # 5 working days ahead
        (None, dt.date(2026, 8, 11), DeadlineStatus.ON_TRACK),  # 6 working days ahead
    ],
)
def test_status_boundaries(
    answered: dt.date | None, today: dt.date, expected: DeadlineStatus
) -> None:
    assert status(dt.date(2026, 8, 19), answered, today, CAL) is expected
