"""Reports: shared PDF (NĐ 30/2020 and HD 36-HD/VPTW) and Excel layouts, built from plain data."""
