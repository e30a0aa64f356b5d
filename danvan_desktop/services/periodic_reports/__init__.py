"""Periodic reports (báo cáo định kỳ) and their outgoing numbers: the area of issue 11."""
