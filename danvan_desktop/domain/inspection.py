"""People's Inspection Board (BTTND) and community investment supervision boards (DOMAIN §5).

Pure rules, no storage: the composition checks of a board term (Luật 10/2022/QH15 Đ.36–40,
NĐ 59/2023/NĐ-CP Đ.13–14) and of a supervision board (Đ.41–45, NĐ 59/2023 Đ.17–19) return
plain Vietnamese warnings, never exceptions: a commune may well be mid-way through electing
members, and the officer needs to see what is missing, not be stopped from saving.

Time rules:
- an inspection plan goes to the Fatherland Front (MTTQ), the commune chairman and the
  inspected party at least 5 working days before the inspection starts;
- the commune answers a board recommendation within 15 days of receiving it (Luật 10/2022
  Đ.40). "15 ngày" with no "làm việc" means calendar days; the day received is not counted
  (Bộ luật Dân sự 2015 Đ.147) and a last day falling on a day off moves to the next working
  day (Đ.148). The limit is data: deadlines.json, step "answer_board_recommendation", computed
  by the shared deadline engine (domain.deadlines) like every petition deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection_answers import (
    AnswerFigures,
    NoticeCheck,
    answer_due,
    answer_figures,
    answer_status,
    check_notice,
    format_rate,
    latest_notice_day,
)
from danvan_desktop.domain.inspection_periods import (
    BoardFigures,
    Period,
    draft_narrative,
    period,
)
from danvan_desktop.domain.inspection_vocabulary import (
    ANSWER_LABELS,
    ANSWERED,
    DUE_SOON_DAYS,
    MAX_DEPUTIES,
    MIN_MEMBERS,
    MIN_SUPERVISION_MEMBERS,
    NOTICE_WORKING_DAYS,
    PLAN_PERIODS,
    REPORT_PERIODS,
    VACANCY_REFILL_MONTHS,
    ActivityKind,
    CommunePost,
    FollowUp,
    MemberFacts,
    MemberRole,
    NoticeRecipient,
    PeriodKind,
    RuleWarning,
    Side,
    WorkingDays,
    add_months,
    months_between,
)


def check_board_members(
    members: Sequence[MemberFacts],
    hamlets: Sequence[tuple[str, str]],
    term_start: dt.date,
    term_end: dt.date,
    on: dt.date | None = None,
) -> list[RuleWarning]:
    """Warnings on a BTTND term's membership as it stands on `on` (default: today, within the term).

    `hamlets` are (code, name) of the commune's hamlets and residential groups.
    """
    day = min(max(on or dt.date.today(), term_start), term_end)
    active = [m for m in members if m.active_on(day)]
    out: list[RuleWarning] = []
    if len(active) < MIN_MEMBERS:
        out.append(
            RuleWarning(
                "too_few",
                f"Ban mới có {len(active)} thành viên; cần ít nhất {MIN_MEMBERS:02d} thành viên "
                "(Nghị định 59/2023/NĐ-CP, Điều 13).",
            )
        )
    covered = {m.hamlet_code for m in active if m.hamlet_code}
    missing = [name for code, name in hamlets if code not in covered]
    if missing:
        out.append(
            RuleWarning(
                "hamlet_missing",
                f"{len(missing)} thôn, tổ dân phố chưa có thành viên: {', '.join(missing)}. "
                "Mỗi thôn, tổ dân phố phải có người trong Ban.",
            )
        )
    heads = [m for m in active if m.role == MemberRole.HEAD]
    if not heads:
        out.append(RuleWarning("no_head", "Ban chưa có Trưởng ban."))
    elif len(heads) > 1:
        names = ", ".join(m.full_name for m in heads)
        out.append(
            RuleWarning(
                "many_heads", f"Ban có {len(heads)} Trưởng ban ({names}); chỉ được một Trưởng ban."
            )
        )
    deputies = [m for m in active if m.role == MemberRole.DEPUTY]
    if len(deputies) > MAX_DEPUTIES:
        out.append(
            RuleWarning(
                "many_deputies",
                f"Ban có {len(deputies)} Phó Trưởng ban; tối đa {MAX_DEPUTIES:02d} Phó Trưởng ban.",
            )
        )
    for m in active:
        if m.commune_post == CommunePost.OFFICIAL:
            out.append(
                RuleWarning(
                    "commune_official",
                    f"{m.full_name} là cán bộ, công chức cấp xã: không được là thành viên Ban "
                    "Thanh tra nhân dân.",
                )
            )
        elif m.commune_post == CommunePost.PART_TIME:
            out.append(
                RuleWarning(
                    "part_time_worker",
                    f"{m.full_name} là người hoạt động không chuyên trách ở cấp xã: "
                    "không được là thành viên Ban Thanh tra nhân dân.",
                )
            )
    names_by_hamlet = dict(hamlets)
    for v in vacancies_to_refill(members, term_end, day):
        left = v.left_on or day
        where = names_by_hamlet.get(v.hamlet_code or "", "")
        where = f" ({where})" if where else ""
        out.append(
            RuleWarning(
                "vacancy",
                f"Vị trí của {v.full_name}{where} khuyết từ {fmt_date(left)}, nhiệm kỳ còn "
                f"{months_between(left, term_end)} tháng: phải bầu bổ sung thành viên.",
            )
        )
    return out


def vacancies_to_refill(
    members: Sequence[MemberFacts], term_end: dt.date, on: dt.date
) -> list[MemberFacts]:
    """Members who left by `on` with ≥ 6 months of the term left, and no one elected in their place.

    A replacement is a member recorded as replacing them, or failing that one elected from the
    same hamlet on or after the day they left.
    """
    out = []
    for m in members:
        if m.left_on is None or m.left_on > on:
            continue
        if add_months(m.left_on, VACANCY_REFILL_MONTHS) > term_end:
            continue
        replaced = any(
            r.id != m.id
            and (
                r.replaces_id == m.id
                or (
                    r.replaces_id is None
                    and m.hamlet_code
                    and r.hamlet_code == m.hamlet_code
                    and r.elected_on is not None
                    and r.elected_on >= m.left_on
                )
            )
            for r in members
        )
        if not replaced:
            out.append(m)
    return out


def check_term_dates(starts_on: dt.date, ends_on: dt.date) -> None:
    if ends_on <= starts_on:
        raise RuleViolation(
            f"Ngày kết thúc nhiệm kỳ ({fmt_date(ends_on)}) phải sau ngày bắt đầu ({fmt_date(starts_on)}).",
            "ends_on",
        )
    if ends_on > add_months(starts_on, 12 * 6):
        raise RuleViolation(
            "Nhiệm kỳ dài hơn 6 năm: hãy kiểm tra lại ngày bắt đầu, ngày kết thúc.", "ends_on"
        )


# ---- supervision boards -------------------------------------------------------------------


@dataclass(frozen=True)
class SupervisorFacts:
    full_name: str
    side: str
    joined_on: dt.date | None = None
    left_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        started = self.joined_on is None or self.joined_on <= day
        return started and (self.left_on is None or self.left_on > day)


def check_supervision_board(
    members: Sequence[SupervisorFacts], on: dt.date | None = None
) -> list[RuleWarning]:
    """At least 5 members, including MTTQ's and BTTND's representatives and residents."""
    day = on or dt.date.today()
    active = [m for m in members if m.active_on(day)]
    out: list[RuleWarning] = []
    if len(active) < MIN_SUPERVISION_MEMBERS:
        out.append(
            RuleWarning(
                "too_few",
                f"Ban giám sát mới có {len(active)} thành viên; cần ít nhất {MIN_SUPERVISION_MEMBERS:02d} "
                "thành viên (Nghị định 59/2023/NĐ-CP).",
            )
        )
    sides = {m.side for m in active}
    for side, code in (
        (Side.MTTQ, "no_mttq"),
        (Side.BTTND, "no_bttnd"),
        (Side.RESIDENT, "no_resident"),
    ):
        if side not in sides:
            out.append(
                RuleWarning(code, f"Ban giám sát chưa có {side.label[0].lower()}{side.label[1:]}.")
            )
    return out


# The vocabulary, the time rules and the periods moved to sibling modules; every name stays
# importable from here.
__all__ = [
    "check_board_members",
    "vacancies_to_refill",
    "check_term_dates",
    "SupervisorFacts",
    "check_supervision_board",
    "MIN_MEMBERS",
    "MAX_DEPUTIES",
    "VACANCY_REFILL_MONTHS",
    "NOTICE_WORKING_DAYS",
    "MIN_SUPERVISION_MEMBERS",
    "DUE_SOON_DAYS",
    "WorkingDays",
    "MemberRole",
    "CommunePost",
    "PeriodKind",
    "PLAN_PERIODS",
    "REPORT_PERIODS",
    "ActivityKind",
    "NoticeRecipient",
    "FollowUp",
    "ANSWER_LABELS",
    "ANSWERED",
    "Side",
    "RuleWarning",
    "MemberFacts",
    "add_months",
    "months_between",
    "NoticeCheck",
    "latest_notice_day",
    "check_notice",
    "answer_due",
    "answer_status",
    "AnswerFigures",
    "answer_figures",
    "format_rate",
    "Period",
    "period",
    "BoardFigures",
    "draft_narrative",
]
