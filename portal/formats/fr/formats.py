FULL_DATE_FORMAT = "l j F Y"  # vendredi 29 janvier 2027
