"""`manage.py seed_portal` loads real content in four languages from portal/seed/*.toml,
idempotently."""

import shutil
import tomllib

import pytest

from portal import seed as seed_files
from portal.models import KeyFigure, Page, Partner
from services.desks.models import (
    Location,
    ServiceDesk,
    Topic,
)
from tests.seeding import run_seed

pytestmark = pytest.mark.django_db


def test_seed_loads_the_desks_locations_and_content():
    output = run_seed()

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
        "news.toml",
    }
    assert len([name for name in names if name.startswith("desks/")]) == 4


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
        run_seed("--demo")
    assert name in str(error.value)
    assert not Topic.objects.exists()  # nothing half-loaded


def test_a_toml_syntax_error_names_the_file(seed_copy):
    seed_copy("topics.toml", "[[topics]]", "[[topics]")
    with pytest.raises(seed_files.SeedError, match="topics.toml"):
        run_seed()


def test_a_source_the_seed_does_not_know_stops_it(seed_copy):
    seed_copy(
        "desks/grensinfopunt.toml",
        'sources = ["ecmr-cross-border-information-point"',
        'sources = ["nobody"',
    )
    with pytest.raises(seed_files.SeedError, match="nobody"):
        run_seed()
