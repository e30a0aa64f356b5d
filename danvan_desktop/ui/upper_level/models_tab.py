"""The "Mô hình, điển hình theo đơn vị" tab: communes side by side by status, ranked, with a
read-only drill-down into one commune's models and the upper level's decisions on them."""

from __future__ import annotations

from danvan_desktop.domain.models import ModelKind, ModelStatus
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.models_screen import STATUS_COLOURS
from danvan_desktop.ui.paged_model import Column as PagedColumn
from danvan_desktop.ui.upper_level.decisions_tab import decision_text
from danvan_desktop.ui.upper_level.table import ListColumn


def aggregate_columns(
    ranks: dict[str, int], decisions: dict[str, dict[str, int]]
) -> list[ListColumn]:
    shown = [
        ModelStatus.REGISTERED,
        ModelStatus.IN_PROGRESS,
        ModelStatus.PROPOSED,
        ModelStatus.APPRAISED_PASS,
        ModelStatus.RECOGNISED,
        ModelStatus.REPLICATED,
        ModelStatus.MAINTAINED,
        ModelStatus.DECLINING,
    ]
    cols = [
        ListColumn(
            translate("upper_level.models_tab", "Hạng"),
            lambda a: ranks.get(a.code, ""),
            sort=lambda a: ranks.get(a.code, 0),
            align_right=True,
            width=50,
        ),
        ListColumn(
            translate("upper_level.models_tab", "Xã, phường, đặc khu"),
            lambda a: a.name,
            width=210,
            bold=lambda a: True,
        ),
        ListColumn(
            translate("upper_level.models_tab", "Tổng"),
            lambda a: a.total,
            align_right=True,
            width=55,
        ),
        ListColumn(
            translate("upper_level.models_tab", "Được công nhận (cộng)"),
            lambda a: a.recognised,
            align_right=True,
            width=84,
            background=lambda a: "#d9f2d6" if a.recognised else None,
            tooltip=lambda a: translate(
                "upper_level.models_tab",
                "Đã công nhận, đang nhân rộng, duy trì tốt hoặc giảm hiệu quả",
            ),
        ),
    ]
    for st in shown:
        cols.append(
            ListColumn(
                st.label,
                lambda a, st=st: a.by_status.get(st.value) or "",
                sort=lambda a, st=st: a.by_status.get(st.value, 0),
                align_right=True,
                width=78,
                background=lambda a, st=st: (
                    STATUS_COLOURS.get(st.value) if a.by_status.get(st.value) else None
                ),
            )
        )
    cols.append(
        ListColumn(
            translate("upper_level.models_tab", "Khác"),
            lambda a: (a.total - sum(a.by_status.get(s.value, 0) for s in shown)) or "",
            align_right=True,
            width=55,
        )
    )
    cols.append(
        ListColumn(
            translate("upper_level.models_tab", "Ý kiến, quyết định của cấp trên"),
            lambda a: decision_text(decisions.get(a.code, {})),
            width=150,
        )
    )
    return cols


def models_columns() -> list[PagedColumn]:
    return [
        PagedColumn(
            translate("upper_level.models_tab", "Tên mô hình, điển hình"),
            lambda r: r.name,
            "name",
            width=360,
        ),
        PagedColumn(
            translate("upper_level.models_tab", "Loại"),
            lambda r: ModelKind(r.kind).label,
            None,
            width=80,
        ),
        PagedColumn(
            translate("upper_level.models_tab", "Lĩnh vực"),
            lambda r: r.field_name,
            "field",
            width=150,
        ),
        PagedColumn(
            translate("upper_level.models_tab", "Năm"),
            lambda r: r.year,
            "year",
            align_right=True,
            width=55,
        ),
        PagedColumn(
            translate("upper_level.models_tab", "Trạng thái"),
            lambda r: ModelStatus(r.status).label,
            "status",
            width=130,
            background=lambda r: STATUS_COLOURS.get(r.status),
        ),
        PagedColumn(
            translate("upper_level.models_tab", "Đơn vị xây dựng"),
            lambda r: r.owner_name,
            None,
            width=170,
        ),
    ]
