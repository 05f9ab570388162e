"""What every staff export shares (conferences.exports, services.booking.exports): cells no
spreadsheet runs as a formula, and a CSV download that Excel reads right and no cache keeps.

People type their own names and texts, so every cell is treated as hostile: a value that a
spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return, or
with a full-width or small form of one of those signs, such as ＝ or ＋, which spreadsheet apps
read as the sign itself) gets a leading apostrophe, as OWASP advises against CSV injection, and
every CSV field is quoted.
"""

import csv
import unicodedata
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The value as text that no spreadsheet will run as a formula.

    Control characters (which Excel files cannot hold) go first, so that none of them can hide a
    formula sign behind it. The first character is also compared in its compatibility form
    (NFKC): full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫ and super- or subscript ⁼ ⁺ become = + - @."""
    text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
    first = unicodedata.normalize("NFKC", text[:1])
    if text.startswith(FORMULA_PREFIXES) or first.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def attachment(response: HttpResponse, name: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Cache-Control"] = "private, no-store"
    return response


def csv_response(rows: Iterable[Iterable[object]], name: str) -> HttpResponse:
    """CSV in UTF-8 with a byte order mark, so Excel reads accents right; every cell
    neutralised and quoted."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")
    writer = csv.writer(response, quoting=csv.QUOTE_ALL)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return attachment(response, name)
