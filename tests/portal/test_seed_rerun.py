"""`seed_portal` run again over its own content (loaded once for the module): nothing new, staff
edits kept, `--reset` puts the seeded fields back. tests/portal/test_seed.py starts from an empty
database."""

import datetime
from decimal import Decimal

from portal.models import KeyFigure, Page, Partner
from services.desks.models import FAQ, Location, OpeningHours, ServiceDesk, Topic
from tests.seeding import run_seed


def counts():
    models = [ServiceDesk, Location, OpeningHours, Topic, FAQ, KeyFigure, Partner, Page]
    return {model.__name__: model.objects.count() for model in models}


def test_seed_twice_creates_nothing_new(seeded):
    before = counts()
    output = run_seed()
    assert counts() == before
    assert "created: " not in output
    assert "0 created" in output


def test_seed_keeps_staff_edits_unless_reset(seeded):
    before = counts()
    desk = ServiceDesk.objects.get(slug="grensinfopunt")
    desk.summary_de = "Von der Redaktion geändert"
    desk.save()
    faq = FAQ.objects.filter(desk=desk).first()
    faq.question_nl = "Aangepast door de redactie?"
    faq.save()

    run_seed()
    desk.refresh_from_db()
    faq.refresh_from_db()
    assert desk.summary_de == "Von der Redaktion geändert"
    assert faq.question_nl == "Aangepast door de redactie?"

    run_seed("--reset")
    desk.refresh_from_db()
    faq.refresh_from_db()
    assert desk.summary_de != "Von der Redaktion geändert"
    assert faq.question_nl != "Aangepast door de redactie?"
    assert counts() == before  # put back, not added again


def test_reset_restores_seeded_fields_and_leaves_the_others_to_staff(seeded):
    """--reset puts back every field the seed sets for that kind of row, also where one row
    leaves it out (no last_checked: unverified again); fields it never sets stay as staff left
    them."""
    location = Location.objects.get(desk__slug="expat-centre")
    assert location.last_checked is None
    location.last_checked = datetime.date(2025, 1, 1)
    location.latitude = Decimal("50.85")
    location.is_published = False
    location.save()

    run_seed("--reset")

    location.refresh_from_db()
    assert location.last_checked is None
    assert location.latitude == Decimal("50.85")
    assert not location.is_published


def test_seeded_sources_are_set_again_only_on_reset(seeded):
    faq = FAQ.objects.get(seed_key="be-nl-tax")
    faq.sources.clear()
    run_seed()
    assert not faq.sources.exists()  # staff's choice stays
    run_seed("--reset")
    assert set(faq.sources.values_list("slug", flat=True)) == {
        "ecmr-cross-border-information-point"
    }
