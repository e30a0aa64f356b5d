"""Ban Thanh tra nhân dân và giám sát đầu tư của cộng đồng: one area, one module per tab
(board, plans, activities, recommendations, reports, investment) and the screen holding them."""

from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate

NAV = Area(
    "inspection",
    translate("inspection", "Thanh tra nhân dân"),
    "danvan_desktop.ui.inspection.screen:InspectionScreen",
    levels=COMMUNE,
    order=60,
    tooltip=(
        translate(
            "inspection",
            "Ban Thanh tra nhân dân: thành viên, kế hoạch, giám sát, kiến nghị, báo cáo; "
            "giám sát đầu tư của cộng đồng",
        )
    ),
)
