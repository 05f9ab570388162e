"""History: every admin save is a version of all four languages; staff see what changed, field
by field and language by language, and restore an earlier version."""

import datetime

import pytest
import reversion
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape
from reversion.models import Version

from core import history
from services.desks.models import FAQ, Location, Topic
from tests.admin_forms import post_data
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


def history_html(client, obj) -> str:
    """The history table of `obj`'s history page."""
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])
    return client.get(url).content.decode().split('id="change-history"')[1]


def test_the_seeds_version_is_first_and_staff_restore_the_original(staff_client):
    """Issue 21, item 11: the first version is the seed's, so the original can be put back; a
    change to one language is summarised as that language, although the browser sends every
    text's line ends as CR LF; and the comparison shows the whole text."""
    call_command("seed_portal", verbosity=0)
    faq = FAQ.objects.filter(answer_de__contains="\n").order_by("pk").first()
    original = {code: getattr(faq, f"answer_{code}") for code in LANGUAGES}
    assert len(original["de"]) > 300
    [seeded] = Version.objects.get_for_object(faq)
    assert seeded.revision.comment == history.SEEDED
    # The desk's revision holds its locations and FAQs, restored together.
    assert faq.desk in [version.object for version in seeded.revision.version_set.all()]

    url = reverse("admin:services_faq_change", args=[faq.pk])
    as_browser = {
        key: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for key, value in post_data(staff_client.get(url)).items()
    }
    staff_client.post(url, as_browser | {"answer_de": original["de"] + "\r\nNeu."})

    html = history_html(staff_client, faq)
    assert "Oorspronkelijke inhoud, geladen bij de inrichting" in html  # in Dutch
    latest = html.split("Deze versie terugzetten")[1]  # newest first: "Restore this version"
    assert "Gewijzigd: antwoord (de)" in latest  # "Changed: answer (de)", not all four
    assert "antwoord [nl]" not in latest
    last_paragraph = original["de"].rsplit("\n", 1)[-1]
    # The whole text, before and after, not cut at 200 characters:
    assert latest.count(escape(last_paragraph)) == 2 and "Neu." in latest

    restore = reverse("admin:services_faq_revision", args=[faq.pk, seeded.pk])
    response = staff_client.post(restore, post_data(staff_client.get(restore)))
    assert response.status_code == 302
    faq.refresh_from_db()
    assert {code: getattr(faq, f"answer_{code}") for code in LANGUAGES} == original


def test_a_reset_records_the_seed_again_and_a_rerun_versions_rows_seeded_before_history():
    call_command("seed_portal", verbosity=0)
    topic = Topic.objects.order_by("pk").first()
    Version.objects.all().delete()  # as a database seeded before the seed recorded history
    Topic.objects.filter(pk=topic.pk).update(name_de="Von Hand geändert")

    call_command("seed_portal", verbosity=0)
    assert not Version.objects.get_for_object(topic).exists()  # not the seed's values any more
    other = Topic.objects.exclude(pk=topic.pk).first()
    [version] = Version.objects.get_for_object(other)
    assert version.revision.comment == history.SEEDED

    call_command("seed_portal", "--reset", verbosity=0)
    [version] = Version.objects.get_for_object(topic)
    assert version.revision.comment == history.RESEEDED
    assert version.field_dict["name_de"] != "Von Hand geändert"


def test_history_shows_names_local_times_and_no_internal_data(staff_client, location):
    desk, other_desk = location.desk, make_desk(slug="andere", name_nl="Andere balie")
    with reversion.create_revision():
        location.save()
    location.desk = other_desk
    location.publish_at = datetime.datetime(2027, 3, 1, 11, 0, tzinfo=datetime.UTC)
    location.translations_checked_at = {"de": "2027-03-01T11:00:00+00:00"}
    with reversion.create_revision():
        location.save()

    latest = history_html(staff_client, location).split("Deze versie terugzetten")[1]
    assert f"<td>{escape(str(desk))}</td><td>Andere balie</td>" in latest  # names, not ids
    assert "1 maart 2027 12:00" in latest  # Amsterdam time, written the Dutch way
    assert "+00:00" not in latest and "{" not in latest  # no UTC stamps, no JSON
