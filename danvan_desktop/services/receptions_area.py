"""The citizen-reception area's registration (issue 9): months of this year, already over,
in which a presiding officer held fewer reception days than the rules require, for the
commune's early warning."""

from __future__ import annotations

import datetime as dt

from danvan_desktop.services import receptions, receptions_sheets
from danvan_desktop.services.areas import ServiceArea, WarningLine
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.receptions_indicators import INDICATORS
from danvan_desktop.services.receptions_section import report_section


def _warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    short = [
        r
        for r in receptions.compliance(ctx, today.year, today)
        if r.month < today.month and r.held < r.required
    ]
    return [
        WarningLine(
            "reception_days_short",
            "Tháng chưa đủ số ngày tiếp công dân định kỳ",
            len(short),
            "warn",
            "reception_sessions",
        )
    ]


AREA = ServiceArea(
    key="receptions",
    label="Tiếp công dân",
    report_section=report_section,
    order=21,
    warnings=_warnings,
    indicators=INDICATORS,  # reception days, dialogues and commitments
    sheets=receptions_sheets.sheets,
)
