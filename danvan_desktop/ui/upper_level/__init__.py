"""The upper level's screen, one module per tab (issue 9: no room over 600 lines)."""
