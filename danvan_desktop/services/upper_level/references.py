"""Reference documents an upper unit distributes downward (deadline rules, holidays, rubric)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.upper_level.scope import require_upper
from danvan_desktop.store.upper_level import (
    ReferenceDocument,
)

# ---- reference documents ------------------------------------------------------------------

REFERENCE_KINDS = {
    "deadline_rules": "Quy định về thời hạn",
    "holidays": "Lịch ngày nghỉ",
    "rubric": "Bộ tiêu chí chấm điểm",
    "limits": "Giới hạn dung lượng tệp minh chứng",
}


@dataclass(frozen=True)
class ReferenceInfo:
    id: str
    kind: str
    kind_label: str
    version: str
    sha256: str
    title: str
    owner_unit: str
    updated_at: dt.datetime | None


def publish_reference(
    ctx: AppContext, kind: str, content: str, version: str = "", title: str = ""
) -> str:
    """Register (or replace) the reference file of `kind` this unit distributes downward.

    Without `version`, the file's own is used: the newest of its `versions` list (deadline rules)
    or its `version` field (a rubric), else the start of its hash."""
    ctx.require(Permission.EDIT)
    require_upper(ctx)
    if kind not in REFERENCE_KINDS:
        raise RuleViolation(f"Loại tài liệu tham chiếu không hợp lệ: {kind}.", "kind")
    try:
        doc = json.loads(content)
    except ValueError:
        raise RuleViolation("Tài liệu tham chiếu phải là tệp JSON hợp lệ.", "content") from None
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    version = clean(version) or _own_version(doc) or digest[:12]
    with ctx.session() as s:
        row = s.execute(
            select(ReferenceDocument).where(
                ReferenceDocument.unit_code == ctx.unit_code, ReferenceDocument.kind == kind
            )
        ).scalar_one_or_none()
        if row is None:
            row = ReferenceDocument(kind=kind, unit_code=ctx.unit_code)
            s.add(row)
        row.version, row.sha256, row.content, row.deleted = version, digest, content, False
        own_title = clean(str(doc.get("title", ""))) if isinstance(doc, dict) else ""
        row.title = (clean(title) or own_title or REFERENCE_KINDS[kind])[:255]
        s.flush()
        return row.id


def _own_version(doc: object) -> str:
    if not isinstance(doc, dict):
        return ""
    versions = doc.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[-1], dict):
        return clean(str(versions[-1].get("version", "")))[:64]
    return clean(str(doc.get("version", "")))[:64]


def reference_documents(ctx: AppContext) -> list[ReferenceInfo]:
    with ctx.read() as s:
        rows = s.execute(
            select(ReferenceDocument)
            .where(ReferenceDocument.deleted.is_(False))
            .order_by(ReferenceDocument.kind)
        ).scalars()
        return [
            ReferenceInfo(
                r.id,
                r.kind,
                REFERENCE_KINDS.get(r.kind, r.kind),
                r.version,
                r.sha256,
                r.title,
                r.unit_code,
                r.updated_at,
            )
            for r in rows
        ]


def reference_content(ctx: AppContext, kind: str) -> str | None:
    """The newest content of a reference kind received from (or published by) an upper unit."""
    with ctx.read() as s:
        row = s.execute(
            select(ReferenceDocument.content)
            .where(ReferenceDocument.kind == kind, ReferenceDocument.deleted.is_(False))
            .order_by(ReferenceDocument.updated_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        return row
