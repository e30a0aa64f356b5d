"""Kept for code that imports the form dialog from here; it lives in ui.kit.forms."""

from danvan_desktop.ui.kit.forms import EXPECTED, Field, FormDialog, MoneyEdit, as_values, subset

__all__ = ["EXPECTED", "Field", "FormDialog", "MoneyEdit", "as_values", "subset"]
