"""Kế hoạch (issue 11): the commune's implementing plans, the documents from above they answer,
the movement's steering committee and its funding; at an upper level, which communes made their
plan for each document, when, on time or late, and how far each has got."""

from danvan_desktop.ui.areas import EVERYWHERE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "plans",
    translate("plans", "Kế hoạch"),
    "danvan_desktop.ui.plans.screen:build_screen",
    # the commune's screen at a commune, the upper level's view above it (screen.build_screen)
    levels=EVERYWHERE,
    order=22,
    tooltip=translate(
        "plans",
        "Kế hoạch thực hiện văn bản cấp trên, tiến độ công việc, Ban Chỉ đạo phong trào, kinh phí",
    ),
)
