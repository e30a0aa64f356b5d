"""The dialogues area's registration (issue 9): commitments made at dialogue conferences that
are past their date and still open, for the commune's early warning."""

from __future__ import annotations

import datetime as dt

from danvan_desktop.services import dialogues, dialogues_sheets
from danvan_desktop.services.areas import ServiceArea, WarningLine
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.dialogues_section import report_section


def _warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    overdue = dialogues.open_commitments(ctx, today, overdue_only=True)
    return [
        WarningLine(
            "commitments_overdue",
            "Cam kết sau đối thoại quá hạn",
            len(overdue),
            "danger",
            "commitments",
            tuple(c.id for c in overdue),
        )
    ]


AREA = ServiceArea(
    key="dialogues",
    label="Đối thoại với nhân dân",
    report_section=report_section,
    order=22,
    warnings=_warnings,
    sheets=dialogues_sheets.sheets,
)
