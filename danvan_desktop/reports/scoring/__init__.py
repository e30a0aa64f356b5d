"""Scoring's documents: the rubric as an Excel table, the scoring sheet, the ranking."""
