"""Kept for screens that import `run_task` from here; the helper lives in ui.kit.ops."""

from danvan_desktop.ui.kit.ops import TaskHandle, announce, call, change_hub, run_task

__all__ = ["TaskHandle", "announce", "call", "change_hub", "run_task"]
