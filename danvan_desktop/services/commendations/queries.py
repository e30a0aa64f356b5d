"""What the screens, the CLI and the documents read: proposals with their round and decision,
rounds with their counts, decisions, and the history of one subject (a person, a collective or
a model), matched without diacritics and by the model link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.text import fold, matches
from danvan_desktop.services import records
from danvan_desktop.services.commendations import vocab
from danvan_desktop.services.commendations.records import PROPOSAL, subject_key
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.commendations import (
    CommendationDecision,
    CommendationProposal,
    CommendationRound,
)
from danvan_desktop.store.dvk_models import DvkModel


@dataclass(frozen=True)
class ProposalRow:
    id: str
    revision: int
    unit_code: str
    round_id: str
    occasion: str
    year: int
    form: str
    level: str
    subject_kind: str
    subject_name: str
    position: str
    subject_unit: str
    model_id: str | None
    achievements: str
    evaluation_id: str | None
    grounds: str
    status: str
    proposed_on: dt.date
    decision_id: str | None
    decision_number: str
    decision_date: dt.date | None
    issuing_body: str
    signer: str
    signer_title: str

    @property
    def form_label(self) -> str:
        return vocab.label(vocab.FORMS, self.form)

    @property
    def level_label(self) -> str:
        return vocab.label(vocab.LEVELS, self.level)

    @property
    def kind_label(self) -> str:
        return vocab.label(vocab.SUBJECT_KINDS, self.subject_kind)

    @property
    def status_label(self) -> str:
        return vocab.label(vocab.STATUSES, self.status)


@dataclass(frozen=True)
class RoundRow:
    id: str
    revision: int
    occasion: str
    year: int
    level: str
    held_on: dt.date | None
    note: str
    proposals: int
    granted: int

    @property
    def title(self) -> str:
        return f"{self.occasion} — năm {self.year} ({vocab.label(vocab.LEVELS, self.level)})"


@dataclass(frozen=True)
class DecisionRow:
    id: str
    number: str
    signed_on: dt.date
    issuing_body: str
    signer: str
    signer_title: str
    level: str
    round_id: str | None
    granted: int


def _proposal_query() -> Select:
    return (
        select(CommendationProposal, CommendationRound, CommendationDecision)
        .join(CommendationRound, CommendationRound.id == CommendationProposal.round_id)
        .outerjoin(
            CommendationDecision,
            (CommendationDecision.id == CommendationProposal.decision_id)
            & CommendationDecision.deleted.is_(False),
        )
        .where(CommendationProposal.deleted.is_(False))
    )


def _row(
    p: CommendationProposal, r: CommendationRound, d: CommendationDecision | None
) -> ProposalRow:
    return ProposalRow(
        id=p.id,
        revision=p.revision,
        unit_code=p.unit_code,
        round_id=p.round_id,
        occasion=r.occasion,
        year=p.year,
        form=p.form,
        level=p.level,
        subject_kind=p.subject_kind,
        subject_name=p.subject_name,
        position=p.position,
        subject_unit=p.subject_unit,
        model_id=p.model_id,
        achievements=p.achievements,
        evaluation_id=p.evaluation_id,
        grounds=p.grounds,
        status=p.status,
        proposed_on=p.proposed_on,
        decision_id=d.id if d else None,
        decision_number=d.number if d else "",
        decision_date=d.signed_on if d else None,
        issuing_body=d.issuing_body if d else "",
        signer=d.signer if d else "",
        signer_title=d.signer_title if d else "",
    )


def proposal_rows(s: Session, unit_codes: Sequence[str], *conds: Any) -> list[ProposalRow]:
    q = _proposal_query().where(CommendationProposal.unit_code.in_(list(unit_codes)), *conds)
    q = q.order_by(
        CommendationProposal.year.desc(),
        CommendationProposal.proposed_on,
        CommendationProposal.created_at,
    )
    return [_row(p, r, d) for p, r, d in s.execute(q)]


def list_proposals(
    ctx: AppContext,
    *,
    year: int | None = None,
    round_id: str | None = None,
    status: str | None = None,
    query: str = "",
) -> list[ProposalRow]:
    """This unit's proposals, newest year first; `query` matches without diacritics the
    subject, its unit, position, achievements and the decision number."""
    conds: list[Any] = []
    if year is not None:
        conds.append(CommendationProposal.year == year)
    if round_id:
        conds.append(CommendationProposal.round_id == round_id)
    if status:
        conds.append(CommendationProposal.status == status)
    with ctx.read() as s:
        rows = proposal_rows(s, [ctx.unit_code], *conds)
    if query.strip():
        rows = [
            r
            for r in rows
            if matches(
                query,
                " ".join(
                    (r.subject_name, r.subject_unit, r.position, r.achievements, r.decision_number)
                ),
            )
        ]
    return rows


def get_proposal(ctx: AppContext, proposal_id: str) -> ProposalRow:
    with ctx.read() as s:
        records.get(s, CommendationProposal, proposal_id, PROPOSAL)
        p, r, d = s.execute(_proposal_query().where(CommendationProposal.id == proposal_id)).one()
        return _row(p, r, d)


def list_rounds(ctx: AppContext) -> list[RoundRow]:
    with ctx.read() as s:
        rounds = list(
            s.scalars(
                select(CommendationRound)
                .where(
                    CommendationRound.deleted.is_(False),
                    CommendationRound.unit_code == ctx.unit_code,
                )
                .order_by(CommendationRound.year.desc(), CommendationRound.held_on)
            )
        )
        counts: dict[str, list[int]] = {}
        for rid, st in s.execute(
            select(CommendationProposal.round_id, CommendationProposal.status).where(
                CommendationProposal.deleted.is_(False),
                CommendationProposal.unit_code == ctx.unit_code,
            )
        ):
            c = counts.setdefault(rid, [0, 0])
            c[0] += 1
            c[1] += st == vocab.GRANTED
        return [
            RoundRow(
                r.id,
                r.revision,
                r.occasion,
                r.year,
                r.level,
                r.held_on,
                r.note,
                *counts.get(r.id, [0, 0]),
            )
            for r in rounds
        ]


def list_decisions(ctx: AppContext) -> list[DecisionRow]:
    with ctx.read() as s:
        granted: dict[str, int] = {}
        for (did,) in s.execute(
            select(CommendationProposal.decision_id).where(
                CommendationProposal.deleted.is_(False),
                CommendationProposal.decision_id.is_not(None),
            )
        ):
            if did:
                granted[did] = granted.get(did, 0) + 1
        rows = s.scalars(
            select(CommendationDecision)
            .where(
                CommendationDecision.deleted.is_(False),
                CommendationDecision.unit_code == ctx.unit_code,
            )
            .order_by(CommendationDecision.signed_on.desc())
        )
        return [
            DecisionRow(
                d.id,
                d.number,
                d.signed_on,
                d.issuing_body,
                d.signer,
                d.signer_title,
                d.level,
                d.round_id,
                granted.get(d.id, 0),
            )
            for d in rows
        ]


# ---- history of a subject ------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """One subject as the history lists it: a name (and model) with its counts."""

    kind: str
    name: str
    model_id: str | None
    proposals: int
    granted: int
    last_year: int

    @property
    def kind_label(self) -> str:
        return vocab.label(vocab.SUBJECT_KINDS, self.kind)


def subjects(ctx: AppContext, query: str = "") -> list[Subject]:
    """Every subject ever proposed, one line per model or per folded name."""
    found: dict[str, list] = {}
    for r in list_proposals(ctx):
        key = f"model:{r.model_id}" if r.model_id else f"name:{subject_key(r.subject_name)}"
        entry = found.setdefault(key, [r.subject_kind, r.subject_name, r.model_id, 0, 0, r.year])
        entry[3] += 1
        entry[4] += r.status == vocab.GRANTED
        entry[5] = max(entry[5], r.year)
    out = [Subject(*e) for e in found.values()]
    if query.strip():
        out = [x for x in out if matches(query, x.name)]
    return sorted(out, key=lambda x: (fold(x.name), x.kind))


def history(ctx: AppContext, *, name: str = "", model_id: str | None = None) -> list[ProposalRow]:
    """Every proposal (with its decision) for one subject: the same name without diacritics
    ("Nguyen Thi Huong" finds "Nguyễn Thị Hường"), or the model — by its link, and by the
    model's own name and person written on proposals made without the link."""
    keys = {subject_key(name)} if name.strip() else set()
    with ctx.read() as s:
        if model_id:
            model = records.get(s, DvkModel, model_id, "mô hình")
            keys |= {subject_key(model.name), subject_key(model.person_name)}
        keys.discard("")
        cond: Any = CommendationProposal.subject_key.in_(sorted(keys))
        if model_id:
            cond = cond | (CommendationProposal.model_id == model_id)
        rows = proposal_rows(s, [ctx.unit_code], cond)
    return sorted(rows, key=lambda r: (r.year, r.proposed_on))


@dataclass(frozen=True)
class ModelChoice:
    """A model as the proposal form's picker shows it."""

    id: str
    name: str
    person_name: str
    status: str
    recognised_level: str | None
    recognised_on: dt.date | None
    owner_name: str

    @property
    def recognised(self) -> bool:
        return self.status in ("recognised", "replicated", "maintained", "declining")

    @property
    def title(self) -> str:
        who = f"{self.person_name} — " if self.person_name else ""
        when = f" (công nhận {self.recognised_on.year})" if self.recognised_on else ""
        return f"{who}{self.name}{when}"


def model_choices(ctx: AppContext, *, recognised_only: bool = False) -> list[ModelChoice]:
    """This unit's live models and exemplars, recognised ones first, newest first."""
    with ctx.read() as s:
        rows = s.scalars(
            select(DvkModel).where(DvkModel.deleted.is_(False), DvkModel.unit_code == ctx.unit_code)
        )
        out = [
            ModelChoice(
                m.id,
                m.name,
                m.person_name,
                m.status,
                m.recognised_level,
                m.recognised_on,
                m.owner_name,
            )
            for m in rows
        ]
    if recognised_only:
        out = [m for m in out if m.recognised]
    return sorted(
        out,
        key=lambda m: (
            not m.recognised,
            -(m.recognised_on or dt.date.min).toordinal(),
            fold(m.name),
        ),
    )
