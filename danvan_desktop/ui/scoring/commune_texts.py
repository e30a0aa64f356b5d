"""The commune scoring screen's texts and exports (a mixin of CommuneScoringScreen, apart to
keep each module short): the score of the year and the appraisal received, the selected
criterion's explanation, and the scoring sheet written as PDF or Excel off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import overview
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import OK_BOX, WARN_BOX
from danvan_desktop.ui.kit.ops import run_task
from danvan_desktop.ui.kit.register import EXPORT_FILTERS


class CommuneTexts:
    """Needs: ctx, view, card, summary, received, detail, selected(), status_message()."""

    ctx: AppContext
    view: overview.YearView | None
    summary: QLabel
    received: QLabel
    detail: QLabel
    card: Any
    selected: Any
    status_message: Any

    def _show_summary(self) -> None:
        assert self.view is not None
        card, res = self.view.card, self.view.card.result
        klass = (
            res.score_class.label
            if res.score_class
            else translate("scoring.commune_texts", "chưa xếp loại")
        )
        lines = [
            translate(
                "scoring.commune_texts",
                "<b>Năm {year}: {0} điểm</b> – {klass} – <i>{status_label}</i>",
            ).format(fmt(res.total), year=card.year, klass=klass, status_label=card.status_label),
            translate(
                "scoring.commune_texts",
                "Điểm các tiêu chí {0}, thưởng {1}, trừ {2}; tối đa {3} điểm.",
            ).format(
                fmt(res.base), fmt(res.bonus), fmt(res.deduction), fmt(card.rubric.total_points)
            ),
            translate("scoring.commune_texts", "Bộ tiêu chí: {title}, phiên bản {version}").format(
                title=card.rubric.title, version=card.rubric.version
            ),
        ]
        if not card.rubric_issued:
            lines.append(
                translate(
                    "scoring.commune_texts",
                    "<b>MẪU</b>: bộ tiêu chí mẫu của phần mềm, chưa được cấp trên ban hành — "
                    "chấm để theo dõi, chưa gửi được.",
                )
            )
        if res.disqualified_by:
            lines.append(
                translate("scoring.commune_texts", "Bị giới hạn xếp loại: ")
                + "; ".join(res.disqualified_by)
            )
        if card.frozen:
            lines.append(
                translate(
                    "scoring.commune_texts",
                    "Số liệu đã chốt khi gửi: hồ sơ ghi sau không làm đổi kết quả.",
                )
            )
        self.summary.setText("<br>".join(lines))
        self.summary.setStyleSheet(WARN_BOX if not card.rubric_issued else OK_BOX)
        got = self.view.received
        self.received.setVisible(got is not None)
        if got is None:
            return
        words = {
            "appraised": translate("scoring.commune_texts", "Cấp trên đã thẩm định"),
            "returned": translate("scoring.commune_texts", "Cấp trên trả lại để hoàn thiện"),
            "published": translate("scoring.commune_texts", "Cấp trên đã công bố kết quả"),
        }
        text = [f"<b>{words.get(got.status, got.status)}</b>"]
        if got.status != "returned":
            text.append(
                translate("scoring.commune_texts", "Điểm thẩm định: <b>{0}</b> – {1}").format(
                    fmt(got.total), got.class_label or "—"
                )
            )
        if got.rank:
            text.append(
                translate("scoring.commune_texts", "Xếp hạng: <b>{rank}/{0}</b>").format(
                    got.peers or "?", rank=got.rank
                )
            )
        if got.comments:
            text.append(
                translate("scoring.commune_texts", "Ý kiến: {comments}").format(
                    comments=got.comments
                )
            )
        self.received.setText("<br>".join(text))
        self.received.setStyleSheet(WARN_BOX if got.status == "returned" else OK_BOX)

    def show_detail(self) -> None:
        r = self.selected()
        self._enable()
        if r is None or self.card is None:
            self.detail.clear()
            return
        crit = self.card.rubric.criterion(r.code)
        parts = [
            translate("scoring.commune_texts", "<b>{code}. {title}</b> (tối đa {0} điểm)").format(
                fmt(r.max_points), code=r.code, title=r.title
            )
        ]
        parts.append(
            translate("scoring.commune_texts", "<b>Giải trình:</b> {explanation}").format(
                explanation=r.explanation
            )
        )
        note = self.card.notes.get(r.code)
        if note is not None and note.note:
            parts.append(
                translate("scoring.commune_texts", "<b>Ghi chú:</b> {note}").format(note=note.note)
            )
        if note is not None and note.override_reason:
            parts.append(
                translate(
                    "scoring.commune_texts", "<b>Lý do chấm khác gợi ý:</b> {override_reason}"
                ).format(override_reason=note.override_reason)
            )
        if r.hint:
            parts.append(
                translate("scoring.commune_texts", "<b>Để được thêm điểm:</b> {hint}").format(
                    hint=r.hint
                )
            )
        if crit.guidance:
            parts.append(
                translate("scoring.commune_texts", "<b>Cách chấm:</b> {guidance}").format(
                    guidance=crit.guidance
                )
            )
        if crit.evidence:
            parts.append(
                translate("scoring.commune_texts", "<b>Tài liệu kiểm chứng:</b> {evidence}").format(
                    evidence=crit.evidence
                )
            )
        if crit.scored_by.value == "upper":
            parts.append(
                translate(
                    "scoring.commune_texts", "<i>Tiêu chí do cấp trên chấm khi thẩm định.</i>"
                )
            )
        got = self.view.received if self.view else None
        if got and got.notes.get(r.code):
            parts.append(
                translate("scoring.commune_texts", "<b>Ý kiến thẩm định:</b> {0}").format(
                    got.notes[r.code]
                )
            )
        self.detail.setText("<br>".join(parts))

    def export(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        card = self.card
        if card is None:
            return
        name = f"phieu-tu-cham-{card.year}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("scoring.commune_texts", "Xuất phiếu tự chấm điểm"),
            str(Path.home() / name),
            EXPORT_FILTERS[kind],
        )
        if path:
            self.export_to(Path(path).with_suffix(f".{kind}"), kind)

    def export_to(self, target: Path, kind: str) -> Any:
        """Write the sheet on a worker thread (the PDF lays out every criterion)."""
        from danvan_desktop.reports.common import unit_header
        from danvan_desktop.reports.scoring import charts, score_sheet

        card = self.card
        assert card is not None
        ctx = self.ctx
        last = self.view.last_year if self.view else None

        def work(progress: Any) -> Path:
            h = unit_header(ctx)
            sheet = score_sheet.from_scorecard(
                card,
                h.unit_name,
                h.place,
                card.submitted_on or dt.date.today(),
                province_name=h.province_name,
            )
            if last is not None:
                from dataclasses import replace

                figures = charts.pair(charts.group_points(card.result), charts.group_points(last))
                sheet = replace(sheet, year_figures=figures)
            if kind == "pdf":
                return score_sheet.write_score_sheet_pdf(sheet, target, progress)
            return score_sheet.write_score_sheet_xlsx(sheet, target, progress)

        return run_task(
            self,
            translate("scoring.commune_texts", "Xuất phiếu tự chấm điểm"),
            work,
            lambda p: self.status_message(
                translate("scoring.commune_texts", "Đã xuất phiếu: {0}").format(p)
            ),
        )
