"""Answers owed to others (voters' petitions, the Fatherland Front's recommendations) and the
movement's self-inspection (issue 11). Modules: rules (answer periods, statuses), owed (items
and answers), selfcheck (self-inspections, findings, follow-ups), figures (indicators, the
per-commune figure group), report (report section, workbook sheets), area (the registration)."""
