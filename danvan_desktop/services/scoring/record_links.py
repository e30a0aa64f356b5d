"""Records a unit cites as evidence on a criterion ("the dialogue of 12/03", "model Số 4"): the
kinds of record that can be cited, the unit's own records of a kind matching a search, the link
itself, and the one-line names the screens show for cited records.

Only the unit's own live records of an owned kind are offered and accepted: a link travels up
with the self-assessment and names a record the upper level receives in the same data bundles.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from danvan_desktop.domain import authority
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import matches, sort_key
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.records import LABEL_PARTS, record_label
from danvan_desktop.services.scoring.criterion_evidence import (
    Cited,
    _check,
    _editable_score,
    _items,
)
from danvan_desktop.store.base import SYNCED, Record

#: the newest records a search looks through (a picker, not a register: refine the words)
SCAN = 3000


#: settings, not work done: nothing to cite
_NOT_EVIDENCE = frozenset({"calendar_days", "model_field"})


def _citable(cls: type[Record]) -> bool:
    cols = set(cls.__table__.columns.keys())
    return (
        cls.__authority__ == authority.OWNER
        and bool(cls.__label__)
        and any(p in cols for p in LABEL_PARTS if p not in ("number", "code"))
    )


def linkable_entities() -> list[tuple[str, str]]:
    """(entity, Vietnamese label) of every kind of record a unit may cite, by label."""
    found = [
        (e, cls.__label__) for e, cls in SYNCED.items() if _citable(cls) and e not in _NOT_EVIDENCE
    ]
    return sorted(found, key=lambda x: sort_key(x[1]))  # Vietnamese order: Đ after D


def _class(entity: str) -> type[Record]:
    cls = SYNCED.get(entity)
    if cls is None or not _citable(cls) or entity in _NOT_EVIDENCE:
        raise RuleViolation(f"Không dẫn được loại hồ sơ “{entity}” làm minh chứng.", "entity")
    return cls


def candidates(
    ctx: AppContext, entity: str, words: str = "", limit: int = 200
) -> list[tuple[str, str]]:
    """(id, label) of the unit's live records of `entity` whose label contains every word
    of `words` (without diacritics: "dan van kheo" finds "Dân vận khéo"), newest first."""
    cls = _class(entity)
    out: list[tuple[str, str]] = []
    with ctx.read() as s:
        rows = s.scalars(
            select(cls)
            .where(cls.unit_code == ctx.unit_code, cls.deleted.is_(False))
            .order_by(cls.created_at.desc())
            .limit(SCAN)
        )
        for r in rows:
            label = record_label(r)
            if matches(words, label):
                out.append((r.id, label))
                if len(out) >= limit:
                    break
    return out


def link_record(
    ctx: AppContext, evaluation_id: str, code: str, entity: str, record_id: str
) -> Cited:
    """Cite one of the unit's own records on the criterion (once)."""
    ctx.require(Permission.EDIT)
    _check(ctx, evaluation_id, code)
    cls = _class(entity)
    with ctx.session() as s:
        row = s.get(cls, record_id)
        if row is None or row.deleted:
            raise NotFound("Không tìm thấy hồ sơ được dẫn.")
        if row.unit_code != ctx.unit_code:
            raise RuleViolation("Chỉ dẫn được hồ sơ của chính đơn vị làm minh chứng.")
        label = record_label(row)
        score = _editable_score(ctx, s, evaluation_id, code)
        items = _items(score.evidence)
        if not any(
            i.get("kind") == "record" and i.get("entity") == entity and i.get("id") == record_id
            for i in items
        ):
            items.append({"kind": "record", "entity": entity, "id": record_id})
            score.evidence = json.dumps(items, ensure_ascii=False)
    return Cited("record", entity, entity=entity, record_id=record_id, label=label)
