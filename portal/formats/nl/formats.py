FULL_DATE_FORMAT = "l j F Y"  # vrijdag 29 januari 2027
