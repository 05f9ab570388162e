"""Formula-safe exports (core.exports, issue 18 finding 12): spreadsheet apps read the
full-width and small forms of =, +, - and @ (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) as the signs themselves,
so a cell starting with one runs as a formula unless it is neutralised like the plain sign."""

import csv
import io
import unicodedata

import pytest
from django.utils.translation import gettext
from openpyxl import load_workbook

from conferences import exports as conference_exports
from conferences.models import Registration
from conferences.rules import register
from core.exports import FORMULA_PREFIXES, neutralise
from services.booking import exports as appointment_exports
from services.booking import rules as booking
from services.booking.models import Appointment
from tests.factories import (
    booking_data,
    make_conference,
    make_desk,
    make_location,
    make_slot,
    registration_data,
)

# Every character that Unicode's compatibility mapping turns into a formula sign: the full-width
# and small forms, super- and subscripts, ⩵ (==). Computed, so that none is forgotten; all of
# them are in the Basic Multilingual Plane (over all of Unicode the list is the same, and takes
# four times as long at every collection).
LOOKALIKES = [
    chr(code)
    for code in range(0x10000)
    if chr(code) not in FORMULA_PREFIXES
    and unicodedata.normalize("NFKC", chr(code)).startswith(FORMULA_PREFIXES)
]
FULL_WIDTH = ["＝", "＋", "－", "＠"]
DANGEROUS = ['＝HYPERLINK("http://evil.example","click")', "＋1+1", "－2+3", "＠SUM(A1:A2)"]


def test_the_full_width_signs_are_among_the_lookalikes():
    assert set(FULL_WIDTH + ["﹦", "﹢", "﹣", "﹫", "⁼", "⁺"]) <= set(LOOKALIKES)


@pytest.mark.parametrize("sign", LOOKALIKES, ids=lambda sign: f"U+{ord(sign):04X}")
def test_a_lookalike_formula_sign_is_neutralised(sign):
    assert neutralise(sign + "1+1") == "'" + sign + "1+1"


def test_full_width_text_that_is_no_formula_is_left_alone():
    for value in ["Ｚｕｙｄ", "１２３", "Anna＝Bob", "a＋b", "Mosae Forum－2", "anna＠example.org"]:
        assert neutralise(value) == value
    assert neutralise("'＝1+1") == "'＝1+1"  # neutralised already (exports call it twice)


def parse_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.django_db
@pytest.mark.parametrize("value", DANGEROUS)
def test_registration_exports_neutralise_full_width_formulas(value):
    conference = make_conference(slug="geleen-2024")
    register(conference=conference, **registration_data(organisation=value, job_title=value))
    registrations = Registration.objects.all()
    _header, row = parse_csv(conference_exports.registrations_csv(registrations))
    assert row[2] == row[4] == "'" + value
    response = conference_exports.registrations_xlsx(registrations, conference)
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = list(sheet.iter_rows(min_row=2, max_row=2))[0]
    assert cells[2].value == cells[4].value == "'" + value
    assert cells[2].data_type == "s"


@pytest.mark.django_db
@pytest.mark.parametrize("value", DANGEROUS)
def test_the_appointment_export_neutralises_full_width_formulas(value):
    slot = make_slot(make_location(make_desk()))
    booking.book(slot=slot, **booking_data(topic=value))
    header, row = parse_csv(appointment_exports.appointments_csv(Appointment.objects.all()))
    assert dict(zip(header, row, strict=True))[gettext("Topic")] == "'" + value
