# British English, not Django's American formats ("Jan. 29, 2027", "3:30 p.m.").
FULL_DATE_FORMAT = "l j F Y"  # Friday 29 January 2027
DATE_FORMAT = "j F Y"  # 29 January 2027
TIME_FORMAT = "H:i"  # 15:30
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DAY_MONTH_FORMAT = "j M"  # 29 Jan (a chart axis)
