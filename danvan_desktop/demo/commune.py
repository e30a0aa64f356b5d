"""The demo commune itself: a real commune of Hà Tĩnh, its hamlets and organisations, and its
four accounts. Every area adds its records on top, through its own `DemoStep`."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from danvan_desktop.domain.roles import Role
from danvan_desktop.services import install, units, users
from danvan_desktop.services.context import AppContext


@dataclass(frozen=True)
class DemoStep:
    """One area's part of `danvan demo`: a module of danvan_desktop.demo defines `STEP`."""

    key: str
    order: int  # steps run in this order, sharing one random generator (the demo is seeded)
    #: (ctx, rng, today) -> one line of the summary printed at the end ("" for none)
    build: Callable[[AppContext, random.Random, dt.date], str]
    #: synced record types (store.base.SYNCED names) of this area the demo leaves empty on
    #: purpose -> why (a test checks every other type has at least one row after the demo)
    empty: Mapping[str, str] = field(default_factory=dict)


DEMO_UNIT = "18673"  # Xã Cẩm Xuyên, Hà Tĩnh
DEMO_PASSWORD = "danvan2026"
HAMLETS = [
    "Thôn Trung Hà",
    "Thôn Thượng Nam",
    "Thôn Hạ Bắc",
    "Thôn Đông Xuyên",
    "Thôn Tây Sơn",
    "Thôn Phú Thượng",
    "Thôn Yên Lạc",
    "Tổ dân phố Ấp Tây",
    "Tổ dân phố Ấp Đông",
    "Thôn Song Lộc",
]
OTHER_OWNERS = [
    ("mass_org", "Hội Liên hiệp Phụ nữ xã"),
    ("mass_org", "Đoàn Thanh niên xã"),
    ("mass_org", "Hội Nông dân xã"),
    ("mass_org", "Hội Cựu chiến binh xã"),
    ("party_cell", "Chi bộ Thôn Trung Hà"),
    ("agency", "Công an xã"),
    ("school", "Trường Tiểu học Cẩm Xuyên"),
    ("agency", "Trạm Y tế xã"),
]


def setup(ctx: AppContext, code: str) -> None:
    """The commune, its hamlets and organisations, and its accounts (no randomness)."""
    install.initialise(ctx, code, "admin", DEMO_PASSWORD, "Nguyễn Văn Quản", HAMLETS)
    for username, name, role, position in (
        ("canbo", "Trần Thị Lan", Role.OFFICER, "Công chức Văn phòng – Thống kê"),
        ("chutich", "Lê Văn Hùng", Role.LEADER, "Chủ tịch UBND xã"),
        ("xem", "Phạm Minh Tâm", Role.VIEWER, "Ủy viên Ủy ban MTTQ xã"),
    ):
        users.create_user(ctx, username, DEMO_PASSWORD, name, role, position)
    for level, name in OTHER_OWNERS:
        units.add_hamlet(ctx, name, level)
