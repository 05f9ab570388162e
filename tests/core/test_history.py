"""History: every admin save is a version of all four languages; staff see what changed, field
by field and language by language, and restore an earlier version."""

import pytest
import reversion
from django.urls import reverse
from reversion.models import Version

from services.desks.models import Location, Topic
from tests.factories import make_desk, make_location

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]


def topic_form(**names):
    data = {"slug": "tax", "order": "1", "is_published": "on"}
    for code in LANGUAGES:
        data[f"name_{code}"] = names.get(code, f"Belasting [{code}]")
        data[f"intro_{code}"] = ""
    return data


@pytest.fixture
def edited_topic(staff_client):
    staff_client.post(reverse("admin:services_topic_add"), topic_form())
    topic = Topic.objects.get(slug="tax")
    url = reverse("admin:services_topic_change", args=[topic.pk])
    staff_client.post(url, topic_form(de="Steuern", fr="Impôts"))
    return topic


def test_each_save_records_all_four_language_columns(edited_topic):
    first, second = sorted(Version.objects.get_for_object(edited_topic), key=lambda v: v.pk)
    assert {first.field_dict[f"name_{code}"] for code in LANGUAGES} == {
        f"Belasting [{code}]" for code in LANGUAGES
    }
    assert (second.field_dict["name_de"], second.field_dict["name_fr"]) == ("Steuern", "Impôts")
    assert second.revision.user.username == "staff"


def test_history_page_says_who_changed_which_field_in_which_language(staff_client, edited_topic):
    url = reverse("admin:services_topic_history", args=[edited_topic.pk])
    html = staff_client.get(url).content.decode()
    assert "staff" in html
    latest = html.split("history-changes")[1]  # newest first
    assert "naam [de]" in latest and "Belasting [de]" in latest and "Steuern" in latest
    assert "naam [fr]" in latest and "Impôts" in latest
    assert "naam [en]" not in latest  # unchanged languages are not listed


def test_staff_restore_an_earlier_version_in_every_language(staff_client, edited_topic):
    first = min(Version.objects.get_for_object(edited_topic), key=lambda v: v.pk)
    url = reverse("admin:services_topic_revision", args=[edited_topic.pk, first.pk])
    form = staff_client.get(url)
    assert form.status_code == 200
    assert 'value="Belasting [de]"' in form.content.decode()

    response = staff_client.post(url, topic_form())
    assert response.status_code == 302
    edited_topic.refresh_from_db()
    assert [getattr(edited_topic, f"name_{code}") for code in LANGUAGES] == [
        f"Belasting [{code}]" for code in LANGUAGES
    ]
    assert Version.objects.get_for_object(edited_topic).count() == 3  # the restore is a version


def test_a_locations_history_holds_its_opening_hours():
    location = make_location(make_desk())
    with reversion.create_revision():
        location.save()
    [version] = Version.objects.get_for_object(location)
    hours = [v for v in version.revision.version_set.all() if v.object != location]
    assert [type(v.object) for v in hours] == [Location._meta.get_field("hours").related_model]
