"""`manage.py seed_portal` loads real content in four languages from portal/seed/*.toml,
idempotently."""

import datetime
import io
import shutil
import tomllib
from decimal import Decimal

import pytest
from django.core.management import call_command
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from conferences.models import Conference, ProgrammeItem
from portal import seed as seed_files
from portal.models import KeyFigure, Page, Partner
from services.desks.models import (
    FAQ,
    GuideEntry,
    Location,
    OfficialBody,
    OpeningHours,
    ServiceDesk,
    Topic,
)

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
SEEDED = [Topic, ServiceDesk, Location, FAQ, GuideEntry, KeyFigure, Partner, Page]
SEEDED += [Conference, ProgrammeItem, OfficialBody]
# Translated fields the seed may leave empty in all four languages (the sources give nothing):
# the Talent Coalition's location has no notes, the expat centre's contacts figure no prefix.
MAY_BE_EMPTY = {(Location, "notes"), (KeyFigure, "prefix")}
# A desk's reply time is its own promise, not a fact from the sources: staff set it (the
# acknowledgement then says "as soon as possible").
MAY_BE_EMPTY |= {(ServiceDesk, "reply_time")}


def seed(*args):
    out = io.StringIO()
    call_command("seed_portal", *args, stdout=out)
    return out.getvalue()


def counts():
    models = [ServiceDesk, Location, OpeningHours, Topic, FAQ, KeyFigure, Partner, Page]
    return {model.__name__: model.objects.count() for model in models}


def test_seed_loads_the_desks_locations_and_content():
    output = seed()

    assert "created: " in output
    assert set(ServiceDesk.objects.values_list("slug", flat=True)) == {
        "grensinfopunt",
        "service-grensarbeid",
        "expat-centre",
        "talent-coalition",
    }
    assert Location.objects.count() == 5  # the Talent Coalition has no desk of its own
    for desk in ServiceDesk.objects.all():
        assert desk.faqs.count() >= 12, desk.slug  # each desk answers at least twelve
        assert desk.faqs.values("topic").distinct().count() >= 5, desk.slug
    assert KeyFigure.objects.count() == 4
    assert set(KeyFigure.objects.values_list("value", flat=True)) == {12000, 250, 2300, 100}
    assert Partner.objects.count() >= 6
    assert set(Page.objects.values_list("slug", flat=True)) == {"about", "privacy", "accessibility"}


@pytest.mark.parametrize("path", seed_files.files(), ids=lambda path: path.name)
def test_every_seed_file_parses(path):
    with path.open("rb") as file:
        assert tomllib.load(file)


def test_seed_files_are_one_per_desk_plus_site_topics_guide_and_conferences():
    names = {path.relative_to(seed_files.FOLDER).as_posix() for path in seed_files.files()}
    assert {name for name in names if not name.startswith("desks/")} == {
        "site.toml",
        "topics.toml",
        "guide.toml",
        "conferences.toml",
        "sources.toml",
        "demo_slots.toml",  # seed_portal --demo only: fictional consultation slots
        "synonyms.toml",
        "glossary.toml",  # not loaded: the agreed terms, checked by tests/portal/test_glossary.py
    }
    assert len([name for name in names if name.startswith("desks/")]) == 4


@pytest.mark.parametrize("model", SEEDED, ids=lambda model: model.__name__)
def test_seed_content_is_complete_in_four_languages(model):
    """Every translated field (as modeltranslation lists them) of every seeded row has all four
    languages, or is empty in all four where MAY_BE_EMPTY allows it."""
    seed("--demo")
    assert model.objects.exists()
    for obj in model.objects.all():
        for field in translator.get_options_for_model(model).fields:
            texts = [getattr(obj, build_localized_fieldname(field, code)) for code in LANGUAGES]
            if (model, field) in MAY_BE_EMPTY and not any(texts):
                continue
            assert all(text.strip() for text in texts), (obj, field, texts)


def test_seed_invents_no_contact_details():
    """Only facts from the sources: no phone number (the one current number found is the
    municipality's general line, not the Expat Centre's), no hours from 2017, no coordinates."""
    seed()
    assert not Location.objects.exclude(phone="").exists()
    assert Location.objects.get(desk__slug="expat-centre").street_address == "Mosae Forum 10"
    assert not OpeningHours.objects.exists()
    assert not Location.objects.filter(latitude__isnull=False).exists()
    assert not Location.objects.filter(desk__slug="talent-coalition").exists()


def test_seed_twice_creates_nothing_new():
    seed()
    before = counts()
    output = seed()
    assert counts() == before
    assert "created: " not in output
    assert "0 created" in output


def test_seed_keeps_staff_edits_unless_reset():
    seed()
    desk = ServiceDesk.objects.get(slug="grensinfopunt")
    desk.summary_de = "Von der Redaktion geändert"
    desk.save()
    faq = FAQ.objects.filter(desk=desk).first()
    faq.question_nl = "Aangepast door de redactie?"
    faq.save()

    seed()
    desk.refresh_from_db()
    faq.refresh_from_db()
    assert desk.summary_de == "Von der Redaktion geändert"
    assert faq.question_nl == "Aangepast door de redactie?"

    seed("--reset")
    desk.refresh_from_db()
    faq.refresh_from_db()
    assert desk.summary_de != "Von der Redaktion geändert"
    assert faq.question_nl != "Aangepast door de redactie?"
    assert counts()["FAQ"] == FAQ.objects.count()


def test_seeded_site_renders_every_desk_in_every_language(client):
    seed()
    for desk in ServiceDesk.objects.all():
        for language in LANGUAGES:
            response = client.get(f"/{language}/services/{desk.slug}/")
            assert response.status_code == 200
            assert 'class="fallback"' not in response.content.decode()


def test_reset_restores_seeded_fields_and_leaves_the_others_to_staff():
    """--reset puts back every field the seed sets for that kind of row, also where one row
    leaves it out (no last_checked: unverified again); fields it never sets stay as staff left
    them."""
    seed()
    location = Location.objects.get(desk__slug="expat-centre")
    assert location.last_checked is None
    location.last_checked = datetime.date(2025, 1, 1)
    location.latitude = Decimal("50.85")
    location.is_published = False
    location.save()

    seed("--reset")

    location.refresh_from_db()
    assert location.last_checked is None
    assert location.latitude == Decimal("50.85")
    assert not location.is_published


@pytest.fixture
def seed_copy(tmp_path, monkeypatch):
    """A copy of the seed files that a test may break; the command reads it instead."""
    folder = tmp_path / "seed"
    shutil.copytree(seed_files.FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(seed_files, "FOLDER", folder)

    def edit(name, old, new):
        path = folder / name
        text = path.read_text()
        assert old in text
        path.write_text(text.replace(old, new, 1))

    return edit


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "desks/grensinfopunt.toml",
            'street_address = "Avenue',
            'street_adress = "Avenue',
            "street_adress is not a field of Location",
        ),
        ("topics.toml", 'name.nl = "Belasting"', 'nmae.nl = "Belasting"', "nmae is not a field"),
        ("site.toml", 'label.nl = "(pot', 'label.nederlands = "(pot', "label needs one text"),
        ("guide.toml", "advice.en =", "advise.en =", "advise is not a field of GuideEntry"),
        ("conferences.toml", "capacity = 125", "capacity = 125\nseats = 125", "seats is not"),
        ("conferences.toml", "[[demo.programme]]", "[[demo.programm]]", "programm is not"),
        ("desks/talent-coalition.toml", "[[faqs]]", "[[faqs]]\norder = 1", "leave out order"),
        (
            "desks/talent-coalition.toml",
            'seed_key = "tc-what"',
            'seed_key = "tc-what"\nlast_checked = 2026-12-01',
            "leave out last_checked",
        ),
        ("conferences.toml", "[[demo.programme]]", "[[demo.programme]]\norder = 1", "leave out"),
        ("site.toml", "[[pages]]", "[[page]]\n[[pages]]", "expected the tables"),
        ("desks/expat-centre-maastricht-region.toml", 'topic = "tax"', 'topic = "taxes"', "taxes"),
        ("guide.toml", 'desks = ["grensinfopunt"]', 'desks = ["grensinfo"]', "no 'grensinfo'"),
        ("guide.toml", '"be-nl-tax"]', '"be-nl-taks"]', "be-nl-taks"),
    ],
)
def test_a_key_the_models_do_not_know_stops_the_seed(seed_copy, name, old, new, message):
    seed_copy(name, old, new)
    with pytest.raises(seed_files.SeedError, match=message) as error:
        seed("--demo")
    assert name in str(error.value)
    assert not Topic.objects.exists()  # nothing half-loaded


def test_a_toml_syntax_error_names_the_file(seed_copy):
    seed_copy("topics.toml", "[[topics]]", "[[topics]")
    with pytest.raises(seed_files.SeedError, match="topics.toml"):
        seed()


def test_every_seeded_answer_cites_its_sources_and_claims_no_check():
    seed()
    bodies = OfficialBody.objects.values_list("url", flat=True)
    assert all(url.startswith("https://") for url in bodies)
    for faq in FAQ.objects.prefetch_related("sources"):
        assert faq.sources.all(), faq.seed_key
        assert faq.last_checked is None, faq.seed_key  # only a person's check sets it


def test_the_sources_cover_the_bodies_that_decide_in_each_country():
    seed()
    names = " ".join(OfficialBody.objects.values_list("name", flat=True))
    for body in ["Belastingdienst", "SVB", "UWV", "IND", "DUO", "Deutsche Rentenversicherung"]:
        assert body in names
    for body in ["Bundesagentur für Arbeit", "Familienkasse", "ELSTER", "SPF Finances"]:
        assert body in names
    for body in ["INAMI", "ONEM", "ONSS", "Your Europe", "Gemeente Maastricht"]:
        assert body in names


def test_a_source_the_seed_does_not_know_stops_it(seed_copy):
    seed_copy(
        "desks/grensinfopunt.toml",
        'sources = ["ecmr-cross-border-information-point"',
        'sources = ["nobody"',
    )
    with pytest.raises(seed_files.SeedError, match="nobody"):
        seed()


def test_seeded_sources_are_set_again_only_on_reset():
    seed()
    faq = FAQ.objects.get(seed_key="be-nl-tax")
    faq.sources.clear()
    seed()
    assert not faq.sources.exists()  # staff's choice stays
    seed("--reset")
    assert set(faq.sources.values_list("slug", flat=True)) == {
        "ecmr-cross-border-information-point"
    }


def test_the_seed_answers_the_subjects_people_asked_for():
    """Germany to the Netherlands, self-employed, pensioners, A1 and S1, the 30% ruling, DigiD
    and housing for internationals each have an answer, in all four languages."""
    seed()
    subjects = {
        "de-nl-tax": "Germany",
        "de-nl-health-insurance": "Germany",
        "de-nl-unemployment": "Germany",
        "self-employed": "self-employed",
        "pensioners": "pension",
        "a1-form": "A1",
        "s1-form": "S1",
        "ecmr-30-percent-ruling": "30% ruling",
        "ecmr-digid": "DigiD",
        "ecmr-housing-internationals": "rent a home",
    }
    for key, words in subjects.items():
        faq = FAQ.objects.get(seed_key=key)
        assert words in faq.question_en, key
        assert all(getattr(faq, f"answer_{code}") for code in LANGUAGES), key


def test_seed_gives_each_desk_a_reference_prefix_and_the_websites_of_the_facts():
    seed()
    desks = {desk.slug: desk for desk in ServiceDesk.objects.all()}
    assert {slug: desk.reference_prefix for slug, desk in desks.items()} == {
        "grensinfopunt": "GIP",
        "service-grensarbeid": "SGA",
        "expat-centre": "ECMR",
        "talent-coalition": "TC",
    }
    assert desks["grensinfopunt"].website == "https://grenzinfo.eu"
    assert desks["service-grensarbeid"].website == "https://www.grenzarbeit.eu/ebc"
    assert desks["expat-centre"].website == "https://www.expatcentremaastrichtregion.nl"
    # No inbox is invented: staff add one once the desk agrees (the admin warns meanwhile).
    assert not any(desk.enquiry_email for desk in desks.values())


def test_the_privacy_statement_states_the_retention_of_questions(settings):
    seed()
    privacy = Page.objects.get(slug="privacy")
    months = str(settings.ENQUIRY_RETENTION_MONTHS)
    for code, words in [
        ("nl", f"{months} maanden nadat uw vraag is afgesloten"),
        ("de", f"{months} Monate nach Abschluss Ihrer Frage"),
        ("en", f"{months} months after your question is closed"),
        ("fr", f"{months} mois après la clôture de votre question"),
    ]:
        assert words in getattr(privacy, f"body_{code}")
