"""Tuyên truyền: the register of dissemination events (conferences, trainings, broadcasts,
articles, posts), participants by group with the total computed as the officer types, and the
evidence files (photos, minutes, the article) attached to an event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from danvan_desktop.services.democracy import dissemination as svc
from danvan_desktop.services.democracy.rules import rules
from danvan_desktop.ui.democracy.common import RegisterTab, numbers
from danvan_desktop.ui.democracy.evidence import EvidenceDialog
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, subset
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.widgets import info

GROUP_FIELDS = tuple(svc.GROUPS)


class EventsTab(RegisterTab):
    NAME = "events"
    ADD = translate("democracy.events", "Thêm hoạt động…")
    HEADERS = (
        translate("democracy.events", "Ngày"),
        translate("democracy.events", "Hình thức"),
        translate("democracy.events", "Nội dung"),
        translate("democracy.events", "Tổng số người"),
        translate("democracy.events", "Cán bộ"),
        translate("democracy.events", "Đảng viên"),
        translate("democracy.events", "ĐV, HV"),
        translate("democracy.events", "Nhân dân"),
        translate("democracy.events", "Tin, bài"),
        translate("democracy.events", "Minh chứng"),
        translate("democracy.events", "Văn bản quán triệt"),
    )
    CAPS = {1: 190, 2: 330}

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.evidence_button = self.button(
            translate("democracy.events", "Minh chứng…"), "evidence", self.attach, edit=False
        )
        self.head.addWidget(self.evidence_button)
        self.table.setToolTip(
            translate("democracy.events", "ĐV, HV: đoàn viên, hội viên. Nhấn đúp để sửa.")
        )

    def years(self) -> list[int]:
        return svc.years(self.ctx, self.today)

    def load(self, year: int | None, search: str) -> list[svc.EventRow]:
        return svc.list_events(self.ctx, year, search)

    def cells(self, r: svc.EventRow) -> list[Any]:
        return [
            r.held_on,
            r.kind_label,
            r.title,
            r.total,
            r.cadres,
            r.party_members,
            r.union_members,
            r.citizens,
            r.items or "",
            r.evidence or "",
            r.document,
        ]

    def summarise(self, rows: list[svc.EventRow]) -> str:
        return translate(
            "democracy.events",
            "{0} hoạt động; {1} lượt người tham dự; {2} tin, bài, lượt phát thanh và bài đăng.",
        ).format(len(rows), sum(r.total for r in rows), sum(r.items for r in rows))

    def describe(self, r: svc.EventRow) -> str:
        return translate("democracy.events", "hoạt động “{0}”").format(r.title)

    def delete(self, r: svc.EventRow) -> None:
        svc.delete_event(self.ctx, r.id)

    def form(self, row: svc.EventRow | None) -> FormDialog:
        kinds = rules().event_kinds
        fields = [
            Field(
                "kind",
                translate("democracy.events", "Hình thức"),
                "combo",
                [(k.label, k.code) for k in kinds.values()],
            ),
            Field(
                "held_on", translate("democracy.events", "Ngày thực hiện"), "date", required=True
            ),
            Field("title", translate("democracy.events", "Tên hoạt động, nội dung"), required=True),
            Field(
                "document",
                translate("democracy.events", "Văn bản được quán triệt"),
                tooltip=translate(
                    "democracy.events", "Ví dụ: Chỉ thị số 08-CT/TU ngày 18/3/2026 (không bắt buộc)"
                ),
            ),
            Field("place", translate("democracy.events", "Địa điểm")),
            Field(
                "cadres", translate("democracy.events", "Cán bộ, công chức"), "int", maximum=99999
            ),
            Field(
                "party_members", translate("democracy.events", "Đảng viên"), "int", maximum=99999
            ),
            Field(
                "union_members",
                translate("democracy.events", "Đoàn viên, hội viên"),
                "int",
                maximum=99999,
            ),
            Field("citizens", translate("democracy.events", "Nhân dân"), "int", maximum=999999),
            Field(
                "items",
                translate("democracy.events", "Số tin, bài, lượt phát, bài đăng"),
                "int",
                maximum=99999,
                tooltip=translate(
                    "democracy.events",
                    "Bắt buộc với loa truyền thanh, tin bài, trang thông tin, mạng xã hội, pano",
                ),
            ),
            Field("link", translate("democracy.events", "Đường dẫn bài đăng")),
            Field("content", translate("democracy.events", "Ghi chú, kết quả"), "multiline"),
        ]

        def hint(v: dict[str, Any]) -> tuple[str, bool]:
            kind = kinds.get(v.get("kind") or "")
            text = translate("democracy.events", "Tổng số người tham dự: {0}").format(
                numbers(v, GROUP_FIELDS)
            )
            if kind is not None and kind.media:
                text += translate("democracy.events", " — {0}: {1}").format(
                    kind.items_label, int(v.get("items") or 0)
                )
            return text, False

        if row is None:
            values: dict[str, Any] = {"kind": "conference", "held_on": self.today}

            def save(v: dict[str, Any]) -> Any:
                return svc.create_event(self.ctx, subset(v, svc.EventInput), self.today)
        else:
            values = vars(svc.as_input(row))

            def save(v: dict[str, Any]) -> Any:
                return svc.update_event(
                    self.ctx, row.id, subset(v, svc.EventInput), row.revision, self.today
                )

        return FormDialog(
            translate("democracy.events", "Hoạt động quán triệt, tuyên truyền"),
            fields,
            values,
            save,
            self,
            hint=hint,
            editable=self.editable,
        )

    def attach(self) -> None:
        """The selected event's evidence files: list, add, save a copy, remove."""
        row = self.selected()
        if row is None:
            info(
                self,
                translate("democracy.events", "Minh chứng"),
                translate("democracy.events", "Hãy chọn một hoạt động trong danh sách trước."),
            )
            return
        dialog = self.evidence_dialog(row)
        self.screen.dialog_runner(dialog)
        if dialog.changed:
            self.reload()
            self.select(row.id)

    def evidence_dialog(self, row: svc.EventRow) -> EvidenceDialog:
        return EvidenceDialog(self.ctx, row, self)

    def attach_file(self, event_id: str, path: Path) -> bool:
        return act(self, lambda: svc.attach_evidence(self.ctx, event_id, path))
