"""The plans area in documents: its section of a periodic report (every figure inside the
period) and its sheets of the consolidated workbook (plans, items, committee, funding).

The same functions serve one commune and every commune below an upper level (the consolidated
report sums the same figures)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.plans.committee import read_committees, read_funding
from danvan_desktop.services.plans.common import ITEM_STATUS_LABELS, fmt_percent, money, percent
from danvan_desktop.services.plans.figures import unit_plans
from danvan_desktop.services.plans.plans import PlanView, read_plans
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery, Sheet
from danvan_desktop.store.plans import Plan, PlanItem
from danvan_desktop.store.units import Unit

TITLE = "Xây dựng, thực hiện kế hoạch; Ban Chỉ đạo và kinh phí phong trào"
ORDER = 22


def _unit_names(s: Session, codes: Sequence[str]) -> dict[str, str]:
    q = select(Unit.code, Unit.name).where(Unit.code.in_(list(codes)))
    return {c: n for c, n in s.execute(q)}


def _items_in_period(s: Session, codes: Sequence[str], start: dt.date, end: dt.date) -> list:
    """(item, plan) pairs of items due in the period, or done in it."""
    q = (
        select(PlanItem, Plan)
        .join(Plan, Plan.id == PlanItem.plan_id)
        .where(
            PlanItem.deleted.is_(False),
            Plan.deleted.is_(False),
            PlanItem.unit_code.in_(list(codes)),
        )
        .order_by(PlanItem.due_on)
    )
    out = []
    for item, plan in s.execute(q):
        due_in = item.due_on is not None and start <= item.due_on <= end
        done_in = item.done_on is not None and start <= item.done_on <= end
        if due_in or done_in:
            out.append((item, plan))
    return out


def _done_by(plan: PlanView, end: dt.date) -> float | None:
    """The share of a plan's items done by the period's end (not today's share)."""
    done = sum(1 for i in plan.items if i.done_on is not None and i.done_on <= end)
    return percent(done, len(plan.items))


def section(s: Session, query: SectionQuery) -> ReportSection | None:
    p = query.period
    codes = list(query.unit_codes)
    end = min(p.end, query.today)
    plans = [x for x in read_plans(s, codes, query.today, detail=True) if p.contains(x.issued_on)]
    late = [x for x in plans if x.late]
    stats = unit_plans(s, codes, p.start, end) if end >= p.start else {}
    due_docs = sum(len(st.due) for st in stats.values())
    on_time = sum(len(st.on_time_ids) for st in stats.values())
    pairs = _items_in_period(s, codes, p.start, end)
    items_due = [i for i, _p in pairs if i.due_on is not None and p.start <= i.due_on <= end]
    due_done = [i for i in items_due if i.done_on is not None and i.done_on <= end]
    done_in = [i for i, _p in pairs if p.contains(i.done_on)]
    committees = read_committees(s, codes)
    changes = [
        (c, m)
        for c in committees
        for m in c.members
        if (m.replaces and p.contains(m.from_on)) or p.contains(m.until_on)
    ]
    founded = [c for c in committees if p.contains(c.decided_on)]
    funds = read_funding(s, codes, start=p.start, end=p.end)
    total = sum(f.amount for f in funds)
    if not (plans or due_docs or pairs or changes or founded or funds):
        return None
    rate = percent(len(due_done), len(items_due))
    paragraphs = [
        f"Trong {p.label}, ban hành {len(plans)} kế hoạch thực hiện"
        + (f", trong đó {len(late)} kế hoạch ban hành chậm so với hạn của cấp trên" if late else "")
        + f". Văn bản cấp trên có hạn ban hành kế hoạch trong kỳ: {due_docs}; đã có kế hoạch "
        f"đúng hạn: {on_time}.",
        f"Nội dung công việc đến hạn trong kỳ: {len(items_due)}, đã hoàn thành {len(due_done)} "
        f"({fmt_percent(rate)}); tổng số việc hoàn thành trong kỳ: {len(done_in)}.",
    ]
    if founded or changes:
        paragraphs.append(
            f"Ban Chỉ đạo phong trào: {len(founded)} quyết định thành lập, kiện toàn; "
            f"{len(changes)} lượt thay đổi thành viên trong kỳ."
        )
    if funds:
        paragraphs.append(f"Kinh phí bố trí trong kỳ: {money(total)} ({len(funds)} khoản).")
    names = _unit_names(s, codes) if len(codes) > 1 else {}
    many = len(codes) > 1
    plan_rows = tuple(
        ((names.get(x.unit_code, x.unit_code),) if many else ())
        + (
            x.number,
            fmt_date(x.issued_on),
            x.title,
            fmt_date(x.directive.plan_due_on) if x.directive else "",
            "Ban hành chậm" if x.late else "Đúng hạn" if x.directive else "",
            fmt_percent(_done_by(x, end)),
        )
        for x in sorted(plans, key=lambda x: (x.unit_code, x.issued_on or dt.date.min))
    )
    head = ("Xã",) if many else ()
    tables = [
        ReportTable(
            "Kế hoạch thực hiện ban hành trong kỳ",
            (
                *head,
                "Số",
                "Ngày ban hành",
                "Trích yếu",
                "Hạn của cấp trên",
                "Tiến độ",
                "Xong đến cuối kỳ",
            ),
            plan_rows,
        )
    ]
    if funds:
        tables.append(
            ReportTable(
                "Kinh phí phong trào trong kỳ",
                (*head, "Năm", "Nội dung", "Số tiền", "Nguồn", "Quyết định"),
                tuple(
                    ((names.get(f.unit_code, f.unit_code),) if many else ())
                    + (str(f.year), f.what, money(f.amount), f.source, f.decision_ref)
                    for f in funds
                ),
            )
        )
    return ReportSection(
        "plans",
        TITLE,
        ORDER,
        tuple(paragraphs),
        tuple(tables),
        {
            "plans_issued": float(len(plans)),
            "plans_late": float(len(late)),
            "directives_due": float(due_docs),
            "plans_on_time": float(on_time),
            "items_due": float(len(items_due)),
            "items_due_done": float(len(due_done)),
            "items_done": float(len(done_in)),
            "committee_founded": float(len(founded)),
            "committee_changes": float(len(changes)),
            "funding_amount": float(total),
            "funding_lines": float(len(funds)),
        },
    )


def sheets(s: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    codes = list(unit_codes)
    names = _unit_names(s, codes)
    plans = read_plans(s, codes, today, detail=True)
    plans.sort(key=lambda x: (names.get(x.unit_code, ""), x.year, x.issued_on or dt.date.max))
    plan_rows = [
        (
            names.get(x.unit_code, x.unit_code),
            x.year,
            x.number,
            x.issued_on,
            x.issuer,
            x.title,
            x.directive.number if x.directive else "",
            x.directive.plan_due_on if x.directive else None,
            x.state_label(today),
            x.items_total,
            x.items_done,
            x.share_done,
        )
        for x in plans
    ]
    item_rows = [
        (
            names.get(x.unit_code, x.unit_code),
            x.number or x.title,
            i.seq,
            i.content,
            i.responsible,
            i.due_on,
            ITEM_STATUS_LABELS[i.status],
            i.done_on,
            i.progress[-1].note if i.progress else "",
        )
        for x in plans
        for i in x.items
    ]
    member_rows = [
        (
            names.get(c.unit_code, c.unit_code),
            f"{c.decision_number} ngày {fmt_date(c.decided_on)}",
            m.person_name,
            m.role_label,
            m.position,
            m.from_on,
            m.until_on,
            m.replaces,
        )
        for c in read_committees(s, codes)
        for m in c.members
    ]
    fund_rows = [
        (
            names.get(f.unit_code, f.unit_code),
            f.year,
            f.purpose_label,
            f.what,
            f.amount,
            f.source,
            f.decision_ref,
            f.decided_on,
        )
        for f in read_funding(s, codes)
    ]
    out = [
        Sheet(
            "Kế hoạch",
            (
                "Xã",
                "Năm",
                "Số",
                "Ngày ban hành",
                "Cơ quan ban hành",
                "Trích yếu",
                "Văn bản cấp trên",
                "Hạn ban hành",
                "Tình trạng",
                "Số việc",
                "Đã xong",
                "Tỷ lệ xong (%)",
            ),
            plan_rows,
            (22, 6, 14, 12, 16, 50, 16, 12, 16, 8, 8, 10),
        ),
        Sheet(
            "Công việc kế hoạch",
            (
                "Xã",
                "Kế hoạch",
                "STT",
                "Nội dung",
                "Người, đơn vị thực hiện",
                "Thời hạn",
                "Trạng thái",
                "Ngày hoàn thành",
                "Tiến độ gần nhất",
            ),
            item_rows,
            (22, 16, 5, 50, 22, 12, 14, 12, 40),
        ),
        Sheet(
            "Ban Chỉ đạo",
            ("Xã", "Quyết định", "Họ tên", "Vai trò", "Chức vụ", "Từ ngày", "Đến ngày", "Thay"),
            member_rows,
            (22, 26, 24, 16, 36, 12, 12, 22),
        ),
        Sheet(
            "Kinh phí phong trào",
            ("Xã", "Năm", "Mục đích", "Nội dung", "Số tiền (đồng)", "Nguồn", "Quyết định", "Ngày"),
            fund_rows,
            (22, 6, 12, 40, 16, 20, 24, 12),
        ),
    ]
    # The commune column as every area's sheets have it (services.sheet_rows.UnitColumn): only
    # at the upper level, headed "Đơn vị"; a commune's own workbook has none.
    if len(codes) <= 1:
        return [
            Sheet(sh.title, sh.headers[1:], [r[1:] for r in sh.rows], sh.widths[1:]) for sh in out
        ]
    return [Sheet(sh.title, ("Đơn vị", *sh.headers[1:]), sh.rows, sh.widths) for sh in out]
