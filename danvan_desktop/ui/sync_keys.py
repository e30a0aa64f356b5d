"""The sync screen's signing keys: this machine's fingerprint and public-key file, and the
senders' keys registered here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.sync import keys, trust
from danvan_desktop.sync.errors import SyncError
from danvan_desktop.sync.importer import KeyNotice
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.sync_widgets import (
    MONO,
    _source_label,
    _when,
)
from danvan_desktop.ui.widgets import info, warn


class KeysPart(QWidget):
    """Mixed into SyncScreen: the \"Khóa ký số\" tab and its actions."""

    ctx: AppContext

    def _keys_tab(self, can_sync: bool) -> QWidget:
        w = QWidget()
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("own_fingerprint")
        big = QFont(MONO)
        big.setPointSize(14)
        big.setBold(True)
        self.own_fingerprint.setFont(big)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.save_key_button = QPushButton(translate("sync_keys", "Lưu tệp khóa công khai…"))
        self.trust_file_button = QPushButton(translate("sync_keys", "Đăng ký khóa từ tệp…"))
        self.trust_file_button.setEnabled(can_sync)
        self.save_key_button.clicked.connect(self.save_public_key)
        self.trust_file_button.clicked.connect(self.trust_key_file)
        self.keys_table = make_table(
            [
                translate("sync_keys", "Đơn vị"),
                translate("sync_keys", "Máy"),
                translate("sync_keys", "Dấu vân tay"),
                translate("sync_keys", "Trạng thái"),
                translate("sync_keys", "Cách đăng ký"),
                translate("sync_keys", "Người xác nhận"),
                translate("sync_keys", "Ngày"),
            ],
            "keys_table",
        )
        own = QGroupBox(translate("sync_keys", "Khóa ký số của máy này"))
        ol = QVBoxLayout(own)
        ol.addWidget(
            QLabel(
                translate("sync_keys", "Dấu vân tay (đọc cho nơi nhận khi họ gọi điện đối chiếu):")
            )
        )
        ol.addWidget(self.own_fingerprint)
        ol.addWidget(self.key_state)
        row = QHBoxLayout()
        row.addWidget(self.save_key_button)
        row.addStretch(1)
        row.addWidget(self.trust_file_button)
        ol.addLayout(row)
        layout = QVBoxLayout(w)
        layout.addWidget(own)
        layout.addWidget(QLabel(translate("sync_keys", "<b>Khóa của các nơi gửi</b>")))
        layout.addWidget(self.keys_table, 1)
        return w

    def refresh_keys(self) -> None:
        fill_table(
            self.keys_table,
            [
                [
                    k.unit_code,
                    k.install_id[-12:],
                    k.fingerprint,
                    translate("sync_keys", "tin cậy")
                    if k.status == "trusted"
                    else translate("sync_keys", "đã thay"),
                    _source_label(k.source),
                    k.confirmed_by,
                    _when(k.added_at),
                ]
                for k in trust.list_keys(self.ctx)
            ],
        )

    # ---- keys -----------------------------------------------------------------------------
    def save_public_key(self) -> None:
        me = trust.own_identity(self.ctx)
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("sync_keys", "Lưu tệp khóa công khai"),
            f"khoa-{me.unit_code}-{me.install_id[-8:]}.json",
            translate("sync_keys", "Tệp khóa (*.json)"),
        )
        if not name:
            return
        try:
            made = trust.export_own_key(self.ctx, Path(name))
        except (RuleViolation, OSError) as exc:
            warn(self, translate("sync_keys", "Lưu tệp khóa"), getattr(exc, "message", str(exc)))
            return
        info(
            self,
            translate("sync_keys", "Lưu tệp khóa"),
            translate("sync_keys", "Đã lưu {name}\nDấu vân tay: {fingerprint}").format(
                name=name, fingerprint=made.fingerprint
            ),
        )

    def trust_key_file(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                translate("sync_keys", "Chọn tệp khóa công khai của nơi gửi"),
                "",
                translate("sync_keys", "Tệp khóa (*.json);;Mọi tệp (*)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            key = keys.read_public_key_file(path)
        except SyncError as exc:
            warn(self, translate("sync_keys", "Đăng ký khóa"), exc.message)
            return
        known = {
            (k.unit_code, k.install_id): k.fingerprint
            for k in trust.list_keys(self.ctx)
            if k.status == "trusted"
        }
        previous = known.get((key.unit_code, key.install_id))
        unit = units.get(self.ctx, key.unit_code)
        notice = KeyNotice(
            key.unit_code,
            key.install_id,
            key.fingerprint,
            previous if previous != key.fingerprint else None,
            unit.full_name if unit else key.unit_code,
        )
        if previous == key.fingerprint:
            info(
                self,
                translate("sync_keys", "Đăng ký khóa"),
                translate("sync_keys", "Khóa này đã được đăng ký."),
            )
            return
        if not self.confirm_key(notice):
            return
        if act(
            self,
            lambda: trust.trust_key_file(self.ctx, path, replace=previous is not None),
            translate("sync_keys", "Đăng ký khóa"),
            expected=(SyncError,),
            warn=lambda *a: warn(*a),
        ):
            self.refresh()
