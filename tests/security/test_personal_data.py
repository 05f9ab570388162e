"""Personal data is not copied where it does not belong, and goes when its purpose does
(finding 5)."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from conferences import rules
from conferences.models import OutgoingEmail, Registration
from tests.factories import make_conference, make_site_content, registration_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_task_arguments_carry_ids_not_addresses_or_names(
    database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = rules.register(
            conference=make_conference(),
            **registration_data(name="Anna de Vries", email="anna@example.org"),
        )
    (result,) = DBTaskResult.objects.all()
    email = OutgoingEmail.objects.get(registration=registration)
    assert result.args_kwargs == {"args": ["conferences.outgoingemail", email.pk], "kwargs": {}}


def test_old_task_results_with_their_tracebacks_are_pruned_by_the_scheduled_job(
    database_queue, django_capture_on_commit_callbacks, settings
):
    settings.TASK_RESULT_RETENTION_HOURS = 24
    with django_capture_on_commit_callbacks(execute=True):
        for _n in range(3):
            rules.register(conference=make_conference(), **registration_data())
    old, recent, unfinished = DBTaskResult.objects.order_by("enqueued_at")
    now = timezone.now()
    DBTaskResult.objects.filter(pk=old.pk).update(
        status="FAILED", finished_at=now - datetime.timedelta(hours=25), traceback="anna@x.org"
    )
    DBTaskResult.objects.filter(pk=recent.pk).update(
        status="FAILED", finished_at=now - datetime.timedelta(hours=23)
    )
    call_command("send_pending_emails", stdout=None)
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {recent.pk, unfinished.pk}


def test_no_language_switch_link_carries_a_personal_token(client):
    make_site_content()
    registration = rules.register(conference=make_conference(), **registration_data())
    html = client.get(f"/en/registration/{registration.token}/").content.decode()
    links = re.findall(r'href="([^"]+)"', html)
    assert not [link for link in links if "?" in link and registration.token in link]
    assert f"/de/registration/{registration.token}/" in links  # the switch still works
    # Elsewhere the switcher still remembers the choice through /language/ (a cookie).
    html = client.get("/en/conferences/").content.decode()
    assert "/language/de/?next=" in html


def test_cancelling_deletes_dietary_and_accessibility_needs_at_once():
    registration = rules.register(
        conference=make_conference(),
        **registration_data(
            dietary_needs="Halal", accessibility_needs="Wheelchair", special_data_consent=True
        ),
    )
    rules.cancel(registration=registration)
    registration = Registration.objects.get(pk=registration.pk)
    assert registration.dietary_needs == registration.accessibility_needs == ""
    assert registration.special_data_consent_at is None
