"""The report editor: the officer's narrative sections as text editors beside a read-only
preview of the computed sections; "Tạo lại số liệu" recomputes the figures and keeps every
narrative; "Ban hành" takes the number from the outgoing register; export PDF or Word."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.periodic_reports import reports as R
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import act, run_task
from danvan_desktop.ui.widgets import DateEdit

TYPES = {"periodic_reports", "report_narratives", "outgoing_documents"}


def preview_html(view: R.ReportView) -> str:
    """The computed sections as the document will show them (escaped)."""
    out = [
        f"<h3>{html.escape(view.title)}</h3>",
        "<p><i>"
        + html.escape(
            translate("periodic_reports.editor", "Số liệu tính ngày {d}").format(
                d=f"{view.generated_on:%d/%m/%Y}" if view.generated_on else "—"
            )
        )
        + "</i></p>",
    ]
    for i, sec in enumerate(view.sections, 1):
        out.append(f"<h4>{i}. {html.escape(sec.title)}</h4>")
        out += [f"<p>{html.escape(p)}</p>" for p in sec.paragraphs]
        for t in sec.tables:
            out.append(f"<p><i>{html.escape(t.title)}</i></p>")
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>"
                for r in t.rows
            )
            head = "".join(f"<th>{html.escape(h)}</th>" for h in t.headers)
            out.append(
                f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
            )
    return "".join(out)


class ReportEditor(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        report_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report_id = report_id
        self.today = today or dt.date.today()
        self.setObjectName("report_editor")
        self.resize(1280, 700)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.title = QLineEdit()
        self.title.setObjectName("report_title")
        self.signer = QLineEdit()
        self.signer.setObjectName("report_signer")
        self.due = DateEdit(optional=True)
        self.due.setObjectName("report_due")
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.preview = QTextBrowser()
        self.preview.setObjectName("report_preview")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setSizes([640, 600])
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("save", translate("periodic_reports.editor", "Lưu"), self.save),
            (
                "regenerate",
                translate("periodic_reports.editor", "Tạo lại số liệu"),
                self.regenerate,
            ),
            ("issue", translate("periodic_reports.editor", "Ban hành"), self.issue),
            (
                "pdf",
                translate("periodic_reports.editor", "Xuất PDF…"),
                lambda: self.ask_export("pdf"),
            ),
            (
                "docx",
                translate("periodic_reports.editor", "Xuất Word…"),
                lambda: self.ask_export("docx"),
            ),
            ("close", translate("periodic_reports.editor", "Đóng"), self.close_saving),
        ):
            b = QPushButton(label)
            b.setObjectName(f"editor_{key}")
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.insertStretch(3, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.load()

    # ---- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.view = R.get_report(self.ctx, self.report_id)
        v = self.view
        self.setWindowTitle(
            translate("periodic_reports.editor", "Báo cáo {label}").format(label=v.period.label)
        )
        self.status.setText(
            translate("periodic_reports.editor", "Báo cáo {period} — {status}{number}").format(
                period=v.period.label,
                status=v.status_label,
                number=translate("periodic_reports.editor", " — số {number_label}").format(
                    number_label=v.number_label
                )
                if v.number_label
                else "",
            )
        )
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self.title = QLineEdit(v.title)
        self.title.setObjectName("report_title")
        self.signer = QLineEdit(v.signer_name)
        self.signer.setObjectName("report_signer")
        self.due = DateEdit(optional=True, value=v.due_on)
        self.due.setObjectName("report_due")
        self.form.addRow(translate("periodic_reports.editor", "Trích yếu"), self.title)
        self.form.addRow(translate("periodic_reports.editor", "Người ký"), self.signer)
        self.form.addRow(translate("periodic_reports.editor", "Hạn gửi cấp trên"), self.due)
        self.authority = QLineEdit(v.signer_authority)
        self.authority.setObjectName("report_authority")
        self.signer_title = QLineEdit(v.signer_title)
        self.signer_title.setObjectName("report_signer_title")
        self.recipients = QPlainTextEdit("\n".join(v.recipients))
        self.recipients.setObjectName("report_recipients")
        self.recipients.setMinimumHeight(90)
        self.form.addRow(
            translate("periodic_reports.editor", "Thẩm quyền ký (TM., KT., Q., T/M)"),
            self.authority,
        )
        self.form.addRow(
            translate("periodic_reports.editor", "Chức vụ người ký"), self.signer_title
        )
        self.form.addRow(
            translate("periodic_reports.editor", "Nơi nhận (mỗi dòng một nơi)"), self.recipients
        )
        sections = [(k, t) for k, t in R.BEFORE]
        sections += [
            (
                R.area_key(s.key),
                translate("periodic_reports.editor", "Nhận xét: {t}").format(t=s.title),
            )
            for s in v.sections
        ]
        sections += [(k, t) for k, t in R.AFTER]
        for key, label in sections:
            ed = QPlainTextEdit(v.narratives.get(key, ""))
            ed.setObjectName(f"narrative_{key}")
            ed.setMinimumHeight(70 if key.startswith("area:") else 110)
            ed.setReadOnly(not v.editable)
            self.editors[key] = ed
            self.form.addRow(QLabel(f"<b>{html.escape(label)}</b>"))
            self.form.addRow(ed)
        for w in (self.title, self.signer, self.due, self.authority, self.signer_title):
            w.setEnabled(v.editable)
        self.recipients.setReadOnly(not v.editable)
        for key in ("save", "regenerate", "issue"):
            self.buttons[key].setEnabled(v.editable)
        self.preview.setHtml(preview_html(v))

    def texts(self) -> dict[str, str]:
        return {k: e.toPlainText() for k, e in self.editors.items()}

    # ---- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.view.editable:
            return True
        texts = self.texts()
        header = {
            "title": self.title.text(),
            "signer_name": self.signer.text(),
            "due_on": self.due.value(),
            "signer_authority": self.authority.text(),
            "signer_title": self.signer_title.text(),
            "recipients": self.recipients.toPlainText().splitlines(),
        }

        def work() -> None:
            R.update_header(self.ctx, self.report_id, header)
            R.save_narratives(self.ctx, self.report_id, texts)

        ok = act(self, work, translate("periodic_reports.editor", "Không lưu được báo cáo"))
        if ok:
            self.view = R.get_report(self.ctx, self.report_id)
        return ok

    def regenerate(self) -> None:
        if self.save() and act(
            self,
            lambda: R.regenerate(self.ctx, self.report_id, self.today),
            translate("periodic_reports.editor", "Không tạo lại được số liệu"),
        ):
            self.load()

    def issue(self) -> str | None:
        if not self.save():
            return None
        result: list[str] = []
        if act(
            self,
            lambda: result.append(R.issue(self.ctx, self.report_id, self.today, self.today)),
            translate("periodic_reports.editor", "Không ban hành được báo cáo"),
        ):
            self.load()
            return result[0]
        return None

    def ask_export(self, fmt: str) -> None:
        filters = {
            "pdf": translate("periodic_reports.editor", "Tài liệu PDF (*.pdf)"),
            "docx": translate("periodic_reports.editor", "Tài liệu Word (*.docx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("periodic_reports.editor", "Xuất báo cáo"),
            str(Path.home() / f"bao-cao.{fmt}"),
            filters[fmt],
        )
        if path:
            self.export_to(Path(path).with_suffix(f".{fmt}"))

    def export_to(self, target: Path):  # noqa: ANN201 - a TaskHandle
        from danvan_desktop.reports.periodic.writers import export_report

        self.save()
        return run_task(
            self,
            translate("periodic_reports.editor", "Xuất báo cáo"),
            lambda _p: export_report(self.ctx, self.report_id, target, self.today),
            lambda p: (
                QMessageBox.information(
                    self, translate("periodic_reports.editor", "Đã xuất"), str(p)
                )
                if self.isVisible()
                else None
            ),
        )

    def close_saving(self) -> None:
        if self.save():
            self.accept()
