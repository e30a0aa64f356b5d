"""Tables of the People's Inspection Board and the community investment supervision boards (DOMAIN §5).

References between records are UUID strings (like the model register), so a commune's records
keep their links in the upper level's database. Values derived at save time for SQL filtering
(`notice_late`, `due_on`, sort keys) are listed in __unaudited__ where they merely follow
from audited fields.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record

# ---- Ban Thanh tra nhân dân ---------------------------------------------------------------


class BoardTerm(Record):
    """One term (nhiệm kỳ) of the commune's People's Inspection Board."""

    __tablename__ = "inspection_board_term"
    __authority__ = authority.OWNER
    __entity__ = "inspection_board_terms"
    __label__ = "Nhiệm kỳ Ban Thanh tra nhân dân"

    name: Mapped[str] = mapped_column(String(255))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    #: The MTTQ's decision recognising the elected board.
    decision_no: Mapped[str] = mapped_column(String(64), default="")
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class BoardMember(Record):
    __tablename__ = "inspection_board_member"
    __authority__ = authority.OWNER
    __parents__ = {"term_id": "inspection_board_terms", "replaces_id": "inspection_board_members"}
    __entity__ = "inspection_board_members"
    __label__ = "Thành viên Ban Thanh tra nhân dân"
    __unaudited__ = ("sort_name",)

    term_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("inspection_board_term.id"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(255))
    sort_name: Mapped[str] = mapped_column(String(255), default="")
    #: The hamlet (thôn, tổ dân phố) that elected the member: a unit code.
    hamlet_code: Mapped[str | None] = mapped_column(String(32), index=True)
    role: Mapped[str] = mapped_column(String(16), default="member")
    elected_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    left_reason: Mapped[str] = mapped_column(String(255), default="")
    commune_post: Mapped[str] = mapped_column(String(16), default="none")
    occupation: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    #: The member this one was elected to replace (bầu bổ sung).
    replaces_id: Mapped[str | None] = mapped_column(String(36))


class BoardPlan(Record):
    """A plan by quarter, half-year, year or term: purpose, content, timing, budget."""

    __tablename__ = "inspection_board_plan"
    __authority__ = authority.OWNER
    __parents__ = {"term_id": "inspection_board_terms"}
    __entity__ = "inspection_board_plans"
    __label__ = "Kế hoạch của Ban Thanh tra nhân dân"

    term_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("inspection_board_term.id"), index=True
    )
    period_kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    period_no: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    doc_no: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    timing: Mapped[str] = mapped_column(Text, default="")
    budget_vnd: Mapped[int] = mapped_column(BigInteger, default=0)


class BoardActivity(Record):
    """An inspection, supervision or verification of a citizen's case."""

    __tablename__ = "inspection_board_activity"
    __authority__ = authority.OWNER
    __parents__ = {"term_id": "inspection_board_terms", "plan_id": "inspection_board_plans"}
    __entity__ = "inspection_board_activities"
    __label__ = "Cuộc giám sát, kiểm tra của Ban Thanh tra nhân dân"
    __unaudited__ = ("notice_late", "search_text")

    term_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("inspection_board_term.id"), index=True
    )
    plan_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="supervision")
    subject: Mapped[str] = mapped_column(String(500))
    content: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    # When the plan reached each party it must reach ≥ 5 working days ahead.
    sent_mttq_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_chairman_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_subject_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Derived at save: some party got the plan later than the rule allows.
    notice_late: Mapped[bool] = mapped_column(Boolean, default=False)
    findings: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    minutes_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The minutes confirmed by the Fatherland Front (MTTQ xác nhận biên bản).
    minutes_confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    minutes_confirmed_by: Mapped[str] = mapped_column(String(255), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_inspection_board_activity_list", "deleted", "starts_on"),)


class ActivityPetition(Record):
    """A citizen's petition the board verified during an activity (by the petition's UUID)."""

    __tablename__ = "inspection_activity_petition"
    __authority__ = authority.OWNER
    __parents__ = {"activity_id": "inspection_board_activities", "petition_id": "petitions"}
    __entity__ = "inspection_activity_petitions"
    __label__ = "Đơn thư được Ban Thanh tra nhân dân xác minh"

    activity_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("inspection_board_activity.id"), index=True
    )
    petition_id: Mapped[str | None] = mapped_column(String(36), index=True)
    #: What the officer sees when the petition itself is not in this database (number, name).
    petition_ref: Mapped[str] = mapped_column(String(255), default="")
    result: Mapped[str] = mapped_column(Text, default="")


class BoardRecommendation(Record):
    """Kiến nghị của BTTND to the commune government, its 15-day answer and the follow-up."""

    __tablename__ = "inspection_board_recommendation"
    __authority__ = authority.OWNER
    __parents__ = {
        "term_id": "inspection_board_terms",
        "activity_id": "inspection_board_activities",
    }
    __entity__ = "inspection_board_recommendations"
    __label__ = "Kiến nghị của Ban Thanh tra nhân dân"
    __unaudited__ = ("due_on", "search_text")

    term_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("inspection_board_term.id"), index=True
    )
    activity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    doc_no: Mapped[str] = mapped_column(String(64), default="")
    sent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    addressee: Mapped[str] = mapped_column(String(255))
    content: Mapped[str] = mapped_column(Text)
    #: Derived at save from received_on and the answer rule: the last day to answer.
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer_ref: Mapped[str] = mapped_column(String(128), default="")
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(String(16), default="pending")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class BoardReport(Record):
    """A periodic or ad-hoc report; the narrative is the officer's, the figures a snapshot."""

    __tablename__ = "inspection_board_report"
    __authority__ = authority.OWNER
    __parents__ = {"term_id": "inspection_board_terms"}
    __entity__ = "inspection_board_reports"
    __label__ = "Báo cáo của Ban Thanh tra nhân dân"

    term_id: Mapped[str | None] = mapped_column(String(36), index=True)
    period_kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    period_no: Mapped[int | None] = mapped_column(Integer)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500))
    doc_no: Mapped[str] = mapped_column(String(64), default="")
    report_date: Mapped[dt.date] = mapped_column(Date)
    narrative: Mapped[str] = mapped_column(Text, default="")
    figures_json: Mapped[str] = mapped_column(Text, default="{}")
    sent_on: Mapped[dt.date | None] = mapped_column(Date)


# ---- Ban Giám sát đầu tư của cộng đồng ----------------------------------------------------


class InvestmentProject(Record):
    """A project in the commune and the supervision board set up for it (one per project)."""

    __tablename__ = "investment_project"
    __authority__ = authority.OWNER
    __entity__ = "investment_projects"
    __label__ = "Công trình, dự án được giám sát đầu tư của cộng đồng"
    __unaudited__ = ("sort_name",)

    name: Mapped[str] = mapped_column(String(500))
    sort_name: Mapped[str] = mapped_column(String(500), default="")
    investor: Mapped[str] = mapped_column(String(255), default="")
    capital_source: Mapped[str] = mapped_column(String(255), default="")
    location: Mapped[str] = mapped_column(String(255), default="")
    hamlet_code: Mapped[str | None] = mapped_column(String(32))
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    value_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    #: The MTTQ decision establishing the supervision board.
    board_decision_no: Mapped[str] = mapped_column(String(64), default="")
    board_established_on: Mapped[dt.date | None] = mapped_column(Date)
    dissolved_on: Mapped[dt.date | None] = mapped_column(Date)
    dissolution_ref: Mapped[str] = mapped_column(String(64), default="")
    dissolution_note: Mapped[str] = mapped_column(Text, default="")


class SupervisionMember(Record):
    __tablename__ = "supervision_board_member"
    __authority__ = authority.OWNER
    __parents__ = {"project_id": "investment_projects"}
    __entity__ = "supervision_board_members"
    __label__ = "Thành viên Ban Giám sát đầu tư của cộng đồng"

    project_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("investment_project.id"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(255))
    side: Mapped[str] = mapped_column(String(16), default="resident")
    role: Mapped[str] = mapped_column(String(16), default="member")
    hamlet_code: Mapped[str | None] = mapped_column(String(32))
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)


class ProjectSupervision(Record):
    __tablename__ = "project_supervision"
    __authority__ = authority.OWNER
    __parents__ = {"project_id": "investment_projects"}
    __entity__ = "project_supervisions"
    __label__ = "Buổi giám sát công trình"

    project_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("investment_project.id"), index=True
    )
    on_date: Mapped[dt.date] = mapped_column(Date, index=True)
    content: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    minutes_ref: Mapped[str] = mapped_column(String(128), default="")


class ProjectViolation(Record):
    """A violation found, and how it was handled: money recovered, settlement reduced."""

    __tablename__ = "project_violation"
    __authority__ = authority.OWNER
    __parents__ = {"project_id": "investment_projects", "supervision_id": "project_supervisions"}
    __entity__ = "project_violations"
    __label__ = "Vi phạm phát hiện qua giám sát công trình"

    project_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("investment_project.id"), index=True
    )
    supervision_id: Mapped[str | None] = mapped_column(String(36), index=True)
    found_on: Mapped[dt.date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(Text)
    value_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    handled_on: Mapped[dt.date | None] = mapped_column(Date)
    handling: Mapped[str] = mapped_column(Text, default="")
    recovered_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    reduced_vnd: Mapped[int] = mapped_column(BigInteger, default=0)


class ProjectRecommendation(Record):
    __tablename__ = "project_recommendation"
    __authority__ = authority.OWNER
    __parents__ = {"project_id": "investment_projects", "supervision_id": "project_supervisions"}
    __entity__ = "project_recommendations"
    __label__ = "Kiến nghị của Ban Giám sát đầu tư của cộng đồng"

    project_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("investment_project.id"), index=True
    )
    supervision_id: Mapped[str | None] = mapped_column(String(36), index=True)
    sent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    addressee: Mapped[str] = mapped_column(String(255))
    content: Mapped[str] = mapped_column(Text)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer_summary: Mapped[str] = mapped_column(Text, default="")
