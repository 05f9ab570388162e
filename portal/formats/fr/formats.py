FULL_DATE_FORMAT = "l j F Y"  # vendredi 29 janvier 2027
SHORT_DAY_MONTH_FORMAT = "j M"  # 29 jan (a chart axis)
