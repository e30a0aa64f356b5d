"""Tables of the plans area (issue 11, DOMAIN §7): the documents from above a commune must answer
with its own implementing plan by a date, the commune's plans with their items and progress, the
movement's steering committee (Ban Chỉ đạo) with its members over time, and yearly funding.

A document from above exists in two forms with the same columns: `PlanDirective` is the upper
level's record (UPPER, no `__for_unit__`: it comes down in every commune's reference bundle);
`ReceivedDirective` is the commune's own note of a document that reached it on paper (OWNER: it
goes up with the commune's data, so the upper level sees what the commune answered). A plan names
either by its UUID in `directive_id` (not a foreign key: the row may be the upper level's).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class DirectiveColumns:
    """What a document from above says: "Kế hoạch số 152-KH/ĐU ngày 28/4/2026 của Ban Thường vụ
    Đảng ủy UBND tỉnh …", and by when units below must issue their own plan."""

    number: Mapped[str] = mapped_column(String(64))  # "Số": 152-KH/ĐU
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(255))  # issuing body
    title: Mapped[str] = mapped_column(String(1000))
    #: the date by which the unit below must issue its own implementing plan
    plan_due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    report_due_on: Mapped[dt.date | None] = mapped_column(Date)  # a report on results, if asked
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(String(2000), default="")


class PlanDirective(DirectiveColumns, Record):
    __tablename__ = "plan_directive"
    __authority__ = authority.UPPER
    __entity__ = "plan_directives"
    __label__ = "Văn bản cấp trên"
    __unaudited__ = ("search_text",)


class ReceivedDirective(DirectiveColumns, Record):
    __tablename__ = "plan_received_directive"
    __authority__ = authority.OWNER
    __entity__ = "plan_received_directives"
    __label__ = "Văn bản cấp trên (xã tự nhập)"
    __unaudited__ = ("search_text",)

    received_on: Mapped[dt.date | None] = mapped_column(Date)


class Plan(Record):
    """The commune's own implementing plan (Kế hoạch số 12/KH-UBND …)."""

    __tablename__ = "plan"
    __authority__ = authority.OWNER
    __entity__ = "plans"
    __label__ = "Kế hoạch thực hiện"
    __unaudited__ = ("search_text",)

    number: Mapped[str] = mapped_column(String(64), default="")
    #: None while a draft; set together with `number` when the plan is issued
    issued_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    issuer: Mapped[str] = mapped_column(String(255), default="")  # "UBND xã", "Đảng ủy xã"
    title: Mapped[str] = mapped_column(String(1000))
    year: Mapped[int] = mapped_column(Integer, index=True)
    #: the PlanDirective or ReceivedDirective it answers (None: a plan of the commune's own)
    directive_id: Mapped[str | None] = mapped_column(String(36), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(String(2000), default="")


class PlanItem(Record):
    """One task of a plan (nội dung công việc): who does it and by when."""

    __tablename__ = "plan_item"
    __authority__ = authority.OWNER
    __parents__ = {"plan_id": "plans"}
    __entity__ = "plan_items"
    __label__ = "Nội dung công việc của kế hoạch"

    plan_id: Mapped[str] = mapped_column(String(36), ForeignKey("plan.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(255), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    #: the first day work was recorded (None: not started)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class PlanProgress(Record):
    """A dated progress note on an item."""

    __tablename__ = "plan_progress"
    __authority__ = authority.OWNER
    __parents__ = {"item_id": "plan_items"}
    __entity__ = "plan_progress"
    __label__ = "Tiến độ thực hiện công việc"

    item_id: Mapped[str] = mapped_column(String(36), ForeignKey("plan_item.id"), index=True)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    percent: Mapped[int | None] = mapped_column(Integer)


class SteeringCommittee(Record):
    """The movement's steering committee as founded (or re-founded) by one decision."""

    __tablename__ = "steering_committee"
    __authority__ = authority.OWNER
    __entity__ = "steering_committees"
    __label__ = "Ban Chỉ đạo phong trào"

    name: Mapped[str] = mapped_column(String(500))
    decision_number: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    signer: Mapped[str] = mapped_column(String(255), default="")
    #: the day it stopped (replaced by a new committee); None while in force
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class SteeringMember(Record):
    """One membership: a person in a role from one day until another (history is kept: a
    replaced member's row ends, the newcomer's starts)."""

    __tablename__ = "steering_member"
    __authority__ = authority.OWNER
    __parents__ = {"committee_id": "steering_committees"}
    __entity__ = "steering_members"
    __label__ = "Thành viên Ban Chỉ đạo"

    committee_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("steering_committee.id"), index=True
    )
    person_name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="member")  # head, deputy, member…
    position: Mapped[str] = mapped_column(String(500), default="")  # chức vụ
    from_on: Mapped[dt.date] = mapped_column(Date)
    until_on: Mapped[dt.date | None] = mapped_column(Date)  # last day in the role
    #: the membership this one took over (a change of member)
    replaces_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")


class MovementFunding(Record):
    """Money for the movement or for one model in a year, in whole đồng."""

    __tablename__ = "movement_funding"
    __authority__ = authority.OWNER
    __parents__ = {"model_id": "models"}
    __entity__ = "movement_funding"
    __label__ = "Kinh phí phong trào"

    year: Mapped[int] = mapped_column(Integer, index=True)
    purpose: Mapped[str] = mapped_column(String(16), default="movement")  # movement, model
    model_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("dvk_model.id"), index=True)
    description: Mapped[str] = mapped_column(String(1000), default="")
    amount: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(255), default="")  # ngân sách xã, xã hội hóa…
    decision_ref: Mapped[str] = mapped_column(String(255), default="")
    decided_on: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
