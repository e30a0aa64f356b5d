"""Commendations (khen thưởng, issue 11): rounds for the tradition day 15/10, proposals for
collectives, individuals and models, decisions, proposals from data, history, the certificate
and the commendation list."""

from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "commendations",
    translate("commendations", "Khen thưởng"),
    "danvan_desktop.ui.commendations.screen:CommendationsScreen",
    levels=COMMUNE,
    order=78,
    tooltip=translate(
        "commendations", "Đợt khen thưởng, đề nghị, quyết định, giấy khen và lịch sử khen thưởng"
    ),
)
