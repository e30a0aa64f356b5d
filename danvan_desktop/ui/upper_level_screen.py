"""Cấp trên (province or intermediate level): import a whole folder of commune bundles, scan
who has sent what for a period, look at the communes' models side by side and drill down into
one commune's records (read-only), compare their petitions and People's Inspection Board
figures, record the upper level's own decisions on them, and send rollups back down.

Only shown for an upper-level install (see ui.areas). Long work (import, rollup export, Excel)
runs through ui.tasks.run_task with progress and cancel; widgets never query the database,
they call services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date, fmt_datetime
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.models import ModelKind, ModelStatus
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold
from danvan_desktop.services import models
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.models_screen import STATUS_COLOURS
from danvan_desktop.ui.paged_model import Column as PagedColumn
from danvan_desktop.ui.paged_model import PagedTableModel, paged_view
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import DateEdit, FieldError, confirm, info, ok_cancel

Index = QModelIndex | QPersistentModelIndex

SUBMISSION_COLOURS = {
    ul.Submission.ON_TIME: "#d9f2d6",
    ul.Submission.LATE: "#ffe9b3",
    ul.Submission.MISSING: "#f9c9c6",
    ul.Submission.PENDING: "#ececec",
}
GAP_COLOUR = "#c0392b"
BELOW_THRESHOLD = "#f9c9c6"  # a rate under the province's threshold
NO_FIGURE = "#8a8a8a"  # "—": nothing to compute a rate on


# ---- a small in-memory table model (a province has at most a few hundred communes) ---------


@dataclass(frozen=True)
class ListColumn:
    header: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # defaults to value
    align_right: bool = False
    width: int = 110
    background: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], str | None] | None = None
    bold: Callable[[Any], bool] | None = None
    tooltip: Callable[[Any], str] | None = None


class ListTableModel(QAbstractTableModel):
    """Rows held in a list; sorting by any column in Python (the lists here are short)."""

    def __init__(self, columns: Sequence[ListColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._sort: tuple[int, bool] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def row_object(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            colour = col.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and col.bold is not None and col.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _apply_sort(self, column: int, descending: bool) -> None:
        """Sort by a column; rows without a value (None) go last in either direction, so a
        commune with no figure never heads a list sorted best first."""
        col = self.columns[column]
        key = col.sort or col.value

        def safe(row: Any) -> Any:
            value = key(row)
            return fold(value) if isinstance(value, str) else value

        present = [r for r in self.rows if key(r) is not None]
        missing = [r for r in self.rows if key(r) is None]
        present.sort(key=safe, reverse=descending)
        self.rows = present + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sort = None  # no indicator: keep the order the service gave
            return
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._apply_sort(*self._sort)
        self.endResetModel()


def make_table(
    model: QAbstractTableModel, name: str, widths: Sequence[int] = (), *, wrap_headers: bool = False
) -> QTableView:
    """A read-only, row-selecting, sortable table; `wrap_headers` gives long headers two lines
    (columns of counts stay narrow enough to see many communes' figures side by side)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # No sort until the user clicks a header: rows come in the service's order (names A–Z).
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if wrap_headers:
        header = table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
        )
        header.setMinimumHeight(header.fontMetrics().height() * 2 + 12)
    for i, w in enumerate(widths):
        table.setColumnWidth(i, w)
    return table


def local_time(t: dt.datetime | None) -> str:
    """A stored naive-UTC time shown in the computer's time zone, dd/mm/yyyy hh:mm."""
    if t is None:
        return ""
    return fmt_datetime(t.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))


def _sub_colour(r: ul.CompletenessRow) -> str:
    return SUBMISSION_COLOURS[r.status]


def completeness_columns() -> list[ListColumn]:
    bg = _sub_colour
    return [
        ListColumn("Mã", lambda r: r.code, width=52, background=bg),
        ListColumn(
            "Xã, phường, đặc khu", lambda r: r.name, width=200, background=bg, bold=lambda r: True
        ),
        ListColumn(
            "Tình trạng",
            lambda r: r.status.label,
            sort=lambda r: list(ul.Submission).index(r.status),
            width=128,
            background=bg,
        ),
        ListColumn(
            "Gói trong kỳ",
            lambda r: r.received or "",
            sort=lambda r: r.received,
            align_right=True,
            width=62,
            background=bg,
        ),
        ListColumn(
            "Số TT gói mới nhất",
            lambda r: r.last_seq or "",
            sort=lambda r: r.last_seq or 0,
            align_right=True,
            width=72,
            background=bg,
        ),
        ListColumn(
            "Ngày lập gói",
            lambda r: local_time(r.last_created),
            sort=lambda r: r.last_created,
            width=112,
            background=bg,
        ),
        ListColumn(
            "Ngày nhập",
            lambda r: local_time(r.last_imported),
            sort=lambda r: r.last_imported,
            width=112,
            background=bg,
        ),
        ListColumn(
            "Muộn (ngày)",
            lambda r: r.days_late or "",
            sort=lambda r: r.days_late,
            align_right=True,
            width=62,
            background=bg,
        ),
        ListColumn(
            "Gói bị thay thế",
            lambda r: r.superseded or "",
            sort=lambda r: r.superseded,
            align_right=True,
            width=68,
            background=bg,
        ),
        ListColumn(
            "Gói còn thiếu",
            lambda r: ", ".join(map(str, r.gaps)),
            sort=lambda r: len(r.gaps),
            width=84,
            background=bg,
            foreground=lambda r: GAP_COLOUR if r.gaps else None,
            bold=lambda r: bool(r.gaps),
            tooltip=lambda r: (
                ("Chưa nhận các gói số " + ", ".join(map(str, r.gaps))) if r.gaps else ""
            ),
        ),
        ListColumn(
            "Số bản ghi",
            lambda r: r.records or "",
            sort=lambda r: r.records,
            align_right=True,
            width=70,
            background=bg,
        ),
    ]


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
            "Hạng",
            lambda a: ranks.get(a.code, ""),
            sort=lambda a: ranks.get(a.code, 0),
            align_right=True,
            width=50,
        ),
        ListColumn("Xã, phường, đặc khu", lambda a: a.name, width=210, bold=lambda a: True),
        ListColumn("Tổng", lambda a: a.total, align_right=True, width=55),
        ListColumn(
            "Được công nhận (cộng)",
            lambda a: a.recognised,
            align_right=True,
            width=84,
            background=lambda a: "#d9f2d6" if a.recognised else None,
            tooltip=lambda a: "Đã công nhận, đang nhân rộng, duy trì tốt hoặc giảm hiệu quả",
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
            "Khác",
            lambda a: (a.total - sum(a.by_status.get(s.value, 0) for s in shown)) or "",
            align_right=True,
            width=55,
        )
    )
    cols.append(
        ListColumn(
            "Ý kiến, quyết định của cấp trên",
            lambda a: _decision_text(decisions.get(a.code, {})),
            width=150,
        )
    )
    return cols


def rate_text(value: float | None) -> str:
    """66.7 → "66,7%"; None → "—"."""
    if value is None:
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def activity_columns(threshold: float) -> list[ListColumn]:
    """Petitions and the People's Inspection Board per commune; rates under `threshold` and
    anything overdue stand out."""

    def below(value: float | None) -> str | None:
        return BELOW_THRESHOLD if value is not None and value < threshold else None

    def grey(value: float | None) -> str | None:
        return NO_FIGURE if value is None else None

    def late(n: int | None) -> str | None:
        return GAP_COLOUR if n else None

    def count(header: str, get: Callable[[ul.CommuneActivity], int], **kw: Any) -> ListColumn:
        return ListColumn(header, get, align_right=True, width=kw.pop("width", 70), **kw)

    limit = f"{threshold:g}".replace(".", ",")
    return [
        ListColumn("Mã", lambda a: a.code, width=52),
        ListColumn("Xã, phường, đặc khu", lambda a: a.name, width=200, bold=lambda a: True),
        count("Đơn thư nhận", lambda a: a.petitions.received),
        count("Đã giải quyết", lambda a: a.petitions.resolved),
        count("Giải quyết đúng hạn", lambda a: a.petitions.on_time),
        ListColumn(
            "Tỷ lệ đúng hạn",
            lambda a: rate_text(a.petition_rate),
            sort=lambda a: a.petition_rate,
            align_right=True,
            width=76,
            background=lambda a: below(a.petition_rate),
            foreground=lambda a: grey(a.petition_rate),
            bold=lambda a: a.petition_rate is not None,
            tooltip=lambda a: (
                f"{a.petitions.on_time} / {a.petitions.resolved} đơn giải quyết trong kỳ đúng hạn"
                + (f"; dưới ngưỡng {limit}%" if below(a.petition_rate) else "")
                if a.petition_rate is not None
                else "Chưa có đơn nào giải quyết trong kỳ"
            ),
        ),
        ListColumn(
            "Đang quá hạn",
            lambda a: "—" if a.petitions_overdue is None else a.petitions_overdue,
            sort=lambda a: a.petitions_overdue,
            align_right=True,
            width=70,
            foreground=lambda a: late(a.petitions_overdue) or grey(a.petitions_overdue),
            bold=lambda a: bool(a.petitions_overdue),
            tooltip=lambda a: (
                "Đơn chưa giải quyết đã quá hạn (theo dữ liệu xã gửi lên)"
                if a.petitions_overdue is not None
                else "Xã chưa gửi lên đơn thư nào"
            ),
        ),
        count(
            "Ban TTND: giám sát, kiểm tra",
            lambda a: a.board.activities,
            width=118,
            tooltip=lambda a: (
                f"Giám sát {a.board.supervisions}, kiểm tra {a.board.inspections}, "
                f"xác minh {a.board.verifications}"
            ),
        ),
        count("Ban TTND: kiến nghị", lambda a: a.board.recommendations, width=84),
        count("Trả lời đúng hạn", lambda a: a.board.answers.on_time),
        count(
            "Quá hạn chưa trả lời",
            lambda a: a.board.answers.overdue,
            width=84,
            foreground=lambda a: late(a.board.answers.overdue),
            bold=lambda a: bool(a.board.answers.overdue),
        ),
        ListColumn(
            "Tỷ lệ trả lời đúng hạn",
            lambda a: rate_text(a.board_rate),
            sort=lambda a: a.board_rate,
            align_right=True,
            width=86,
            background=lambda a: below(a.board_rate),
            foreground=lambda a: grey(a.board_rate),
            bold=lambda a: a.board_rate is not None,
            tooltip=lambda a: (
                f"{a.board.answers.on_time} / {a.board.answers.counted} kiến nghị đã trả lời "
                "hoặc đã quá hạn 15 ngày được trả lời đúng hạn"
                + (f"; dưới ngưỡng {limit}%" if below(a.board_rate) else "")
                if a.board_rate is not None
                else "Chưa có kiến nghị nào đến hạn trả lời"
            ),
        ),
    ]


def activity_summary(
    rows: list[ul.CommuneActivity], period: str, today: dt.date, threshold: float
) -> str:
    """The line above the table: totals over the communes, the days counted, the threshold."""
    span = ul.activity_span(period)
    days = f" ({fmt_date(span[0])} – {fmt_date(span[1])})" if span else ""
    resolved = sum(a.petitions.resolved for a in rows)
    on_time = sum(a.petitions.on_time for a in rows)
    judged = sum(a.board.answers.counted for a in rows)
    answered = sum(a.board.answers.on_time for a in rows)
    sent = sum(
        1 for a in rows if a.petitions.total or a.board.activities or a.board.recommendations
    )
    below = sum(
        1 for a in rows for v in (a.petition_rate, a.board_rate) if v is not None and v < threshold
    )
    return (
        f"Kỳ <b>{period}</b>{days}: <b>{sent}</b> / {len(rows)} đơn vị có dữ liệu. "
        f"Đơn thư: nhận <b>{sum(a.petitions.received for a in rows)}</b>, giải quyết <b>{resolved}</b>, "
        f"đúng hạn <b>{rate_text(round(100 * on_time / resolved, 1) if resolved else None)}</b>, "
        f"đang quá hạn <b style='color:{GAP_COLOUR}'>{sum(a.petitions.overdue for a in rows)}</b> "
        f"(đến {fmt_date(today)}). Ban TTND: <b>{sum(a.board.activities for a in rows)}</b> cuộc giám sát, "
        f"kiểm tra; <b>{sum(a.board.recommendations for a in rows)}</b> kiến nghị, trả lời đúng hạn "
        f"<b>{rate_text(round(100 * answered / judged, 1) if judged else None)}</b>.<br>"
        f"<span style='background:{BELOW_THRESHOLD}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> tỷ lệ dưới "
        f"{f'{threshold:g}'.replace('.', ',')}% ({below} ô) &nbsp; "
        f"<span style='color:{NO_FIGURE}'>—</span> chưa có đơn, kiến nghị nào để tính (xếp cuối khi so sánh)"
    )


def _decision_text(counts: dict[str, int]) -> str:
    parts = []
    for kind, mark in (
        (ul.DecisionKind.COMMENT, "ý kiến"),
        (ul.DecisionKind.RECOGNITION, "công nhận"),
        (ul.DecisionKind.RETURN_FOR_CORRECTION, "trả lại"),
    ):
        if counts.get(kind.value):
            parts.append(f"{counts[kind.value]} {mark}")
    return ", ".join(parts)


def decision_columns(show_unit: bool = True) -> list[ListColumn]:
    cols = [
        ListColumn("Ngày", lambda d: fmt_date(d.decided_on), sort=lambda d: d.decided_on, width=85),
        ListColumn(
            "Loại",
            lambda d: d.kind.label,
            width=130,
            background=lambda d: {"recognition": "#d9f2d6", "return_for_correction": "#ffe9b3"}.get(
                d.kind.value
            ),
        ),
    ]
    if show_unit:
        cols.append(ListColumn("Đơn vị", lambda d: d.target_unit_name, width=170))
    cols += [
        ListColumn("Hồ sơ", lambda d: d.target_label, width=260),
        ListColumn("Nội dung", lambda d: d.text, width=260, tooltip=lambda d: d.text),
        ListColumn("Số quyết định", lambda d: d.decision_no, width=100),
        ListColumn(
            "Hạn hoàn thiện", lambda d: fmt_date(d.due_on), sort=lambda d: d.due_on, width=95
        ),
        ListColumn(
            "Tình trạng",
            _decision_state,
            width=120,
            foreground=lambda d: "#1e7b34" if d.corrected else None,
        ),
        ListColumn("Người ra ý kiến", lambda d: d.decided_by, width=140),
    ]
    return cols


def _decision_state(d: ul.DecisionRow) -> str:
    if d.kind != ul.DecisionKind.RETURN_FOR_CORRECTION:
        return ""
    if d.corrected:
        return "Đã sửa lại"
    if d.due_on and d.due_on < dt.date.today():
        return "Quá hạn hoàn thiện"
    return "Chưa sửa lại"


def confirm_new_keys(parent: QWidget, result: Any) -> list[str]:
    """Ask the officer to compare the fingerprints of senders seen for the first time (or with a
    changed key); returns the fingerprints confirmed (all or none)."""
    notices = result.key_notices
    if not notices:
        return []
    lines = "\n".join(
        f"• {n.unit_name} (máy {n.install_id[-12:]}): {n.fingerprint}"
        + (f" — khóa cũ {n.previous_fingerprint}" if n.previous_fingerprint else "")
        for n in notices
    )
    asked = confirm(
        parent,
        "Xác nhận khóa của nơi gửi",
        f"Các gói sau đến từ nơi gửi chưa đăng ký khóa hoặc đã đổi khóa:\n{lines}\n\n"
        'Hãy gọi điện cho từng nơi gửi và đọc đối chiếu dấu vân tay. Nếu đúng, bấm "Có" '
        "để nhận các khóa này và nhập lại các gói.",
    )
    return [n.fingerprint for n in notices] if asked else []


# ---- the decision dialog ------------------------------------------------------------------


class DecisionDialog(QDialog):
    """Ghi ý kiến, công nhận hoặc trả lại một hồ sơ của xã (a record of the upper level)."""

    def __init__(
        self,
        ctx: AppContext,
        target_entity: str,
        target_id: str,
        target_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_entity, self.target_id = target_entity, target_id
        self.decision_id: str | None = None
        self.setWindowTitle("Ý kiến, quyết định của cấp trên")
        self.kind = QComboBox()
        self.kind.setObjectName("decision_kind")
        for k in ul.DecisionKind:
            self.kind.addItem(k.label, k.value)
        self.decided_on = DateEdit(self, value=dt.date.today())
        self.decision_no = QLineEdit()
        self.decision_no.setObjectName("decision_no")
        self.decision_no.setPlaceholderText("ví dụ 125/QĐ-UBND (bắt buộc khi công nhận)")
        self.due_on = DateEdit(self, optional=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("decision_text")
        self.text.setPlaceholderText("Nội dung ý kiến, hoặc những điểm xã cần hoàn thiện")
        self.error = FieldError(self)
        form = QFormLayout()
        target = QLabel(f"<b>{target_label}</b>")
        target.setWordWrap(True)
        form.addRow("Hồ sơ:", target)
        form.addRow("Loại:", self.kind)
        form.addRow("Ngày:", self.decided_on)
        form.addRow("Số quyết định:", self.decision_no)
        form.addRow("Hạn hoàn thiện:", self.due_on)
        form.addRow("Nội dung:", self.text)
        buttons = ok_cancel(self, self.save)
        layout = QVBoxLayout(self)
        note = QLabel(
            "Ý kiến, quyết định là hồ sơ của cấp trên, gửi về xã trong bản tổng hợp; "
            "hồ sơ của xã không bị sửa."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, 420)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.due_on.setEnabled(kind == ul.DecisionKind.RETURN_FOR_CORRECTION.value)
        self.decision_no.setEnabled(kind != ul.DecisionKind.COMMENT.value)

    def save(self) -> None:
        try:
            self.decision_id = ul.record_decision(
                self.ctx,
                self.target_entity,
                self.target_id,
                self.kind.currentData(),
                self.text.toPlainText(),
                self.decided_on.value() or dt.date.today(),
                decision_no=self.decision_no.text(),
                due_on=self.due_on.value(),
            )
        except (RuleViolation, PermissionError, LookupError) as exc:
            self.error.show_error(getattr(exc, "message", str(exc)))
            return
        self.accept()


# ---- the screen ---------------------------------------------------------------------------


def _models_columns() -> list[PagedColumn]:
    return [
        PagedColumn("Tên mô hình, điển hình", lambda r: r.name, "name", width=360),
        PagedColumn("Loại", lambda r: ModelKind(r.kind).label, None, width=80),
        PagedColumn("Lĩnh vực", lambda r: r.field_name, "field", width=150),
        PagedColumn("Năm", lambda r: r.year, "year", align_right=True, width=55),
        PagedColumn(
            "Trạng thái",
            lambda r: ModelStatus(r.status).label,
            "status",
            width=130,
            background=lambda r: STATUS_COLOURS.get(r.status),
        ),
        PagedColumn("Đơn vị xây dựng", lambda r: r.owner_name, None, width=170),
    ]


class UpperLevelScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.today = dt.date.today()
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setEditable(True)
        self.period.setMinimumWidth(110)
        self.period.setToolTip(
            "Kỳ gửi dữ liệu: 2026, 2026-11 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng)"
        )
        for p in self._periods():
            self.period.addItem(p)
        self.import_button = QPushButton("Nhập thư mục gói dữ liệu…")
        self.import_button.setObjectName("import_folder")
        self.rollup_button = QPushButton("Gửi bản tổng hợp về xã…")
        self.rollup_button.setObjectName("export_rollups")
        self.xlsx_button = QPushButton("Xuất Excel…")
        self.xlsx_button.setObjectName("export_xlsx")
        self.deadline_button = QPushButton("Đặt hạn gửi…")
        self.deadline_button.setObjectName("set_deadline")
        can_sync = ctx.can(Permission.SYNC)
        self.import_button.setEnabled(can_sync)
        self.rollup_button.setEnabled(can_sync)
        self.deadline_button.setEnabled(ctx.can(Permission.EDIT))

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Lọc theo tên hoặc mã đơn vị (gõ không dấu cũng được)…")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem("Tất cả tình trạng", None)
        for st in ul.Submission:
            self.status_filter.addItem(st.label, st.value)
        self.status_filter.addItem("Còn thiếu gói", "gaps")

        # Completeness tab.
        self.completeness_model = ListTableModel(completeness_columns(), self)
        self.completeness_table = make_table(
            self.completeness_model,
            "completeness_table",
            [c.width for c in self.completeness_model.columns],
            wrap_headers=True,
        )
        self.completeness_table.doubleClicked.connect(
            lambda ix: self.drill_down(self.completeness_model.row_object(ix.row()).code)
        )

        # Aggregates tab: communes side by side, drill-down below.
        self.ranks: dict[str, int] = {}
        self.decision_counts: dict[str, dict[str, int]] = {}
        self.aggregate_model = ListTableModel(
            aggregate_columns(self.ranks, self.decision_counts), self
        )
        self.aggregate_table = make_table(
            self.aggregate_model,
            "aggregate_table",
            [c.width for c in self.aggregate_model.columns],
            wrap_headers=True,
        )
        self.aggregate_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by rank
        self.aggregate_table.selectionModel().selectionChanged.connect(
            lambda *_: self._aggregate_selected()
        )
        self.drill_title = QLabel("Chọn một đơn vị để xem hồ sơ mô hình, điển hình (chỉ xem).")
        self.drill_title.setObjectName("drill_title")
        self.drill_code: str | None = None
        self.drill_model = PagedTableModel(_models_columns(), lambda: 0, lambda *a: [], self)
        self.drill_table = paged_view(
            self.drill_model, "drill_table", sort=(0, Qt.SortOrder.AscendingOrder), row_height=22
        )
        self.drill_table.selectionModel().selectionChanged.connect(
            lambda *_: self._record_selected()
        )
        self.decide_button = QPushButton("Ghi ý kiến, quyết định…")
        self.decide_button.setObjectName("decide")
        self.decide_button.setEnabled(False)
        self.record_decisions_model = ListTableModel(decision_columns(show_unit=False), self)
        self.record_decisions = make_table(
            self.record_decisions_model,
            "record_decisions",
            [c.width for c in self.record_decisions_model.columns],
        )
        self.record_decisions.setMaximumHeight(130)

        # Petitions and People's Inspection Board tab.
        self.threshold = ul.rate_threshold(ctx)
        self.activity_model = ListTableModel(activity_columns(self.threshold), self)
        self.activity_table = make_table(
            self.activity_model,
            "activity_table",
            [c.width for c in self.activity_model.columns],
            wrap_headers=True,
        )
        self.activity_summary = QLabel()
        self.activity_summary.setObjectName("activity_summary")
        self.activity_summary.setTextFormat(Qt.TextFormat.RichText)
        self.activity_summary.setWordWrap(True)

        # Decisions tab.
        self.decisions_model = ListTableModel(decision_columns(), self)
        self.decisions_table = make_table(
            self.decisions_model, "decisions_table", [c.width for c in self.decisions_model.columns]
        )
        self.withdraw_button = QPushButton("Thu hồi ý kiến, quyết định đã chọn")
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.setEnabled(ctx.can(Permission.APPROVE))

        self._layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _: self._apply_filter())
        self.period.currentTextChanged.connect(lambda _: self.refresh())
        self.import_button.clicked.connect(self.choose_folder)
        self.rollup_button.clicked.connect(self.choose_rollup_folder)
        self.xlsx_button.clicked.connect(self.choose_xlsx)
        self.deadline_button.clicked.connect(self.edit_deadline)
        self.decide_button.clicked.connect(self.decide)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.all_rows: list[ul.CompletenessRow] = []
        self.activity_rows: list[ul.CommuneActivity] = []
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel("Kỳ:"))
        top.addWidget(self.period)
        top.addWidget(self.deadline_button)
        top.addStretch(1)
        for b in (self.import_button, self.rollup_button, self.xlsx_button):
            top.addWidget(b)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        legend = QLabel(
            "  ".join(
                f"<span style='background:{SUBMISSION_COLOURS[s]}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> {s.label}"
                for s in ul.Submission
            )
            + f"  <span style='color:{GAP_COLOUR}'><b>1, 2</b></span> gói còn thiếu"
        )
        legend.setTextFormat(Qt.TextFormat.RichText)

        completeness_tab = QWidget()
        cl = QVBoxLayout(completeness_tab)
        cl.addLayout(filters)
        cl.addWidget(self.completeness_table, 1)
        cl.addWidget(legend)

        aggregate_tab = QWidget()
        al = QVBoxLayout(aggregate_tab)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.aggregate_table)
        drill = QWidget()
        dl = QVBoxLayout(drill)
        dl.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.drill_title, 1)
        head.addWidget(self.decide_button)
        dl.addLayout(head)
        dl.addWidget(self.drill_table, 2)
        dl.addWidget(QLabel("Ý kiến, quyết định của cấp trên trên hồ sơ đang chọn:"))
        dl.addWidget(self.record_decisions, 1)
        split.addWidget(drill)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        al.addWidget(split)

        activity_tab = QWidget()
        atl = QVBoxLayout(activity_tab)
        atl.addWidget(self.activity_summary)
        atl.addWidget(self.activity_table, 1)

        decisions_tab = QWidget()
        dtl = QVBoxLayout(decisions_tab)
        dtl.addWidget(self.decisions_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        dtl.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(completeness_tab, "Tình hình gửi dữ liệu")
        self.tabs.addTab(aggregate_tab, "Mô hình, điển hình theo đơn vị")
        self.tabs.addTab(activity_tab, "Đơn thư, thanh tra nhân dân")
        self.tabs.addTab(decisions_tab, "Ý kiến, quyết định đã ban hành")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Tổng hợp dữ liệu các xã, phường, đặc khu</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # ---- data -----------------------------------------------------------------------------
    def _periods(self) -> list[str]:
        year = self.today.year
        return [str(year), str(year - 1), f"{year}-Q{(self.today.month - 1) // 3 + 1}"]

    def current_period(self) -> str | None:
        try:
            return ul.check_period(self.period.currentText())
        except RuleViolation:
            return None

    def refresh(self) -> None:
        period = self.current_period()
        if period is None:
            self.summary.setText(
                "<span style='color:#b00020'>Kỳ không hợp lệ: dùng dạng 2026, 2026-11, "
                "2026-Q4 hoặc 2026-H2.</span>"
            )
            return
        self.all_rows = ul.completeness(self.ctx, period, self.today)
        s = ul.summarise(self.all_rows)
        due = f"hạn gửi <b>{fmt_date(s.due_on)}</b>" if s.due_on else "chưa đặt hạn gửi"

        def chip(status: ul.Submission, n: int) -> str:
            return (
                f"<span style='background:{SUBMISSION_COLOURS[status]}; padding:2px'>&nbsp;<b>{n}</b> "
                f"{status.label.lower()}&nbsp;</span>"
            )

        gaps = (
            f" &nbsp; <span style='color:{GAP_COLOUR}'><b>{s.with_gaps}</b> đơn vị còn thiếu gói</span>"
            if s.with_gaps
            else ""
        )
        self.summary.setText(
            f"<span style='font-size:13pt'>Kỳ <b>{period}</b> — {due} — <b>{s.communes}</b> đơn vị: "
            f"{chip(ul.Submission.ON_TIME, s.on_time)} {chip(ul.Submission.LATE, s.late)} "
            f"{chip(ul.Submission.MISSING, s.missing)} {chip(ul.Submission.PENDING, s.pending)}{gaps}</span>"
        )
        self._apply_filter()
        year = ul.period_year(period)
        aggs = ul.model_aggregates(self.ctx, year)
        self.activity_rows = ul.activity_figures(self.ctx, period, self.today, year)
        standings = ul.compute_standings(
            self.ctx,
            period,
            year=year,
            today=self.today,
            completeness_rows=self.all_rows,
            aggregates=aggs,
            activities=self.activity_rows,
        )
        self.ranks.clear()
        self.ranks.update({f.commune_code: f.rank for f in standings})
        self.decision_counts.clear()
        self.decision_counts.update(ul.decision_counts(self.ctx))
        self.aggregate_model.set_rows(aggs)
        self.activity_model.set_rows(self.activity_rows)
        self.activity_summary.setText(
            activity_summary(self.activity_rows, period, self.today, self.threshold)
        )
        self.decisions_model.set_rows(ul.decisions(self.ctx))
        if self.drill_code:
            self.drill_down(self.drill_code, switch=False)

    def _apply_filter(self) -> None:
        words = fold(self.search.text()).split()
        wanted = self.status_filter.currentData()
        rows = [
            r
            for r in self.all_rows
            if all(w in fold(f"{r.name} {r.code}") for w in words)
            and (wanted is None or (wanted == "gaps" and r.gaps) or r.status.value == wanted)
        ]
        self.completeness_model.set_rows(rows)

    # ---- drill-down (read-only) -----------------------------------------------------------
    def _aggregate_selected(self) -> None:
        rows = self.aggregate_table.selectionModel().selectedRows()
        agg = self.aggregate_model.row_object(rows[0].row()) if rows else None
        if agg is not None and agg.code != self.drill_code:
            self.drill_down(agg.code, switch=False)

    def drill_down(self, commune_code: str, switch: bool = True) -> None:
        """Show one commune's models, read-only, under the aggregated table."""
        self.drill_code = commune_code
        name = next((c.name for c in ul.communes(self.ctx) if c.code == commune_code), commune_code)
        year = ul.period_year(self.current_period() or "")
        f = models.ModelFilter(unit_code=commune_code, year=year)
        self.drill_model.set_source(
            lambda: models.count_models(self.ctx, f),
            lambda offset, limit, sort, desc: models.list_models(
                self.ctx, f, offset=offset, limit=limit, sort=sort or "name", descending=desc
            ),
        )
        n = self.drill_model.rowCount()
        self.drill_title.setText(
            f"<b>{name}</b>: {n} mô hình, điển hình{f' năm {year}' if year else ''} "
            "(dữ liệu của xã, chỉ xem)"
        )
        self.record_decisions_model.set_rows([])
        self.decide_button.setEnabled(False)
        if switch:
            self.tabs.setCurrentIndex(1)
            for i, a in enumerate(self.aggregate_model.rows):
                if a.code == commune_code:
                    self.aggregate_table.selectRow(i)  # same code: _aggregate_selected does nothing
                    self.aggregate_table.scrollTo(self.aggregate_model.index(i, 0))
                    break

    def selected_record(self) -> Any | None:
        rows = self.drill_table.selectionModel().selectedRows()
        return self.drill_model.row_object(rows[0].row()) if rows else None

    def _record_selected(self) -> None:
        rec = self.selected_record()
        self.decide_button.setEnabled(rec is not None and self.ctx.can(Permission.EDIT))
        self.record_decisions_model.set_rows(
            ul.decisions(self.ctx, target_id=rec.id) if rec else []
        )

    def decide(self) -> None:
        rec = self.selected_record()
        if rec is None:
            info(self, "Ý kiến, quyết định", "Hãy chọn một hồ sơ của xã.")
            return
        dialog = DecisionDialog(self.ctx, "models", rec.id, rec.name, self)
        if dialog.exec():
            self._record_selected()
            self.decision_counts.clear()
            self.decision_counts.update(ul.decision_counts(self.ctx))
            self.aggregate_model.set_rows(self.aggregate_model.rows)
            self.decisions_model.set_rows(ul.decisions(self.ctx))

    def withdraw(self) -> None:
        rows = self.decisions_table.selectionModel().selectedRows()
        d = self.decisions_model.row_object(rows[0].row()) if rows else None
        if d is None:
            info(self, "Thu hồi", "Hãy chọn một ý kiến, quyết định trong danh sách.")
            return
        if not confirm(
            self,
            "Thu hồi",
            f'Thu hồi "{d.kind.label}" trên hồ sơ "{d.target_label}"? '
            "Xã sẽ nhận được việc thu hồi trong bản tổng hợp tiếp theo.",
        ):
            return
        try:
            ul.withdraw_decision(self.ctx, d.id)
        except (RuleViolation, PermissionError, LookupError) as exc:
            info(self, "Thu hồi", getattr(exc, "message", str(exc)))
            return
        self.refresh()

    def edit_deadline(self) -> None:
        period = self.current_period()
        if period is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Hạn gửi dữ liệu kỳ {period}")
        with_date = DateEdit(dialog, value=ul.summarise(self.all_rows).due_on or self.today)
        note = QLineEdit()
        buttons = ok_cancel(dialog)
        form = QFormLayout(dialog)
        form.addRow("Hạn gửi:", with_date)
        form.addRow("Ghi chú:", note)
        form.addRow(buttons)
        if dialog.exec():
            ul.set_deadline(self.ctx, period, with_date.value() or self.today, note.text())
            self.refresh()

    # ---- long work ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Chọn thư mục chứa các gói dữ liệu của xã (.dvk)"
        )
        if folder:
            self.start_import(Path(folder))

    def start_import(
        self, folder: Path, *, trust_new: bool = False, accept_keys: Sequence[str] = ()
    ) -> TaskHandle:
        """Import every bundle in `folder` in the background (tests call this directly); senders
        seen for the first time are confirmed by fingerprint, then their bundles imported."""
        from danvan_desktop.sync import rollup

        def done(result: Any) -> None:
            self.last_import = result
            self.refresh()
            confirmed = [] if accept_keys else confirm_new_keys(self, result)
            if confirmed:
                self.start_import(folder, accept_keys=confirmed)
                return
            info(self, "Nhập thư mục gói dữ liệu", result.summary())

        self.task = run_task(
            self,
            "Nhập gói dữ liệu của các xã",
            lambda progress: rollup.import_folder(
                self.ctx, folder, progress=progress, trust_new=trust_new, accept_keys=accept_keys
            ),
            done,
        )
        return self.task

    def choose_rollup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Chọn thư mục để ghi bản tổng hợp gửi về xã"
        )
        if folder:
            self.start_rollups(Path(folder))

    def start_rollups(self, out_dir: Path, unit: str | None = None) -> TaskHandle:
        from danvan_desktop.sync import rollup

        period = self.current_period() or str(self.today.year)

        def done(paths: list[Path]) -> None:
            self.last_rollups = paths
            self.refresh()
            info(self, "Bản tổng hợp", f"Đã ghi {len(paths)} gói bản tổng hợp vào {out_dir}.")

        self.task = run_task(
            self,
            "Ghi bản tổng hợp gửi về xã",
            lambda progress: rollup.export_rollups(
                self.ctx, out_dir, unit=unit, period=period, progress=progress
            ),
            done,
        )
        return self.task

    def choose_xlsx(self) -> None:
        period = self.current_period() or str(self.today.year)
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Xuất Excel",
            str(Path.home() / f"tong-hop-ky-{period}.xlsx"),
            "Bảng tính Excel (*.xlsx)",
        )
        if path:
            self.start_xlsx(Path(path).with_suffix(".xlsx"))

    def start_xlsx(self, target: Path) -> TaskHandle:
        from danvan_desktop.reports import upper_level_reports

        period = self.current_period() or str(self.today.year)
        rows, activities = list(self.all_rows), list(self.activity_rows)
        self.task = run_task(
            self,
            "Xuất Excel",
            lambda progress: upper_level_reports.export_completeness_xlsx(
                self.ctx,
                target,
                period,
                today=self.today,
                progress=progress,
                rows=rows,
                activities=activities,
            ),
        )
        return self.task
