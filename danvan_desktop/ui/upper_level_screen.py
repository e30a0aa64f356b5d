"""Where ui.areas finds the upper-level screen (its modules live in ui/upper_level/)."""

from danvan_desktop.ui.upper_level.screen import UpperLevelScreen

__all__ = ["UpperLevelScreen"]
