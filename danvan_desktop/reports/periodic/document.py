"""A periodic report as a document: its header, the body built from the officer's narratives
around the areas' computed sections, and its signature, the same for the PDF and the .docx."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from danvan_desktop.reports.docx_layout import DocHeading, DocTable
from danvan_desktop.reports.pdf_layout import Issuer, OfficialDocument, Signature
from danvan_desktop.services.outgoing import symbol
from danvan_desktop.services.periodic_reports.reports import AFTER, BEFORE, ReportView, area_key
from danvan_desktop.services.report_parts import ReportSection

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
Block = str | DocHeading | DocTable


def _paras(text: str) -> list[Block]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def body(
    sections: Sequence[ReportSection], narratives: Mapping[str, str], period_label: str
) -> list[Block]:
    """The report's body: I. the general situation; II. results, one numbered part per area
    (computed sentences and tables, then the officer's comment); then shortcomings, directions
    and proposals when written."""
    out: list[Block] = []
    n = 0

    def head(text: str) -> None:
        nonlocal n
        out.append(DocHeading(f"{ROMAN[n]}. {text.upper()}"))
        n += 1

    for key, title in BEFORE:
        text = narratives.get(key, "").strip()
        if text:
            head(title)
            out += _paras(text)
    head(f"Kết quả thực hiện {period_label}")
    for i, sec in enumerate(sections, 1):
        out.append(DocHeading(f"{i}. {sec.title}"))
        out += list(sec.paragraphs)
        for t in sec.tables:
            out.append(DocTable(t.headers, t.rows, t.widths, t.title))
        out += _paras(narratives.get(area_key(sec.key), ""))
    for key, title in AFTER:
        text = narratives.get(key, "").strip()
        if text:
            head(title)
            out += _paras(text)
    return out


def official(
    view: ReportView, blocks: list[Block], today: dt.date | None = None
) -> OfficialDocument:
    number = view.number_label or "      /" + symbol("BC", view.body, view.layout)
    if not view.number_label and view.layout == "party":
        number = "      -" + symbol("BC", view.body, view.layout)
    return OfficialDocument(
        issuer=Issuer(view.parent_agency, view.issuing_agency, view.layout),
        number=number,
        place=view.place,
        date=view.issued_on or today or dt.date.today(),
        doc_type="Báo cáo",
        title=view.title,
        body=list(blocks),  # type: ignore[arg-type]
        recipients=list(view.recipients),
        signature=Signature(view.signer_authority, view.signer_title, view.signer_name),
    )


def document(view: ReportView, today: dt.date | None = None) -> OfficialDocument:
    return official(view, body(view.sections, view.narratives, view.period.label), today)
