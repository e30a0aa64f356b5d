"""The plans area's registration (issue 11): implementing plans, the steering committee and the
movement's funding. At the upper level, per commune: documents due, plans made and on time,
items done; in the commune's early warning: items overdue and due soon, documents still waiting
for a plan; for scoring: three indicators; its section of periodic reports and its sheets."""

from __future__ import annotations

from danvan_desktop.services.areas import FigureGroup, Metric, ServiceArea
from danvan_desktop.services.plans.figures import compute_figures, warning_lines
from danvan_desktop.services.plans.indicators import INDICATORS
from danvan_desktop.services.plans.report import section, sheets

FIGURES = FigureGroup(
    key="plans",
    label="Kế hoạch",
    metrics=(
        Metric(
            "plans_directives_due",
            "Văn bản cấp trên có hạn ban hành kế hoạch trong kỳ",
            ranked=False,
            short="Văn bản đến hạn",
            width=80,
        ),
        Metric(
            "plans_made",
            "Đã có kế hoạch thực hiện",
            ranked=False,
            short="Đã có kế hoạch",
            hint="Số văn bản đến hạn mà xã đã ban hành kế hoạch thực hiện (đến cuối kỳ)",
        ),
        Metric("plans_on_time", "Kế hoạch ban hành đúng hạn", ranked=False, short="Đúng hạn"),
        Metric(
            "plans_on_time_rate",
            "Tỷ lệ kế hoạch ban hành đúng hạn (%)",
            kind="rate",
            ranked=False,
            short="Tỷ lệ đúng hạn",
            ratio=("plans_on_time", "plans_directives_due"),
            hint="Văn bản có kế hoạch đúng hạn / văn bản có hạn ban hành kế hoạch trong kỳ; — : xã "
            "chưa gửi kế hoạch nào",
            width=76,
        ),
        Metric("plans_items_due", "Công việc đến hạn trong kỳ", ranked=False, on_screen=False),
        Metric("plans_items_done", "Công việc đến hạn đã xong", ranked=False, on_screen=False),
        Metric(
            "plan_items_done_rate",
            "Tỷ lệ công việc trong kế hoạch hoàn thành (%)",
            kind="rate",
            ranked=False,
            short="Việc đã xong",
            ratio=("plans_items_done", "plans_items_due"),
            hint="Công việc đến hạn trong kỳ đã xong / công việc đến hạn trong kỳ",
            width=76,
        ),
    ),
    compute=compute_figures,
    # shown, not ranked: the standing communes are ranked on is the lead's to widen (a ranked
    # metric changes every commune's standing and the keys stored in rollups)
    no_figure="chưa có văn bản hoặc công việc đến hạn để tính",
)

AREA = ServiceArea(
    key="plans",
    label="Kế hoạch thực hiện, Ban Chỉ đạo",
    # after the petitions and the inspection board: its upper-level tab comes after theirs
    order=40,
    figures=(FIGURES,),
    warnings=warning_lines,
    indicators=INDICATORS,
    report_section=section,
    sheets=sheets,
)
