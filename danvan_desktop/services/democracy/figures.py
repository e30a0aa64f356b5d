"""The democracy area's numbers, one grouped query per record kind for any set of communes: the
upper level's per-commune figures, scoring's indicators, the periodic report's section (every
figure inside the period) and the consolidated workbook's sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.text import sort_key
from danvan_desktop.services.democracy import charters as charter_svc
from danvan_desktop.services.democracy.dissemination import GROUPS
from danvan_desktop.services.democracy.publicity import row_of as publicity_row
from danvan_desktop.services.democracy.rules import rules
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery, Sheet
from danvan_desktop.store.democracy import (
    DemocracyMatter,
    DisseminationEvent,
    PublicityItem,
)
from danvan_desktop.store.queries import in_span, live_rows, unit_names

KEY, TITLE, ORDER = "democracy", "Công tác tuyên truyền, công khai và thực hiện dân chủ ở cơ sở", 40


@dataclass
class Counts:
    """One commune's figures over a span."""

    events: int = 0
    participants: int = 0
    cadres: int = 0
    party_members: int = 0
    union_members: int = 0
    citizens: int = 0
    items: int = 0
    publicity: int = 0
    matters: int = 0
    matters_passed: int = 0


def counts_by_unit(
    s: Session, unit_codes: Sequence[str], start: dt.date | None, end: dt.date | None
) -> dict[str, Counts]:
    """{unit code: Counts} for the units with any record in [start, end] (bounds optional)."""
    codes = list(unit_codes)
    out: dict[str, Counts] = {}
    e = DisseminationEvent
    q = (
        select(
            e.unit_code,
            func.count(),
            *(func.coalesce(func.sum(getattr(e, c)), 0) for c in ("total", *GROUPS, "items")),
        )
        .where(e.deleted.is_(False), e.unit_code.in_(codes), *in_span(e.held_on, None, start, end))
        .group_by(e.unit_code)
    )
    for unit, n, total, cadres, party, union, citizens, items in s.execute(q):
        c = out.setdefault(unit, Counts())
        c.events, c.participants, c.items = int(n), int(total), int(items)
        c.cadres, c.party_members = int(cadres), int(party)
        c.union_members, c.citizens = int(union), int(citizens)
    p = PublicityItem
    q2 = (
        select(p.unit_code, func.count())
        .where(
            p.deleted.is_(False), p.unit_code.in_(codes), *in_span(p.posted_from, None, start, end)
        )
        .group_by(p.unit_code)
    )
    for unit, n in s.execute(q2):
        out.setdefault(unit, Counts()).publicity = int(n)
    m = DemocracyMatter
    q3 = (
        select(
            m.unit_code,
            func.count(),
            func.coalesce(func.sum(case((m.passed.is_(True), 1), else_=0)), 0),
        )
        .where(
            m.deleted.is_(False), m.unit_code.in_(codes), *in_span(m.meeting_on, None, start, end)
        )
        .group_by(m.unit_code)
    )
    for unit, n, passed in s.execute(q3):
        c = out.setdefault(unit, Counts())
        c.matters, c.matters_passed = int(n), int(passed)
    return out


# ---- the periodic report's section ------------------------------------------------------------


def _events(s: Session, codes: list[str], start: dt.date, end: dt.date) -> list[DisseminationEvent]:
    e = DisseminationEvent
    return live_rows(
        s, e, e.unit_code.in_(codes), *in_span(e.held_on, None, start, end), order_by=e.held_on
    )


def report_section(s: Session, query: SectionQuery) -> ReportSection | None:
    """Dissemination, publicity, decided matters and charters inside the period; raw figures in
    `figures` (the upper level adds them up over its communes)."""
    r = rules()
    codes = list(query.unit_codes)
    start, end = query.period.start, query.period.end
    totals = Counts()
    for c in counts_by_unit(s, codes, start, end).values():
        for name in vars(totals):
            setattr(totals, name, getattr(totals, name) + getattr(c, name))
    charters = charter_svc.charter_rows(s, codes, query.today)
    adopted = [c for c in charters if query.period.contains(c.adopted_on)]
    revised = [(c, x) for c in charters for x in c.revisions if query.period.contains(x.revised_on)]
    figures = {
        "dissemination_events": float(totals.events),
        "dissemination_participants": float(totals.participants),
        **{f"participants_{g}": float(getattr(totals, g)) for g in GROUPS},
        "dissemination_items": float(totals.items),
        "publicity_items": float(totals.publicity),
        "democracy_matters_decided": float(totals.matters),
        "democracy_matters_passed": float(totals.matters_passed),
        "charters_adopted": float(len(adopted)),
        "charter_revisions": float(len(revised)),
    }
    if not any(figures.values()):
        return None
    paragraphs = [
        f"Trong {query.period.label}, tổ chức {totals.events} hoạt động quán triệt, tuyên truyền "
        f"với {totals.participants} lượt người tham dự (cán bộ, công chức {totals.cadres}; đảng "
        f"viên {totals.party_members}; đoàn viên, hội viên {totals.union_members}; Nhân dân "
        f"{totals.citizens}); {totals.items} tin, bài, lượt phát thanh và bài đăng.",
        f"Công khai {totals.publicity} nội dung để Nhân dân biết theo Luật Thực hiện dân chủ ở "
        "cơ sở.",
        f"Nhân dân bàn và quyết định, bàn và biểu quyết {totals.matters} nội dung, trong đó "
        f"{totals.matters_passed} nội dung được thông qua ({r.pass_label}).",
        f"Hương ước, quy ước: {len(adopted)} bản được thông qua, {len(revised)} lượt sửa đổi, "
        "bổ sung.",
    ]
    events = _events(s, codes, start, end)
    by_kind: dict[str, list[int]] = {}
    for e in events:
        row = by_kind.setdefault(e.kind, [0, 0, 0])
        row[0], row[1], row[2] = row[0] + 1, row[1] + e.total, row[2] + e.items
    tables = [
        ReportTable(
            "Hoạt động quán triệt, tuyên truyền theo hình thức",
            ("Hình thức", "Số hoạt động", "Lượt người tham dự", "Số tin, bài, lượt phát"),
            tuple(
                (r.event_kinds[k].label if k in r.event_kinds else k, str(a), str(b), str(c))
                for k, (a, b, c) in by_kind.items()
            ),
            (4, 1.5, 1.5, 1.5),
        )
    ]
    if len(codes) > 1:
        names = unit_names(s, codes)
        per = counts_by_unit(s, codes, start, end)
        # every commune, those with nothing recorded too: the upper level sees who did nothing
        ordered = sorted(codes, key=lambda u: sort_key(names.get(u, u)))
        tables.append(
            ReportTable(
                "Kết quả theo xã, phường",
                (
                    "Đơn vị",
                    "Hoạt động tuyên truyền",
                    "Lượt tham dự",
                    "Nội dung công khai",
                    "Nội dung bàn, quyết định",
                ),
                tuple(
                    (
                        names.get(u, u),
                        str(c.events),
                        str(c.participants),
                        str(c.publicity),
                        str(c.matters),
                    )
                    for u in ordered
                    for c in (per.get(u, Counts()),)
                ),
                (3, 1.5, 1.5, 1.5, 1.5),
            )
        )
    else:
        matters = live_rows(
            s,
            DemocracyMatter,
            DemocracyMatter.unit_code.in_(codes),
            *in_span(DemocracyMatter.meeting_on, None, start, end),
            order_by=DemocracyMatter.meeting_on,
        )
        tables.append(
            ReportTable(
                "Nội dung Nhân dân bàn và quyết định, biểu quyết",
                ("Thôn, tổ dân phố", "Nội dung", "Ngày", "Hộ tán thành / tổng số hộ", "Kết quả"),
                tuple(
                    (
                        m.hamlet_name,
                        m.matter,
                        fmt_date(m.meeting_on),
                        f"{m.votes_for}/{m.households_total}",
                        "Thông qua" if m.passed else "Không thông qua",
                    )
                    for m in matters
                ),
                (2, 4, 1.3, 1.5, 1.5),
            )
        )
    return ReportSection(KEY, TITLE, ORDER, tuple(paragraphs), tuple(tables), figures)


# ---- the consolidated workbook ------------------------------------------------------------------


def sheets(s: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    """One sheet per record kind, every record of these units (the screens' columns)."""
    r = rules()
    codes = list(unit_codes)
    names = unit_names(s, codes)
    many = len(codes) > 1

    def lead(unit: str) -> list[object]:
        return [names.get(unit, unit)] if many else []

    head: tuple[str, ...] = ("Đơn vị",) if many else ()
    e = DisseminationEvent
    events = live_rows(s, e, e.unit_code.in_(codes), order_by=(e.unit_code, e.held_on))
    p = PublicityItem
    items = live_rows(s, p, p.unit_code.in_(codes), order_by=(p.unit_code, p.posted_from))
    m = DemocracyMatter
    matters = live_rows(s, m, m.unit_code.in_(codes), order_by=(m.unit_code, m.meeting_on))
    charters = charter_svc.charter_rows(s, codes, today)
    pubs = [publicity_row(x, r, today) for x in items]
    return [
        Sheet(
            "Tuyên truyền",
            (
                *head,
                "Ngày",
                "Hình thức",
                "Nội dung",
                "Văn bản quán triệt",
                "Địa điểm",
                *GROUPS.values(),
                "Tổng số người",
                "Số tin, bài",
                "Đường dẫn",
            ),
            [
                [
                    *lead(x.unit_code),
                    x.held_on,
                    r.event_kinds[x.kind].label if x.kind in r.event_kinds else x.kind,
                    x.title,
                    x.document,
                    x.place,
                    x.cadres,
                    x.party_members,
                    x.union_members,
                    x.citizens,
                    x.total,
                    x.items,
                    x.link,
                ]
                for x in events
            ],
        ),
        Sheet(
            "Công khai",
            (
                *head,
                "Nội dung",
                "Nhóm nội dung",
                "Hình thức",
                "Nơi công khai",
                "Từ ngày",
                "Đến ngày",
                "Số ngày",
                "Tối thiểu (ngày)",
                "Tình trạng",
            ),
            [
                [
                    *lead(x.unit_code),
                    x.content,
                    x.category_label,
                    x.form_label,
                    x.place,
                    x.posted_from,
                    x.posted_until,
                    x.days,
                    x.min_days or None,
                    x.status,
                ]
                for x in pubs
            ],
        ),
        Sheet(
            "Bàn và quyết định",
            (
                *head,
                "Ngày",
                "Thôn, tổ dân phố",
                "Nội dung",
                "Hình thức",
                "Tổng số hộ",
                "Số hộ tham dự",
                "Tán thành",
                "Không tán thành",
                "Kết quả",
                "Tổ chức thực hiện",
            ),
            [
                [
                    *lead(x.unit_code),
                    x.meeting_on,
                    x.hamlet_name,
                    x.matter,
                    r.matter_forms.get(x.form, x.form),
                    x.households_total,
                    x.households_attending,
                    x.votes_for,
                    x.votes_against,
                    "Thông qua" if x.passed else "Không thông qua",
                    x.follow_up,
                ]
                for x in matters
            ],
        ),
        Sheet(
            "Hương ước, quy ước",
            (
                *head,
                "Thôn, tổ dân phố",
                "Loại",
                "Tên",
                "Ngày thông qua",
                "Số quyết định",
                "Ngày quyết định",
                "Lần sửa đổi",
                "Thay đổi gần nhất",
                "Hiện hành",
                "Cần rà soát",
            ),
            [
                [
                    *lead(c.unit_code),
                    c.hamlet_name,
                    c.kind_label,
                    c.title,
                    c.adopted_on,
                    c.decision_no,
                    c.decision_on,
                    len(c.revisions),
                    c.last_change,
                    "Có" if c.current else "",
                    "Có" if c.due_review else "",
                ]
                for c in charters
            ],
        ),
        Sheet(
            "Sửa đổi hương ước, quy ước",
            (
                *head,
                "Thôn, tổ dân phố",
                "Tên",
                "Ngày sửa đổi",
                "Nội dung sửa đổi",
                "Số quyết định",
                "Ngày quyết định",
            ),
            [
                [
                    *lead(c.unit_code),
                    c.hamlet_name,
                    c.title,
                    x.revised_on,
                    x.changes,
                    x.decision_no,
                    x.decision_on,
                ]
                for c in charters
                for x in c.revisions
            ],
        ),
    ]
