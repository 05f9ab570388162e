FULL_DATE_FORMAT = "l j F Y"  # vrijdag 29 januari 2027
SHORT_DAY_MONTH_FORMAT = "j M"  # 29 jan (a chart axis)
