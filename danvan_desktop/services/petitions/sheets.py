"""The petitions area's sheet of the consolidated workbook: the register with the screen's
columns (ui/petitions_screen), each line built as the screen builds it (search's register row),
streamed from the database when written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.petitions.search import register_row
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.sheet_rows import Row, StreamedRows, UnitColumn
from danvan_desktop.store.petition_queries import register_rows
from danvan_desktop.store.petitions import Petition

HEADERS = (
    "Số đơn",
    "Ngày nhận",
    "Loại",
    "Người gửi",
    "Trạng thái",
    "Hạn xử lý",
    "Tình trạng hạn",
    "Nội dung tóm tắt",
    "Thôn, TDP",
    "Đông người",
    "Trùng",
    "Người xử lý",
)
WIDTHS = (10, 12, 14, 22, 20, 12, 18, 50, 18, 10, 10, 18)


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    live = [Petition.deleted.is_(False), Petition.unit_code.in_(list(unit_codes))]
    units = UnitColumn(session, unit_codes)

    def produce() -> Iterator[Row]:
        q = (
            register_rows(live)
            .add_columns(Petition.unit_code)
            .order_by(Petition.unit_code, Petition.year, Petition.number, Petition.id)
            .execution_options(yield_per=2000)
        )
        for raw in session.execute(q):
            r = register_row(raw, today)
            yield units.row(
                raw[-1],
                [
                    r.number_label,
                    r.received_on,
                    r.type_label,
                    r.citizen,
                    r.status_label,
                    r.due_on or r.last_due_on,
                    r.deadline_label,
                    r.summary,
                    r.hamlet_name,
                    "Có" if r.is_crowd else "",
                    "Đơn trùng" if r.duplicate_of_id else "",
                    r.handler,
                ],
            )

    def count() -> int:
        q = select(func.count()).select_from(Petition).where(*live)
        return int(session.execute(q).scalar_one())

    rows = StreamedRows(produce, count)
    return [Sheet("Đơn thư", units.headers(HEADERS), rows, units.widths(WIDTHS))]
