"""`manage.py seed_portal` loads real content in four languages from portal/seed/*.toml,
idempotently."""

import datetime
import io
import shutil
import tomllib
from decimal import Decimal

import pytest
from django.core.management import call_command

from portal import seed as seed_files
from portal.models import KeyFigure, Page, Partner
from services.desks.models import (
    FAQ,
    Location,
    OpeningHours,
    ServiceDesk,
    Topic,
)

pytestmark = pytest.mark.django_db


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
