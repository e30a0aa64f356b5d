"""The upper level's screen, one module per tab (issue 9: no room over 600 lines)."""

from danvan_desktop.ui.areas import UPPER, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "upper_level",
    translate("upper_level", "Tổng hợp các xã"),
    "danvan_desktop.ui.upper_level_screen:UpperLevelScreen",
    levels=UPPER,
    order=10,
    tooltip=translate(
        "upper_level",
        "Nhập gói dữ liệu của các xã, tình hình gửi, tổng hợp, ý kiến và bản tổng hợp",
    ),
)
