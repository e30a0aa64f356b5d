"""Gửi, nhận dữ liệu: export bundles, import them (file dialog or drag-and-drop of many files)
with a preview, confirm senders' keys by fingerprint, the import ledger, the conflict register
and this install's key.

Long work (export, preview, import) runs through ui.tasks.run_task with progress and cancel.
The screen never queries the database itself: it calls sync.exporter / importer / ledger /
conflicts / trust and shows the plain results. Two hooks let tests drive it without native
dialogs: `choose_folder()` and `confirm_key(notice)` (the real trust dialog by default).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import signing_keys, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.sync import exporter, importer, ledger, trust
from danvan_desktop.sync.importer import BundleReport, KeyNotice
from danvan_desktop.ui.areas import Area
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import BUNDLE_STATUS_COLOURS as STATUS_COLOURS
from danvan_desktop.ui.kit.ops import TaskHandle, run_task
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.sync_conflicts import ConflictsPart
from danvan_desktop.ui.sync_keys import KeysPart
from danvan_desktop.ui.sync_widgets import (
    KIND_LABELS,
    STATUS_LABELS,
    DropArea,
    TrustDialog,
    _created,
    _when,
)
from danvan_desktop.ui.widgets import info, warn

NAV = Area(
    "sync",
    translate("sync_screen", "Gửi, nhận dữ liệu"),
    "danvan_desktop.ui.sync_screen:SyncScreen",
    order=80,
    tooltip=translate(
        "sync_screen", "Xuất, nhập gói dữ liệu (.dvk), sổ nhập, xung đột, khóa ký số"
    ),
)


class SyncScreen(ConflictsPart, KeysPart):
    watched_types = {"*"}  # imports change any record type; the ledger and keys too

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.previews: list[BundleReport] = []
        self.choose_folder = self._choose_folder
        self.confirm_key = self._confirm_key
        can_sync = ctx.can(Permission.SYNC)

        title = QLabel(translate("sync_screen", "<h2>Gửi, nhận dữ liệu</h2>"))
        self.identity = QLabel()
        self.identity.setObjectName("identity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._import_tab(can_sync), translate("sync_screen", "Nhận về"))
        self.tabs.addTab(self._export_tab(can_sync), translate("sync_screen", "Gửi đi"))
        self.tabs.addTab(self._ledger_tab(), translate("sync_screen", "Sổ nhập"))
        self.tabs.addTab(self._conflicts_tab(), translate("sync_screen", "Xung đột"))
        self.tabs.addTab(self._keys_tab(can_sync), translate("sync_screen", "Khóa ký số"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.identity)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ---- tabs -----------------------------------------------------------------------------
    def _import_tab(self, can_sync: bool) -> QWidget:
        w = QWidget()
        self.drop_area = DropArea()
        self.drop_area.dropped.connect(self.add_files)
        self.choose_files_button = QPushButton(translate("sync_screen", "Chọn tệp…"))
        self.choose_dir_button = QPushButton(translate("sync_screen", "Chọn thư mục…"))
        self.import_button = QPushButton(translate("sync_screen", "Nhập các gói hợp lệ"))
        self.import_button.setObjectName("import_bundles")
        self.clear_button = QPushButton(translate("sync_screen", "Xóa danh sách"))
        self.import_button.setEnabled(False)
        for b in (self.choose_files_button, self.choose_dir_button):
            b.setEnabled(can_sync)
        self.choose_files_button.clicked.connect(self._pick_files)
        self.choose_dir_button.clicked.connect(self._pick_dir)
        self.import_button.clicked.connect(self.import_previewed)
        self.clear_button.clicked.connect(self.clear_previews)
        self.preview_table = make_table(
            [
                translate("sync_screen", "Tệp"),
                translate("sync_screen", "Nơi gửi"),
                translate("sync_screen", "Loại"),
                translate("sync_screen", "Số gói"),
                translate("sync_screen", "Kết quả"),
                translate("sync_screen", "Mới"),
                translate("sync_screen", "Cập nhật"),
                translate("sync_screen", "Không đổi"),
                translate("sync_screen", "Xung đột"),
                translate("sync_screen", "Từ chối"),
            ],
            "preview_table",
        )
        self.preview_table.itemSelectionChanged.connect(self._show_preview_detail)
        self.entity_table = make_table(
            [
                translate("sync_screen", "Loại dữ liệu"),
                translate("sync_screen", "Trong gói"),
                translate("sync_screen", "Mới"),
                translate("sync_screen", "Cập nhật"),
                translate("sync_screen", "Không đổi"),
                translate("sync_screen", "Cũ hơn"),
                translate("sync_screen", "Xung đột"),
                translate("sync_screen", "Từ chối"),
            ],
            "entity_table",
        )
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("preview_detail")
        self.detail.setReadOnly(True)
        buttons = QHBoxLayout()
        for b in (self.choose_files_button, self.choose_dir_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.import_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.entity_table)
        lower.addWidget(self.detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.preview_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(w)
        layout.addWidget(self.drop_area)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return w

    def _export_tab(self, can_sync: bool) -> QWidget:
        w = QWidget()
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setEditable(True)
        today = dt.date.today()
        for p in (
            exporter.default_period(today),
            f"{today.year}-Q{(today.month - 1) // 3 + 1}",
            f"{today.year}-H{1 if today.month <= 6 else 2}",
            str(today.year),
        ):
            self.period.addItem(p)
        self.full_check = QCheckBox(
            translate("sync_screen", "Gửi toàn bộ dữ liệu (không chỉ phần thay đổi)")
        )
        self.full_check.setObjectName("full")
        self.export_button = QPushButton(translate("sync_screen", "Xuất gói dữ liệu…"))
        self.export_button.setObjectName("export_bundle")
        self.export_button.setEnabled(can_sync)
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.export_state = QLabel()
        self.export_state.setObjectName("export_state")
        self.export_state.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("sync_screen", "Gửi cho:"), self.recipient)
        form.addRow(translate("sync_screen", "Kỳ báo cáo:"), self.period)
        form.addRow("", self.full_check)
        box = QGroupBox(translate("sync_screen", "Xuất gói dữ liệu gửi cấp trên"))
        bl = QVBoxLayout(box)
        bl.addLayout(form)
        bl.addWidget(self.export_state)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        bl.addLayout(row)
        self.export_table = make_table(
            [
                translate("sync_screen", "Thời điểm"),
                translate("sync_screen", "Loại"),
                translate("sync_screen", "Gửi cho"),
                translate("sync_screen", "Số gói"),
                translate("sync_screen", "Kỳ"),
                translate("sync_screen", "Toàn bộ"),
                translate("sync_screen", "Số bản ghi"),
                translate("sync_screen", "Tệp"),
                translate("sync_screen", "Đã xác nhận"),
            ],
            "export_table",
        )
        layout = QVBoxLayout(w)
        layout.addWidget(box)
        layout.addWidget(QLabel(translate("sync_screen", "<b>Các gói đã xuất</b>")))
        layout.addWidget(self.export_table, 1)
        return w

    def _ledger_tab(self) -> QWidget:
        w = QWidget()
        self.ledger_table = make_table(
            [
                translate("sync_screen", "Thời điểm nhập"),
                translate("sync_screen", "Nơi gửi"),
                translate("sync_screen", "Máy gửi"),
                translate("sync_screen", "Loại"),
                translate("sync_screen", "Số gói"),
                translate("sync_screen", "Kỳ"),
                translate("sync_screen", "Mới"),
                translate("sync_screen", "Cập nhật"),
                translate("sync_screen", "Không đổi"),
                translate("sync_screen", "Xung đột"),
                translate("sync_screen", "Người nhập"),
                translate("sync_screen", "Ghi chú"),
            ],
            "ledger_table",
        )
        layout = QVBoxLayout(w)
        layout.addWidget(
            QLabel(
                translate(
                    "sync_screen",
                    "Mỗi gói chỉ được nhập một lần; nhập lại cùng một gói không thay đổi dữ liệu.",
                )
            )
        )
        layout.addWidget(self.ledger_table, 1)
        return w

    # ---- refresh --------------------------------------------------------------------------
    def refresh(self) -> None:
        me = trust.own_identity(self.ctx)
        unit = units.get(self.ctx, me.unit_code)
        self.unit_name = unit.full_name if unit else me.unit_code
        self.identity.setText(
            translate(
                "sync_screen",
                "{unit_name} · máy {0} · khóa <span style='font-family: monospace'>{1}</span>",
            ).format(me.install_id[-12:], me.fingerprint or "—", unit_name=self.unit_name)
        )
        self.own_fingerprint.setText(me.fingerprint or translate("sync_screen", "Chưa có khóa"))
        self.key_state.setText(
            translate("sync_screen", "Khóa đang mở cho tài khoản này: có thể ký gói dữ liệu.")
            if signing_keys.is_unlocked(self.ctx)
            else translate(
                "sync_screen",
                "Khóa chưa mở cho tài khoản này: chưa ký được gói. Hãy đăng nhập lại hoặc nhờ quản "
                "trị viên đặt lại mật khẩu cho tài khoản.",
            )
        )
        self._fill_recipients(me.unit_code)
        fill_table(
            self.export_table,
            [
                [
                    _when(r.created_at),
                    KIND_LABELS.get(r.kind, r.kind),
                    r.recipient_name,
                    r.seq,
                    r.period,
                    translate("sync_screen", "có")
                    if r.full
                    else translate("sync_screen", "sau gói {since_seq}").format(
                        since_seq=r.since_seq
                    ),
                    r.records,
                    r.file_name,
                    _when(r.acked_at) or translate("sync_screen", "chưa"),
                ]
                for r in ledger.list_exports(self.ctx)
            ],
            numeric=(3, 6),
        )
        fill_table(
            self.ledger_table,
            [
                [
                    _when(r.imported_at),
                    r.sender_name,
                    r.sender_install[-12:],
                    KIND_LABELS.get(r.kind, r.kind),
                    r.seq,
                    r.period,
                    r.new,
                    r.updated,
                    r.unchanged,
                    r.conflicts,
                    r.imported_by,
                    " ".join(r.warnings),
                ]
                for r in ledger.list_imports(self.ctx)
            ],
            numeric=(4, 6, 7, 8, 9),
        )
        self.refresh_conflicts()
        self.refresh_keys()

    def _fill_recipients(self, unit_code: str) -> None:
        current = self.recipient.currentData()
        self.recipient.clear()
        with self.ctx.read() as s:
            up = exporter.ancestor_codes(s, unit_code)
        if up and up[0] != "VN":
            parent = units.get(self.ctx, up[0])
            self.recipient.addItem(parent.full_name if parent else up[0], up[0])
        self.recipient.addItem(
            translate("sync_screen", "Máy khác của {unit_name}").format(unit_name=self.unit_name),
            unit_code,
        )
        index = self.recipient.findData(current)
        self.recipient.setCurrentIndex(max(index, 0))

    # ---- export ---------------------------------------------------------------------------
    def _choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("sync_screen", "Chọn nơi lưu gói dữ liệu (ví dụ ổ USB)")
        )
        return Path(folder) if folder else None

    def export_bundle(self, folder: Path | None = None) -> TaskHandle | None:
        folder = folder or self.choose_folder()
        if folder is None:
            return None
        recipient = self.recipient.currentData()
        period = self.period.currentText().strip()
        full = self.full_check.isChecked()
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            return exporter.export_data(
                ctx,
                folder,
                recipient=recipient,
                full=full,
                period=period or None,
                progress=progress,
            )

        def done(result: exporter.ExportResult) -> None:
            what = (
                translate("sync_screen", "toàn bộ dữ liệu")
                if result.full
                else translate("sync_screen", "thay đổi sau gói số {since_seq}").format(
                    since_seq=result.since_seq
                )
            )
            self.export_state.setText(
                translate(
                    "sync_screen", "Đã xuất gói số {seq} ({what}, {records} bản ghi):\n{path}"
                ).format(seq=result.seq, what=what, records=result.records, path=result.path)
            )
            self.refresh()

        self.task = run_task(self, translate("sync_screen", "Xuất gói dữ liệu"), work, done)
        return self.task

    # ---- import ---------------------------------------------------------------------------
    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("sync_screen", "Chọn gói dữ liệu"),
            "",
            translate("sync_screen", "Gói dữ liệu (*.dvk);;Mọi tệp (*)"),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def _pick_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("sync_screen", "Chọn thư mục chứa các gói dữ liệu")
        )
        if folder:
            self.add_files([Path(folder)])

    def add_files(self, paths: list[Path]) -> TaskHandle | None:
        """Check and preview the dropped or chosen files (nothing is written)."""
        known = {r.source for r in self.previews}
        files = [p for p in importer.expand_paths(paths) if p not in known]
        if not files:
            return None
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            return importer.import_bundles(ctx, files, dry_run=True, progress=progress)

        def done(reports: list[BundleReport]) -> None:
            self.previews.extend(reports)
            self._show_previews()

        self.task = run_task(self, translate("sync_screen", "Kiểm tra gói dữ liệu"), work, done)
        return self.task

    def clear_previews(self) -> None:
        self.previews = []
        self._show_previews()

    def _unit_name(self, code: str) -> str:
        cache = self.__dict__.setdefault("_names", {})
        if code not in cache:
            unit = units.get(self.ctx, code)
            cache[code] = unit.full_name if unit else code
        return cache[code]

    def _needs_key(self, r: BundleReport) -> bool:
        return r.key_notice is not None and (r.status == "preview" or r.code == "key_changed")

    def _show_previews(self) -> None:
        rows, colours = [], []
        for r in self.previews:
            m = r.manifest
            status = STATUS_LABELS.get(r.status, r.status)
            if r.status == "refused":
                status = r.message
            elif self._needs_key(r):
                status = translate("sync_screen", "Cần xác nhận khóa của nơi gửi")
            if r.status == "preview" and r.manifest is not None and r.manifest.kind == "ack":
                status = r.summary()
            rows.append(
                [
                    r.source.name,
                    self._unit_name(m.sender_unit) if m else "",
                    KIND_LABELS.get(m.kind, m.kind) if m else "",
                    m.seq if m else "",
                    status,
                    r.total("new"),
                    r.total("updated"),
                    r.total("unchanged") + r.total("stale"),
                    r.total("conflicts"),
                    r.total("rejected"),
                ]
            )
            colours.append(
                STATUS_COLOURS["trust"] if self._needs_key(r) else STATUS_COLOURS.get(r.status)
            )
        fill_table(self.preview_table, rows, colours, numeric=(3, 5, 6, 7, 8, 9))
        self.preview_table.setColumnWidth(4, min(self.preview_table.columnWidth(4), 420))
        self.import_button.setEnabled(
            any(r.status == "preview" or self._needs_key(r) for r in self.previews)
        )
        if rows:
            self.preview_table.selectRow(0)
        else:
            self.entity_table.setRowCount(0)
            self.detail.clear()

    def _show_preview_detail(self) -> None:
        rows = self.preview_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.previews):
            return
        r = self.previews[rows[0].row()]
        fill_table(
            self.entity_table,
            [
                [
                    importer.spec_label(e),
                    c.manifest,
                    c.new,
                    c.updated,
                    c.unchanged,
                    c.stale,
                    c.conflicts,
                    c.rejected,
                ]
                for e, c in r.entities.items()
                if c.manifest
            ],
            numeric=range(1, 8),
        )
        self.entity_table.setColumnWidth(0, min(self.entity_table.columnWidth(0), 230))
        lines = [r.message or r.summary()]
        if r.manifest is not None:
            m = r.manifest
            lines.append(
                translate(
                    "sync_screen", "Gói số {seq} của {0} (máy {sender_install}), {1}, tạo lúc {2}."
                ).format(
                    self._unit_name(m.sender_unit),
                    translate("sync_screen", "toàn bộ")
                    if m.full
                    else translate("sync_screen", "thay đổi sau gói số {since_seq}").format(
                        since_seq=m.since_seq
                    ),
                    _created(m.created_at),
                    seq=m.seq,
                    sender_install=m.sender_install,
                )
            )
        if r.key_notice is not None:
            lines.append(
                translate("sync_screen", "Dấu vân tay khóa của nơi gửi: {fingerprint}").format(
                    fingerprint=r.key_notice.fingerprint
                )
            )
        lines += [f"• {w}" for w in r.warnings]
        lines += [f"✗ {x.reason}" for x in r.rejections[:50]]
        lines += [
            translate("sync_screen", "⚠ Xung đột: {0} {record_id} ({1})").format(
                importer.spec_label(c.entity), ", ".join(c.fields), record_id=c.record_id
            )
            for c in r.conflicts[:50]
        ]
        self.detail.setPlainText("\n".join(lines))

    def _confirm_key(self, notice: KeyNotice) -> bool:
        return TrustDialog(notice, self).exec() == QDialog.DialogCode.Accepted

    def import_previewed(self) -> TaskHandle | None:
        """Import the bundles whose preview passed; unknown or changed keys are asked first."""
        accepted: set[str] = set()
        asked: dict[str, bool] = {}
        files: list[Path] = []
        for r in self.previews:
            if self._needs_key(r):
                fp = r.key_notice.fingerprint
                if fp not in asked:
                    asked[fp] = self.confirm_key(r.key_notice)
                if not asked[fp]:
                    continue
                accepted.add(fp)
            elif r.status != "preview":
                continue
            files.append(r.source)
        if not files:
            return None
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            return importer.import_bundles(ctx, files, accept_keys=accepted, progress=progress)

        def done(reports: list[BundleReport]) -> None:
            by_source = {r.source: r for r in reports}
            self.previews = [by_source.get(r.source, r) for r in self.previews]
            self._show_previews()
            self.refresh()
            applied = [r for r in reports if r.status == "applied"]
            refused = [r for r in reports if r.status == "refused"]
            text = [translate("sync_screen", "Đã nhập {0} gói.").format(len(applied))]
            acks = [r.ack.path for r in applied if r.ack is not None]
            if acks:
                text.append(
                    translate(
                        "sync_screen", "Gói xác nhận gửi lại nơi gửi ({0}) đã lưu tại:\n{1}"
                    ).format(len(acks), acks[0].parent)
                )
            if any(r.total("conflicts") for r in applied):
                text.append(translate("sync_screen", 'Có xung đột cần xử lý: xem thẻ "Xung đột".'))
            if refused:
                text.append(
                    translate("sync_screen", "{0} gói bị từ chối:\n").format(len(refused))
                    + "\n".join(f"• {r.source.name}: {r.message}" for r in refused[:10])
                )
            (warn if refused else info)(
                self, translate("sync_screen", "Nhập gói dữ liệu"), "\n\n".join(text)
            )

        # The importer writes rows in bulk (not through ORM objects), so the record types it
        # touched are not collected one by one: every screen reloads after an import.
        self.task = run_task(
            self, translate("sync_screen", "Nhập gói dữ liệu"), work, done, changes={"*"}
        )
        return self.task


__all__ = ["DropArea", "SyncScreen", "TrustDialog"]
