"""The home screen ("Hôm nay", issue 11): what needs attention today across every area, the
score of the year so far and the main figures, and the petitions' early warning in its second
tab. The app opens on it at commune level. At the upper level it does not show: the upper
level opens on its overview of the communes, which is its "today" (the areas' lines of what
needs attention are about one commune's own records)."""

from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "home",
    translate("home", "Hôm nay"),
    "danvan_desktop.ui.home.screen:HomeScreen",
    levels=COMMUNE,
    order=5,
    tooltip=translate(
        "home",
        "Việc cần làm hôm nay ở mọi lĩnh vực, điểm thi đua năm nay, cảnh báo sớm đơn thư",
    ),
)
