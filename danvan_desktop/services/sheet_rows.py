"""Rows of a consolidated-workbook sheet read from the database only when written
(services.report_parts.Sheet.rows): the writer streams them into a write-only sheet, so a
register of a million petitions never sits in memory. `len()` asks the database for the count
(the cover sheet's row counts and the progress bar need it before the rows are read)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.store.units import Unit

Row = Sequence[object]


class StreamedRows(Sequence[Row]):
    """A Sequence whose rows come from `produce()` each time it is iterated."""

    def __init__(self, produce: Callable[[], Iterator[Row]], count: Callable[[], int]) -> None:
        self._produce, self._count = produce, count
        self._len: int | None = None

    def __iter__(self) -> Iterator[Row]:
        return self._produce()

    def __len__(self) -> int:
        if self._len is None:
            self._len = self._count()
        return self._len

    @overload
    def __getitem__(self, index: int) -> Row: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Row]: ...
    def __getitem__(self, index: int | slice) -> Row | Sequence[Row]:
        # Random access reads everything: only tests and small sheets should need it.
        return list(self._produce())[index]


class UnitColumn:
    """At the upper level a sheet covers several communes: a first column names the commune of
    each row. A commune's own workbook has no such column."""

    def __init__(self, session: Session, unit_codes: Sequence[str]) -> None:
        self.names: dict[str, str] | None = None
        if len(unit_codes) > 1:
            rows = session.execute(
                select(Unit.code, Unit.kind_label, Unit.name).where(Unit.code.in_(unit_codes))
            )
            self.names = {
                code: (
                    f"{kind} {name}" if kind and not name.lower().startswith(kind.lower()) else name
                )
                for code, kind, name in rows
            }

    def headers(self, headers: tuple[str, ...]) -> tuple[str, ...]:
        return headers if self.names is None else ("Đơn vị", *headers)

    def widths(self, widths: tuple[int, ...]) -> tuple[int, ...]:
        return widths if self.names is None else (22, *widths)

    def row(self, unit_code: str, row: list[object]) -> list[object]:
        return row if self.names is None else [self.names.get(unit_code, unit_code), *row]
