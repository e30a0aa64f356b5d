"""Write a periodic report (or a consolidated one) as PDF or .docx."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Flowable

from danvan_desktop.reports.docx_layout import DocHeading, DocTable, build_docx
from danvan_desktop.reports.fonts import SERIF, face
from danvan_desktop.reports.pdf_layout import (
    OfficialDocument,
    build_pdf,
    heading,
    paragraph,
    table_flowables,
)
from danvan_desktop.reports.pdf_text import escape_markup, paragraph_style
from danvan_desktop.reports.periodic.document import document
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.periodic_reports.reports import get_report


def _caption(text: str) -> Flowable:
    from reportlab.platypus import Paragraph

    p = Paragraph(
        escape_markup(text),
        paragraph_style("caption", face(SERIF, italic=True), 13, align=TA_LEFT, space_after=3),
    )
    p.keepWithNext = True
    return p


def pdf_document(doc: OfficialDocument) -> OfficialDocument:
    """The same document with its neutral blocks turned into reportlab flowables."""
    body: list = []
    for item in doc.body:
        if isinstance(item, DocHeading):
            body.append(heading(item.text))
        elif isinstance(item, DocTable):
            if item.title:
                body.append(_caption(item.title))
            weights = list(item.widths) or [1.0] * len(item.headers)
            room = 165.0  # mm: A4 less the 30 + 15 mm side margins
            body += table_flowables(
                list(item.headers),
                [list(r) for r in item.rows],
                [room * w / sum(weights) for w in weights],
                font_size=11,
                # the sections' cells are already formatted text ("12", "86,2 %"): figures
                # centred as in the .docx, the row's name on the left
                align=["LEFT"] + ["CENTER"] * (len(item.headers) - 1),
            )
        else:
            body.append(paragraph(item) if isinstance(item, str) else item)
    return dataclasses.replace(doc, body=body)


def write(doc: OfficialDocument, out: Path) -> Path:
    """By the file's suffix: .pdf or .docx."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        return build_pdf(pdf_document(doc), out)
    if suffix == ".docx":
        return build_docx(doc, out)
    raise ValueError("Tệp báo cáo phải có đuôi .pdf hoặc .docx.")


def export_report(ctx: AppContext, report_id: str, out: Path, today: dt.date | None = None) -> Path:
    return write(document(get_report(ctx, report_id), today), out)
