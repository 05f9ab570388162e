"""`seed_portal --demo` run again over its own content (loaded once for the module): nothing new,
staff edits kept, a past demo edition moved forward, `--reset` through the rules.
test_seed_conference.py starts from an empty database."""

import datetime

from django.utils import timezone

from conferences.models import Conference, OutgoingEmail, ProgrammeItem
from conferences.rules import register
from tests.factories import registration_data
from tests.seeding import DEMO, DEMO_SLUG, SLUG_2024, run_seed


def counts():
    return (Conference.objects.count(), ProgrammeItem.objects.count())


def test_seed_twice_creates_nothing_new(seeded_demo):
    before = counts()
    output = run_seed("--demo")
    assert counts() == before
    assert "created: " not in output
    assert "0 created, 0 updated" in output


def test_seed_keeps_staff_edits_to_the_programme_unless_reset(seeded_demo):
    conference = Conference.objects.get(slug=SLUG_2024)
    removed = conference.programme.last()
    removed.delete()
    edited = conference.programme.first()
    edited.title_de = "Von der Redaktion geändert"
    edited.save()

    run_seed()
    assert conference.programme.count() == 3
    edited.refresh_from_db()
    assert edited.title_de == "Von der Redaktion geändert"

    run_seed("--reset")
    assert conference.programme.count() == 4
    edited.refresh_from_db()
    assert edited.title_de == "Begrüßung durch die Gemeinde Sittard-Geleen"


def test_rerunning_demo_moves_a_past_demo_edition_forward(seeded_demo):
    demo = Conference.objects.get(slug=DEMO_SLUG)
    register(conference=demo, **registration_data())
    demo.title_en = "Demo: edited by staff"
    demo.save()
    past = timezone.localdate() - datetime.timedelta(days=3)
    Conference.objects.filter(pk=demo.pk).update(date=past)

    output = run_seed("--demo")

    demo.refresh_from_db()
    assert demo.date == timezone.localdate() + datetime.timedelta(days=DEMO["days_ahead"])
    assert demo.registration_is_open()
    assert "moved: demo edition" in output
    assert not demo.registrations.exists()  # trial registrations for the old date are gone
    assert demo.title_en == "Demo: edited by staff"
    assert Conference.objects.filter(is_demo=True).count() == 1


def test_rerunning_demo_keeps_an_upcoming_demo_edition_as_it_is(seeded_demo):
    demo = Conference.objects.get(slug=DEMO_SLUG)
    registration = register(conference=demo, **registration_data())
    later = demo.date + datetime.timedelta(days=5)
    Conference.objects.filter(pk=demo.pk).update(date=later)

    run_seed("--demo")

    demo.refresh_from_db()
    assert demo.date == later
    assert demo.registrations.get() == registration


def test_reset_changes_an_edition_through_the_rules_and_tells_its_registrants(
    seeded_demo, django_capture_on_commit_callbacks, mailoutbox
):
    demo = Conference.objects.get(slug=DEMO_SLUG)
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(conference=demo, **registration_data(language="de"))
    staff_date = demo.date + datetime.timedelta(days=5)
    Conference.objects.filter(pk=demo.pk).update(date=staff_date, city="Sittard")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        run_seed("--demo", "--reset")

    demo.refresh_from_db()
    assert demo.date == timezone.localdate() + datetime.timedelta(days=DEMO["days_ahead"])
    assert demo.city == DEMO["city"]
    assert demo.calendar_sequence == 1
    assert [message.to for message in mailoutbox] == [[registration.email]]
    assert registration.emails.filter(kind=OutgoingEmail.Kind.CHANGED).count() == 1


def test_without_demo_an_existing_demo_edition_is_not_touched(seeded_demo):
    past = timezone.localdate() - datetime.timedelta(days=3)
    Conference.objects.filter(slug=DEMO_SLUG).update(date=past)

    run_seed()

    assert Conference.objects.get(slug=DEMO_SLUG).date == past
