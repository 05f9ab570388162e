"""Staff notify subscribers of a news item (news/admin.py): they see, before anything is sent,
how many subscribers per language will get it and a preview in each language, never an address;
a missing translation waits unless they choose its fallback."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from core.roles import CONTENT_EDITOR
from news.models import NewsAlert, NewsItem, Subscription
from tests.admin_forms import post_data
from tests.factories import make_topic, texts

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "de", "en", "fr"]


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR))
    client.force_login(editor)
    return client


@pytest.fixture
def topic():
    return make_topic()


@pytest.fixture
def item(topic):
    fields = {"slug": "tax-2027"}
    for field in ("title", "summary", "body"):
        fields |= texts(field, f"{field.capitalize()} 2027", ["nl", "de", "en"])
    item = NewsItem.objects.create(**fields)
    item.topics.add(topic)
    return item


@pytest.fixture
def readers(topic):
    """Per language: two immediate readers and one weekly; in French one more immediate."""
    made = []
    for language, frequency, count in [
        *[(language, "immediate", 2) for language in LANGUAGES],
        *[(language, "weekly", 1) for language in LANGUAGES],
        ("fr", "immediate", 1),
    ]:
        for _n in range(count):
            reader = Subscription.objects.create(
                email=f"r{len(made)}-{language}@example.org",
                language=language,
                frequency=frequency,
                status="active",
            )
            reader.topics.add(topic)
            made.append(reader)
    # Neither of these counts: one follows something else, one never confirmed.
    Subscription.objects.create(
        email="other@example.org", language="nl", status="active"
    ).topics.add(make_topic())
    Subscription.objects.create(email="pending@example.org", language="nl", status="pending")
    return made


def test_the_notify_page_counts_per_language_and_previews_each_without_an_address(
    editor_client, item, readers
):
    page = editor_client.get(reverse("admin:news_newsitem_notify", args=[item.pk]))

    assert page.status_code == 200
    rows = {row["code"]: row for row in page.context["languages"]}
    assert {code: (row["immediate"], row["weekly"]) for code, row in rows.items()} == {
        "nl": (2, 1),
        "de": (2, 1),
        "en": (2, 1),
        "fr": (3, 1),
    }
    text = page.content.decode()
    assert "@example.org" not in text.replace("subscriber@example.org", "")
    for language in ("nl", "de", "en"):
        assert f"Title 2027 [{language}]" in rows[language]["preview"]["subject"]
        assert rows[language]["written"]
    # French is missing: it waits, or goes in its fallback (English) if staff choose so.
    assert not rows["fr"]["written"] and rows["fr"]["sent_in"] == "en"
    assert "Title 2027 [en]" in rows["fr"]["preview"]["subject"]
    assert 'name="fallback" value="fr"' in text
    assert mail.outbox == []  # looking sends nothing


def test_sending_without_the_fallback_leaves_french_readers_waiting(
    editor_client, item, readers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("admin:news_newsitem_notify", args=[item.pk]))
    assert response.status_code == 302
    assert len(mail.outbox) == 6  # two immediate readers in nl, de and en
    assert not [m for m in mail.outbox if m.to[0].endswith("-fr@example.org")]
    assert NewsAlert.objects.get(item=item).languages_waiting() == ["fr"]

    # The translation is published in the admin: the French readers get it, in French.
    change = reverse("admin:news_newsitem_change", args=[item.pk])
    data = post_data(editor_client.get(change)) | {
        "title_fr": "Impôts 2027",
        "summary_fr": "Résumé",
        "body_fr": "Texte",
    }
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(change, data).status_code == 302
    assert sorted(m.to[0].split("-")[1] for m in mail.outbox) == ["fr@example.org"] * 3
    assert all(m.subject.endswith("Impôts 2027") for m in mail.outbox)


def test_sending_with_the_fallback_chosen_sends_french_readers_the_english_text(
    editor_client, item, readers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("admin:news_newsitem_notify", args=[item.pk]), {"fallback": ["fr"]}
        )
    french = [m for m in mail.outbox if m.to[0].endswith("-fr@example.org")]
    assert len(french) == 3
    assert all("Title 2027 [en]" in m.subject for m in french)
    assert NewsAlert.objects.get(item=item).languages_waiting() == []


def test_ticking_notify_subscribers_shows_the_notify_page_before_anything_is_sent(
    editor_client, item, readers
):
    change = reverse("admin:news_newsitem_change", args=[item.pk])
    data = post_data(editor_client.get(change)) | {"notify_subscribers": "on"}

    response = editor_client.post(change, data)

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:news_newsitem_notify", args=[item.pk])
    assert mail.outbox == [] and not NewsAlert.objects.exists()


def test_content_editors_never_see_the_subscribers(editor_client, readers):
    assert editor_client.get(reverse("admin:news_subscription_changelist")).status_code == 403
