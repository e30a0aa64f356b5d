"""The receptions' section of a periodic report: sessions held in the period by who presided."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.periodic_reports.section_kit import within
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery
from danvan_desktop.store.petitions import ReceptionSession


def report_section(s: Session, q: SectionQuery) -> ReportSection:
    from danvan_desktop.services.receptions import PRESIDER_ROLES

    R = ReceptionSession
    found = s.execute(
        select(R.presider_role, func.count(), func.sum(R.visits), func.sum(R.people))
        .where(R.deleted.is_(False), R.unit_code.in_(list(q.unit_codes)), within(R.held_on, q))
        .group_by(R.presider_role)
    ).all()
    rows = [
        (PRESIDER_ROLES.get(role, role), str(k), str(int(v or 0)), str(int(p or 0)))
        for role, k, v, p in sorted(found, key=lambda r: str(r[0]))
    ]
    sessions = sum(int(r[1]) for r in found)
    visits = sum(int(r[2] or 0) for r in found)
    people = sum(int(r[3] or 0) for r in found)
    rows.append(("Tổng cộng", str(sessions), str(visits), str(people)))
    return ReportSection(
        key="receptions",
        title="Công tác tiếp công dân",
        order=21,
        paragraphs=(
            f"Trong kỳ tổ chức {sessions} buổi tiếp công dân, tiếp {visits} lượt với {people} "
            "người.",
        ),
        tables=(
            ReportTable(
                "Tiếp công dân theo người chủ trì",
                ("Người chủ trì", "Số buổi", "Lượt tiếp", "Số người"),
                tuple(rows),
                (60, 20, 20, 20),
            ),
        ),
        figures={
            "reception_sessions": float(sessions),
            "reception_visits": float(visits),
            "reception_people": float(people),
        },
    )
