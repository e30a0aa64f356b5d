"""Tables of the periodic-reports area (DOMAIN §7): a report with its period, layout, signer and
recipients; the narrative sections the officer writes, kept with it; and the outgoing-documents
register (sổ văn bản đi) that gives an issued report its number.

All three are the commune's own records (OWNER) and go up in bundles: the upper level reads
each report, its narratives and the figures frozen on issue (`snapshot`), never recomputing
them from rows that arrived later.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class OutgoingDocument(Record):
    """One line of the outgoing-documents register: numbers run per year and issuing body."""

    __tablename__ = "outgoing_document"
    __authority__ = authority.OWNER
    __entity__ = "outgoing_documents"
    __label__ = "Văn bản đi"

    year: Mapped[int] = mapped_column(Integer, index=True)
    body: Mapped[str] = mapped_column(String(32))  # "UBND", "ĐU": the numbering series
    layout: Mapped[str] = mapped_column(String(8), default="state")  # state, party
    number: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(16))  # "BC", "KH", "CV"
    symbol: Mapped[str] = mapped_column(String(64))  # "BC-UBND", "BC/ĐU"
    number_label: Mapped[str] = mapped_column(String(80))  # "05/BC-UBND", "152-BC/ĐU"
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")  # trích yếu
    signer: Mapped[str] = mapped_column(String(255), default="")
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    linked_type: Mapped[str] = mapped_column(String(64), default="")  # entity name
    linked_id: Mapped[str | None] = mapped_column(String(36), index=True)

    __table_args__ = (
        UniqueConstraint("unit_code", "year", "body", "number", name="uq_outgoing_number"),
    )


class PeriodicReport(Record):
    __tablename__ = "periodic_report"
    __authority__ = authority.OWNER
    __entity__ = "periodic_reports"
    __label__ = "Báo cáo định kỳ"

    #: month, quarter, half, nine_months, year, review, adhoc (report_parts.PeriodKind)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date, index=True)
    period_label: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(Text, default="")
    layout: Mapped[str] = mapped_column(String(8), default="state")
    parent_agency: Mapped[str] = mapped_column(String(255), default="")
    issuing_agency: Mapped[str] = mapped_column(String(255), default="")
    body: Mapped[str] = mapped_column(String(32), default="UBND")  # numbering series
    place: Mapped[str] = mapped_column(String(120), default="")
    signer_authority: Mapped[str] = mapped_column(String(120), default="")  # "TM. ỦY BAN NHÂN DÂN"
    signer_title: Mapped[str] = mapped_column(String(120), default="")  # "CHỦ TỊCH"
    signer_name: Mapped[str] = mapped_column(String(255), default="")
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON list (Nơi nhận)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)  # issued, sent
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    outgoing_id: Mapped[str | None] = mapped_column(String(36))
    number_label: Mapped[str] = mapped_column(String(80), default="")
    #: JSON: the computed sections (report_parts.ReportSection) frozen on issue; "" for a draft
    #: (a draft shows the sections computed now)
    snapshot: Mapped[str] = mapped_column(Text, default="")


class ReportNarrative(Record):
    """The officer's text of one section ("intro", an area's key, "shortcomings", …)."""

    __tablename__ = "report_narrative"
    __authority__ = authority.OWNER
    __parents__ = {"report_id": "periodic_reports"}
    __entity__ = "report_narratives"
    __label__ = "Nội dung báo cáo do cán bộ viết"

    report_id: Mapped[str] = mapped_column(String(36), ForeignKey("periodic_report.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("report_id", "key", name="uq_report_narrative_key"),)
