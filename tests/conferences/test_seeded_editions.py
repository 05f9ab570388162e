"""The conference editions `seed_portal --demo` loads: the real 2024 edition as an archive, and a
fictional, open demo edition (loaded once for the module; test_seed_conference.py tests the
command's runs)."""

import datetime

import pytest
from django.utils import timezone
from modeltranslation.translator import translator

from conferences.models import Conference, ProgrammeItem, Registration
from conferences.rules import RegistrationClosed, register
from core.i18n import missing_languages
from tests.factories import registration_data
from tests.seeding import DEMO, DEMO_SLUG, SLUG_2024

CONFERENCE_TEXTS = translator.get_options_for_model(Conference).fields
PROGRAMME_TEXTS = translator.get_options_for_model(ProgrammeItem).fields


def test_seed_loads_the_2024_geleen_edition_from_the_facts(seeded_demo):
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


def test_2024_edition_is_complete_in_four_languages(seeded_demo):
    conference = Conference.objects.get(slug=SLUG_2024)
    assert missing_languages(conference, CONFERENCE_TEXTS) == []
    assert conference.title_nl and conference.summary_fr
    for item in conference.programme.all():
        assert missing_languages(item, PROGRAMME_TEXTS) == [], item


def test_2024_programme_follows_the_facts_without_invented_times(seeded_demo):
    programme = list(Conference.objects.get(slug=SLUG_2024).programme.all())
    assert [item.title_en for item in programme] == [
        "Welcome by the municipality of Sittard-Geleen",
        "Signing of the cooperation agreement",
        "Guest speaker from a regional economic board",
        "Discussion with employers, knowledge institutions and intermediaries",
    ]
    assert all(item.start_time is None and item.end_time is None for item in programme)
    assert "Hubert Mackus (Maastricht)" in programme[1].speakers


def test_2024_edition_is_an_archive_that_takes_no_registrations(seeded_demo):
    conference = Conference.objects.get(slug=SLUG_2024)
    assert conference.is_past
    assert not conference.registration_is_open()
    assert conference in Conference.objects.past()
    with pytest.raises(RegistrationClosed):
        register(conference=conference, **registration_data())
    assert not Registration.objects.exists()


def test_demo_creates_an_upcoming_open_demo_edition(seeded_demo):
    demo = Conference.objects.get(slug=DEMO_SLUG)
    assert demo.is_demo and demo.is_published
    assert demo.date == timezone.localdate() + datetime.timedelta(days=DEMO["days_ahead"])
    assert (demo.start_time, demo.end_time) == (datetime.time(12), datetime.time(15, 30))
    assert demo.capacity == 20
    assert demo.registration_is_open()
    assert demo in Conference.objects.upcoming()
    assert demo.programme.count() >= 2


def test_demo_texts_say_it_is_a_demo_in_four_languages(seeded_demo):
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


def test_demo_edition_accepts_registrations(seeded_demo):
    demo = Conference.objects.get(slug=DEMO_SLUG)
    registration = register(
        conference=demo, interests=demo.programme.all()[:1], **registration_data(language="fr")
    )
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.interests.count() == 1
