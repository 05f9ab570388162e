"""Every e-mail about an appointment, in four languages, sent through the task after the rule's
transaction commits: the confirmation with its REQUEST invitation, the cancellation with its
CANCEL, the move with a higher SEQUENCE, the reminder, and the desk's cancellation with the next
free slots. None carries the topic the visitor typed; the personal link only while it is
of use."""

import datetime

import pytest
from django.utils import translation

from services.booking import reminders, rules
from services.booking.models import AppointmentEmail
from tests.conferences.test_calendar import address, in_utc, read
from tests.conferences.test_emails import calendar_of, html_of
from tests.factories import booking_data, make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
Kind = AppointmentEmail.Kind
TOPIC = "My <b>secret</b> topic https://evil.example"
SUBJECTS = {
    Kind.CONFIRMED: {
        "nl": "Afspraak bevestigd",
        "de": "Termin bestätigt",
        "en": "Appointment confirmed",
        "fr": "Rendez-vous confirmé",
    },
    Kind.CANCELLED: {
        "nl": "Afspraak geannuleerd",
        "de": "Termin abgesagt",
        "en": "Appointment cancelled",
        "fr": "Rendez-vous annulé",
    },
    Kind.MOVED: {
        "nl": "Afspraak verzet",
        "de": "Termin verschoben",
        "en": "Appointment moved",
        "fr": "Rendez-vous déplacé",
    },
    Kind.REMINDER: {"nl": "Herinnering", "de": "Erinnerung", "en": "Reminder", "fr": "Rappel"},
    Kind.SLOT_CANCELLED: {
        "nl": "De balie heeft",
        "de": "Die Beratungsstelle hat",
        "en": "The desk has cancelled",
        "fr": "Le guichet a annulé",
    },
}


@pytest.fixture
def site(settings):
    settings.SITE_URL = "https://werk.example.eu"
    settings.DEFAULT_FROM_EMAIL = "Werkportaal Zuid-Limburg <noreply@werk.example.eu>"


@pytest.fixture
def location(site):
    return make_location(make_desk(slug="gip"))


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(function, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(**kwargs)

    return run


def sent(mailoutbox, kind, language):
    [message] = [m for m in mailoutbox if SUBJECTS[kind][language] in m.subject]
    return message


def check_common(message, appointment, language):
    assert message.to == [appointment.email]
    html = html_of(message)
    assert f'<html lang="{language}">' in html
    for body in (message.body, html):
        # Nothing typed by the visitor, not even the name: the address is not confirmed.
        assert appointment.name not in body
        assert "secret" not in body and "evil.example" not in body
    return html


@pytest.mark.parametrize("language", LANGUAGES)
def test_confirmation_carries_the_invitation_and_the_personal_link(
    location, committed, mailoutbox, language
):
    slot = make_slot(location, days_ahead=5)
    appointment = committed(rules.book, slot=slot, **booking_data(language=language, topic=TOPIC))
    message = sent(mailoutbox, Kind.CONFIRMED, language)
    html = check_common(message, appointment, language)
    with translation.override(language):
        link = "https://werk.example.eu" + appointment.get_absolute_url()
    assert f"/{language}/appointment/" in link
    assert link in message.body and link in html
    event = calendar_of(message)
    assert event.method == "REQUEST"
    assert str(event["UID"]) == f"appointment-{appointment.pk}@werk.example.eu"
    assert event["SEQUENCE"] == 0
    assert event["DTSTART"].to_ical().decode() == in_utc(slot.starts_at)
    assert address(event["ATTENDEE"]) == appointment.email
    assert address(event["ORGANIZER"]) == "noreply@werk.example.eu"
    assert appointment.token not in calendar_of(message).to_ical().decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_cancellation_carries_cancel_for_the_same_uid_and_no_link(
    location, committed, mailoutbox, language
):
    appointment = committed(rules.book, slot=make_slot(location), **booking_data(language=language))
    committed(rules.cancel, appointment=appointment)
    message = sent(mailoutbox, Kind.CANCELLED, language)
    check_common(message, appointment, language)
    assert appointment.token not in message.body
    event = calendar_of(message)
    assert event.method == "CANCEL"
    assert str(event["UID"]) == f"appointment-{appointment.pk}@werk.example.eu"
    assert event["SEQUENCE"] == 1
    assert str(event["STATUS"]) == "CANCELLED"


@pytest.mark.parametrize("language", LANGUAGES)
def test_move_sends_a_new_request_with_a_higher_sequence(location, committed, mailoutbox, language):
    appointment = committed(
        rules.book, slot=make_slot(location, days_ahead=3), **booking_data(language=language)
    )
    later = make_slot(location, days_ahead=10, start=datetime.time(14))
    committed(rules.move, appointment=appointment, to_slot=later)
    message = sent(mailoutbox, Kind.MOVED, language)
    check_common(message, appointment, language)
    event = calendar_of(message)
    assert event.method == "REQUEST"
    assert str(event["UID"]) == f"appointment-{appointment.pk}@werk.example.eu"
    assert event["SEQUENCE"] == 1
    assert event["DTSTART"].to_ical().decode() == in_utc(later.starts_at)


@pytest.mark.parametrize("language", LANGUAGES)
def test_reminder_has_the_time_and_the_link_but_no_calendar_file(
    location, committed, mailoutbox, language
):
    slot = make_slot(location, days_ahead=1)
    appointment = rules.book(slot=slot, **booking_data(language=language))
    appointment.created_at -= datetime.timedelta(days=3)
    appointment.save(update_fields=["created_at"])
    committed(reminders.send_reminder, appointment=appointment)
    message = sent(mailoutbox, Kind.REMINDER, language)
    check_common(message, appointment, language)
    assert calendar_of(message) is None
    assert appointment.token in message.body
    assert slot.start.strftime("%H:%M") in message.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_slot_cancelled_by_the_desk_offers_the_next_free_slots(
    location, committed, mailoutbox, language
):
    slot = make_slot(location, days_ahead=2)
    appointment = committed(rules.book, slot=slot, **booking_data(language=language))
    make_slot(location, days_ahead=4, start=datetime.time(15, 30))
    committed(rules.cancel_slot, slot=slot)
    message = sent(mailoutbox, Kind.SLOT_CANCELLED, language)
    html = check_common(message, appointment, language)
    assert "15:30" in message.body and "15:30" in html
    assert "https://werk.example.eu/" + language + "/services/gip/book/" in message.body
    assert appointment.token not in message.body
    assert calendar_of(message).method == "CANCEL"


def test_a_late_confirmation_after_cancelling_puts_nothing_back_in_the_calendar(
    location, mailoutbox, django_capture_on_commit_callbacks
):
    appointment = rules.book(slot=make_slot(location), **booking_data())  # not sent yet
    rules.cancel(appointment=appointment)
    from core.outbox import send_now

    for email in AppointmentEmail.objects.to_send():  # as the worker reads them
        send_now(email)
    confirmation, cancellation = mailoutbox
    assert calendar_of(confirmation) is None
    assert calendar_of(cancellation).method == "CANCEL"


def test_the_invitation_reads_in_icalendar_and_vobject(location):
    from services.booking.calendar import appointment_ics

    appointment = rules.book(slot=make_slot(location), **booking_data(language="fr"))
    event = read(appointment_ics(appointment))
    assert event.method == "REQUEST"
