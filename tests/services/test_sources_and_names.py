"""Every answer ends with the pages it rests on (title, address, publishing body) and when it was
checked;
a desk's own name stays visible in every language, with the translated name beside it."""

import datetime

import pytest

from services.desks.models import ServiceDesk
from tests.factories import make_desk, make_faq, make_official_body, make_source, make_topic

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]


@pytest.fixture
def answer():
    desk = make_desk(slug="gip")
    topic = make_topic(slug="tax")
    faq = make_faq(desk, topic, last_checked=datetime.date(2026, 11, 30))
    body = make_official_body(
        name="Belastingdienst",
        url="https://www.belastingdienst.nl",
        explanation_nl="de Nederlandse belastingdienst",
        explanation_en="Dutch tax authority",
    )
    faq.sources.add(
        make_source(
            body,
            title="30% facility",
            language="en",
            url="https://www.belastingdienst.nl/en/30-percent",
            published_on=datetime.date(2026, 1, 5),
        )
    )
    return faq


@pytest.mark.parametrize("url", ["/{language}/services/gip/", "/{language}/topics/tax/"])
def test_an_answer_ends_with_its_sources_and_the_date_they_were_checked(client, answer, url):
    expected = {
        "nl": ("Bronnen:", "de Nederlandse belastingdienst", "Gecontroleerd op 30 november 2026"),
        "en": ("Sources:", "Dutch tax authority", "Checked on 30 November 2026"),
        "de": ("Quellen:", "Belastingdienst", "Geprüft am 30. November 2026"),
        "fr": ("Sources :", "Belastingdienst", "Vérifié le 30 novembre 2026"),
    }
    published = {
        "nl": "zoals gepubliceerd op 5 januari 2026",
        "en": "as published on 5 January 2026",
        "de": "Stand vom 5. Januar 2026",
        "fr": "tel que publié le 5 janvier 2026",
    }
    for language in LANGUAGES:
        html = client.get(url.format(language=language)).content.decode()
        # The page itself, titled in its own language (marked as such in the others).
        link = '<a href="https://www.belastingdienst.nl/en/30-percent" rel="noopener"'
        title = ">30% facility</a>, Belastingdienst"
        assert link + (">" if language == "en" else ' lang="en" hreflang="en">') in html
        assert title in html and published[language] in html, language
        for text in expected[language]:
            assert text in html, (language, text)


def test_an_answer_without_sources_shows_no_empty_sources_line(client):
    make_faq(make_desk(slug="gip"), make_topic())
    html = client.get("/en/services/gip/").content.decode()
    assert "Sources:" not in html
    assert "Checked on" not in html


def test_a_desk_keeps_its_official_name_with_the_translation_beside_it(client):
    make_desk(
        slug="gip",
        official_name="Grensinfopunt",
        name_nl="Grensinfopunt",
        name_en="Cross-border information point",
        name_de="Grenzinfopunkt",
        name_fr="Point d'information transfrontalier",
    )
    english = client.get("/en/services/gip/").content.decode()
    assert (
        '<h1><span lang="nl">Grensinfopunt</span><span class="desk-name-explained">: '
        "Cross-border information point</span></h1>"
    ) in english
    assert "<title>Grensinfopunt: Cross-border information point" in english
    assert '"alternateName": "Grensinfopunt"' in english
    for language in ["de", "fr"]:
        for page in ["/services/", "/services/gip/", "/"]:
            html = client.get(f"/{language}{page}").content.decode()
            assert '<span lang="nl">Grensinfopunt</span>' in html, (language, page)
    make_faq(ServiceDesk.objects.get(slug="gip"), make_topic(slug="tax"))
    topic = client.get("/en/topics/tax/").content.decode()
    assert '<span lang="nl">Grensinfopunt</span>' in topic
    dutch = client.get("/nl/services/gip/").content.decode()
    assert '<h1><span lang="nl">Grensinfopunt</span></h1>' in dutch  # said once, not twice


def test_the_guide_names_a_desk_by_its_official_name(client):
    from services.desks.models import GuideEntry

    desk = make_desk(slug="gip", official_name="Grensinfopunt", name_en="Cross-border point")
    GuideEntry.objects.create(lives_in="BE", title_nl="België").desks.add(desk)
    html = client.get(
        "/en/my-situation/", {"lives_in": "BE", "works_in": "NL", "role": "employee"}
    ).content.decode()
    assert '<span lang="nl">Grensinfopunt</span>' in html


def test_staff_manage_the_bodies_and_choose_an_answers_sources(staff_client, answer):
    body = answer.sources.get().body
    assert staff_client.get("/admin/services/source/").status_code == 200
    assert staff_client.get("/admin/services/officialbody/").status_code == 200
    assert staff_client.get("/admin/services/officialbody/add/").status_code == 200
    assert staff_client.get(f"/admin/services/officialbody/{body.pk}/change/").status_code == 200
    html = staff_client.get(f"/admin/services/faq/{answer.pk}/change/").content.decode()
    assert 'name="sources"' in html
    assert 'name="last_checked"' in html
    found = staff_client.get(
        "/admin/autocomplete/",
        {"app_label": "services", "model_name": "faq", "field_name": "sources", "term": "Belast"},
    ).json()
    assert [result["text"] for result in found["results"]] == ["Belastingdienst: 30% facility"]
