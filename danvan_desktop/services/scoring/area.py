"""Scoring's registration as an area: its sheet of the consolidated workbook (the year's
scorecard so far). Scoring reads the other areas' indicators; it declares none itself."""

from __future__ import annotations

from danvan_desktop.services.areas import ServiceArea
from danvan_desktop.services.scoring import sheets as scoring_sheets

AREA = ServiceArea(
    key="scoring",
    label="Chấm điểm thi đua",
    order=90,
    sheets=scoring_sheets.sheets,
)
