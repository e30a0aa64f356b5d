"""Periodic reports (issue 11): the commune's reports upward with their narratives, issued with a
number from the outgoing register; at the upper level, who reported on time and the
consolidated report of its communes."""

from danvan_desktop.ui.areas import EVERYWHERE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "periodic_reports",
    translate("periodic_reports", "Báo cáo"),
    "danvan_desktop.ui.periodic_reports.screen:ReportsScreen",
    levels=EVERYWHERE,
    order=77,
    tooltip=translate("periodic_reports", "Báo cáo định kỳ, sơ kết, tổng kết và sổ văn bản đi"),
)
