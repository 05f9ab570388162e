"""Date formats per language (FORMAT_MODULE_PATH), on top of Django's own for each locale.

`FULL_DATE_FORMAT` is a date with its weekday as each language writes it: "vrijdag 29 januari
2027", "Freitag, 29. Januar 2027", "Friday 29 January 2027", "vendredi 29 janvier 2027".
Templates use it by name (`{{ day|date:"FULL_DATE_FORMAT" }}`), Python with
`django.utils.formats.date_format(day, "FULL_DATE_FORMAT")`; `DATE_FORMAT` ("29. Januar 2027")
and `YEAR_MONTH_FORMAT` stay Django's, except English, which is British here (an EU portal).
`SHORT_DAY_MONTH_FORMAT` is a short day and month for chart axes ("29. Jan", "29 jan")."""
