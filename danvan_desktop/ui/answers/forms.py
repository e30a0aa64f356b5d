"""The forms of the answers area, built on ui.kit's FormDialog: a voters' petition or a Front
recommendation (its due date shown as it is typed), an answer, a Front activity, and the
self-inspection's plan, findings, follow-ups and their completion."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.answers import owed, selfcheck
from danvan_desktop.services.answers.rules import FRONT_KINDS, SEVERITIES
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, as_values, subset


def activity_choices(ctx: AppContext, today: dt.date) -> list[tuple[str, str]]:
    return [
        (f"{fmt_date(a.held_on)} – {a.subject}", a.id) for a in owed.list_activities(ctx, today)
    ]


def item_dialog(tab: Any, source: str, row: owed.OwedRow | None) -> FormDialog:
    """Add (row None) or edit a voters' petition or a Front recommendation."""
    ctx, today = tab.ctx, tab.today
    front = source == "front"
    fields = []
    if front:
        fields.append(
            Field(
                "activity_id",
                translate("answers.forms", "Cuộc giám sát, phản biện"),
                "combo",
                activity_choices(ctx, today),
                required=True,
            )
        )
    else:
        fields += [
            Field("body", translate("answers.forms", "Cơ quan chuyển"), required=True),
            Field("session_name", translate("answers.forms", "Kỳ họp")),
        ]
    fields += [
        Field("received_on", translate("answers.forms", "Ngày nhận"), "date"),
        Field(
            "content", translate("answers.forms", "Nội dung kiến nghị"), "multiline", required=True
        ),
        Field("field", translate("answers.forms", "Lĩnh vực")),
        Field("responsible", translate("answers.forms", "Đơn vị, người trả lời")),
        Field(
            "period_days",
            translate("answers.forms", "Thời hạn riêng (ngày)"),
            "int",
            maximum=365,
            tooltip=translate(
                "answers.forms", "Để 0 nếu theo thời hạn quy định (30 ngày kể từ ngày nhận)"
            ),
        ),
        Field("period_reason", translate("answers.forms", "Lý do đặt thời hạn riêng"), "multiline"),
    ]

    def hint(v: dict[str, Any]) -> tuple[str, bool]:
        if v.get("received_on") is None:
            return "", False
        return owed.due_hint(ctx, source, v["received_on"], v.get("period_days") or None), False

    def data(v: dict[str, Any]) -> owed.OwedInput:
        base = as_values(row, owed.OwedInput) if row is not None else {}
        return subset({**base, **v, "source": source}, owed.OwedInput)

    if row is None:
        values: dict[str, Any] = {
            "received_on": today,
            "body": translate("answers.forms", "HĐND xã"),
        }

        def save(v: dict[str, Any]) -> str:
            return owed.save_item(ctx, data(v))
    else:
        values = as_values(row, owed.OwedInput)

        def save(v: dict[str, Any]) -> str:
            return owed.save_item(ctx, data(v), row.id, row.revision)

    title = (
        translate("answers.forms", "Kiến nghị của Mặt trận Tổ quốc")
        if front
        else translate("answers.forms", "Kiến nghị cử tri")
    )
    return FormDialog(title, fields, values, save, tab, hint=hint)


def answer_dialog(tab: Any, row: owed.OwedRow) -> FormDialog:
    def hint(v: dict[str, Any]) -> tuple[str, bool]:
        on = v.get("answered_on")
        if on is None or row.due_on is None:
            return "", False
        if on <= row.due_on:
            return translate("answers.forms", "Trả lời đúng hạn (hạn {0}).").format(
                fmt_date(row.due_on)
            ), False
        return (
            translate("answers.forms", "Trả lời quá hạn {0} ngày (hạn {1}).").format(
                (on - row.due_on).days, fmt_date(row.due_on)
            ),
            True,
        )

    return FormDialog(
        translate("answers.forms", "Trả lời kiến nghị"),
        [
            Field("answered_on", translate("answers.forms", "Ngày trả lời"), "date"),
            Field(
                "answer", translate("answers.forms", "Nội dung trả lời"), "multiline", required=True
            ),
            Field("answer_ref", translate("answers.forms", "Số văn bản trả lời")),
            Field("answered_by", translate("answers.forms", "Người ký, đơn vị trả lời")),
        ],
        {
            "answered_on": row.answered_on or tab.today,
            "answer": row.answer,
            "answer_ref": row.answer_ref,
            "answered_by": row.answered_by,
        },
        lambda v: owed.record_answer(
            tab.ctx,
            row.id,
            v["answered_on"],
            v["answer"],
            v["answer_ref"],
            v["answered_by"],
            today=tab.today,
        ),
        tab,
        intro=translate("answers.forms", "Nhận ngày {0}, hạn trả lời {1}: {2}").format(
            fmt_date(row.received_on), fmt_date(row.due_on), row.content
        ),
        hint=hint,
    )


def activity_dialog(tab: Any, row: owed.ActivityRow | None = None) -> FormDialog:
    """Add (row None) or edit a supervision or social criticism of the Front."""
    if row is None:
        values: dict[str, Any] = {"held_on": tab.today}

        def save(v: dict[str, Any]) -> str:
            return owed.save_activity(tab.ctx, subset(v, owed.ActivityInput))
    else:
        values = as_values(row, owed.ActivityInput)

        def save(v: dict[str, Any]) -> str:
            return owed.save_activity(tab.ctx, subset(v, owed.ActivityInput), row.id, row.revision)

    return FormDialog(
        translate("answers.forms", "Cuộc giám sát, phản biện xã hội của MTTQ"),
        [
            Field("subject", translate("answers.forms", "Nội dung"), required=True),
            Field(
                "kind",
                translate("answers.forms", "Hình thức"),
                "combo",
                [(label, key) for key, label in FRONT_KINDS.items()],
            ),
            Field("held_on", translate("answers.forms", "Ngày tiến hành"), "date"),
            Field("doc_no", translate("answers.forms", "Số thông báo, kết luận")),
            Field("note", translate("answers.forms", "Ghi chú"), "multiline"),
        ],
        values,
        save,
        tab,
    )


# ---- self-inspection ----------------------------------------------------------------------------


def inspection_dialog(
    parent: QWidget, ctx: AppContext, today: dt.date, row: selfcheck.InspectionRow | None
) -> FormDialog:
    fields = [
        Field("title", translate("answers.forms", "Tên cuộc tự kiểm tra"), required=True),
        Field("plan_no", translate("answers.forms", "Số kế hoạch")),
        Field("plan_on", translate("answers.forms", "Ngày kế hoạch"), "date_opt"),
        Field("held_on", translate("answers.forms", "Ngày kiểm tra"), "date"),
        Field("scope", translate("answers.forms", "Phạm vi, nội dung"), "multiline"),
        Field("period_from", translate("answers.forms", "Kiểm tra từ ngày"), "date_opt"),
        Field("period_to", translate("answers.forms", "Đến ngày"), "date_opt"),
        Field("team", translate("answers.forms", "Thành phần đoàn"), "multiline"),
    ]
    if row is None:
        return FormDialog(
            translate("answers.forms", "Cuộc tự kiểm tra"),
            fields,
            {"held_on": today},
            lambda v: selfcheck.save_inspection(ctx, subset(v, selfcheck.InspectionInput)),
            parent,
        )
    return FormDialog(
        translate("answers.forms", "Cuộc tự kiểm tra"),
        fields,
        as_values(row, selfcheck.InspectionInput),
        lambda v: selfcheck.save_inspection(
            ctx, subset(v, selfcheck.InspectionInput), row.id, row.revision
        ),
        parent,
    )


def finding_dialog(
    parent: QWidget, ctx: AppContext, inspection_id: str, row: selfcheck.FindingRow | None
) -> FormDialog:
    fields = [
        Field(
            "content", translate("answers.forms", "Nội dung phát hiện"), "multiline", required=True
        ),
        Field(
            "severity",
            translate("answers.forms", "Loại"),
            "combo",
            [(label, key) for key, label in SEVERITIES.items()],
        ),
        Field("concerned", translate("answers.forms", "Đơn vị liên quan")),
    ]
    if row is None:
        return FormDialog(
            translate("answers.forms", "Phát hiện qua tự kiểm tra"),
            fields,
            None,
            lambda v: selfcheck.add_finding(ctx, inspection_id, subset(v, selfcheck.FindingInput)),
            parent,
        )
    return FormDialog(
        translate("answers.forms", "Phát hiện qua tự kiểm tra"),
        fields,
        as_values(row, selfcheck.FindingInput),
        lambda v: selfcheck.update_finding(
            ctx, row.id, subset(v, selfcheck.FindingInput), row.revision
        ),
        parent,
    )


def followup_dialog(
    parent: QWidget,
    ctx: AppContext,
    today: dt.date,
    finding_id: str,
    row: selfcheck.FollowUpRow | None,
) -> FormDialog:
    fields = [
        Field(
            "action", translate("answers.forms", "Việc cần khắc phục"), "multiline", required=True
        ),
        Field("responsible", translate("answers.forms", "Người, đơn vị thực hiện")),
        Field("due_on", translate("answers.forms", "Hạn hoàn thành"), "date"),
        Field("note", translate("answers.forms", "Ghi chú"), "multiline"),
    ]
    if row is None:
        return FormDialog(
            translate("answers.forms", "Việc khắc phục"),
            fields,
            {"due_on": today + dt.timedelta(days=30)},
            lambda v: selfcheck.add_followup(ctx, finding_id, subset(v, selfcheck.FollowUpInput)),
            parent,
        )
    return FormDialog(
        translate("answers.forms", "Việc khắc phục"),
        fields,
        as_values(row, selfcheck.FollowUpInput),
        lambda v: selfcheck.update_followup(
            ctx, row.id, subset(v, selfcheck.FollowUpInput), row.revision
        ),
        parent,
    )


def done_dialog(
    parent: QWidget, ctx: AppContext, today: dt.date, row: selfcheck.FollowUpRow
) -> FormDialog:
    return FormDialog(
        translate("answers.forms", "Hoàn thành việc khắc phục"),
        [
            Field(
                "done_on",
                translate("answers.forms", "Ngày hoàn thành"),
                "date_opt",
                tooltip=translate("answers.forms", "Để trống nếu chưa hoàn thành"),
            ),
            Field("note", translate("answers.forms", "Ghi chú"), "multiline"),
        ],
        {"done_on": row.done_on or today, "note": row.note},
        lambda v: selfcheck.mark_done(ctx, row.id, v["done_on"], today, v["note"]),
        parent,
        intro=translate("answers.forms", "{0} (hạn {1})").format(row.action, fmt_date(row.due_on)),
    )
