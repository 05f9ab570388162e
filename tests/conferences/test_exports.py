"""CSV and Excel exports of registrations: columns, staff language and formula injection."""

import csv
import io

import pytest
from django.utils import timezone, translation
from openpyxl import load_workbook

from conferences import exports
from conferences.models import Registration
from conferences.rules import cancel, check_in, register
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db

HEADERS = [
    "name",
    "e-mail",
    "organisation",
    "kind of organisation",
    "job title",
    "phone",
    "status",
    "language",
    "registered",
    "checked in",
    "topics of interest",
    "dietary needs",
    "accessibility needs",
]
DANGEROUS = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1:A2)"]


def parse_csv(response):
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff"), "a byte order mark, so Excel reads UTF-8"
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))


def parse_xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return sheet, [[cell.value or "" for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def conference():
    return make_conference(slug="geleen-2024", capacity=5)


@pytest.fixture
def registration(conference):
    registration = register(
        conference=conference,
        interests=list(conference.programme.all()),
        **registration_data(
            name="Anna Janssen",
            email="anna@example.org",
            organisation="Zuyd Hogeschool",
            organisation_kind="knowledge",
            job_title="Career adviser",
            phone="046 123 4567",
            dietary_needs="Vegetarian",
            accessibility_needs="Wheelchair",
            special_data_consent=True,
            language="de",
        ),
    )
    check_in(registration=registration)
    return Registration.objects.get(pk=registration.pk)


def test_csv_has_the_headers_and_one_row_per_registration_in_the_staff_language(registration):
    with translation.override("en"):
        response = exports.registrations_csv(Registration.objects.all(), registration.conference)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, row = parse_csv(response)
    assert header == HEADERS
    local = timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M")
    checked = timezone.localtime(registration.checked_in_at).strftime("%Y-%m-%d %H:%M")
    assert row == [
        "Anna Janssen",
        "anna@example.org",
        "Zuyd Hogeschool",
        "Knowledge institution",
        "Career adviser",
        "046 123 4567",
        "confirmed",
        "German",
        local,
        checked,
        "Welcome [en]",
        "Vegetarian",
        "Wheelchair",
    ]


def test_every_csv_field_is_quoted(registration):
    response = exports.registrations_csv(Registration.objects.all())
    first_line = response.content.decode("utf-8").removeprefix("\ufeff").splitlines()[0]
    assert first_line.startswith('"') and first_line.count('","') == len(HEADERS) - 1


@pytest.mark.parametrize("value", DANGEROUS)
def test_csv_neutralises_values_a_spreadsheet_would_run_as_formulas(conference, value):
    register(conference=conference, **registration_data(name=value, organisation=value))
    _header, row = parse_csv(exports.registrations_csv(Registration.objects.all()))
    assert row[0] == "'" + value
    assert row[2] == "'" + value


@pytest.mark.parametrize("value", DANGEROUS)
def test_excel_neutralises_formulas_and_holds_only_text_cells(conference, value):
    register(conference=conference, **registration_data(name=value, job_title=value))
    with translation.override("en"):
        response = exports.registrations_xlsx(Registration.objects.all(), conference)
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    sheet, rows = parse_xlsx(response)
    assert rows[0] == HEADERS
    assert rows[1][0] == "'" + value
    assert rows[1][4] == "'" + value
    # Strings only (empty cells come back as inline strings): no formula, no number.
    assert {cell.data_type for row in sheet.iter_rows() for cell in row} <= {"s", "inlineStr"}


@pytest.mark.parametrize("prefix", ["\t", "\r"])
def test_leading_tab_or_carriage_return_is_neutralised_too(prefix):
    assert exports.neutralise(prefix + "=1+1") == "'" + prefix + "=1+1"


def test_harmless_values_are_left_alone():
    for value in ["Anna", "Zuyd Hogeschool", "046 123 4567", "anna@example.org", "a=b", ""]:
        assert exports.neutralise(value) == value
    assert exports.neutralise(None) == ""


def test_control_characters_cannot_hide_a_formula_or_break_the_excel_file(conference):
    register(conference=conference, **registration_data(name="\x01=1+1", organisation="A\x02B"))
    _sheet, rows = parse_xlsx(exports.registrations_xlsx(Registration.objects.all()))
    assert rows[1][0] == "'=1+1"
    assert rows[1][2] == "AB"


def test_excel_row_matches_the_csv_row(registration):
    queryset = Registration.objects.all()
    csv_rows = parse_csv(exports.registrations_csv(queryset))
    _sheet, xlsx_rows = parse_xlsx(exports.registrations_xlsx(queryset))
    assert xlsx_rows == csv_rows


def test_file_names_hold_the_edition_slug_and_the_date(registration, conference):
    today = timezone.localdate().isoformat()
    csv_response = exports.registrations_csv(Registration.objects.all(), conference)
    xlsx_response = exports.registrations_xlsx(Registration.objects.all(), conference)
    assert (
        f'filename="registrations-geleen-2024-{today}.csv"' in csv_response["Content-Disposition"]
    )
    assert csv_response["Content-Disposition"].startswith("attachment")
    assert f"registrations-geleen-2024-{today}.xlsx" in xlsx_response["Content-Disposition"]
    assert exports.filename(None, "csv") == f"registrations-{today}.csv"


def test_cancelled_and_anonymised_registrations_are_exported_sensibly(conference):
    cancelled = register(conference=conference, **registration_data(name="Bert"))
    cancel(registration=cancelled)
    gone = register(conference=conference, **registration_data())
    Registration.objects.filter(pk=gone.pk).update(
        name="", email="", organisation="", job_title="", anonymised_at=timezone.now()
    )
    with translation.override("en"):
        _header, *rows = parse_csv(exports.registrations_csv(Registration.objects.all()))
    assert ["Bert", "cancelled"] == [rows[0][0], rows[0][6]]
    assert rows[1][0] == "(personal data deleted)"
    assert rows[1][1] == ""


def test_export_runs_a_fixed_number_of_queries(conference, django_assert_num_queries):
    for _ in range(5):
        register(
            conference=conference,
            interests=list(conference.programme.all()),
            **registration_data(),
        )
    with django_assert_num_queries(2):  # registrations with their edition, then the topics
        exports.registrations_csv(Registration.objects.all())


def test_single_conference_is_found_only_when_all_rows_share_it(conference, registration):
    other = make_conference()
    register(conference=other, **registration_data())
    assert exports.single_conference(Registration.objects.filter(conference=conference)) == (
        conference
    )
    assert exports.single_conference(Registration.objects.all()) is None
