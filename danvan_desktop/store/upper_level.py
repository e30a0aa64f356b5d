"""Records the upper level (province, or an intermediate level) owns about its communes.

Ownership, not merging (DESIGN §2): the province never edits a commune's rows. What it decides
on a commune's record (a comment, recognition at its level, a return for correction) is its own
record that names the target by entity and UUID; the rollup it computes for a commune (figures
and standing among peers) and the reporting deadlines it sets are its own records too. They are
ordinary synced Records, so they travel down in rollup bundles and the commune's import applies
them like any other entity.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class UpperDecision(Record):
    """Ý kiến, công nhận, trả lại để hoàn thiện: a decision of the upper level on one record."""

    __tablename__ = "upper_decision"
    __for_unit__ = "target_unit"
    __authority__ = authority.UPPER
    __entity__ = "upper_decisions"
    __label__ = "Ý kiến, quyết định của cấp trên"

    #: comment, recognition, return_for_correction (services.upper_level.DecisionKind)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    #: the target record: its entity name in bundles ("models") and its UUID
    target_entity: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    #: the commune that owns the target record (its rollup carries this decision)
    target_unit: Mapped[str] = mapped_column(String(32), index=True)
    #: the target's name when the decision was made, so a reader sees what it was about
    target_label: Mapped[str] = mapped_column(String(500), default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    #: who decided (full name of the officer or leader) and the level of the deciding unit
    decided_by: Mapped[str] = mapped_column(String(255), default="")
    level: Mapped[str] = mapped_column(String(16), default="province")
    decision_no: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    #: for a return for correction: by when the commune should send the corrected record
    due_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_upper_decision_target", "target_entity", "target_id"),)


class RollupStanding(Record):
    """Bản tổng hợp: one commune's figures and standing among its peers, for one period.

    Owned by the upper unit and recomputed in place (revision rises) for the same commune and
    period; `figures` is JSON (see services.upper_level.StandingFigures) so each later area can
    add its own block without a migration.
    """

    __tablename__ = "rollup_standing"
    __for_unit__ = "commune_code"
    __authority__ = authority.UPPER
    __entity__ = "rollup_standings"
    __label__ = "Bản tổng hợp của cấp trên"
    #: recomputed figures: the audit keeps that a standing changed, not kilobytes of JSON each time
    __unaudited__ = ("figures",)

    commune_code: Mapped[str] = mapped_column(String(32), index=True)
    period: Mapped[str] = mapped_column(String(32))
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    peers: Mapped[int] = mapped_column(Integer, default=0)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    figures: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (
        UniqueConstraint("unit_code", "commune_code", "period", name="uq_rollup_standing_key"),
    )


class SubmissionDeadline(Record):
    """Hạn gửi dữ liệu: by when communes must send their bundle for a period (set upstairs)."""

    __tablename__ = "submission_deadline"
    __authority__ = authority.UPPER
    __entity__ = "submission_deadlines"
    __label__ = "Hạn gửi dữ liệu lên cấp trên"

    period: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("unit_code", "period", name="uq_submission_deadline_key"),)


class ReferenceDocument(Record):
    """A reference file the upper level distributes (deadline rules, holidays, a rubric):
    the version, its hash and the JSON text, so a commune can load what its province uses."""

    __tablename__ = "reference_document"
    __authority__ = authority.UPPER
    __entity__ = "reference_documents"
    __label__ = "Tài liệu tham chiếu của cấp trên"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[str] = mapped_column(String(64), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(255), default="")
    content: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("unit_code", "kind", name="uq_reference_document_key"),)
