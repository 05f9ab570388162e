"""Staff and appointments: per-desk permissions, series, day list, attendance, slot
cancellation and CSV export in the admin."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from services.booking import rules
from services.booking.models import Appointment, AppointmentEmail, ConsultationSlot
from tests.factories import booking_data, make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db
Status = Appointment.Status


@pytest.fixture
def desks():
    own, other = make_desk(slug="own"), make_desk(slug="other")
    return own, other


@pytest.fixture
def appointments(desks):
    own, other = desks
    mine = rules.book(slot=make_slot(make_location(own)), **booking_data(name="Mine Person"))
    theirs = rules.book(slot=make_slot(make_location(other)), **booking_data(name="Theirs Person"))
    return mine, theirs


def desk_user(django_user_model, desk, *codenames):
    user = django_user_model.objects.create_user("deskuser", password="pw", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="services",
            codename__in=[
                "view_appointment",
                "change_appointment",
                "view_consultationslot",
                "add_consultationslot",
                "change_consultationslot",
                "view_appointmentemail",
                *codenames,
            ],
        )
    )
    desk.staff.add(user)
    return user


@pytest.mark.parametrize("handles_all", [False, True])
def test_desk_staff_see_only_their_own_desks_appointments_slots_and_emails(
    client, django_user_model, desks, appointments, handles_all
):
    own, _other = desks
    client.force_login(
        desk_user(django_user_model, own, *(["handle_all_desks"] if handles_all else []))
    )
    page = client.get(reverse("admin:services_appointment_changelist")).content.decode()
    assert "Mine Person" in page
    assert ("Theirs Person" in page) is handles_all
    mine, theirs = appointments
    other_url = reverse("admin:services_appointment_change", args=[theirs.pk])
    assert client.get(other_url).status_code == (200 if handles_all else 302)
    slots = client.get(reverse("admin:services_consultationslot_changelist"))
    assert slots.context["cl"].result_count == (2 if handles_all else 1)
    emails = client.get(reverse("admin:services_appointmentemail_changelist"))
    assert emails.context["cl"].result_count == (2 if handles_all else 1)
    add = client.get(reverse("admin:services_consultationslot_add"))
    choices = list(add.context["adminform"].form.fields["location"].queryset)
    assert {location.desk for location in choices} == ({own, _other} if handles_all else {own})


def test_desk_staff_cannot_act_on_another_desks_appointment(
    client, django_user_model, desks, appointments
):
    own, _other = desks
    client.force_login(desk_user(django_user_model, own))
    mine, theirs = appointments
    client.post(
        reverse("admin:services_appointment_changelist"),
        {"action": "cancel_appointments", "_selected_action": [mine.pk, theirs.pk]},
    )
    statuses = dict(Appointment.objects.values_list("pk", "status"))
    assert statuses == {mine.pk: Status.CANCELLED, theirs.pk: Status.BOOKED}


def test_attendance_marking_reports_refusals_as_messages(staff_client, desks):
    location = make_location(desks[0])
    past = make_slot(location, days_ahead=0, start=datetime.time(0, 1))
    held = Appointment.objects.create(slot=past, **booking_data())
    future = rules.book(slot=make_slot(location), **booking_data())
    response = staff_client.post(
        reverse("admin:services_appointment_changelist"),
        {"action": "mark_attended", "_selected_action": [held.pk, future.pk]},
        follow=True,
    )
    text = [str(message) for message in response.context["messages"]]
    assert any("1 afspraak gemarkeerd als gekomen" in m for m in text), text  # admin in nl
    assert any(str(rules.NotYetHeld.message) in m for m in text), text
    held.refresh_from_db()
    future.refresh_from_db()
    assert (held.status, future.status) == (Status.ATTENDED, Status.BOOKED)
    staff_client.post(
        reverse("admin:services_appointment_changelist"),
        {"action": "mark_no_show", "_selected_action": [held.pk]},
    )
    held.refresh_from_db()
    assert held.status == Status.NO_SHOW


def test_cancel_slot_action_tells_everyone_booked(staff_client, desks):
    slot = make_slot(make_location(desks[0]), places=2)
    first = rules.book(slot=slot, **booking_data())
    second = rules.book(slot=slot, **booking_data())
    staff_client.post(
        reverse("admin:services_consultationslot_changelist"),
        {"action": "cancel_slots", "_selected_action": [slot.pk]},
    )
    slot.refresh_from_db()
    assert slot.cancelled_at is not None
    told = AppointmentEmail.objects.filter(kind=AppointmentEmail.Kind.SLOT_CANCELLED)
    assert sorted(told.values_list("appointment", flat=True)) == [first.pk, second.pk]


def test_staff_create_a_series_in_the_admin(staff_client, desks):
    location = make_location(desks[0])
    url = reverse("admin:services_consultationslot_series")
    assert staff_client.get(url).status_code == 200
    data = {
        "location": location.pk,
        "weekday": 2,
        "starts_on": "2030-01-07",
        "window_start": "10:00",
        "window_end": "12:00",
        "slot_minutes": 30,
        "weeks": 8,
        "places": 1,
        "mode": "desk",
        "languages": ["nl", "de"],
        "note_nl": "Samen met de Finanzamt Aachen",
        "note_de": "Gemeinsam mit dem Finanzamt Aachen",
    }
    response = staff_client.post(url, data)
    assert response.status_code == 302
    slots = ConsultationSlot.objects.filter(location=location)
    assert slots.count() == 32
    assert set(slots.values_list("languages", flat=True)) == {"nl,de"}
    bad = staff_client.post(url, data | {"window_end": "10:10"})
    assert bad.status_code == 200
    assert "Het tijdvak is korter dan één tijdstip" in bad.content.decode()
    assert slots.count() == 32


def test_a_booked_slots_time_and_place_cannot_be_edited(staff_client, desks):
    slot = make_slot(make_location(desks[0]))
    url = reverse("admin:services_consultationslot_change", args=[slot.pk])
    assert "date" in staff_client.get(url).context["adminform"].form.fields
    rules.book(slot=slot, **booking_data())
    assert "date" not in staff_client.get(url).context["adminform"].form.fields


def add_day(location, day, volume):
    for n in range(volume):
        slot = make_slot(location, date=day, start=datetime.time(8 + n), places=2)
        rules.book(slot=slot, **booking_data())


def test_day_list_is_printable_and_its_queries_do_not_grow(
    staff_client, desks, django_assert_max_num_queries
):
    location = make_location(desks[0])
    day = timezone.localdate() + datetime.timedelta(days=3)
    add_day(location, day, 1)
    url = reverse("admin:services_consultationslot_day_list")
    query = {"location": location.pk, "date": day.isoformat()}
    with django_assert_max_num_queries(12) as small:
        response = staff_client.get(url, query)
    add_day(location, day, 6)
    with django_assert_max_num_queries(12) as large:
        response = staff_client.get(url, query)
    assert len(small.captured_queries) == len(large.captured_queries)
    page = response.content.decode()
    assert "css/admin-booking.css" in page
    table = page.split('<table class="day-list">')[1].split("</table>")[0]
    assert table.count("<tr>") == 1 + 7  # header + one row per appointment
    assert ' style="' not in page.split("<main")[-1]


def test_csv_export_is_formula_safe(staff_client, desks):
    slot = make_slot(make_location(desks[0]))
    rules.book(slot=slot, **booking_data(name="=HYPERLINK(1)", topic="+tax"))
    response = staff_client.post(
        reverse("admin:services_appointment_changelist"),
        {
            "action": "export_csv",
            "_selected_action": list(Appointment.objects.values_list("pk", flat=True)),
        },
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert "'=HYPERLINK(1)" in rows[1]
    assert "'+tax" in rows[1]
