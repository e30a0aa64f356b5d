"""This area's section of a periodic report and its sheets of the consolidated workbook.

Every figure belongs to the period: items received in it, answered in it, fallen due in it
(judged on time or not by their due day), self-inspections held in it, follow-ups due in it.
"Overdue" is as it stood at the period's end (an item answered after the end was overdue then),
not today's backlog, so a past quarter's report never changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.services.answers.rules import (
    FOLLOWUP_LABELS,
    SEVERITIES,
    STATUS_LABELS,
    status,
)
from danvan_desktop.services.report_parts import (
    ReportPeriod,
    ReportSection,
    ReportTable,
    SectionQuery,
    Sheet,
)
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.answers import (
    FollowUpAction,
    FrontActivity,
    InspectionFinding,
    OwedAnswer,
    SelfInspection,
)

TITLE = "Công tác trả lời kiến nghị cử tri, kiến nghị của Mặt trận Tổ quốc và tự kiểm tra"
ORDER = 45


def _pct(num: int, den: int) -> str:
    if not den:
        return "—"
    return f"{100 * num / den:.1f}".rstrip("0").rstrip(".").replace(".", ",") + " %"


def _in(period: ReportPeriod, day: dt.date | None) -> bool:
    return period.contains(day)


def _at_end(row: OwedAnswer, end: dt.date) -> DeadlineStatus:
    """The item's status as it stood at the end of the period."""
    answered = row.answered_on if row.answered_on and row.answered_on <= end else None
    return status(row.due_on, answered, end)


def _owed_figures(rows: Sequence[OwedAnswer], p: ReportPeriod) -> dict[str, int]:
    received = [r for r in rows if _in(p, r.received_on)]
    answered = [r for r in rows if _in(p, r.answered_on)]
    due = [r for r in rows if _in(p, r.due_on)]
    on_time = [r for r in due if r.answered_on is not None and r.answered_on <= r.due_on]
    # due by the period's end and not answered by then; received inside or before the period
    overdue = [r for r in rows if r.received_on <= p.end and _at_end(r, p.end).value == "overdue"]
    return {
        "received": len(received),
        "answered": len(answered),
        "answered_on_time": sum(1 for r in answered if r.answered_on and r.answered_on <= r.due_on),
        "due": len(due),
        "due_on_time": len(on_time),
        "overdue_at_end": len(overdue),
    }


def _owed_table(
    title: str, rows: Sequence[OwedAnswer], p: ReportPeriod, origin: Callable[[OwedAnswer], str]
) -> ReportTable:
    shown = [r for r in rows if _in(p, r.received_on) or _in(p, r.answered_on)]
    return ReportTable(
        title,
        (
            "Ngày nhận",
            "Nguồn",
            "Nội dung",
            "Đơn vị, người trả lời",
            "Hạn",
            "Ngày trả lời",
            "Tình trạng cuối kỳ",
        ),
        tuple(
            (
                fmt_date(r.received_on),
                origin(r),
                r.content,
                r.responsible,
                fmt_date(r.due_on),
                fmt_date(r.answered_on) if r.answered_on and r.answered_on <= p.end else "",
                STATUS_LABELS[_at_end(r, p.end)],
            )
            for r in sorted(shown, key=lambda r: (r.received_on, r.id))
        ),
        (1.0, 1.6, 3.2, 1.6, 1.0, 1.0, 1.4),
    )


def report_section(s: Session, q: SectionQuery) -> ReportSection | None:
    p, units = q.period, list(q.unit_codes)
    owed = s.scalars(
        select(OwedAnswer).where(
            OwedAnswer.deleted.is_(False),
            OwedAnswer.unit_code.in_(units),
            OwedAnswer.received_on <= p.end,
        )
    ).all()
    acts = {
        a.id: a
        for a in s.scalars(
            select(FrontActivity).where(
                FrontActivity.deleted.is_(False), FrontActivity.unit_code.in_(units)
            )
        )
    }
    held = s.scalars(
        select(SelfInspection)
        .where(
            SelfInspection.deleted.is_(False),
            SelfInspection.unit_code.in_(units),
            SelfInspection.held_on >= p.start,
            SelfInspection.held_on <= p.end,
        )
        .order_by(SelfInspection.held_on)
    ).all()
    findings = s.scalars(
        select(InspectionFinding).where(
            InspectionFinding.deleted.is_(False),
            InspectionFinding.inspection_id.in_([h.id for h in held]),
        )
    ).all()
    ups = s.scalars(
        select(FollowUpAction).where(
            FollowUpAction.deleted.is_(False),
            FollowUpAction.unit_code.in_(units),
            or_(
                FollowUpAction.due_on.between(p.start, p.end),
                FollowUpAction.done_on.between(p.start, p.end),
            ),
        )
    ).all()
    voters = [r for r in owed if r.source == "voters"]
    front = [r for r in owed if r.source == "front"]
    fv, ff = _owed_figures(voters, p), _owed_figures(front, p)
    acts_in = [a for a in acts.values() if _in(p, a.held_on)]
    ups_due = [u for u in ups if _in(p, u.due_on)]
    ups_ok = [u for u in ups_due if u.done_on is not None and u.done_on <= u.due_on]
    figures: dict[str, float] = {f"voters_{k}": float(v) for k, v in fv.items()}
    figures |= {f"front_{k}": float(v) for k, v in ff.items()}
    figures |= {
        "front_activities": float(len(acts_in)),
        "self_inspections_held": float(len(held)),
        "self_inspection_findings": float(len(findings)),
        "followups_due": float(len(ups_due)),
        "followups_done_on_time": float(len(ups_ok)),
        "followups_done": float(sum(1 for u in ups if _in(p, u.done_on))),
    }
    if not any(figures.values()):
        return None
    paragraphs = (
        f"Trong {p.label}, tiếp nhận {fv['received']} kiến nghị cử tri; đã trả lời "
        f"{fv['answered']} kiến nghị. Trong {fv['due']} kiến nghị cử tri đến hạn trả lời trong "
        f"kỳ, {fv['due_on_time']} kiến nghị được trả lời đúng hạn "
        f"({_pct(fv['due_on_time'], fv['due'])}); đến cuối kỳ còn {fv['overdue_at_end']} kiến "
        "nghị quá hạn chưa trả lời.",
        f"Mặt trận Tổ quốc tổ chức {len(acts_in)} cuộc giám sát, phản biện xã hội; chính quyền "
        f"nhận {ff['received']} kiến nghị, đã trả lời {ff['answered']}; trả lời đúng hạn "
        f"{ff['due_on_time']}/{ff['due']} kiến nghị đến hạn ({_pct(ff['due_on_time'], ff['due'])}"
        f"); cuối kỳ còn {ff['overdue_at_end']} kiến nghị quá hạn.",
        f"Tiến hành {len(held)} cuộc tự kiểm tra phong trào, phát hiện {len(findings)} nội dung; "
        f"{len(ups_ok)}/{len(ups_due)} việc khắc phục đến hạn trong kỳ đã hoàn thành đúng hạn.",
    )

    def voter_origin(r: OwedAnswer) -> str:
        return " – ".join(x for x in (r.body, r.session_name) if x)

    def front_origin(r: OwedAnswer) -> str:
        a = acts.get(r.activity_id or "")
        return a.subject if a else ""

    tables = [
        _owed_table("Kiến nghị cử tri", voters, p, voter_origin),
        _owed_table("Kiến nghị của Mặt trận Tổ quốc", front, p, front_origin),
        ReportTable(
            "Tự kiểm tra phong trào",
            ("Ngày kiểm tra", "Cuộc kiểm tra", "Kế hoạch", "Phạm vi", "Số phát hiện"),
            tuple(
                (
                    fmt_date(h.held_on),
                    h.title,
                    " ngày ".join(x for x in (h.plan_no, fmt_date(h.plan_on)) if x),
                    h.scope,
                    str(sum(1 for f in findings if f.inspection_id == h.id)),
                )
                for h in held
            ),
            (1.0, 2.6, 1.6, 2.4, 0.9),
        ),
    ]
    return ReportSection(
        "answers",
        TITLE,
        ORDER,
        paragraphs,
        tuple(t for t in tables if t.rows),
        figures,
    )


# ---- the consolidated workbook ------------------------------------------------------------------


def sheets(s: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = list(unit_codes)
    many = len(units) > 1
    col = UnitColumn(s, units)  # the commune's name first, at the upper level only
    lead: tuple[str, ...] = col.headers(())
    q = select(FrontActivity.id, FrontActivity.subject).where(FrontActivity.unit_code.in_(units))
    acts: dict[str, str] = {i: subj for i, subj in s.execute(q)}
    owed = s.scalars(
        select(OwedAnswer)
        .where(OwedAnswer.deleted.is_(False), OwedAnswer.unit_code.in_(units))
        .order_by(OwedAnswer.unit_code, OwedAnswer.received_on)
    ).all()
    heads = (
        "Ngày nhận",
        "Nguồn",
        "Nội dung",
        "Lĩnh vực",
        "Đơn vị, người trả lời",
        "Hạn trả lời",
        "Ngày trả lời",
        "Số văn bản",
        "Tình trạng",
    )

    def owed_rows(source: str) -> list[list[object]]:
        out = []
        for r in owed:
            if r.source != source:
                continue
            origin = (
                " – ".join(x for x in (r.body, r.session_name) if x)
                if source == "voters"
                else acts.get(r.activity_id or "", "")
            )
            row: list[object] = [
                r.received_on,
                origin,
                r.content,
                r.field,
                r.responsible,
                r.due_on,
                r.answered_on,
                r.answer_ref,
                STATUS_LABELS[status(r.due_on, r.answered_on, today)],
            ]
            out.append(col.row(r.unit_code, row))
        return out

    held = s.scalars(
        select(SelfInspection)
        .where(SelfInspection.deleted.is_(False), SelfInspection.unit_code.in_(units))
        .order_by(SelfInspection.unit_code, SelfInspection.held_on)
    ).all()
    by_id = {h.id: h for h in held}
    findings = {
        f.id: f
        for f in s.scalars(
            select(InspectionFinding).where(
                InspectionFinding.deleted.is_(False),
                InspectionFinding.inspection_id.in_(list(by_id)),
            )
        )
    }
    ups = s.scalars(
        select(FollowUpAction)
        .where(FollowUpAction.deleted.is_(False), FollowUpAction.finding_id.in_(list(findings)))
        .order_by(FollowUpAction.due_on)
    ).all()
    check_rows: list[list[object]] = []
    for f in findings.values():
        h = by_id[f.inspection_id]
        mine: list[FollowUpAction | None] = [u for u in ups if u.finding_id == f.id] or [None]
        for u in mine:
            row: list[object] = [
                h.held_on,
                h.title,
                f.content,
                SEVERITIES.get(f.severity, f.severity),
                f.concerned,
                u.action if u is not None else "",
                u.due_on if u is not None else None,
                u.done_on if u is not None else None,
                FOLLOWUP_LABELS[status(u.due_on, u.done_on, today)] if u is not None else "",
            ]
            check_rows.append(col.row(h.unit_code, row))
    check_rows.sort(key=lambda r: tuple(str(x) for x in r[: 2 + many]))
    widths = (14, 30, 50, 16, 24, 12, 12, 14, 20)
    return [
        Sheet("Kiến nghị cử tri", lead + heads, owed_rows("voters"), (22,) * many + widths),
        Sheet("Kiến nghị MTTQ", lead + heads, owed_rows("front"), (22,) * many + widths),
        Sheet(
            "Tự kiểm tra",
            lead
            + (
                "Ngày kiểm tra",
                "Cuộc kiểm tra",
                "Phát hiện",
                "Loại",
                "Đơn vị liên quan",
                "Việc khắc phục",
                "Hạn",
                "Ngày xong",
                "Tình trạng",
            ),
            check_rows,
            (22,) * many + (12, 30, 40, 12, 20, 40, 12, 12, 18),
        ),
    ]
