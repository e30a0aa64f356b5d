"""The models area's sheet of the consolidated workbook: the register with the screen's columns
(ui/models_screen), streamed from the database when written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.models import ModelKind, ModelStatus, RecognitionLevel
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.sheet_rows import Row, StreamedRows, UnitColumn
from danvan_desktop.store.dvk_models import DvkModel, ModelField

HEADERS = (
    "Tên mô hình, điển hình",
    "Loại",
    "Lĩnh vực",
    "Đơn vị xây dựng",
    "Năm",
    "Trạng thái",
    "Cấp công nhận",
    "Ngày bắt đầu",
)
WIDTHS = (48, 11, 24, 26, 8, 20, 14, 13)


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    live = (DvkModel.deleted.is_(False), DvkModel.unit_code.in_(list(unit_codes)))
    units = UnitColumn(session, unit_codes)

    def produce() -> Iterator[Row]:
        q = (
            select(
                DvkModel.unit_code,
                DvkModel.name,
                DvkModel.kind,
                ModelField.name,
                DvkModel.owner_name,
                DvkModel.year,
                DvkModel.status,
                DvkModel.recognised_level,
                DvkModel.start_date,
            )
            .outerjoin(ModelField, ModelField.code == DvkModel.field_code)
            .where(*live)
            .order_by(DvkModel.unit_code, DvkModel.sort_name, DvkModel.id)
            .execution_options(yield_per=1000)
        )
        for unit, name, kind, field, owner, year, status, level, start in session.execute(q):
            row: list[object] = [
                name,
                ModelKind(kind).label,
                field or "",
                owner,
                year,
                ModelStatus(status).label,
                RecognitionLevel(level).label if level else "",
                start,
            ]
            yield units.row(unit, row)

    def count() -> int:
        q = select(func.count()).select_from(DvkModel).where(*live)
        return int(session.execute(q).scalar_one())

    rows = StreamedRows(produce, count)
    return [Sheet("Mô hình, điển hình", units.headers(HEADERS), rows, units.widths(WIDTHS))]
