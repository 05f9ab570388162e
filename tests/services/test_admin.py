"""Staff edit everything in the admin, in four language tabs, and see what is untranslated."""

import re

import pytest
from django.urls import reverse

from portal.models import KeyFigure, Page, Partner
from services.desks.models import FAQ, GuideEntry, Location, ServiceDesk, Topic
from tests.factories import make_desk, make_faq, make_location, make_site_content

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.fixture
def everything(desk, topic):
    make_site_content()
    location = make_location(desk)
    faq = make_faq(desk, topic)
    entry = GuideEntry.objects.create(role="employer", title_nl="Werkgevers")
    entry.faqs.add(faq)
    return [
        entry,
        desk,
        topic,
        location,
        faq,
        Page.objects.first(),
        KeyFigure.objects.first(),
        Partner.objects.first(),
    ]


def test_every_change_form_has_four_language_tabs_served_locally(staff_client, everything):
    for obj in everything:
        response = staff_client.get(change_url(obj))
        assert response.status_code == 200, obj
        html = response.content.decode()
        assert "modeltranslation/js/tabbed_translation_fields.js" in html
        assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
        assert "googleapis" not in html and "//ajax" not in html
        for code in ("nl", "de", "en", "fr"):
            assert re.search(rf'name="(\w+-\d+-)?\w+_{code}"', html), (obj, code)


def test_desk_form_has_locations_hours_and_faqs_inline_with_ordering(staff_client, desk, topic):
    make_location(desk)
    make_faq(desk, topic)
    html = staff_client.get(change_url(desk)).content.decode()
    assert 'name="locations-0-name_de"' in html
    assert 'name="locations-0-order"' in html
    assert 'name="locations-0-hours-0-weekday"' in html  # hours nested under their location
    assert 'name="faqs-0-question_fr"' in html
    assert 'name="faqs-0-order"' in html


def desk_form(slug, name, summary, locations=0):
    """POST data for the desk change form, in four languages, with empty FAQ inlines."""
    data = {
        "slug": slug,
        "order": "1",
        "is_published": "on",
        "website": "",
        "official_name_language": "nl",
        "reference_prefix": "Q",
        "enquiry_email": "",
        "faqs-TOTAL_FORMS": "0",
        "faqs-INITIAL_FORMS": "0",
        "locations-TOTAL_FORMS": str(locations),
        "locations-INITIAL_FORMS": "0",
    }
    for code in ("nl", "de", "en", "fr"):
        data |= {
            f"name_{code}": f"{name} {code}",
            f"summary_{code}": f"{summary} {code}",
            f"audience_{code}": "",
            f"description_{code}": "",
        }
    return data


def test_staff_add_a_location_with_opening_hours_from_the_desk_form(staff_client, desk):
    data = desk_form(desk.slug, "Balie", "Samenvatting", locations=1) | {
        "locations-0-city": "Kerkrade",
        "locations-0-country": "NL",
        "locations-0-order": "1",
        "locations-0-is_published": "on",
        "locations-0-hours-TOTAL_FORMS": "2",
        "locations-0-hours-INITIAL_FORMS": "0",
        "locations-0-hours-0-weekday": "2",
        "locations-0-hours-0-opens": "09:00",
        "locations-0-hours-0-closes": "12:30",
        "locations-0-hours-1-weekday": "4",
        "locations-0-hours-1-opens": "13:00",
        "locations-0-hours-1-closes": "17:00",
        "locations-0-hours-1-by_appointment": "on",
    }
    for code in ("nl", "de", "en", "fr"):
        data |= {f"locations-0-name_{code}": f"EBC {code}", f"locations-0-notes_{code}": ""}
    response = staff_client.post(change_url(desk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    location = desk.locations.get()
    assert location.name_de == "EBC de"
    assert [(h.weekday, str(h.opens), h.by_appointment) for h in location.hours.all()] == [
        (2, "09:00:00", False),
        (4, "13:00:00", True),
    ]


def test_location_form_has_opening_hours_inline(staff_client, location):
    html = staff_client.get(change_url(location)).content.decode()
    assert 'name="hours-0-weekday"' in html


def test_staff_can_save_a_desk_in_four_languages(staff_client):
    data = desk_form("new-desk", "Balie", "Samenvatting")
    response = staff_client.post(reverse("admin:services_servicedesk_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    desk = ServiceDesk.objects.get(slug="new-desk")
    assert desk.name_fr == "Balie fr"


@pytest.mark.parametrize(
    "model", [ServiceDesk, Location, Topic, FAQ, GuideEntry, Page, KeyFigure, Partner]
)
def test_changelists_show_missing_languages(staff_client, everything, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    html = staff_client.get(url).content.decode()
    assert "column-missing_languages" in html
    assert "?missing=de" in html


def test_missing_language_column_and_filter(staff_client):
    complete = make_desk(slug="complete", name_nl="Volledig")
    incomplete = make_desk(slug="incomplete", name_nl="Onvolledig", summary_de="")
    url = reverse("admin:services_servicedesk_changelist")

    html = staff_client.get(url).content.decode()

    def missing_cell(desk):
        row = re.search(rf"<tr>(?:(?!</tr>).)*?{change_url(desk)}.*?</tr>", html, re.S).group(0)
        return re.search(r'<td class="field-missing_languages">(.*?)</td>', row).group(1)

    assert missing_cell(incomplete) == "DE"
    assert missing_cell(complete) == "—"

    filtered = staff_client.get(url + "?missing=de").content.decode()
    assert change_url(incomplete) in filtered
    assert change_url(complete) not in filtered


def test_staff_see_searches_without_results(staff_client, client):
    client.get("/de/search/", {"q": "Solaranlage"})
    html = staff_client.get(reverse("admin:portal_searchmiss_changelist")).content.decode()
    assert "solaranlage" in html
