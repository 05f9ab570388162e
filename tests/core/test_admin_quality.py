"""Admin quality: every admin string in Dutch (also Django 6.1's new ones and a library's), a
short desk form, a FAQ list that fits a 1,280 px screen."""

import pytest
from django.urls import reverse

from services.desks.models import GuideEntry
from tests.factories import make_desk, make_faq, make_location, make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch(staff_client):
    staff_client.cookies["django_language"] = "nl"
    return staff_client


def test_new_django_strings_are_translated(dutch):
    entry = GuideEntry.objects.create(title_nl="Werkgevers")
    html = dutch.get(reverse("admin:services_guideentry_change", args=[entry.pk])).content
    assert "- Kies een optie -" in html.decode()
    assert "- Select an option -" not in html.decode()
    catalog = dutch.get(reverse("admin:jsi18n")).content.decode()
    assert "Let op: voer tijden in de tijdzone" in catalog


def test_task_results_have_a_dutch_name(dutch):
    html = dutch.get(reverse("admin:index")).content.decode()
    assert "Achtergrondtaken" in html and "Taakresultaten" in html
    assert "Task Results" not in html and "Tasks Database Backend" not in html


def test_desk_form_collapses_its_inlines_and_adds_an_opening_time(dutch):
    desk = make_desk()
    make_location(desk)
    make_faq(desk, make_topic())
    html = dutch.get(reverse("admin:services_servicedesk_change", args=[desk.pk])).content
    html = html.decode()
    assert html.count("<details") >= 2
    assert "Openingstijden toevoegen" not in html
    assert "Nog een openingstijd toevoegen" in html


def test_faq_list_is_narrow_and_wraps_its_questions(dutch):
    make_faq(make_desk(), make_topic())
    html = dutch.get(reverse("admin:services_faq_changelist")).content.decode()
    assert "core/admin/changelists.css" in html
    assert "column-updated_at" not in html
