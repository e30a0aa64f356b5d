"""The scoring area's registration: its section of the periodic report (the year's score so far
and class) and its sheet of the consolidated workbook (the year's scorecard so far). Scoring
reads the other areas' indicators (services.scoring.indicators); it declares none itself."""

from __future__ import annotations

from danvan_desktop.services.areas import ServiceArea
from danvan_desktop.services.scoring import sheets as scoring_sheets
from danvan_desktop.services.scoring.report_section import report_section

AREA = ServiceArea(
    key="scoring",
    label="Chấm điểm phong trào",
    report_section=report_section,
    order=60,
    sheets=scoring_sheets.sheets,
)
