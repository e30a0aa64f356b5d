"""The evidence a unit cites on a manual criterion: files copied into the evidence store beside
the database (content-addressed, so they travel in data bundles under their hash) or links to
records. Attaching or removing one never touches the criterion's points, note or reason, and
follows the score's own rules: the unit's own evaluation, while it is still editable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.rubric import Subject
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.evidence import evidence_file, store_file
from danvan_desktop.services.records import record_label
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.evaluations import EDITABLE, STATUS_LABELS
from danvan_desktop.store.base import SYNCED
from danvan_desktop.store.scoring import ScoringCriterionScore, ScoringEvaluation, ScoringRubric


@dataclass(frozen=True)
class Cited:
    """One cited item as the screens list it."""

    kind: str  # "file" or "record"
    name: str  # the file's name, or the record's entity
    sha256: str = ""
    size: int | None = None
    entity: str = ""
    record_id: str = ""
    path: Path | None = None  # the stored file when it is here (None: not sent / not a file)
    label: str = ""  # a cited record's one-line name ("Đối thoại: 12/03/2026 – …")

    @property
    def key(self) -> str:
        return self.sha256 if self.kind == "file" else f"{self.entity}:{self.record_id}"


def _items(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def _cited(ctx: AppContext, item: dict[str, Any]) -> Cited | None:
    kind = item.get("kind")
    if kind == "file" and isinstance(item.get("sha256"), str):
        sha = item["sha256"]
        size = item.get("size")
        return Cited(
            "file",
            str(item.get("name") or sha[:12]),
            sha256=sha,
            size=size if type(size) is int else None,
            path=evidence_file(ctx, sha),
        )
    if kind == "record":
        entity, rid = str(item.get("entity", "")), str(item.get("id", ""))
        return Cited("record", entity, entity=entity, record_id=rid)
    return None


def cited(ctx: AppContext, evaluation_id: str) -> dict[str, list[Cited]]:
    """Every criterion's cited evidence of an evaluation (readable by the unit and by the upper
    level that received it); files not here have path None."""
    with ctx.read() as s:
        rows = s.scalars(
            select(ScoringCriterionScore).where(
                ScoringCriterionScore.evaluation_id == evaluation_id,
                ScoringCriterionScore.deleted.is_(False),
            )
        )
        texts = {r.code: r.evidence for r in rows}
        out: dict[str, list[Cited]] = {}
        for code, text in texts.items():
            found = [c for c in (_cited(ctx, i) for i in _items(text)) if c is not None]
            if found:
                out[code] = labelled(s, found)
    return out


def labelled(s: Session, items: list[Cited]) -> list[Cited]:
    """Cited records with their one-line names (a record not here keeps its kind and id)."""
    out = []
    for c in items:
        cls = SYNCED.get(c.entity) if c.kind == "record" else None
        row = s.get(cls, c.record_id) if cls is not None else None
        if row is not None:
            kind = cls.__label__ if cls is not None else c.entity
            c = replace(c, label=f"{kind}: {record_label(row)}")
        out.append(c)
    return out


def _checked(ctx: AppContext, s: Session, evaluation_id: str, code: str) -> ScoringEvaluation:
    """The evaluation, after the same checks as a score of the criterion."""
    row = s.get(ScoringEvaluation, evaluation_id)
    if row is None or row.deleted:
        raise NotFound("Không tìm thấy phiếu chấm điểm.")
    if row.unit_code != ctx.unit_code:
        raise PermissionDenied("Phiếu chấm điểm này của đơn vị khác: chỉ xem, không sửa được.")
    if row.status not in EDITABLE:
        raise RuleViolation(
            f"Phiếu chấm đang ở trạng thái “{STATUS_LABELS[row.status]}”: "
            "không thêm, bớt minh chứng được."
        )
    rubric_row = s.get(ScoringRubric, row.rubric_id) if row.rubric_id else None
    rubric = rubrics.load(rubric_row) if rubric_row else rubrics.template(Subject(row.subject))
    try:
        crit = rubric.criterion(code)
    except KeyError:
        raise NotFound(f"Bộ tiêu chí không có tiêu chí {code}.") from None
    if crit.is_group or crit.scored_by.value == "upper":
        raise RuleViolation(f"Tiêu chí {code} không nhận minh chứng của đơn vị.")
    return row


def _editable_score(
    ctx: AppContext, s: Session, evaluation_id: str, code: str
) -> ScoringCriterionScore:
    """The criterion's score row (made if missing) after the checks."""
    row = _checked(ctx, s, evaluation_id, code)
    score = s.scalars(
        select(ScoringCriterionScore).where(
            ScoringCriterionScore.evaluation_id == row.id, ScoringCriterionScore.code == code
        )
    ).first()
    if score is None:
        # no points yet: the row only carries the evidence (points None = the suggestion)
        score = ScoringCriterionScore(unit_code=row.unit_code, evaluation_id=row.id, code=code)
        s.add(score)
    elif score.deleted:
        score.deleted, score.points, score.note, score.override_reason = False, None, "", ""
        score.evidence = "[]"
    if row.status == "self_scored":
        row.status = "draft"  # as a score change does: it must be marked done again
    return score


def _check(ctx: AppContext, evaluation_id: str, code: str) -> None:
    with ctx.read() as s:
        _checked(ctx, s, evaluation_id, code)


def attach_file(ctx: AppContext, evaluation_id: str, code: str, path: Path) -> Cited:
    """Copy the file into the evidence store and cite it on the criterion (once per content)."""
    ctx.require(Permission.EDIT)
    _check(ctx, evaluation_id, code)  # refuse before copying anything
    sha, size = store_file(ctx.files_dir, Path(path))
    name = Path(path).name
    with ctx.session() as s:
        score = _editable_score(ctx, s, evaluation_id, code)
        items = _items(score.evidence)
        if not any(i.get("kind") == "file" and i.get("sha256") == sha for i in items):
            items.append({"kind": "file", "sha256": sha, "name": name, "size": size})
            score.evidence = json.dumps(items, ensure_ascii=False)
    return Cited("file", name, sha256=sha, size=size, path=evidence_file(ctx, sha))


def remove_evidence(ctx: AppContext, evaluation_id: str, code: str, key: str) -> None:
    """Stop citing one item (a file's hash, or "entity:id"); the stored file stays, since
    another criterion or record may cite the same content."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        score = _editable_score(ctx, s, evaluation_id, code)
        items = _items(score.evidence)
        kept = [
            i
            for i in items
            if not (
                (i.get("kind") == "file" and i.get("sha256") == key)
                or (i.get("kind") == "record" and f"{i.get('entity')}:{i.get('id')}" == key)
            )
        ]
        if len(kept) == len(items):
            raise NotFound("Tiêu chí không còn minh chứng này.")
        score.evidence = json.dumps(kept, ensure_ascii=False)
