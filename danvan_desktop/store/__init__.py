"""store layer (see DESIGN.md §1)."""
