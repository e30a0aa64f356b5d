"""Reading the register of "Dân vận khéo" models: list, search, count and page for the
screens (sorted in SQL, Vietnamese order via the stored sort key), stream for exports, and
one model with its history, reviews, evidence and copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, fields

from sqlalchemy import ColumnElement, Select, and_, func, select

from danvan_desktop.services.context import AppContext

# Transitions only a leader (who approves and signs) may make.
from danvan_desktop.services.models.entries import ModelDetail, ModelInput, live_model
from danvan_desktop.store.dvk_models import (
    DvkModel,
    Evidence,
    ModelField,
    ModelReview,
    ModelTransition,
)
from danvan_desktop.store.queries import distinct_years, like_words, live_rows


@dataclass(frozen=True)
class ModelRow:
    """One line of the register list."""

    id: str
    name: str
    kind: str
    field_name: str
    status: str
    year: int
    owner_name: str
    start_date: dt.date | None
    recognised_level: str | None
    updated_at: dt.datetime


@dataclass
class ModelFilter:
    text: str = ""
    field_code: str | None = None
    status: str | None = None
    year: int | None = None
    owner_unit_code: str | None = None
    kind: str | None = None
    unit_code: str | None = None  # upper level: one commune's records
    ids: tuple[str, ...] = ()  # only these models (a home-screen line opened)


SORTS = {
    "name": DvkModel.sort_name,
    "year": DvkModel.year,
    "status": DvkModel.status,
    "updated": DvkModel.updated_at,
    "field": DvkModel.field_code,
}


# ---- queries ----------------------------------------------------------------------------


def field_names(ctx: AppContext) -> dict[str, str]:
    with ctx.read() as s:
        rows = s.execute(
            select(ModelField.code, ModelField.name)
            .where(ModelField.deleted.is_(False))
            .order_by(ModelField.sort_order, ModelField.name)
        )
        return dict(rows.all())


def _filtered(q: Select, f: ModelFilter) -> Select:
    conds: list[ColumnElement[bool]] = [DvkModel.deleted.is_(False)]
    if f.field_code:
        conds.append(DvkModel.field_code == f.field_code)
    if f.status:
        conds.append(DvkModel.status == f.status)
    if f.year:
        conds.append(DvkModel.year == int(f.year))
    if f.owner_unit_code:
        conds.append(DvkModel.owner_unit_code == f.owner_unit_code)
    if f.kind:
        conds.append(DvkModel.kind == f.kind)
    if f.unit_code:
        conds.append(DvkModel.unit_code == f.unit_code)
    if f.ids:
        conds.append(DvkModel.id.in_(f.ids))
    conds += like_words(DvkModel.search_text, f.text)
    return q.where(and_(*conds))


def count_models(ctx: AppContext, f: ModelFilter | None = None) -> int:
    with ctx.read() as s:
        return s.execute(
            _filtered(select(func.count()).select_from(DvkModel), f or ModelFilter())
        ).scalar_one()


def list_models(
    ctx: AppContext,
    f: ModelFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
) -> list[ModelRow]:
    """One page of the list, sorted in SQL (Vietnamese order via the stored sort key)."""
    col = SORTS.get(sort, DvkModel.sort_name)
    order = [col.desc() if descending else col.asc(), DvkModel.sort_name, DvkModel.id]
    q = (
        _filtered(
            select(
                DvkModel.id,
                DvkModel.name,
                DvkModel.kind,
                ModelField.name,
                DvkModel.status,
                DvkModel.year,
                DvkModel.owner_name,
                DvkModel.start_date,
                DvkModel.recognised_level,
                DvkModel.updated_at,
            )
            .select_from(DvkModel)
            .outerjoin(ModelField, ModelField.code == DvkModel.field_code),
            f or ModelFilter(),
        )
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    with ctx.read() as s:
        return [ModelRow(*row) for row in s.execute(q)]


def iter_models(
    ctx: AppContext, f: ModelFilter | None = None, batch: int = 1000
) -> Iterator[ModelDetail]:
    """Stream every matching model (for exports): one query, one read snapshot, rows fetched in
    batches, so memory stays flat and the file matches one moment of the database."""
    names = field_names(ctx)
    columns = [c for c in DvkModel.__table__.columns]
    q = _filtered(select(*columns), f or ModelFilter()).order_by(DvkModel.sort_name, DvkModel.id)
    with ctx.read() as s:
        for row in s.execute(q.execution_options(yield_per=batch)):
            yield _detail_from_row(row._mapping, names)


def _detail_from_row(m, names: dict[str, str]) -> ModelDetail:  # noqa: ANN001
    base = {f.name: m[f.name] for f in fields(ModelInput)}
    return ModelDetail(
        **base,
        id=m["id"],
        status=m["status"],
        revision=m["revision"],
        unit_code=m["unit_code"],
        recognised_level=m["recognised_level"],
        recognised_on=m["recognised_on"],
        decision_no=m["decision_no"],
        field_name=names.get(m["field_code"], m["field_code"]),
        created_at=m["created_at"],
        updated_at=m["updated_at"],
        updated_by=m["updated_by"],
    )


def counts_by_field_status(
    ctx: AppContext, f: ModelFilter | None = None
) -> dict[tuple[str, str], int]:
    q = _filtered(select(DvkModel.field_code, DvkModel.status, func.count()), f or ModelFilter())
    with ctx.read() as s:
        return {
            (fc, st): n for fc, st, n in s.execute(q.group_by(DvkModel.field_code, DvkModel.status))
        }


def years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        return distinct_years(s, DvkModel.year)


def _detail(m: DvkModel, names: dict[str, str]) -> ModelDetail:
    return _detail_from_row({c.key: getattr(m, c.key) for c in DvkModel.__table__.columns}, names)


def get_model(ctx: AppContext, model_id: str) -> ModelDetail:
    names = field_names(ctx)
    with ctx.read() as s:
        m = live_model(s, model_id)
        d = _detail(m, names)
        d.transitions = [
            {
                "action": t.action,
                "from": t.from_status,
                "to": t.to_status,
                "on": t.on_date,
                "by": t.by_user,
                "note": t.note,
            }
            for t in s.execute(
                select(ModelTransition)
                .where(ModelTransition.model_id == m.id)
                .order_by(ModelTransition.on_date, ModelTransition.created_at)
            ).scalars()
        ]
        d.reviews = [
            {"year": r.year, "result": r.result, "on": r.reviewed_on, "notes": r.notes}
            for r in live_rows(
                s, ModelReview, ModelReview.model_id == m.id, order_by=ModelReview.year
            )
        ]
        d.evidence = [
            {
                "id": e.id,
                "file_name": e.file_name,
                "sha256": e.sha256,
                "size": e.size,
                "step": e.step,
                "note": e.note,
                "added": e.created_at,
            }
            for e in live_rows(
                s, Evidence, Evidence.record_id == m.id, order_by=Evidence.created_at
            )
        ]
        d.copies = [
            {"id": c.id, "name": c.name, "owner": c.owner_name, "status": c.status}
            for c in s.execute(
                select(DvkModel).where(
                    DvkModel.replicated_from_id == m.id, DvkModel.deleted.is_(False)
                )
            ).scalars()
        ]
        if m.replicated_from_id:
            orig = s.get(DvkModel, m.replicated_from_id)
            d.original_name = orig.name if orig else ""
        return d


def as_input(d: ModelDetail) -> ModelInput:
    return ModelInput(**{f.name: getattr(d, f.name) for f in fields(ModelInput)})
