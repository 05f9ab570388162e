FULL_DATE_FORMAT = "l, j. F Y"  # Freitag, 29. Januar 2027
SHORT_DAY_MONTH_FORMAT = "j. M"  # 29. Jan (a chart axis)
