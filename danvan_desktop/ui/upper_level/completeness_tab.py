"""The "Tình hình gửi dữ liệu" tab: who sent what for the period, filtered by name and status."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from danvan_desktop.domain.text import fold
from danvan_desktop.services import upper_level as ul
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.upper_level.table import (
    GAP_COLOUR,
    SUBMISSION_COLOURS,
    ListColumn,
    ListTableModel,
    local_time,
    make_table,
)


def _sub_colour(r: ul.CompletenessRow) -> str:
    return SUBMISSION_COLOURS[r.status]


def completeness_columns() -> list[ListColumn]:
    bg = _sub_colour
    return [
        ListColumn(
            translate("upper_level.completeness_tab", "Mã"),
            lambda r: r.code,
            width=52,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Xã, phường, đặc khu"),
            lambda r: r.name,
            width=200,
            background=bg,
            bold=lambda r: True,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Tình trạng"),
            lambda r: r.status.label,
            sort=lambda r: list(ul.Submission).index(r.status),
            width=128,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Gói trong kỳ"),
            lambda r: r.received or "",
            sort=lambda r: r.received,
            align_right=True,
            width=62,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Số TT gói mới nhất"),
            lambda r: r.last_seq or "",
            sort=lambda r: r.last_seq or 0,
            align_right=True,
            width=72,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Ngày lập gói"),
            lambda r: local_time(r.last_created),
            sort=lambda r: r.last_created,
            width=112,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Ngày nhập"),
            lambda r: local_time(r.last_imported),
            sort=lambda r: r.last_imported,
            width=112,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Muộn (ngày)"),
            lambda r: r.days_late or "",
            sort=lambda r: r.days_late,
            align_right=True,
            width=62,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Gói bị thay thế"),
            lambda r: r.superseded or "",
            sort=lambda r: r.superseded,
            align_right=True,
            width=68,
            background=bg,
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Gói còn thiếu"),
            lambda r: ", ".join(map(str, r.gaps)),
            sort=lambda r: len(r.gaps),
            width=84,
            background=bg,
            foreground=lambda r: GAP_COLOUR if r.gaps else None,
            bold=lambda r: bool(r.gaps),
            tooltip=lambda r: (
                (
                    translate("upper_level.completeness_tab", "Chưa nhận các gói số ")
                    + ", ".join(map(str, r.gaps))
                )
                if r.gaps
                else ""
            ),
        ),
        ListColumn(
            translate("upper_level.completeness_tab", "Số bản ghi"),
            lambda r: r.records or "",
            sort=lambda r: r.records,
            align_right=True,
            width=70,
            background=bg,
        ),
    ]


class CompletenessTab(QWidget):
    """The completeness table with its filters (name or code, typed without diacritics too;
    a status, or "still missing bundles") and the colour legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[ul.CompletenessRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            translate(
                "upper_level.completeness_tab",
                "Lọc theo tên hoặc mã đơn vị (gõ không dấu cũng được)…",
            )
        )
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(
            translate("upper_level.completeness_tab", "Tất cả tình trạng"), None
        )
        for st in ul.Submission:
            self.status_filter.addItem(st.label, st.value)
        self.status_filter.addItem(
            translate("upper_level.completeness_tab", "Còn thiếu gói"), "gaps"
        )
        self.model = ListTableModel(completeness_columns(), self)
        self.table = make_table(
            self.model,
            "completeness_table",
            [c.width for c in self.model.columns],
            wrap_headers=True,
        )
        legend = QLabel(
            "  ".join(
                f"<span style='background:{SUBMISSION_COLOURS[s]}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                f" {s.label}"
                for s in ul.Submission
            )
            + translate(
                "upper_level.completeness_tab",
                "  <span style='color:{GAP_COLOUR}'><b>1, 2</b></span> gói còn thiếu",
            ).format(GAP_COLOUR=GAP_COLOUR)
        )
        legend.setTextFormat(Qt.TextFormat.RichText)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _: self.apply_filter())

    def set_rows(self, rows: list[ul.CompletenessRow]) -> None:
        self.all_rows = list(rows)
        self.apply_filter()

    def apply_filter(self) -> None:
        words = fold(self.search.text()).split()
        wanted = self.status_filter.currentData()
        self.model.set_rows(
            [
                r
                for r in self.all_rows
                if all(w in fold(f"{r.name} {r.code}") for w in words)
                and (wanted is None or (wanted == "gaps" and r.gaps) or r.status.value == wanted)
            ]
        )
