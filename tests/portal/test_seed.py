"""`manage.py seed_portal` loads real content in four languages, idempotently."""

import io

import pytest
from django.core.management import call_command

from core.i18n import missing_languages
from portal.models import KeyFigure, Page, Partner
from services.models import FAQ, Location, OpeningHours, ServiceDesk, Topic

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]


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
    assert Location.objects.count() == 6
    for desk in ServiceDesk.objects.all():
        assert desk.faqs.count() >= 8, desk.slug
        assert desk.faqs.values("topic").distinct().count() >= 3, desk.slug
    assert KeyFigure.objects.count() == 4
    assert set(KeyFigure.objects.values_list("value", flat=True)) == {12000, 250, 2300, 100}
    assert Partner.objects.count() >= 6
    assert set(Page.objects.values_list("slug", flat=True)) == {"about", "privacy", "accessibility"}


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (ServiceDesk, ["name", "summary", "audience", "description"]),
        (Location, ["name", "notes"]),
        (Topic, ["name", "intro"]),
        (FAQ, ["question", "answer"]),
        (KeyFigure, ["prefix", "label", "source"]),
        (Partner, ["description"]),
        (Page, ["title", "intro", "body"]),
    ],
)
def test_seed_content_is_complete_in_four_languages(model, fields):
    seed()
    for obj in model.objects.all():
        assert missing_languages(obj, fields) == [], obj


def test_seed_invents_no_contact_details():
    """Only the facts in content-facts.md: the Expat Centre is the one location with a phone."""
    seed()
    with_phone = Location.objects.exclude(phone="")
    assert [loc.desk.slug for loc in with_phone] == ["expat-centre"]
    assert Location.objects.get(desk__slug="expat-centre").street_address == "Mosae Forum 10"
    assert not Location.objects.filter(latitude__isnull=False).exists()


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
