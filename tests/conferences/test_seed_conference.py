"""`manage.py seed_portal` loads the real 2024 edition; `--demo` adds a fictional, open one."""

import datetime
import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from modeltranslation.translator import translator

from conferences import rules
from conferences.models import Conference, OutgoingEmail, ProgrammeItem, Registration
from conferences.rules import RegistrationClosed, register
from core.i18n import missing_languages
from portal import seed as seed_files
from tests.factories import registration_data

pytestmark = pytest.mark.django_db
SLUG_2024 = "euregional-labour-market-2024"
DEMO = seed_files.read("conferences.toml")["demo"]
DEMO_SLUG = DEMO["slug"]
CONFERENCE_TEXTS = translator.get_options_for_model(Conference).fields
PROGRAMME_TEXTS = translator.get_options_for_model(ProgrammeItem).fields


def seed(*args):
    out = io.StringIO()
    call_command("seed_portal", *args, stdout=out)
    return out.getvalue()


def counts():
    return (Conference.objects.count(), ProgrammeItem.objects.count())


def test_seed_loads_the_2024_geleen_edition_from_the_facts():
    seed()
    conference = Conference.objects.get(slug=SLUG_2024)
    assert conference.date == datetime.date(2024, 2, 22)
    assert (conference.start_time, conference.end_time) == (
        datetime.time(12),
        datetime.time(15, 30),
    )
    assert conference.venue_name == "Werkcentrum Zuid-Limburg"
    assert conference.city == "Geleen"
    assert conference.venue_address == ""  # not found in the sources: staff fill it in
    assert conference.capacity == 125
    assert conference.is_published and not conference.is_demo
    assert "125" in conference.description_nl
    speakers = " ".join(conference.programme.values_list("speakers", flat=True))
    for name in ["Martin de Beer", "Hubert Mackus", "Yvonne Salvino"]:
        assert name in speakers
        assert name not in conference.description_nl  # the programme is told once, not twice


def test_2024_edition_is_complete_in_four_languages():
    seed()
    conference = Conference.objects.get(slug=SLUG_2024)
    assert missing_languages(conference, CONFERENCE_TEXTS) == []
    assert conference.title_nl and conference.summary_fr
    for item in conference.programme.all():
        assert missing_languages(item, PROGRAMME_TEXTS) == [], item


def test_2024_programme_follows_the_facts_without_invented_times():
    seed()
    programme = list(Conference.objects.get(slug=SLUG_2024).programme.all())
    assert [item.title_en for item in programme] == [
        "Welcome by the municipality of Sittard-Geleen",
        "Signing of the cooperation agreement",
        "Guest speaker from a regional economic board",
        "Discussion with employers, knowledge institutions and intermediaries",
    ]
    assert all(item.start_time is None and item.end_time is None for item in programme)
    assert "Hubert Mackus (Maastricht)" in programme[1].speakers


def test_2024_edition_is_an_archive_that_takes_no_registrations():
    seed()
    conference = Conference.objects.get(slug=SLUG_2024)
    assert conference.is_past
    assert not conference.registration_is_open()
    assert conference in Conference.objects.past()
    with pytest.raises(RegistrationClosed):
        register(conference=conference, **registration_data())
    assert not Registration.objects.exists()


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


def test_demo_creates_an_upcoming_open_demo_edition():
    seed("--demo")
    demo = Conference.objects.get(slug=DEMO_SLUG)
    assert demo.is_demo and demo.is_published
    assert demo.date == timezone.localdate() + datetime.timedelta(days=DEMO["days_ahead"])
    assert (demo.start_time, demo.end_time) == (datetime.time(12), datetime.time(15, 30))
    assert demo.capacity == 20
    assert demo.registration_is_open()
    assert demo in Conference.objects.upcoming()
    assert demo.programme.count() >= 2


def test_demo_texts_say_it_is_a_demo_in_four_languages():
    seed("--demo")
    demo = Conference.objects.get(slug=DEMO_SLUG)
    assert missing_languages(demo, CONFERENCE_TEXTS) == []
    words = {"nl": "demo", "de": "demo", "en": "demo", "fr": "démo"}
    for code, word in words.items():
        assert word in getattr(demo, f"title_{code}").lower()
        assert word in getattr(demo, f"description_{code}").lower()
    for item in demo.programme.all():
        assert missing_languages(item, PROGRAMME_TEXTS) == []
        for code, word in words.items():
            assert word in getattr(item, f"title_{code}").lower(), item


def test_demo_edition_accepts_registrations():
    seed("--demo")
    demo = Conference.objects.get(slug=DEMO_SLUG)
    registration = register(
        conference=demo, interests=demo.programme.all()[:1], **registration_data(language="fr")
    )
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.interests.count() == 1


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
