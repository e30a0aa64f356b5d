"""Local accounts' roles and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    OFFICER = "officer"
    LEADER = "leader"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "Quản trị",
    Role.OFFICER: "Cán bộ nhập liệu",
    Role.LEADER: "Lãnh đạo (duyệt, ký)",
    Role.VIEWER: "Chỉ xem",
}


class Permission(StrEnum):
    EDIT = "edit"  # create and change records
    APPROVE = "approve"  # appraise, recognise, sign
    MANAGE_USERS = "manage_users"
    VIEW_CONFIDENTIAL = "view_confidential"  # denouncers' identities
    SYNC = "sync"  # export/import bundles


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.LEADER: frozenset(
        {Permission.EDIT, Permission.APPROVE, Permission.VIEW_CONFIDENTIAL, Permission.SYNC}
    ),
    Role.OFFICER: frozenset({Permission.EDIT, Permission.SYNC}),
    Role.VIEWER: frozenset(),
}


def can(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
