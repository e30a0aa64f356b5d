"""Kept for screens that import the paged model from here; it lives in ui.kit.paged."""

from danvan_desktop.ui.kit.paged import Column, PagedTableModel, paged_view

__all__ = ["Column", "PagedTableModel", "paged_view"]
