"""CSV and Excel exports of registrations for staff.

Registrants type their own name and organisation, so every cell is treated as hostile: a value
that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
gets a leading apostrophe, as OWASP advises against CSV injection, and every CSV field is
quoted. The Excel file holds only string cells, so nothing in it is ever evaluated.
"""

import io
from collections.abc import Callable, Iterable

from django.db.models import Prefetch, QuerySet
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from conferences.models import Conference, ProgrammeItem, Registration
from core.exports import attachment, csv_response, neutralise

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def _name(registration: Registration) -> str:
    if registration.anonymised_at and not registration.name:
        return gettext("(personal data deleted)")
    return registration.name


def _interests(registration: Registration) -> str:
    # Titles in the staff member's language (modeltranslation falls back when one is missing).
    return "; ".join(item.title for item in registration.interests.all())


COLUMNS: list[tuple[str, Callable[[Registration], object]]] = [
    (_("name"), _name),
    (_("e-mail"), lambda r: r.email),
    (_("organisation"), lambda r: r.organisation),
    (_("kind of organisation"), lambda r: r.get_organisation_kind_display()),
    (_("job title"), lambda r: r.job_title),
    (_("phone"), lambda r: r.phone),
    (_("status"), lambda r: r.get_status_display()),
    (_("language"), lambda r: r.get_language_display()),
    (_("registered"), lambda r: _local(r.created_at)),
    (_("checked in"), lambda r: _local(r.checked_in_at)),
    (_("topics of interest"), _interests),
    (_("dietary needs"), lambda r: r.dietary_needs),
    (_("accessibility needs"), lambda r: r.accessibility_needs),
]


def headers() -> list[str]:
    return [str(header) for header, _value in COLUMNS]


def for_export(registrations: QuerySet) -> QuerySet:
    """Registrations with what the export reads, in a fixed number of queries."""
    return (
        registrations.select_related("conference")
        .prefetch_related(Prefetch("interests", queryset=ProgrammeItem.objects.order_by("order")))
        .order_by("conference__date", "created_at", "pk")
    )


def rows(registrations: QuerySet) -> Iterable[list[str]]:
    """Header row first, then one neutralised row per registration."""
    yield [neutralise(header) for header in headers()]
    for registration in for_export(registrations):
        yield [neutralise(value(registration)) for _header, value in COLUMNS]


def filename(conference: Conference | None, extension: str) -> str:
    """registrations-<edition slug>-<export date>.<extension>; without an edition (a selection
    across editions) just registrations-<export date>."""
    parts = ["registrations"]
    if conference is not None:
        parts.append(conference.slug)
    parts.append(timezone.localdate().isoformat())
    return f"{'-'.join(parts)}.{extension}"


def registrations_csv(registrations: QuerySet, conference: Conference | None = None):
    """CSV in UTF-8 with a byte order mark, so Excel reads accents right (core.exports)."""
    return csv_response(rows(registrations), filename(conference, "csv"))


def registrations_xlsx(registrations: QuerySet, conference: Conference | None = None):
    """An Excel workbook of string cells (never formulas), header row bold and frozen."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(gettext("Registrations"))
    for row in rows(registrations):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text, whatever the value looks like
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for number, header in enumerate(headers(), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = max(14, len(header) + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    return attachment(response, filename(conference, "xlsx"))


def _sheet_title(title: str) -> str:
    """Excel's rules for sheet names: at most 31 characters, none of []:*?/\\."""
    return "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"


def single_conference(registrations: QuerySet) -> Conference | None:
    """The edition all of these registrations belong to, or None if they span several."""
    ids = list(registrations.order_by().values_list("conference_id", flat=True).distinct()[:2])
    if len(ids) == 1:
        return Conference.objects.get(pk=ids[0])
    return None
