"""The items of one plan (nội dung công việc): add and edit an item, record progress, mark it
done (a completion date is required), attach evidence; each row coloured by its status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from danvan_desktop.services.plans import plans as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, ask_to_delete, subset
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.plans.common import ITEM_COLOURS

if TYPE_CHECKING:
    from danvan_desktop.ui.plans.register import PlansTab


class ItemsPanel(QWidget):
    HEADERS = [
        translate("plans.items", "STT"),
        translate("plans.items", "Nội dung công việc"),
        translate("plans.items", "Người, đơn vị thực hiện"),
        translate("plans.items", "Thời hạn"),
        translate("plans.items", "Trạng thái"),
        translate("plans.items", "Ngày hoàn thành"),
        translate("plans.items", "Minh chứng"),
        translate("plans.items", "Tiến độ gần nhất"),
    ]

    def __init__(self, tab: PlansTab) -> None:
        super().__init__()
        self.tab = tab
        self.plan: svc.PlanView | None = None
        self.by_id: dict[str, svc.ItemView] = {}
        self.table = make_table(self.HEADERS, "items_table", on_open=self.edit_item)
        buttons = QHBoxLayout()
        for b in (
            tab.button(translate("plans.items", "Thêm công việc…"), "add_item", self.add_item),
            tab.button(translate("plans.items", "Sửa…"), "edit_item", self.edit_item),
            tab.button(
                translate("plans.items", "Ghi nhận tiến độ…"), "add_progress", self.add_progress
            ),
            tab.button(
                translate("plans.items", "Đánh dấu hoàn thành…"), "mark_done", self.mark_done
            ),
            tab.button(
                translate("plans.items", "Đính kèm minh chứng…"), "attach_file", self.attach_file
            ),
            tab.button(
                translate("plans.items", "Mở minh chứng"), "open_file", self.open_file, edit=False
            ),
            tab.button(translate("plans.items", "Xóa"), "delete_item", self.delete_item),
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def show_plan(self, plan: svc.PlanView | None) -> None:
        self.plan = plan
        items = list(plan.items) if plan else []
        self.by_id = {i.id: i for i in items}
        rows = [
            [
                i.seq,
                i.content,
                i.responsible,
                i.due_on,
                i.status_label,
                i.done_on,
                len(i.evidence) or "",
                (f"{i.progress[-1].on:%d/%m/%Y}: {i.progress[-1].note}" if i.progress else ""),
            ]
            for i in items
        ]
        # every progress note and evidence file of an item in its row's tooltip (the table shows
        # the latest note only)
        tips = [
            "\n".join(
                [f"{p.on:%d/%m/%Y}: {p.note}" for p in i.progress]
                + [f"📎 {e.file_name}" for e in i.evidence]
            )
            for i in items
        ]
        fill_table(
            self.table,
            rows,
            [i.id for i in items],
            [ITEM_COLOURS[i.status] for i in items],
            tips,
            numeric=[0, 6],
        )
        self.table.setColumnWidth(1, 320)
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 170))

    def item_id(self) -> str | None:
        return selected_id(self.table)

    def _need_plan(self) -> str | None:
        return self.tab.need(
            self.plan.id if self.plan else None, translate("plans.items", "một kế hoạch")
        )

    def _need_item(self) -> str | None:
        return self.tab.need(self.item_id(), translate("plans.items", "một công việc"))

    def _reload(self) -> None:
        self.tab.refresh()
        self.tab.screen.refresh_others(self.tab)

    def item_dialog(self, item: svc.ItemView | None) -> FormDialog:
        fields = [
            Field(
                "content",
                translate("plans.items", "Nội dung công việc"),
                "multiline",
                required=True,
            ),
            Field("responsible", translate("plans.items", "Người, đơn vị thực hiện")),
            Field("due_on", translate("plans.items", "Thời hạn"), "date_opt"),
            Field("done_on", translate("plans.items", "Ngày hoàn thành"), "date_opt"),
            Field("note", translate("plans.items", "Ghi chú"), "multiline"),
        ]
        plan_id = self.plan.id if self.plan else ""
        if item is None:
            values: dict[str, Any] = {}

            def save(v: dict) -> Any:
                return svc.add_item(self.tab.ctx, plan_id, subset(v, svc.ItemInput), self.tab.today)
        else:
            values = {
                k: getattr(item, k) for k in ("content", "responsible", "due_on", "done_on", "note")
            }

            def save(v: dict) -> Any:
                return svc.update_item(
                    self.tab.ctx, item.id, subset(v, svc.ItemInput), item.revision, self.tab.today
                )

        return FormDialog(
            translate("plans.items", "Nội dung công việc"), fields, values, save, self
        )

    def add_item(self) -> None:
        if self._need_plan() and self.tab.run_dialog(self.item_dialog(None)):
            self._reload()

    def edit_item(self) -> None:
        iid = self._need_item()
        if iid and self.tab.run_dialog(self.item_dialog(self.by_id[iid])):
            self._reload()

    def add_progress(self) -> None:
        iid = self._need_item()
        if not iid:
            return
        fields = [
            Field("on", translate("plans.items", "Ngày"), "date"),
            Field("note", translate("plans.items", "Tiến độ"), "multiline", required=True),
            Field("percent", translate("plans.items", "Phần trăm hoàn thành"), "int", maximum=100),
        ]

        def save(v: dict) -> Any:
            return svc.add_progress(
                self.tab.ctx, iid, v["on"], v["note"], v["percent"] or None, self.tab.today
            )

        dialog = FormDialog(
            translate("plans.items", "Ghi nhận tiến độ"), fields, {"on": self.tab.today}, save, self
        )
        if self.tab.run_dialog(dialog):
            self._reload()

    def mark_done(self) -> None:
        iid = self._need_item()
        if not iid:
            return
        fields = [
            Field("done_on", translate("plans.items", "Ngày hoàn thành"), "date_opt", required=True)
        ]

        def save(v: dict) -> Any:
            return svc.mark_done(self.tab.ctx, iid, v["done_on"], self.tab.today)

        dialog = FormDialog(
            translate("plans.items", "Hoàn thành công việc"),
            fields,
            {"done_on": self.tab.today},
            save,
            self,
            intro=translate("plans.items", "Việc đã hoàn thành phải có ngày hoàn thành."),
        )
        if self.tab.run_dialog(dialog):
            self._reload()

    def attach_file(self) -> None:
        iid = self._need_item()
        if not iid:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, translate("plans.items", "Chọn tệp minh chứng"), str(Path.home())
        )
        if path:
            self.attach(iid, Path(path))

    def attach(self, item_id: str, path: Path) -> bool:
        """Copy a file into the evidence store for an item (tests call this directly)."""
        done = self.tab.act(lambda: svc.attach_evidence(self.tab.ctx, item_id, path))
        if done:
            self._reload()
        return done

    def evidence_paths(self, item_id: str) -> list[Path]:
        """The item's evidence files in the store (those that reached this install)."""
        from danvan_desktop.services.evidence import evidence_file

        found = (evidence_file(self.tab.ctx, e.sha256) for e in self.by_id[item_id].evidence)
        return [p for p in found if p is not None]

    def open_file(self) -> None:
        """Open the item's newest evidence file with the system's viewer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from danvan_desktop.ui.widgets import info

        iid = self._need_item()
        if not iid:
            return
        paths = self.evidence_paths(iid)
        if not paths:
            info(
                self,
                translate("plans.items", "Minh chứng"),
                translate("plans.items", "Công việc này chưa có tệp minh chứng ở máy này."),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[-1])))

    def delete_item(self) -> None:
        iid = self._need_item()
        if (
            iid
            and ask_to_delete(self, translate("plans.items", "công việc này"))
            and self.tab.act(lambda: svc.delete_item(self.tab.ctx, iid))
        ):
            self._reload()
