"""Tables of the scoring area (DOMAIN §6): rubric versions, evaluations of a unit-year or of a
model with their criterion scores, the upper level's appraisals and a council's score sheets.

Ownership, not merging (DESIGN §2): a rubric is the issuing unit's record (the province's, sent
down; or a commune's own working copy, never used for a submission); an evaluation and its
criterion scores are the commune's; the appraisal of it is the upper level's own record that
names the evaluation by UUID. A rubric version is never edited in place: a changed file is a new
row with its own content hash, and an evaluation keeps the hash it was scored on.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class ScoringRubric(Record):
    __tablename__ = "scoring_rubric"
    __authority__ = authority.UPPER
    __entity__ = "scoring_rubrics"
    __label__ = "Bộ tiêu chí chấm điểm"

    code: Mapped[str] = mapped_column(String(64), index=True)  # the file's id
    version: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(16))  # unit_year, model
    year: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)  # the rubric file (JSON), as checked on import
    #: set when the unit issued it to the units below (a commune's working copy stays None)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(255), default="")  # file it came from

    __table_args__ = (UniqueConstraint("unit_code", "content_hash", name="uq_scoring_rubric_hash"),)


class ScoringEvaluation(Record):
    """One self-assessment: a commune's year (or one model) scored on one rubric version."""

    __tablename__ = "scoring_evaluation"
    __authority__ = authority.OWNER
    __parents__ = {"model_id": "models"}
    __entity__ = "scoring_evaluations"
    __label__ = "Phiếu tự chấm điểm"

    subject: Mapped[str] = mapped_column(String(16), default="unit_year")
    year: Mapped[int] = mapped_column(Integer, index=True)
    model_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("dvk_model.id"), index=True)
    #: the upper level's rubric row (not a foreign key: that row is the upper level's record and
    #: a draft on the shipped template has none); rubric_hash says which content it was
    rubric_id: Mapped[str | None] = mapped_column(String(36))
    rubric_hash: Mapped[str] = mapped_column(String(64))
    #: draft, self_scored, submitted, returned, appraised, published, locked
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    base: Mapped[float] = mapped_column(Float, default=0)
    bonus: Mapped[float] = mapped_column(Float, default=0)
    deduction: Mapped[float] = mapped_column(Float, default=0)
    total: Mapped[float] = mapped_column(Float, default=0)
    class_code: Mapped[str] = mapped_column(String(32), default="")
    class_label: Mapped[str] = mapped_column(String(64), default="")
    signed_by: Mapped[str] = mapped_column(String(255), default="")  # the leader who submitted
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: JSON: the indicator values and criterion results frozen at submission and at locking, so
    #: petitions recorded afterwards never change a submitted or locked result
    frozen: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint(
            "unit_code", "subject", "year", "model_id", name="uq_scoring_eval_subject"
        ),
    )


class ScoringCriterionScore(Record):
    """What the unit wrote on one criterion: its score (None: take the suggestion), a note,
    why it overrode the suggestion, and the evidence it cites (JSON list)."""

    __tablename__ = "scoring_criterion_score"
    __authority__ = authority.OWNER
    __parents__ = {"evaluation_id": "scoring_evaluations"}
    __entity__ = "scoring_criterion_scores"
    __label__ = "Điểm tự chấm theo tiêu chí"

    evaluation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("scoring_evaluation.id"), index=True
    )
    code: Mapped[str] = mapped_column(String(32))
    points: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    #: [{"kind": "file", "sha256": …, "name": …} | {"kind": "record", "entity": …, "id": …}]
    evidence: Mapped[str] = mapped_column(Text, default="[]")

    __table_args__ = (UniqueConstraint("evaluation_id", "code", name="uq_scoring_score_code"),)


class ScoringAppraisal(Record):
    """The upper level's appraisal of one commune's evaluation: criterion by criterion (JSON),
    totals, class, rank among peers, and whether it was returned for correction or published."""

    __tablename__ = "scoring_appraisal"
    __authority__ = authority.UPPER
    __for_unit__ = "commune_code"
    __entity__ = "scoring_appraisals"
    __label__ = "Thẩm định kết quả chấm điểm"

    evaluation_id: Mapped[str] = mapped_column(String(36), index=True)  # the commune's record
    commune_code: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="appraised")  # returned, published
    base: Mapped[float] = mapped_column(Float, default=0)
    bonus: Mapped[float] = mapped_column(Float, default=0)
    deduction: Mapped[float] = mapped_column(Float, default=0)
    total: Mapped[float] = mapped_column(Float, default=0)
    class_code: Mapped[str] = mapped_column(String(32), default="")
    class_label: Mapped[str] = mapped_column(String(64), default="")
    rank: Mapped[int | None] = mapped_column(Integer)
    peers: Mapped[int | None] = mapped_column(Integer)
    tie_break: Mapped[str] = mapped_column(Text, default="")  # the rule, in words
    #: {code: {"points": …, "comment": …, "claimed": …, "recomputed": …}}
    criteria: Mapped[str] = mapped_column(Text, default="{}")
    comments: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(255), default="")
    #: set at publication: the upper level's average over the communes it published that year,
    #: {top-level base group code: points, "total": points} ("" before publication), so the
    #: commune it travels down to can chart itself against the province
    averages: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("unit_code", "evaluation_id", name="uq_scoring_appraisal"),)


class ScoringCouncilScore(Record):
    """One council member's score sheet for the appraisal of a model (phiếu thẩm định)."""

    __tablename__ = "scoring_council_score"
    __authority__ = authority.OWNER
    __parents__ = {"evaluation_id": "scoring_evaluations"}
    __entity__ = "scoring_council_scores"
    __label__ = "Phiếu chấm của thành viên hội đồng thẩm định"

    evaluation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("scoring_evaluation.id"), index=True
    )
    member_name: Mapped[str] = mapped_column(String(255))
    member_role: Mapped[str] = mapped_column(String(255), default="")
    scores: Mapped[str] = mapped_column(Text, default="{}")  # {code: points}
    note: Mapped[str] = mapped_column(Text, default="")
