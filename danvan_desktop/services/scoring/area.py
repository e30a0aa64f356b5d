"""The scoring area's registration: its section of the periodic report (the year's score so far
and class). Its indicators are collected by scoring itself (services.scoring.indicators)."""

from __future__ import annotations

from danvan_desktop.services.areas import ServiceArea
from danvan_desktop.services.scoring.report_section import report_section

AREA = ServiceArea(
    key="scoring",
    label="Chấm điểm phong trào",
    report_section=report_section,
    order=60,
)
