"""What `seed_portal --demo` loads: complete in four languages, sourced, with no invented
contact details (loaded once for the module; tests/portal/test_seed.py tests the command)."""

import pytest
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from conferences.models import Conference, ProgrammeItem
from news.models import NewsItem
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

LANGUAGES = ["nl", "de", "en", "fr"]
SEEDED = [Topic, ServiceDesk, Location, FAQ, GuideEntry, KeyFigure, Partner, Page]
SEEDED += [Conference, ProgrammeItem, OfficialBody, NewsItem]
# Translated fields the seed may leave empty in all four languages (the sources give nothing):
# the Talent Coalition's location has no notes, the expat centre's contacts figure no prefix.
MAY_BE_EMPTY = {(Location, "notes"), (KeyFigure, "prefix")}
# A desk's reply time is its own promise, not a fact from the sources: staff set it (the
# acknowledgement then says "as soon as possible").
MAY_BE_EMPTY |= {(ServiceDesk, "reply_time")}


@pytest.mark.parametrize("model", SEEDED, ids=lambda model: model.__name__)
def test_seed_content_is_complete_in_four_languages(seeded_demo, model):
    """Every translated field (as modeltranslation lists them) of every seeded row has all four
    languages, or is empty in all four where MAY_BE_EMPTY allows it."""
    assert model.objects.exists()
    for obj in model.objects.all():
        for field in translator.get_options_for_model(model).fields:
            texts = [getattr(obj, build_localized_fieldname(field, code)) for code in LANGUAGES]
            if (model, field) in MAY_BE_EMPTY and not any(texts):
                continue
            assert all(text.strip() for text in texts), (obj, field, texts)


def test_seed_invents_no_contact_details(seeded_demo):
    """Only facts from the sources: no phone number (the one current number found is the
    municipality's general line, not the Expat Centre's), no hours from 2017, no coordinates."""
    assert not Location.objects.exclude(phone="").exists()
    assert Location.objects.get(desk__slug="expat-centre").street_address == "Mosae Forum 10"
    assert not OpeningHours.objects.exists()
    assert not Location.objects.filter(latitude__isnull=False).exists()
    assert not Location.objects.filter(desk__slug="talent-coalition").exists()


def test_seeded_site_renders_every_desk_in_every_language(seeded_demo, client):
    for desk in ServiceDesk.objects.all():
        for language in LANGUAGES:
            response = client.get(f"/{language}/services/{desk.slug}/")
            assert response.status_code == 200
            assert 'class="fallback"' not in response.content.decode()


def test_every_seeded_answer_cites_its_sources_and_claims_no_check(seeded_demo):
    bodies = OfficialBody.objects.values_list("url", flat=True)
    assert all(url.startswith("https://") for url in bodies)
    for faq in FAQ.objects.prefetch_related("sources"):
        assert faq.sources.all(), faq.seed_key
        assert faq.last_checked is None, faq.seed_key  # only a person's check sets it


def test_every_seeded_news_item_links_the_page_its_answers_cite(seeded_demo):
    """A news item states what an official page says: in every language it links a page that
    the answers it changed cite as their source, and it names those answers."""
    for item in NewsItem.objects.prefetch_related("answers__sources"):
        cited = {source.url for answer in item.answers.all() for source in answer.sources.all()}
        assert cited, item.slug
        for code in LANGUAGES:
            body = getattr(item, build_localized_fieldname("body", code))
            assert any(f"]({url})" in body for url in cited), (item.slug, code)


def test_the_sources_cover_the_bodies_that_decide_in_each_country(seeded_demo):
    names = " ".join(OfficialBody.objects.values_list("name", flat=True))
    for body in ["Belastingdienst", "SVB", "UWV", "IND", "DUO", "Deutsche Rentenversicherung"]:
        assert body in names
    for body in ["Bundesagentur für Arbeit", "Familienkasse", "ELSTER", "SPF Finances"]:
        assert body in names
    for body in ["INAMI", "ONEM", "ONSS", "Your Europe", "Gemeente Maastricht"]:
        assert body in names


def test_the_seed_answers_the_subjects_people_asked_for(seeded_demo):
    """Germany to the Netherlands, self-employed, pensioners, A1 and S1, the 30% ruling, DigiD
    and housing for internationals each have an answer, in all four languages."""
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


def test_seed_gives_each_desk_a_reference_prefix_and_the_websites_of_the_facts(seeded_demo):
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


def test_the_privacy_statement_states_the_retention_of_questions(seeded_demo, settings):
    privacy = Page.objects.get(slug="privacy")
    months = str(settings.ENQUIRY_RETENTION_MONTHS)
    for code, words in [
        ("nl", f"{months} maanden nadat uw vraag is afgesloten"),
        ("de", f"{months} Monate nach Abschluss Ihrer Frage"),
        ("en", f"{months} months after your question is closed"),
        ("fr", f"{months} mois après la clôture de votre question"),
    ]:
        assert words in getattr(privacy, f"body_{code}")
