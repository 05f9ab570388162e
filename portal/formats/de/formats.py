FULL_DATE_FORMAT = "l, j. F Y"  # Freitag, 29. Januar 2027
