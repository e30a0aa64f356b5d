"""Bundles in and out of the upper-level screen: import a folder of commune bundles (asking the
officer to confirm new or changed sender keys), export rollups to the communes and the Excel
workbook of the period's figures, each off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import confirm, info


def confirm_new_keys(parent: QWidget, result: Any) -> list[str]:
    """Ask the officer to compare the fingerprints of senders seen for the first time (or with a
    changed key); returns the fingerprints confirmed (all or none)."""
    notices = result.key_notices
    if not notices:
        return []
    lines = "\n".join(
        translate("upper_level.transfers", "• {unit_name} (máy {0}): {fingerprint}").format(
            n.install_id[-12:], unit_name=n.unit_name, fingerprint=n.fingerprint
        )
        + (
            translate("upper_level.transfers", " — khóa cũ {previous_fingerprint}").format(
                previous_fingerprint=n.previous_fingerprint
            )
            if n.previous_fingerprint
            else ""
        )
        for n in notices
    )
    asked = confirm(
        parent,
        translate("upper_level.transfers", "Xác nhận khóa của nơi gửi"),
        translate(
            "upper_level.transfers",
            "Các gói sau đến từ nơi gửi chưa đăng ký khóa hoặc đã đổi khóa:\n{lines}\n\n"
            "Hãy gọi điện cho từng nơi gửi và đọc đối chiếu dấu vân tay. Nếu đúng, "
            'bấm "Có" để nhận các khóa này và nhập lại các gói.',
        ).format(lines=lines),
    )
    return [n.fingerprint for n in notices] if asked else []


class UpperLevelTransfers:
    """The long work of the upper-level screen (mixed into UpperLevelScreen): importing a folder
    of commune bundles, sending rollups back down and writing the Excel workbook, each as a task
    with progress and cancel."""

    # ---- long work ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("upper_level.transfers", "Chọn thư mục chứa các gói dữ liệu của xã (.dvk)"),
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
            info(
                self,
                translate("upper_level.transfers", "Nhập thư mục gói dữ liệu"),
                result.summary(),
            )

        self.task = run_task(
            self,
            translate("upper_level.transfers", "Nhập gói dữ liệu của các xã"),
            lambda progress: rollup.import_folder(
                self.ctx, folder, progress=progress, trust_new=trust_new, accept_keys=accept_keys
            ),
            done,
        )
        return self.task

    def choose_rollup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("upper_level.transfers", "Chọn thư mục để ghi bản tổng hợp gửi về xã")
        )
        if folder:
            self.start_rollups(Path(folder))

    def start_rollups(self, out_dir: Path, unit: str | None = None) -> TaskHandle:
        from danvan_desktop.sync import rollup

        period = self.current_period() or str(self.today.year)

        def done(paths: list[Path]) -> None:
            self.last_rollups = paths
            self.refresh()
            info(
                self,
                translate("upper_level.transfers", "Bản tổng hợp"),
                translate(
                    "upper_level.transfers", "Đã ghi {0} gói bản tổng hợp vào {out_dir}."
                ).format(len(paths), out_dir=out_dir),
            )

        self.task = run_task(
            self,
            translate("upper_level.transfers", "Ghi bản tổng hợp gửi về xã"),
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
            translate("upper_level.transfers", "Xuất Excel"),
            str(Path.home() / f"tong-hop-ky-{period}.xlsx"),
            translate("upper_level.transfers", "Bảng tính Excel (*.xlsx)"),
        )
        if path:
            self.start_xlsx(Path(path).with_suffix(".xlsx"))

    def start_xlsx(self, target: Path) -> TaskHandle:
        from danvan_desktop.reports import upper_level_reports

        period = self.current_period() or str(self.today.year)
        rows, activities = list(self.all_rows), list(self.activity_rows)
        self.task = run_task(
            self,
            translate("upper_level.transfers", "Xuất Excel"),
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
