"""The upper level's view of plans: per document it issued (or a commune noted from paper), which
communes made their plan, when, on time or late, and the share of each plan's items done. The
per-commune figures (plans on time, items done) are on the upper-level screen's "Kế hoạch" tab
(services.plans.area: FIGURES)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans import directives as dirs
from danvan_desktop.services.plans.common import fmt_percent
from danvan_desktop.services.plans.figures import DirectiveAnswers, answers_below
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import GREEN, RED
from danvan_desktop.ui.kit.forms import FormDialog, ask_to_delete
from danvan_desktop.ui.kit.ops import TaskHandle, act, run_task
from danvan_desktop.ui.kit.register import ScreenBase, compact
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.plans.common import WATCHED
from danvan_desktop.ui.plans.directives import directive_dialog


class UpperPlansScreen(ScreenBase):
    watched_types = WATCHED
    DOCS = [
        translate("plans.upper", "Số"),
        translate("plans.upper", "Ngày"),
        translate("plans.upper", "Trích yếu"),
        translate("plans.upper", "Hạn ban hành kế hoạch"),
        translate("plans.upper", "Xã đã có kế hoạch"),
        translate("plans.upper", "Đúng hạn"),
        translate("plans.upper", "Nguồn"),
    ]
    COMMUNES = [
        translate("plans.upper", "Xã, phường"),
        translate("plans.upper", "Kế hoạch số"),
        translate("plans.upper", "Ngày ban hành"),
        translate("plans.upper", "Tình trạng"),
        translate("plans.upper", "Việc đã xong"),
    ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.answers: dict[str, DirectiveAnswers] = {}
        self._generation = 0
        self.load_task: TaskHandle | None = None
        #: How forms are shown: exec() normally; tests replace it to fill and save a form.
        self.dialog_runner: Callable[[FormDialog], Any] = lambda d: d.exec()
        self.year = QComboBox()
        self.year.setObjectName("filter_year")
        self.year.addItem(translate("plans.upper", "Mọi năm"), None)
        for y in range(self.today.year + 1, self.today.year - 5, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(self.today.year))
        self.year.currentIndexChanged.connect(lambda _: self.refresh())
        self.docs = make_table(self.DOCS, "upper_directives")
        self.docs.itemSelectionChanged.connect(self.show_selected)
        self.per_commune = make_table(self.COMMUNES, "upper_communes")
        head = QHBoxLayout()
        head.addWidget(
            QLabel(translate("plans.upper", "<h2>Kế hoạch thực hiện của các xã</h2>")), 1
        )
        head.addWidget(QLabel(translate("plans.upper", "Năm:")))
        head.addWidget(self.year)
        for text, name, slot in (
            (translate("plans.upper", "Văn bản mới…"), "add_directive", self.add),
            (translate("plans.upper", "Sửa…"), "edit_directive", self.edit),
            (translate("plans.upper", "Xóa"), "delete_directive", self.delete),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            b.setEnabled(ctx.can(Permission.EDIT))
            head.addWidget(b)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.docs)
        split.addWidget(self.per_commune)
        split.setSizes([240, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(
            QLabel(
                translate(
                    "plans.upper",
                    "Chọn một văn bản để xem từng xã: đã có kế hoạch chưa, ban hành ngày nào, đúng "
                    "hạn hay chậm, đã xong bao nhiêu công việc (theo dữ liệu xã gửi lên).",
                )
            )
        )
        layout.addWidget(split, 1)
        self.refresh()
        compact(self)

    def refresh(self) -> TaskHandle:
        """Read every commune's answers on a worker (170 communes at a province); the newest
        read wins."""
        self._generation += 1
        generation, year = self._generation, self.year.currentData()

        def done(found: list[DirectiveAnswers]) -> None:
            if generation == self._generation:
                self._show(found)

        self.load_task = run_task(
            self,
            translate("plans.upper", "Đọc kế hoạch của các xã"),
            lambda _p: answers_below(self.ctx, year),
            done,
            show_dialog=False,
        )
        return self.load_task

    @property
    def loaded(self) -> bool:
        return self.load_task is None or self.load_task.finished

    def _show(self, found: list[DirectiveAnswers]) -> None:
        keep = selected_id(self.docs)
        self.answers = {a.directive.id: a for a in found}
        rows = [
            [
                a.directive.number,
                a.directive.issued_on,
                a.directive.title,
                a.directive.plan_due_on,
                f"{a.made}/{len(a.communes)}",
                a.on_time,
                a.directive.source_label,
            ]
            for a in found
        ]
        self.docs.blockSignals(True)
        fill_table(self.docs, rows, list(self.answers), numeric=[5])
        self.docs.setColumnWidth(2, 420)
        self.docs.blockSignals(False)
        ids = list(self.answers)
        if ids:
            self.docs.selectRow(ids.index(keep) if keep in self.answers else 0)
        self.show_selected()

    def show_selected(self) -> None:
        a = self.answers.get(selected_id(self.docs) or "")
        rows, colours = [], []
        for c in a.communes if a else ():
            state = c.state(a.directive.plan_due_on, self.today) if a else ""
            rows.append(
                [
                    c.name,
                    c.plan_number,
                    c.issued_on,
                    state,
                    f"{c.items_done}/{c.items_total} ({fmt_percent(c.share_done)})"
                    if c.plan_id
                    else "",
                ]
            )
            colours.append(
                GREEN if c.on_time else RED if c.on_time is False or "quá hạn" in state else None
            )
        fill_table(self.per_commune, rows, None, colours)

    # ---- the upper level's own documents --------------------------------------------------------
    def add(self) -> None:
        if self.dialog_runner(directive_dialog(self.ctx, self, None, self.today)):
            self.refresh()

    def _selected(self) -> DirectiveAnswers | None:
        return self.answers.get(selected_id(self.docs) or "")

    def edit(self) -> None:
        a = self._selected()
        if a is not None and self.dialog_runner(
            directive_dialog(self.ctx, self, a.directive, self.today)
        ):
            self.refresh()

    def delete(self) -> None:
        a = self._selected()
        if (
            a is not None
            and ask_to_delete(self, translate("plans.upper", "văn bản này"))
            and act(self, lambda: dirs.delete_directive(self.ctx, a.directive.id))
        ):
            self.refresh()
