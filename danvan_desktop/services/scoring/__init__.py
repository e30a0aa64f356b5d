"""Scoring of the movement under Guidance 28-HD: rubrics, indicators, evaluations."""
