"""The Inspection Board's section of a periodic report (with the community investment
supervision boards): supervisions held, recommendations made and answered in the period,
answers late or still owed at its end, and what the investment supervision boards found."""

from __future__ import annotations

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from danvan_desktop.services.periodic_reports.section_kit import n, within
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery
from danvan_desktop.store.inspection import (
    BoardActivity,
    BoardRecommendation,
    ProjectRecommendation,
    ProjectSupervision,
    ProjectViolation,
)


def report_section(s: Session, q: SectionQuery) -> ReportSection:
    end = min(q.period.end, q.today)
    A, R = BoardActivity, BoardRecommendation
    activities = n(s, A, q, within(A.starts_on, q))
    supervisions = n(s, A, q, within(A.starts_on, q), A.kind == "supervision")
    recs = n(s, R, q, within(R.sent_on, q))
    answered = n(s, R, q, within(R.answered_on, q))
    answered_late = n(s, R, q, within(R.answered_on, q), R.answered_on > R.due_on)
    owed_late = n(
        s,
        R,
        q,
        R.sent_on <= end,
        R.due_on < end,
        or_(R.answered_on.is_(None), R.answered_on > end),
    )
    P, V, PR = ProjectSupervision, ProjectViolation, ProjectRecommendation
    p_sup = n(s, P, q, within(P.on_date, q))
    p_viol = n(s, V, q, within(V.found_on, q))
    p_handled = n(s, V, q, within(V.handled_on, q))
    p_recs = n(s, PR, q, within(PR.sent_on, q))
    p_answered = n(s, PR, q, and_(within(PR.answered_on, q)))
    rows = (
        ("Cuộc giám sát, kiểm tra của Ban Thanh tra nhân dân", str(activities)),
        ("  trong đó giám sát", str(supervisions)),
        ("Kiến nghị gửi chính quyền", str(recs)),
        ("Kiến nghị được trả lời trong kỳ", str(answered)),
        ("  trong đó trả lời chậm", str(answered_late)),
        (f"Kiến nghị quá hạn chưa được trả lời đến {end:%d/%m/%Y}", str(owed_late)),
        ("Lần giám sát công trình của Ban Giám sát đầu tư cộng đồng", str(p_sup)),
        ("Vi phạm phát hiện / đã xử lý", f"{p_viol} / {p_handled}"),
        ("Kiến nghị về công trình / đã trả lời", f"{p_recs} / {p_answered}"),
    )
    return ReportSection(
        key="inspection",
        title="Hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
        order=30,
        paragraphs=(
            f"Ban Thanh tra nhân dân tiến hành {activities} cuộc giám sát, kiểm tra; gửi "
            f"{recs} kiến nghị, {answered} kiến nghị được trả lời trong kỳ ({answered_late} "
            f"trả lời chậm); {owed_late} kiến nghị quá hạn chưa được trả lời. Ban Giám sát đầu "
            f"tư của cộng đồng giám sát {p_sup} lần, phát hiện {p_viol} vi phạm.",
        ),
        tables=(
            ReportTable("Kết quả giám sát, kiểm tra", ("Nội dung", "Số lượng"), rows, (80, 20)),
        ),
        figures={
            "inspection_activities": float(activities),
            "inspection_recommendations": float(recs),
            "inspection_answered": float(answered),
            "inspection_answered_late": float(answered_late),
            "inspection_owed_late": float(owed_late),
            "investment_supervisions": float(p_sup),
            "investment_violations": float(p_viol),
        },
    )
