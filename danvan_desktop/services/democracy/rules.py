"""The rules of dissemination and grassroots democracy as data (resources/rules/democracy.json):
the kinds of dissemination, the categories and forms of publicity with each form's minimum
posting length, when a matter put to the households passes, and how often a village charter is
reviewed. The functions here are plain: they judge one record against the rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir, load_rule_file

RULE_FILE, SCHEMA_FILE = "democracy.json", "democracy.schema.json"
WHAT = "quy định dân chủ ở cơ sở (democracy.json)"


@dataclass(frozen=True)
class EventKind:
    code: str
    label: str
    media: bool  # a broadcast, article, post or panel: counted in items, not only people
    items_label: str = ""


@dataclass(frozen=True)
class PublicityForm:
    code: str
    label: str
    min_days: int  # 0: no minimum posting length
    legal_basis: str = ""


@dataclass(frozen=True)
class Rules:
    version: str
    event_kinds: dict[str, EventKind]
    categories: dict[str, str]
    forms: dict[str, PublicityForm]
    matter_forms: dict[str, str]
    ending_soon_days: int
    #: a posting up too briefly is warned of until this many days after it came down (after
    #: that it is history: the register still shows it in red)
    short_warning_days: int
    pass_share: float
    pass_label: str
    pass_basis: str
    charter_review_years: int
    charter_review_basis: str


def _parse(data: dict, name: str) -> Rules:
    try:
        kinds = {
            k["code"]: EventKind(
                k["code"], k["label"], bool(k.get("media")), k.get("items_label", "")
            )
            for k in data["event_kinds"]
        }
        forms = {
            f["code"]: PublicityForm(
                f["code"], f["label"], int(f.get("min_days", 0)), f.get("legal_basis", "")
            )
            for f in data["publicity_forms"]
        }
        rules = Rules(
            version=str(data.get("version", "")),
            event_kinds=kinds,
            categories={c["code"]: c["label"] for c in data["publicity_categories"]},
            forms=forms,
            matter_forms={f["code"]: f["label"] for f in data["matter_forms"]},
            ending_soon_days=int(data.get("publicity_ending_soon_days", 7)),
            short_warning_days=int(data.get("publicity_short_warning_days", 30)),
            pass_share=float(data["matter_pass"]["share"]),
            pass_label=data["matter_pass"].get("label", ""),
            pass_basis=data["matter_pass"].get("legal_basis", ""),
            charter_review_years=int(data.get("charter_review_years", 5)),
            charter_review_basis=data.get("charter_review_basis", ""),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleFileError(f"Tệp {name} không hợp lệ: thiếu hoặc sai trường {exc}.") from None
    if not 0 < rules.pass_share < 1:
        raise RuleFileError(f"Tệp {name}: matter_pass.share phải nằm trong khoảng 0 đến 1.")
    if any(f.min_days < 0 for f in forms.values()) or rules.charter_review_years < 1:
        raise RuleFileError(f"Tệp {name}: số ngày niêm yết, số năm rà soát không được âm.")
    return rules


@cache
def _load(path: Path) -> Rules:
    return _parse(load_rule_file(path, RULE_FILE, SCHEMA_FILE, WHAT), path.name)


def rules(path: Path | None = None) -> Rules:
    """The rules in force (read once per process)."""
    return _load(path or default_rules_dir() / RULE_FILE)


def from_data(data: dict) -> Rules:
    """Rules from a dict (a test, or a file the user is about to load), checked against the
    schema: a wrong field is named in Vietnamese."""
    return _parse(load_rule_file(data, RULE_FILE, SCHEMA_FILE, WHAT), RULE_FILE)


# ---- judging one record ---------------------------------------------------------------------


def posting_days(start: dt.date, until: dt.date | None) -> int | None:
    """Days a posting stays up, both ends counted (None: no end set)."""
    return None if until is None else (until - start).days + 1


def short_posting(r: Rules, form: str, start: dt.date, until: dt.date | None) -> bool:
    """The posting is (or was) up for fewer days than its form requires."""
    f = r.forms.get(form)
    days = posting_days(start, until)
    return f is not None and f.min_days > 0 and days is not None and days < f.min_days


def short_to_warn(
    r: Rules, form: str, start: dt.date, until: dt.date | None, today: dt.date
) -> bool:
    """Too brief, and still up or down for no longer than the warning window."""
    return (
        short_posting(r, form, start, until)
        and until is not None
        and (today - until).days <= r.short_warning_days
    )


def still_posted(start: dt.date, until: dt.date | None, today: dt.date) -> bool:
    return start <= today and (until is None or today <= until)


def ending_soon(r: Rules, start: dt.date, until: dt.date | None, today: dt.date) -> bool:
    """Still posted and coming down within the warning window (today included)."""
    return (
        still_posted(start, until, today)
        and until is not None
        and (until - today).days <= r.ending_soon_days
    )


def matter_passed(r: Rules, households_total: int, votes_for: int) -> bool:
    """More than the rule's share of the hamlet's households agree."""
    return households_total > 0 and votes_for > r.pass_share * households_total


def charter_due_review(r: Rules, last_change: dt.date, today: dt.date) -> bool:
    """Not adopted or revised within the review period (years, counted to the day)."""
    try:
        limit = last_change.replace(year=last_change.year + r.charter_review_years)
    except ValueError:  # 29/02
        limit = last_change.replace(year=last_change.year + r.charter_review_years, day=28)
    return today >= limit
