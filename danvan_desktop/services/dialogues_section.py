"""The dialogues' section of a periodic report: conferences held and commitments in the period,
commitments still open and overdue at its end."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from danvan_desktop.services.periodic_reports.section_kit import n, within
from danvan_desktop.services.report_parts import ReportSection, SectionQuery
from danvan_desktop.store.petitions import Commitment, Dialogue


def report_section(s: Session, q: SectionQuery) -> ReportSection:
    from danvan_desktop.services.dialogues import OPEN_COMMITMENT
    from danvan_desktop.services.early_warning import period_as_of

    as_of = period_as_of(q.period.end, q.today)
    held = n(s, Dialogue, q, within(Dialogue.held_on, q))
    of_period = Commitment.dialogue_id.in_(select(Dialogue.id).where(within(Dialogue.held_on, q)))
    before_end = Commitment.dialogue_id.in_(select(Dialogue.id).where(Dialogue.held_on <= as_of))
    made = n(s, Commitment, q, of_period)
    done = n(s, Commitment, q, Commitment.status == "done", within(Commitment.closed_on, q))
    open_ = or_(
        Commitment.status.in_(OPEN_COMMITMENT),
        and_(Commitment.closed_on.is_not(None), Commitment.closed_on > as_of),
    )
    still = n(s, Commitment, q, before_end, open_)
    late = n(s, Commitment, q, before_end, open_, Commitment.due_on < as_of)
    return ReportSection(
        key="dialogues",
        title="Đối thoại trực tiếp với Nhân dân",
        order=22,
        paragraphs=(
            f"Trong kỳ tổ chức {held} hội nghị đối thoại, có {made} cam kết, kết luận mới; hoàn "
            f"thành {done} cam kết. Đến ngày {as_of:%d/%m/%Y} còn {still} cam kết đang thực "
            f"hiện, trong đó {late} cam kết quá hạn.",
        ),
        figures={
            "dialogues_held": float(held),
            "commitments_made": float(made),
            "commitments_done": float(done),
            "commitments_open": float(still),
            "commitments_overdue": float(late),
        },
    )
