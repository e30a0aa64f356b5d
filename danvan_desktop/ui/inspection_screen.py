"""Kept for code that imports the inspection screen from here; it lives in ui.inspection."""

from danvan_desktop.ui.inspection.activities import ActivitiesTab
from danvan_desktop.ui.inspection.board import BoardTab
from danvan_desktop.ui.inspection.common import AMBER, GREEN, GREY, ORANGE, RED, STATUS_COLOURS
from danvan_desktop.ui.inspection.investment import InvestmentTab
from danvan_desktop.ui.inspection.plans import PlansTab
from danvan_desktop.ui.inspection.recommendations import RecommendationsTab
from danvan_desktop.ui.inspection.reports import ReportsTab
from danvan_desktop.ui.inspection.screen import InspectionScreen
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id

__all__ = [
    "AMBER",
    "GREEN",
    "GREY",
    "ORANGE",
    "RED",
    "STATUS_COLOURS",
    "ActivitiesTab",
    "BoardTab",
    "InspectionScreen",
    "InvestmentTab",
    "PlansTab",
    "RecommendationsTab",
    "ReportsTab",
    "fill_table",
    "make_table",
    "selected_id",
]
