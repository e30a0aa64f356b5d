"""Rounds, proposals and decisions: create, edit, delete on the records core, with the area's
content rules — a decision needs its number and a date not in the future; a proposal is "được
khen" only through a decision; the cycle rule warns (never blocks) when the same subject was
commended at the same level too recently, and flags a level holding more rounds than allowed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold
from danvan_desktop.services import records
from danvan_desktop.services.commendations import vocab
from danvan_desktop.services.commendations.vocab import GRANTED, PROPOSED, REFUSED, SUBMITTED
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.commendations import (
    CommendationDecision,
    CommendationProposal,
    CommendationRound,
)
from danvan_desktop.store.dvk_models import DvkModel

ROUND, PROPOSAL, DECISION = "đợt khen thưởng", "đề nghị khen thưởng", "quyết định khen thưởng"


@dataclass
class RoundInput:
    occasion: str
    year: int
    level: str = "commune"
    held_on: dt.date | None = None
    note: str = ""


@dataclass
class ProposalInput:
    round_id: str
    subject_kind: str
    subject_name: str = ""
    form: str = "giay_khen"
    level: str = "commune"
    position: str = ""
    subject_unit: str = ""
    model_id: str | None = None
    achievements: str = ""
    evaluation_id: str | None = None
    grounds: str = ""
    proposed_on: dt.date | None = None
    status: str = PROPOSED


@dataclass
class DecisionInput:
    number: str
    signed_on: dt.date | None
    issuing_body: str = ""
    signer: str = ""
    signer_title: str = ""
    level: str = "commune"
    round_id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Saved:
    """A saved record's id and the cycle rule's warnings (Vietnamese sentences, not refusals)."""

    id: str
    warnings: tuple[str, ...] = field(default=())


# ---- rounds ------------------------------------------------------------------------------------


def _check_round(data: RoundInput) -> None:
    if not data.occasion:
        raise RuleViolation(
            "Chưa nhập dịp khen thưởng (ví dụ: Ngày truyền thống 15/10).", "occasion"
        )
    if data.level not in vocab.LEVELS:
        raise RuleViolation(f"Cấp khen thưởng “{data.level}” không có trong danh mục.", "level")
    if not 1945 <= int(data.year) <= 2100:
        raise RuleViolation(f"Năm {data.year} không hợp lệ.", "year")


def round_warnings(s: Session, unit_code: str, level: str, year: int) -> list[str]:
    """A level holding more rounds in the rule's window than it allows (5 years / 2 rounds)."""
    rule = vocab.load_cycle()
    allowed = rule.rounds.get(level)
    if not allowed:
        return []
    first = year - rule.window_years + 1
    years = sorted(
        s.scalars(
            select(CommendationRound.year).where(
                CommendationRound.deleted.is_(False),
                CommendationRound.unit_code == unit_code,
                CommendationRound.level == level,
                CommendationRound.year.between(first, year + rule.window_years - 1),
            )
        )
    )
    # any window of `window_years` consecutive years holding more rounds than allowed
    for start in sorted(set(years)):
        inside = [y for y in years if start <= y < start + rule.window_years]
        if len(inside) > allowed and start <= year < start + rule.window_years:
            return [
                f"Đã có {len(inside)} đợt khen thưởng {rule.labels.get(level, level)} trong "
                f"{rule.window_years} năm {start}–{start + rule.window_years - 1} "
                f"(năm {', '.join(str(y) for y in inside)}), nhiều hơn quy định "
                f"{allowed} đợt/{rule.window_years} năm."
            ]
    return []


def save_round(ctx: AppContext, data: RoundInput, round_id: str | None = None) -> Saved:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = records.save(
            s,
            CommendationRound,
            data,
            _check_round,
            row=round_id,
            ctx=ctx,
            what=ROUND,
            values=lambda d: {
                "unit_code": ctx.unit_code,
                "held_on": d.held_on or vocab.load_cycle().day_of(int(d.year)),
            },
        )
        return Saved(row.id, tuple(round_warnings(s, ctx.unit_code, row.level, row.year)))


def delete_round(ctx: AppContext, round_id: str) -> None:
    def guard(s: Session, row: CommendationRound) -> None:
        n = s.scalar(
            select(CommendationProposal.id).where(
                CommendationProposal.round_id == row.id, CommendationProposal.deleted.is_(False)
            )
        )
        if n:
            raise RuleViolation("Đợt khen thưởng đã có đề nghị: xóa các đề nghị trước.")

    records.tombstone(ctx, CommendationRound, round_id, ROUND, guard=guard)


# ---- proposals ---------------------------------------------------------------------------------


def _check_proposal(data: ProposalInput) -> None:
    if data.subject_kind not in vocab.SUBJECT_KINDS:
        raise RuleViolation(
            "Chưa chọn đối tượng đề nghị (tập thể, cá nhân, mô hình).", "subject_kind"
        )
    if data.subject_kind == "model" and not data.model_id:
        raise RuleViolation("Đề nghị khen mô hình phải chọn mô hình trong sổ mô hình.", "model_id")
    if not data.subject_name:
        raise RuleViolation("Chưa nhập tên tập thể hoặc cá nhân được đề nghị.", "subject_name")
    if data.form not in vocab.FORMS:
        raise RuleViolation(f"Hình thức khen thưởng “{data.form}” không có trong danh mục.", "form")
    if data.level not in vocab.LEVELS:
        raise RuleViolation(f"Cấp khen thưởng “{data.level}” không có trong danh mục.", "level")
    if data.status not in vocab.STATUSES:
        raise RuleViolation(f"Trạng thái “{data.status}” không hợp lệ.", "status")
    if data.status == GRANTED:
        raise RuleViolation(
            "Đề nghị chỉ được ghi “Được khen” khi có quyết định khen thưởng: hãy ghi quyết định "
            "và chọn đề nghị này.",
            "status",
        )


def subject_key(name: str) -> str:
    return fold(name)[:255]


def cycle_warnings(
    s: Session,
    unit_code: str,
    *,
    level: str,
    year: int,
    name: str,
    model_id: str | None,
    exclude: str | None = None,
) -> list[str]:
    """The same subject proposed or commended at the same level within the rule's spacing
    (5 years / rounds): one Vietnamese sentence per earlier commendation, naming it."""
    gap = vocab.load_cycle().gap_years(level)
    if gap is None:
        return []
    match = CommendationProposal.subject_key == subject_key(name)
    if model_id:
        match = match | (CommendationProposal.model_id == model_id)
    q = (
        select(CommendationProposal, CommendationDecision)
        .outerjoin(
            CommendationDecision, CommendationDecision.id == CommendationProposal.decision_id
        )
        .where(
            CommendationProposal.deleted.is_(False),
            CommendationProposal.unit_code == unit_code,
            CommendationProposal.level == level,
            CommendationProposal.status != REFUSED,
            match,
            CommendationProposal.year > year - gap,
            CommendationProposal.year < year + gap,
        )
        .order_by(CommendationProposal.year)
    )
    out = []
    level_label = vocab.LEVELS.get(level, level).lower()
    for p, d in s.execute(q):
        if p.id == exclude:
            continue
        what = vocab.label(vocab.FORMS, p.form).lower()
        if d is not None:
            earlier = (
                f"“{p.subject_name}” đã được khen ({what}, {level_label}) năm {p.year} theo "
                f"Quyết định số {d.number} ngày {fmt_date(d.signed_on)}"
            )
        else:
            earlier = (
                f"“{p.subject_name}” đã được đề nghị khen ({what}, {level_label}) năm {p.year}"
                f" ({vocab.label(vocab.STATUSES, p.status).lower()})"
            )
        out.append(
            f"{earlier}: quy định khen {level_label} "
            f"{vocab.load_cycle().rounds[level]} lần trong {vocab.load_cycle().window_years} năm, "
            "đề nghị lần này cần có lý do xứng đáng."
        )
    return out


def _proposal_values(s: Session, ctx: AppContext, d: ProposalInput, today: dt.date) -> dict:
    rnd = records.get(s, CommendationRound, d.round_id, ROUND)
    records.check_owned(ctx, rnd, ROUND)
    values: dict = {"unit_code": ctx.unit_code, "year": rnd.year}
    values["proposed_on"] = d.proposed_on or today
    if d.proposed_on and d.proposed_on > today:
        raise RuleViolation(
            f"Ngày đề nghị không thể là ngày trong tương lai ({fmt_date(d.proposed_on)}).",
            "proposed_on",
        )
    if d.subject_kind != "model":
        values["model_id"] = d.model_id or None
    return values


def save_proposal(
    ctx: AppContext,
    data: ProposalInput,
    proposal_id: str | None = None,
    *,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> Saved:
    """Create or edit a proposal; a model subject takes its name from the register when left
    empty. Returns its id with the cycle rule's warnings."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        return save_proposal_in(s, ctx, data, proposal_id, expected_revision, today)


def save_proposal_in(
    s: Session,
    ctx: AppContext,
    data: ProposalInput,
    proposal_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> Saved:
    """`save_proposal` inside the caller's transaction (several proposals in one step)."""
    today = today or dt.date.today()
    keep_status = False
    if data.model_id and not data.subject_name:
        model = records.get(s, DvkModel, data.model_id, "mô hình")
        data = dataclasses.replace(data, subject_name=model.person_name or model.name)
    if proposal_id:
        old = records.get(s, CommendationProposal, proposal_id, PROPOSAL)
        # a granted proposal keeps its status: only its decision changes it
        keep_status = old.status == GRANTED
        if keep_status:  # passes the check; the column is skipped below
            data = dataclasses.replace(data, status=PROPOSED)
    row = records.save(
        s,
        CommendationProposal,
        data,
        _check_proposal,
        expected_revision,
        row=proposal_id,
        ctx=ctx,
        what=PROPOSAL,
        skip=("status",) if keep_status else (),
        values=lambda d: _proposal_values(s, ctx, d, today),
        derive=lambda r: setattr(r, "subject_key", subject_key(r.subject_name)),
    )
    warnings = cycle_warnings(
        s,
        ctx.unit_code,
        level=row.level,
        year=row.year,
        name=row.subject_name,
        model_id=row.model_id,
        exclude=row.id,
    )
    return Saved(row.id, tuple(warnings))


def delete_proposal(ctx: AppContext, proposal_id: str) -> None:
    def guard(_s: Session, row: CommendationProposal) -> None:
        if row.status == GRANTED:
            raise RuleViolation("Đề nghị đã được khen theo quyết định: không xóa được.")

    records.tombstone(ctx, CommendationProposal, proposal_id, PROPOSAL, guard=guard)


def set_status(ctx: AppContext, proposal_ids: Sequence[str], status: str) -> int:
    """Mark proposals "đã trình" or "không được khen" (or back to "đề xuất"); "được khen"
    only comes from a decision."""
    if status == GRANTED:
        raise RuleViolation(
            "Đề nghị chỉ được ghi “Được khen” khi có quyết định khen thưởng.", "status"
        )
    if status not in (PROPOSED, SUBMITTED, REFUSED):
        raise RuleViolation(f"Trạng thái “{status}” không hợp lệ.", "status")
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        n = 0
        for pid in proposal_ids:
            row = records.get_owned(ctx, s, CommendationProposal, pid, PROPOSAL)
            if row.status == GRANTED:
                raise RuleViolation(
                    f"“{row.subject_name}” đã được khen theo quyết định: không đổi trạng thái."
                )
            row.status = status
            n += 1
        return n


# ---- decisions ---------------------------------------------------------------------------------


def _check_decision(today: dt.date):  # noqa: ANN202
    def check(d: DecisionInput) -> None:
        if not d.number:
            raise RuleViolation("Quyết định khen thưởng phải có số quyết định.", "number")
        if d.signed_on is None:
            raise RuleViolation("Quyết định khen thưởng phải có ngày ký.", "signed_on")
        if d.signed_on > today:
            raise RuleViolation(
                f"Ngày ký quyết định không thể là ngày trong tương lai ({fmt_date(d.signed_on)}).",
                "signed_on",
            )
        if d.level not in vocab.LEVELS:
            raise RuleViolation(f"Cấp khen thưởng “{d.level}” không có trong danh mục.", "level")

    return check


def save_decision(
    ctx: AppContext,
    data: DecisionInput,
    grant: Sequence[str] = (),
    decision_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> str:
    """Record a decision and mark the proposals it grants "được khen" (one transaction)."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        row = records.save(
            s,
            CommendationDecision,
            data,
            _check_decision(today),
            row=decision_id,
            ctx=ctx,
            what=DECISION,
            values={"unit_code": ctx.unit_code},
        )
        for pid in grant:
            p = records.get_owned(ctx, s, CommendationProposal, pid, PROPOSAL)
            if p.decision_id and p.decision_id != row.id:
                other = s.get(CommendationDecision, p.decision_id)
                raise RuleViolation(
                    f"“{p.subject_name}” đã được khen theo Quyết định số "
                    f"{other.number if other else '?'}: không ghi vào quyết định khác."
                )
            p.decision_id, p.status = row.id, GRANTED
        s.flush()
        return row.id


def delete_decision(ctx: AppContext, decision_id: str) -> None:
    """Tombstone a decision; the proposals it granted go back to "đã trình"."""

    def guard(s: Session, row: CommendationDecision) -> None:
        for p in s.scalars(
            select(CommendationProposal).where(CommendationProposal.decision_id == row.id)
        ):
            p.decision_id, p.status = None, SUBMITTED

    records.tombstone(ctx, CommendationDecision, decision_id, DECISION, guard=guard)
