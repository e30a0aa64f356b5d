"""The People's Inspection Board's sheets of the consolidated workbook, with the screen's
columns (ui/inspection): its supervisions, inspections and verifications; its recommendations
and how they were answered; and (the area's second half) community investment supervision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.inspection import NoticeRecipient
from danvan_desktop.services.calendar import calendar_from
from danvan_desktop.services.inspection.recommendations import recommendation_row
from danvan_desktop.services.investment_supervision import sheets as investment_sheets
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.inspection import ActivityPetition, BoardActivity, BoardRecommendation
from danvan_desktop.store.petition_queries import calendar_rows

ACTIVITY_HEADERS = (
    "Ngày bắt đầu",
    "Hình thức",
    "Đối tượng, nội dung",
    "Gửi kế hoạch",
    "MTTQ xác nhận biên bản",
    "Đơn thư xác minh",
    "Kiến nghị",
)
ACTIVITY_WIDTHS = (12, 14, 56, 20, 14, 10, 10)
RECOMMENDATION_HEADERS = (
    "Số",
    "Ngày gửi",
    "Nội dung kiến nghị",
    "Hạn trả lời",
    "Ngày trả lời",
    "Tình trạng",
    "Chậm (ngày)",
    "Thực hiện",
)
RECOMMENDATION_WIDTHS = (12, 12, 56, 12, 12, 22, 10, 18)


def _counts(session: Session, col: Any, ids: list[str]) -> dict[str, int]:
    """{activity id: live rows of `col`'s table pointing at it}."""
    model = col.class_
    q = select(col, func.count()).where(col.in_(ids), model.deleted.is_(False)).group_by(col)
    return {k: int(n) for k, n in session.execute(q)}


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = UnitColumn(session, unit_codes)
    codes = list(unit_codes)
    cal = calendar_from(sorted(calendar_rows(session)))
    acts = list(
        session.execute(
            select(BoardActivity)
            .where(BoardActivity.deleted.is_(False), BoardActivity.unit_code.in_(codes))
            .order_by(BoardActivity.unit_code, BoardActivity.starts_on.desc())
        ).scalars()
    )
    ids = [a.id for a in acts]
    recs = _counts(session, BoardRecommendation.activity_id, ids) if ids else {}
    links = _counts(session, ActivityPetition.activity_id, ids) if ids else {}
    activity_rows = []
    for a in acts:
        check = rules.check_notice(
            a.starts_on,
            {
                NoticeRecipient.MTTQ: a.sent_mttq_on,
                NoticeRecipient.CHAIRMAN: a.sent_chairman_on,
                NoticeRecipient.SUBJECT: a.sent_subject_on,
            },
            cal,
        )
        # the words of the screen's "Gửi kế hoạch" column
        if a.notice_late:
            notice = f"Chậm (hạn {check.latest:%d/%m/%Y})"
        elif check.message():
            notice = "Chưa ghi đủ ngày gửi"
        else:
            notice = "Đúng hạn"
        activity_rows.append(
            units.row(
                a.unit_code,
                [
                    a.starts_on,
                    rules.ActivityKind(a.kind).label,
                    a.subject,
                    notice,
                    a.minutes_confirmed_on or "Chưa",
                    links.get(a.id) or None,
                    recs.get(a.id) or None,
                ],
            )
        )
    subjects = {a.id: a.subject for a in acts}
    rec_rows = []
    for r in session.execute(
        select(BoardRecommendation)
        .where(BoardRecommendation.deleted.is_(False), BoardRecommendation.unit_code.in_(codes))
        .order_by(BoardRecommendation.unit_code, BoardRecommendation.sent_on.desc())
    ).scalars():
        row = recommendation_row(r, subjects.get(r.activity_id or "", ""), today, cal)
        rec_rows.append(
            units.row(
                r.unit_code,
                [
                    row.doc_no,
                    row.sent_on,
                    row.content,
                    row.due_on,
                    row.answered_on,
                    row.status_label,
                    row.days_late(today) or None,
                    row.follow_up_label if row.answered_on else "",
                ],
            )
        )
    return [
        Sheet(
            "Ban TTND - giám sát, kiểm tra",
            units.headers(ACTIVITY_HEADERS),
            activity_rows,
            units.widths(ACTIVITY_WIDTHS),
        ),
        Sheet(
            "Ban TTND - kiến nghị",
            units.headers(RECOMMENDATION_HEADERS),
            rec_rows,
            units.widths(RECOMMENDATION_WIDTHS),
        ),
        *investment_sheets.sheets(session, unit_codes, today),
    ]
