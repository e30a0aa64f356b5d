"""Tables of "answers owed to others and self-inspection" (issue 11): voters' petitions passed
down after a People's Council session and the Fatherland Front's recommendations after its
supervision or social criticism, each with a deadline and the commune's answer; and the
movement's self-inspections with their findings and follow-up actions.

Every table is the commune's own record (OWNER): it writes them and they go up in its data
bundle, so the upper level counts answers on time per commune. A voter's petition and a Front
recommendation share one table (`source`): the same deadline, answer and status rules apply.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class FrontActivity(Record):
    """A supervision (giám sát) or social criticism (phản biện xã hội) by the Fatherland Front."""

    __tablename__ = "answer_front_activity"
    __authority__ = authority.OWNER
    __entity__ = "answers_front_activities"
    __label__ = "Cuộc giám sát, phản biện xã hội của MTTQ"

    kind: Mapped[str] = mapped_column(String(16), default="supervision")  # or "criticism"
    subject: Mapped[str] = mapped_column(String(500))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    doc_no: Mapped[str] = mapped_column(String(64), default="")  # its conclusion / notice
    note: Mapped[str] = mapped_column(Text, default="")


class OwedAnswer(Record):
    """A voters' petition (source "voters") or a Front recommendation (source "front") the
    commune must answer by `due_on`."""

    __tablename__ = "answer_owed"
    __authority__ = authority.OWNER
    __parents__ = {"activity_id": "answers_front_activities"}
    __entity__ = "answers_owed"
    __label__ = "Kiến nghị cử tri, kiến nghị của MTTQ"
    __unaudited__ = ("due_on", "search_text")

    source: Mapped[str] = mapped_column(String(16), index=True)  # "voters" or "front"
    #: voters: the council (body) and its session, e.g. "HĐND xã", "Kỳ họp thứ mười"
    body: Mapped[str] = mapped_column(String(255), default="")
    session_name: Mapped[str] = mapped_column(String(255), default="")
    activity_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("answer_front_activity.id"), index=True
    )
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    content: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(128), default="")
    responsible: Mapped[str] = mapped_column(String(255), default="")
    #: a period set for this item instead of the rule's (days), and why
    period_days: Mapped[int | None] = mapped_column(Integer)
    period_reason: Mapped[str] = mapped_column(Text, default="")
    #: derived at save from received_on, the rule in force that day and the calendar
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    answer_ref: Mapped[str] = mapped_column(String(128), default="")
    answered_by: Mapped[str] = mapped_column(String(255), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class SelfInspection(Record):
    """A self-inspection of the movement (tự kiểm tra): its plan, scope, period and team."""

    __tablename__ = "answer_self_inspection"
    __authority__ = authority.OWNER
    __entity__ = "answers_self_inspections"
    __label__ = "Cuộc tự kiểm tra phong trào"

    title: Mapped[str] = mapped_column(String(500))
    plan_no: Mapped[str] = mapped_column(String(64), default="")
    plan_on: Mapped[dt.date | None] = mapped_column(Date)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    scope: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    team: Mapped[str] = mapped_column(Text, default="")


class InspectionFinding(Record):
    __tablename__ = "answer_finding"
    __authority__ = authority.OWNER
    __parents__ = {"inspection_id": "answers_self_inspections"}
    __entity__ = "answers_findings"
    __label__ = "Phát hiện qua tự kiểm tra"

    inspection_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("answer_self_inspection.id"), index=True
    )
    content: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16), default="shortcoming")
    concerned: Mapped[str] = mapped_column(String(255), default="")  # the unit concerned


class FollowUpAction(Record):
    __tablename__ = "answer_followup"
    __authority__ = authority.OWNER
    __parents__ = {"finding_id": "answers_findings"}
    __entity__ = "answers_followups"
    __label__ = "Việc khắc phục sau tự kiểm tra"

    finding_id: Mapped[str] = mapped_column(String(36), ForeignKey("answer_finding.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(255), default="")
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
