"""SQLAlchemy tables of the register of "Dân vận khéo" models (DOMAIN §3): models and exemplars,
their fields of work, transitions, yearly reviews, evidence files.

"Model" means three things in this project, so each is named for what it is: a *DVK model*
(mô hình Dân vận khéo, `DvkModel` here, `domain.models`, `services.models`), a *table*
(a SQLAlchemy mapped class, the contents of `store/`), and a Qt *item model* (`ui/*_model`,
classes ending in `TableModel`/`ItemModel`).

References between records are by UUID strings, so they survive export to another unit's
database unchanged (integer keys never leave the database).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class ModelField(Record):
    """Lĩnh vực: an extensible list (the four of DOMAIN §1 are seeded)."""

    __tablename__ = "model_field"
    __authority__ = authority.OWNER
    __label__ = "Lĩnh vực"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class DvkModel(Record):
    """Mô hình / điển hình "Dân vận khéo" with every registration item of the 2026 form."""

    __tablename__ = "dvk_model"
    __authority__ = authority.OWNER
    __entity__ = "models"
    __label__ = "Mô hình, điển hình"
    __unaudited__ = ("search_text", "sort_name")

    kind: Mapped[str] = mapped_column(String(16), default="model")
    name: Mapped[str] = mapped_column(String(500))
    field_code: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(32), default="draft", index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    owner_unit_code: Mapped[str | None] = mapped_column(String(32), index=True)
    owner_kind: Mapped[str] = mapped_column(String(16), default="hamlet")
    owner_name: Mapped[str] = mapped_column(String(255), default="")
    #: For an exemplar: the person or collective honoured.
    person_name: Mapped[str] = mapped_column(String(255), default="")
    # Registration items (DOMAIN §3, a real 2026 commune form).
    situation: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    beneficiaries: Mapped[str] = mapped_column(Text, default="")
    lead_force: Mapped[str] = mapped_column(Text, default="")
    coordinating_forces: Mapped[str] = mapped_column(Text, default="")
    participating_forces: Mapped[str] = mapped_column(Text, default="")
    budget_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    labour_days: Mapped[int] = mapped_column(Integer, default=0)
    contributions_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    milestones: Mapped[str] = mapped_column(Text, default="")
    evaluation_date: Mapped[dt.date | None] = mapped_column(Date)
    outputs: Mapped[str] = mapped_column(Text, default="")
    sustainability: Mapped[str] = mapped_column(Text, default="")
    recognised_level: Mapped[str | None] = mapped_column(String(16))
    recognised_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_no: Mapped[str] = mapped_column(String(64), default="")
    replicated_from_id: Mapped[str | None] = mapped_column(String(36), index=True)
    #: Folded name + owner + person: what the diacritic-free search matches (derived, not audited).
    search_text: Mapped[str] = mapped_column(Text, default="")
    #: Name folded for Vietnamese sorting on servers without our collation.
    sort_name: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_dvk_model_list", "deleted", "year", "status"),)


class ModelTransition(Record):
    """One dated step of a model's lifecycle, who made it and why."""

    __tablename__ = "model_transition"
    __authority__ = authority.OWNER
    __parents__ = {"model_id": "models"}
    __entity__ = "model_transitions"
    __label__ = "Bước của mô hình"

    model_id: Mapped[str] = mapped_column(String(36), ForeignKey("dvk_model.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    on_date: Mapped[dt.date] = mapped_column(Date)
    by_user: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ModelReview(Record):
    """Yearly review (rà soát, đánh giá hằng năm) of a recognised model."""

    __tablename__ = "model_review"
    __authority__ = authority.OWNER
    __parents__ = {"model_id": "models"}
    __entity__ = "model_reviews"
    __label__ = "Rà soát hằng năm"

    model_id: Mapped[str] = mapped_column(String(36), ForeignKey("dvk_model.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(16))
    reviewed_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Evidence(Record):
    """A file (photo, minutes, document) attached to a record; the bytes live in the evidence store."""

    __tablename__ = "evidence"
    __authority__ = authority.OWNER
    __parents__ = {"record_id": "@record_entity"}
    __label__ = "Minh chứng"

    record_id: Mapped[str] = mapped_column(String(36), index=True)
    record_entity: Mapped[str] = mapped_column(String(64), default="models")
    step: Mapped[str] = mapped_column(String(32), default="")
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
