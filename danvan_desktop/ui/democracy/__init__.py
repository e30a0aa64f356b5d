"""Tuyên truyền, dân chủ cơ sở (issue 11): one area, one module per register (dissemination,
publicity, matters decided, village charters) and the tabbed screen holding them."""

from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "democracy",
    translate("democracy", "Tuyên truyền, dân chủ"),
    "danvan_desktop.ui.democracy.screen:DemocracyScreen",
    levels=COMMUNE,
    order=24,
    tooltip=translate(
        "democracy",
        "Quán triệt, tuyên truyền; công khai với Nhân dân; Nhân dân bàn và quyết định; "
        "hương ước, quy ước",
    ),
)
