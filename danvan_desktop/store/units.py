"""Administrative units and the commune's own sub-units, as one hierarchy with no fixed depth.

Official units (provinces, communes) come from `vietnam-provinces` and are owned by the
national reference ("VN"); hamlets, agencies, Party cells and mass organisations are entered
by the commune and owned by it. A district or cluster level is just another row.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record

NATIONAL = "VN"


class Unit(Record):
    __tablename__ = "unit"
    __authority__ = authority.BOTH
    __parents__ = {"parent_code": authority.UNIT_CODE}
    __label__ = "Đơn vị"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    #: province, cluster, commune, hamlet, agency, party_cell, mass_org, school
    level: Mapped[str] = mapped_column(String(16), index=True)
    #: Vietnamese kind shown before the name: "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Thôn"…
    kind_label: Mapped[str] = mapped_column(String(32), default="")
    parent_code: Mapped[str | None] = mapped_column(String(32), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    @property
    def full_name(self) -> str:
        if self.kind_label and not self.name.lower().startswith(self.kind_label.lower()):
            return f"{self.kind_label} {self.name}"
        return self.name


def get_unit(session: Session, code: str) -> Unit | None:
    return session.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none()


def children(session: Session, parent_code: str, level: str | None = None) -> list[Unit]:
    q = select(Unit).where(Unit.parent_code == parent_code, Unit.deleted.is_(False))
    if level:
        q = q.where(Unit.level == level)
    return list(session.execute(q.order_by(Unit.sort_order, Unit.code)).scalars())


def ancestors(session: Session, code: str) -> list[Unit]:
    """The unit's chain upward (nearest first), whatever the depth."""
    out: list[Unit] = []
    unit = get_unit(session, code)
    while unit is not None and unit.parent_code:
        unit = get_unit(session, unit.parent_code)
        if unit is not None:
            out.append(unit)
    return out
