"""Rubric versions in the database: import from JSON or Excel, issue to the units below, and
find the rubric a unit scores a year on. A version is never edited in place: importing a changed
file adds a row with its own content hash; importing the same content again finds the old row."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.rubric import Rubric, Subject
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring.indicators import catalogue
from danvan_desktop.store.scoring import ScoringRubric
from danvan_desktop.store.settings import set_setting
from danvan_desktop.store.units import Unit

DEFAULT_FILES = {
    Subject.UNIT_YEAR: "rubric_commune_default.json",
    Subject.MODEL: "rubric_model_default.json",
}


@dataclass(frozen=True)
class RubricRow:
    id: str
    code: str
    version: str
    title: str
    subject: str
    year: int | None
    content_hash: str
    owner: str
    issued_on: dt.date | None
    source: str


def _row(r: ScoringRubric) -> RubricRow:
    return RubricRow(
        r.id,
        r.code,
        r.version,
        r.title,
        r.subject,
        r.year,
        r.content_hash,
        r.unit_code,
        r.issued_on,
        r.source,
    )


def parse_file(path: Path) -> Rubric:
    """A rubric from a .json or .xlsx file, checked against the indicators this app computes."""
    known = set(catalogue())
    if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        from danvan_desktop.services.scoring.rubric_excel import read_rubric_workbook

        return read_rubric_workbook(Path(path), known)
    return Rubric.load(Path(path), known)


def store(session: Session, unit_code: str, rubric: Rubric, source: str = "") -> ScoringRubric:
    """The row for this content (an existing one when the same content was stored before)."""
    found = session.scalars(
        select(ScoringRubric).where(
            ScoringRubric.unit_code == unit_code,
            ScoringRubric.content_hash == rubric.content_hash,
            ScoringRubric.deleted.is_(False),
        )
    ).first()
    if found is not None:
        return found
    row = ScoringRubric(
        unit_code=unit_code,
        code=rubric.id,
        version=rubric.version,
        content_hash=rubric.content_hash,
        title=rubric.title,
        subject=rubric.subject.value,
        year=rubric.year,
        body=json.dumps(dict(rubric.raw), ensure_ascii=False, sort_keys=True),
        source=source[:255],
    )
    session.add(row)
    session.flush()
    return row


def require_upper(session: Session, unit_code: str) -> None:
    level = session.scalar(select(Unit.level).where(Unit.code == unit_code))
    if level not in ("province", "cluster"):
        raise RuleViolation(
            "Bộ tiêu chí do cấp trên (tỉnh, cụm) nhập và ban hành; xã nhận bộ tiêu chí qua gói "
            "tham chiếu của cấp trên."
        )


def import_file(ctx: AppContext, path: Path) -> RubricRow:
    """The upper level loads a rubric file (a commune receives its rubric from above)."""
    ctx.require(Permission.EDIT)
    rubric = parse_file(path)
    with ctx.session() as s:
        require_upper(s, ctx.unit_code)
        return _row(store(s, ctx.unit_code, rubric, Path(path).name))


def template(subject: Subject) -> Rubric:
    """The shipped template: a commune scores on it until its superior issues a rubric (a
    working draft, never submitted; it is not stored, so nothing of it travels)."""
    return Rubric.load(default_rules_dir() / DEFAULT_FILES[subject], set(catalogue()))


def issue(ctx: AppContext, rubric_id: str, on: dt.date | None = None) -> RubricRow:
    """The upper level issues a rubric to the units below: it travels down in its bundles."""
    ctx.require(Permission.APPROVE)
    with ctx.session() as s:
        row = s.get(ScoringRubric, rubric_id)
        if row is None or row.deleted:
            raise NotFound("Không tìm thấy bộ tiêu chí.")
        if row.unit_code != ctx.unit_code:
            raise RuleViolation("Chỉ ban hành được bộ tiêu chí của đơn vị mình.")
        require_upper(s, ctx.unit_code)
        row.issued_on = on or dt.date.today()
        if row.subject == Subject.UNIT_YEAR.value:
            mark_bundles(s, row.version, row.content_hash)
        return _row(row)


def mark_bundles(session: Session, version: str, content_hash: str) -> None:
    """The rubric this install scores on: every bundle it writes names it in its manifest
    (rubric_version, rubric_hash), and an import warns when a bundle names another."""
    set_setting(session, "rubric_version", version)
    set_setting(session, "rubric_hash", content_hash)


def load(row: ScoringRubric) -> Rubric:
    return Rubric.from_dict(json.loads(row.body))


def superior(session: Session, unit_code: str) -> str | None:
    return session.scalar(select(Unit.parent_code).where(Unit.code == unit_code))


def issued_for(
    session: Session, unit_code: str, year: int, subject: Subject = Subject.UNIT_YEAR
) -> ScoringRubric | None:
    """The newest rubric the unit's superior issued for the year (or for any year)."""
    parent = superior(session, unit_code)
    if not parent:
        return None
    rows = session.scalars(
        select(ScoringRubric)
        .where(
            ScoringRubric.unit_code == parent,
            ScoringRubric.issued_on.is_not(None),
            ScoringRubric.subject == subject.value,
            ScoringRubric.deleted.is_(False),
        )
        .order_by(ScoringRubric.issued_on.desc(), ScoringRubric.created_at.desc())
    ).all()
    for r in rows:
        if r.year == year:
            return r
    return next((r for r in rows if r.year is None), None)


def list_rubrics(ctx: AppContext) -> list[RubricRow]:
    with ctx.read() as s:
        rows = s.scalars(
            select(ScoringRubric)
            .where(ScoringRubric.deleted.is_(False))
            .order_by(ScoringRubric.created_at.desc())
        ).all()
        return [_row(r) for r in rows]


def load_by_id(ctx: AppContext, rubric_id: str) -> Rubric:
    """A stored rubric by its row id (to show or export it)."""
    with ctx.read() as s:
        row = s.get(ScoringRubric, rubric_id)
        if row is None or row.deleted:
            raise NotFound("Không tìm thấy bộ tiêu chí.")
        return load(row)
