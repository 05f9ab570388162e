"""Freshness: owners and "last checked" dates; the dashboard and the owners' weekly digest list
what is due; visitors see when contact data and answers were checked."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core.models import StaffEmail
from services.desks.freshness import due, send_digests
from services.desks.models import OpeningHours
from tests.factories import make_desk, make_faq, make_location, make_topic

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2027, 3, 1)
RECENT = datetime.date(2026, 6, 1)
OLD = datetime.date(2025, 12, 1)


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user(
        "editor", email="editor@example.org", is_staff=True, first_name="Eva"
    )


def complete_location(desk, **fields):
    return make_location(
        desk, phone="+31 43 000", email="desk@example.org", street_address="Markt 1", **fields
    )


def test_stale_and_never_checked_items_are_due_recent_ones_not(owner):
    desk = make_desk(last_checked=RECENT)
    stale_desk = make_desk(last_checked=OLD)
    never = make_desk()
    faq = make_faq(desk, make_topic(), last_checked=OLD)
    fresh_faq = make_faq(desk, make_topic(), last_checked=RECENT)
    result = due(today=TODAY)
    assert set(result.desks) == {stale_desk, never}
    assert faq in result.faqs and fresh_faq not in result.faqs


def test_the_period_is_configurable(settings):
    desk = make_desk(last_checked=RECENT)
    assert desk not in due(today=TODAY).desks
    settings.FRESHNESS_MONTHS = 6
    assert desk in due(today=TODAY).desks


def test_locations_missing_phone_email_or_hours_are_listed():
    desk = make_desk()
    complete = complete_location(desk, last_checked=RECENT)
    no_phone = make_location(desk, email="a@example.org", last_checked=RECENT)
    no_hours = complete_location(desk, last_checked=RECENT)
    OpeningHours.objects.filter(location=no_hours).delete()
    by_appointment = complete_location(desk, by_appointment_only=True, last_checked=RECENT)
    OpeningHours.objects.filter(location=by_appointment).delete()
    unconfirmed = complete_location(desk, last_checked=None)  # its address never checked
    incomplete = due(today=TODAY).incomplete_locations
    assert set(incomplete) == {no_phone, no_hours, unconfirmed}
    assert complete not in incomplete


def test_digest_goes_to_each_owner_with_their_items_only(
    owner, django_user_model, settings, django_capture_on_commit_callbacks
):
    other = django_user_model.objects.create_user("other", email="o@example.org", is_staff=True)
    desk = make_desk(owner=owner, last_checked=OLD, name_nl="Oude balie")
    make_faq(desk, make_topic(), owner=other, last_checked=OLD, question_nl="Vraag van ander?")
    make_desk(last_checked=OLD, name_nl="Niemands balie")  # no owner: dashboard only
    location = make_location(desk, owner=owner, last_checked=RECENT)  # no phone or e-mail

    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(today=TODAY) == 2
    [message] = [m for m in mail.outbox if m.to == ["editor@example.org"]]
    assert "Oude balie" in message.body
    assert settings.SITE_URL + reverse("admin:services_servicedesk_change", args=[desk.pk]) in (
        message.body
    )
    assert str(location) in message.body
    assert "Vraag van ander?" not in message.body and "Niemands balie" not in message.body
    assert "Hallo Eva" in message.body
    # Through the outbox: recorded, sent, and retried like every e-mail.
    record = StaffEmail.objects.get(to="editor@example.org")
    assert record.kind == "freshness_digest" and record.sent_at is not None
    assert record.body == message.body


def test_a_digest_that_the_mail_server_refuses_is_kept_and_sent_later(
    owner, mail_server, django_capture_on_commit_callbacks
):
    make_desk(owner=owner, last_checked=OLD, name_nl="Oude balie")
    mail_server.down(ConnectionRefusedError("mail server down"))
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(today=TODAY) == 1
    record = StaffEmail.objects.get()
    assert record.sent_at is None and record.attempts == 1
    assert "mail server down" in record.last_error
    mail_server.up()
    call_command("send_pending_emails", "--all", stdout=io.StringIO())
    record.refresh_from_db()
    assert record.sent_at is not None
    [message] = mail.outbox
    assert "Oude balie" in message.body


def test_sent_emails_to_staff_are_deleted_after_their_retention(settings):
    settings.STAFF_EMAIL_RETENTION_DAYS = 30
    now = timezone.now()
    old = StaffEmail.objects.create(kind="k", to="a@example.org", subject="s", body="b")
    StaffEmail.objects.filter(pk=old.pk).update(sent_at=now - datetime.timedelta(days=31))
    recent = StaffEmail.objects.create(kind="k", to="a@example.org", subject="s", body="b")
    StaffEmail.objects.filter(pk=recent.pk).update(sent_at=now - datetime.timedelta(days=29))
    unsent = StaffEmail.objects.create(kind="k", to="a@example.org", subject="s", body="b")
    call_command("send_pending_emails", stdout=io.StringIO())
    assert set(StaffEmail.objects.values_list("pk", flat=True)) == {recent.pk, unsent.pk}


def test_digest_skips_inactive_owners_and_owners_without_due_items(owner):
    make_desk(owner=owner, last_checked=RECENT)
    assert send_digests(today=TODAY) == 0
    make_desk(owner=owner, last_checked=OLD)
    owner.is_active = False
    owner.save()
    call_command("send_freshness_digest")
    assert mail.outbox == []


def test_dashboard_lists_due_items(staff_client):
    make_desk(name_nl="Nooit gecontroleerd")
    html = staff_client.get(reverse("content_status")).content.decode()
    assert "Nooit gecontroleerd" in html


def test_visitors_see_when_contact_data_and_answers_were_checked(client):
    desk = make_desk(slug="desk", last_checked=datetime.date(2026, 5, 4))
    complete_location(desk, last_checked=datetime.date(2026, 4, 1))
    make_faq(desk, make_topic(), last_checked=datetime.date(2026, 3, 2))
    html = client.get("/en/services/desk/").content.decode()
    assert "Checked on 4 May 2026" in html
    assert "Contact details last checked: April 2026" in html
    assert "Checked on 2 March 2026" in html
