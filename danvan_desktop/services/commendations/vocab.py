"""The words of the commendations area: forms, levels, subject kinds and statuses, and the cycle
rule (how many rounds per level in a window of years) read from its rule file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danvan_desktop.domain.rulefiles import load_rule_file

FORMS: dict[str, str] = {
    "giay_khen": "Giấy khen",
    "bang_khen": "Bằng khen",
    "co_thi_dua": "Cờ thi đua",
    "danh_hieu": "Danh hiệu thi đua",
    "bieu_duong": "Biểu dương",
}
LEVELS: dict[str, str] = {
    "commune": "Cấp xã",
    "district": "Cấp huyện, khu vực",
    "province": "Cấp tỉnh",
    "central": "Trung ương",
}
SUBJECT_KINDS: dict[str, str] = {
    "collective": "Tập thể",
    "individual": "Cá nhân",
    "model": "Mô hình, điển hình",
}
PROPOSED, SUBMITTED, GRANTED, REFUSED = "proposed", "submitted", "granted", "refused"
STATUSES: dict[str, str] = {
    PROPOSED: "Đề xuất",
    SUBMITTED: "Đã trình",
    GRANTED: "Được khen",
    REFUSED: "Không được khen",
}
#: a model recognised at a level is proposed at the same level, in the form usual there
FORM_OF_LEVEL = {"commune": "giay_khen", "district": "giay_khen", "province": "bang_khen"}


def label(table: dict[str, str], code: str | None) -> str:
    return table.get(code or "", code or "")


@dataclass(frozen=True)
class CycleRule:
    """How often each level commends: `rounds[level]` rounds within `window_years` years."""

    version: str
    occasion: str
    tradition_day: tuple[int, int]  # (month, day): 15/10
    window_years: int
    rounds: dict[str, int]
    labels: dict[str, str]
    source: str = ""

    def day_of(self, year: int) -> dt.date:
        return dt.date(year, *self.tradition_day)

    def gap_years(self, level: str) -> float | None:
        """The shortest spacing the rule implies between two commendations of one subject at
        `level` (5 years / 2 rounds = 2.5 years); None when the rule says nothing of it."""
        n = self.rounds.get(level)
        return self.window_years / n if n else None


def load_cycle(source: Path | str | dict[str, Any] | None = None) -> CycleRule:
    data = load_rule_file(
        source,
        "commendation_cycle.json",
        "commendation_cycle.schema.json",
        "chu kỳ khen thưởng",
    )
    month, day = (int(x) for x in data["tradition_day"].split("-"))
    dt.date(2000, month, day)  # a real day of the year (the schema checks only the shape)
    levels = data["levels"]
    return CycleRule(
        version=data["version"],
        occasion=data["occasion"],
        tradition_day=(month, day),
        window_years=int(data["window_years"]),
        rounds={k: int(v["rounds"]) for k, v in levels.items()},
        labels={k: v["label"] for k, v in levels.items()},
        source=data.get("source", ""),
    )
