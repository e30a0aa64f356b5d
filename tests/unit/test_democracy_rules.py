"""The rules of grassroots democracy as data (resources/rules/democracy.json): when a matter
passes, a posting's minimum length per form, a posting ending soon, a charter due for review."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.services.democracy import rules as R

D = dt.date


def test_the_shipped_file_loads_with_its_vocabulary() -> None:
    r = R.rules()
    assert r.event_kinds["conference"].label.startswith("Hội nghị quán triệt")
    assert r.event_kinds["loudspeaker"].media and not r.event_kinds["training"].media
    assert {"land_use", "budget", "admin_procedures", "contributions", "inspection_results"} <= set(
        r.categories
    )
    assert r.forms["posting_office"].min_days == 30 and r.forms["loudspeaker"].min_days == 0
    assert r.pass_share == 0.5 and r.charter_review_years == 5 and r.ending_soon_days == 7


def test_a_matter_passes_with_more_than_half_of_the_hamlets_households() -> None:
    r = R.rules()
    assert not R.matter_passed(r, 120, 60)  # exactly half is not more than half
    assert R.matter_passed(r, 120, 61)
    assert R.matter_passed(r, 7, 4) and not R.matter_passed(r, 7, 3)
    assert not R.matter_passed(r, 0, 0)


def test_a_posting_must_stay_up_as_long_as_its_form_requires() -> None:
    r = R.rules()
    start = D(2026, 3, 1)
    assert R.posting_days(start, D(2026, 3, 30)) == 30
    assert not R.short_posting(r, "posting_office", start, D(2026, 3, 30))
    assert R.short_posting(r, "posting_office", start, D(2026, 3, 29))
    assert not R.short_posting(r, "loudspeaker", start, start)  # no minimum for a broadcast
    assert not R.short_posting(r, "posting_office", start, None)  # still up, no end set
    # warned of while it can still be put right, then it is history
    assert R.short_to_warn(r, "posting_office", start, D(2026, 3, 20), D(2026, 4, 19))
    assert not R.short_to_warn(r, "posting_office", start, D(2026, 3, 20), D(2026, 4, 20))


def test_still_posted_and_ending_soon_count_today() -> None:
    r = R.rules()
    start, until = D(2026, 3, 1), D(2026, 4, 10)
    assert R.still_posted(start, until, D(2026, 4, 10))
    assert not R.still_posted(start, until, D(2026, 4, 11))
    assert not R.still_posted(start, until, D(2026, 2, 28))
    assert R.ending_soon(r, start, until, D(2026, 4, 3))  # 7 days left
    assert not R.ending_soon(r, start, until, D(2026, 4, 2))  # 8 days left
    assert not R.ending_soon(r, start, None, D(2026, 4, 9))


def test_a_charter_is_due_review_five_years_after_its_last_change() -> None:
    r = R.rules()
    assert not R.charter_due_review(r, D(2021, 6, 1), D(2026, 5, 31))
    assert R.charter_due_review(r, D(2021, 6, 1), D(2026, 6, 1))
    assert R.charter_due_review(r, D(2020, 2, 29), D(2025, 2, 28))


def test_a_broken_rule_file_is_refused_in_vietnamese() -> None:
    data = json.loads((default_rules_dir() / R.RULE_FILE).read_text(encoding="utf-8"))
    assert R.from_data(data).version == data["version"]
    data["publicity_forms"][0]["min_days"] = -1
    with pytest.raises(RuleFileError, match="publicity_forms") as exc:
        R.from_data(data)
    assert exc.value.message.startswith(
        "Tệp quy định dân chủ ở cơ sở (democracy.json) không hợp lệ"
    )
    data["publicity_forms"][0]["min_days"] = 30
    data["matter_pass"]["share"] = 1.5
    with pytest.raises(RuleFileError, match="matter_pass.share"):
        R.from_data(data)


@given(st.integers(0, 5000), st.integers(0, 5000))
def test_the_pass_rule_is_more_than_half_of_all_households(total: int, agree: int) -> None:
    assert R.matter_passed(R.rules(), total, agree) == (total > 0 and 2 * agree > total)


@given(st.dates(D(2000, 1, 1), D(2099, 1, 1)), st.integers(0, 400))
def test_posting_days_count_both_ends(start: D, extra: int) -> None:
    until = start + dt.timedelta(days=extra)
    assert R.posting_days(start, until) == extra + 1
    assert R.short_posting(R.rules(), "posting_office", start, until) == (extra + 1 < 30)
