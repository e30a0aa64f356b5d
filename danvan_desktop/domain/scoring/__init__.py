"""Scoring under Guidance 28-HD (DOMAIN §6): rubrics as data, safe formulas, evaluation,
classification and ranking. Plain Python: the indicators' values come in from services."""
