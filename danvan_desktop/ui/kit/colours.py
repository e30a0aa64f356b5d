"""Status colours every screen shares (row backgrounds and the notice boxes)."""

from __future__ import annotations

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.models import ModelStatus

RED, AMBER, ORANGE, GREEN, PALE_GREEN, GREY, BLUE = (
    "#fde2e1",
    "#fff1cc",
    "#ffe0c2",
    "#e3f4e1",
    "#d7efd3",
    "#eeeeee",
    "#e8f4ff",
)

#: a deadline's state (petitions, recommendations); keys are the StrEnum values
DEADLINE_COLOURS: dict[str, str] = {
    DeadlineStatus.OVERDUE.value: "#f8d0cd",
    DeadlineStatus.DUE_SOON.value: AMBER,
    DeadlineStatus.CLOSED_LATE.value: ORANGE,
    DeadlineStatus.CLOSED_ON_TIME.value: GREEN,
}

#: a model's (mô hình, điển hình) status
MODEL_STATUS_COLOURS: dict[str, str] = {
    ModelStatus.APPRAISED_FAIL.value: RED,
    ModelStatus.DECLINING.value: AMBER,
    ModelStatus.STOPPED.value: GREY,
    ModelStatus.WITHDRAWN.value: GREY,
    ModelStatus.RECOGNISED.value: GREEN,
    ModelStatus.REPLICATED.value: PALE_GREEN,
    ModelStatus.MAINTAINED.value: GREEN,
}

#: a received bundle's status in the sync ledger
BUNDLE_STATUS_COLOURS: dict[str, str] = {
    "preview": BLUE,
    "applied": GREEN,
    "already_imported": GREY,
    "refused": RED,
    "trust": AMBER,
}

WARN_BOX = (
    "background:#fff4e5; border:1px solid #e0a800; border-radius:4px; padding:8px; color:#5f3b00;"
)
OK_BOX = (
    "background:#e8f5e9; border:1px solid #81c784; border-radius:4px; padding:8px; color:#1b5e20;"
)
ERROR_STYLE = "background:#fff0f0; border:1px solid #b00020;"
