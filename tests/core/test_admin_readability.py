"""Readability in the admin: every change form of content with long texts shows a block per
language, with the score, the level in words, the longest sentences and the long words; Content
status lists the hardest texts per language, with a query count that does not grow with them."""

import pytest
from django.conf import settings
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.admin_mixins import TranslatedAdmin
from core.i18n import long_text_fields
from news.models import NewsItem
from portal.models import Page
from services.desks.models import FAQ, ServiceDesk, Topic
from tests.core.test_readability import EASY_TEXT, HARD_TEXT
from tests.factories import make_desk, make_faq, make_topic

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def texts(field, source):
    return {f"{field}_{code}": source[code] for code in LANGUAGES}


def test_the_texts_staff_write_at_length_are_scored():
    assert long_text_fields(FAQ) == ["question", "answer"]
    assert {"summary", "description"} <= set(long_text_fields(ServiceDesk))
    assert long_text_fields(Topic) == ["intro"]
    assert long_text_fields(NewsItem) == ["summary", "body"]
    assert "body" in long_text_fields(Page)
    assert "name" not in long_text_fields(ServiceDesk)  # names and titles are not


def test_every_admin_of_content_with_long_texts_shows_readability():
    """Through TranslatedAdmin, so a new kind of content gets the block without a list."""
    for model, model_admin in admin.site._registry.items():
        if long_text_fields(model):
            assert isinstance(model_admin, TranslatedAdmin), model


def test_the_change_form_shows_a_block_per_language(staff_client, desk, topic):
    faq = make_faq(desk, topic, **texts("question", EASY_TEXT), **texts("answer", HARD_TEXT))
    html = staff_client.get(reverse("admin:services_faq_change", args=[faq.pk])).content.decode()
    section = html.split('id="readability"')[1].split("</section>")[0]
    for code in LANGUAGES:
        block = section.split(f'id="readability-{code}"')[1].split("</details>")[0]
        question = block.split('data-field="question"')[1].split("</tr>")[0]
        answer = block.split('data-field="answer"')[1].split("</tr>")[0]
        assert "eenvoudig (B1 of lager)" in question  # the level in words, in the admin's Dutch
        assert "moeilijk" in answer and "eenvoudig" not in answer
        assert f'<span lang="{code}">' in answer  # the longest sentence, marked with its language
        assert "woorden)" in answer  # its length
        assert '<th scope="col">' in block and '<th scope="row">' in block
    assert "core/admin/readability.css" in html
    assert "style=" not in section and "<script" not in section


def test_an_empty_translation_says_so(staff_client, desk, topic):
    faq = make_faq(desk, topic, answer_fr="", question_fr="")
    html = staff_client.get(reverse("admin:services_faq_change", args=[faq.pk])).content.decode()
    french = html.split('id="readability-fr"')[1].split("</details>")[0]
    assert "nog geen tekst" in french


def add_faqs(desk, topic, count, text):
    for _ in range(count):
        make_faq(desk, topic, **texts("question", EASY_TEXT), **texts("answer", text))


def test_content_status_lists_the_hardest_texts_per_language(staff_client, desk, topic):
    add_faqs(desk, topic, 2, EASY_TEXT)
    hard = make_faq(desk, topic, **texts("question", EASY_TEXT), **texts("answer", HARD_TEXT))
    html = staff_client.get(reverse("content_status")).content.decode()
    for code in LANGUAGES:
        hardest = html.split(f'id="hardest-{code}"')[1].split("</section>")[0]
        first_row = hardest.split("<tbody>")[1].split("</tr>")[0]
        url = reverse("admin:services_faq_change", args=[hard.pk])
        assert f'href="{url}#readability-{code}"' in first_row  # the hardest text first
        assert "moeilijk" in first_row
        assert hardest.count("<tr>") == 2  # the header and the hard text: easy ones are not listed


def test_content_status_says_when_every_text_is_easy(staff_client, desk, topic):
    add_faqs(desk, topic, 2, EASY_TEXT)
    html = staff_client.get(reverse("content_status")).content.decode()
    for code in LANGUAGES:
        hardest = html.split(f'id="hardest-{code}"')[1].split("</section>")[0]
        assert "Elke tekst in deze taal is eenvoudig" in hardest


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("content_status"))
    assert response.status_code == 200
    return len(queries)


def test_content_status_reads_no_more_queries_for_more_texts(staff_client):
    desk, topic = make_desk(), make_topic()
    add_faqs(desk, topic, 2, HARD_TEXT)
    few = count_queries(staff_client)
    for _ in range(3):
        add_faqs(make_desk(), make_topic(), 5, HARD_TEXT)
    assert count_queries(staff_client) == few
