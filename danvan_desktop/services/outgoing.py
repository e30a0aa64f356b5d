"""The outgoing-documents register (sổ văn bản đi): every document the unit issues takes the next
number of its series (one per year and issuing body: the People's Committee "UBND", the Party
committee "ĐU"), inside the caller's transaction, so a number is given exactly once and a
failed issue gives none. A number is never reused: a tombstoned entry still holds it.

Symbols follow the two layouts (DOMAIN §7): NĐ 30/2020 "Số: 05/BC-UBND" (type-body, the number
padded to two digits), HD 36 "Số 152-BC/ĐU" (number-type/body).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.text import fold
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.periodic_reports import OutgoingDocument

#: document type codes of NĐ 30/2020 Phụ lục III (those the app issues)
DOC_TYPES = {
    "BC": "Báo cáo",
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "TTr": "Tờ trình",
}

#: issuing bodies whose documents follow the Party layout (HD 36)
PARTY_BODIES = ("ĐU", "ĐU-BTGDV", "BTGDV")


def layout_of(body: str) -> str:
    return "party" if body in PARTY_BODIES else "state"


def symbol(doc_type: str, body: str, layout: str) -> str:
    return f"{doc_type}/{body}" if layout == "party" else f"{doc_type}-{body}"


def number_label(number: int, doc_type: str, body: str, layout: str) -> str:
    if layout == "party":
        return f"{number}-{symbol(doc_type, body, layout)}"
    return f"{number:02d}/{symbol(doc_type, body, layout)}"


def take_number(
    ctx: AppContext,
    s: Session,
    *,
    body: str,
    doc_type: str,
    day: dt.date,
    summary: str,
    signer: str,
    recipients: Sequence[str],
    linked_type: str = "",
    linked_id: str | None = None,
    layout: str | None = None,
) -> OutgoingDocument:
    """Register a document in `s` (the caller's transaction) with the next number of its
    series; returns the new entry (its `number_label` goes on the document)."""
    body = body.strip()
    doc_type = doc_type.strip()
    if not body or not doc_type:
        raise RuleViolation("Văn bản đi cần có cơ quan ban hành và loại văn bản.")
    layout = layout or layout_of(body)
    unit = ctx.unit_code
    # Tombstoned entries count: a number once given is never given again.
    last = s.scalar(
        select(func.max(OutgoingDocument.number)).where(
            OutgoingDocument.unit_code == unit,
            OutgoingDocument.year == day.year,
            OutgoingDocument.body == body,
        )
    )
    number = int(last or 0) + 1
    row = OutgoingDocument(
        unit_code=unit,
        year=day.year,
        body=body,
        layout=layout,
        number=number,
        doc_type=doc_type,
        symbol=symbol(doc_type, body, layout),
        number_label=number_label(number, doc_type, body, layout),
        day=day,
        summary=summary.strip(),
        signer=signer.strip(),
        recipients=json.dumps([r for r in recipients if r.strip()], ensure_ascii=False),
        linked_type=linked_type,
        linked_id=linked_id,
    )
    s.add(row)
    s.flush()
    return row


@dataclass(frozen=True)
class OutgoingRow:
    id: str
    number_label: str
    number: int
    day: dt.date
    doc_type: str
    type_label: str
    body: str
    summary: str
    signer: str
    recipients: list[str]
    linked_type: str
    linked_id: str | None


def _row(r: OutgoingDocument) -> OutgoingRow:
    return OutgoingRow(
        r.id,
        r.number_label,
        r.number,
        r.day,
        r.doc_type,
        DOC_TYPES.get(r.doc_type, r.doc_type),
        r.body,
        r.summary,
        r.signer,
        list(json.loads(r.recipients or "[]")),
        r.linked_type,
        r.linked_id,
    )


def list_outgoing(
    ctx: AppContext, year: int | None = None, text: str = "", unit_code: str | None = None
) -> list[OutgoingRow]:
    """The register, newest first; `text` matches number or summary (accents optional)."""
    q = select(OutgoingDocument).where(
        OutgoingDocument.deleted.is_(False),
        OutgoingDocument.unit_code == (unit_code or ctx.unit_code),
    )
    if year is not None:
        q = q.where(OutgoingDocument.year == year)
    with ctx.read() as s:
        rows = [
            _row(r)
            for r in s.scalars(
                q.order_by(OutgoingDocument.day.desc(), OutgoingDocument.number.desc())
            )
        ]
    needle = fold(text.strip())
    if needle:
        rows = [r for r in rows if needle in fold(f"{r.number_label} {r.summary} {r.signer}")]
    return rows


__all__ = ["DOC_TYPES", "OutgoingRow", "layout_of", "list_outgoing", "number_label", "take_number"]
