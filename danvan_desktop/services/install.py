"""First run: choose this install's unit, enter hamlets, create the first administrator."""

from __future__ import annotations

import uuid

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.domain.models import DEFAULT_FIELDS
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import signing_keys
from danvan_desktop.services.context import SYSTEM, AppContext, CurrentUser
from danvan_desktop.services.units import add_sub_unit, seed_official_units
from danvan_desktop.services.users import create_user_in
from danvan_desktop.store.level_indexes import fit_indexes_to_level
from danvan_desktop.store.model_register import Field
from danvan_desktop.store.settings import get_setting, set_setting
from danvan_desktop.store.units import NATIONAL, get_unit


def prepare_reference_data(ctx: AppContext) -> None:
    """Seed the official unit list (idempotent) so the wizard can offer provinces and communes."""
    with ctx.session() as s:
        seed_official_units(s)


def seed_default_fields(session: Session) -> None:
    """The four fields of DOMAIN §1: national reference rows with fixed ids, same in every install."""
    existing = {c for (c,) in session.execute(select(Field.code))}
    now = utcnow()
    rows = [
        dict(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"danvan:field:{code}")),
            code=code,
            name=name,
            sort_order=i,
            unit_code=NATIONAL,
            created_at=now,
            updated_at=now,
            revision=1,
            deleted=False,
            change_seq=0,
        )
        for i, (code, name) in enumerate(DEFAULT_FIELDS)
        if code not in existing
    ]
    if rows:
        session.execute(insert(Field), rows)


def is_initialised(ctx: AppContext) -> bool:
    with ctx.read() as s:
        return bool(get_setting(s, "unit_code"))


def install_id(ctx: AppContext) -> str:
    with ctx.read() as s:
        return get_setting(s, "install_id")


def initialise(
    ctx: AppContext,
    unit_code: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    hamlets: list[str] | None = None,
) -> None:
    """Set up a fresh database in one transaction (nothing half-done if any input is refused)."""
    ctx.user = SYSTEM
    with ctx.session() as s:
        if get_setting(s, "unit_code"):
            raise RuleViolation(
                "Cơ sở dữ liệu này đã được thiết lập đơn vị; không thể thiết lập lại."
            )
        seed_official_units(s)
        unit = get_unit(s, unit_code)
        if unit is None or unit.level not in ("commune", "province", "cluster"):
            raise RuleViolation(
                f'Không tìm thấy đơn vị có mã "{unit_code}" trong danh mục.', "unit_code"
            )
        s.info["unit_code"] = unit_code
        set_setting(s, "unit_code", unit_code)
        set_setting(s, "unit_level", unit.level)
        s.flush()
        fit_indexes_to_level(s.connection())
        set_setting(s, "install_id", uuid7())
        for name in hamlets or []:
            if name.strip():
                add_sub_unit(s, unit_code, name)
        seed_default_fields(s)
        admin = create_user_in(
            s,
            admin_username,
            admin_password,
            admin_full_name or admin_username,
            Role.ADMIN,
            unit_code,
            position="Quản trị hệ thống",
        )
        username, full_name = admin.username, admin.full_name
        signing_keys.create_install_key(ctx, s, username, admin_password)
    ctx.unit_code = unit_code
    ctx.user = CurrentUser(username, full_name, Role.ADMIN)


def unit_level(ctx: AppContext) -> str:
    with ctx.read() as s:
        return get_setting(s, "unit_level", "commune")
