"""The navigation areas of the main window. Each area module adds one entry to AREAS;
only areas whose `visible(ctx)` is true for this install appear."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.context import AppContext


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    #: "module:function" building the screen: (ctx, parent) -> QWidget (imported when first shown)
    factory: str
    visible: Callable[[AppContext], bool] = lambda ctx: True
    tooltip: str = ""

    def build(self, ctx: AppContext, parent: QWidget) -> QWidget:
        module, func = self.factory.split(":")
        return getattr(importlib.import_module(module), func)(ctx, parent)


def _admin(ctx: AppContext) -> bool:
    from danvan_desktop.domain.roles import Permission

    return ctx.can(Permission.MANAGE_USERS)


def _upper(ctx: AppContext) -> bool:
    from danvan_desktop.services.install import unit_level

    return unit_level(ctx) in ("province", "cluster")


def _commune(ctx: AppContext) -> bool:
    return not _upper(ctx)


AREAS: list[Area] = [
    # In the order of an officer's day; a province sees its summary first (hidden at communes).
    Area(
        "upper_level",
        "Tổng hợp các xã",
        "danvan_desktop.ui.upper_level_screen:UpperLevelScreen",
        visible=_upper,
        tooltip="Nhập gói dữ liệu của các xã, tình hình gửi, tổng hợp, ý kiến và bản tổng hợp",
    ),
    Area(
        "models",
        "Mô hình, điển hình",
        "danvan_desktop.ui.models_screen:ModelsScreen",
        tooltip='Sổ mô hình, điển hình "Dân vận khéo": đăng ký, thẩm định, công nhận, nhân rộng',
    ),
    Area(
        "early_warning",
        "Chính quyền chủ động",
        "danvan_desktop.ui.early_warning_screen:EarlyWarningScreen",
        visible=_commune,
        tooltip="Cảnh báo sớm: đơn sắp đến hạn, quá hạn, tỷ lệ đúng hạn, điểm nóng, cam kết",
    ),
    Area(
        "petitions",
        "Đơn thư",
        "danvan_desktop.ui.petitions_screen:PetitionsScreen",
        visible=_commune,
        tooltip="Sổ theo dõi đơn thư: tiếp nhận, xử lý, thời hạn, đơn trùng",
    ),
    Area(
        "receptions",
        "Tiếp công dân, đối thoại",
        "danvan_desktop.ui.receptions_screen:ReceptionsScreen",
        visible=_commune,
        tooltip="Buổi tiếp công dân, tần suất tiếp, hội nghị đối thoại, cam kết",
    ),
    Area(
        "inspection",
        "Thanh tra nhân dân",
        "danvan_desktop.ui.inspection_screen:InspectionScreen",
        visible=_commune,
        tooltip=(
            "Ban Thanh tra nhân dân: thành viên, kế hoạch, giám sát, kiến nghị, báo cáo; "
            "giám sát đầu tư của cộng đồng"
        ),
    ),
    Area(
        "standing",
        "Phản hồi của cấp trên",
        "danvan_desktop.ui.standing_screen:StandingScreen",
        visible=_commune,
        tooltip="Xếp hạng trong tỉnh, ý kiến và quyết định của cấp trên trên hồ sơ của xã",
    ),
    Area(
        "sync",
        "Gửi, nhận dữ liệu",
        "danvan_desktop.ui.sync_screen:SyncScreen",
        tooltip="Xuất, nhập gói dữ liệu (.dvk), sổ nhập, xung đột, khóa ký số",
    ),
    Area(
        "system",
        "Đơn vị và tài khoản",
        "danvan_desktop.ui.system_screen:SystemScreen",
        tooltip="Thôn, tổ dân phố; tài khoản người dùng; sao lưu",
    ),
]


def visible_areas(ctx: AppContext) -> list[Area]:
    return [a for a in AREAS if a.visible(ctx)]
