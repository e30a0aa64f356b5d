"""What the People's Inspection Board's modules share (and the community investment
supervision boards with them): hamlets of the commune, word search, non-negative amounts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import records, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.inspection import BoardTerm
from danvan_desktop.store.queries import like_words as like_words  # shared with models
from danvan_desktop.store.queries import live_unit

DEFAULT_ADDRESSEE = "Chủ tịch Ủy ban nhân dân xã"
#: Members, plans, activities and recommendations hang under a board term.
TERM = records.Parent(BoardTerm, "term_id", "nhiệm kỳ")


def hamlet_names(ctx: AppContext) -> dict[str, str]:
    return {u.code: u.full_name for u in units.hamlets(ctx)}


def check_hamlet(s: Session, code: str | None, unit_code: str) -> None:
    if not code:
        return
    unit = live_unit(s, code)
    if unit is None or (unit_code and unit.parent_code != unit_code):
        raise RuleViolation(
            "Thôn, tổ dân phố đã chọn không có trong danh sách của xã.", "hamlet_code"
        )


def non_negative(value: int | None, label: str, name: str) -> int:
    value = int(value or 0)
    if value < 0:
        raise RuleViolation(f"{label} không thể là số âm.", name)
    return value
