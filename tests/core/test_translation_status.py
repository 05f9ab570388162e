"""Translation status per item and language: missing, up to date, outdated; one click marks a
language up to date; the dashboard, the command and the visitors' note say the same."""

import datetime
import json

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse

from core.translation_status import (
    MISSING,
    OUTDATED,
    UP_TO_DATE,
    is_older_than_source,
    record_edit,
    status,
    statuses,
)
from services.desks.models import Topic
from tests.factories import make_desk, make_topic

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
START = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)


def topic_form(topic, **changes):
    data = {"slug": topic.slug, "order": str(topic.order), "is_published": "on"}
    for code in LANGUAGES:
        data[f"name_{code}"] = getattr(topic, f"name_{code}") or ""
        data[f"intro_{code}"] = getattr(topic, f"intro_{code}") or ""
    return data | changes


def change_url(obj):
    return reverse("admin:services_topic_change", args=[obj.pk])


def save(client, topic, **changes):
    response = client.post(change_url(topic), topic_form(topic, **changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    topic.refresh_from_db()


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def topic(clock):
    return make_topic(slug="tax", name_fr="")


def test_each_transition_missing_up_to_date_outdated_and_back(clock, staff_client, topic):
    assert statuses(topic) == {"nl": UP_TO_DATE, "de": UP_TO_DATE, "en": UP_TO_DATE, "fr": MISSING}

    clock.shift(datetime.timedelta(hours=1))
    save(staff_client, topic, name_nl="Belastingen")  # the Dutch source changes
    assert statuses(topic) == {"nl": UP_TO_DATE, "de": OUTDATED, "en": OUTDATED, "fr": MISSING}

    clock.shift(datetime.timedelta(hours=1))
    save(staff_client, topic, name_de="Steuern", name_fr="Impôts")  # translators catch up
    assert statuses(topic) == {"nl": UP_TO_DATE, "de": UP_TO_DATE, "en": OUTDATED, "fr": UP_TO_DATE}

    clock.shift(datetime.timedelta(hours=1))
    response = staff_client.post(
        reverse("admin:services_topic_translation_up_to_date", args=[topic.pk, "en"])
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert statuses(topic)["en"] == UP_TO_DATE

    clock.shift(datetime.timedelta(hours=1))
    save(staff_client, topic, name_nl="Belasting", name_de="Steuer")  # both in one save
    assert statuses(topic) == {"nl": UP_TO_DATE, "de": UP_TO_DATE, "en": OUTDATED, "fr": OUTDATED}


def test_marking_up_to_date_refuses_a_missing_translation_and_get(clock, staff_client, topic):
    url = reverse("admin:services_topic_translation_up_to_date", args=[topic.pk, "fr"])
    assert staff_client.get(url).status_code == 405
    response = staff_client.post(url, follow=True)
    assert "Deze vertaling ontbreekt" in response.content.decode()
    topic.refresh_from_db()
    assert statuses(topic)["fr"] == MISSING
    url = reverse("admin:services_topic_translation_up_to_date", args=[topic.pk, "nl"])
    staff_client.post(url)
    assert Topic.objects.get(pk=topic.pk).translations_checked_at == {}


def test_change_form_lists_the_status_with_a_button_and_marks_the_tabs(clock, staff_client, topic):
    clock.shift(datetime.timedelta(hours=1))
    save(staff_client, topic, name_nl="Belastingen")
    html = staff_client.get(change_url(topic)).content.decode()
    assert 'data-language="de" data-status="outdated"' in html
    assert 'data-language="fr" data-status="missing"' in html
    assert reverse("admin:services_topic_translation_up_to_date", args=[topic.pk, "de"]) in html
    assert "core/admin/translation_tabs.js" in html


def test_dashboard_lists_what_needs_translating_per_language(clock, staff_client, topic):
    make_topic(slug="complete")
    html = staff_client.get(reverse("content_status")).content.decode()
    french = html.split('id="translate-fr"')[1].split("</section>")[0]
    assert change_url(topic) in french
    german = html.split('id="translate-de"')[1].split("</section>")[0]
    assert change_url(topic) not in german


def test_command_counts_per_language_and_fails_on_missing(clock, staff_client, topic, capsys):
    with pytest.raises(CommandError):
        call_command("translation_status", "--json", "--fail-on-missing")
    counts = json.loads(capsys.readouterr().out)
    assert counts["services.topic"]["fr"] == {"missing": 1, "outdated": 0, "up_to_date": 0}
    save(staff_client, topic, name_fr="Impôts")
    call_command("translation_status", "--fail-on-missing")
    assert "services.topic" in capsys.readouterr().out


def test_visitors_see_a_note_when_their_language_is_older_than_the_dutch(clock, client):
    desk = make_desk(slug="desk")
    assert "older than the Dutch text" not in client.get("/en/services/desk/").content.decode()
    clock.shift(datetime.timedelta(hours=1))
    desk.summary_nl = "Nieuw"
    desk.save()
    record_edit(obj=desk, changed_fields=["summary_nl"])  # what the admin does on saving
    assert "older than the Dutch text" in client.get("/en/services/desk/").content.decode()
    assert "older than the Dutch text" not in client.get("/nl/services/desk/").content.decode()


@pytest.mark.parametrize("changed", [None, START])
@pytest.mark.parametrize("checked", [None, START - datetime.timedelta(days=1), START])
@pytest.mark.parametrize("name_de", ["Steuern", ""])
def test_the_visitors_note_says_what_the_status_says(changed, checked, name_de):
    """is_older_than_source compares the dates before it reads the texts: the same answer as
    status() == OUTDATED, for every language, missing or not."""
    topic = make_topic(slug="tax", name_de=name_de)
    topic.source_changed_at = changed
    topic.translations_checked_at = {"de": checked.isoformat()} if checked else {}
    for language in LANGUAGES:
        expected = language != "nl" and status(topic, language) == OUTDATED
        assert is_older_than_source(topic, language) == expected, language
