"""Trả lời kiến nghị, tự kiểm tra (issue 11): voters' petitions and the Fatherland Front's
recommendations the commune must answer, with their deadlines, and the movement's
self-inspections. The early warning's lines of record type "answers_owed" and
"answers_followups" open here (`opening.OPENS`)."""

from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "answers",
    translate("answers", "Trả lời kiến nghị"),
    "danvan_desktop.ui.answers.screen:AnswersScreen",
    levels=COMMUNE,
    order=45,
    tooltip=translate(
        "answers",
        "Kiến nghị cử tri sau kỳ họp HĐND, kiến nghị của MTTQ sau giám sát, phản biện xã hội; "
        "tự kiểm tra phong trào",
    ),
)
