"""Scoring the movement (issue 10): the commune's self-assessment of the year and, at the upper
level, the appraisal and ranking of its communes."""

from danvan_desktop.ui.areas import EVERYWHERE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "scoring",
    translate("scoring", "Chấm điểm phong trào"),
    "danvan_desktop.ui.scoring.screen:ScoringScreen",
    levels=EVERYWHERE,
    order=75,
    tooltip=translate("scoring", "Tự chấm điểm, thẩm định và xếp hạng phong trào “Dân vận khéo”"),
)
