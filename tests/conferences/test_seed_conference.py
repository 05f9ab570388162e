"""`manage.py seed_portal` loads the real 2024 edition; `--demo` adds a fictional, open one."""

import datetime
import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from conferences import rules
from conferences.models import Conference, OutgoingEmail, ProgrammeItem
from conferences.rules import register
from portal import seed as seed_files
from tests.factories import registration_data

pytestmark = pytest.mark.django_db
SLUG_2024 = "euregional-labour-market-2024"
DEMO = seed_files.read("conferences.toml")["demo"]
DEMO_SLUG = DEMO["slug"]


def seed(*args):
    out = io.StringIO()
    call_command("seed_portal", *args, stdout=out)
    return out.getvalue()


def counts():
    return (Conference.objects.count(), ProgrammeItem.objects.count())


def test_seed_twice_creates_nothing_new():
    seed("--demo")
    before = counts()
    output = seed("--demo")
    assert counts() == before
    assert "created: " not in output
    assert "0 created, 0 updated" in output


def test_seed_keeps_staff_edits_to_the_programme_unless_reset():
    seed()
    conference = Conference.objects.get(slug=SLUG_2024)
    removed = conference.programme.last()
    removed.delete()
    edited = conference.programme.first()
    edited.title_de = "Von der Redaktion geändert"
    edited.save()

    seed()
    assert conference.programme.count() == 3
    edited.refresh_from_db()
    assert edited.title_de == "Von der Redaktion geändert"

    seed("--reset")
    assert conference.programme.count() == 4
    edited.refresh_from_db()
    assert edited.title_de == "Begrüßung durch die Gemeinde Sittard-Geleen"


def test_without_demo_nothing_fictional_is_created():
    seed()
    seed("--reset")
    assert not Conference.objects.filter(is_demo=True).exists()
    assert not Conference.objects.filter(slug=DEMO_SLUG).exists()
    assert not Conference.objects.upcoming().exists()


def test_rerunning_demo_moves_a_past_demo_edition_forward():
    seed("--demo")
    demo = Conference.objects.get(slug=DEMO_SLUG)
    register(conference=demo, **registration_data())
    demo.title_en = "Demo: edited by staff"
    demo.save()
    past = timezone.localdate() - datetime.timedelta(days=3)
    Conference.objects.filter(pk=demo.pk).update(date=past)

    output = seed("--demo")

    demo.refresh_from_db()
    assert demo.date == timezone.localdate() + datetime.timedelta(days=DEMO["days_ahead"])
    assert demo.registration_is_open()
    assert "moved: demo edition" in output
    assert not demo.registrations.exists()  # trial registrations for the old date are gone
    assert demo.title_en == "Demo: edited by staff"
    assert Conference.objects.filter(is_demo=True).count() == 1


def test_rerunning_demo_keeps_an_upcoming_demo_edition_as_it_is():
    seed("--demo")
    demo = Conference.objects.get(slug=DEMO_SLUG)
    registration = register(conference=demo, **registration_data())
    later = demo.date + datetime.timedelta(days=5)
    Conference.objects.filter(pk=demo.pk).update(date=later)

    seed("--demo")

    demo.refresh_from_db()
    assert demo.date == later
    assert demo.registrations.get() == registration


def test_reset_changes_an_edition_through_the_rules_and_tells_its_registrants(
    django_capture_on_commit_callbacks, mailoutbox
):
    seed("--demo")
    demo = Conference.objects.get(slug=DEMO_SLUG)
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(conference=demo, **registration_data(language="de"))
    staff_date = demo.date + datetime.timedelta(days=5)
    Conference.objects.filter(pk=demo.pk).update(date=staff_date, city="Sittard")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        seed("--demo", "--reset")

    demo.refresh_from_db()
    assert demo.date == timezone.localdate() + datetime.timedelta(days=DEMO["days_ahead"])
    assert demo.city == DEMO["city"]
    assert demo.calendar_sequence == 1
    assert [message.to for message in mailoutbox] == [[registration.email]]
    assert registration.emails.filter(kind=OutgoingEmail.Kind.CHANGED).count() == 1


def test_without_demo_an_existing_demo_edition_is_not_touched():
    seed("--demo")
    past = timezone.localdate() - datetime.timedelta(days=3)
    Conference.objects.filter(slug=DEMO_SLUG).update(date=past)

    seed()

    assert Conference.objects.get(slug=DEMO_SLUG).date == past


def test_demo_never_takes_over_a_real_edition_with_the_demo_slug():
    seed()
    real = Conference.objects.get(slug=SLUG_2024)
    Conference.objects.filter(pk=real.pk).update(slug=DEMO_SLUG)

    output = seed("--demo")

    assert "skipped" in output
    real.refresh_from_db()
    assert not real.is_demo
    assert real.date == datetime.date(2024, 2, 22)


def test_a_new_edition_and_its_programme_are_created_through_the_rules():
    with mock.patch.object(rules, "create_edition", wraps=rules.create_edition) as create:
        output = seed()
    [call] = create.call_args_list
    assert call.kwargs["fields"]["slug"] == SLUG_2024
    assert [item["order"] for item in call.kwargs["programme"]] == [10, 20, 30, 40]
    conference = Conference.objects.get(slug=SLUG_2024)
    assert conference.programme.count() == 4
    assert output.count(f"created: {ProgrammeItem._meta.verbose_name} “") == 4
    with mock.patch.object(rules, "create_edition", wraps=rules.create_edition) as create:
        seed("--reset")
    assert not create.called  # a reset changes it (rules.change_edition)
    assert conference.programme.count() == 4
