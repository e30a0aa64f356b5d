"""The scoring area's entry: the commune scores itself; an upper level appraises its communes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.install import unit_level


def ScoringScreen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:  # noqa: N802
    """The screen for this install's level (a factory named like the class it returns)."""
    if unit_level(ctx) == "commune":
        from danvan_desktop.ui.scoring.commune import CommuneScoringScreen

        return CommuneScoringScreen(ctx, parent)
    from danvan_desktop.ui.scoring.province import ProvinceScoringScreen

    return ProvinceScoringScreen(ctx, parent)
