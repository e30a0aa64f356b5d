"""Công khai: what the commune made public, how, where, from and until when; a row in red when a
posting is (or was) up for less than its form requires, amber when it comes down within days."""

from __future__ import annotations

from typing import Any

from danvan_desktop.services.democracy import publicity as svc
from danvan_desktop.services.democracy.rules import posting_days, rules
from danvan_desktop.ui.democracy.common import RegisterTab
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import AMBER, GREY, RED
from danvan_desktop.ui.kit.forms import Field, FormDialog, subset


class PublicityTab(RegisterTab):
    NAME = "publicity"
    ADD = translate("democracy.publicity", "Thêm nội dung công khai…")
    HEADERS = (
        translate("democracy.publicity", "Nội dung công khai"),
        translate("democracy.publicity", "Tình trạng"),
        translate("democracy.publicity", "Từ ngày"),
        translate("democracy.publicity", "Đến ngày"),
        translate("democracy.publicity", "Số ngày"),
        translate("democracy.publicity", "Hình thức"),
        translate("democracy.publicity", "Nhóm nội dung"),
        translate("democracy.publicity", "Nơi công khai"),
    )
    CAPS = {0: 300, 5: 220, 6: 240}

    def years(self) -> list[int]:
        return svc.years(self.ctx, self.today)

    def load(self, year: int | None, search: str) -> list[svc.PublicityRow]:
        return svc.list_items(self.ctx, year, search, self.today)

    def cells(self, r: svc.PublicityRow) -> list[Any]:
        return [
            r.content,
            r.status,
            r.posted_from,
            r.posted_until or translate("democracy.publicity", "chưa gỡ"),
            r.days if r.days is not None else "",
            r.form_label,
            r.category_label,
            r.place,
        ]

    def colour(self, r: svc.PublicityRow) -> str | None:
        if r.too_short:
            return RED
        if r.ending_soon:
            return AMBER
        return None if r.posted_now else GREY

    def summarise(self, rows: list[svc.PublicityRow]) -> str:
        return translate(
            "democracy.publicity",
            "{0} nội dung; đang công khai {1}; sắp hết hạn {2}; chưa đủ thời gian tối thiểu {3}.",
        ).format(
            len(rows),
            sum(r.posted_now for r in rows),
            sum(r.ending_soon for r in rows),
            sum(r.too_short for r in rows),
        )

    def describe(self, r: svc.PublicityRow) -> str:
        return translate("democracy.publicity", "nội dung công khai “{0}”").format(r.content)

    def delete(self, r: svc.PublicityRow) -> None:
        svc.delete_item(self.ctx, r.id)

    def form(self, row: svc.PublicityRow | None) -> FormDialog:
        r = rules()
        fields = [
            Field("content", translate("democracy.publicity", "Nội dung công khai"), required=True),
            Field(
                "category",
                translate("democracy.publicity", "Nhóm nội dung"),
                "combo",
                list((label, code) for code, label in r.categories.items()),
            ),
            Field(
                "form",
                translate("democracy.publicity", "Hình thức công khai"),
                "combo",
                [(f.label, f.code) for f in r.forms.values()],
            ),
            Field("place", translate("democracy.publicity", "Nơi công khai")),
            Field(
                "posted_from", translate("democracy.publicity", "Từ ngày"), "date", required=True
            ),
            Field(
                "posted_until",
                translate("democracy.publicity", "Đến ngày"),
                "date_opt",
                tooltip=translate("democracy.publicity", "Để trống nếu vẫn đang công khai"),
            ),
            Field("notes", translate("democracy.publicity", "Ghi chú"), "multiline"),
        ]

        def hint(v: dict[str, Any]) -> tuple[str, bool]:
            form = r.forms.get(v.get("form") or "")
            start, until = v.get("posted_from"), v.get("posted_until")
            if start is None or until is None:
                days = None
            elif until < start:
                return translate(
                    "democracy.publicity", "Ngày kết thúc công khai không thể trước ngày bắt đầu."
                ), True
            else:
                days = posting_days(start, until)
            if form is None or not form.min_days:
                return (
                    translate("democracy.publicity", "Công khai {0} ngày.").format(days)
                    if days
                    else "",
                    False,
                )
            need = translate("democracy.publicity", "{0}: ít nhất {1} ngày").format(
                form.label, form.min_days
            )
            if days is None:
                return need + ".", False
            short = days < form.min_days
            return (
                translate("democracy.publicity", "{0}; công khai {1} ngày{2}.").format(
                    need,
                    days,
                    translate("democracy.publicity", " — chưa đủ") if short else "",
                ),
                short,
            )

        if row is None:
            values: dict[str, Any] = {"posted_from": self.today, "form": "posting_office"}

            def save(v: dict[str, Any]) -> Any:
                return svc.create_item(self.ctx, subset(v, svc.PublicityInput), self.today)
        else:
            values = vars(svc.as_input(row))

            def save(v: dict[str, Any]) -> Any:
                return svc.update_item(
                    self.ctx, row.id, subset(v, svc.PublicityInput), row.revision, self.today
                )

        return FormDialog(
            translate("democracy.publicity", "Nội dung công khai"),
            fields,
            values,
            save,
            self,
            hint=hint,
            editable=self.editable,
        )
