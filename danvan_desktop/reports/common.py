"""What every report of this install shares: the issuing body, place name and signer, and the
bridge from a `domain.errors.Progress` to the layout functions' progress/cancel callables."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.roles import Role
from danvan_desktop.reports.pdf_layout import Issuer, Signature
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.users import User


@dataclass(frozen=True)
class UnitHeader:
    unit_name: str  # "Xã Cẩm Xuyên"
    province_name: str  # "Tỉnh Hà Tĩnh"
    place: str  # "Cẩm Xuyên": the place name written before the date (NĐ 30/2020)
    level: str


def unit_header(ctx: AppContext) -> UnitHeader:
    unit = units.get(ctx, ctx.unit_code)
    if unit is None:
        return UnitHeader(ctx.unit_code, "", ctx.unit_code, "commune")
    province = units.get(ctx, unit.parent_code) if unit.parent_code else None
    place = unit.name
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if place.startswith(prefix):
            place = place[len(prefix) :]
    return UnitHeader(unit.full_name, province.full_name if province else "", place, unit.level)


def state_issuer(ctx: AppContext, body: str = "ỦY BAN NHÂN DÂN") -> Issuer:
    """NĐ 30/2020 header of the commune (or province) People's Committee."""
    h = unit_header(ctx)
    return Issuer(parent_agency="", issuing_agency=f"{body}\n{h.unit_name.upper()}", layout="state")


def party_issuer(ctx: AppContext, body: str = "ĐẢNG ỦY") -> Issuer:
    """HD 36/2018 header of the commune Party committee."""
    h = unit_header(ctx)
    return Issuer(
        parent_agency=f"ĐẢNG BỘ {h.province_name.upper()}",
        issuing_agency=f"{body} {h.unit_name.upper()}",
        layout="party",
    )


def leader_signature(
    ctx: AppContext, authority: str = "TM. ỦY BAN NHÂN DÂN", title: str = "CHỦ TỊCH"
) -> Signature:
    """The signature block, with the name of the first active leader account if there is one."""
    with ctx.read() as s:
        name = (
            s.execute(
                select(User.full_name)
                .where(
                    User.role == Role.LEADER.value, User.active.is_(True), User.deleted.is_(False)
                )
                .order_by(User.created_at)
            )
            .scalars()
            .first()
        )
    return Signature(authority, title, name or "")


def layout_callbacks(progress: Progress | None, label: str = "") -> dict:
    """progress/cancelled keyword arguments for build_pdf and write_table_workbook."""
    if progress is None:
        return {}
    return {
        "progress": lambda done, total: progress.report(done, total, label),
        "cancelled": lambda: progress.cancelled,
    }
