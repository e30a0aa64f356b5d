"""Cấp trên phản hồi (commune side): what came back down from the province in rollup bundles —
the commune's standing among its peers, the upper level's decisions on its records (comments,
recognitions, returns for correction) and the reference documents it distributes.

Bundles from the upper level (rollup, ack, reference) are imported here from files, offline;
the screen only reads what the import stored (services.upper_level), on a worker thread
(ui.tasks.run_task). The metrics shown are whatever the rollup carries, in the order and
direction the registered areas give them (services.areas.ranked_metrics)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import areas, models
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.upper_level.decisions_tab import decision_columns
from danvan_desktop.ui.upper_level.screen import confirm_new_keys
from danvan_desktop.ui.upper_level.table import (
    SUBMISSION_COLOURS,
    ListColumn,
    ListTableModel,
    local_time,
    make_table,
)
from danvan_desktop.ui.widgets import info

NAV = Area(
    "standing",
    translate("standing_screen", "Phản hồi của cấp trên"),
    "danvan_desktop.ui.standing_screen:StandingScreen",
    levels=COMMUNE,
    order=70,
    tooltip=translate(
        "standing_screen",
        "Xếp hạng trong tỉnh, ý kiến và quyết định của cấp trên trên hồ sơ của xã",
    ),
)

OWN_ROW = "#dbe9ff"


def _metric_columns() -> list[ListColumn]:
    return [
        ListColumn(translate("standing_screen", "Chỉ tiêu"), lambda m: m["label"], width=380),
        ListColumn(
            translate("standing_screen", "Của đơn vị mình"),
            lambda m: _num(m["value"]),
            sort=lambda m: m["value"],
            align_right=True,
            width=110,
            bold=lambda m: True,
        ),
        ListColumn(
            translate("standing_screen", "Xếp hạng"),
            lambda m: m["rank_text"],
            sort=lambda m: m["rank"],
            align_right=True,
            width=90,
        ),
        ListColumn(
            translate("standing_screen", "Trung bình các đơn vị"),
            lambda m: _num(m["average"]),
            align_right=True,
            width=140,
        ),
        ListColumn(
            translate("standing_screen", "Tốt nhất"),
            lambda m: _num(m["best"]),
            align_right=True,
            width=80,
            tooltip=lambda m: (
                translate("standing_screen", "Ít nhất trong các đơn vị")
                if m["lower_is_better"]
                else translate("standing_screen", "Cao nhất trong các đơn vị")
            ),
        ),
    ]


def _num(value: Any) -> str:
    if value is None:
        return "—"  # no figure (e.g. a rate with nothing to judge it on)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}".rstrip("0").replace(".", ",")  # 66,7 (a rate), 0,52 (an average)
    return str(int(value)) if isinstance(value, int | float) else str(value)


class StandingScreen(QWidget):
    #: what a rollup import brings (main window broadcast: reload when these change)
    watched_types: set[str] = {"rollup_standings", "upper_decisions", "reference_documents"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.load_task: TaskHandle | None = None
        self._generation = 0
        self.standings: list[ul.ReceivedStanding] = []
        self.import_button = QPushButton(translate("standing_screen", "Nhập gói từ cấp trên…"))
        self.import_button.setObjectName("import_from_upper")
        self.import_button.setToolTip(
            translate(
                "standing_screen", "Bản tổng hợp, xác nhận đã nhận, dữ liệu tham chiếu (.dvk)"
            )
        )
        self.import_button.setEnabled(ctx.can(Permission.SYNC))
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)

        self.metrics_model = ListTableModel(_metric_columns(), self)
        self.metrics_table = make_table(
            self.metrics_model, "metrics_table", [c.width for c in self.metrics_model.columns]
        )
        # Every metric in view without scrolling (as many as the areas register).
        self.metrics_table.setMaximumHeight(
            self.metrics_table.horizontalHeader().sizeHint().height()
            + 22 * len(areas.ranked_metrics())
            + 6
        )
        self.peer_model = ListTableModel([], self)
        self.peer_table = make_table(self.peer_model, "peer_table", wrap_headers=True)
        self.decisions_model = ListTableModel(decision_columns(show_unit=False), self)
        self.decisions_table = make_table(
            self.decisions_model,
            "received_decisions",
            [c.width for c in self.decisions_model.columns],
        )
        self.reference_model = ListTableModel(
            [
                ListColumn(
                    translate("standing_screen", "Tài liệu"), lambda r: r.kind_label, width=200
                ),
                ListColumn(translate("standing_screen", "Tên"), lambda r: r.title, width=260),
                ListColumn(
                    translate("standing_screen", "Phiên bản"), lambda r: r.version, width=100
                ),
                ListColumn(
                    translate("standing_screen", "Đơn vị ban hành"),
                    lambda r: r.owner_unit,
                    width=110,
                ),
                ListColumn(
                    translate("standing_screen", "Cập nhật"),
                    lambda r: local_time(r.updated_at),
                    sort=lambda r: r.updated_at,
                    width=130,
                ),
            ],
            self,
        )
        self.reference_table = make_table(
            self.reference_model, "reference_table", [c.width for c in self.reference_model.columns]
        )

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("standing_screen", "Kỳ:")))
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.import_button)

        standing_tab = QWidget()
        sl = QVBoxLayout(standing_tab)
        sl.addWidget(self.headline)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.metrics_table)
        peers = QWidget()
        pl = QVBoxLayout(peers)
        pl.setContentsMargins(0, 4, 0, 0)
        pl.addWidget(
            QLabel(
                translate("standing_screen", "<b>Các đơn vị cùng cấp</b> (đơn vị mình tô màu xanh)")
            )
        )
        pl.addWidget(self.peer_table, 1)
        split.addWidget(peers)
        split.setStretchFactor(1, 2)
        split.setSizes([self.metrics_table.maximumHeight(), 500])
        sl.addWidget(split, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(standing_tab, translate("standing_screen", "Xếp hạng trong tỉnh"))
        self.tabs.addTab(
            self.decisions_table, translate("standing_screen", "Ý kiến, quyết định của cấp trên")
        )
        self.tabs.addTab(self.reference_table, translate("standing_screen", "Tài liệu tham chiếu"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("standing_screen", "<h2>Phản hồi của cấp trên</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.period.currentIndexChanged.connect(lambda _: self._show_standing())
        self.import_button.clicked.connect(self.choose_files)
        self.refresh()

    def reload(self) -> None:
        """A rollup (or anything it carries) changed: read again."""
        self.refresh()

    def refresh(self) -> TaskHandle:
        """Read what came down from the upper level on a worker thread, then show it."""
        self._generation += 1
        generation, ctx = self._generation, self.ctx

        def work(_progress: Progress) -> tuple[list, list, list]:
            return (
                ul.received_standings(ctx),
                ul.decisions(ctx, received=True),
                ul.reference_documents(ctx),
            )

        def done(result: tuple[list, list, list]) -> None:
            if generation == self._generation:
                self._show(*result)

        self.load_task = run_task(
            self,
            translate("standing_screen", "Đọc phản hồi của cấp trên"),
            work,
            done,
            show_dialog=False,
        )
        return self.load_task

    def _show(
        self,
        standings: list[ul.ReceivedStanding],
        decisions: list[ul.DecisionRow],
        references: list[ul.ReferenceInfo],
    ) -> None:
        self.standings = standings
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for i, st in enumerate(self.standings):
            self.period.addItem(f"{st.period} — {st.from_unit_name}", i)
        self.period.blockSignals(False)
        index = self.period.findData(current)
        self.period.setCurrentIndex(max(index, 0))
        self._show_standing()
        self.decisions_model.set_rows(decisions)
        returns = sum(
            1
            for d in decisions
            if d.kind == ul.DecisionKind.RETURN_FOR_CORRECTION and not d.corrected
        )
        label = translate("standing_screen", "Ý kiến, quyết định của cấp trên")
        self.tabs.setTabText(
            1,
            translate("standing_screen", "{label} ({0}, {returns} cần sửa)").format(
                len(decisions), label=label, returns=returns
            )
            if returns
            else f"{label} ({len(decisions)})",
        )
        self.reference_model.set_rows(references)

    def _show_standing(self) -> None:
        index = self.period.currentData()
        if index is None or not self.standings:
            self.headline.setText(
                translate(
                    "standing_screen",
                    "Chưa nhận được bản tổng hợp nào từ cấp trên. Khi nhận được tệp bản tổng hợp "
                    '(.dvk), bấm "Nhập gói từ cấp trên…".',
                )
            )
            self.metrics_model.set_rows([])
            self.peer_model.set_rows([])
            return
        st = self.standings[index]
        f = st.figures
        sub = f.submission or {}
        status = (
            ul.Submission(sub["status"])
            if sub.get("status") in ul.Submission._value2member_map_
            else None
        )
        sub_text = ""
        if status is not None:
            due = (
                translate("standing_screen", ", hạn {0}").format(fmt_date(_date(sub.get("due_on"))))
                if sub.get("due_on")
                else ""
            )
            sub_text = translate(
                "standing_screen",
                "<br>Gửi dữ liệu kỳ {period}: <span "
                "style='background:{0}'>&nbsp;{label}&nbsp;</span>{due}",
            ).format(SUBMISSION_COLOURS[status], period=f.period, label=status.label, due=due)
            if sub.get("gaps"):
                sub_text += translate(
                    "standing_screen", "; cấp trên chưa nhận các gói số {0}"
                ).format(", ".join(map(str, sub["gaps"])))
        self.headline.setText(
            translate(
                "standing_screen",
                "<span style='font-size:14pt'>Kỳ <b>{period}</b>: đơn vị mình xếp thứ "
                "<b>{rank}</b> / {peers} đơn vị</span> (bản tổng hợp của "
                "{from_unit_name}, lập {0}){sub_text}",
            ).format(
                local_time(st.computed_at),
                period=f.period,
                rank=st.rank,
                peers=st.peers,
                from_unit_name=st.from_unit_name,
                sub_text=sub_text,
            )
        )
        rows = []
        metrics = ul.ordered_metrics(f.metrics)
        lower = {m.key for m in areas.ranked_metrics() if not m.higher_is_better}
        for key, m in metrics:
            rows.append(
                {
                    **m,
                    "key": key,
                    "rank_text": f"{m.get('rank', '')} / {st.peers}",
                    "lower_is_better": key in lower,
                    "best": m.get("min" if key in lower else "max"),
                }
            )
        self.metrics_model.set_rows(rows)
        keys = [k for k, _ in metrics]
        own = self.ctx.unit_code
        cols = [
            ListColumn(
                translate("standing_screen", "Hạng"),
                lambda p: p.get("rank", ""),
                sort=lambda p: p.get("rank", 0),
                align_right=True,
                width=50,
                background=lambda p: OWN_ROW if p.get("code") == own else None,
            ),
            ListColumn(
                translate("standing_screen", "Đơn vị"),
                lambda p: p.get("name", ""),
                width=240,
                background=lambda p: OWN_ROW if p.get("code") == own else None,
                bold=lambda p: p.get("code") == own,
            ),
        ] + [
            ListColumn(
                f.metrics[k]["label"],
                lambda p, k=k: _num(p.get(k, 0)),
                sort=lambda p, k=k: p.get(k, 0),
                align_right=True,
                width=150,
                background=lambda p: OWN_ROW if p.get("code") == own else None,
            )
            for k in keys
        ]
        self.peer_model.beginResetModel()
        self.peer_model.columns = cols
        self.peer_model.endResetModel()
        self.peer_model.set_rows(f.peer_table)
        for i, c in enumerate(cols):
            self.peer_table.setColumnWidth(i, c.width)

    def own_counts(self) -> dict[str, int]:
        """Models by status as the upper level counted them (for the tests and the headline)."""
        if not self.standings:
            return {}
        out: dict[str, int] = {}
        for per_status in self.standings[
            self.period.currentData() or 0
        ].figures.models_by_field_status.values():
            for status, n in per_status.items():
                out[status] = out.get(status, 0) + n
        return out

    def local_counts(self) -> dict[str, int]:
        counts = models.counts_by_field_status(
            self.ctx, models.ModelFilter(unit_code=self.ctx.unit_code)
        )
        out: dict[str, int] = {}
        for (_, status), n in counts.items():
            out[status] = out.get(status, 0) + n
        return {s.value: out[s.value] for s in ModelStatus if s.value in out}

    # ---- import ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("standing_screen", "Chọn các gói từ cấp trên"),
            str(Path.home()),
            translate("standing_screen", "Gói dữ liệu (*.dvk)"),
        )
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(
        self, paths: list[Path], *, trust_new: bool = False, accept_keys: Sequence[str] = ()
    ) -> TaskHandle:
        """Import in the background; the upper level's key, the first time, after the officer
        compared its fingerprint."""
        from danvan_desktop.sync import rollup

        def done(result: Any) -> None:
            self.last_import = result
            self.refresh()
            confirmed = [] if accept_keys else confirm_new_keys(self, result)
            if confirmed:
                self.start_import(paths, accept_keys=confirmed)
                return
            info(self, translate("standing_screen", "Nhập gói từ cấp trên"), result.summary())

        self.task = run_task(
            self,
            translate("standing_screen", "Nhập gói từ cấp trên"),
            lambda progress: rollup.import_from_upper(
                self.ctx, paths, progress=progress, trust_new=trust_new, accept_keys=accept_keys
            ),
            done,
        )
        return self.task


def _date(text: str | None):  # noqa: ANN202
    import datetime as dt

    return dt.date.fromisoformat(text) if text else None
