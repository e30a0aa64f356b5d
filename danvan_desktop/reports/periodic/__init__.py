"""Periodic reports as documents: PDF (reportlab) and Word (.docx), both layouts."""
