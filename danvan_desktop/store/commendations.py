"""Tables of the commendations area (DOMAIN §7): rounds (đợt khen thưởng), proposals (đề nghị
khen thưởng) for a collective, an individual or a model, and the decisions (quyết định khen
thưởng) that grant them.

All three are the commune's own records and travel up (OWNER): the commune proposes, and it
records the decisions it issues itself and transcribes the ones its superior issued about its
people (the issuing body says whose decision it was). Subjects are matched by a folded name
(`subject_key`) and, for a model, by its UUID, so a history survives spelling with or without
diacritics.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class CommendationRound(Record):
    """One round: an occasion (the 15/10 tradition day), a year and the level that holds it."""

    __tablename__ = "commendation_round"
    __authority__ = authority.OWNER
    __entity__ = "commendation_rounds"
    __label__ = "Đợt khen thưởng"

    occasion: Mapped[str] = mapped_column(String(255))
    year: Mapped[int] = mapped_column(Integer, index=True)
    level: Mapped[str] = mapped_column(String(16), default="commune")  # commune, district, …
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class CommendationDecision(Record):
    """A decision (quyết định khen thưởng): number, date, issuing body and signer."""

    __tablename__ = "commendation_decision"
    __authority__ = authority.OWNER
    __parents__ = {"round_id": "commendation_rounds"}
    __entity__ = "commendation_decisions"
    __label__ = "Quyết định khen thưởng"

    round_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("commendation_round.id"), index=True
    )
    number: Mapped[str] = mapped_column(String(64))
    signed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    issuing_body: Mapped[str] = mapped_column(String(255), default="")
    signer: Mapped[str] = mapped_column(String(255), default="")
    signer_title: Mapped[str] = mapped_column(String(255), default="")
    level: Mapped[str] = mapped_column(String(16), default="commune")
    note: Mapped[str] = mapped_column(Text, default="")


class CommendationProposal(Record):
    """A proposal: who (collective, individual or model), which form at which level, the
    achievements and the grounds (a recognised model, a scoring result), and its outcome."""

    __tablename__ = "commendation_proposal"
    __authority__ = authority.OWNER
    __parents__ = {
        "round_id": "commendation_rounds",
        "model_id": "models",
        "decision_id": "commendation_decisions",
    }
    __entity__ = "commendation_proposals"
    __label__ = "Đề nghị khen thưởng"
    __unaudited__ = ("subject_key",)

    round_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("commendation_round.id"), index=True
    )
    year: Mapped[int] = mapped_column(Integer, index=True)  # the round's year
    form: Mapped[str] = mapped_column(String(32), default="giay_khen")
    level: Mapped[str] = mapped_column(String(16), default="commune")
    subject_kind: Mapped[str] = mapped_column(String(16), default="individual")
    subject_name: Mapped[str] = mapped_column(String(255))
    position: Mapped[str] = mapped_column(String(255), default="")  # chức vụ
    subject_unit: Mapped[str] = mapped_column(String(255), default="")  # đơn vị
    model_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("dvk_model.id"), index=True)
    achievements: Mapped[str] = mapped_column(Text, default="")
    #: the self-assessment (scoring_evaluations) whose class grounds the proposal
    evaluation_id: Mapped[str | None] = mapped_column(String(36))
    grounds: Mapped[str] = mapped_column(Text, default="")  # the grounds in words, as proposed
    status: Mapped[str] = mapped_column(String(16), default="proposed", index=True)
    proposed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    decision_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("commendation_decision.id"), index=True
    )
    #: folded subject name: what history and the cycle rule match (derived, not audited)
    subject_key: Mapped[str] = mapped_column(String(255), default="", index=True)
