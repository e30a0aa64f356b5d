"""The receptions area's sheet of the consolidated workbook: the reception days with the
screen's columns (ui/receptions_screen, "Lịch tiếp công dân"), newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.receptions import FORMS, PRESIDER_ROLES
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.petitions import ReceptionPetition, ReceptionSession

HEADERS = (
    "Ngày tiếp",
    "Người chủ trì",
    "Chức vụ",
    "Hình thức",
    "Lượt",
    "Người",
    "Đoàn đông người",
    "Số đơn",
    "Thông báo kết luận",
)
WIDTHS = (12, 24, 24, 12, 8, 8, 12, 8, 14)


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = UnitColumn(session, unit_codes)
    counts = (
        select(ReceptionPetition.session_id, func.count().label("n"))
        .where(ReceptionPetition.deleted.is_(False))
        .group_by(ReceptionPetition.session_id)
        .subquery()
    )
    q = (
        select(ReceptionSession, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.session_id == ReceptionSession.id)
        .where(
            ReceptionSession.deleted.is_(False),
            ReceptionSession.unit_code.in_(list(unit_codes)),
        )
        .order_by(ReceptionSession.unit_code, ReceptionSession.held_on.desc())
    )
    rows = [
        units.row(
            r.unit_code,
            [
                r.held_on,
                r.presider_name,
                PRESIDER_ROLES.get(r.presider_role, r.presider_role),
                FORMS.get(r.form, r.form),
                r.visits,
                r.people,
                r.crowd_cases or None,
                n,
                "Có" if (r.conclusion_text or r.conclusion_no) else "",
            ],
        )
        for r, n in session.execute(q)
    ]
    return [Sheet("Tiếp công dân", units.headers(HEADERS), rows, units.widths(WIDTHS))]
