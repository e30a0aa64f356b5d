"""The model register out of the app: an Excel register and the official PDF list (NĐ 30/2020)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.models import ModelKind, ModelStatus, RecognitionLevel
from danvan_desktop.reports.common import (
    layout_callbacks,
    leader_signature,
    state_issuer,
    unit_header,
)
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.reports.pdf_layout import (
    OfficialDocument,
    build_pdf,
    paragraph,
    table_flowables,
)
from danvan_desktop.services import models
from danvan_desktop.services.context import AppContext

XLSX_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Tên mô hình, điển hình", 48, "text", wrap=True),
    Column("Loại", 11),
    Column("Lĩnh vực", 22),
    Column("Đơn vị xây dựng", 26, wrap=True),
    Column("Cá nhân, tập thể", 22),
    Column("Năm đăng ký", 10, "int"),
    Column("Trạng thái", 20),
    Column("Cấp công nhận", 13),
    Column("Số quyết định", 16),
    Column("Ngày công nhận", 13, "date"),
    Column("Ngày bắt đầu", 13, "date"),
    Column("Ngày đánh giá", 13, "date"),
    Column("Kinh phí ngân sách (đ)", 16, "int"),
    Column("Xã hội hóa (đ)", 16, "int"),
    Column("Ngày công", 10, "int"),
    Column("Mục tiêu", 40, wrap=True),
    Column("Nội dung, cách làm", 40, wrap=True),
    Column("Mã hồ sơ", 38),
]


def _level(value: str | None) -> str:
    return RecognitionLevel(value).label if value else ""


def _xlsx_rows(ctx: AppContext, f: models.ModelFilter, progress: Progress | None) -> Iterator[list]:
    for i, m in enumerate(models.iter_models(ctx, f), start=1):
        if progress is not None and i % 500 == 0:
            progress.check()
        yield [
            i,
            m.name,
            ModelKind(m.kind).label,
            m.field_name,
            m.owner_name,
            m.person_name,
            m.year,
            ModelStatus(m.status).label,
            _level(m.recognised_level),
            m.decision_no,
            m.recognised_on,
            m.start_date,
            m.evaluation_date,
            int(m.budget_vnd or 0),
            int(m.contributions_vnd or 0),
            int(m.labour_days or 0),
            m.goals,
            m.content,
            m.id,
        ]


def _count_rows(ctx: AppContext, f: models.ModelFilter) -> list[list]:
    counts = models.counts_by_field_status(ctx, f)
    rows = []
    for code, name in models.field_names(ctx).items():
        per_status = [counts.get((code, s.value), 0) for s in ModelStatus]
        rows.append([name, *per_status, sum(per_status)])
    totals = [sum(r[i] for r in rows) for i in range(1, len(ModelStatus) + 2)]
    rows.append(["Tổng cộng", *totals])
    return rows


def _title(f: models.ModelFilter) -> str:
    return f'Mô hình, điển hình "Dân vận khéo"{f" năm {f.year}" if f.year else ""}'


def export_xlsx(
    ctx: AppContext,
    out: Path,
    f: models.ModelFilter | None = None,
    progress: Progress | None = None,
) -> Path:
    f = f or models.ModelFilter()
    h = unit_header(ctx)
    total = models.count_models(ctx, f)
    heading = (
        f"{h.unit_name.upper()} — {h.province_name}\nSỔ THEO DÕI {_title(f).upper()}\n"
        f"Tính đến ngày {dt.date.today():%d/%m/%Y}: {total} mô hình, điển hình"
    )
    sheets = [
        SheetSpec(
            "Sổ mô hình",
            XLSX_COLUMNS,
            _xlsx_rows(ctx, f, progress),
            heading=heading,
            landscape=True,
        ),
        SheetSpec(
            "Thống kê",
            [Column("Lĩnh vực", 28)]
            + [Column(s.label, 12, "int") for s in ModelStatus]
            + [Column("Tổng", 10, "int")],
            _count_rows(ctx, f),
            heading=f"{h.unit_name.upper()}\nSỐ LƯỢNG THEO LĨNH VỰC VÀ TRẠNG THÁI",
            landscape=True,
        ),
    ]
    return write_table_workbook(
        Path(out), sheets, **layout_callbacks(progress, "Đang ghi tệp Excel…")
    )


PDF_HEADERS = [
    "STT",
    "Tên mô hình, điển hình",
    "Lĩnh vực",
    "Đơn vị xây dựng",
    "Năm",
    "Trạng thái",
    "Cấp công nhận",
]
PDF_WIDTHS_MM = [12, 92, 36, 44, 14, 34, 25]


def export_pdf(
    ctx: AppContext,
    out: Path,
    f: models.ModelFilter | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    f = f or models.ModelFilter()
    today = today or dt.date.today()
    h = unit_header(ctx)
    total = models.count_models(ctx, f)
    recognised = sum(
        n
        for (_, st), n in models.counts_by_field_status(ctx, f).items()
        if st
        in (
            ModelStatus.RECOGNISED,
            ModelStatus.REPLICATED,
            ModelStatus.MAINTAINED,
            ModelStatus.DECLINING,
        )
    )

    def rows() -> Iterator[list]:
        for i, m in enumerate(models.iter_models(ctx, f), start=1):
            if progress is not None and i % 200 == 0:
                progress.update(i, total, "Đang dàn trang danh sách…")
            yield [
                i,
                m.name + (f" ({m.person_name})" if m.person_name else ""),
                m.field_name,
                m.owner_name,
                str(m.year),
                ModelStatus(m.status).label,
                _level(m.recognised_level),
            ]

    body = [
        paragraph(
            f"Tính đến ngày {today:%d/%m/%Y}, trên địa bàn {h.unit_name} có "
            f'{total} mô hình, điển hình "Dân vận khéo" đã đăng ký, trong đó {recognised} mô hình, điển hình '
            "đã được công nhận. Danh sách cụ thể như sau:"
        ),
        *table_flowables(PDF_HEADERS, rows(), PDF_WIDTHS_MM),
    ]
    doc = OfficialDocument(
        issuer=state_issuer(ctx),
        number="      /DS-UBND",
        place=h.place,
        date=today,
        doc_type="DANH SÁCH",
        title=_title(f),
        body=body,
        recipients=[
            "Ban Thường vụ Đảng ủy xã (để b/c)",
            "Ủy ban MTTQ Việt Nam xã",
            "Ban Chỉ đạo phong trào xã",
            "Lưu: VT",
        ],
        signature=leader_signature(ctx),
        landscape=True,
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi tệp PDF…"))
