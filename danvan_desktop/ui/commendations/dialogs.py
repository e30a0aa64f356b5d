"""The commendations area's forms: a round, a proposal (subject kind, model picker, grounds), a
decision granting the proposals ticked under it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from danvan_desktop.services import units
from danvan_desktop.services.commendations import queries, vocab
from danvan_desktop.services.commendations import records as cr
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormDialog, subset


def _choices(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(text, code) for code, text in table.items()]


def round_dialog(
    ctx: AppContext,
    parent: QWidget | None,
    today: dt.date,
    on_saved: Callable[[cr.Saved], None],
    row: queries.RoundRow | None = None,
) -> FormDialog:
    fields = [
        Field("occasion", translate("commendations.dialogs", "Dịp khen thưởng"), required=True),
        Field("year", translate("commendations.dialogs", "Năm"), "int", minimum=2000, maximum=2100),
        Field(
            "level",
            translate("commendations.dialogs", "Cấp khen thưởng"),
            "combo",
            _choices(vocab.LEVELS),
        ),
        Field(
            "held_on",
            translate("commendations.dialogs", "Ngày tổ chức"),
            "date_opt",
            tooltip=translate("commendations.dialogs", "Để trống: ngày 15/10 của năm"),
        ),
        Field("note", translate("commendations.dialogs", "Ghi chú"), "multiline"),
    ]
    if row is None:
        values: dict[str, Any] = {
            "occasion": vocab.load_cycle().occasion,
            "year": today.year,
            "level": "commune",
        }
    else:
        values = {
            "occasion": row.occasion,
            "year": row.year,
            "level": row.level,
            "held_on": row.held_on,
            "note": row.note,
        }

    def save(v: dict[str, Any]) -> cr.Saved:
        saved = cr.save_round(ctx, subset(v, cr.RoundInput), row.id if row else None)
        on_saved(saved)
        return saved

    return FormDialog(
        translate("commendations.dialogs", "Đợt khen thưởng"), fields, values, save, parent
    )


def proposal_dialog(
    ctx: AppContext,
    parent: QWidget | None,
    today: dt.date,
    rounds: Sequence[queries.RoundRow],
    on_saved: Callable[[cr.Saved], None],
    row: queries.ProposalRow | None = None,
    round_id: str | None = None,
) -> FormDialog:
    models = queries.model_choices(ctx)
    model_items = [(translate("commendations.dialogs", "— Không gắn mô hình —"), None)] + [
        (m.title, m.id) for m in models
    ]
    fields = [
        Field(
            "round_id",
            translate("commendations.dialogs", "Đợt khen thưởng"),
            "combo",
            [(r.title, r.id) for r in rounds],
        ),
        Field(
            "subject_kind",
            translate("commendations.dialogs", "Đối tượng"),
            "combo",
            _choices(vocab.SUBJECT_KINDS),
        ),
        Field(
            "model_id",
            translate("commendations.dialogs", "Mô hình, điển hình"),
            "combo",
            model_items,
            tooltip=translate(
                "commendations.dialogs",
                "Mô hình trong sổ mô hình; để trống tên thì lấy tên mô hình",
            ),
        ),
        Field("subject_name", translate("commendations.dialogs", "Tên tập thể / Họ tên")),
        Field("position", translate("commendations.dialogs", "Chức vụ")),
        Field("subject_unit", translate("commendations.dialogs", "Đơn vị")),
        Field(
            "form", translate("commendations.dialogs", "Hình thức"), "combo", _choices(vocab.FORMS)
        ),
        Field(
            "level",
            translate("commendations.dialogs", "Cấp khen thưởng"),
            "combo",
            _choices(vocab.LEVELS),
        ),
        Field("achievements", translate("commendations.dialogs", "Thành tích"), "multiline"),
        Field(
            "grounds",
            translate("commendations.dialogs", "Căn cứ đề nghị"),
            "multiline",
            tooltip=translate(
                "commendations.dialogs", "Mô hình được công nhận, kết quả chấm điểm…"
            ),
        ),
        Field("proposed_on", translate("commendations.dialogs", "Ngày đề nghị"), "date"),
        Field(
            "status",
            translate("commendations.dialogs", "Trạng thái"),
            "combo",
            [(vocab.STATUSES[k], k) for k in (vocab.PROPOSED, vocab.SUBMITTED, vocab.REFUSED)],
        ),
    ]
    if row is None:
        values: dict[str, Any] = {
            "round_id": round_id or (rounds[0].id if rounds else None),
            "subject_kind": "individual",
            "form": "giay_khen",
            "level": "commune",
            "proposed_on": today,
            "status": vocab.PROPOSED,
        }
    else:
        values = {
            k: getattr(row, k)
            for k in (
                "round_id",
                "subject_kind",
                "model_id",
                "subject_name",
                "position",
                "subject_unit",
                "form",
                "level",
                "achievements",
                "grounds",
                "proposed_on",
                "status",
            )
        }

    def save(v: dict[str, Any]) -> cr.Saved:
        data = subset(v, cr.ProposalInput)
        if row is not None and row.status == vocab.GRANTED:
            data.status = vocab.GRANTED  # kept: the service keeps a granted status as it is
        data.evaluation_id = row.evaluation_id if row else None
        saved = cr.save_proposal(
            ctx,
            data,
            row.id if row else None,
            expected_revision=row.revision if row else None,
            today=today,
        )
        on_saved(saved)
        return saved

    def hint(v: dict[str, Any]) -> tuple[str, bool]:
        if v.get("subject_kind") == "model" and not v.get("model_id"):
            return translate(
                "commendations.dialogs", "Đề nghị khen mô hình: chọn mô hình trong sổ mô hình."
            ), True
        return "", False

    dialog = FormDialog(
        translate("commendations.dialogs", "Đề nghị khen thưởng"),
        fields,
        values,
        save,
        parent,
        hint=hint,
    )
    for name in ("round_id", "model_id"):
        combo = dialog.widgets[name]
        if isinstance(combo, QComboBox):  # long model names must not widen the form
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(40)
    dialog.resize(860, 660)
    if row is not None and row.status == vocab.GRANTED:
        dialog.widgets["status"].setEnabled(False)
    return dialog


class DecisionDialog(FormDialog):
    """A decision's fields, and under them the round's proposals not yet granted, to tick."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        today: dt.date,
        proposals: Sequence[queries.ProposalRow],
        preselect: Sequence[str] = (),
        round_id: str | None = None,
    ) -> None:
        unit = units.get(ctx, ctx.unit_code)
        name = unit.full_name if unit else ""
        issuer = (
            translate("commendations.dialogs", "Ủy ban nhân dân {0}{1}").format(
                name[:1].lower(), name[1:]
            )
            if name
            else ""
        )
        fields = [
            Field("number", translate("commendations.dialogs", "Số quyết định"), required=True),
            Field("signed_on", translate("commendations.dialogs", "Ngày ký"), "date"),
            Field("issuing_body", translate("commendations.dialogs", "Cơ quan ban hành")),
            Field("signer", translate("commendations.dialogs", "Người ký")),
            Field("signer_title", translate("commendations.dialogs", "Chức vụ người ký")),
            Field(
                "level",
                translate("commendations.dialogs", "Cấp khen thưởng"),
                "combo",
                _choices(vocab.LEVELS),
            ),
            Field("note", translate("commendations.dialogs", "Ghi chú"), "multiline"),
        ]
        values = {
            "signed_on": today,
            "issuing_body": issuer,
            "signer_title": translate("commendations.dialogs", "Chủ tịch"),
            "level": "commune",
        }
        self.choices = QListWidget()
        self.choices.setObjectName("grant_list")
        for p in proposals:
            item = QListWidgetItem(
                f"{p.subject_name} — {p.form_label} {p.level_label.lower()} ({p.year})"
            )
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = p.id in preselect
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.choices.addItem(item)

        def save(v: dict[str, Any]) -> str:
            data = subset(v, cr.DecisionInput)
            data.round_id = round_id
            return cr.save_decision(ctx, data, self.checked_ids(), today=today)

        super().__init__(
            translate("commendations.dialogs", "Quyết định khen thưởng"),
            fields,
            values,
            save,
            parent,
            intro=translate(
                "commendations.dialogs",
                "Ghi quyết định và đánh dấu các đề nghị được khen theo quyết định này.",
            ),
        )
        box = self.layout()
        label = QLabel(translate("commendations.dialogs", "Đề nghị được khen theo quyết định:"))
        box.insertWidget(box.count() - 3, label)
        box.insertWidget(box.count() - 3, self.choices)
        self.choices.setMinimumHeight(140)
        self.resize(820, 640)

    def checked_ids(self) -> list[str]:
        out = []
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def tick(self, ids: Sequence[str]) -> None:
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
