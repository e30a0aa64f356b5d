"""Commendations (khen thưởng, DOMAIN §7; issue 11): rounds, proposals and decisions on the
records core, the cycle rule of the seeds as data, proposals suggested from recognised models
and scoring results, and the history of every subject."""
