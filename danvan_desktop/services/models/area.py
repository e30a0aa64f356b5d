"""The models area's registration (issue 9): per commune, the models and exemplars registered
and recognised in a year, the first figures communes are ranked on. The upper level shows them
in a view of its own (by field and status), so no generic tab repeats them. On the home
screen: the recognised models not yet reviewed this year (warnings.py).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.services import upper_level
from danvan_desktop.services.areas import FigureGroup, Figures, FigureSpan, Metric, ServiceArea
from danvan_desktop.services.models import sheets as model_sheets
from danvan_desktop.services.models.indicators import INDICATORS
from danvan_desktop.services.models.report_section import report_section
from danvan_desktop.services.models.warnings import warning_lines


def _figures(session: Session, span: FigureSpan) -> dict[str, Figures]:
    cells = upper_level.model_cells_by_unit(session, span.year)
    registered: Figures = {}
    recognised: Figures = {}
    for code in span.unit_codes:
        mine = cells.get(code, {})
        registered[code] = sum(n for (_f, st), n in mine.items() if st != ModelStatus.DRAFT.value)
        recognised[code] = sum(n for (_f, st), n in mine.items() if st in upper_level.RECOGNISED)
    return {"models_recognised": recognised, "models_registered": registered}


FIGURES = FigureGroup(
    key="models",
    label="Mô hình, điển hình",
    metrics=(
        Metric("models_recognised", "Mô hình, điển hình được công nhận"),
        Metric("models_registered", "Mô hình, điển hình đã đăng ký"),
    ),
    compute=_figures,
    generic_view=False,
)

AREA = ServiceArea(
    key="models",
    label="Mô hình, điển hình",
    report_section=report_section,
    order=10,
    figures=(FIGURES,),
    indicators=INDICATORS,
    sheets=model_sheets.sheets,
    warnings=warning_lines,
)
