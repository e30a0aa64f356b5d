"""The petitions' section of a periodic report: received, settled, on time and overdue in the
period, by type. Overdue is taken at the period's end as the petitions' own periodic report
takes it (services.early_warning.overdue_at), so both documents say the same number."""

from __future__ import annotations

from sqlalchemy import and_
from sqlalchemy.orm import Session

from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.services.periodic_reports.section_kit import n, pct, within
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery
from danvan_desktop.store.petitions import Petition


def report_section(s: Session, q: SectionQuery) -> ReportSection:
    from danvan_desktop.services.early_warning import open_at, overdue_at, period_as_of

    as_of = period_as_of(q.period.end, q.today)
    rows = []
    tot = dict.fromkeys(("received", "resolved", "on_time", "pending", "overdue", "crowd"), 0)
    for t in PetitionType:
        of = Petition.type == t.value
        resolved = and_(within(Petition.resolved_on, q), Petition.on_time.is_not(None), of)
        f = {
            "received": n(s, Petition, q, of, within(Petition.received_on, q)),
            "resolved": n(s, Petition, q, resolved),
            "on_time": n(s, Petition, q, resolved, Petition.on_time.is_(True)),
            "pending": n(s, Petition, q, of, open_at(as_of)),
            "overdue": n(s, Petition, q, of, overdue_at(as_of, q.today)),
            "crowd": n(
                s, Petition, q, of, Petition.is_crowd.is_(True), within(Petition.received_on, q)
            ),
        }
        for k, v in f.items():
            tot[k] += v
        rows.append(
            (
                t.label,
                *(str(f[k]) for k in ("received", "resolved", "on_time", "pending", "overdue")),
                pct(f["on_time"], f["resolved"]),
            )
        )
    rows.append(
        (
            "Tổng cộng",
            *(str(tot[k]) for k in ("received", "resolved", "on_time", "pending", "overdue")),
            pct(tot["on_time"], tot["resolved"]),
        )
    )
    text = (
        f"Trong kỳ tiếp nhận {tot['received']} đơn thư ({tot['crowd']} đơn đông người); đã giải "
        f"quyết {tot['resolved']} đơn, trong đó {tot['on_time']} đơn đúng hạn (tỷ lệ "
        f"{pct(tot['on_time'], tot['resolved'])}). Đến ngày {as_of:%d/%m/%Y} còn "
        f"{tot['pending']} đơn đang giải quyết, trong đó {tot['overdue']} đơn quá hạn."
    )
    return ReportSection(
        key="petitions",
        title="Công tác tiếp nhận, giải quyết đơn thư",
        order=20,
        paragraphs=(text,),
        tables=(
            ReportTable(
                "Kết quả tiếp nhận, giải quyết đơn thư theo loại",
                (
                    "Loại đơn",
                    "Tiếp nhận",
                    "Đã giải quyết",
                    "Đúng hạn",
                    "Đang giải quyết",
                    "Quá hạn",
                    "Tỷ lệ đúng hạn",
                ),
                tuple(rows),
                (30, 16, 18, 16, 18, 14, 18),
            ),
        ),
        figures={f"petitions_{k}": float(v) for k, v in tot.items()},
    )
