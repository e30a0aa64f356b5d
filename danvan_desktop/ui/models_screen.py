"""Sổ mô hình, điển hình: list with filters, diacritic-free search, counts, export.

The pattern for every list screen (ui.kit.register.RegisterScreen): filters build a service
filter, a paged table pages the rows from SQL, exports run through ui.kit.ops.run_task.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.models import ModelKind, ModelStatus, RecognitionLevel
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import models, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.areas import Area
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import MODEL_STATUS_COLOURS
from danvan_desktop.ui.kit.register import RegisterScreen
from danvan_desktop.ui.paged_model import Column
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import info

#: kept here for screens that import it from this module (the upper-level screen)
STATUS_COLOURS = MODEL_STATUS_COLOURS


def _columns() -> list[Column]:
    return [
        Column(
            translate("models_screen", "Tên mô hình, điển hình"),
            lambda r: r.name,
            "name",
            width=240,
            elastic=True,
        ),
        Column(
            translate("models_screen", "Loại"), lambda r: ModelKind(r.kind).label, None, width=80
        ),
        Column(translate("models_screen", "Lĩnh vực"), lambda r: r.field_name, "field", width=170),
        Column(
            translate("models_screen", "Đơn vị xây dựng"), lambda r: r.owner_name, None, width=170
        ),
        Column(
            translate("models_screen", "Năm"), lambda r: r.year, "year", align_right=True, width=60
        ),
        Column(
            translate("models_screen", "Trạng thái"),
            lambda r: ModelStatus(r.status).label,
            "status",
            width=140,
            background=lambda r: STATUS_COLOURS.get(r.status),
        ),
        Column(
            translate("models_screen", "Cấp công nhận"),
            lambda r: RecognitionLevel(r.recognised_level).label if r.recognised_level else "",
            None,
            width=100,
        ),
        Column(
            translate("models_screen", "Ngày bắt đầu"),
            lambda r: fmt_date(r.start_date),
            None,
            width=95,
        ),
    ]


NAV = Area(
    "models",
    translate("models_screen", "Mô hình, điển hình"),
    "danvan_desktop.ui.models_screen:ModelsScreen",
    order=20,
    tooltip=translate(
        "models_screen",
        'Sổ mô hình, điển hình "Dân vận khéo": đăng ký, thẩm định, công nhận, nhân rộng',
    ),
)


class ModelsScreen(RegisterScreen):
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {
        "models",
        "model_transitions",
        "model_reviews",
        "evidence",
        "model_field",
        "unit",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: TaskHandle | None = None
        self.only_ids: tuple[str, ...] = ()  # the models behind a home-screen line
        self.search_box(
            translate(
                "models_screen", "Tìm theo tên, đơn vị, người (gõ không dấu cũng được)…  Ctrl+F"
            )
        )
        self.field = self.filter_combo("field")
        self.status = self.filter_combo("status")
        self.year = self.filter_combo("year")
        self.owner = self.filter_combo("owner")
        self.kind = self.filter_combo("kind")
        self._fill_filters()

        self.new_button = QPushButton(translate("models_screen", "Thêm mới…"))
        self.new_button.setObjectName("new_model")
        self.new_button.setToolTip(
            translate("models_screen", "Đăng ký mô hình, điển hình mới (Ctrl+N)")
        )
        self.open_button = QPushButton(translate("models_screen", "Mở hồ sơ"))
        self.xlsx_button = QPushButton(translate("models_screen", "Xuất Excel…"))
        self.pdf_button = QPushButton(translate("models_screen", "Xuất PDF…"))
        editable = ctx.can(Permission.EDIT)
        self.new_button.setEnabled(editable)

        self.paged_table(
            _columns(),
            self._count,
            self._page,
            "models_table",
            sort=(0, Qt.SortOrder.AscendingOrder),
        )

        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.ids_note = QLabel()
        self.ids_note.setObjectName("ids_note")
        self.ids_note.setWordWrap(True)  # a long line's title must not widen the window
        self.show_all_button = QPushButton(translate("models_screen", "Xem tất cả"))
        self.show_all_button.setObjectName("show_all")
        self.show_all_button.clicked.connect(lambda: self.show_ids((), ""))
        for w in (self.ids_note, self.show_all_button):
            w.hide()
        self.counts = QTableWidget()
        self.counts.setObjectName("counts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.verticalHeader().setDefaultSectionSize(22)

        self.search.setMinimumWidth(260)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for label, combo in (
            (translate("models_screen", "Lĩnh vực"), self.field),
            (translate("models_screen", "Trạng thái"), self.status),
            (translate("models_screen", "Năm"), self.year),
            (translate("models_screen", "Đơn vị"), self.owner),
            (translate("models_screen", "Loại"), self.kind),
        ):
            filters.addWidget(QLabel(label + ":"))
            filters.addWidget(combo, 1)
        buttons = search_row
        for b in (self.new_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        buttons.addWidget(self.ids_note, 2)
        buttons.addWidget(self.show_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        counts_box = QWidget()
        cl = QVBoxLayout(counts_box)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.addWidget(
            QLabel(
                translate(
                    "models_screen",
                    "<b>Số lượng theo lĩnh vực và trạng thái</b> (theo bộ lọc hiện tại)",
                )
            )
        )
        cl.addWidget(self.counts)
        splitter.addWidget(counts_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        title = QLabel(
            translate("models_screen", '<h2>Sổ theo dõi mô hình, điển hình "Dân vận khéo"</h2>')
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_selected)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self._update_counts()

    # ---- filters --------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        fill = self.fill_combo
        fill(self.field, [(name, code) for code, name in models.field_names(self.ctx).items()])
        fill(self.status, [(s.label, s.value) for s in ModelStatus])
        fill(self.year, [(str(y), y) for y in models.years(self.ctx)])
        fill(self.owner, [(u.full_name, u.code) for u in units.sub_units(self.ctx)])
        fill(self.kind, [(k.label, k.value) for k in ModelKind])

    def current_filter(self) -> models.ModelFilter:
        return models.ModelFilter(
            text=self.search.text(),
            field_code=self.field.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
            owner_unit_code=self.owner.currentData(),
            kind=self.kind.currentData(),
            ids=self.only_ids,
        )

    def show_ids(self, ids: Sequence[str], title: str) -> None:
        """Only these models, every filter cleared (a home-screen line opened); no ids: all
        models again."""
        self.only_ids = tuple(ids)
        self.clear_filters()
        self.ids_note.setText(
            translate("models_screen", "Đang xem: {0}").format(title) if ids else ""
        )
        self.ids_note.setVisible(bool(ids))
        self.show_all_button.setVisible(bool(ids))
        self.refresh()

    def _count(self) -> int:
        return models.count_models(self.ctx, self.current_filter())

    def _page(self, offset: int, limit: int, sort: str | None, descending: bool) -> list:
        return models.list_models(
            self.ctx,
            self.current_filter(),
            offset=offset,
            limit=limit,
            sort=sort or "name",
            descending=descending,
        )

    # ---- actions --------------------------------------------------------------------------
    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        self._fill_filters()
        self.refresh()

    def refresh(self) -> None:
        self.table_model.reload()
        self._update_counts()

    def _update_counts(self) -> None:
        f = self.current_filter()
        counts = models.counts_by_field_status(self.ctx, f)
        total = sum(counts.values())
        self.total_label.setText(
            translate("models_screen", "<b>{total}</b> mô hình, điển hình").format(total=total)
        )
        fields = models.field_names(self.ctx)
        statuses = [s for s in ModelStatus if any(st == s.value for (_, st) in counts)]
        self.counts.clear()
        self.counts.setRowCount(len(fields) + 1)
        self.counts.setColumnCount(len(statuses) + 1)
        self.counts.setHorizontalHeaderLabels(
            [s.label for s in statuses] + [translate("models_screen", "Tổng")]
        )
        self.counts.setVerticalHeaderLabels(
            list(fields.values()) + [translate("models_screen", "Tổng")]
        )
        col_totals = [0] * (len(statuses) + 1)
        for r, code in enumerate(fields):
            row_total = 0
            for c, s in enumerate(statuses):
                n = counts.get((code, s.value), 0)
                row_total += n
                col_totals[c] += n
                self.counts.setItem(r, c, _num(n))
            col_totals[-1] += row_total
            self.counts.setItem(r, len(statuses), _num(row_total, bold=True))
        for c, n in enumerate(col_totals):
            self.counts.setItem(len(fields), c, _num(n, bold=True))
        self.counts.resizeColumnsToContents()

    def new_record(self) -> None:
        from danvan_desktop.ui.model_dialog import ModelDialog

        if not self.ctx.can(Permission.EDIT):
            return
        dialog = ModelDialog(self.ctx, None, self)
        if dialog.exec():
            self._fill_filters()
            self.refresh()

    def open_selected(self) -> None:
        from danvan_desktop.ui.model_dialog import ModelDialog

        model_id = self.selected_id()
        if model_id is None:
            info(
                self,
                translate("models_screen", "Mở hồ sơ"),
                translate("models_screen", "Hãy chọn một mô hình trong danh sách."),
            )
            return
        dialog = ModelDialog(self.ctx, model_id, self)
        dialog.exec()
        self._fill_filters()
        self.refresh()

    def export(self, kind: str) -> None:
        target = self.ask_export_path(
            translate("models_screen", "Xuất sổ mô hình"), "so-mo-hinh-dan-van-kheo", kind
        )
        if target is not None:
            self.start_export(kind, target)

    def start_export(self, kind: str, target: Path) -> TaskHandle:
        """Export the current filter to `target` in the background (tests call this directly)."""
        from danvan_desktop.reports import model_register

        f = self.current_filter()
        writer = model_register.export_xlsx if kind == "xlsx" else model_register.export_pdf

        def done(path: Path) -> None:
            self.status_message(translate("models_screen", "Đã xuất: {path}").format(path=path))

        self.task = run_task(
            self,
            translate("models_screen", "Xuất sổ mô hình"),
            lambda progress: writer(self.ctx, target, f, progress),
            done,
        )
        return self.task


def _num(n: int, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(n) if n else "")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item
