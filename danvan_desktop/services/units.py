"""Units: the official 2025 list (34 provinces, 3,321 communes) and the commune's own sub-units."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.domain.text import clean, fold, sort_key
from danvan_desktop.services.context import AppContext
from danvan_desktop.store import units as store
from danvan_desktop.store.units import NATIONAL, Unit

SUB_UNIT_LEVELS = {
    "hamlet": "Thôn",
    "residential_group": "Tổ dân phố",
    "agency": "Cơ quan",
    "party_cell": "Chi bộ",
    "mass_org": "Đoàn thể",
    "school": "Trường",
}
UPPER_LEVELS = ("province", "cluster")


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    full_name: str
    level: str
    kind_label: str
    parent_code: str | None


def _info(u: Unit) -> UnitInfo:
    return UnitInfo(u.code, u.name, u.full_name, u.level, u.kind_label, u.parent_code)


def official_units() -> list[dict]:
    """Rows for the official list from `vietnam-provinces` (codes zero-padded as published)."""
    import vietnam_provinces as vp

    rows: list[dict] = []
    for p in vp.Province.iter_all():
        kind = "Thành phố" if "THANH_PHO" in p.division_type.name else "Tỉnh"
        rows.append(
            dict(
                code=f"{int(p.code):02d}",
                name=p.name,
                level="province",
                kind_label=kind,
                parent_code=None,
            )
        )
    for w in vp.Ward.iter_all():
        kind = {"PHUONG": "Phường", "DAC_KHU": "Đặc khu"}.get(w.division_type.name, "Xã")
        rows.append(
            dict(
                code=f"{int(w.code):05d}",
                name=w.name,
                level="commune",
                kind_label=kind,
                parent_code=f"{int(w.province_code):02d}",
            )
        )
    return rows


def seed_official_units(session: Session) -> int:
    """Insert the official list once (reference data owned by the national level)."""
    existing = session.execute(
        select(func.count()).select_from(Unit).where(Unit.unit_code == NATIONAL)
    ).scalar_one()
    if existing:
        return 0
    now = utcnow()
    rows = official_units()
    for i, row in enumerate(rows):
        row.update(
            id=uuid7(),
            unit_code=NATIONAL,
            created_at=now,
            updated_at=now,
            revision=1,
            deleted=False,
            change_seq=0,
            sort_order=i,
        )
    # Core insert: reference data from a package, not a user's change, so no audit rows.
    session.execute(insert(Unit), rows)
    return len(rows)


def provinces(ctx: AppContext) -> list[UnitInfo]:
    with ctx.read() as s:
        rows = s.execute(
            select(Unit).where(Unit.level == "province", Unit.deleted.is_(False))
        ).scalars()
        return sorted((_info(u) for u in rows), key=lambda u: sort_key(u.name))


def communes(ctx: AppContext, province_code: str) -> list[UnitInfo]:
    with ctx.read() as s:
        return sorted(
            (_info(u) for u in store.children(s, province_code, "commune")),
            key=lambda u: sort_key(u.name),
        )


def get(ctx: AppContext, code: str) -> UnitInfo | None:
    with ctx.read() as s:
        u = store.get_unit(s, code)
        return _info(u) if u else None


def sub_units(
    ctx: AppContext, commune_code: str | None = None, levels: tuple[str, ...] | None = None
) -> list[UnitInfo]:
    code = commune_code or ctx.unit_code
    with ctx.read() as s:
        rows = [u for u in store.children(s, code) if u.level in (levels or tuple(SUB_UNIT_LEVELS))]
        return [_info(u) for u in sorted(rows, key=lambda u: (u.sort_order, sort_key(u.name)))]


def hamlets(ctx: AppContext, commune_code: str | None = None) -> list[UnitInfo]:
    return sub_units(ctx, commune_code, ("hamlet", "residential_group"))


def add_sub_unit(session: Session, commune_code: str, name: str, level: str = "hamlet") -> Unit:
    name = clean(name)
    if not name:
        raise RuleViolation("Tên thôn, tổ dân phố hoặc đơn vị không được để trống.", "name")
    if level not in SUB_UNIT_LEVELS:
        raise RuleViolation(f"Loại đơn vị không hợp lệ: {level}.", "level")
    # Hamlets entered as "Trung Hà" read "Thôn Trung Hà"; agencies and organisations name themselves.
    kind_label = SUB_UNIT_LEVELS[level] if level in ("hamlet", "residential_group") else ""
    if name.lower().startswith(
        ("thôn", "tổ dân phố", "tdp", "xóm", "bản", "ấp", "khu phố", "làng", "buôn", "sóc")
    ):
        kind_label = ""
    siblings = store.children(session, commune_code)
    full = f"{kind_label} {name}" if kind_label else name
    # Compared folded: "thôn yên lạc" and "Yên Lạc" (shown as "Thôn Yên Lạc") are the same hamlet.
    if any(fold(u.full_name) == fold(full) for u in siblings):
        raise RuleViolation(f'"{full}" đã có trong danh sách của xã.', "name")
    unit = Unit(
        code=f"{commune_code}-{uuid7()[-12:]}",
        name=name,
        level=level,
        kind_label=kind_label,
        parent_code=commune_code,
        sort_order=len(siblings) + 1,
        unit_code=commune_code,
    )
    session.add(unit)
    session.flush()
    return unit


def add_hamlet(ctx: AppContext, name: str, level: str = "hamlet") -> UnitInfo:
    with ctx.session() as s:
        return _info(add_sub_unit(s, ctx.unit_code, name, level))


def remove_sub_unit(ctx: AppContext, code: str) -> None:
    with ctx.session() as s:
        unit = store.get_unit(s, code)
        if unit is None or unit.parent_code != ctx.unit_code:
            raise RuleViolation("Chỉ xóa được thôn, tổ dân phố hoặc đơn vị trực thuộc xã mình.")
        unit.deleted = True
