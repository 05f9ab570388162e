"""Answers people can trust (issue 20): no "checked on" date that no person's check produced,
sources cited to the page (never a bare domain), and the corrected facts in all four languages."""

import datetime
import re
import tomllib
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from portal import seed as seed_files
from services.desks.freshness import due
from services.desks.models import FAQ, Location, ServiceDesk, Source
from tests.factories import make_source

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
CHECKED_ON = {
    "nl": "Gecontroleerd op",
    "de": "Geprüft am",
    "en": "Checked on",
    "fr": "Vérifié le",
}


def seed_items():
    """Every table the seed files hold, with its file name."""
    for path in seed_files.files():
        content = tomllib.loads(path.read_text())
        yield path.name, content
        for value in content.values():
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        yield path.name, item
                        for child in item.values():
                            if isinstance(child, list):
                                yield from ((path.name, c) for c in child if isinstance(c, dict))


def test_the_seed_files_set_no_last_checked_date():
    assert [name for name, item in seed_items() if "last_checked" in item] == []


def test_seeded_content_claims_no_check(seeded):
    for model in (ServiceDesk, Location, FAQ):
        assert not model.objects.exclude(last_checked=None).exists(), model


def test_seeded_pages_show_no_checked_date(client, seeded):
    for language in LANGUAGES:
        for desk in ServiceDesk.objects.all():
            html = client.get(f"/{language}/services/{desk.slug}/").content.decode()
            assert CHECKED_ON[language] not in html, (language, desk.slug)
        html = client.get(f"/{language}/topics/tax/").content.decode()
        assert CHECKED_ON[language] not in html, language


def test_the_dashboard_lists_seeded_content_as_never_checked(staff_client, seeded):
    everything = due()
    assert len(everything.faqs) == FAQ.objects.count()
    assert all(faq.last_checked is None for faq in everything.faqs)
    html = staff_client.get(reverse("content_status")).content.decode()
    faq = FAQ.objects.get(seed_key="a1-form")
    assert reverse("admin:services_faq_change", args=[faq.pk]) in html


def test_a_source_date_is_shown_as_the_sources_own_not_as_a_check(client, seeded):
    html = client.get("/en/services/talent-coalition/").content.decode()
    assert "as published on 20 April 2023" in html
    assert "Checked on" not in html
    # Contact details dated by their source (a guide of December 2017), not by a check.
    location = Location.objects.get(desk__slug="grensinfopunt", seed_key="maastricht")
    assert location.last_checked is None and location.source_date == datetime.date(2017, 12, 1)
    html = client.get("/en/services/grensinfopunt/").content.decode()
    assert "These contact details date from December 2017" in html


def test_every_seeded_source_is_a_page_not_a_home_page(seeded):
    for source in Source.objects.all():
        address = urlsplit(source.url)
        assert address.scheme == "https", source.url
        assert address.path not in ("", "/"), source.url
        source.full_clean()
    assert not FAQ.objects.filter(sources=None).exists()


@pytest.mark.parametrize("url", ["https://www.svb.nl", "https://www.svb.nl/"])
def test_a_bare_domain_is_refused_as_a_source(url):
    with pytest.raises(ValidationError) as error:
        make_source(url=url).full_clean()
    assert error.value.error_dict["url"][0].code == "home_page"


def test_an_answer_cites_the_page_not_the_body(client, seeded):
    html = client.get("/en/services/grensinfopunt/").content.decode()
    assert 'href="https://eur-lex.europa.eu/eli/reg/2009/987/oj"' in html
    assert 'href="https://www.svb.nl" ' not in html and 'href="https://www.svb.nl/"' not in html


def test_the_vacancy_figures_cite_no_uwv(seeded):
    """tc-why cited the UWV for figures from elsewhere; the figures went, the source is the page
    the answer rests on."""
    faq = FAQ.objects.get(seed_key="tc-why")
    assert [source.body.slug for source in faq.sources.all()] == ["expat-centre"]


def answer(key, language):
    faq = FAQ.objects.get(seed_key=key)
    return getattr(faq, f"answer_{language}")


CORRECTED = [
    # 1. A1: working in two or more countries, apply in the country of residence (Art. 16).
    (
        "a1-form",
        {
            "nl": "land waar u woont",
            "de": "in dem Sie wohnen",
            "en": "where you live",
            "fr": "où vous habitez",
        },
    ),
    ("a1-form", dict.fromkeys(LANGUAGES, "987/2009")),
    # 2. 30% ruling: more than 16 of the 24 months; 27% from 1 January 2027.
    (
        "ecmr-30-percent-ruling",
        {
            "nl": "meer dan 16 van de 24",
            "de": "mehr als 16 der 24",
            "en": "more than 16 of the 24",
            "fr": "plus de 16 des 24",
        },
    ),
    (
        "ecmr-30-percent-ruling",
        {
            "nl": "1 januari 2027",
            "de": "1. Januar 2027",
            "en": "1 January 2027",
            "fr": "1er janvier 2027",
        },
    ),
    ("ecmr-30-percent-ruling", {"nl": "27%", "de": "27 %", "en": "27%", "fr": "27 %"}),
    (
        "tc-30-percent-ruling",
        {
            "nl": "meer dan 16 van de 24",
            "de": "mehr als 16 der 24",
            "en": "more than 16 of the 24",
            "fr": "plus de 16 des 24",
        },
    ),
    ("tc-30-percent-ruling", {"nl": "27%", "de": "27 %", "en": "27%", "fr": "27 %"}),
    # 3. Public documents from another EU country: no legalisation or apostille.
    ("ecmr-documents", dict.fromkeys(LANGUAGES, "2016/1191")),
    # 6. Fully unemployed: country of residence; partly: country of work.
    (
        "be-nl-unemployment",
        {"nl": "volledig", "de": "vollständig", "en": "fully", "fr": "complètement"},
    ),
    (
        "be-nl-unemployment",
        {"nl": "gedeeltelijk", "de": "teilweise", "en": "partly", "fr": "partiel"},
    ),
    (
        "nl-be-unemployment",
        {"nl": "volledig", "de": "vollständig", "en": "fully", "fr": "complètement"},
    ),
    (
        "sg-unemployed-later",
        {"nl": "volledig", "de": "vollständig", "en": "fully", "fr": "complètement"},
    ),
    # 7. Dutch health insurance: those who live or work in the Netherlands.
    (
        "ecmr-health-insurance",
        {
            "nl": "woont of werkt",
            "de": "wohnen oder arbeiten",
            "en": "live or work",
            "fr": "habitez ou travaillez",
        },
    ),
]


@pytest.mark.parametrize(("key", "expected"), CORRECTED)
def test_the_corrected_facts_are_in_all_four_languages(seeded, key, expected):
    for language, text in expected.items():
        assert text in answer(key, language), (key, language)


def test_outdated_claims_are_gone(seeded):
    birth = {
        "nl": "geboorteakte",
        "de": "Geburtsurkunde",
        "en": "birth certificate",
        "fr": "naissance",
    }
    assert "meeste" not in answer("ecmr-30-percent-ruling", "nl")
    for language in LANGUAGES:
        # "in any case" a legalised birth certificate: not for one from another EU country.
        [item] = [
            line
            for line in answer("ecmr-documents", language).splitlines()
            if birth[language] in line
        ]
        assert "legali" not in item, language
        for key in ("tc-why",):
            text = answer(key, language)
            assert not re.search(r"30[.,  ]000|2022|2025", text), (key, language)
        desk = ServiceDesk.objects.get(slug="talent-coalition")
        assert not re.search(r"30[.,  ]000|2022", getattr(desk, f"description_{language}"))
    from services.desks.models import GuideEntry

    advice = GuideEntry.objects.get(seed_key="non-eu")
    for language in LANGUAGES:
        assert "referent" in getattr(advice, f"advice_{language}").lower(), language
